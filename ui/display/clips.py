"""The board's sound clips: which files make an announcement, and joining them into one WAV.

Every clip in `assets/sounds` has one format (`RATE` Hz, mono, 16-bit), so
joining is copying frames; the pauses are frames of silence. The clips are
made by `scripts/make_sounds.py`.
"""

from __future__ import annotations

import io
import wave
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from assets import FOLDER as ASSETS
from kiosk.domain.spoken import call_phrases
from kiosk.domain.text import Lang

RATE = 22_050
CHANNELS = 1
SAMPLE_WIDTH = 2  # bytes: 16-bit

# Pauses in multiples of 20 ms, a whole number of frames at 22050 Hz.
WORD_GAP_MS = 60  # between the words of a phrase: clips are trimmed tight
PHRASE_PAUSE_MS = 360  # at the comma of the sentence
CHIME_PAUSE_MS = 240  # the chime has rung out; the voice follows it
LANGUAGE_PAUSE_MS = 800  # between the Indonesian call and the English one


class ClipError(Exception):
    """A sound clip is missing or not in the common format."""


@dataclass(frozen=True, slots=True)
class Silence:
    """A pause of `ms` milliseconds in an announcement."""

    ms: int

    @property
    def frames(self) -> int:
        """The pause's length in frames at `RATE`."""
        return self.ms * RATE // 1000


Part = Path | Silence


def default_sounds_dir() -> Path:
    """The clips bundled with the program."""
    return ASSETS / "sounds"


def clip_name(token: str) -> str:
    """The file name of a token's clip: "dua belas" → "dua_belas.wav", "K" → "letter_k.wav"."""
    if len(token) == 1 and token.isupper():
        return f"letter_{token.lower()}.wav"
    slug = token.lower().replace(" ", "_")
    if not slug or not all(c.isascii() and (c.isalnum() or c == "_") for c in slug):
        raise ValueError(f"no clip name for the token {token!r}")
    return f"{slug}.wav"


def chime_path(sounds_dir: Path) -> Path:
    """The chime that opens every announcement."""
    return sounds_dir / "chime.wav"


def clip_paths(tokens: Iterable[str], lang: Lang, sounds_dir: Path) -> list[Path]:
    """The clip of each token, in order; a ClipError names every token that has none."""
    paths = [sounds_dir / lang / clip_name(token) for token in tokens]
    missing = [p.name for p in paths if not p.is_file()]
    if missing:
        raise ClipError(
            f"{len(missing)} {lang} sound clip(s) missing in {sounds_dir}: {', '.join(missing)};"
            " make them with scripts/make_sounds.py"
        )
    return paths


def call_parts(ticket_number: str, counter: int, lang: Lang, sounds_dir: Path) -> list[Part]:
    """The spoken call in one language: clips with word gaps, a pause at the comma."""
    parts: list[Part] = []
    for phrase in call_phrases(ticket_number, counter, lang):
        if parts:
            parts.append(Silence(PHRASE_PAUSE_MS))
        for i, path in enumerate(clip_paths(phrase, lang, sounds_dir)):
            parts += [Silence(WORD_GAP_MS), path] if i else [path]
    return parts


def announcement_parts(
    ticket_number: str, counter: int, *, voice: bool, english: bool, sounds_dir: Path
) -> list[Part]:
    """The whole announcement: the chime, then (with `voice`) the call, then the English one."""
    parts: list[Part] = [chime_path(sounds_dir)]
    if voice:
        parts += [Silence(CHIME_PAUSE_MS), *call_parts(ticket_number, counter, "id", sounds_dir)]
        if english:
            parts += [Silence(LANGUAGE_PAUSE_MS)]
            parts += call_parts(ticket_number, counter, "en", sounds_dir)
    return parts


def frame_count(parts: Sequence[Part]) -> int:
    """How many frames the parts make together (clips are read for their length only)."""
    return sum(p.frames if isinstance(p, Silence) else _length(p) for p in parts)


def duration_ms(parts: Sequence[Part]) -> int:
    """How long the parts play, in milliseconds (rounded)."""
    return round(frame_count(parts) * 1000 / RATE)


def join_wav(parts: Sequence[Part]) -> bytes:
    """One WAV file (as bytes) of the parts played one after another."""
    out = io.BytesIO()
    with wave.open(out, "wb") as joined:
        joined.setnchannels(CHANNELS)
        joined.setsampwidth(SAMPLE_WIDTH)
        joined.setframerate(RATE)
        for part in parts:
            if isinstance(part, Silence):
                joined.writeframes(bytes(part.frames * SAMPLE_WIDTH * CHANNELS))
            else:
                joined.writeframes(_frames(part))
    return out.getvalue()


def _length(path: Path) -> int:
    return _read(path, frames=False)[0]


def _frames(path: Path) -> bytes:
    return _read(path, frames=True)[1]


def _read(path: Path, *, frames: bool) -> tuple[int, bytes]:
    """A clip's frame count and (if asked for) its frames, once its format is checked."""
    try:
        with wave.open(str(path), "rb") as clip:
            shape = (clip.getframerate(), clip.getnchannels(), clip.getsampwidth())
            if shape != (RATE, CHANNELS, SAMPLE_WIDTH):
                raise ClipError(
                    f"sound clip {path} is {shape[0]} Hz, {shape[1]} channel(s),"
                    f" {8 * shape[2]}-bit; every clip must be {RATE} Hz mono 16-bit"
                )
            count = clip.getnframes()
            return count, clip.readframes(count) if frames else b""
    except (OSError, EOFError, wave.Error) as exc:
        raise ClipError(f"sound clip {path} cannot be read: {exc}") from exc
