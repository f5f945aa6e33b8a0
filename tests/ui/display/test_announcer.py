"""The announcer: calls play one after another, in order, in the chosen mode."""

from __future__ import annotations

import logging
import shutil
import time
import wave
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from ui.display import announcer as announcer_module
from ui.display.announcer import Announcer
from ui.display.clips import default_sounds_dir

SOUNDS = default_sounds_dir()
SPEED = 25  # the stand-in speaker plays this many times faster than real time


@dataclass
class Play:
    """One sound as the speaker got it."""

    frames: bytes
    duration_ms: int
    start: float
    end: float | None = None


@dataclass
class RecordingPlayer:
    """Stands in for the speakers: "plays" a WAV by waiting its length on a timer."""

    silent_failure: bool = False  # never report the end, like a broken sound device
    plays: list[Play] = field(default_factory=list)
    stops: int = 0
    timer: QTimer = field(default_factory=QTimer)
    done: Callable[[], None] | None = None

    def __post_init__(self) -> None:
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._end)

    def play(self, path: Path, duration_ms: int, done: Callable[[], None]) -> None:
        assert self.done is None, "a sound started while another was playing"
        with wave.open(str(path), "rb") as clip:
            frames = clip.readframes(clip.getnframes())
        self.plays.append(Play(frames, duration_ms, time.monotonic()))
        self.done = done
        if not self.silent_failure:
            self.timer.start(duration_ms // SPEED)

    def stop(self) -> None:
        self.stops += 1
        self.timer.stop()
        self.done = None

    def _end(self) -> None:
        done, self.done = self.done, None
        self.plays[-1].end = time.monotonic()
        assert done is not None
        done()


@pytest.fixture
def player() -> Iterator[RecordingPlayer]:
    speaker = RecordingPlayer()
    yield speaker
    speaker.timer.stop()


@pytest.fixture
def make(
    qtbot: QtBot, player: RecordingPlayer, tmp_path: Path
) -> Iterator[Callable[..., Announcer]]:
    """Builds announcers on the stand-in speaker, stopped at the end of the test."""
    made: list[Announcer] = []

    def build(**options: object) -> Announcer:
        options.setdefault("player", player)
        options.setdefault("cache_dir", tmp_path / "cache")
        announcer = Announcer(None, **options)  # type: ignore[arg-type]
        made.append(announcer)
        return announcer

    yield build
    for announcer in made:
        announcer.stop()
        announcer.deleteLater()


def record(announcer: Announcer) -> list[tuple[str, str, float]]:
    """The announcer's signals as (signal, ticket number, time)."""
    events: list[tuple[str, str, float]] = []
    announcer.started.connect(lambda n: events.append(("started", n, time.monotonic())))
    announcer.finished.connect(lambda n: events.append(("finished", n, time.monotonic())))
    return events


def wait_all(qtbot: QtBot, announcer: Announcer, timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: announcer.pending() == 0, timeout=timeout)


def frames_of(path: Path) -> bytes:
    with wave.open(str(path), "rb") as clip:
        return clip.readframes(clip.getnframes())


def in_order(sound: bytes, clips: list[Path]) -> bool:
    """Whether each clip's frames occur in `sound`, one after another."""
    at = 0
    for clip in clips:
        at = sound.find(frames_of(clip), at)
        if at < 0:
            return False
    return True


def short_chime(folder: Path, ms: int = 200) -> Path:
    """A sounds folder whose chime lasts `ms`: silent calls are held that long."""
    folder.mkdir()
    with wave.open(str(folder / "chime.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(22_050)
        out.writeframes(bytes(2 * 22_050 * ms // 1000))
    return folder


CALLS = [("A-012", 3), ("KK-1203", 12), ("B1-007", 105)]


@pytest.mark.parametrize("count", [2, 3])
def test_calls_back_to_back_play_in_order_and_never_overlap(
    qtbot: QtBot, make: Callable[..., Announcer], player: RecordingPlayer, count: int
) -> None:
    announcer = make()
    events = record(announcer)
    for number, counter in CALLS[:count]:
        announcer.announce(number, counter)
    assert announcer.pending() == count
    wait_all(qtbot, announcer)

    numbers = [number for number, _ in CALLS[:count]]
    assert [(kind, n) for kind, n, _ in events] == [
        (kind, n) for n in numbers for kind in ("started", "finished")
    ]
    assert len(player.plays) == count
    for before, after in zip(player.plays, player.plays[1:], strict=False):
        assert before.end is not None
        assert before.end <= after.start
    # Each sound is the chime and the call's own words, as long as the player was told.
    for play in player.plays:
        assert play.frames.startswith(frames_of(SOUNDS / "chime.wav"))
        assert abs(len(play.frames) // 2 * 1000 / 22_050 - play.duration_ms) <= 1
    assert in_order(player.plays[0].frames, [SOUNDS / "id" / n for n in (
        "nomor_antrian.wav", "letter_a.wav", "nol.wav", "dua_belas.wav",
        "silakan_menuju_loket.wav", "tiga.wav",
    )])  # fmt: skip


def test_a_call_made_while_one_plays_waits_its_turn(
    qtbot: QtBot, make: Callable[..., Announcer], player: RecordingPlayer
) -> None:
    announcer = make(mode="chime")
    events = record(announcer)
    announcer.announce("A-001", 1)
    qtbot.waitUntil(lambda: len(player.plays) == 1)
    announcer.announce("A-002", 2)
    assert announcer.pending() == 2
    assert len(player.plays) == 1  # still only the first
    wait_all(qtbot, announcer)
    assert [(kind, n) for kind, n, _ in events] == [
        ("started", "A-001"), ("finished", "A-001"), ("started", "A-002"), ("finished", "A-002"),
    ]  # fmt: skip


def test_chime_only_plays_the_chime_alone(
    qtbot: QtBot, make: Callable[..., Announcer], player: RecordingPlayer
) -> None:
    announcer = make(mode="chime", english=True)
    announcer.announce("A-012", 3)
    wait_all(qtbot, announcer)
    assert [p.frames for p in player.plays] == [frames_of(SOUNDS / "chime.wav")]


def test_english_follows_the_indonesian(
    qtbot: QtBot, make: Callable[..., Announcer], player: RecordingPlayer
) -> None:
    for english in (False, True):
        announcer = make(english=english)
        announcer.announce("A-012", 3)
        wait_all(qtbot, announcer)
    indonesian, both = player.plays[0].frames, player.plays[1].frames
    assert both.startswith(indonesian)
    english = [SOUNDS / "en" / n for n in (
        "ticket_number.wav", "letter_a.wav", "zero.wav", "twelve.wav",
        "please_go_to_counter.wav", "three.wav",
    )]  # fmt: skip
    assert in_order(both[len(indonesian) :], english)
    assert both.endswith(frames_of(english[-1]))
    assert not in_order(indonesian, english[:1])


def test_off_plays_nothing_but_keeps_the_rhythm(
    qtbot: QtBot, make: Callable[..., Announcer], player: RecordingPlayer, tmp_path: Path
) -> None:
    announcer = make(mode="off", sounds_dir=short_chime(tmp_path / "sounds", ms=200))
    events = record(announcer)
    announcer.announce("A-012", 3)
    announcer.announce("A-013", 4)
    assert [e[:2] for e in events] == [("started", "A-012")]
    wait_all(qtbot, announcer)
    assert player.plays == []
    assert [e[:2] for e in events] == [
        ("started", "A-012"), ("finished", "A-012"), ("started", "A-013"), ("finished", "A-013"),
    ]  # fmt: skip
    # Each silent call lasts as long as the chime would.
    assert events[1][2] - events[0][2] >= 0.15  # a coarse timer may fire 5 % early
    assert events[3][2] - events[2][2] >= 0.15  # a coarse timer may fire 5 % early


def test_stop_clears_the_queue(
    qtbot: QtBot, make: Callable[..., Announcer], player: RecordingPlayer
) -> None:
    announcer = make()
    events = record(announcer)
    for number, counter in CALLS:
        announcer.announce(number, counter)
    announcer.stop()
    assert announcer.pending() == 0
    assert player.stops == 1
    qtbot.wait(700)  # longer than a call takes on the stand-in speaker
    assert [e[:2] for e in events] == [("started", "A-012")]
    assert len(player.plays) == 1
    # The board can announce again afterwards.
    announcer.announce("C-001", 1)
    wait_all(qtbot, announcer)
    assert [e[:2] for e in events][-2:] == [("started", "C-001"), ("finished", "C-001")]


def test_a_board_closed_as_a_call_starts_plays_nothing(
    qtbot: QtBot, make: Callable[..., Announcer], player: RecordingPlayer
) -> None:
    announcer = make()
    announcer.started.connect(announcer.stop)
    announcer.announce("A-012", 3)
    announcer.announce("A-013", 4)
    assert announcer.pending() == 0
    qtbot.wait(200)
    assert player.plays == []


def test_a_speaker_that_never_ends_does_not_hold_up_the_board(
    qtbot: QtBot,
    make: Callable[..., Announcer],
    player: RecordingPlayer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(announcer_module, "SAFETY_MARGIN_MS", 100)
    player.silent_failure = True
    announcer = make(mode="chime", sounds_dir=short_chime(tmp_path / "sounds"))
    events = record(announcer)
    announcer.announce("A-012", 3)
    announcer.announce("A-013", 4)
    wait_all(qtbot, announcer, timeout=3000)
    assert [e[:2] for e in events] == [
        ("started", "A-012"), ("finished", "A-012"), ("started", "A-013"), ("finished", "A-013"),
    ]  # fmt: skip
    assert len(player.plays) == 2
    assert player.stops == 2  # the stuck sound is cut before the next one


def test_missing_clips_leave_the_call_silent_but_announced(
    qtbot: QtBot,
    make: Callable[..., Announcer],
    player: RecordingPlayer,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    sounds = short_chime(tmp_path / "sounds")
    shutil.copytree(SOUNDS / "id", sounds / "id")
    (sounds / "id" / "dua_belas.wav").unlink()
    announcer = make(sounds_dir=sounds)
    events = record(announcer)
    with caplog.at_level(logging.ERROR):
        announcer.announce("A-012", 3)
        wait_all(qtbot, announcer)
    assert [e[:2] for e in events] == [("started", "A-012"), ("finished", "A-012")]
    assert player.plays == []
    assert "dua_belas.wav" in caplog.text


def test_a_malformed_call_is_refused_and_queues_nothing(make: Callable[..., Announcer]) -> None:
    announcer = make()
    with pytest.raises(ValueError, match="dash"):
        announcer.announce("A012", 3)
    with pytest.raises(ValueError, match="counter"):
        announcer.announce("A-012", 0)
    assert announcer.pending() == 0


def test_built_from_the_config_options(tmp_path: Path) -> None:
    announcer = Announcer.from_options(None, "chime", True, tmp_path / "cache")
    assert (announcer.mode, announcer.english) == ("chime", True)
    with pytest.raises(ValueError, match="loud"):
        Announcer.from_options(None, "loud", False, tmp_path / "cache")
    announcer.deleteLater()
