"""`python -m kiosk` is the same as the `mpp-kiosk` console script."""

from kiosk.cli import main

raise SystemExit(main())
