"""One service before the ticket: requirements, fee, time, queue now, and the ticket buttons."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kiosk.domain.text import Lang, Text
from kiosk.station import Station
from ui import strings
from ui.kiosk.page import PageScreen
from ui.navigator import Navigator
from ui.widgets.cards import set_style_name


class ServiceScreen(PageScreen):
    """What a citizen reads before taking a ticket; a closed service explains instead."""

    take_ticket = Signal(str)  # service code, regular ticket
    priority_requested = Signal(str)  # service code
    live = True

    def __init__(self, station: Station, navigator: Navigator, parent: QWidget) -> None:
        super().__init__(station, navigator, parent)
        self.code = ""
        self.state = self.label("StateOpen")
        self.queue = self.label("QueueLine")
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(16)
        self.take_button = self.button("PrimaryButton", self._take, self.buttons)
        self.priority_button = self.button("SecondaryButton", self._priority, self.buttons)
        self.body.addLayout(self.buttons)
        self.sections: list[tuple[QLabel, QLabel]] = [
            (self.label("SectionTitle"), self.label("SectionText")) for _ in range(5)
        ]
        self.body.addStretch(1)

    def show_service(self, code: str) -> None:
        """Fill the page with a service."""
        self.code = code
        self.refresh()

    def _take(self) -> None:
        self.take_ticket.emit(self.code)

    def _priority(self) -> None:
        self.priority_requested.emit(self.code)

    def refresh(self) -> None:
        catalogue = self.station.catalogues.current()
        service = catalogue.service(self.code) if self.code else None
        if service is None:
            return
        lang = self.lang
        agency = catalogue.agency(service.agency_code)
        status = self.station.queues.status(service.code)
        avail = status.availability
        self.title.setText(service.name.get(lang))
        self.hint.setText(agency.name.get(lang) if agency else "")
        if avail.can_issue:
            self.state.setText(strings.OPEN_NOW.get(lang))
        else:
            self.state.setText(f"{strings.CANNOT_TAKE.get(lang)}: {avail.message.get(lang)}")
        set_style_name(self.state, "StateOpen" if avail.can_issue else "StateClosed")
        queue = [strings.queue_line(status.waiting, status.estimated_wait_minutes)]
        quota = strings.remaining_quota(avail.remaining_quota)
        self.queue.setText("  ·  ".join(t.get(lang) for t in [*queue, *([quota] if quota else [])]))
        self.take_button.setText(strings.TAKE_TICKET.get(lang))
        self.take_button.setEnabled(avail.can_issue)
        self.priority_button.setText(strings.PRIORITY_ENTRY.get(lang))
        self.priority_button.setVisible(service.priority_allowed and avail.can_issue)
        std = service.standard
        self._fill_sections(
            [
                (strings.REQUIREMENTS, _bullets(std.requirements, lang)),
                (strings.FEE, strings.fee(std.fee_idr, std.fee_note).get(lang)),
                (strings.COMPLETION, std.completion_time.get(lang)),
                (strings.PRODUCT, std.product.get(lang)),
                (strings.PROCEDURE, _numbered(std.procedure, lang)),
            ]
        )

    def _fill_sections(self, sections: list[tuple[Text, str]]) -> None:
        for (head, text), (head_label, text_label) in zip(sections, self.sections, strict=True):
            head_label.setText(head.get(self.lang))
            text_label.setText(text)


def _bullets(items: tuple[Text, ...], lang: Lang) -> str:
    return "\n".join(f"•  {item.get(lang)}" for item in items)


def _numbered(items: tuple[Text, ...], lang: Lang) -> str:
    return "\n".join(f"{n}.  {item.get(lang)}" for n, item in enumerate(items, 1))
