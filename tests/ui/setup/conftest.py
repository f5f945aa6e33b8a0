"""A wizard on a fresh station home, and a way to touch its buttons."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWizard
from pytestqt.qtbot import QtBot

from kiosk.clock import FakeClock
from kiosk.paths import Paths
from ui.setup.wizard import SetupWizard
from ui.theme import apply_theme


@pytest.fixture
def wizard(
    qapp: QApplication, qtbot: QtBot, home: Paths, clock: FakeClock
) -> Iterator[SetupWizard]:
    """The wizard of a station that has never been set up, at 1366×768."""
    apply_theme(qapp)
    wiz = SetupWizard(home, clock)
    qtbot.addWidget(wiz)
    wiz.resize(1366, 768)
    wiz.show()
    qtbot.waitExposed(wiz)
    yield wiz
    wiz.close()


def touch(qtbot: QtBot, button: QAbstractButton) -> None:
    """A finger on a visible, enabled button."""
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_page(qtbot: QtBot, wizard: SetupWizard) -> None:
    """Touch "Next" (or "Save and finish" on the last page)."""
    which = QWizard.WizardButton.NextButton
    if wizard.currentPage() is wizard.summary_page:
        which = QWizard.WizardButton.FinishButton
    touch(qtbot, wizard.button(which))


@pytest.fixture(autouse=True)
def collect_garbage_between_tests(qapp: QApplication) -> Iterator[None]:
    """Whole station runs leave windows behind: collect them while no thread runs, not in
    the middle of the next test."""
    yield
    import gc

    qapp.processEvents()
    gc.collect()
    qapp.processEvents()
