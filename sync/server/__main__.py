"""`python -m sync.server` is the same as the `mpp-server` console script."""

from sync.server.cli import main

raise SystemExit(main())
