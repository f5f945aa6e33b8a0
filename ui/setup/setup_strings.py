"""Every word of the setup wizard, Indonesian first, then English."""

from __future__ import annotations

from kiosk.domain.text import Lang, Text

WINDOW_TITLE = Text("Penyiapan stasiun MPP Kiosk", "MPP Kiosk station setup")
BACK = Text("‹ Kembali", "‹ Back")
NEXT = Text("Lanjut ›", "Next ›")
FINISH = Text("Simpan dan selesai", "Save and finish")
CANCEL = Text("Batal", "Cancel")
STEP = Text("Langkah {n} dari {total}", "Step {n} of {total}")

LANGUAGE_TITLE = Text("Bahasa", "Language")
LANGUAGE_HINT = Text(
    "Bahasa layar penyiapan ini dan bahasa awal stasiun. Warga tetap bisa memilih bahasa "
    "Inggris di setiap layar.",
    "The language of this setup and the station's first language. Citizens can still switch "
    "to English on every screen.",
)
BROKEN_CONFIG = Text(
    "Konfigurasi stasiun tidak dapat dibaca, jadi penyiapan dibuka. Berkas lama disimpan "
    "sebagai {saved} untuk diperiksa. Alasannya: {reason}",
    "The station's config could not be read, so setup has opened. The old file was kept "
    "as {saved} for checking. The reason: {reason}",
)
FIRST_START = Text(
    "Stasiun ini belum disiapkan. Jawab beberapa pertanyaan; semuanya bisa diubah lagi nanti "
    "dari menu admin.",
    "This station has not been set up yet. Answer a few questions; everything can be changed "
    "later from the admin menu.",
)
RERUN = Text(
    "Nilai saat ini sudah terisi. Ubah yang perlu; tombol Batal membiarkan semuanya seperti "
    "semula.",
    "The current values are filled in. Change what you need; Cancel leaves everything as it was.",
)

ROLE_TITLE = Text("Peran dan nama stasiun", "Station role and name")
ROLE_HINT = Text("Apa tugas komputer ini di aula?", "What does this computer do in the hall?")
ROLE_KIOSK = Text("Kiosk warga — ambil nomor antrian", "Citizen kiosk — take a queue number")
ROLE_COUNTER = Text("Loket petugas — panggil dan layani", "Counter desk — call and serve")
ROLE_DISPLAY = Text("Papan panggilan — tampil dan umumkan", "Hall board — show and announce")
ROLE_SURVEY = Text("Tablet survei — nilai layanan", "Survey tablet — rate the service")
NAME_LABEL = Text("Nama stasiun", "Station name")
NAME_HELP = Text(
    "Nama yang dikenali petugas, mis. \u201cKiosk Pintu Utama\u201d atau \u201cLoket 3\u201d.",
    "A name staff recognise, e.g. \u201cKiosk Main Door\u201d or \u201cCounter 3\u201d.",
)

HALL_TITLE = Text("Aula dan katalog layanan", "Hall and service catalogue")
HALL_HINT = Text(
    "Katalog berisi instansi, layanan, jam buka dan loket aula. Stasiun yang terdaftar ke server "
    "memakai katalog dari server begitu tersambung.",
    "The catalogue holds the hall's agencies, services, opening hours and counters. An enrolled "
    "station uses the server's catalogue as soon as it connects.",
)
CATALOGUE_BUILT_IN = Text("Katalog bawaan program", "The program's built-in catalogue")
CATALOGUE_FILE = Text("Berkas katalog aula (TOML)", "The hall's catalogue file (TOML)")
CATALOGUE_PATH = Text("Lokasi berkas katalog", "Catalogue file location")
CHECK_FILE = Text("Periksa berkas", "Check the file")
DEMO_MODE = Text(
    "Mode demo: semua layanan dibuka setiap saat (untuk uji coba)",
    "Demo mode: every service open at any hour (for trying out)",
)
REAL_MODE = Text("Mode layanan: jam buka dan kuota berlaku", "Service mode: hours and quotas apply")

