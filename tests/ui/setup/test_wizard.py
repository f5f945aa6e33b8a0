"""The setup wizard, walked by touch: a new kiosk enrolled with a real server, printer tested."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from kiosk.clock import FakeClock
from kiosk.config import load_config
from kiosk.domain.admin_pin import verify_pin
from kiosk.paths import Paths
from sync.server.commands import database
from sync.server.enrolment import add_station
from tests.sync.server_process import ServerHandle, running_server
from tests.ui.setup.conftest import next_page, touch
from ui.setup.wizard import SetupWizard


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerHandle]:
    with running_server(f"sqlite:///{tmp_path / 'server.sqlite'}") as handle:
        yield handle


def new_code(server: ServerHandle, clock: FakeClock, name: str, role: str = "kiosk") -> str:
    with database(server.db_url) as db, db.session() as session:
        return add_station(session, name, role, clock.now()).code  # type: ignore[arg-type]


def type_into(qtbot: QtBot, field: object, text: str) -> None:
    """Type as the on-screen keyboard would: focus the field, then the characters."""
    from PySide6.QtWidgets import QLineEdit

    assert isinstance(field, QLineEdit)
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, text)


def test_a_new_kiosk_is_set_up_enrolled_and_its_config_written_at_the_end(
    wizard: SetupWizard, qtbot: QtBot, home: Paths, clock: FakeClock, server: ServerHandle
) -> None:
    code = new_code(server, clock, "Kiosk Pintu Utama")
    assert wizard.currentPage() is wizard.language_page
    next_page(qtbot, wizard)
    touch(qtbot, wizard.station_page.role.buttons["counter"])  # the server will correct it
    type_into(qtbot, wizard.station_page.name, "Mesin 1")
    assert wizard.station_page.keyboard is not None and wizard.station_page.keyboard.is_shown()
    next_page(qtbot, wizard)
    assert "Mimika: 18" in wizard.hall_page.result.text()  # the built-in catalogue
    next_page(qtbot, wizard)

    page = wizard.server_page
    touch(qtbot, page.mode.buttons["server"])
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled(), "no going on before the test"
    type_into(qtbot, page.url, server.url + "/")
    type_into(qtbot, page.code, code.lower())
    touch(qtbot, page.test_button)
    qtbot.waitUntil(lambda: page.result.property("state") == "ok", timeout=15_000)
    assert "Kiosk Pintu Utama" in page.result.text()
    assert next_button.isEnabled()
    assert not home.config_file.exists(), "nothing is written before the end"
    next_page(qtbot, wizard)

    printer = wizard.printer_page
    type_into(qtbot, printer.address, "dummy:")
    touch(qtbot, printer.paper.buttons["58"])
    touch(qtbot, printer.test_button)
    qtbot.waitUntil(lambda: printer.result.property("state") == "ok", timeout=10_000)
    next_page(qtbot, wizard)
    assert wizard.screen_page.idle.isVisible(), "a kiosk's idle time is asked"
    assert not wizard.screen_page.announce.isVisible(), "announcements are a board's"
    touch(qtbot, wizard.screen_page.idle.buttons["90"])
    touch(qtbot, wizard.screen_page.orientation.buttons["portrait-left"])
    next_page(qtbot, wizard)
    type_into(qtbot, wizard.pin_page.new, "5820")
    type_into(qtbot, wizard.pin_page.again, "5820")
    next_page(qtbot, wizard)
    assert "Kiosk Pintu Utama" in wizard.summary_page.rows.text()
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=15_000)

    assert wizard.result() == QWizard.DialogCode.Accepted
    config = load_config(home)
    assert (config.name, config.role) == ("Kiosk Pintu Utama", "kiosk")
    assert config.server_url == server.url
    assert (config.printer, config.paper_mm) == ("dummy:", 58)
    assert (config.kiosk.idle_seconds, config.orientation) == (90, "portrait-left")
    assert config.admin_pin_hash is not None and verify_pin("5820", config.admin_pin_hash)
    assert "5820" not in home.config_file.read_text(encoding="utf-8")
    assert home.station_token.exists(), "enrolled: the token is saved"
    raw = tomllib.loads(home.config_file.read_text(encoding="utf-8"))
    assert "code" not in str(raw.get("server")), "the one-time code is not kept"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://mpp-server.invalid:8470", "not found"),
        ("http://127.0.0.1:{closed}", "Cannot connect"),
        ("ftp://10.0.0.2", "Write the server address like"),
    ],
)
def test_each_server_failure_is_told_apart(
    wizard: SetupWizard, qtbot: QtBot, url: str, expected: str
) -> None:
    from tests.sync.server_process import free_port

    wizard.set_language("en")
    page = go_to_server_page(wizard, qtbot)
    type_into(qtbot, page.url, url.format(closed=free_port()))
    type_into(qtbot, page.code, "K7QF-2M9X")
    touch(qtbot, page.test_button)
    qtbot.waitUntil(lambda: page.result.property("state") == "problem", timeout=15_000)
    assert expected in page.result.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_wrong_or_used_code_is_said_and_a_good_one_stays_unused_by_the_test(
    wizard: SetupWizard, qtbot: QtBot, clock: FakeClock, server: ServerHandle
) -> None:
    wizard.set_language("en")
    page = go_to_server_page(wizard, qtbot)
    type_into(qtbot, page.url, server.url)
    type_into(qtbot, page.code, "AAAA-BBBB")
    touch(qtbot, page.test_button)
    qtbot.waitUntil(lambda: page.result.property("state") == "problem", timeout=15_000)
    assert "code is wrong, expired or used" in page.result.text()
    good = new_code(server, clock, "Papan Lobi", "display")
    type_into(qtbot, page.code, good)
    for _ in range(2):  # testing twice: the check does not use the code up
        touch(qtbot, page.test_button)
        qtbot.waitUntil(lambda: page.result.property("state") == "ok", timeout=15_000)
        assert "Papan Lobi" in page.result.text() and "hall board" in page.result.text()
        type_into(qtbot, page.code, good)
    assert wizard.answers.role == "display", "the role comes from the server's record"


def test_the_tls_and_too_old_failures_have_their_own_words(
    wizard: SetupWizard, qtbot: QtBot, tmp_path: Path
) -> None:
    from tests.sync.tls_server import untrusted_https
    from tests.ui.setup.old_server import old_server

    wizard.set_language("en")
    page = go_to_server_page(wizard, qtbot)
    for context, expected in (
        (untrusted_https(tmp_path), "TLS certificate"),
        (old_server(), "too old"),
    ):
        with context as url:
            type_into(qtbot, page.url, url)
            type_into(qtbot, page.code, "K7QF-2M9X")
            touch(qtbot, page.test_button)
            qtbot.waitUntil(lambda: page.result.property("state") == "problem", timeout=15_000)
            assert expected in page.result.text()


def test_working_offline_needs_no_server_and_writes_none(
    wizard: SetupWizard, qtbot: QtBot, home: Paths
) -> None:
    page = go_to_server_page(wizard, qtbot)
    touch(qtbot, page.mode.buttons["offline"])
    assert not page.url.isVisible()
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.printer_page
    assert wizard.answers.server_url is None


def test_a_weak_or_mistyped_pin_is_refused_on_its_page(wizard: SetupWizard, qtbot: QtBot) -> None:
    wizard.set_language("en")
    for _page in wizard.pages()[:-2]:
        if wizard.currentPage() is wizard.station_page:
            type_into(qtbot, wizard.station_page.name, "Kiosk 1")
        if wizard.currentPage() is wizard.server_page:
            touch(qtbot, wizard.server_page.mode.buttons["offline"])
        next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.pin_page
    for new, again, said in (
        ("1111", "1111", "too easy"),
        ("5820", "5821", "differ"),
        ("58", "58", "4 to 8"),
    ):
        type_into(qtbot, wizard.pin_page.new, new)
        type_into(qtbot, wizard.pin_page.again, again)
        next_page(qtbot, wizard)
        assert wizard.currentPage() is wizard.pin_page
        assert said in wizard.pin_page.problem.text()


def go_to_server_page(wizard: SetupWizard, qtbot: QtBot) -> object:
    """Language, role and name, hall: on to the server page."""
    next_page(qtbot, wizard)
    type_into(qtbot, wizard.station_page.name, "Kiosk 1")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.server_page
    touch(qtbot, wizard.server_page.mode.buttons["server"])
    return wizard.server_page


def test_a_catalogue_file_is_checked_before_it_is_kept(
    wizard: SetupWizard, qtbot: QtBot, tmp_path: Path
) -> None:
    from kiosk.catalog.loader import SEED_CATALOGUE

    wizard.set_language("en")
    next_page(qtbot, wizard)
    type_into(qtbot, wizard.station_page.name, "Kiosk 1")
    next_page(qtbot, wizard)
    page = wizard.hall_page
    broken = tmp_path / "broken.toml"
    broken.write_text("[hall]\nname = 3\n", encoding="utf-8")
    touch(qtbot, page.source.buttons["file"])
    type_into(qtbot, page.path, str(broken))
    touch(qtbot, page.check_button)
    assert page.result.property("state") == "problem" and "broken.toml" in page.result.text()
    next_page(qtbot, wizard)
    assert wizard.currentPage() is page, "a catalogue that cannot be used stops the step"
    good = tmp_path / "mimika.toml"
    good.write_bytes(SEED_CATALOGUE.read_bytes())
    type_into(qtbot, page.path, str(good))
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.server_page
    assert wizard.answers.catalogue_file == good
