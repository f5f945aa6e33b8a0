"""Every text of the survey and complaint screens that does not come from the catalogue or the
services, in ID and EN (the services' refusals and statuses come with their own words)."""

from __future__ import annotations

from datetime import datetime

from kiosk.clock import local
from kiosk.domain.text import Text
from kiosk.domain.timefmt import clock_time, long_date

# Entry points
SURVEY_BUTTON = Text("Survei kepuasan", "Satisfaction survey")
SURVEY_BUTTON_DETAIL = Text("Nilai layanan yang Anda terima", "Rate the service you received")
COMPLAINT_BUTTON = Text("Pengaduan", "Complaints")
COMPLAINT_BUTTON_DETAIL = Text("Sampaikan keluhan atau cek statusnya", "Complain, or check one")
SURVEY_AFTER_TICKET = Text(
    "Setelah selesai dilayani, nilai layanan kami di kiosk ini: sentuh “Survei kepuasan” di "
    "beranda dan pindai tiket Anda.",
    "Once you have been served, rate our service at this kiosk: touch “Satisfaction survey” "
    "on Home and scan your ticket.",
)

# The survey: which ticket
SURVEY_TITLE = Text("Survei Kepuasan Masyarakat", "Public satisfaction survey")
TABLET_TITLE = Text("Nilai layanan kami", "Rate our service")
SURVEY_INTRO = Text(
    "Sudah selesai dilayani? Nilai pelayanan yang Anda terima: 9 pertanyaan singkat, "
    "sekitar 2 menit.",
    "Have you been served? Rate the service you received: 9 short questions, about 2 minutes.",
)
ANONYMOUS = Text(
    "Survei ini anonim: tanpa nama, tanpa NIK. Satu tiket dapat menilai satu kali.",
    "The survey is anonymous: no name, no NIK. Each ticket can rate once.",
)
SCAN_TITLE = Text("Pindai tiket Anda", "Scan your ticket")
SCAN_HINT = Text(
    "Dekatkan kode QR pada tiket antrean ke pemindai.",
    "Hold the QR code of your queue ticket to the scanner.",
)
TYPE_TITLE = Text("atau ketik nomor tiket", "or type the ticket number")
TYPE_HINT = Text(
    "Nomor pada tiket hari ini, mis. A1-012.", "The number on today's ticket, e.g. A1-012."
)
NUMBER_PLACEHOLDER = Text("mis. A1-012", "e.g. A1-012")
START_SURVEY = Text("Mulai survei  ›", "Start the survey  ›")
TYPE_A_NUMBER = Text(
    "Ketik nomor pada tiket Anda, mis. A1-012, atau pindai kode QR-nya.",
    "Type the number on your ticket, e.g. A1-012, or scan its QR code.",
)


def rating_for(service: Text, number: str) -> Text:
    """ "Anda menilai: Perekaman KTP-el (tiket A1-005)"."""
    return Text(
        f"Anda menilai: {service.id} (tiket {number})",
        f"You are rating: {service.en} (ticket {number})",
    )


def question_of(step: int, steps: int) -> Text:
    """ "Pertanyaan 3 dari 9"."""
    return Text(f"Pertanyaan {step} dari {steps}", f"Question {step} of {steps}")


NEXT = Text("Lanjut  ›", "Next  ›")
SKIP = Text("Lewati  ›", "Skip  ›")
TOUCH_AN_ANSWER = Text(
    "Sentuh gambar yang paling sesuai dengan pengalaman Anda.",
    "Touch the picture that fits your experience best.",
)

# The survey: about the respondent, the comment, the end
PROFILE_TITLE = Text("Tentang Anda (boleh dilewati)", "About you (you may skip this)")
PROFILE_HINT = Text(
    "Hanya untuk statistik; jawaban ini tidak mengenali Anda. Sentuh sekali lagi untuk "
    "membatalkan pilihan.",
    "For statistics only; these answers do not identify you. Touch a choice again to undo it.",
)
COMMENT_TITLE = Text("Saran untuk kami (boleh dikosongkan)", "Your suggestion (optional)")
COMMENT_HINT = Text(
    "Tulis saran atau masukan Anda. Jangan menulis nama, NIK atau nomor telepon: survei ini "
    "anonim.",
    "Write a suggestion if you like. Please leave out your name, NIK and phone number: the "
    "survey is anonymous.",
)
WRITE_HERE = Text("Sentuh di sini untuk menulis…", "Touch here to write…")
SEND_RATING = Text("Kirim penilaian", "Send my rating")
THANKS_TITLE = Text("Terima kasih atas penilaian Anda", "Thank you for your rating")
THANKS_HINT = Text(
    "Penilaian Anda membantu kami memperbaiki pelayanan.",
    "Your rating helps us improve the service.",
)
NOT_SAVED_TITLE = Text("Penilaian tidak dapat disimpan", "The rating could not be saved")
DONE = Text("Selesai", "Done")


