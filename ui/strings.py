"""Every text the screens show that does not come from the catalogue, in ID and EN."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.domain.text import Text

if TYPE_CHECKING:
    from kiosk.services.dto import ServiceStatus

WELCOME = Text("Selamat datang", "Welcome")
CHOOSE_AGENCY = Text("Silakan pilih instansi tujuan Anda", "Please choose the agency you need")
CHOOSE_AGENCY_HINT = Text(
    "Sentuh nama instansi untuk melihat layanan, persyaratan dan antrean.",
    "Touch an agency to see its services, requirements and queue.",
)
OTHER_LANGUAGE = Text("English", "Indonesia")
SEARCH_PLACEHOLDER = Text(
    "Cari layanan, mis. KTP, akta lahir, paspor…", "Search a service, e.g. ID card, passport…"
)
SEARCH_FOUND = Text("Sentuh layanan yang Anda cari.", "Touch the service you are looking for.")
SEARCH_NOTHING = Text(
    "Tidak ada layanan yang cocok. Coba kata lain, atau pilih instansi.",
    "No service matches. Try another word, or choose an agency.",
)
LARGE_TEXT = Text("A+", "A+")
CONTRAST = Text("Kontras", "Contrast")
BACK = Text("‹  Kembali", "‹  Back")
HOME = Text("Beranda", "Home")
DEMO = Text("MODE DEMO — semua layanan dibuka", "DEMO MODE — every service is open")
CHOOSE_SERVICE = Text("Sentuh layanan yang Anda perlukan", "Touch the service you need")
FREE = Text("Gratis", "Free")
OPEN_NOW = Text("Buka", "Open")
CLOSED = Text("Tutup", "Closed")
NO_ROLE = Text(
    "Peran '{role}' tidak dikenal. Pilih --role kiosk, counter, display atau survey.",
    "The role '{role}' is unknown. Choose --role kiosk, counter, display or survey.",
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


def service_state(status: ServiceStatus) -> Text:
    """ "Buka · 4 orang menunggu · perkiraan 20 menit", or "Tutup — why, and when it opens"."""
    avail = status.availability
    if avail.can_issue:
        queue = queue_line(status.waiting, status.estimated_wait_minutes)
        return Text(f"{OPEN_NOW.id} · {queue.id}", f"{OPEN_NOW.en} · {queue.en}")
    return Text(f"{CLOSED.id} — {avail.message.id}", f"{CLOSED.en} — {avail.message.en}")


def fee(fee_idr: int | None, note: Text | None) -> Text:
    """The fee as a citizen reads it: "Gratis", "Rp30.000", or the service's own words."""
    if fee_idr == 0:
        return FREE
    if fee_idr is not None:
        amount = f"{fee_idr:,}".replace(",", ".")
        return Text(f"Biaya Rp{amount}", f"Fee Rp{amount}")
    return note or Text("", "")


# The service's page
REQUIREMENTS = Text("Persyaratan (bawa dokumen ini)", "Requirements (bring these documents)")
PROCEDURE = Text("Alur layanan", "How it works")
FEE = Text("Biaya", "Fee")
COMPLETION = Text("Waktu penyelesaian", "Completion time")
PRODUCT = Text("Hasil layanan", "What you receive")
TAKE_TICKET = Text("Ambil Nomor Antrian", "Take a Queue Ticket")
PRIORITY_ENTRY = Text("Saya perlu layanan prioritas", "I need priority service")
CANNOT_TAKE = Text("Nomor antrian belum dapat diambil", "No tickets can be taken now")

# The priority question
PRIORITY_TITLE = Text("Layanan prioritas", "Priority service")
PRIORITY_HINT = Text(
    "Pilih yang sesuai dengan Anda. Anda tidak perlu menunjukkan bukti.",
    "Choose what applies to you. You do not need to show any proof.",
)
NOT_PRIORITY = Text("Bukan prioritas — ambil nomor biasa", "Not priority — take a regular ticket")

