"""The counter desk's look: the kiosk's colours, desktop sizes scaled to the window.

A clerk sits half a metre from a 1366×768 or 1920×1080 monitor, so the desk uses
smaller type than the citizen kiosk but keeps its calm palette, and every size is
given for 1366×768 and scaled with the window. Every rule that colours text names
its background too, so the contrast test can check each pair.
"""

from __future__ import annotations

from dataclasses import dataclass

NAVY = "#0B3C5D"
NAVY_DARK = "#072A42"
INK = "#1B2631"
MUTED = "#44525E"
PAGE = "#F4F6F8"
CARD = "#FFFFFF"
EDGE = "#B8C4CF"
SOFT = "#E3ECF3"
AMBER = "#F2A900"
RED = "#A1241B"
RED_SOFT = "#F8E3E1"
GREEN = "#1E6B30"
GREEN_SOFT = "#E2F1E6"
AMBER_SOFT = "#FDF1D2"
LIGHT = "#DCE6EE"
GREY = "#C9D2DA"
GREY_TEXT = "#3F4B56"
BASE = (1366, 768)


@dataclass(frozen=True, slots=True)
class DeskMetrics:
    """Sizes for one window size: everything is given for 1366×768 and scaled."""

    scale: float

    @classmethod
    def for_size(cls, width: int, height: int) -> DeskMetrics:
        """The scale that keeps the 1366×768 picture inside the window, in steps of 0.05."""
        fit = min(width / BASE[0], height / BASE[1])
        return cls(min(1.45, max(0.85, round(fit * 20) / 20)))

    def px(self, size: float) -> int:
        """A base size scaled to this window."""
        return max(1, round(size * self.scale))


def desk_stylesheet(m: DeskMetrics) -> str:
    """The desk's stylesheet (set on its window, over the station's own)."""
    return "\n".join((_base(m), _header(m), _current(m), _actions(m), _lists(m), _sheets(m)))


def _base(m: DeskMetrics) -> str:
    p = m.px
    return f"""
QWidget {{ font-size: {p(16)}px; }}
#CounterWindow, #DeskPage, #SignInPage {{ background: {PAGE}; }}
#Card {{ background: {CARD}; border: 1px solid {EDGE}; border-radius: {p(12)}px; }}
QLabel {{ background: transparent; }}
#CardTitle {{ color: {NAVY}; background: {CARD}; font-size: {p(18)}px; font-weight: bold; }}
#CardCount, #CardHint {{ color: {MUTED}; background: {CARD}; font-size: {p(15)}px; }}
#PageTitle {{ color: {NAVY}; background: {CARD}; font-size: {p(28)}px; font-weight: bold; }}
#FieldCaption {{ color: {NAVY}; background: {CARD}; font-size: {p(16)}px; font-weight: bold; }}
#FormError {{ color: {RED}; background: {RED_SOFT}; border-radius: {p(6)}px;
    padding: {p(6)}px {p(10)}px; font-size: {p(16)}px; font-weight: bold; }}
QLineEdit#DeskInput {{
    min-height: {p(46)}px; padding: 0 {p(12)}px; font-size: {p(20)}px;
    color: {INK}; background: {CARD}; border: 2px solid {EDGE}; border-radius: {p(8)}px;
}}
QLineEdit#DeskInput:focus {{ border-color: {NAVY}; }}
QListWidget#PickList {{
    color: {INK}; background: {CARD}; border: 2px solid {EDGE}; border-radius: {p(8)}px;
    font-size: {p(17)}px; outline: none;
}}
QListWidget#PickList::item {{ min-height: {p(42)}px; padding: 0 {p(10)}px; }}
QListWidget#PickList::item:selected {{ color: {CARD}; background: {NAVY}; }}
QCheckBox#CheckItem {{ background: {CARD}; min-height: {p(30)}px; }}
QCheckBox#CheckItem::indicator {{ width: {p(24)}px; height: {p(24)}px; }}
#CheckText {{ color: {INK}; background: {CARD}; font-size: {p(17)}px; padding-top: {p(3)}px; }}
QPushButton#BigButton, QPushButton#PlainButton, QPushButton#SmallButton {{
    min-height: {p(56)}px; padding: 0 {p(20)}px; border-radius: {p(10)}px;
    font-size: {p(18)}px; font-weight: bold;
}}
QPushButton#BigButton {{ color: {CARD}; background: {NAVY}; border: none; }}
QPushButton#BigButton:pressed {{ background: {NAVY_DARK}; }}
QPushButton#BigButton:disabled {{ color: {GREY_TEXT}; background: {GREY}; }}
QPushButton#PlainButton {{ color: {NAVY}; background: {CARD}; border: 2px solid {NAVY}; }}
QPushButton#PlainButton:pressed {{ background: {SOFT}; }}
QPushButton#SmallButton {{
    min-height: {p(44)}px; padding: 0 {p(12)}px; font-size: {p(15)}px;
    color: {NAVY}; background: {CARD}; border: 2px solid {NAVY};
}}
QPushButton#SmallButton:checked {{ color: {CARD}; background: {NAVY}; }}
QPushButton#SmallButton:disabled {{ color: {GREY_TEXT}; background: {GREY}; border-color: {GREY}; }}
QPushButton#BigButton QLabel {{ color: {CARD}; background: {NAVY}; }}
QPushButton#BigButton QLabel#KeyChip {{ color: {INK}; background: {AMBER}; }}
QPushButton#BigButton QLabel:disabled {{ color: {GREY_TEXT}; background: {GREY}; }}
QScrollArea#SheetScroll, #SheetBody, QScrollArea#KeptScroll, #KeptList {{
    background: {CARD}; border: none; }}
QScrollBar:vertical {{ width: {p(12)}px; background: {SOFT}; border: none; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; border: none; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: {SOFT}; }}
QScrollBar::handle:vertical {{ background: {EDGE}; border-radius: {p(6)}px;
    min-height: {p(40)}px; }}
"""