def letters_used(count: int, most: int) -> Text:
    """ "120 / 500 huruf"."""
    return Text(f"{count} / {most} huruf", f"{count} / {most} characters")


def letters_needed(count: int, least: int, most: int) -> Text:
    """ "4 / 1000 huruf (paling sedikit 10)"."""
    if count >= least:
        return letters_used(count, most)
    return Text(
        f"{count} / {most} huruf (paling sedikit {least})",
        f"{count} / {most} characters (at least {least})",
    )


def back_in(seconds: int) -> Text:
    """ "Kembali ke awal dalam 10 detik" (the survey tablet's start screen)."""
    return Text(f"Kembali ke awal dalam {seconds} detik", f"Back to the start in {seconds} s")


# Complaints: what to do
COMPLAINT_TITLE = Text("Pengaduan", "Complaints")
COMPLAINT_INTRO = Text(
    "Sampaikan keluhan tentang pelayanan di MPP. Setiap pengaduan mendapat nomor untuk "
    "melihat jawabannya nanti.",
    "Tell us what went wrong at the hall. Every complaint gets a number to look up the "
    "answer later.",
)
NEW_COMPLAINT = Text("Sampaikan pengaduan", "Make a complaint")
NEW_COMPLAINT_DETAIL = Text(
    "Pilih instansi dan kategori, tulis keluhan Anda, lalu terima nomor pengaduan.",
    "Choose the agency and a category, write your complaint, and receive a tracking number.",
)
CHECK_COMPLAINT = Text("Cek status pengaduan", "Check a complaint")
CHECK_COMPLAINT_DETAIL = Text(
    "Sudah punya nomor pengaduan? Lihat status dan jawabannya.",
    "Have a tracking number? See the status and the answer.",
)

# Complaints: the steps
AGENCY_TITLE = Text("Pengaduan tentang instansi mana?", "Which agency is it about?")
AGENCY_HINT = Text("Sentuh instansi yang melayani Anda.", "Touch the agency that served you.")
CATEGORY_TITLE = Text("Apa yang ingin Anda adukan?", "What is the complaint about?")
CATEGORY_HINT = Text("Pilih yang paling sesuai.", "Choose the closest one.")
TEXT_TITLE = Text("Tulis pengaduan Anda", "Write your complaint")
TEXT_HINT = Text(
    "Ceritakan apa yang terjadi, kapan, dan di loket mana.",
    "Say what happened, when, and at which counter.",
)
CONTACT_TITLE = Text(
    "Kontak untuk jawaban (boleh dikosongkan)", "A contact for the answer (optional)"
)
CONTACT_HINT = Text(
    "Nomor HP atau alamat email, agar pengelola MPP dapat menjawab Anda.",
    "A mobile number or an e-mail address, so that the hall's managers can answer you.",
)
CONTACT_PRIVATE = Text(
    "Kontak Anda dirahasiakan: hanya pengelola MPP yang melihatnya, hanya untuk menjawab "
    "pengaduan ini. Di layar dan di kertas kontak ditampilkan tersamar.",
    "Your contact is kept private: only the hall's managers see it, only to answer this "
    "complaint. On screen and on paper it is shown partly hidden.",
)
CONTACT_PLACEHOLDER = Text(
    "mis. 0812 3456 7890 atau nama@contoh.id", "e.g. 0812 3456 7890 or name@example.com"
)
TOUCH_TO_RETYPE = Text(
    "Tersamar demi privasi. Sentuh kolom untuk mengetik ulang.",
    "Partly hidden for privacy. Touch the field to type it again.",
)
TICKET_TITLE = Text("Nomor tiket antrean (boleh dikosongkan)", "Queue ticket (optional)")
TICKET_HINT = Text(
    "Bila pengaduan tentang layanan hari ini, ketik nomor tiket Anda atau pindai kode QR-nya: "
    "petugas lebih mudah menemukan layanannya.",
    "If the complaint is about a service today, type your ticket number or scan its QR code: "
    "it helps the staff find the service.",
)


