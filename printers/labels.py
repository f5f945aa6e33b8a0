"""Fixed words printed on documents, in Indonesian by default, with English and bilingual sets.

The caller picks the set (the citizen's language on the kiosk); the layouts never translate.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Labels:
    """Every fixed word a layout prints. Defaults are Bahasa Indonesia."""

    copy_mark: str = "SALINAN / COPY"
    queue_number: str = "Nomor Antrian"
    people_ahead: str = "Orang di depan Anda"
    estimated_wait: str = "Perkiraan waktu tunggu"
    receipt_title: str = "TANDA TERIMA BERKAS"
    receipt_number: str = "No. Tanda Terima"
    ticket_number: str = "No. Antrian"
    service: str = "Layanan"
    form_summary: str = "Data Permohonan"
    requirements: str = "Persyaratan"
    documents_complete: str = "Berkas lengkap"
    documents_incomplete: str = "Berkas belum lengkap"
    completion: str = "Perkiraan selesai"
    officer: str = "Petugas"
    issued_at: str = "Tanggal"
    verify_hint: str = "Pindai QR untuk memeriksa keaslian tanda terima ini."
    test_title: str = "HALAMAN UJI PRINTER"
    address: str = "Alamat"
    paper: str = "Kertas"
    code_page: str = "Kode halaman"
    columns: str = "kolom"
    normal_text: str = "Teks biasa"
    bold_text: str = "Teks tebal"
    double_text: str = "Besar"
    inverse_text: str = "Teks terbalik"
    cleaning_sample: str = "Huruf khusus"
    test_qr_hint: str = "QR di atas harus bisa dipindai."
    test_end: str = "Kertas terpotong di bawah garis ini."
    complaint_title: str = "TANDA PENGADUAN"
    tracking_number: str = "Nomor pengaduan"
    agency: str = "Instansi"
    category: str = "Kategori"
    contact: str = "Kontak"
    check_status: str = "Cek status di kiosk dengan nomor ini."
    text_withheld: str = "Isi pengaduan tidak dicetak, demi kerahasiaan Anda."


LABELS_ID = Labels()

LABELS_EN = Labels(
    copy_mark="COPY",
    queue_number="Queue Number",
    people_ahead="People ahead of you",
    estimated_wait="Estimated wait",
    receipt_title="PROOF OF SUBMISSION",
    receipt_number="Receipt No.",
    ticket_number="Ticket No.",
    service="Service",
    form_summary="Application data",
    requirements="Requirements",
    documents_complete="Documents complete",
    documents_incomplete="Documents incomplete",
    completion="Expected completion",
    officer="Officer",
    issued_at="Date",
    verify_hint="Scan the QR code to check that this receipt is genuine.",
    test_title="PRINTER TEST PAGE",
    address="Address",
    paper="Paper",
    code_page="Code page",
    columns="columns",
    normal_text="Normal text",
    bold_text="Bold text",
    double_text="Large",
    inverse_text="Inverse text",
    cleaning_sample="Special letters",
    test_qr_hint="The QR code above must scan.",
    test_end="The paper is cut below this line.",
    complaint_title="COMPLAINT SLIP",
    tracking_number="Tracking number",
    agency="Agency",
    category="Category",
    contact="Contact",
    check_status="Check the status at the kiosk with this number.",
    text_withheld="The complaint's text is not printed, to keep it private.",
)

LABELS_BILINGUAL = Labels(
    queue_number="Nomor Antrian / Queue Number",
    people_ahead="Di depan Anda / Ahead of you",
    estimated_wait="Perkiraan tunggu / Est. wait",
    receipt_title="TANDA TERIMA / RECEIPT",
)
