"""The wizard opens by itself on a first start and on a broken config; cancel changes nothing."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from kiosk.config import load_config
from kiosk.paths import Paths
from tests.ui.setup.conftest import next_page, touch
from tests.ui.test_app_roles import WatchFor
from ui.app import NOT_SET_UP, RESTART_WITH_SETUP, run, setup_only
from ui.kiosk.window import KioskWindow
from ui.setup.wizard import SetupWizard

OLD_CONFIG = (
    '[station]\nname = "Kiosk Lama"\nrole = "kiosk"\ndemo = true\n[printer]\naddress = "dummy:"\n'
)


def cancel(seen: list[SetupWizard]) -> Callable[[SetupWizard], bool]:
    """A technician who looks at the wizard and cancels."""

    def loop(wizard: SetupWizard) -> bool:
        seen.append(wizard)
        wizard.show()
        touch_cancel(wizard)
        return wizard.result() == QWizard.DialogCode.Accepted

    return loop


def touch_cancel(wizard: SetupWizard) -> None:
    wizard.button(QWizard.WizardButton.CancelButton).click()


def fill_offline(qtbot: QtBot, seen: list[SetupWizard]) -> Callable[[SetupWizard], bool]:
    """A technician who sets up a kiosk that works alone, with a dummy printer."""

    def loop(wizard: SetupWizard) -> bool:
        seen.append(wizard)
        wizard.resize(1366, 768)
        wizard.show()
        next_page(qtbot, wizard)
        wizard.station_page.name.setText("Kiosk Baru")
        next_page(qtbot, wizard)
        touch(qtbot, wizard.hall_page.mode.buttons["demo"])  # open at any hour for the test
        next_page(qtbot, wizard)
        touch(qtbot, wizard.server_page.mode.buttons["offline"])
        next_page(qtbot, wizard)
        wizard.printer_page.address.setText("dummy:")
        next_page(qtbot, wizard)
        next_page(qtbot, wizard)
        wizard.pin_page.new.setText("5820")
        wizard.pin_page.again.setText("5820")
        next_page(qtbot, wizard)
        next_page(qtbot, wizard)  # save
        qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=15_000)
        return wizard.result() == QWizard.DialogCode.Accepted

    return loop


def test_a_first_start_opens_setup_then_the_station_it_set_up(
    qapp: QApplication, qtbot: QtBot, home: Paths
) -> None:
    seen: list[SetupWizard] = []
    watch = WatchFor(KioskWindow)
    assert run(event_loop=watch, setup_loop=fill_offline(qtbot, seen)) == 0
    assert len(seen) == 1 and not seen[0].state.rerun
    assert watch.window is not None, "the kiosk started on the new config"
    assert load_config(home).name == "Kiosk Baru"


def test_cancelling_the_first_setup_writes_nothing(qapp: QApplication, home: Paths) -> None:
    seen: list[SetupWizard] = []
    assert run(setup_loop=cancel(seen)) == NOT_SET_UP
    assert seen and not home.config_file.exists()


def until_config_refused(app: QApplication) -> int:
    """An event loop that runs until the station has found its config unusable."""
    from ui.boot import Boot

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        app.processEvents()
        if any(boot.broken_config is not None for boot in app.findChildren(Boot)):
            break
    return 0


def test_a_broken_config_is_moved_aside_and_setup_says_why(qapp: QApplication, home: Paths) -> None:
    home.config_dir.mkdir(parents=True)
    home.config_file.write_text("[station]\nrole = 'kasir'\n", encoding="utf-8")
    seen: list[SetupWizard] = []
    assert run(event_loop=until_config_refused, setup_loop=cancel(seen)) == NOT_SET_UP
    assert not home.config_file.exists()
    kept = list(home.config_dir.glob("station.toml.broken-*"))
    assert len(kept) == 1 and "kasir" in kept[0].read_text(encoding="utf-8"), "nothing is lost"
    why = seen[0].language_page.why.text()
    assert kept[0].name in why and "station.role" in why


def test_re_running_setup_shows_the_current_values_and_cancel_keeps_the_file(
    qapp: QApplication, home: Paths
) -> None:
    home.config_dir.mkdir(parents=True)
    home.config_file.write_text(OLD_CONFIG, encoding="utf-8")
    seen: list[SetupWizard] = []
    assert setup_only(full_screen=False, setup_loop=cancel(seen)) == 1
    wizard = seen[0]
    assert wizard.state.rerun
    assert wizard.station_page.name.text() == "Kiosk Lama"
    assert wizard.printer_page.address.text() == "dummy:"
    assert home.config_file.read_text(encoding="utf-8") == OLD_CONFIG


def test_a_config_file_named_on_the_command_line_is_reported_not_moved(
    qapp: QApplication, home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    named = home.config_dir / "other.toml"
    named.parent.mkdir(parents=True)
    named.write_text("[station]\nrole = 'kasir'\n", encoding="utf-8")

    def until_refused(app: QApplication) -> int:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and "station.role" not in capsys.readouterr().err:
            app.processEvents()
        return 0

    assert run(config_file=named, event_loop=until_refused) == 2
    assert named.exists()


def test_the_admin_menu_restarts_the_program_with_setup_first_and_it_keeps_the_new_values(
    qapp: QApplication, qtbot: QtBot, home: Paths
) -> None:
    home.config_dir.mkdir(parents=True)
    home.config_file.write_text(OLD_CONFIG, encoding="utf-8")
    windows: list[KioskWindow] = []

    def station_loop(app: QApplication) -> int:
        watch = WatchFor(KioskWindow)
        watch(app)
        assert isinstance(watch.window, KioskWindow)
        windows.append(watch.window)
        if len(windows) == 1:
            assert watch.window.control is not None
            watch.window.control.request_setup()  # "Run setup again" in the admin menu
        return 0

    def rename(wizard: SetupWizard) -> bool:
        assert wizard.state.rerun and wizard.station_page.name.text() == "Kiosk Lama"
        wizard.station_page.name.setText("Kiosk Baru")
        wizard.hall_page.mode.set_value("demo")
        wizard.pin_page.new.setText("5820")
        wizard.pin_page.again.setText("5820")
        wizard.show()
        for _ in range(7):
            next_page(qtbot, wizard)
        next_page(qtbot, wizard)
        qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=15_000)
        return wizard.result() == QWizard.DialogCode.Accepted

    assert run(event_loop=station_loop, setup_loop=rename) == RESTART_WITH_SETUP
    # The command line starts the program again as `run --setup` (restart_argv):
    assert run(event_loop=station_loop, setup_loop=rename, setup=True) == 0
    assert len(windows) == 2
    assert load_config(home).name == "Kiosk Baru"


def test_a_restart_starts_the_same_command_again_with_or_without_setup() -> None:
    from mpp.cli import restart_argv

    started = ["/opt/mpp-kiosk/current/mpp-kiosk", "run", "--setup", "--role", "kiosk"]
    assert restart_argv(started, setup=False) == started[:2] + started[3:]
    assert restart_argv(started[:2], setup=True) == [*started[:2], "--setup"]
