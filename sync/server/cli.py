"""`mpp-server`: the command line of the central server."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from kiosk import __version__


def build_parser() -> argparse.ArgumentParser:
    """The server's command line."""
    return argparse.ArgumentParser(
        prog="mpp-server",
        description="Server pusat MPP Kiosk: stasiun (kiosk, loket, papan) menyinkronkan antrean "
        "ke server ini. Central server of MPP Kiosk that stations sync their queues with. "
        "This version has no server commands yet; stations work offline on their own store.",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `mpp-server`."""
    parser = build_parser()
    parser.add_argument("--version", action="version", version=f"mpp-server {__version__}")
    parser.parse_args(argv)
    parser.print_help()
    return 0