def ticket_scanned(number: str) -> Text:
    """ "Tiket dipindai: A1-005"."""
    return Text(f"Tiket dipindai: {number}", f"Ticket scanned: {number}")


REVIEW_TITLE = Text("Periksa pengaduan Anda", "Check your complaint")
REVIEW_HINT = Text(
    "Sentuh Ubah untuk memperbaiki, lalu kirim.", "Touch Change to correct something, then send."
)
AGENCY = Text("Instansi", "Agency")
CATEGORY = Text("Kategori", "Category")
COMPLAINT_TEXT = Text("Isi pengaduan", "Complaint")
CONTACT = Text("Kontak", "Contact")
TICKET = Text("Nomor tiket", "Ticket")
NOT_GIVEN = Text("Tidak diisi", "Not given")
CHANGE = Text("Ubah", "Change")
SEND_COMPLAINT = Text("Kirim pengaduan", "Send the complaint")

# Complaints: filed
FILED_TITLE = Text("Pengaduan Anda sudah diterima", "Your complaint has been received")
TRACKING_CAPTION = Text("Nomor pengaduan Anda", "Your tracking number")
SLIP_PRINTING = Text("Mencetak tanda pengaduan…", "Printing your complaint slip…")
SLIP_PRINTED = Text(
    "Ambil tanda pengaduan dari printer di bawah layar dan simpan nomornya.",
    "Take the complaint slip from the printer below the screen and keep the number.",
)


def slip_failed(why: Text) -> Text:
    """The slip did not print: the number on screen is all the citizen gets."""
    return Text(
        f"Tanda pengaduan tidak dapat dicetak ({why.id.rstrip('.')}). Catat atau foto nomor "
        "di atas: Anda memerlukannya untuk melihat jawaban.",
        f"The complaint slip could not be printed ({why.en.rstrip('.')}). Write down or take "
        "a photo of the number above: you need it to see the answer.",
    )


def answer_goes_to(masked: str) -> Text:
    """ "Jawaban dikirim ke ••••••••789"."""
    return Text(f"Jawaban dikirim ke {masked}", f"The answer goes to {masked}")


NO_CONTACT = Text(
    "Tanpa kontak: lihat jawabannya di kiosk dengan nomor ini.",
    "No contact given: look the answer up at the kiosk with this number.",
)
CHECK_HERE = Text(
    "Cek status di kiosk ini dengan nomor pengaduan: Pengaduan › Cek status pengaduan.",
    "Check the status at this kiosk with the number: Complaints › Check a complaint.",
)


def date_and_time(moment: datetime) -> Text:
    """ "Senin, 23 November 2026, 10.15 WIT"."""
    day, time = long_date(local(moment).date()), clock_time(moment)
    return Text(f"{day.id}, {time.id}", f"{day.en}, {time.en}")


def filed_at(when: Text) -> Text:
    """ "Diajukan Senin, 23 November 2026, 10.15 WIT"."""
    return Text(f"Diajukan {when.id}", f"Filed {when.en}")


# Complaints: the status
STATUS_TITLE = Text("Cek status pengaduan", "Check a complaint")
STATUS_HINT = Text(
    "Ketik nomor pengaduan yang tertulis pada tanda pengaduan Anda.",
    "Type the tracking number printed on your complaint slip.",
)
TRACKING_PLACEHOLDER = Text("mis. ADU-K7QF-2M9X", "e.g. ADU-K7QF-2M9X")
CHECK = Text("Periksa", "Check")
CHECKING = Text("Memeriksa…", "Checking…")
TYPE_A_TRACKING = Text(
    "Ketik nomor pengaduan, mis. ADU-K7QF-2M9X.", "Type the tracking number, e.g. ADU-K7QF-2M9X."
)
TRACKING = Text("Nomor pengaduan", "Tracking number")
FILED_ON = Text("Diajukan", "Filed")
ANSWERED_ON = Text("Dijawab", "Answered")
ANSWER = Text("Jawaban pengelola MPP", "The hall's answer")
LOOKUP_FAILED = Text(
    "Status tidak dapat diperiksa saat ini. Coba lagi sebentar lagi, atau tanyakan ke meja "
    "informasi.",
    "The status cannot be checked right now. Try again in a moment, or ask at the "
    "information desk.",
)
