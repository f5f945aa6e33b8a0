"""The spoken call: how the hall board reads ticket numbers and counters aloud."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.spoken import (
    call_phrases,
    call_sentence,
    call_words,
    counter_words,
    number_words,
    ticket_words,
    vocabulary,
)
from kiosk.domain.ticket import format_number


def spoken(words: tuple[str, ...]) -> str:
    return " ".join(words)


@pytest.mark.parametrize(
    ("number", "counter", "words"),
    [
        ("A-012", 3, "nomor antrian A nol dua belas silakan menuju loket tiga"),
        ("A1-100", 3, "nomor antrian A satu seratus silakan menuju loket tiga"),
        ("KK-1203", 12, "nomor antrian K K seribu dua ratus tiga silakan menuju loket dua belas"),
        ("B-007", 111, "nomor antrian B nol nol tujuh silakan menuju loket seratus sebelas"),
        ("C2-000", 10, "nomor antrian C dua nol nol nol silakan menuju loket sepuluh"),
        ("D-99999", 999, "nomor antrian D sembilan puluh sembilan ribu sembilan ratus"
         " sembilan puluh sembilan silakan menuju loket sembilan ratus sembilan puluh sembilan"),
    ],
)  # fmt: skip
def test_worked_examples_in_indonesian(number: str, counter: int, words: str) -> None:
    assert spoken(call_words(number, counter)) == words


@pytest.mark.parametrize(
    ("number", "counter", "words"),
    [
        ("A-012", 3, "ticket number A zero twelve please go to counter three"),
        ("A1-120", 20, "ticket number A one one hundred twenty please go to counter twenty"),
        ("KK-1203", 12, "ticket number K K one thousand two hundred three"
         " please go to counter twelve"),
    ],
)  # fmt: skip
def test_worked_examples_in_english(number: str, counter: int, words: str) -> None:
    assert spoken(call_words(number, counter, "en")) == words


@pytest.mark.parametrize(
    ("n", "indonesian", "english"),
    [
        (0, "nol", "zero"),
        (10, "sepuluh", "ten"),
        (11, "sebelas", "eleven"),
        (19, "sembilan belas", "nineteen"),
        (20, "dua puluh", "twenty"),
        (100, "seratus", "one hundred"),
        (101, "seratus satu", "one hundred one"),
        (111, "seratus sebelas", "one hundred eleven"),
        (1000, "seribu", "one thousand"),
        (1001, "seribu satu", "one thousand one"),
        (2024, "dua ribu dua puluh empat", "two thousand twenty four"),
        (11_000, "sebelas ribu", "eleven thousand"),
        (99_999, "sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan",
         "ninety nine thousand nine hundred ninety nine"),
    ],
)  # fmt: skip
def test_numbers_in_words(n: int, indonesian: str, english: str) -> None:
    assert spoken(number_words(n)) == indonesian
    assert spoken(number_words(n, "en")) == english


def test_a_counter_is_read_as_one_number() -> None:
    assert counter_words(12) == ("dua belas",)
    assert counter_words(305, "en") == ("three hundred", "five")


def test_the_sentence_for_captions_has_the_pause_as_a_comma() -> None:
    assert call_sentence("A-012", 3) == "Nomor antrian A nol dua belas, silakan menuju loket tiga."
    assert (
        call_sentence("A-012", 3, "en")
        == "Ticket number A zero twelve, please go to counter three."
    )


def test_the_phrases_split_where_the_comma_is() -> None:
    assert call_phrases("A-012", 3) == (
        ("nomor antrian", "A", "nol", "dua belas"),
        ("silakan menuju loket", "tiga"),
    )


@pytest.mark.parametrize(
    ("number", "why"),
    [
        ("A012", "one dash"),
        ("A--012", "one dash"),
        ("a-012", "prefix"),
        ("1A-012", "prefix"),
        ("ABCD-012", "prefix"),
        ("-012", "prefix"),
        ("A-12", "3 to 5 digits"),
        ("A-123456", "3 to 5 digits"),
        ("A-01x", "3 to 5 digits"),
        ("A-0123", "padded"),
        ("A- 012", "3 to 5 digits"),
    ],
)
def test_malformed_ticket_numbers_are_refused_saying_why(number: str, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        ticket_words(number)


@pytest.mark.parametrize("counter", [0, -1, 1000, True])
def test_counters_outside_1_to_999_are_refused(counter: int) -> None:
    with pytest.raises(ValueError, match=r"1\.\.999"):
        call_words("A-012", counter)


@pytest.mark.parametrize("n", [-1, 100_000, True])
def test_numbers_outside_the_range_are_refused(n: int) -> None:
    with pytest.raises(ValueError, match=r"0\.\.99999"):
        number_words(n)


# An independent reader of Indonesian numbers: it knows the words, not the formatter.
_ID_DIGITS = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4,
    "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
}  # fmt: skip
_ID_SE = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}


def parse_indonesian(words: str) -> int:
    """The number that Indonesian words say; an AssertionError if they are not well formed."""
    total, group, last = 0, 0, ""
    for word in words.split():
        if word in _ID_DIGITS:
            assert last not in _ID_DIGITS, f"two digits in a row: {words}"
            group += _ID_DIGITS[word]
        elif word == "seribu":
            total += 1000
        elif word in _ID_SE:
            group += _ID_SE[word]
        elif word in ("belas", "puluh", "ratus"):
            unit = _ID_DIGITS.get(last, 0)
            assert 2 <= unit <= 9, f"{word} after {last!r}: {words}"
            # The unit already counted once: "dua belas" = 2 + 10, "dua puluh" = 2 + 18.
            group += {"belas": 10, "puluh": 9 * unit, "ratus": 99 * unit}[word]
        elif word == "ribu":
            assert 2 <= group <= 99, f"ribu after {group}: {words}"
            total, group = total + group * 1000, 0
        else:
            raise AssertionError(f"not an Indonesian number word: {word!r} in {words}")
        last = word
    return total + group


_EN_SMALL = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_EN_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def parse_english(words: str) -> int:
    """The number that English words say (no "and")."""
    total, group = 0, 0
    for word in words.split():
        if word in _EN_SMALL:
            group += _EN_SMALL.index(word)
        elif word in _EN_TENS:
            group += 10 * (2 + _EN_TENS.index(word))
        elif word == "hundred":
            assert 1 <= group <= 9, words
            group *= 100
        elif word == "thousand":
            assert 1 <= group <= 99, words
            total, group = group * 1000, 0
        else:
            raise AssertionError(f"not an English number word: {word!r} in {words}")
    return total + group


@given(st.integers(min_value=0, max_value=99_999))
def test_words_read_back_to_the_number(n: int) -> None:
    assert parse_indonesian(spoken(number_words(n))) == n
    assert parse_english(spoken(number_words(n, "en"))) == n


@given(st.integers(min_value=0, max_value=99_999), st.sampled_from(["id", "en"]))
def test_tokens_are_never_empty_and_all_have_a_clip_word(n: int, lang: str) -> None:
    tokens = number_words(n, lang)  # type: ignore[arg-type]
    assert tokens
    assert all(t.strip() == t and t for t in tokens)
    assert set(tokens) <= vocabulary(lang)  # type: ignore[arg-type]


@given(st.integers(min_value=0, max_value=999))
def test_a_three_digit_number_reads_its_leading_zeros_as_nol(n: int) -> None:
    printed = format_number("A", n)  # "A-007"
    digits = printed.split("-")[1]
    zeros = len(digits) - len(digits.lstrip("0"))
    words = ticket_words(printed)
    assert words[0] == "A"
    assert words[1 : 1 + zeros] == ("nol",) * zeros
    rest = words[1 + zeros :]
    if n == 0:
        assert rest == ()
    else:
        assert parse_indonesian(spoken(rest)) == n


@given(st.integers(min_value=1000, max_value=99_999))
def test_offline_numbers_are_read_as_one_number(n: int) -> None:
    words = ticket_words(format_number("B1", n))
    assert words[:2] == ("B", "satu")
    assert words[2] != "nol"
    assert parse_indonesian(spoken(words[2:])) == n


def test_the_reader_in_this_test_catches_wrong_words() -> None:
    assert parse_indonesian("seribu dua ratus tiga") == 1203
    assert parse_indonesian("dua belas ribu") == 12_000
    with pytest.raises(AssertionError):
        parse_indonesian("satu belas")  # it is "sebelas"
    with pytest.raises(AssertionError):
        parse_indonesian("dua tiga")
    assert parse_indonesian("sembilan puluh sembilan ribu sembilan ratus sebelas") == 99_911
    assert parse_english("twelve thousand three hundred forty five") == 12_345
