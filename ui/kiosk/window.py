"""The kiosk's main window: the stack of screens, the flow between them, idle and kiosk mode."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from kiosk.domain.forms import Answers
from kiosk.domain.text import Text
from kiosk.domain.ticket import PriorityClass
from kiosk.services.dto import TicketView
from kiosk.station import Station
from mpp.printing import PrintOutcome, TicketPrinting
from ui.feedback.complaint_flow import ComplaintFlow
from ui.feedback.survey_flow import SurveyFlow
from ui.kiosk.admin_screen import AdminScreen
from ui.kiosk.agency_screen import AgencyScreen
from ui.kiosk.form_screens import ConsentScreen, FormScreen, ReviewScreen
from ui.kiosk.home_data import StationHomeData
from ui.kiosk.home_screen import HomeScreen
from ui.kiosk.idle_watch import IdleWatch
from ui.kiosk.pin_screen import PinScreen
from ui.kiosk.print_failed_screen import PrintFailedScreen
from ui.kiosk.print_worker import PrintWorker
from ui.kiosk.priority_screen import PriorityScreen
from ui.kiosk.service_screen import ServiceScreen
from ui.kiosk.ticket_screen import TicketScreen
from ui.navigator import Navigator, Screen
from ui.sync_bridge import SyncBridge
from ui.theme import Look, apply_theme
from ui.widgets.idle_overlay import IdleOverlay
from ui.widgets.locked_window import LockedWindow

if TYPE_CHECKING:
    from ui.admin.station_control import StationControl

#: How often tickets left without a keep-or-cancel answer are looked for.
EXPIRE_CHECK_MS = 15_000


class KioskWindow(LockedWindow):
    """Home → agency → service → (priority) → ticket, or keep-or-cancel after a print failure;
    from Home also the satisfaction survey and complaints (`ui.feedback`)."""

    def __init__(
        self,
        station: Station,
        printing: TicketPrinting,
        parent: QWidget | None = None,
        *,
        kiosk_mode: bool = False,
        sync: SyncBridge | None = None,
        control: StationControl | None = None,
    ) -> None:
        """`control`: the station program's controls for the admin menu (run setup,
        restart, sync now); without it the menu leaves those out."""
        super().__init__(kiosk_mode, parent)
        self.station = station
        self.sync = sync
        self.printing = printing
        self.control = control
        self.look = Look()
        #: The look a citizen finds, and goes back to after idle (`[kiosk] large_text`).
        self.home_look = Look(large_text=station.config.kiosk.large_text)
        self._pending: tuple[str, PriorityClass | None] = ("", None)
        self.setWindowTitle(station.catalogues.current().hall.name.id)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.navigator = Navigator(self.stack)
        self.worker = PrintWorker(printing, self)
        self._build_screens()
        self.overlay = IdleOverlay(self)
        self.idle = IdleWatch(self, idle_ms=station.config.kiosk.idle_seconds * 1000)
        self._connect()
        if self.home_look != self.look:
            self.set_look(self.home_look)
        self._expiry = QTimer(self)
        self._expiry.setInterval(EXPIRE_CHECK_MS)
        self._expiry.timeout.connect(self._housekeeping)
        self._expiry.start()
        self.navigator.go(self.home)
        self.navigator.set_language(station.config.language)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.idle.start()

    def _build_screens(self) -> None:
        station, navigator, stack = self.station, self.navigator, self.stack
        self.home = HomeScreen(StationHomeData(station), stack)
        self.agency = AgencyScreen(station, navigator, stack)
        self.service = ServiceScreen(station, navigator, stack)
        self.priority = PriorityScreen(station, navigator, stack)
        self.ticket = TicketScreen(station, navigator, stack)
        self.print_failed = PrintFailedScreen(station, navigator, stack)
        self.consent = ConsentScreen(station, navigator, stack)
        self.form = FormScreen(station, navigator, stack)
        self.review = ReviewScreen(station, navigator, stack)
        self.pin = PinScreen(station, navigator, stack)
        self.admin = AdminScreen(station, navigator, stack, self.sync, self.printing, self.control)
        self.admin.menu.set_kiosk_mode(self.kiosk_mode)
        navigator.add(
            self.home,
            self.agency,
            self.service,
            self.priority,
            self.ticket,
            self.print_failed,
            self.consent,
            self.form,
            self.review,
            self.pin,
            self.admin,
        )
        # The survey's and complaints' twenty pages are built on their first use: most
        # citizens only take a ticket, and the window comes up sooner without them.
        self._survey: SurveyFlow | None = None
        self._complaints: ComplaintFlow | None = None

    @property
    def survey(self) -> SurveyFlow:
        """The satisfaction survey's pages (built on first use)."""
        if self._survey is None:
            self._survey = SurveyFlow(self.station, self.navigator, self.stack)
        return self._survey

    @property
    def complaints(self) -> ComplaintFlow:
        """The complaint pages (built on first use)."""
        if self._complaints is None:
            printer = self.printing.printer
            self._complaints = ComplaintFlow(self.station, self.navigator, self.stack, printer)
        return self._complaints

    def _begin_survey(self) -> None:
        self.survey.begin()

    def _begin_complaint(self) -> None:
        self.complaints.begin()

    def _connect(self) -> None:
        header = self.home.header
        header.language_requested.connect(self.navigator.toggle_language)
        header.large_text_requested.connect(self._toggle_large_text)
        header.contrast_requested.connect(self._toggle_contrast)
        header.admin_requested.connect(self._ask_pin)
        self.home.agency_chosen.connect(self._show_agency)
        self.home.service_chosen.connect(self._show_service)
        self.home.survey_requested.connect(self._begin_survey)
        self.home.complaint_requested.connect(self._begin_complaint)
        self.agency.service_chosen.connect(self._show_service)
        self.service.take_ticket.connect(self._take_regular)
        self.service.priority_requested.connect(self._ask_priority)
        self.priority.chosen.connect(self._begin)
        self.consent.agreed.connect(self._fill_form)
        self.consent.skipped.connect(self._take_without_form)
        self.form.finished.connect(self._review)
        self.review.change_requested.connect(self._change_answer)
        self.review.submitted.connect(self._take_with_form)
        self.print_failed.retry_requested.connect(self._retry)
        self.pin.accepted.connect(self._open_admin)
        self.admin.exit_requested.connect(self.leave_kiosk_mode)
        self.worker.printed.connect(self._printed)
        self.worker.refused.connect(self._refused)
        self.navigator.shown.connect(self._screen_shown)
        self.idle.warn.connect(self._idle_warning)
        self.idle.active.connect(self.overlay.hide)
        self.idle.expired.connect(self._idle_expired)

    # The citizen's way through
    def _show_agency(self, code: str) -> None:
        self.agency.show_agency(code)
        self.navigator.go(self.agency)

    def _show_service(self, code: str) -> None:
        self.service.show_service(code)
        self.navigator.go(self.service)

    def _ask_priority(self, code: str) -> None:
        self.priority.ask(code)
        self.navigator.go(self.priority)

    def _take_regular(self, code: str) -> None:
        self._begin(code, None)

    def _begin(self, code: str, priority: PriorityClass | None) -> None:
        """The service's form first, if it has one (after the consent notice)."""
        self._pending = (code, priority)
        catalogue = self.station.catalogues.current()
        service = catalogue.service(code)
        form = catalogue.form_of(service) if service else None
        if form is None:
            self._take(code, priority)
            return
        self.consent.ask(form)
        self.navigator.go(self.consent)

    def _fill_form(self) -> None:
        if self.consent.form is not None:
            self.form.start(self.consent.form)
            self.navigator.go(self.form)

    def _review(self) -> None:
        if self.form.form is not None:
            self.review.show_answers(self.form.form, dict(self.form.answers))
            self.navigator.go(self.review)

    def _change_answer(self, page: int) -> None:
        self.navigator.back()  # to the form
        self.form.go_to(page)

    def _take_without_form(self) -> None:
        self._take(*self._pending)

    def _take_with_form(self) -> None:
        self._take(*self._pending, answers=dict(self.review.answers))

    def _take(
        self, code: str, priority: PriorityClass | None, answers: Answers | None = None
    ) -> None:
        self.ticket.printing()
        self.navigator.go(self.ticket)
        self.worker.issue(code, priority, self.navigator.lang, answers)

    def _retry(self, ticket: TicketView) -> None:
        self.ticket.printing()
        self.navigator.replace(self.ticket)
        self.worker.retry(ticket)

    def _printed(self, outcome: PrintOutcome) -> None:
        # A citizen who walked away (Home) is not shown an old result; a failed print
        # left so is cancelled by the expiry, unanswered.
        if self.navigator.current() is not self.ticket:
            return
        if outcome.ok:
            self.ticket.printed(outcome.ticket)
        else:
            self.print_failed.failed(outcome.ticket, outcome.message)
            self.navigator.replace(self.print_failed)

    def _refused(self, reason: Text) -> None:
        if self.navigator.current() is self.ticket:
            self.ticket.refused(reason)

    def _housekeeping(self) -> None:
        if self.navigator.current() is not self.print_failed:
            self.station.printing.expire_unanswered()
        self.station.forms.purge()  # a kiosk runs for days: purge on schedule, not only at start

    # Looks: one touch away on Home, reset for the next citizen
    def _toggle_large_text(self) -> None:
        self.set_look(Look(not self.look.large_text, self.look.high_contrast))

    def _toggle_contrast(self) -> None:
        self.set_look(Look(self.look.large_text, not self.look.high_contrast))

    def set_look(self, look: Look) -> None:
        """Switch text size and contrast for every screen."""
        self.look = look
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, look)
        self.home.header.set_look(look.large_text, look.high_contrast)

    # Idle: warn after a minute, then start afresh for the next citizen
    def _screen_shown(self, screen: Screen) -> None:
        # These screens count down on their own, with their own words.
        self.idle.enabled = screen not in (self.ticket, self.print_failed)

    def _fresh(self) -> bool:
        return (
            self.navigator.current() is self.home
            and self.navigator.lang == self.station.config.language
            and self.look == self.home_look
            and not self.home.search.text()
        )

    def _idle_warning(self, seconds: int) -> None:
        if not self._fresh():
            self.overlay.show_seconds(seconds, self.navigator.lang)

    def _idle_expired(self) -> None:
        self.overlay.hide()
        if not self._fresh():
            self.reset()

    def reset(self) -> None:
        """Home, the station's language, the normal look: as the next citizen expects it."""
        self.navigator.home()
        self.home.clear()
        self.form.clear()
        self.review.clear()
        for flow in (self._survey, self._complaints):
            if flow is not None:
                flow.clear()
        self.navigator.set_language(self.station.config.language)
        if self.look != self.home_look:
            self.set_look(self.home_look)

    # Staff
    def _ask_pin(self) -> None:
        self.navigator.go(self.pin)

    def _open_admin(self) -> None:
        self.navigator.replace(self.admin)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self.overlay.isVisible():
            self.overlay.setGeometry(self.rect())
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_close(event):
            return
        self._expiry.stop()
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.worker.wait()
        self.admin.worker.wait()
        if self._complaints is not None:
            self._complaints.worker.wait()
        super().closeEvent(event)