def _header(m: DeskMetrics) -> str:
    p = m.px
    return f"""
#DeskHeader {{ background: {NAVY}; }}
#HeaderHall {{ color: {LIGHT}; background: {NAVY}; font-size: {p(14)}px; }}
#HeaderCounter {{ color: {CARD}; background: {NAVY}; font-size: {p(24)}px; font-weight: bold; }}
#HeaderOfficer {{ color: {CARD}; background: {NAVY}; font-size: {p(17)}px; }}
#HeaderClock {{ color: {CARD}; background: {NAVY}; font-size: {p(22)}px; font-weight: bold; }}
#HeaderDate {{ color: {LIGHT}; background: {NAVY}; font-size: {p(13)}px; }}
#SyncPill {{ color: {INK}; background: {GREEN_SOFT}; border-radius: {p(14)}px;
    padding: {p(4)}px {p(12)}px; font-size: {p(14)}px; font-weight: bold; }}
#SyncPill[state="offline"] {{ color: {INK}; background: {AMBER}; }}
#SyncPill[state="none"] {{ color: {INK}; background: {LIGHT}; }}
QPushButton#HeaderButton, QPushButton#LanguageToggle {{
    min-height: {p(44)}px; min-width: {p(96)}px; padding: 0 {p(14)}px;
    border-radius: {p(8)}px; font-size: {p(16)}px; font-weight: bold; border: none;
}}
QPushButton#HeaderButton {{ color: {NAVY}; background: {CARD}; }}
QPushButton#HeaderButton:disabled {{ color: {GREY_TEXT}; background: {GREY}; }}
QPushButton#LanguageToggle {{ color: {INK}; background: {AMBER}; }}
"""


def _current(m: DeskMetrics) -> str:
    p = m.px
    return f"""
#CurrentPanel {{ background: {CARD}; border: 3px solid {NAVY}; border-radius: {p(14)}px; }}
#CurrentPanel[status="none"] {{ border: 2px dashed {EDGE}; }}
#StatusChip {{ color: {CARD}; background: {NAVY}; border-radius: {p(6)}px;
    padding: {p(3)}px {p(10)}px; font-size: {p(14)}px; font-weight: bold; }}
#StatusChip[status="serving"] {{ color: {CARD}; background: {GREEN}; }}
#PriorityChip {{ color: {INK}; background: {AMBER}; border-radius: {p(6)}px;
    padding: {p(3)}px {p(10)}px; font-size: {p(14)}px; font-weight: bold; }}
#CurrentNumber {{ color: {NAVY}; background: {CARD}; font-size: {p(108)}px; font-weight: bold; }}
#CurrentService {{ color: {INK}; background: {CARD}; font-size: {p(20)}px; font-weight: bold; }}
#CurrentFacts {{ color: {MUTED}; background: {CARD}; font-size: {p(16)}px; }}
#CurrentNote {{ color: {INK}; background: {SOFT}; border-radius: {p(6)}px;
    padding: {p(6)}px {p(10)}px; font-size: {p(15)}px; }}
#FormChip {{ color: {NAVY}; background: {SOFT}; border-radius: {p(6)}px;
    padding: {p(3)}px {p(10)}px; font-size: {p(14)}px; font-weight: bold; }}
#ErrorChip {{ color: {CARD}; background: {RED}; border-radius: {p(6)}px;
    padding: {p(3)}px {p(10)}px; font-size: {p(14)}px; font-weight: bold; }}
#NoShowOffer {{ color: {RED}; background: {RED_SOFT}; border-radius: {p(6)}px;
    padding: {p(6)}px {p(10)}px; font-size: {p(16)}px; font-weight: bold; }}
#EmptyTitle {{ color: {MUTED}; background: {CARD}; font-size: {p(26)}px; font-weight: bold; }}
#EmptyHint {{ color: {MUTED}; background: {CARD}; font-size: {p(16)}px; }}
#Notice {{ color: {INK}; background: {SOFT}; border-radius: {p(8)}px;
    padding: {p(8)}px {p(14)}px; font-size: {p(16)}px; font-weight: bold; }}
#Notice[kind="ok"] {{ color: {GREEN}; background: {GREEN_SOFT}; }}
#Notice[kind="warn"] {{ color: {INK}; background: {AMBER_SOFT}; }}
#Notice[kind="error"] {{ color: {RED}; background: {RED_SOFT}; }}
"""


