"""Indonesian identifiers and form fields: what real numbers pass, what mistakes are named."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.validators import (
    check_email,
    check_kk,
    check_nik,
    check_past_date,
    check_phone,
    check_postal_code,
)

TODAY = date(2026, 11, 23)


def nik(region: str, born: date, female: bool, serial: int) -> str:
    day = born.day + (40 if female else 0)
    return f"{region}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"


births = st.dates(min_value=TODAY - timedelta(days=365 * 99), max_value=TODAY)
regions = st.sampled_from(["940901", "910101", "317101", "940102", "530101", "960105"])


@given(regions, births, st.booleans(), st.integers(min_value=1, max_value=9999))
def test_a_nik_built_from_real_parts_always_passes(
    region: str, born: date, female: bool, serial: int
) -> None:
    check = check_nik(nik(region, born, female, serial), TODAY, female=female)
    assert check.ok, check.errors
    assert check.warnings == ()


#: Single-digit changes of the date part that can never give a real date:
#: the month's tens digit 2–9 (month 20–99), the day's tens digit 8–9 (day 80–99).
impossible_changes = st.one_of(
    st.tuples(st.just(8), st.integers(2, 9)),
    st.tuples(st.just(6), st.integers(8, 9)),
)


@given(regions, births, st.booleans(), impossible_changes)
def test_a_single_digit_change_to_an_impossible_date_fails(
    region: str, born: date, female: bool, change: tuple[int, int]
) -> None:
    position, digit = change
    number = nik(region, born, female, 1)
    changed = number[:position] + str(digit) + number[position + 1 :]
    check = check_nik(changed, TODAY)
    assert not check.ok
    assert "bukan tanggal yang ada" in check.errors[0].id


def test_mimika_nik_with_separators_is_normalised() -> None:
    check = check_nik("9409 0101 0190 0001", TODAY)
    assert check.ok and check.value == "9409010101900001"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("940901010190", "harus 16 angka; yang diisi 12 angka"),
        ("94090101019000012", "yang diisi 17 angka"),
        ("9409O10101900001", "hanya berisi angka"),
        ("9409😀1010190000", "hanya berisi angka"),
        ("9409012902010001", "bukan tanggal yang ada"),  # 29 Feb 2001 / 1901
        ("9409013213900001", "bukan tanggal yang ada"),  # month 13
        ("9409013201900000", "bukan tanggal yang ada"),  # day 32
        ("9409010101900000", "tidak mungkin 0000"),
        ("", "yang diisi 0 angka"),
    ],
)
def test_nik_mistakes_are_named(raw: str, expected: str) -> None:
    check = check_nik(raw, TODAY)
    assert not check.ok
    assert expected in check.errors[0].id
    assert check.errors[0].en


def test_29_february_of_a_leap_year_is_a_real_birthday() -> None:
    assert check_nik("9409012902000001", TODAY).ok  # 29 Feb 2000
    assert check_nik("9409016902000001", TODAY).ok  # the same, a woman


def test_a_womans_day_on_a_mans_form_is_only_a_warning() -> None:
    check = check_nik("9409014505900001", TODAY, female=False)
    assert check.ok
    assert "jenis kelamin" in check.warnings[0].id


def test_an_unknown_region_is_only_a_warning() -> None:
    check = check_nik("9909010101900001", TODAY)
    assert check.ok and "Kode wilayah NIK (99)" in check.warnings[0].id


def test_old_papua_prefixes_are_accepted_without_warning() -> None:
    for prefix in ("9409", "9101", "9471"):  # before the 2022 split
        assert check_nik(f"{prefix}010101900001", TODAY).warnings == ()


def test_a_birth_in_the_future_is_read_as_last_century() -> None:
    assert check_nik("9409010101300001", TODAY).ok  # 1930, not 2030


def test_kk_number() -> None:
    assert check_kk("9409 0112 0320 0005").ok
    assert "16 angka" in check_kk("940901").errors[0].id
    assert "0000" in check_kk("9409011203200000").errors[0].id


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("0812-3456-7890", "+6281234567890"),
        ("+62 812 3456 7890", "+6281234567890"),
        ("6281234567890", "+6281234567890"),
        ("0852 4444 111", "+628524444111"),
    ],
)
def test_phone_numbers_are_stored_as_plus_62(raw: str, stored: str) -> None:
    check = check_phone(raw)
    assert check.ok, check.errors
    assert check.value == stored


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0212345678", "diawali 08"),
        ("0812", "terlalu pendek"),
        ("08123456789012345", "terlalu panjang"),
        ("telepon", "diawali 08"),
        ("0812😀345678", "diawali 08"),
    ],
)
def test_phone_mistakes(raw: str, expected: str) -> None:
    check = check_phone(raw)
    assert not check.ok and expected in check.errors[0].id


def test_email_and_postal_code() -> None:
    assert check_email(" Warga@Example.ID ").value == "Warga@example.id"
    for bad in ("warga@", "warga.example.id", "wa rga@example.id", "wargá@example.id"):
        assert not check_email(bad).ok, bad
    assert check_postal_code("99910").value == "99910"
    for bad in ("9991", "999100", "09910", "99a10"):
        assert not check_postal_code(bad).ok, bad


def test_dates_that_cannot_be_in_the_future() -> None:
    assert check_past_date(TODAY, TODAY).ok
    tomorrow = check_past_date(TODAY + timedelta(days=1), TODAY)
    assert not tomorrow.ok and "setelah hari ini" in tomorrow.errors[0].id
