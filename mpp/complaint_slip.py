"""The complaint slip (tanda pengaduan) on the kiosk's printer, and how the print went.

What the slip carries is decided here: the tracking number (large), the agency, the
category, the date and time (WIT), the ticket referred to, the contact masked, and where to
check the status. Never the complaint's text, not even its beginning: a slip is easily
lost or left on the kiosk, and the text may name the citizen, an officer or their trouble;
the citizen knows what they wrote, and the tracking number is all a lookup needs.
Called off the GUI thread: a print may wait for the printer's timeout.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from kiosk.clock import local
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.text import Lang, Text
from kiosk.domain.timefmt import clock_time, long_date
from kiosk.services.complaint_service import FiledComplaint
from printers import LABELS_EN, LABELS_ID, ComplaintSlipDocument, Printer

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SlipOutcome:
    """Whether the slip printed, and the printer's words."""

    ok: bool
    message: Text


def slip_document(filed: FiledComplaint, catalogue: Catalogue, lang: Lang) -> ComplaintSlipDocument:
    """The slip of a complaint just filed, in `lang`."""
    day = long_date(local(filed.filed_at).date()).get(lang)
    when = f"{day}, {clock_time(filed.filed_at).get(lang)}"
    return ComplaintSlipDocument(
        hall=catalogue.hall.name.get(lang),
        tracking=filed.tracking_shown,
        agency=filed.agency_name.get(lang),
        category=filed.category.label.get(lang),
        filed_text=when,
        contact=filed.contact_masked,
        ticket_number=filed.ticket_number,
        labels=LABELS_EN if lang == "en" else LABELS_ID,
    )


def print_slip(
    printer: Printer, filed: FiledComplaint, catalogue: Catalogue, lang: Lang
) -> SlipOutcome:
    """Print the slip once. A failure is told to the citizen, who then writes the number
    down from the screen; the complaint itself is filed whatever the printer does."""
    job = printer.job(slip_document(filed, catalogue, lang))
    result = printer.print_job(job)
    if not result.ok:
        # The printer's fault only: the tracking number opens the hall's answer.
        log.warning("complaint slip not printed: %s", result.detail or result.message_en)
    return SlipOutcome(result.ok, Text(result.message_id, result.message_en))
