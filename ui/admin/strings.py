"""Every text of the admin menu (every role) that is not a diagnostic figure, in ID and EN."""

from __future__ import annotations

from pathlib import Path

from kiosk.domain.text import Text

MENU_TITLE = Text("Menu admin", "Admin menu")
PIN_TITLE = Text("Masukkan PIN admin", "Enter the admin PIN")
PIN_HINT = Text("Khusus petugas dan teknisi.", "Staff and technicians only.")
OPEN_MENU = Text("Menu admin", "Admin menu")
CLOSE = Text("Tutup", "Close")

# The heading of the actions (the figures need none: the title says "Admin menu")
ACTIONS = Text("Tindakan", "Actions")

# Actions
REPRINT_TICKET = Text("Cetak ulang tiket terakhir", "Reprint the last ticket")
REPRINT_RECEIPT = Text("Cetak ulang tanda terima", "Reprint the last receipt")
TEST_PAGE = Text("Cetak halaman uji", "Print a test page")
SYNC_NOW = Text("Sinkronkan sekarang", "Sync now")
RELOAD_CATALOGUE = Text("Muat ulang katalog", "Reload the catalogue")
EXPORT = Text("Ekspor diagnostik", "Export diagnostics")
SETUP = Text("Jalankan penyiapan", "Run setup again")
RESTART = Text("Mulai ulang stasiun", "Restart the station")
EXIT_KIOSK = Text("Keluar dari mode kiosk", "Leave kiosk mode")

# What the actions answer
WORKING = Text("Sedang dikerjakan…", "Working…")
SYNC_ASKED = Text(
    "Sinkronisasi diminta; keadaan di atas mengikuti sendiri.",
    "Sync asked for; the state above follows by itself.",
)
SYNC_ALONE = Text(
    "Stasiun ini tidak sinkron dengan server (belum terdaftar atau sinkron tidak berjalan).",
    "This station does not sync with a server (not enrolled, or sync is not running).",
)
KIOSK_MODE_LEFT = Text(
    "Mode kiosk ditinggalkan: jendela biasa, dapat ditutup. Mulai ulang untuk kembali.",
    "Kiosk mode left: a normal window that can be closed. Restart to go back.",
)
BOARD_DOES_NOT_PRINT = Text("papan informasi tidak mencetak", "the hall board does not print")
UNEXPECTED = Text(
    "Tindakan gagal karena kesalahan tak terduga. Lihat log stasiun.",
    "The action failed on an unexpected error. See the station's log.",
)

# What the sync worker says now, after the last success
SYNC_ONLINE = Text("terhubung", "connected")
SYNC_OFFLINE = Text("tidak terhubung", "not connected")
SYNC_NOT_RUNNING = Text("sinkron tidak berjalan", "sync not running")

# Export
EXPORT_TITLE = Text("Simpan berkas diagnostik ke…", "Save the diagnostics file to…")
EXPORT_HINT = Text(
    "Satu berkas zip: angka stasiun, log dan konfigurasi tanpa rahasia. Tanpa data pribadi.",
    "One zip file: the station's figures, logs and the config without secrets. No personal data.",
)
USB_STICK = Text("Flashdisk", "USB stick")
STATION_FOLDER = Text("Folder stasiun", "Station folder")
NO_USB = Text(
    "Tidak ada flashdisk. Colokkan flashdisk, lalu sentuh Perbarui daftar.",
    "No USB stick found. Plug one in, then touch Refresh the list.",
)
REFRESH_TARGETS = Text("Perbarui daftar", "Refresh the list")
CANCEL = Text("Batal", "Cancel")
WRITING = Text("Menulis berkas diagnostik…", "Writing the diagnostics file…")


def exported(name: str, folder: Path) -> Text:
    """Where the export was written."""
    return Text(f"Tersimpan: {name} di {folder}", f"Saved: {name} in {folder}")
