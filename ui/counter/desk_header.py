"""The band along the top of the desk: hall, counter, officer, server link, clock, language."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.clock import Clock, local
from kiosk.domain.catalogue import Hall
from kiosk.domain.text import Lang, Text
from kiosk.domain.timefmt import clock_time, long_date
from ui import strings as kiosk_strings
from ui.admin import strings as admin_strings
from ui.counter import strings
from ui.sync_bridge import SyncBridge
from ui.widgets.restyle import set_style_state

DESK = Text("Meja petugas loket", "Counter desk")


class DeskHeader(QFrame):
    """Shows where and who; the clock runs between `start` and `stop`."""

    language_requested = Signal()
    sign_out_requested = Signal()
    #: The Admin button (also Ctrl+Shift+A): the admin PIN, then the menu.
    admin_requested = Signal()

    def __init__(self, hall: Hall, clock: Clock, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("DeskHeader")
        self._hall = hall
        self._clock = clock
        self._lang: Lang = "id"
        self._place: Text = DESK
        self._officer = ""
        self._online: bool | None = None
        self._backlog = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 8, 20, 8)
        row.setSpacing(18)
        where = QVBoxLayout()
        where.setSpacing(0)
        self.hall = self._label("HeaderHall", where)
        self.place = self._label("HeaderCounter", where)
        row.addLayout(where, 1)
        self.officer = self._label("HeaderOfficer")
        row.addWidget(self.officer)
        self.sync_pill = self._label("SyncPill")
        row.addWidget(self.sync_pill)
        when = QVBoxLayout()
        when.setSpacing(0)
        self.time = self._label("HeaderClock", when)
        self.date = self._label("HeaderDate", when)
        for label in (self.time, self.date):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(when)
        self.admin_button = self._button("HeaderButton", self.admin_requested)
        row.addWidget(self.admin_button)
        self.language_button = self._button("LanguageToggle", self.language_requested)
        row.addWidget(self.language_button)
        self.sign_out_button = self._button("HeaderButton", self.sign_out_requested)
        row.addWidget(self.sign_out_button)
        self.set_desk(None, "")

    def _label(self, name: str, column: QVBoxLayout | None = None) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        if column is not None:
            column.addWidget(label)
        return label

    def _button(self, name: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(signal)
        return button

    def set_desk(self, place: Text | None, officer: str) -> None:
        """The counter and officer signed in, or None on the sign-in screen."""
        self._place = place or DESK
        self._officer = officer
        self.officer.setVisible(bool(officer))
        self.sign_out_button.setVisible(place is not None)
        self.set_language(self._lang)

    def follow(self, sync: SyncBridge | None) -> None:
        """Show the server link of `sync`; without one the station works alone."""
        if sync is None:
            self._show_link(None, 0)
            return
        state = sync.state
        self._show_link(state.online if state else False, state.backlog if state else 0)
        sync.online_changed.connect(self._online_changed)
        sync.backlog_changed.connect(self._backlog_changed)

    def _online_changed(self, online: bool) -> None:
        self._show_link(online, self._backlog)

    def _backlog_changed(self, count: int) -> None:
        self._show_link(self._online if self._online is not None else False, count)

    def _show_link(self, online: bool | None, backlog: int) -> None:
        self._online, self._backlog = online, backlog
        state = "none" if online is None else "online" if online else "offline"
        set_style_state(self.sync_pill, "state", state)
        self._link_text()

    def _link_text(self) -> None:
        lang = self._lang
        if self._online is None:
            text = strings.STANDALONE.get(lang)
        else:
            text = (strings.ONLINE if self._online else strings.OFFLINE).get(lang)
        if self._backlog:
            text += " " + strings.backlog(self._backlog).get(lang)
        self.sync_pill.setText(text)

    def set_language(self, lang: Lang) -> None:
        """Show the header in `lang`."""
        self._lang = lang
        self.hall.setText(self._hall.name.get(lang))
        self.place.setText(self._place.get(lang))
        officer = Text(f"Petugas: {self._officer}", f"Officer: {self._officer}")
        self.officer.setText(officer.get(lang))
        self.language_button.setText(kiosk_strings.OTHER_LANGUAGE.get(lang))
        self.admin_button.setText(admin_strings.OPEN_MENU.get(lang))
        self.sign_out_button.setText(strings.SIGN_OUT.get(lang))
        self._link_text()
        self._tick()

    def start(self) -> None:
        """Run the clock."""
        self._tick()
        self._timer.start()

    def stop(self) -> None:
        """Stop the clock."""
        self._timer.stop()

    def _tick(self) -> None:
        now = self._clock.now()
        self.time.setText(clock_time(now).get(self._lang))
        self.date.setText(long_date(local(now).date()).get(self._lang))
