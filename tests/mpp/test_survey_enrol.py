"""A survey tablet enrols as a kiosk on the server and stays a survey tablet."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.clock import FakeClock
from kiosk.config import load_config
from kiosk.paths import Paths
from mpp.cli import main
from sync.server.commands import database
from sync.server.enrolment import add_station
from tests.sync.server_process import ServerHandle, running_server


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerHandle]:
    with running_server(f"sqlite:///{tmp_path / 'server.sqlite'}") as handle:
        yield handle


@pytest.mark.parametrize(("configured", "kept"), [("survey", "survey"), ("counter", "kiosk")])
def test_enrolling_keeps_the_survey_role_and_no_other(
    home: Paths, clock: FakeClock, server: ServerHandle, configured: str, kept: str
) -> None:
    home.config_dir.mkdir(parents=True, exist_ok=True)
    home.config_file.write_text(
        f'[station]\nname = "Tablet Loket 3"\nrole = "{configured}"\n', encoding="utf-8"
    )
    with database(server.db_url) as db, db.session() as session:
        code = add_station(session, "Tablet Loket 3", "kiosk", clock.now()).code
    assert main(["enrol", "--server", server.url, "--code", code], clock=clock) == 0
    assert load_config(home).role == kept, "the server's record decides, but for a tablet"
