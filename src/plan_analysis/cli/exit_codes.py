"""The exit codes of every command."""

EXIT_OK, EXIT_FAILED_RUN, EXIT_BAD_INPUT = 0, 1, 2