def _actions(m: DeskMetrics) -> str:
    p = m.px
    return f"""
QPushButton#ActionButton {{ min-height: {p(58)}px; background: {CARD};
    border: 2px solid {EDGE}; border-radius: {p(10)}px; }}
QPushButton#ActionButton:pressed {{ background: {SOFT}; border-color: {NAVY}; }}
QPushButton#ActionButton:disabled {{ background: {PAGE}; border-color: {GREY}; }}
QPushButton#ActionButton[emphasis="primary"] {{ background: {NAVY}; border-color: {NAVY}; }}
QPushButton#ActionButton[emphasis="alert"] {{ background: {RED}; border-color: {RED}; }}
#ActionTitle {{ color: {NAVY}; background: {CARD}; font-size: {p(16)}px; font-weight: bold; }}
#ActionDetail {{ color: {MUTED}; background: {CARD}; font-size: {p(13)}px; }}
#ActionTitle:disabled, #ActionDetail:disabled {{ color: {GREY_TEXT}; background: {PAGE}; }}
#KeyChip {{ color: {CARD}; background: {NAVY}; border-radius: {p(5)}px;
    min-width: {p(34)}px; padding: {p(3)}px {p(4)}px; font-size: {p(13)}px; font-weight: bold; }}
#KeyChip:disabled {{ color: {GREY_TEXT}; background: {GREY}; }}
QPushButton#ActionButton[emphasis="primary"] QLabel {{ color: {CARD}; background: {NAVY}; }}
QPushButton#ActionButton[emphasis="alert"] QLabel {{ color: {CARD}; background: {RED}; }}
QPushButton#ActionButton[emphasis="primary"] QLabel#KeyChip {{ color: {INK}; background: {AMBER}; }}
QPushButton#ActionButton[emphasis="alert"] QLabel#KeyChip {{ color: {RED}; background: {CARD}; }}
"""


def _lists(m: DeskMetrics) -> str:
    p = m.px
    return f"""
QTableView#QueueTable {{ color: {INK}; background: {CARD}; border: none;
    font-size: {p(16)}px; selection-color: {INK}; selection-background-color: {SOFT};
    outline: none; }}
QHeaderView::section {{ color: {MUTED}; background: {CARD}; border: none;
    border-bottom: 2px solid {EDGE}; padding: {p(4)}px {p(8)}px; font-size: {p(13)}px;
    font-weight: bold; }}
#KeptRow {{ background: {PAGE}; border-radius: {p(8)}px; }}
#KeptNumber {{ color: {NAVY}; background: {PAGE}; font-size: {p(20)}px; font-weight: bold; }}
#KeptState {{ color: {MUTED}; background: {PAGE}; font-size: {p(14)}px; }}
#FigureValue {{ color: {NAVY}; background: {CARD}; font-size: {p(24)}px; font-weight: bold; }}
#FigureCaption {{ color: {MUTED}; background: {CARD}; font-size: {p(13)}px; }}
"""


def _sheets(m: DeskMetrics) -> str:
    p = m.px
    return f"""
#SheetCard {{ background: {CARD}; border-radius: {p(16)}px; }}
#SheetTitle {{ color: {NAVY}; background: {CARD}; font-size: {p(24)}px; font-weight: bold; }}
#SheetHint {{ color: {MUTED}; background: {CARD}; font-size: {p(16)}px; }}
#SheetNumber {{ color: {NAVY}; background: {CARD}; font-size: {p(64)}px; font-weight: bold; }}
#SheetResult {{ color: {INK}; background: {SOFT}; border-radius: {p(8)}px;
    padding: {p(8)}px {p(12)}px; font-size: {p(16)}px; font-weight: bold; }}
#SheetResult[kind="ok"] {{ color: {GREEN}; background: {GREEN_SOFT}; }}
#SheetResult[kind="error"] {{ color: {RED}; background: {RED_SOFT}; }}
#RefusedMark {{ color: {CARD}; background: {RED}; border-radius: {p(32)}px;
    font-size: {p(40)}px; font-weight: bold; }}
#AnswerLabel {{ color: {MUTED}; background: {CARD}; font-size: {p(15)}px; }}
#AnswerValue {{ color: {INK}; background: {CARD}; font-size: {p(17)}px; font-weight: bold; }}
QPushButton#ChoiceTile {{ min-height: {p(76)}px; background: {CARD};
    border: 2px solid {EDGE}; border-radius: {p(12)}px; }}
QPushButton#ChoiceTile:pressed {{ background: {SOFT}; border-color: {NAVY}; }}
QPushButton#ChoiceTile QLabel#ActionTitle {{ font-size: {p(19)}px; }}
QPushButton#ChoiceTile QLabel#ActionDetail {{ font-size: {p(14)}px; }}
"""
