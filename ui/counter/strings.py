"""Every text of the counter desk that does not come from the catalogue, in ID and EN."""

from __future__ import annotations

from kiosk.domain.text import Text

# Signing in
SIGN_IN_TITLE = Text("Masuk ke loket", "Sign in at a counter")
SIGN_IN_HINT = Text(
    "Tulis nama dan PIN Anda, lalu pilih loket dan layanan yang Anda layani hari ini.",
    "Type your name and PIN, then choose your counter and the services you serve today.",
)
OFFICER_NAME = Text("Nama petugas", "Officer's name")
OFFICER_PIN = Text("PIN petugas", "Your PIN")
COUNTER = Text("Loket", "Counter")
SERVICES_TODAY = Text("Layanan hari ini", "Services today")
SERVICES_HINT = Text(
    "Sudah dipilih sesuai katalog; ubah bila perlu.",
    "Chosen from the catalogue; change them if needed.",
)
SIGN_IN = Text("Masuk", "Sign in")
ATTENDANCE = Text(
    "Jam masuk dan keluar Anda tercatat sebagai daftar hadir loket.",
    "Your sign-in and sign-out times are kept as the counter's attendance.",
)
NAME_MISSING = Text("Tulis nama Anda.", "Type your name.")
PIN_MISSING = Text("Tulis PIN Anda.", "Type your PIN.")
COUNTER_MISSING = Text("Pilih loket Anda.", "Choose your counter.")

# The header
SIGN_OUT = Text("Keluar", "Sign out")
ONLINE = Text("● Terhubung", "● Online")
OFFLINE = Text("● Luring", "● Offline")
STANDALONE = Text("● Tanpa server", "● No server")

# The ticket at the counter
NO_TICKET = Text("Belum ada warga di loket", "No citizen at the counter")
NO_TICKET_HINT = Text(
    "Tekan F1 untuk memanggil nomor berikutnya, atau pindai QR tiket warga.",
    "Press F1 to call the next number, or scan the citizen's ticket QR.",
)
CALLING = Text("Memanggil…", "Calling…")

# The waiting list, the tickets kept here, today's figures
QUEUE_TITLE = Text("Antrean loket ini", "This counter's queue")
QUEUE_EMPTY = Text("Tidak ada yang menunggu.", "Nobody is waiting.")
SCAN_HINT = Text(
    "Pindai QR tiket kapan saja untuk memanggilnya.",
    "Scan a ticket's QR at any time to call it.",
)
COLUMN_NUMBER = Text("Nomor", "Number")
COLUMN_SERVICE = Text("Layanan", "Service")
COLUMN_WAITED = Text("Tunggu", "Waited")
COLUMN_NOTES = Text("Keterangan", "Notes")
FLAG_NOT_PRINTED = Text("Gagal cetak", "Not printed")
FLAG_FORM = Text("Formulir", "Form")
FLAG_MINE = Text("Untuk loket ini", "For this counter")
KEPT_TITLE = Text("Ditahan di loket ini", "Held at this counter")
KEPT_EMPTY = Text("Tidak ada tiket yang ditahan.", "No ticket is held here.")
RETURN = Text("Kembalikan", "Return")
CALL_BACK = Text("Panggil", "Call")
BRING_UP = Text("Tampilkan", "Bring up")
SERVED = Text("Dilayani", "Served")
WAITING = Text("Menunggu", "Waiting")
NO_SHOWS = Text("Tidak hadir", "No-show")
AVERAGE_WAIT = Text("Rata-rata tunggu", "Average wait")
AVERAGE_SERVICE = Text("Rata-rata layanan", "Average service")


# Sheets: the choices that need more than one touch
def finish_title(number: str) -> Text:
    """ "Selesaikan layanan A1-012"."""
    return Text(f"Selesaikan layanan {number}", f"Finish serving {number}")


def transfer_title(number: str) -> Text:
    """ "Alihkan A1-012 ke layanan lain"."""
    return Text(f"Alihkan {number} ke layanan lain", f"Transfer {number} to another service")


def receipt_title(number: str) -> Text:
    """ "Formulir dan tanda terima · A1-012"."""
    return Text(f"Formulir dan tanda terima · {number}", f"Form and receipt · {number}")