SERVER_TITLE = Text("Server aula", "The hall's server")
SERVER_HINT = Text(
    "Dengan server, semua stasiun berbagi antrean. Tanpa server, stasiun ini bekerja sendiri "
    "dan bisa didaftarkan nanti.",
    "With a server, every station shares the queue. Without one, this station works alone and "
    "can be enrolled later.",
)
USE_SERVER = Text("Sambungkan ke server", "Connect to the server")
WORK_OFFLINE = Text("Kerja offline dulu", "Work offline for now")
URL_LABEL = Text("Alamat server", "Server address")
URL_HELP = Text("mis. http://10.0.0.2:8470", "e.g. http://10.0.0.2:8470")
CODE_LABEL = Text("Kode pendaftaran", "Enrolment code")
CODE_HELP = Text(
    "Kode sekali pakai dari admin server (mpp-server station add), mis. K7QF-2M9X.",
    "The one-time code from the server's admin (mpp-server station add), e.g. K7QF-2M9X.",
)
TEST = Text("Uji sambungan", "Test")
TESTING = Text("Menguji…", "Testing…")
TEST_FIRST = Text(
    "Tekan \u201cUji sambungan\u201d dahulu, atau pilih kerja offline.",
    "Press \u201cTest\u201d first, or choose to work offline.",
)
ROLE_FROM_SERVER = Text(
    "Peran dan nama diambil dari server: {name} ({role}).",
    "Role and name taken from the server: {name} ({role}).",
)
ENROLLED_ALREADY = Text(
    "Stasiun ini sudah terdaftar ke {url}. Isi kode baru hanya untuk mendaftar ulang.",
    "This station is enrolled with {url} already. Enter a new code only to enrol again.",
)

PRINTER_TITLE = Text("Printer", "Printer")
PRINTER_HINT = Text(
    "Pilih printer karcis yang terpasang, lalu cetak halaman uji.",
    "Choose the ticket printer that is connected, then print a test page.",
)
USB_FOUND = Text("Printer USB yang terdeteksi", "USB printers found")
USB_NONE = Text(
    "Tidak ada printer USB terdeteksi. Periksa kabel dan daya, lalu cari lagi.",
    "No USB printer found. Check the cable and power, then scan again.",
)
SCAN_AGAIN = Text("Cari lagi", "Scan again")
NETWORK_PRINTER = Text("Printer jaringan (LAN)", "Network printer (LAN)")
PDF_PRINTER = Text("PDF (tanpa printer, untuk uji)", "PDF (no printer, for trying out)")
ADDRESS_LABEL = Text("Alamat printer", "Printer address")
ADDRESS_HELP = Text(
    "usb:VID:PID, tcp://ALAMAT-IP:9100, serial:/dev/ttyUSB0, cups:ANTREAN, pdf:/folder",
    "usb:VID:PID, tcp://IP-ADDRESS:9100, serial:/dev/ttyUSB0, cups:QUEUE, pdf:/folder",
)
PAPER = Text("Lebar kertas", "Paper width")
CODE_PAGE = Text("Tabel karakter printer", "Printer character table")
CODE_PAGE_CP437 = Text("CP437 (umum)", "CP437 (common)")
CODE_PAGE_PC858 = Text("PC858 (dengan é, ü, €)", "PC858 (with é, ü, €)")
PRINT_TEST = Text("Cetak halaman uji", "Print a test page")
CHECK_STATUS = Text("Periksa status", "Check status")
PRINTING = Text("Mencetak…", "Printing…")
CHECKING = Text("Memeriksa…", "Checking…")

