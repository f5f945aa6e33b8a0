"""The band at the top of every kiosk screen: hall, date and clock (WIT), language, Back/Home."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.clock import Clock, local
from kiosk.domain.text import Lang, Text
from kiosk.domain.timefmt import clock_time, long_date
from ui import strings

#: How long the hall name must be held to open the PIN pad (a citizen will not by chance).
HOLD_MS = 5000


class HeaderBar(QFrame):
    """Hall name and clock on every screen; Back and Home where there is somewhere to go."""

    back_requested = Signal()
    home_requested = Signal()
    language_requested = Signal()
    large_text_requested = Signal()
    contrast_requested = Signal()
    #: The hall name was held for `HOLD_MS`: the staff's way to the PIN pad.
    admin_requested = Signal()

    def __init__(self, hall: Text, clock: Clock, parent: QWidget, *, navigation: bool) -> None:
        super().__init__(parent)
        self.setObjectName("HeaderBar")
        self._hall = hall
        self._clock = clock
        self._lang: Lang = "id"
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(16)
        self.back_button = self._nav_button("BackButton", self.back_requested)
        self.home_button = self._nav_button("HomeButton", self.home_requested)
        for button in (self.back_button, self.home_button):
            button.setVisible(navigation)
            layout.addWidget(button)
        self._hall_label = QLabel(self)
        self._hall_label.setObjectName("HallName")
        self._hall_label.setWordWrap(True)
        self._hall_label.installEventFilter(self)
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(HOLD_MS)
        self._hold.timeout.connect(self.admin_requested)
        layout.addWidget(self._hall_label, 1)
        layout.addLayout(self._clock_column())
        self.large_text_button = self._nav_button("LookButton", self.large_text_requested)
        self.contrast_button = self._nav_button("LookButton", self.contrast_requested)
        for button in (self.large_text_button, self.contrast_button):
            button.setCheckable(True)
            button.setVisible(not navigation)  # on Home, where every visit starts
            layout.addWidget(button)
        self.language_button = QPushButton(self)
        self.language_button.setObjectName("LanguageButton")
        self.language_button.clicked.connect(self.language_requested)
        self.language_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.language_button)
        self.set_language("id")

    def _nav_button(self, name: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(signal)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return button

    def _clock_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(0)
        self._time_label = QLabel(self)
        self._time_label.setObjectName("ClockTime")
        self._date_label = QLabel(self)
        self._date_label.setObjectName("ClockDate")
        for label in (self._time_label, self._date_label):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            column.addWidget(label)
        return column

    def set_language(self, lang: Lang) -> None:
        """Show the header in `lang`."""
        self._lang = lang
        self._hall_label.setText(self._hall.get(lang))
        self.back_button.setText(strings.BACK.get(lang))
        self.home_button.setText(strings.HOME.get(lang))
        self.language_button.setText(strings.OTHER_LANGUAGE.get(lang))
        self.large_text_button.setText(strings.LARGE_TEXT.get(lang))
        self.contrast_button.setText(strings.CONTRAST.get(lang))
        self._tick()

    def set_look(self, large_text: bool, high_contrast: bool) -> None:
        """Show which look is on."""
        self.large_text_button.setChecked(large_text)
        self.contrast_button.setChecked(high_contrast)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._hall_label:
            if event.type() == QEvent.Type.MouseButtonPress:
                self._hold.start()
            elif event.type() == QEvent.Type.MouseButtonRelease:
                self._hold.stop()
        return super().eventFilter(watched, event)

    def start(self) -> None:
        """Run the clock (while the screen is shown)."""
        self._tick()
        self._timer.start()

    def stop(self) -> None:
        """Stop the clock (and any hold in progress)."""
        self._timer.stop()
        self._hold.stop()

    def _tick(self) -> None:
        now = self._clock.now()
        self._time_label.setText(clock_time(now).get(self._lang))
        self._date_label.setText(long_date(local(now).date()).get(self._lang))
