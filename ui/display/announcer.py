"""The hall board's announcer: a chime and a spoken call per ticket, strictly one after another."""

from __future__ import annotations

import logging
import tempfile
from collections import deque
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from kiosk.domain.spoken import call_words
from ui.display.clips import (
    ClipError,
    announcement_parts,
    chime_path,
    default_sounds_dir,
    duration_ms,
    join_wav,
)

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QMediaPlayer

log = logging.getLogger(__name__)

Mode = Literal["voice", "chime", "off"]
MODES: tuple[Mode, ...] = ("voice", "chime", "off")
#: How much longer than its length a call may take before the board moves on anyway:
#: a player that never reports the end (no sound device, a broken driver) must not
#: hold up the hall.
SAFETY_MARGIN_MS = 1500
#: Silent calls ("off", or sound that cannot be made) last as long as the chime would.
FALLBACK_HOLD_MS = 1600


class Player(Protocol):
    """What plays an announcement: the board's speakers, or a stand-in in tests."""

    def play(self, path: Path, duration_ms: int, done: Callable[[], None]) -> None:
        """Start playing the WAV at `path` (`duration_ms` long); call `done` once it has ended."""

    def stop(self) -> None:
        """Stop playing now; the `done` of the current sound is not called any more."""


class Announcer(QObject):
    """Announces calls in the order given, each after the previous one has finished.

    Modes: "voice" (chime, the call in Indonesian, then in English with `english`),
    "chime" (the chime alone) and "off" (silent). Every mode emits `started` and
    `finished` with the ticket number, and a silent call lasts as long as the
    chime, so the board keeps the same rhythm whatever is heard.
    """

    started = Signal(str)  # ticket number
    finished = Signal(str)  # ticket number

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        mode: str = "voice",
        english: bool = False,
        sounds_dir: Path | None = None,
        player: Player | None = None,
        cache_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        if mode not in MODES:
            raise ValueError(f"announcement mode {mode!r} is not one of {', '.join(MODES)}")
        self.mode = mode
        self.english = english
        self._sounds_dir = sounds_dir or default_sounds_dir()
        self._player = player
        self._scratch: tempfile.TemporaryDirectory[str] | None = None
        if cache_dir is None:
            self._scratch = tempfile.TemporaryDirectory(prefix="mpp-announcer-")
            cache_dir = Path(self._scratch.name)
        self._cache_dir = cache_dir
        self._queue: deque[tuple[str, int]] = deque()
        self._current: str | None = None
        self._sounding = False  # the player has the current call
        self._plays = 0  # numbers each sound, so a late `done` of an old one is ignored
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)

    @classmethod
    def from_options(
        cls, parent: QObject | None, mode: str, english: bool, cache_dir: Path
    ) -> Announcer:
        """The board's announcer from its config (`[display]` announce and english)."""
        return cls(parent, mode=mode, english=english, cache_dir=cache_dir)

    def announce(self, ticket_number: str, counter: int) -> None:
        """Queue the call of `ticket_number` to `counter`; it plays when those before it have.

        A malformed ticket number or counter raises ValueError and queues nothing.
        """
        call_words(ticket_number, counter)  # refuse it now, not when its turn comes
        self._queue.append((ticket_number, counter))
        self._next()

    def pending(self) -> int:
        """Calls not finished yet: the one playing and those waiting."""
        return len(self._queue) + (self._current is not None)

    def stop(self) -> None:
        """Silence the board and forget every waiting call (no more signals for them)."""
        self._queue.clear()
        self._timer.stop()
        self._silence()
        self._current = None

    def _next(self) -> None:
        if self._current is not None or not self._queue:
            return
        number, counter = self._queue.popleft()
        self._current = number
        self._plays += 1
        play = self._plays
        self.started.emit(number)
        if self._plays != play or self._current != number:
            return  # a slot of `started` stopped the board, or took the turn
        sound = self._render(number, counter) if self.mode != "off" else None
        if sound is None:
            self._timer.start(self._hold_ms())
            return
        path, length_ms = sound
        self._timer.start(length_ms + SAFETY_MARGIN_MS)
        self._sounding = True
        self._speaker().play(path, length_ms, partial(self._on_done, play))

    def _render(self, number: str, counter: int) -> tuple[Path, int] | None:
        """The call as one WAV in the cache and its length, or None (logged) if it cannot be."""
        try:
            parts = announcement_parts(
                number,
                counter,
                voice=self.mode == "voice",
                english=self.english,
                sounds_dir=self._sounds_dir,
            )
            # Two files in turn: the next call is never written over the one
            # the player may still hold open.
            path = self._cache_dir / f"announcement-{self._plays % 2}.wav"
            self._cache_dir.mkdir(parents=True, exist_ok=True)
            path.write_bytes(join_wav(parts))
            return path, duration_ms(parts)
        except (ClipError, OSError):
            log.exception("The call of %s cannot be sounded; the board shows it silently", number)
            return None

    def _hold_ms(self) -> int:
        try:
            return duration_ms([chime_path(self._sounds_dir)])
        except ClipError:
            return FALLBACK_HOLD_MS

    def _speaker(self) -> Player:
        if self._player is None:
            self._player = QtPlayer(self)
        return self._player

    def _silence(self) -> None:
        if self._sounding and self._player is not None:
            self._player.stop()
        self._sounding = False

    def _on_done(self, play: int) -> None:
        if play == self._plays and self._sounding:
            self._timer.stop()
            self._sounding = False
            self._finish()

    def _on_timeout(self) -> None:
        if self._sounding:
            log.info("The call of %s did not end in time; the board moves on", self._current)
        self._silence()
        self._finish()

    def _finish(self) -> None:
        number, self._current = self._current, None
        if number is not None:
            self.finished.emit(number)
        self._next()


