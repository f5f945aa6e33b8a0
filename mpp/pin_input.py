"""Reading a new PIN on the command line: typed twice unseen, or one line of stdin."""

from __future__ import annotations

import getpass
import sys

from kiosk.domain.admin_pin import valid_pin
from kiosk.domain.text import Text
from mpp.cli_output import Out


def read_new_pin(from_stdin: bool, out: Out, prompt: Text) -> str | None:
    """The new PIN, or None after telling why not (the PINs differ, or it is not 4–8 digits)."""
    if from_stdin:
        pin = sys.stdin.readline().strip()
    else:
        pin = getpass.getpass(f"{prompt.id} / {prompt.en} (4-8 angka / digits): ")
        if getpass.getpass("Ulangi / repeat: ") != pin:
            out.error(
                Text(
                    "Kedua PIN tidak sama; tidak ada yang diubah.",
                    "The PINs differ; nothing changed.",
                )
            )
            return None
    if not valid_pin(pin):
        out.error(Text("PIN harus 4 sampai 8 angka.", "The PIN must be 4 to 8 digits."))
        return None
    return pin
