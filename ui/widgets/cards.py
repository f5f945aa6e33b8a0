"""Touch cards: big buttons holding a few lines of wrapped text (an agency, a service)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class TouchCard(QPushButton):
    """A whole card is one touch target; its labels only show text."""

    def __init__(self, code: str, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.code = code
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(24, 16, 24, 16)
        self._column.setSpacing(6)

    def add_label(self, name: str) -> QLabel:
        """A wrapped line of the card, styled by `name`."""
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        # The whole card is the touch target; labels must not swallow the press.
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._column.addWidget(label)
        return label

    # A button sizes itself by its own text; this one has labels that wrap, so its
    # size (and the height for a given width) comes from its layout instead.
    def sizeHint(self) -> QSize:
        return self._column.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint().boundedTo(QSize(320, 10_000))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._column.totalHeightForWidth(width)


class AgencyCard(TouchCard):
    """An agency: short name, full name, where it is and how many services are open."""

    def __init__(self, code: str, parent: QWidget) -> None:
        super().__init__(code, "AgencyCard", parent)
        self.title = self.add_label("CardTitle")
        self.subtitle = self.add_label("CardSubtitle")
        self.detail = self.add_label("CardDetail")
        self._column.addStretch(1)  # a card taller than its text keeps the text at the top

    def set_texts(self, title: str, subtitle: str, detail: str) -> None:
        """Fill the card's three lines."""
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.detail.setText(detail)


class ServiceCard(TouchCard):
    """A service: name and prefix, whether it issues now (and why not), fee and time."""

    def __init__(self, code: str, parent: QWidget) -> None:
        super().__init__(code, "ServiceCard", parent)
        self.title = self.add_label("CardTitle")
        self.state = self.add_label("StateOpen")
        self.detail = self.add_label("CardDetail")
        self._column.addStretch(1)

    def set_texts(self, title: str, state: str, detail: str, *, open_now: bool) -> None:
        """Fill the card; a closed service is shown, with its reason, not hidden."""
        self.title.setText(title)
        self.state.setText(state)
        set_style_name(self.state, "StateOpen" if open_now else "StateClosed")
        self.detail.setText(detail)


def set_style_name(widget: QWidget, name: str) -> None:
    """Change the object name the stylesheet selects on, and restyle at once."""
    if widget.objectName() != name:
        widget.setObjectName(name)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
