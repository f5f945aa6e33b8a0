"""Every text the hall board shows that does not come from the catalogue, in ID and EN."""

from __future__ import annotations

from kiosk.domain.text import Text

QUEUE_NUMBER = Text("NOMOR ANTREAN", "Queue number")
GO_TO = Text("SILAKAN KE", "Please go to")
COUNTER = Text("LOKET", "Counter")
LAST_CALLS = Text("Panggilan terakhir", "Last calls")
COUNTERS = Text("Loket", "Counters")
WAITING = Text("Menunggu", "Waiting")
NO_CALLS = Text("Belum ada panggilan hari ini", "No calls yet today")
NOBODY_WAITING = Text("Tidak ada yang menunggu", "Nobody is waiting")
WELCOME = Text("Selamat datang", "Welcome")
TAKE_A_TICKET = Text(
    "Silakan ambil nomor antrean di anjungan, lalu tunggu nomor Anda dipanggil.",
    "Please take a ticket at the kiosk and wait for your number to be called.",
)
RECALL = Text("PANGGILAN ULANG", "Called again")
ONLINE = Text("● Terhubung", "● Online")
OFFLINE = Text("● Tidak terhubung ke server", "● Not connected to the server")
BOARD = Text("Papan antrean", "Queue board")


def both(text: Text) -> str:
    """ "Indonesian / English" on one line, for the few places a board shows both."""
    return f"{text.id} / {text.en}"


def zone_board(zone: str) -> Text:
    """The subtitle of a board that shows one zone."""
    return Text(f"Papan antrean Zona {zone}", f"Queue board, zone {zone}")


def page_of(page: int, pages: int) -> str:
    """ "2/3": which page of a list that does not fit at once."""
    return f"{page + 1}/{pages}"
