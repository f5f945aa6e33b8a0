"""Every text the screens show that does not come from the catalogue, in ID and EN."""

from __future__ import annotations

from kiosk.domain.text import Text

WELCOME = Text("Selamat datang", "Welcome")
CHOOSE_AGENCY = Text("Silakan pilih instansi tujuan Anda", "Please choose the agency you need")
CHOOSE_AGENCY_HINT = Text(
    "Sentuh nama instansi untuk melihat layanan, persyaratan dan antrean.",
    "Touch an agency to see its services, requirements and queue.",
)
OTHER_LANGUAGE = Text("English", "Bahasa Indonesia")
BACK = Text("‹  Kembali", "‹  Back")
HOME = Text("Beranda", "Home")
DEMO = Text("MODE DEMO — semua layanan dibuka", "DEMO MODE — every service is open")
SERVICES_OF = Text("Layanan", "Services")
FREE = Text("Gratis", "Free")
OPEN_NOW = Text("Buka", "Open")
CLOSED = Text("Tutup", "Closed")
NO_ROLE = Text(
    "Peran '{role}' belum tersedia pada versi ini. Jalankan dengan --role kiosk.",
    "The role '{role}' is not available in this version. Run with --role kiosk.",
)


def services_open(open_count: int, total: int) -> Text:
    """ "3 dari 5 layanan buka"."""
    return Text(f"{open_count} dari {total} layanan buka", f"{open_count} of {total} services open")


def queue_line(waiting: int, minutes: int) -> Text:
    """ "4 orang menunggu · perkiraan 20 menit"."""
    return Text(
        f"{waiting} orang menunggu · perkiraan {minutes} menit",
        f"{waiting} waiting · about {minutes} min",
    )


def fee(fee_idr: int | None, note: Text | None) -> Text:
    """The fee as a citizen reads it: "Gratis", "Rp30.000", or the service's own words."""
    if fee_idr == 0:
        return FREE
    if fee_idr is not None:
        amount = f"{fee_idr:,}".replace(",", ".")
        return Text(f"Biaya Rp{amount}", f"Fee Rp{amount}")
    return note or Text("", "")