# Printing and the result
PRINTING = Text("Mencetak nomor antrian Anda…", "Printing your ticket…")
PRINTED = Text("Terima kasih, tiket Anda sudah dicetak", "Thank you, your ticket is printed")
YOUR_NUMBER = Text("Nomor antrian Anda", "Your queue number")
TAKE_PAPER = Text(
    "Ambil tiket Anda dari printer di bawah layar.",
    "Take your ticket from the printer below the screen.",
)
DONE = Text("Selesai", "Done")
BRING = Text("Siapkan dokumen ini", "Have these documents ready")
PRINT_FAILED_TITLE = Text("Tiket tidak dapat dicetak", "The ticket could not be printed")
PRINT_FAILED_HINT = Text(
    "Nomor Anda sudah terdaftar. Catat atau foto nomor dan kode QR di bawah ini, "
    "lalu pilih salah satu tombol.",
    "Your number is registered. Write down or take a photo of the number and the QR code "
    "below, then choose one of the buttons.",
)
KEEP_NUMBER = Text("Saya sudah mencatat nomor saya", "I have noted my number")
CANCEL_NUMBER = Text("Batalkan nomor ini", "Cancel this number")
RETRY_PRINT = Text("Coba cetak lagi", "Try printing again")
KEPT = Text(
    "Nomor Anda tetap dalam antrean. Tunjukkan nomor ini kepada petugas saat dipanggil.",
    "Your number stays in the queue. Show this number to the officer when called.",
)
CANCELLED = Text("Nomor dibatalkan.", "The number was cancelled.")
TICKET_ERROR = Text("Nomor antrian tidak dapat diambil", "The ticket could not be issued")


def remaining_quota(count: int | None) -> Text | None:
    """ "Sisa kuota hari ini: 12 nomor", or None without a quota."""
    if count is None:
        return None
    return Text(f"Sisa kuota hari ini: {count} nomor", f"Left in today's quota: {count} tickets")


def people_ahead(count: int) -> Text:
    """ "3 orang di depan Anda"."""
    if count == 0:
        return Text("Anda berikutnya", "You are next")
    people = "person" if count == 1 else "people"
    return Text(f"{count} orang di depan Anda", f"{count} {people} ahead of you")


def estimated_wait(minutes: int) -> Text:
    """ "Perkiraan tunggu ± 15 menit"."""
    if minutes == 0:
        return Text("Segera dipanggil", "You will be called soon")
    return Text(f"Perkiraan tunggu ± {minutes} menit", f"Estimated wait about {minutes} min")


def go_to(place: str) -> Text:
    """ "Menuju: Lantai 3, Zona A"."""
    return Text(f"Silakan menuju: {place}", f"Please go to: {place}")


def back_home_in(seconds: int) -> Text:
    """ "Kembali ke beranda dalam 20 detik"."""
    return Text(f"Kembali ke beranda dalam {seconds} detik", f"Back to Home in {seconds} s")


def cancels_in(seconds: int) -> Text:
    """ "Tanpa pilihan, nomor dibatalkan dalam 45 detik"."""
    return Text(
        f"Tanpa pilihan, nomor ini dibatalkan dalam {seconds} detik.",
        f"With no choice, this number is cancelled in {seconds} s.",
    )


# Idle (the admin menu's words are in ui/admin/strings.py)
IDLE_TITLE = Text("Masih di sana?", "Still there?")
IDLE_HINT = Text("Sentuh layar untuk melanjutkan.", "Touch the screen to continue.")


# Forms
CONSENT_TITLE = Text("Sebelum mengisi formulir", "Before you fill in the form")
CONSENT_INTRO = Text(
    "Formulir ini mempercepat pelayanan di loket. Data yang diminta dan alasannya:",
    "This form speeds up your service at the counter. What is asked, and why:",
)
CONSENT_AGREE = Text("Saya setuju, isi formulir", "I agree, fill in the form")
CONSENT_SKIP = Text("Lewati, ambil nomor saja", "Skip, just take a ticket")
NEXT = Text("Lanjut  ›", "Next  ›")
CHANGE = Text("Ubah", "Change")
REVIEW_TITLE = Text("Periksa isian Anda", "Check your answers")
REVIEW_HINT = Text(
    "Sentuh Ubah untuk memperbaiki. Data pribadi ditampilkan tersamar.",
    "Touch Change to correct an answer. Personal data is shown partly hidden.",
)
SUBMIT_FORM = Text("Kirim dan ambil nomor antrian", "Send and take a ticket")
OPTIONAL = Text("(boleh dikosongkan)", "(optional)")
RETYPE = Text("Sentuh untuk mengetik ulang", "Touch to type it again")


def form_step(step: int, steps: int) -> Text:
    """ "Langkah 2 dari 4"."""
    return Text(f"Langkah {step} dari {steps}", f"Step {step} of {steps}")
