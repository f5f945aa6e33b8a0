"""Which ticket is rated: its QR scanned (the scanner types it in) or today's number typed.

A refusal (not served yet, answered already, not found…) says why and what to do, in the
survey service's own words. On the survey tablet this is the start screen ("Nilai layanan
kami"), without Back and Home.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.text import Text
from kiosk.services.survey_service import SurveyTicket
from kiosk.station import Station
from ui.counter.number_sheet import normalise_number
from ui.counter.scan_catcher import ScanCatcher
from ui.feedback import strings
from ui.feedback.faces import face_pixmap
from ui.feedback.feedback_page import FeedbackPage
from ui.feedback.problem_line import ProblemLine
from ui.feedback.scan_picture import qr_picture
from ui.navigator import Navigator
from ui.widgets.labels import add_label

#: Longer than any ticket number (`A1-012`), far shorter than a QR's text.
NUMBER_LENGTH = 16
#: Below this width the two ways are one above the other.
SIDE_BY_SIDE = 1200
FACE_SIZE = 72


class SurveyEntryScreen(FeedbackPage):
    """Emits `accepted(SurveyTicket)` for a ticket that may be rated."""

    accepted = Signal(object)

    def __init__(
        self, station: Station, navigator: Navigator, parent: QWidget, *, tablet: bool = False
    ) -> None:
        super().__init__(station, navigator, parent, navigation=not tablet, keyboard=True)
        self.tablet = tablet
        if tablet:  # the tablet has no text-size or contrast choice to go back from
            self.header.large_text_button.hide()
            self.header.contrast_button.hide()
        self.anonymous = self.label("SectionText")
        self.body.insertLayout(0, self._title_row())
        self._ways = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._ways.setSpacing(24)
        self.body.addLayout(self._ways)
        self.scan_title, self.scan_hint = self._scan_way()
        self.type_title, self.number, self.type_hint = self._type_way()
        self.error = ProblemLine(self.content, self.body)
        self.body.addStretch(1)
        self.start_button = self.action("PrimaryButton", self.check)
        assert self.keyboard is not None
        self.keyboard.submitted.connect(self.check)
        self._scans: ScanCatcher | None = None

    def _title_row(self) -> QHBoxLayout:
        """The title, and the four faces of the answers: what the survey asks, at a glance."""
        row = QHBoxLayout()
        row.setSpacing(12)
        self.body.removeWidget(self.title)
        row.addWidget(self.title, 1)
        for level in (1, 2, 3, 4):
            face = QLabel(self.content)
            face.setPixmap(face_pixmap(level, FACE_SIZE))
            row.addWidget(face)
        return row

    def _way(self) -> tuple[QFrame, QVBoxLayout]:
        panel = QFrame(self.content)
        panel.setObjectName("WayPanel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(12)
        self._ways.addWidget(panel, 1)
        return panel, column

    def _scan_way(self) -> tuple[QLabel, QLabel]:
        parent, column = self._way()
        picture = QLabel(parent)
        picture.setPixmap(qr_picture(112))
        column.addWidget(picture, 0, Qt.AlignmentFlag.AlignLeft)
        title = add_label(parent, column, "SectionTitle")
        title.setIndent(0)  # its padding would otherwise indent it like a framed label
        hint = add_label(parent, column, "SectionText")
        column.addStretch(1)
        return title, hint

    def _type_way(self) -> tuple[QLabel, QLineEdit, QLabel]:
        parent, column = self._way()
        title = add_label(parent, column, "SectionTitle")
        title.setIndent(0)
        number = QLineEdit(parent)
        number.setObjectName("FieldInput")
        number.setMaxLength(NUMBER_LENGTH)
        # Numbers carry their service's letters (A1-012): the letter keys, digits on top.
        number.setProperty("keyboard", "letters")
        number.returnPressed.connect(self.check)
        number.textEdited.connect(self._typed)
        column.addWidget(number)
        hint = add_label(parent, column, "FieldNote")
        column.addStretch(1)
        return title, number, hint

    def clear(self) -> None:
        """Nothing typed, nothing refused."""
        self.number.clear()
        self._refuse(None)
        self.done_typing()

    def check(self) -> None:
        """Ask the survey service about the typed number."""
        typed = normalise_number(self.number.text())
        if not typed:
            self._refuse(strings.TYPE_A_NUMBER)
            return
        self._check(typed)

    def _scanned(self, text: str) -> None:
        self.number.clear()
        self._check(text)

    def _check(self, entered: str) -> None:
        verdict = self.station.surveys.eligible(entered)
        if verdict.ok and verdict.ticket is not None:
            self._accept(verdict.ticket)
        else:
            self._refuse(verdict.message or strings.TYPE_A_NUMBER)

    def _accept(self, ticket: SurveyTicket) -> None:
        self.number.clear()
        self._refuse(None)
        self.done_typing()
        self.accepted.emit(ticket)

    def _typed(self) -> None:
        if self.error.problem is not None:
            self._refuse(None)

    def _refuse(self, reason: Text | None) -> None:
        self.error.say(reason, self.lang)

    def on_enter(self) -> None:
        super().on_enter()
        if self._scans is None:
            self._scans = ScanCatcher(self.window())
            self._scans.scanned.connect(self._scanned)
        self._scans.start()

    def on_leave(self) -> None:
        if self._scans is not None:
            self._scans.stop()
        super().on_leave()

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= SIDE_BY_SIDE
        self._ways.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        super().resizeEvent(event)

    def refresh(self) -> None:
        lang = self.lang
        title = strings.TABLET_TITLE if self.tablet else strings.SURVEY_TITLE
        self.title.setText(title.get(lang))
        self.hint.setText(strings.SURVEY_INTRO.get(lang))
        self.anonymous.setText(strings.ANONYMOUS.get(lang))
        self.scan_title.setText(strings.SCAN_TITLE.get(lang))
        self.scan_hint.setText(strings.SCAN_HINT.get(lang))
        self.type_title.setText(strings.TYPE_TITLE.get(lang))
        self.type_hint.setText(strings.TYPE_HINT.get(lang))
        self.number.setPlaceholderText(strings.NUMBER_PLACEHOLDER.get(lang))
        self.start_button.setText(strings.START_SURVEY.get(lang))
        self.error.relabel(self.lang)
