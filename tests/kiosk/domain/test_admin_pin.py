"""The admin PIN hash and the growing lock-out."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.domain.admin_pin import hash_pin, lockout_after, valid_pin, verify_pin


def test_the_hash_verifies_only_the_right_pin_and_is_salted() -> None:
    stored = hash_pin("246810")
    assert stored.startswith("scrypt$") and "246810" not in stored
    assert verify_pin("246810", stored)
    assert not verify_pin("246811", stored)
    assert hash_pin("246810") != stored, "a new salt every time"


@pytest.mark.parametrize("stored", ["", "plain1234", "scrypt$1$2$3$!!$??", "md5$a$b$c$d$e"])
def test_a_malformed_hash_matches_nothing(stored: str) -> None:
    assert not verify_pin("1234", stored)


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "１２３４", " 1234"])
def test_pins_are_4_to_8_ascii_digits(pin: str) -> None:
    assert not valid_pin(pin)
    with pytest.raises(ValueError, match="4 to 8 digits"):
        hash_pin(pin)


def test_lockout_grows_and_is_capped() -> None:
    assert [lockout_after(n) for n in range(3)] == [timedelta(0)] * 3
    assert lockout_after(3) == timedelta(seconds=30)
    assert lockout_after(4) == timedelta(seconds=60)
    assert lockout_after(5) == timedelta(seconds=120)
    assert lockout_after(30) == timedelta(hours=1)