class QtPlayer(QObject):
    """Plays announcements on the default sound output with Qt Multimedia.

    With no sound device (or no Qt Multimedia) it stays silent and never reports
    an end: the announcer's safety timer moves the board on. A device that
    appears later (a TV switched on after the PC) is used from the next call.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._done: Callable[[], None] | None = None
        self._media: QMediaPlayer | None = None
        self._complained: set[str] = set()
        try:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
        except ImportError as exc:  # e.g. libpulse missing on Linux
            self._complain(f"Qt Multimedia cannot be loaded ({exc}); calls are silent")
            return
        self._media = QMediaPlayer(self)
        self._media.setAudioOutput(QAudioOutput(self._media))
        self._media.mediaStatusChanged.connect(self._on_status)
        self._media.errorOccurred.connect(self._on_error)

    def play(self, path: Path, duration_ms: int, done: Callable[[], None]) -> None:
        """Play `path` on the current default output; `done` is called at its end."""
        self._done = None
        if self._media is None:
            return
        from PySide6.QtMultimedia import QMediaDevices

        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            self._complain("No sound output found; calls are silent until one appears")
            return
        self._media.audioOutput().setDevice(device)
        self._done = done
        self._media.setSource(QUrl.fromLocalFile(str(path)))
        self._media.play()

    def stop(self) -> None:
        """Stop at once, without reporting an end."""
        self._done = None
        if self._media is not None:
            self._media.stop()

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if status == QMediaPlayer.MediaStatus.EndOfMedia and self._done is not None:
            done, self._done = self._done, None
            done()

    def _on_error(self, error: QMediaPlayer.Error, message: str) -> None:
        # No end will be reported: the announcer's safety timer moves on.
        self._done = None
        self._complain(f"Sound error {error.name}: {message}")

    def _complain(self, message: str) -> None:
        """Log a fault once, not at every call of a busy day."""
        if message not in self._complained:
            self._complained.add(message)
            log.warning(message)
