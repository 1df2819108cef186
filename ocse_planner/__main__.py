"""`python -m ocse_planner` behaves like the `ocse-planner` command."""

from ocse_planner.cli import main

raise SystemExit(main())
