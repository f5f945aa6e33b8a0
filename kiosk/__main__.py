"""`python -m kiosk` is the same as the `mpp-kiosk` console script (which lives in `mpp`)."""

from mpp.cli import main

raise SystemExit(main())
