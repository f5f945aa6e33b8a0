"""`mpp-kiosk run`: the demo opens the kiosk window; roles not built yet are refused plainly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.catalog.loader import SEED_CATALOGUE, load_file
from kiosk.paths import Paths
from mpp.cli import main
from ui.kiosk.window import KioskWindow


def test_demo_run_opens_the_kiosk_on_the_seed_catalogue(qapp: QApplication, home: Paths) -> None:
    seen: list[KioskWindow] = []

    def look_and_quit() -> None:
        seen.extend(
            w for w in qapp.topLevelWidgets() if isinstance(w, KioskWindow) and w.isVisible()
        )
        for window in seen:
            window.close()
            window.navigator.current().on_leave()  # type: ignore[union-attr]
        qapp.quit()

    QTimer.singleShot(300, look_and_quit)
    assert main(["run", "--role", "kiosk", "--demo"]) == 0
    [window] = seen
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
