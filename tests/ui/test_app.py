"""`mpp-kiosk run`: Home at once from the snapshot, then the full kiosk; refusals said plainly."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow

from kiosk.catalog.loader import SEED_CATALOGUE, load_file
from kiosk.paths import Paths
from mpp.cli import main
from ui.app import run
from ui.kiosk.home_screen import HomeScreen
from ui.kiosk.window import KioskWindow


class Watch:
    """An event loop for tests: runs until the kiosk window is up, noting what came first."""

    def __init__(self) -> None:
        self.first: QMainWindow | None = None
        self.window: KioskWindow | None = None

    def __call__(self, app: QApplication) -> int:
        deadline = time.monotonic() + 30
        while self.window is None and time.monotonic() < deadline:
            app.processEvents()
            shown = [w for w in app.topLevelWidgets() if w.isVisible()]
            if self.first is None:
                self.first = next((w for w in shown if isinstance(w, QMainWindow)), None)
            self.window = next((w for w in shown if isinstance(w, KioskWindow)), None)
        if self.window is not None:
            self.window.close()
        return 0


def test_the_demo_opens_the_kiosk_on_the_seed_catalogue(qapp: QApplication, home: Paths) -> None:
    watch = Watch()
    assert run(role="kiosk", demo=True, event_loop=watch) == 0
    assert watch.window is not None, "the kiosk window came up"
    assert not watch.window.kiosk_mode, "the demo is a normal window"
    seed, _ = load_file(SEED_CATALOGUE)
    assert len(watch.window.home.cards) == len(seed.agencies)
    assert watch.window.home.demo_banner.text() == "MODE DEMO — semua layanan dibuka"
    assert home.catalogue_snapshot.exists(), "the next start can show Home at once"


def test_the_next_start_shows_home_from_the_snapshot_before_the_store(
    qapp: QApplication, home: Paths
) -> None:
    run(demo=True, event_loop=Watch())  # the first start writes the snapshot
    watch = Watch()
    assert run(demo=True, event_loop=watch) == 0
    quick = watch.first
    assert quick is not None and not isinstance(quick, KioskWindow)
    assert isinstance(quick.centralWidget(), HomeScreen)
    assert watch.window is not None and not quick.isVisible(), "then replaced by the full kiosk"


def test_an_unknown_role_is_refused_with_a_message(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(role="kasir") == 2
    assert "Peran 'kasir' tidak dikenal" in capsys.readouterr().err


def test_missing_config_file_is_reported(home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "--config", str(home.config_dir / "nope.toml")]) == 2
    assert "nope.toml" in capsys.readouterr().err
