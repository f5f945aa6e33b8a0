"""Cleaning text to what the printer's code page prints, and wrapping it at word boundaries."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from printers.text import CP437, PC858, clean_text, wrap, wrap_balanced
from tests.printers.conftest import LONG_SERVICE


@pytest.mark.parametrize(
    ("raw", "printed"),
    [
        ("Café Señor Müller", "Cafe Senor Muller"),
        ("“Layanan” ‘Prioritas’", "\"Layanan\" 'Prioritas'"),
        ("KTP — KIA – SKCK", "KTP - KIA - SKCK"),
        ("Jl.\u00a0Budi\u202fUtomo", "Jl. Budi Utomo"),
        ("9409•••••••••001", "9409*********001"),
        ("± 20 menit", "+/- 20 menit"),
        ("Straße Æbeltoft Œuvre", "Strasse AEbeltoft OEuvre"),
        ("ﬁle ½ m²", "file 1/2 m2"),
        ("Akta 🎉 Kelahiran 👶🏽", "Akta Kelahiran"),
        ("NIB\x1b@\x1dV\x00 baru", "NIB@V baru"),  # no ESC/POS command can sneak in
        ("  banyak   spasi\tdan\nbaris  ", "banyak spasi dan baris"),
        ("漢字 only", "only"),
    ],
)
def test_clean_text_transliterates_for_cp437(raw: str, printed: str) -> None:
    assert clean_text(raw) == printed


def test_pc858_keeps_western_letters() -> None:
    assert clean_text("Café “Señor” ±", PC858) == 'Café "Señor" ±'
    PC858.encode(clean_text("Café “Señor” ±", PC858))


@given(st.text())
def test_cleaned_text_always_encodes_without_replacement(text: str) -> None:
    for page in (CP437, PC858):
        cleaned = clean_text(text, page)
        assert page.encode(cleaned).decode(page.codec) == cleaned
        assert all(ch.isprintable() for ch in cleaned)


def test_a_200_character_service_wraps_at_word_boundaries_and_loses_nothing() -> None:
    service = LONG_SERVICE
    assert len(service) >= 200
    for width in (32, 48):
        lines = wrap(service, width)
        assert all(len(line) <= width for line in lines)
        assert " ".join(lines) == service  # every word kept, none cut
        assert len(lines) == len(wrap_balanced(service, width))


def test_a_word_longer_than_the_line_is_hyphen_broken() -> None:
    lines = wrap("Nomor ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 selesai", 16)
    assert lines == ["Nomor", "ABCDEFGHIJKLMNO-", "PQRSTUVWXYZ0123-", "456789 selesai"]


def test_balanced_wrap_avoids_an_orphan_word() -> None:
    text = "Pindai QR untuk memeriksa keaslian tanda terima ini."
    assert wrap(text, 48)[-1] == "ini."
    balanced = wrap_balanced(text, 48)
    assert len(balanced) == 2
    assert min(len(line) for line in balanced) > 15


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=60)


@given(st.lists(words, max_size=30), st.integers(min_value=2, max_value=64))
def test_wrapping_respects_width_and_keeps_every_letter(parts: list[str], width: int) -> None:
    text = " ".join(parts)
    lines = wrap(text, width)
    assert all(len(line) <= width for line in lines)
    rebuilt = "".join(line[:-1] if line.endswith("-") else line for line in lines)
    assert rebuilt.replace(" ", "") == text.replace(" ", "")
    short_words = [word for word in parts if len(word) <= width]
    printed_words = " ".join(lines).split()
    for word in short_words:  # a word that fits a line is never split
        assert word in printed_words
