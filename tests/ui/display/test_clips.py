"""The board's sound clips: the right files in the right order, joined without a gap or a slip."""

from __future__ import annotations

import io
import shutil
import wave
from pathlib import Path

import pytest

from kiosk.domain.spoken import LETTERS, call_words, number_words, vocabulary
from kiosk.domain.text import LANGS, Lang
from ui.display.clips import (
    CHIME_PAUSE_MS,
    LANGUAGE_PAUSE_MS,
    PHRASE_PAUSE_MS,
    WORD_GAP_MS,
    ClipError,
    Silence,
    announcement_parts,
    clip_paths,
    default_sounds_dir,
    duration_ms,
    join_wav,
)

SOUNDS = default_sounds_dir()
FORMAT = (22_050, 1, 2)  # Hz, channels, bytes per sample


def frames_of(path: Path) -> int:
    with wave.open(str(path), "rb") as clip:
        return clip.getnframes()


def ms_of(path: Path) -> float:
    return frames_of(path) * 1000 / FORMAT[0]


def test_the_clips_of_a_call_in_order() -> None:
    paths = clip_paths(call_words("A1-012", 3), "id", SOUNDS)
    assert [p.name for p in paths] == [
        "nomor_antrian.wav",
        "letter_a.wav",
        "satu.wav",
        "nol.wav",
        "dua_belas.wav",
        "silakan_menuju_loket.wav",
        "tiga.wav",
    ]
    assert all(p.parent == SOUNDS / "id" for p in paths)


def test_a_voice_call_is_the_chime_then_the_words_with_pauses() -> None:
    parts = announcement_parts("A-012", 3, voice=True, english=False, sounds_dir=SOUNDS)
    names = [p.name if isinstance(p, Path) else p.ms for p in parts]
    gap = WORD_GAP_MS
    assert names == [
        "chime.wav", CHIME_PAUSE_MS,
        "nomor_antrian.wav", gap, "letter_a.wav", gap, "nol.wav", gap, "dua_belas.wav",
        PHRASE_PAUSE_MS,
        "silakan_menuju_loket.wav", gap, "tiga.wav",
    ]  # fmt: skip


def test_the_english_call_follows_the_indonesian_one() -> None:
    indonesian = announcement_parts("A-012", 3, voice=True, english=False, sounds_dir=SOUNDS)
    both = announcement_parts("A-012", 3, voice=True, english=True, sounds_dir=SOUNDS)
    assert both[: len(indonesian)] == indonesian
    assert both[len(indonesian)] == Silence(LANGUAGE_PAUSE_MS)
    english = [p for p in both[len(indonesian) + 1 :] if isinstance(p, Path)]
    assert [p.name for p in english] == [
        "ticket_number.wav", "letter_a.wav", "zero.wav", "twelve.wav",
        "please_go_to_counter.wav", "three.wav",
    ]  # fmt: skip
    assert all(p.parent == SOUNDS / "en" for p in english)


def test_chime_only_is_the_chime_alone() -> None:
    parts = announcement_parts("A-012", 3, voice=False, english=True, sounds_dir=SOUNDS)
    assert parts == [SOUNDS / "chime.wav"]


def test_the_duration_is_the_clips_plus_the_pauses() -> None:
    parts = announcement_parts("KK-1203", 12, voice=True, english=True, sounds_dir=SOUNDS)
    clips = [p for p in parts if isinstance(p, Path)]
    words, phrases = len(clips) - 1, 4  # the chime, then two phrases in each language
    gaps = words - phrases  # between the words of each phrase
    pauses = CHIME_PAUSE_MS + LANGUAGE_PAUSE_MS + 2 * PHRASE_PAUSE_MS + gaps * WORD_GAP_MS
    assert duration_ms(parts) == pytest.approx(sum(ms_of(c) for c in clips) + pauses, abs=1)


def test_the_joined_wav_has_the_common_format_and_the_summed_length() -> None:
    parts = announcement_parts("A-012", 3, voice=True, english=False, sounds_dir=SOUNDS)
    with wave.open(io.BytesIO(join_wav(parts)), "rb") as joined:
        assert (joined.getframerate(), joined.getnchannels(), joined.getsampwidth()) == FORMAT
        frames = joined.readframes(joined.getnframes())
    clips = [p for p in parts if isinstance(p, Path)]
    silence = sum(p.ms for p in parts if isinstance(p, Silence)) * FORMAT[0] // 1000
    assert len(frames) // 2 == sum(frames_of(c) for c in clips) + silence
    assert round(len(frames) // 2 * 1000 / FORMAT[0]) == duration_ms(parts)
    # The words are in it as recorded, the last one at the very end.
    with wave.open(str(clips[-1]), "rb") as last:
        assert frames.endswith(last.readframes(last.getnframes()))


def every_token(lang: Lang) -> set[str]:
    """Every token a call can hold: all ticket numbers' and counters' words, letters, phrases."""
    tokens = set(LETTERS) | set(call_words("A-000", 1, lang))
    for n in range(100_000):
        tokens.update(number_words(n, lang))
    return tokens


@pytest.mark.parametrize("lang", LANGS)
def test_every_word_a_call_can_hold_has_its_clip(lang: Lang) -> None:
    tokens = every_token(lang)
    assert tokens == vocabulary(lang)
    paths = clip_paths(sorted(tokens), lang, SOUNDS)  # raises on a missing one
    for path in paths:
        with wave.open(str(path), "rb") as clip:
            assert (clip.getframerate(), clip.getnchannels(), clip.getsampwidth()) == FORMAT
            assert 0.15 < clip.getnframes() / FORMAT[0] < 2.5, path.name
    # No clip is left over from words that calls no longer use.
    assert {p.name for p in (SOUNDS / lang).glob("*.wav")} == {p.name for p in paths}


def test_the_chime_is_short_and_in_the_common_format() -> None:
    with wave.open(str(SOUNDS / "chime.wav"), "rb") as chime:
        assert (chime.getframerate(), chime.getnchannels(), chime.getsampwidth()) == FORMAT
        assert 0.8 < chime.getnframes() / FORMAT[0] < 3


def test_a_missing_clip_is_named(tmp_path: Path) -> None:
    shutil.copytree(SOUNDS / "id", tmp_path / "id")
    (tmp_path / "id" / "dua_belas.wav").unlink()
    with pytest.raises(ClipError, match=r"dua_belas\.wav"):
        clip_paths(call_words("A-012", 3), "id", tmp_path)


def test_a_clip_in_another_format_is_refused(tmp_path: Path) -> None:
    odd = tmp_path / "odd.wav"
    with wave.open(str(odd), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(44_100)
        out.writeframes(bytes(400))
    with pytest.raises(ClipError, match="44100 Hz"):
        join_wav([odd])
