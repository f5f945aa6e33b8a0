"""Kinetic (touch) scrolling that never swallows a tap on a button inside the list."""

from __future__ import annotations

from PySide6.QtWidgets import QScroller, QScrollerProperties, QWidget


def enable_kinetic_scroll(viewport: QWidget) -> None:
    """Drag to scroll with momentum; a tap reaches the button under the finger at once.

    QScroller holds a press back for a moment by default, to see whether it becomes
    a drag; a quick tap then reaches the button late or not at all.
    """
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    scroller.setScrollerProperties(properties)
