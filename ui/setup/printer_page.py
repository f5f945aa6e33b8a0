"""The ticket printer: found on USB, on the network or PDF; paper, code page, test page."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.domain.text import Lang, Text
from mpp.setup_actions import Outcome, print_test_page, printer_status
from printers import AddressError, parse_address
from printers.usb_scan import find_usb_printers
from ui.setup import setup_strings as s
from ui.setup.setup_page import SetupPage, SetupState
from ui.setup.task import start_task


class PrinterPage(SetupPage):
    """Choose or type the printer's address; test it before going on."""

    def __init__(self, state: SetupState) -> None:
        super().__init__(state, keyboard=True)
        self.usb_title = self.label("SectionTitle")
        self.usb = self.choices([])
        self.usb_none = self.label("FieldHelp")
        self.scan_button = self.button(self.scan)
        self.other = self.choices([("tcp", s.NETWORK_PRINTER), ("pdf", s.PDF_PRINTER)])
        self.address_label = self.label("FieldLabel")
        self.address = self.text_field()
        self.address_help = self.label("FieldHelp")
        self.paper_label = self.label("FieldLabel")
        self.paper = self.choices(
            [("80", Text("80 mm", "80 mm")), ("58", Text("58 mm", "58 mm"))], across=True
        )
        self.code_page_label = self.label("FieldLabel")
        self.code_page = self.choices(
            [("CP437", s.CODE_PAGE_CP437), ("PC858", s.CODE_PAGE_PC858)], across=True
        )
        self.test_button = self.button(self.print_test, "PrimaryButton")
        self.status_button = self.button(self.check_status)
        self.result = self.label("SectionText")
        self.finish_body()
        answers = state.answers
        self.address.setText(answers.printer)
        self.paper.set_value(str(answers.paper_mm))
        self.code_page.set_value(answers.code_page)
        self.usb.picked.connect(self._usb_picked)
        self.other.picked.connect(self._other_picked)
        self.paper.picked.connect(self._paper_picked)
        self.code_page.picked.connect(self._code_page_picked)
        self.address.textChanged.connect(self._typed)
        self._busy = False
        self._outcome: Outcome | None = None
        self._found: list[str] = []

    def initializePage(self) -> None:
        self.scan()
        super().initializePage()

    def scan(self) -> None:
        """List the USB printers plugged in now."""
        printers = find_usb_printers()
        self._found = [p.address for p in printers]
        self.usb.set_options(
            [(p.address, Text(p.label, p.label)) for p in printers], self.state.lang
        )
        self.usb.set_value(self.address.text().strip())
        self.usb_none.setVisible(not printers)

    def _usb_picked(self, address: str) -> None:
        self.other.set_value(None)
        self.address.setText(address)

    def _other_picked(self, kind: str) -> None:
        self.usb.set_value(None)
        if kind == "pdf":
            self.address.setText(f"pdf:{self.state.paths.prints}")
        else:
            self.address.setText("tcp://")
            self.address.setFocus()
            self.address.end(False)

    def _paper_picked(self, value: str) -> None:
        self.state.answers = self.state.answers.replace(paper_mm=int(value))

    def _code_page_picked(self, value: str) -> None:
        self.state.answers = self.state.answers.replace(code_page=value)

    def _typed(self, text: str) -> None:
        self._outcome = None
        self.result.clear()
        if text.strip() in self._found:
            self.usb.set_value(text.strip())

    def _address(self) -> str | None:
        """The typed address if it can be parsed (port 9100 added to a bare tcp host)."""
        text = self.address.text().strip()
        if text.startswith("tcp://") and text.count(":") == 1 and len(text) > len("tcp://"):
            text += ":9100"
        try:
            parse_address(text)
        except AddressError as error:
            self._outcome = Outcome(False, Text(error.message_id, error.message_en))
            self._show_outcome()
            return None
        return text

    def print_test(self) -> None:
        """Print the test page on the chosen printer (in the background)."""
        lang, now = self.state.lang, self.state.clock.now()
        self._run(s.PRINTING, lambda a, p, c: print_test_page(a, p, c, lang, now))

    def check_status(self) -> None:
        """Ask the chosen printer how it is (in the background)."""
        self._run(s.CHECKING, printer_status)

    def _run(self, doing: Text, work: Callable[[str, int, str], Outcome]) -> None:
        address = self._address()
        if address is None or self._busy:
            return
        answers = self.state.answers
        paper, page = answers.paper_mm, answers.code_page
        self._busy = True
        self.test_button.setEnabled(False)
        self.status_button.setEnabled(False)
        self.show_busy(self.result, doing)
        start_task(lambda: work(address, paper, page), self._done)

    def _done(self, outcome: object) -> None:
        assert isinstance(outcome, Outcome)
        self._busy = False
        self.test_button.setEnabled(True)
        self.status_button.setEnabled(True)
        self._outcome = outcome
        self._show_outcome()

    def _show_outcome(self) -> None:
        outcome = self._outcome
        self.show_result(
            self.result, outcome.message if outcome else None, bool(outcome and outcome.ok)
        )

    def validatePage(self) -> bool:
        address = self._address()
        if address is None or self._busy:
            return False
        self.state.answers = self.state.answers.replace(printer=address)
        return True

    def retranslate(self, lang: Lang) -> None:
        self.heading.setText(s.PRINTER_TITLE.get(lang))
        self.hint.setText(s.PRINTER_HINT.get(lang))
        self.usb_title.setText(s.USB_FOUND.get(lang))
        self.usb_none.setText(s.USB_NONE.get(lang))
        self.scan_button.setText(s.SCAN_AGAIN.get(lang))
        self.usb.set_language(lang)
        self.other.set_language(lang)
        self.address_label.setText(s.ADDRESS_LABEL.get(lang))
        self.address_help.setText(s.ADDRESS_HELP.get(lang))
        self.paper_label.setText(s.PAPER.get(lang))
        self.paper.set_language(lang)
        self.code_page_label.setText(s.CODE_PAGE.get(lang))
        self.code_page.set_language(lang)
        self.test_button.setText(s.PRINT_TEST.get(lang))
        self.status_button.setText(s.CHECK_STATUS.get(lang))
        if not self._busy:
            self._show_outcome()
