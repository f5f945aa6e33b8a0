"""The scrolling body every kiosk page has: a padded column that scrolls by touch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from ui.widgets.kinetic import enable_kinetic_scroll


def scroll_body(parent: QWidget) -> tuple[QScrollArea, QWidget, QVBoxLayout]:
    """A scroll area, the widget inside it and that widget's column layout.

    The caller adds the scroll area to its layout, fills the column, and finally
    calls `scroll.setWidget(content)`.
    """
    scroll = QScrollArea(parent)
    scroll.setObjectName("Body")
    scroll.setWidgetResizable(True)
    # Pages wrap to the screen's width; a kiosk never scrolls sideways.
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # A viewport of our own rather than `scroll.viewport()`: the first time PySide meets
    # a widget Qt made by itself it works out its Python class by trying every widget
    # class, and builds all their enums (about 80) on the way: 15 ms before the first
    # Home could be painted.
    viewport = QWidget(scroll)
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    scroll.setViewport(viewport)
    enable_kinetic_scroll(viewport)
    content = QWidget(scroll)
    content.setObjectName("BodyContent")
    column = QVBoxLayout(content)
    column.setContentsMargins(40, 32, 40, 32)
    column.setSpacing(16)
    return scroll, content, column
