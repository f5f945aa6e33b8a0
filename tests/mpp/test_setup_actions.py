"""Finishing setup: enrolment first, then one config write; a failed enrolment writes nothing."""

from __future__ import annotations

from kiosk.clock import FakeClock
from kiosk.config import load_config
from kiosk.paths import Paths
from kiosk.setup_answers import SetupAnswers
from mpp.setup_actions import finish
from tests.sync.server_process import free_port

ANSWERS = SetupAnswers(name="Kiosk 1", printer="dummy:", admin_pin_hash=None)


def test_a_failed_enrolment_leaves_the_old_config_as_it_was(home: Paths, clock: FakeClock) -> None:
    home.config_dir.mkdir(parents=True)
    home.config_file.write_text('[station]\nname = "Lama"\n', encoding="utf-8")
    answers = ANSWERS.replace(server_url=f"http://127.0.0.1:{free_port()}", enrol_code="K7QF-2M9X")
    outcome = finish(home, answers, clock)
    assert not outcome.ok and "Cannot connect" in outcome.message.en
    assert home.config_file.read_text(encoding="utf-8") == '[station]\nname = "Lama"\n'
    assert not home.station_token.exists()


def test_working_alone_writes_the_answers_and_keeps_keys_the_wizard_does_not_ask(
    home: Paths, clock: FakeClock
) -> None:
    home.config_dir.mkdir(parents=True)
    home.config_file.write_text(
        '[server]\nurl = "http://10.0.0.2:8470"\n[display]\nrunning_text = "Selamat datang"\n',
        encoding="utf-8",
    )
    assert finish(home, ANSWERS.replace(idle_seconds=90), clock).ok
    config = load_config(home)
    assert config.server_url is None, "working offline removes the server"
    assert config.display.running_text == "Selamat datang"
    assert (config.name, config.printer, config.kiosk.idle_seconds) == ("Kiosk 1", "dummy:", 90)
