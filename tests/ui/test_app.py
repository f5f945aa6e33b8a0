"""`mpp-kiosk run`: the demo opens the kiosk window; roles not built yet are refused plainly."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.catalog.loader import SEED_CATALOGUE, load_file
from kiosk.paths import Paths
from mpp.cli import main
from ui.app import run
from ui.kiosk.window import KioskWindow


def test_demo_run_opens_the_kiosk_on_the_seed_catalogue(qapp: QApplication, home: Paths) -> None:
    seen: list[KioskWindow] = []

    def look(app: QApplication) -> int:
        # Instead of running the event loop until a person closes the window.
        app.processEvents()
        shown = [w for w in app.topLevelWidgets() if w.isVisible()]
        seen.extend(w for w in shown if isinstance(w, KioskWindow))
        for window in seen:
            window.close()
        return 0

    assert run(role="kiosk", demo=True, event_loop=look) == 0
    [window] = seen
    assert not window.kiosk_mode, "the demo is a normal window"
    seed, _ = load_file(SEED_CATALOGUE)
    assert len(window.home.cards) == len(seed.agencies)
    assert window.home.demo_banner.text() == "MODE DEMO — semua layanan dibuka"
    assert home.database.exists()
    window.deleteLater()


@pytest.mark.parametrize("role", ["counter", "display"])
def test_roles_without_screens_yet_are_refused_with_a_message(
    home: Paths, role: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", "--role", role]) == 2
    assert f"Peran '{role}' belum tersedia" in capsys.readouterr().err


def test_missing_config_file_is_reported(home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "--config", str(home.config_dir / "nope.toml")]) == 2
    assert "nope.toml" in capsys.readouterr().err
