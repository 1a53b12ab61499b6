"""The ``plan-analysis`` command: a thin layer over the library.

One module per command (``extract``, ``report``, ``plans``, ``validate``,
``draft``), each with ``register`` (its options) and ``run`` (resolve what the
user gave, call the library, print). ``main`` maps errors to exit codes:
0 success; 1 a run that failed after its inputs were accepted (nothing was
published); 2 bad input or usage (the message names the file, row and column,
or the option). ``--debug`` shows the Python traceback as well.
"""

from plan_analysis.cli.exit_codes import EXIT_BAD_INPUT, EXIT_FAILED_RUN, EXIT_OK
from plan_analysis.cli.main import build_parser, main

__all__ = ["EXIT_BAD_INPUT", "EXIT_FAILED_RUN", "EXIT_OK", "build_parser", "main"]
