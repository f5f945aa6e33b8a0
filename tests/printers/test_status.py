"""Decoding DLE EOT status bytes into printer states."""

from __future__ import annotations

import pytest

from printers.status import MESSAGES, PrinterState, PrinterStatus, decode_status


@pytest.mark.parametrize(
    ("replies", "state"),
    [
        ({1: 0x12, 2: 0x12, 4: 0x12}, PrinterState.READY),
        ({1: 0x16, 2: 0x12, 4: 0x12}, PrinterState.READY),  # drawer pin bit is not a fault
        ({1: 0x12, 2: 0x12, 4: 0x1E}, PrinterState.PAPER_NEAR_END),
        ({1: 0x1A, 2: 0x32, 4: 0x72}, PrinterState.PAPER_OUT),
        ({1: 0x12, 2: 0x12, 4: 0x72}, PrinterState.PAPER_OUT),
        ({1: 0x1A, 2: 0x16, 4: 0x12}, PrinterState.COVER_OPEN),
        ({1: 0x1A, 2: 0x36, 4: 0x72}, PrinterState.COVER_OPEN),  # cover first: close it first
        ({1: 0x1A, 2: 0x12, 4: 0x12}, PrinterState.OFFLINE),
        ({1: 0x12, 2: 0x52, 4: 0x12}, PrinterState.OFFLINE),  # error bit
        ({1: 0x12}, PrinterState.READY),  # printers that only answer n=1
        ({}, PrinterState.UNKNOWN),
        ({1: 0xFF, 2: 0x12, 4: 0x12}, PrinterState.UNKNOWN),  # fixed bits wrong: not a reply
    ],
)
def test_decode_status(replies: dict[int, int], state: PrinterState) -> None:
    assert decode_status(replies).state is state


def test_every_state_has_messages_in_both_languages() -> None:
    for state in PrinterState:
        status = PrinterStatus.of(state)
        assert status.message_id and status.message_en
        assert status.message_id != status.message_en
    assert set(MESSAGES) == set(PrinterState)


def test_only_faults_that_stop_paper_block_printing() -> None:
    printable = {s for s in PrinterState if s.can_print}
    assert printable == {PrinterState.READY, PrinterState.PAPER_NEAR_END, PrinterState.UNKNOWN}
