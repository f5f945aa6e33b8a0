"""The Qt binding must not leak: a kiosk runs for days, its clock ticking every second."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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


_IMPORT_AFTER_UI = """
import linecache, sys
sys.path.insert(0, sys.argv[1])
import ui
from PySide6.QtWidgets import QApplication, QLabel
import station_part
app = QApplication([])
label = QLabel("MPP")
print(station_part.__file__ in linecache.cache, label.text())
"""


def test_modules_loaded_after_qt_are_not_read_back_as_source(tmp_path: Path) -> None:
    # PySide's `__feature__` import hook reads the whole source of every module imported
    # after it (20 MB kept in linecache and 60 ms for an installed station's loader).
    # The program never uses `__feature__`, and `ui` turns the hook off.
    (tmp_path / "station_part.py").write_text("VALUE = 1\n" * 200, encoding="utf-8")
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_AFTER_UI, str(tmp_path)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=True,
    )
    assert result.stdout.split() == ["False", "MPP"]
