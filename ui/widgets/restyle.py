"""Re-applying the stylesheet after a dynamic property (a state such as `flash`) changed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def set_style_state(widget: QWidget, name: str, value: object) -> None:
    """Set a property the stylesheet selects on and restyle the widget and its children."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    for each in (widget, *widget.findChildren(QWidget)):
        each.style().unpolish(each)
        each.style().polish(each)
    widget.update()
