"""Fixtures shared by every test: a private station home, a fake clock, an open station."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import settings

from kiosk.clock import WIT, FakeClock
from kiosk.config import StationConfig
from kiosk.paths import Paths
from kiosk.station import Station, open_station

# Screens render offscreen unless a test run asks for a real display (read when the
# QApplication is made, so setting it here, before any test, is early enough).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# A loaded CI machine can take longer than Hypothesis's 200 ms per example; how long
# an example takes is no property of ours (benchmarks under bench/ measure speed).
settings.register_profile("station", deadline=None)
settings.load_profile("station")

SMALL_CATALOGUE = Path(__file__).parent / "kiosk" / "catalog" / "small.toml"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Paths:
    """A fresh MPP_KIOSK_HOME: nothing of the real user's config or data is touched."""
    monkeypatch.setenv("MPP_KIOSK_HOME", str(tmp_path / "home"))
    return Paths.from_env()


@pytest.fixture
def clock() -> FakeClock:
    """Monday 23 November 2026, 09:00 WIT: the small catalogue's services are open."""
    return FakeClock(datetime(2026, 11, 23, 9, 0, tzinfo=WIT))


def small_config(paths: Paths, *, demo: bool = False) -> StationConfig:
    """A station config on the small test catalogue."""
    base = StationConfig.demo_default(paths)
    return StationConfig(
        name="Kiosk Uji",
        role="kiosk",
        language="id",
        demo=demo,
        catalogue_file=SMALL_CATALOGUE,
        printer=base.printer,
        paper_mm=80,
        server_url=None,
    )


@pytest.fixture
def station(home: Paths, clock: FakeClock) -> Iterator[Station]:
    """An open station on the small catalogue with real opening hours."""
    opened = open_station(home, small_config(home), clock)
    yield opened
    opened.close()
