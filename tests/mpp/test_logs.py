"""The station's own log: a rotating file in the data folder, in WIT, replaced not doubled."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from kiosk.paths import Paths
from mpp import logs


@pytest.fixture
def logger(home: Paths) -> Iterator[logging.Logger]:
    yield logging.getLogger("kiosk.test_logs")
    for handler in logs._installed:
        logging.getLogger().removeHandler(handler)
        handler.close()
    logs._installed.clear()


def test_records_go_to_the_file_with_wit_times_and_it_rotates(
    home: Paths, logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "LOG_BYTES", 2_000)
    assert logs.setup_logging(home) is not None
    logger.info("printer tcp://10.0.0.9:9100 answered")
    first = (home.logs / logs.LOG_NAME).read_text(encoding="utf-8")
    assert "+0900 INFO kiosk.test_logs: printer tcp://10.0.0.9:9100 answered" in first
    for n in range(200):
        logger.info("round %d", n)
    files = sorted(p.name for p in home.logs.iterdir())
    assert files[0] == logs.LOG_NAME and len(files) == logs.LOG_FILES, "old files are dropped"


def test_setting_up_again_replaces_the_handlers(home: Paths, logger: logging.Logger) -> None:
    logs.setup_logging(home)
    logs.setup_logging(home)
    logger.warning("once")
    text = (home.logs / logs.LOG_NAME).read_text(encoding="utf-8")
    assert text.count("once") == 1
