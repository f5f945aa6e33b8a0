"""Complaint rules: tracking numbers (unique per slot, unguessable), texts, contacts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.complaint import (
    ALPHABET,
    RANDOM_BITS,
    Category,
    ComplaintInvalid,
    ComplaintStatus,
    ContactKind,
    canonical_tracking,
    check_contact,
    clean_text,
    new_tracking_number,
    shown_tracking,
    slot_of,
    tracking_number,
)
from kiosk.domain.numbering import MAX_SLOT

SLOTS = st.integers(0, MAX_SLOT)
RANDOMS = st.integers(0, 2**RANDOM_BITS - 1)


@given(a=st.tuples(SLOTS, RANDOMS), b=st.tuples(SLOTS, RANDOMS))
def test_different_slots_or_random_parts_never_make_the_same_number(
    a: tuple[int, int], b: tuple[int, int]
) -> None:
    if a != b:
        assert tracking_number(*a) != tracking_number(*b)
    else:
        assert tracking_number(*a) == tracking_number(*b)


@given(slot=SLOTS, random_part=RANDOMS)
def test_a_number_is_adu_and_eight_readable_characters_that_name_its_slot(
    slot: int, random_part: int
) -> None:
    number = tracking_number(slot, random_part)
    assert number.startswith("ADU-") and len(number) == 12
    assert all(ch in ALPHABET for ch in number[4:])
    assert slot_of(number) == slot
    shown = shown_tracking(number)
    assert canonical_tracking(shown) == number
    assert canonical_tracking(shown.lower().replace("-", " ")) == number


def test_the_alphabet_has_no_look_alikes_and_numbers_are_random() -> None:
    assert len(set(ALPHABET)) == 32 and not set("IO01") & set(ALPHABET)
    drawn = {new_tracking_number(5) for _ in range(200)}
    assert len(drawn) == 200 and {slot_of(n) for n in drawn} == {5}
    assert slot_of(new_tracking_number(None)) == 0
    with pytest.raises(ValueError, match="slot"):
        new_tracking_number(MAX_SLOT + 1)


@pytest.mark.parametrize("typed", ["ADU-K7QF2M9", "ADU-K7QF2M9XX", "ADU-K7QF2M90", "A1-012", ""])
def test_what_cannot_be_a_tracking_number_is_none(typed: str) -> None:
    assert canonical_tracking(typed) is None


def test_texts_are_tidied_and_held_to_their_length() -> None:
    assert clean_text("  Antrean   lama\n\n  sekali  ") == "Antrean lama\n\nsekali"
    with pytest.raises(ComplaintInvalid, match="at least 10"):
        clean_text("   pendek   ")
    with pytest.raises(ComplaintInvalid, match="at most 1000"):
        clean_text("x" * 1001)


def test_contacts_are_checked_normalised_and_masked() -> None:
    phone = check_contact(" 0812-3456-7890 ")
    assert phone is not None and phone.kind is ContactKind.PHONE
    assert phone.value == "+6281234567890" and phone.masked == "•" * 11 + "890"
    mail = check_contact("Yuliana@Example.ID")
    assert mail is not None and mail.value == "Yuliana@example.id"
    assert mail.masked == "Y•••@example.id"
    assert check_contact("  ") is None and check_contact(None) is None
    with pytest.raises(ComplaintInvalid):
        check_contact("12345")


def test_every_category_and_status_has_words_in_both_languages() -> None:
    for item in (*Category, *ComplaintStatus):
        assert item.label.id and item.label.en
