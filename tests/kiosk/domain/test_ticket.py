"""The ticket state machine and how numbers are written."""

from __future__ import annotations

import pytest

from kiosk.domain.ticket import (
    TRANSITIONS,
    InvalidTransition,
    PriorityClass,
    TicketStatus,
    check_transition,
    format_number,
)

S = TicketStatus


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.ISSUED, S.WAITING),
        (S.ISSUED, S.PRINT_FAILED),
        (S.PRINT_FAILED, S.WAITING),
        (S.PRINT_FAILED, S.CANCELLED),
        (S.WAITING, S.CALLED),
        (S.CALLED, S.CALLED),
        (S.CALLED, S.SERVING),
        (S.CALLED, S.NO_SHOW),
        (S.SERVING, S.DONE),
        (S.SERVING, S.TRANSFERRED),
        (S.TRANSFERRED, S.CALLED),
        (S.NO_SHOW, S.WAITING),
        (S.CANCELLED, S.WAITING),
    ],
)
def test_allowed_moves(current: TicketStatus, target: TicketStatus) -> None:
    check_transition(current, target)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.WAITING, S.DONE),
        (S.WAITING, S.SERVING),
        (S.DONE, S.WAITING),
        (S.DONE, S.CANCELLED),
        (S.SERVING, S.CALLED),
        (S.ISSUED, S.CALLED),
    ],
)
def test_refused_moves(current: TicketStatus, target: TicketStatus) -> None:
    with pytest.raises(InvalidTransition):
        check_transition(current, target)


def test_every_state_has_its_moves_listed() -> None:
    assert set(TRANSITIONS) == set(TicketStatus)
    assert TRANSITIONS[S.DONE] == frozenset()


def test_numbers_are_padded_to_three_digits() -> None:
    assert format_number("A", 12) == "A-012"
    assert format_number("B1", 1) == "B1-001"
    assert format_number("A", 1203) == "A-1203"


def test_priority_classes_have_labels_in_both_languages() -> None:
    for cls in PriorityClass:
        assert cls.label.id and cls.label.en
    assert PriorityClass.IBU_HAMIL.label.id == "Ibu hamil"