CANCEL = Text("Batal", "Cancel")
CLOSE = Text("Tutup", "Close")
NOTE = Text("Catatan (boleh kosong, tanpa data pribadi)", "Note (optional, no personal data)")
OUTCOME_HINT = Text(
    "Tulis catatan bila perlu, lalu pilih hasil layanan. Enter memilih Selesai.",
    "Type a note if needed, then choose how it ended. Enter chooses Done.",
)
OUTCOME_HINTS = {
    "selesai": Text("Berkas diterima dan diproses", "Application taken in"),
    "berkas_kurang": Text("Warga perlu kembali dengan berkas", "Citizen must come back"),
    "ditolak": Text("Tidak memenuhi syarat", "Not eligible"),
    "dialihkan": Text("Dirujuk ke kantor lain", "Referred to another office"),
}
TRANSFER_SEARCH = Text("Cari layanan tujuan…", "Search the service…")
TRANSFER_SERVICE = Text("Layanan tujuan", "Send to the service")
TRANSFER_COUNTER = Text("Loket tujuan", "Counter")
ANY_COUNTER = Text("Loket mana saja", "Any counter")
TRANSFER = Text("Alihkan", "Transfer")
CHOOSE_SERVICE = Text("Pilih layanan tujuan.", "Choose the service to send it to.")
NUMBER_HINT = Text(
    "Ketik nomor tiket, misalnya A1-012, atau pilih di daftar antrean.",
    "Type the ticket number, e.g. A1-012, or select it in the queue.",
)
CALL = Text("Panggil", "Call")
CALL_NUMBER_TITLE = Text("Panggil nomor tertentu", "Call a particular number")
WALK_IN_TITLE = Text("Layani warga yang datang langsung", "Serve a walk-in citizen")
WALK_IN_HINT = Text(
    "Warga diberi nomor baru dan langsung dilayani di loket ini.",
    "The citizen gets a new number and is served here at once.",
)
SERVICE = Text("Layanan", "Service")
PRIORITY = Text("Layanan prioritas", "Priority service")
NOT_PRIORITY = Text("Bukan prioritas", "Not priority")
SERVE_NOW = Text("Beri nomor dan layani", "Give a number and serve")
FORM_ANSWERS = Text("Isian formulir", "Form answers")
NO_FORM = Text(
    "Tiket ini tanpa formulir. Tanda terima tetap dapat dicetak.",
    "This ticket has no form. A receipt can still be printed.",
)
FORM_PURGED = Text("Isian formulir sudah dihapus dari stasiun ini.", "The answers were purged.")
REQUIREMENTS = Text("Persyaratan yang diterima", "Requirements received")
REQUIREMENTS_HINT = Text(
    "Centang persyaratan yang diterima, lalu cetak tanda terima untuk warga.",
    "Tick the requirements received, then print the receipt for the citizen.",
)
ALL_RECEIVED = Text("Semua diterima", "All received")
PRINT_RECEIPT = Text("Cetak tanda terima", "Print the receipt")
PRINTING = Text("Mencetak…", "Printing…")
SCANNED_TITLE = Text("Tiket dipindai", "Scanned ticket")
REFUSED_TITLE = Text("Kode QR ditolak", "QR code refused")
REFUSED_HINT = Text("Tidak ada yang diubah.", "Nothing was changed.")
CALL_HERE = Text("Panggil ke loket ini", "Call to this counter")

STATUS = {
    "issued": Text("Sedang dicetak", "Being printed"),
    "print_failed": Text("Gagal cetak", "Print failed"),
    "waiting": Text("Menunggu", "Waiting"),
    "called": Text("Dipanggil", "Called"),
    "serving": Text("Sedang dilayani", "Being served"),
    "done": Text("Selesai", "Done"),
    "no_show": Text("Tidak hadir", "No-show"),
    "transferred": Text("Dialihkan, menunggu", "Transferred, waiting"),
    "held": Text("Ditahan", "Held"),
    "cancelled": Text("Dibatalkan", "Cancelled"),
}
UNEXPECTED = Text(
    "Terjadi gangguan; tindakan tidak selesai. Coba lagi, atau hubungi teknisi.",
    "Something went wrong; the action did not finish. Try again, or call a technician.",
)


def status(code: str) -> Text:
    """A ticket state as the clerk reads it."""
    return STATUS.get(code, Text(code, code))


def counter_name(number: int) -> Text:
    """ "Loket 3"."""
    return Text(f"Loket {number}", f"Counter {number}")


def minutes(value: float | None) -> Text:
    """ "12 mnt", or a dash before there is anything to count."""
    if value is None:
        return Text("–", "–")
    return Text(f"{round(value)} mnt", f"{round(value)} min")


def backlog(count: int) -> Text:
    """ "· 5 belum terkirim": events kept here until the server has them."""
    return Text(f"· {count} belum terkirim", f"· {count} not sent yet")


def queue_count(count: int) -> Text:
    """ "12 menunggu"."""
    return Text(f"{count} menunggu", f"{count} waiting")


def waited(value: int) -> Text:
    """ "Menunggu 23 menit"."""
    return Text(f"Menunggu {value} menit", f"Waited {value} min")


