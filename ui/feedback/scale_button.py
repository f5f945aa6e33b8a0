"""One answer of the survey's 4-point scale as a big picture button: a face and its words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ui.feedback.faces import face_pixmap
from ui.widgets.cards import TouchCard

#: The face's size and the button's height: four across a 1366 px screen, or two by two
#: on a portrait screen, where there is room for bigger ones.
FACE_SIZE, HEIGHT = 120, 220
BIG_FACE_SIZE, BIG_HEIGHT = 168, 300


class ScaleButton(TouchCard):
    """Answer `level` (1–4); checked when it is the answer given."""

    def __init__(self, level: int, parent: QWidget) -> None:
        super().__init__(str(level), "ScaleButton", parent)
        self.level = level
        self.setCheckable(True)
        self._column.setContentsMargins(16, 20, 16, 20)
        self._column.setSpacing(12)
        self.face = QLabel(self)
        self.face.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.face.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._column.addWidget(self.face)
        self.words = self.add_label("ScaleWords")
        self.words.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._column.addStretch(1)
        self._big: bool | None = None
        self.set_big(False)

    def set_big(self, big: bool) -> None:
        """Bigger face and button (portrait), or the normal size."""
        if big != self._big:
            self._big = big
            self.face.setPixmap(face_pixmap(self.level, BIG_FACE_SIZE if big else FACE_SIZE))
            self.setMinimumHeight(BIG_HEIGHT if big else HEIGHT)

    def set_words(self, words: str) -> None:
        """What this answer means for the question asked."""
        self.words.setText(words)
        self.setAccessibleName(words)