SCREEN_TITLE = Text("Layar dan suara", "Screen and sound")
SCREEN_HINT = Text(
    "Cara layar dipasang dan cara stasiun menyapa warga.",
    "How the screen is mounted and how the station speaks to citizens.",
)
ORIENTATION = Text("Arah layar", "Screen orientation")
ORIENT_AUTO = Text("Seperti pengaturan sistem", "As the system has it")
ORIENT_LANDSCAPE = Text("Mendatar", "Landscape")
ORIENT_LEFT = Text("Tegak (putar ke kiri)", "Portrait (turned left)")
ORIENT_RIGHT = Text("Tegak (putar ke kanan)", "Portrait (turned right)")
IDLE = Text("Kembali ke awal setelah tidak disentuh", "Back to the start after no touch for")
SECONDS = Text("{n} detik", "{n} seconds")
TEXT_SIZE = Text("Ukuran huruf awal", "Starting text size")
TEXT_NORMAL = Text("Biasa", "Normal")
TEXT_LARGE = Text("Besar", "Large")
ANNOUNCE = Text("Pengumuman panggilan", "Call announcements")
ANNOUNCE_VOICE = Text("Bunyi lalu suara", "Chime, then voice")
ANNOUNCE_CHIME = Text("Bunyi saja", "Chime only")
ANNOUNCE_OFF = Text("Tanpa suara", "Silent")

PIN_TITLE = Text("PIN admin", "Admin PIN")
PIN_HINT = Text(
    "PIN membuka menu admin stasiun ini. Simpan dan jangan beri tahu warga. PIN disimpan "
    "sebagai hash yang lambat ditebak.",
    "The PIN opens this station's admin menu. Keep it from citizens. It is stored as a hash "
    "that is slow to guess.",
)
PIN_NEW = Text("PIN baru (4–8 angka)", "New PIN (4–8 digits)")
PIN_AGAIN = Text("Ulangi PIN", "The PIN again")
PIN_KEEP = Text(
    "Biarkan kosong untuk tetap memakai PIN yang sekarang.",
    "Leave empty to keep the current PIN.",
)

SUMMARY_TITLE = Text("Ringkasan", "Summary")
SUMMARY_HINT = Text(
    "Periksa sekali lagi. \u201cSimpan dan selesai\u201d menulis konfigurasi (dan mendaftar ke "
    "server bila ada kodenya).",
    "Check once more. \u201cSave and finish\u201d writes the config (and enrols with the server "
    "when a code was given).",
)
SAVING = Text("Menyimpan…", "Saving…")
ROLE_WORDS = {
    "kiosk": Text("kiosk warga", "citizen kiosk"),
    "counter": Text("loket petugas", "counter desk"),
    "display": Text("papan panggilan", "hall board"),
    "survey": Text("tablet survei", "survey tablet"),
}
YES_DEMO = Text("demo (semua layanan dibuka)", "demo (every service open)")
NO_DEMO = Text("layanan (jam buka berlaku)", "service (opening hours apply)")
OFFLINE = Text("tidak ada (bekerja sendiri)", "none (works alone)")
WILL_ENROL = Text("{url} — didaftarkan saat disimpan", "{url} — enrolled when saved")
PIN_SET = Text("diatur", "set")
PIN_NOT_SET = Text("belum diatur", "not set")
MODE = Text("Mode", "Mode")
CATALOGUE = Text("Katalog", "Catalogue")
SERVER = Text("Server", "Server")
LANGUAGE = Text("Bahasa", "Language")
LANGUAGE_NAMES = {"id": Text("Bahasa Indonesia", "Indonesian"), "en": Text("Inggris", "English")}
ROLE = Text("Peran", "Role")
NAME = Text("Nama", "Name")
BUILT_IN = Text("bawaan", "built-in")


def fill(template: Text, **values: Text | str | int) -> Text:
    """`template` with its `{names}` filled in each language (words given as Text follow it)."""

    def one(lang: Lang) -> str:
        words = {k: v.get(lang) if isinstance(v, Text) else v for k, v in values.items()}
        return template.get(lang).format(**words)

    return Text(one("id"), one("en"))


def joined(*parts: Text) -> Text:
    """Sentences one after another, in each language."""
    return Text(" ".join(p.id for p in parts), " ".join(p.en for p in parts))
