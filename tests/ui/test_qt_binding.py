"""The Qt binding must not leak: a kiosk runs for days, its clock ticking every second."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_calls_returning_nothing_keep_the_reference_count_of_none(qapp: QApplication) -> None:
    # PySide6 6.12.0 lost one reference to None per such call; after a few hundred
    # thousand (a day of the header clock and the live figures) Python aborts with
    # "Fatal Python error: none_dealloc". The project pins a binding without it.
    label = QLabel()
    before = sys.getrefcount(None)
    for second in range(2000):
        label.setText(f"{second:04d}")
        label.setVisible(False)
    assert before - sys.getrefcount(None) < 50