def called_at(time: Text) -> Text:
    """ "Dipanggil 10.12 WIT"."""
    return Text(f"Dipanggil {time.id}", f"Called {time.en}")


def serving_since(time: Text) -> Text:
    """ "Dilayani sejak 10.14 WIT"."""
    return Text(f"Dilayani sejak {time.id}", f"Served since {time.en}")


def recalled(count: int) -> Text:
    """ "Dipanggil ulang 2×"."""
    return Text(f"Dipanggil ulang {count}×", f"Recalled {count}×")


def priority(label: Text) -> Text:
    """ "Prioritas · Lansia"."""
    return Text(f"Prioritas · {label.id}", f"Priority · {label.en}")


def transferred_from(service: Text) -> Text:
    """ "Dialihkan dari Kartu Keluarga"."""
    return Text(f"Dialihkan dari {service.id}", f"Transferred from {service.en}")


def note(text: str) -> Text:
    """The clerk's note, quoted."""
    return Text(f"Catatan: {text}", f"Note: {text}")


def from_service(code: str) -> Text:
    """The waiting list's mark of a transferred ticket: "Dari KK"."""
    return Text(f"Dari {code}", f"From {code}")


def no_show_offer(count: int) -> Text:
    """Shown once the recall limit is reached."""
    return Text(
        f"Sudah dipanggil ulang {count}× dan warga belum datang: tandai tidak hadir (F12).",
        f"Recalled {count}× and the citizen has not come: mark as no-show (F12).",
    )


def lost_call(number: str, counter: int | None, got: str | None) -> Text:
    """Another counter called the ticket first; what this counter got instead."""
    where = counter_name(counter) if counter is not None else None
    lost = (
        Text(f"{number} sudah dipanggil {where.id}.", f"{number} was already called by {where.en}.")
        if where
        else Text(f"{number} sudah tidak menunggu.", f"{number} is no longer waiting.")
    )
    if got is None:
        return lost
    return Text(f"{lost.id} Anda mendapat {got}.", f"{lost.en} You got {got}.")


NOBODY_WAITING = Text(
    "Tidak ada yang menunggu untuk layanan loket ini.",
    "Nobody is waiting for this counter's services.",
)
CALLED_OFFLINE = Text(
    "Dipanggil tanpa server: selama luring loket ini hanya memanggil tiket dari stasiun ini.",
    "Called without the server: while offline this counter calls only this station's tickets.",
)


def done(number: str, outcome: Text) -> Text:
    """ "A1-012 selesai: Berkas kurang."."""
    return Text(f"{number} selesai: {outcome.id}.", f"{number} finished: {outcome.en}.")


def recall_done(number: str, count: int) -> Text:
    """ "A1-012 dipanggil ulang (2×)."."""
    return Text(f"{number} dipanggil ulang ({count}×).", f"{number} called again ({count}×).")


def held(number: str) -> Text:
    """After Hold."""
    return Text(
        f"{number} ditahan. Kembalikan ke antrean saat warga siap (F7).",
        f"{number} is held. Return it to the queue when the citizen is ready (F7).",
    )


def returned(number: str) -> Text:
    """After Return to queue."""
    return Text(
        f"{number} kembali ke antrean, untuk loket ini.",
        f"{number} is back in the queue, for this counter.",
    )


def transferred(number: str, service: Text, counter: int | None) -> Text:
    """After a transfer."""
    where = counter_name(counter) if counter is not None else None
    tail_id = f" ({where.id})" if where else ""
    tail_en = f" ({where.en})" if where else ""
    return Text(
        f"{number} dialihkan ke {service.id}{tail_id}.",
        f"{number} transferred to {service.en}{tail_en}.",
    )


def not_callable(number: str, state: str) -> Text:
    """A number that cannot be called here, and why."""
    now = status(state)
    return Text(
        f"{number} tidak dapat dipanggil: statusnya {now.id.lower()}.",
        f"{number} cannot be called: it is {now.en.lower()}.",
    )


def no_show_done(number: str) -> Text:
    """After No-show."""
    return Text(f"{number} ditandai tidak hadir.", f"{number} marked as no-show.")


def walk_in_done(number: str) -> Text:
    """After a walk-in was given its number."""
    return Text(f"Warga langsung mendapat nomor {number}.", f"The walk-in got number {number}.")


def printed(number: str, what: Text, message: Text) -> Text:
    """The printer's answer: "A1-012 · Tanda terima: Tercetak."."""
    return Text(f"{number} · {what.id}: {message.id}", f"{number} · {what.en}: {message.en}")


REPRINT_COPY = Text("Salinan tiket", "Ticket copy")
RECEIPT = Text("Tanda terima", "Receipt")
