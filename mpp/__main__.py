"""`python -m mpp` is the same as the `mpp-kiosk` console script."""

from mpp.cli import main

raise SystemExit(main())
