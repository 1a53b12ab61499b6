"""``python -m plan_analysis`` runs the command-line interface."""

from plan_analysis.cli import main

raise SystemExit(main())
