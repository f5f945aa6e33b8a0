"""Touch cards: an agency to choose, a service with its state now."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class AgencyCard(QPushButton):
    """A big button for one agency: short name, full name, where it is, how many services open."""

    def __init__(self, code: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.code = code
        self.setObjectName("AgencyCard")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(4)
        self.title = self._label("CardTitle")
        self.subtitle = self._label("CardSubtitle")
        self.detail = self._label("CardDetail")
        for label in (self.title, self.subtitle, self.detail):
            layout.addWidget(label)
        layout.addStretch(1)

    # A button sizes itself by its own text; this one has labels that wrap, so its
    # size (and the height for a given width) comes from its layout instead.
    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint().boundedTo(QSize(320, 10_000))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else -1

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        # The whole card is the touch target; labels must not swallow the press.
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return label

    def set_texts(self, title: str, subtitle: str, detail: str) -> None:
        """Fill the card's three lines."""
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.detail.setText(detail)


class ServiceCard(QFrame):
    """One service: its name and prefix, fee, and whether it issues now (and why not)."""

    def __init__(self, code: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.code = code
        self.setObjectName("ServiceCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(6)
        self.title = QLabel(self)
        self.title.setObjectName("CardTitle")
        self.state = QLabel(self)
        self.detail = QLabel(self)
        self.detail.setObjectName("CardDetail")
        for label in (self.title, self.state, self.detail):
            label.setWordWrap(True)
            layout.addWidget(label)

    def set_texts(self, title: str, state: str, detail: str, *, open_now: bool) -> None:
        """Fill the card; a closed service is shown, with its reason, not hidden."""
        self.title.setText(title)
        self.state.setText(state)
        self.state.setObjectName("StateOpen" if open_now else "StateClosed")
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)
        self.detail.setText(detail)
