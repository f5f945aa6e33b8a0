"""Every page of the wizard in Indonesian and in English: all visible words change."""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot

from tests.ui.counter.test_language import visible_texts
from tests.ui.setup.conftest import next_page, touch
from ui.setup.wizard import SetupWizard

#: Data rather than words: names, sizes, code pages, addresses typed by the technician.
NEUTRAL = re.compile(r"^(Bahasa Indonesia|English|80 mm|58 mm|Kiosk 1|pdf:.*|Printer|Server|)$")


def test_every_page_switches_language_completely(wizard: SetupWizard, qtbot: QtBot) -> None:
    for number, page in enumerate(wizard.pages()):
        assert wizard.currentPage() is page
        if page is wizard.station_page:
            page.name.setText("Kiosk 1")
        if page is wizard.server_page:
            touch(qtbot, page.mode.buttons["server"])
        before = visible_texts(wizard)
        wizard.set_language("en")
        after = visible_texts(wizard)
        assert before.keys() == after.keys()
        same = [t for k, t in before.items() if after[k] == t and not NEUTRAL.match(t)]
        assert same == [], f"page {number + 1} not translated: {same}"
        wizard.set_language("id")
        if page is wizard.server_page:
            touch(qtbot, page.mode.buttons["offline"])
        if page is wizard.pin_page:
            page.new.setText("5820")
            page.again.setText("5820")
        if page is not wizard.summary_page:
            next_page(qtbot, wizard)
