"""The ticket QR payload: genuine tickets verify, anything altered or foreign is refused."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.ticket_token import InvalidTicketToken, TicketClaim, sign, verify

KEY = b"k" * 32
CLAIM = TicketClaim(
    ticket_id=str(uuid.UUID(int=7)),
    number="A1-012",
    service_code="KTP-EL",
    issued_at=datetime(2026, 11, 23, 0, 15, 42, tzinfo=UTC),
    station_id=str(uuid.UUID(int=99)),
)


def test_round_trip_and_compact() -> None:
    token = sign(CLAIM, KEY)
    assert verify(token, KEY) == CLAIM
    assert token.startswith("MPP1.") and len(token) < 100
    assert token.isascii()


def test_another_halls_key_is_refused() -> None:
    with pytest.raises(InvalidTicketToken, match="signature"):
        verify(sign(CLAIM, KEY), b"other hall key")


@given(st.data())
def test_any_single_character_changed_is_refused(data: st.DataObject) -> None:
    token = sign(CLAIM, KEY)
    index = data.draw(st.integers(min_value=0, max_value=len(token) - 1))
    replacement = data.draw(st.sampled_from("ABCabc0129-_.X"))
    forged = token[:index] + replacement + token[index + 1 :]
    if forged == token:
        return
    with pytest.raises(InvalidTicketToken):
        verify(forged, KEY)


@pytest.mark.parametrize("text", ["", "hello", "MPP1.a.b", "https://example.org/?MPP1"])
def test_text_that_is_not_a_ticket(text: str) -> None:
    with pytest.raises(InvalidTicketToken):
        verify(text, KEY)
