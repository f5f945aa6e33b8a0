"""The wizard's printer step against a port-9100 printer: the test page arrives, faults are said."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from tests.printers.fake_printer import FakePrinter, Mode
from tests.ui.setup.conftest import next_page, touch
from ui.setup.printer_page import PrinterPage
from ui.setup.wizard import SetupWizard


def printer_page(wizard: SetupWizard, qtbot: QtBot) -> PrinterPage:
    next_page(qtbot, wizard)
    wizard.station_page.name.setText("Kiosk 1")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    touch(qtbot, wizard.server_page.mode.buttons["offline"])
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.printer_page
    return wizard.printer_page


def test_a_network_printer_gets_the_test_page_at_its_paper_width(
    wizard: SetupWizard, qtbot: QtBot
) -> None:
    page = printer_page(wizard, qtbot)
    with FakePrinter() as printer:
        touch(qtbot, page.other.buttons["tcp"])
        assert page.address.text() == "tcp://" and page.address.hasFocus()
        host_and_port = printer.address.removeprefix("tcp://")
        qtbot.keyClicks(page.address, host_and_port)
        touch(qtbot, page.paper.buttons["58"])
        touch(qtbot, page.test_button)
        qtbot.waitUntil(lambda: page.result.property("state") == "ok", timeout=10_000)
        job = b"".join(printer.wait_for_connections(2))  # the status query, then the page
    assert b"\x1dV" in job, "the test page ends with a cut"
    assert wizard.answers.paper_mm == 58
    next_page(qtbot, wizard)
    assert wizard.answers.printer == printer.address


def test_paper_out_and_a_bad_address_are_said_and_keep_the_page(
    wizard: SetupWizard, qtbot: QtBot
) -> None:
    wizard.set_language("en")
    page = printer_page(wizard, qtbot)
    with FakePrinter(Mode.PAPER_OUT) as printer:
        page.address.setText(printer.address)
        touch(qtbot, page.status_button)
        qtbot.waitUntil(lambda: page.result.property("state") == "problem", timeout=10_000)
        assert "paper" in page.result.text().lower()
    page.address.setText("lpt1")
    touch(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is page, "an address that cannot be used stops the step"
    assert page.result.property("state") == "problem" and page.result.text()
