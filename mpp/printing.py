"""Where the station meets its printer: tickets become printer documents, results go back.

Used by the kiosk screens (off the GUI thread: a print may wait for its timeout)
and by the CLI. The ticket is rendered once, inside the transaction that issues
it; a retry sends the stored bytes; a reprint renders a marked copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from kiosk.clock import local
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.forms import Answers
from kiosk.domain.text import Lang, Text
from kiosk.domain.ticket import PriorityClass
from kiosk.domain.timefmt import clock_time, long_date
from kiosk.services.dto import TicketView
from kiosk.services.form_service import SubmissionView
from kiosk.services.print_jobs import PrintRequest
from kiosk.services.print_service import ReceiptRecord
from kiosk.station import Station
from printers import (
    CODE_PAGES,
    LABELS_EN,
    LABELS_ID,
    PAPER_58MM,
    PAPER_80MM,
    Printer,
    PrinterProfile,
    PrinterStatus,
    PrintResult,
    ReceiptDocument,
    TicketDocument,
)

INSTRUCTIONS = (
    Text(
        "Simpan tiket ini dan perhatikan layar serta panggilan nomor Anda.",
        "Keep this ticket and watch the screen and the calls for your number.",
    ),
    Text(
        "Siapkan berkas persyaratan sebelum dipanggil.",
        "Have your documents ready before you are called.",
    ),
)
FOOTER = Text("Cepat, mudah, terbuka, pasti.", "Fast, easy, open, certain.")


@dataclass(frozen=True, slots=True)
class PrintOutcome:
    """A ticket after a print attempt, and what the printer said."""

    ticket: TicketView
    ok: bool
    message: Text


def station_printer(station: Station, address: str | None = None) -> Printer:
    """The station's configured printer (or another address, for a technician's test)."""
    config = station.config
    paper = PAPER_58MM if config.paper_mm == 58 else PAPER_80MM
    return Printer(
        address or config.printer,
        PrinterProfile(paper=paper, code_page=CODE_PAGES[config.code_page]),
        status_reply_required=config.printer_status_reply,
    )


class TicketPrinting:
    """Issues and prints tickets on one printer, recording every result in the store."""

    def __init__(self, station: Station, printer: Printer) -> None:
        self._station = station
        self.printer = printer

    def issue_and_print(
        self,
        service_code: str,
        priority: PriorityClass | None,
        lang: Lang,
        answers: Answers | None = None,
    ) -> PrintOutcome:
        """Issue a ticket (with its form's answers) rendered for this printer, then print it."""
        view = self._station.tickets.issue(
            service_code, priority, print_with=self.request(lang), answers=answers
        )
        return self.send(view)

    def send(self, view: TicketView) -> PrintOutcome:
        """(Re)send a ticket's stored job, byte for byte, and record how it went."""
        assert view.print_job_id is not None, "only a ticket issued for printing has a job"
        job = self._station.printing.job(view.print_job_id)
        result = self.printer.print_data(job.data, f"tiket-{view.number}", job_id=job.id)
        error = None if result.ok else result.detail or result.message_en
        recorded = self._station.printing.record(job.id, result.ok, error)
        return PrintOutcome(recorded or view, result.ok, _message(result))

    def reprint(self, ticket_id: str, lang: Lang) -> PrintOutcome:
        """Print a ticket again, marked as a copy."""
        return self.send(self._station.printing.reprint(ticket_id, self.request(lang)))

    def print_receipt(
        self,
        ticket_id: str,
        officer: str,
        lang: Lang,
        checklist: Sequence[bool] | None = None,
    ) -> PrintOutcome:
        """Print the tanda terima of a ticket: its form's answers (masked), its checklist.

        `checklist`: for each requirement of the service, in catalogue order, whether the
        counter received it; None prints the list unticked. The receipt number and the
        checklist are recorded with the ticket and synced.
        """
        station = self._station
        ticket = station.tickets.get(ticket_id)
        submission = station.forms.latest(ticket_id)
        document = receipt_document(
            ticket,
            submission,
            station.catalogues.current(),
            officer,
            station.clock.now(),
            lang,
            checklist,
        )
        data = self.printer.job(document).data
        service = station.catalogues.current().service(ticket.service_code)
        record = ReceiptRecord(
            document.receipt_number,
            officer,
            tuple(r.id for r in service.standard.requirements) if service else (),
            tuple(received for _, received in document.requirements) if checklist else None,
        )
        job_id = station.printing.add_receipt(ticket_id, record, str(self.printer.address), data)
        result = self.printer.print_data(data, f"tanda-terima-{ticket.number}", job_id=job_id)
        error = None if result.ok else result.detail or result.message_en
        station.printing.record(job_id, result.ok, error)
        return PrintOutcome(ticket, result.ok, _message(result))

    def status(self) -> PrinterStatus:
        """The printer's state now."""
        return self.printer.status()

    def request(self, lang: Lang) -> PrintRequest:
        """How the store renders a ticket for this printer, in the citizen's language."""
        catalogue = self._station.catalogues.current()

        def render(view: TicketView, copy: bool) -> bytes:
            return self.printer.job(ticket_document(view, catalogue, lang), copy=copy).data

        return PrintRequest(str(self.printer.address), render)


def ticket_document(view: TicketView, catalogue: Catalogue, lang: Lang) -> TicketDocument:
    """A ticket as the printers package lays it out, in `lang`."""
    service = catalogue.service(view.service_code)
    agency = catalogue.agency(view.agency_code)
    place = agency.location.get(lang) if agency else ""
    go_to = Text(f"Menuju: {place}", f"Go to: {place}") if place else None
    instructions = [t.get(lang) for t in INSTRUCTIONS]
    if go_to is not None:
        instructions.insert(0, go_to.get(lang))
    priority = PriorityClass(view.priority).label if view.priority else None
    return TicketDocument(
        hall=catalogue.hall.name.get(lang),
        agency=view.agency_name.get(lang),
        service=(service.name if service else view.service_name).get(lang),
        number=view.number,
        date_text=long_date(local(view.issued_at).date()).get(lang),
        time_text=clock_time(view.issued_at).get(lang),
        people_ahead=view.people_ahead,
        wait_text=wait_text(view.people_ahead, view.estimated_wait_minutes).get(lang),
        qr_payload=view.qr_payload,
        instructions=tuple(instructions),
        footer=FOOTER.get(lang),
        priority=_priority_text(priority, lang),
        labels=LABELS_EN if lang == "en" else LABELS_ID,
    )


def receipt_number(ticket: TicketView) -> str:
    """`TT-261123-A1-012`: the day and the ticket, unique in the hall like the ticket."""
    return f"TT-{local(ticket.issued_at):%y%m%d}-{ticket.number}"


def receipt_document(
    ticket: TicketView,
    submission: SubmissionView | None,
    catalogue: Catalogue,
    officer: str,
    now: datetime,
    lang: Lang,
    checklist: Sequence[bool] | None = None,
) -> ReceiptDocument:
    """The tanda terima: personal answers arrive masked; the checklist is what the counter
    ticked as received, or unticked without one."""
    service = catalogue.service(ticket.service_code)
    requirements = service.standard.requirements if service else ()
    ticks = list(checklist or ()) + [False] * len(requirements)
    summary = submission.on_receipt if submission else ()
    return ReceiptDocument(
        hall=catalogue.hall.name.get(lang),
        agency=ticket.agency_name.get(lang),
        service=ticket.service_name.get(lang),
        ticket_number=ticket.number,
        receipt_number=receipt_number(ticket),
        form_summary=tuple((label.get(lang), value.get(lang)) for label, value in summary),
        requirements=tuple((item.get(lang), ticks[i]) for i, item in enumerate(requirements)),
        completion_text=service.standard.completion_time.get(lang) if service else "",
        officer=officer,
        issued_text=f"{long_date(local(now).date()).get(lang)} {clock_time(now).get(lang)}",
        qr_payload=ticket.qr_payload,
        labels=LABELS_EN if lang == "en" else LABELS_ID,
        checked=checklist is not None,
    )


def wait_text(ahead: int, minutes: int) -> Text:
    """ "± 20 menit", or "Segera" when nobody is ahead."""
    if ahead == 0:
        return Text("Segera", "Soon")
    return Text(f"± {minutes} menit", f"about {minutes} min")


def _priority_text(label: Text | None, lang: Lang) -> str | None:
    if label is None:
        return None
    return Text(f"Prioritas: {label.id}", f"Priority: {label.en}").get(lang)


def _message(result: PrintResult) -> Text:
    return Text(result.message_id, result.message_en)
