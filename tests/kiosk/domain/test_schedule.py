"""Opening hours, cut-off, holidays and quota: the one answer every role gets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.catalog.loader import load_file
from kiosk.clock import WIT, local
from kiosk.domain.catalogue import Catalogue, Service
from kiosk.domain.schedule import ClosedReason, availability
from tests.conftest import SMALL_CATALOGUE

CATALOGUE, _ = load_file(SMALL_CATALOGUE)
KTP = CATALOGUE.service("KTP-EL")
KK = CATALOGUE.service("KK")
assert KTP is not None and KK is not None


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=WIT)


def check(service: Service, when: datetime, issued: int = 0, catalogue: Catalogue = CATALOGUE):
    return availability(service, catalogue, when, issued)


def test_open_between_opening_and_cutoff() -> None:
    answer = check(KTP, at(23, 8, 0))
    assert answer.can_issue
    assert answer.remaining_quota == 3


def test_before_opening_says_when_it_opens_today() -> None:
    answer = check(KTP, at(23, 7, 59))
    assert answer.reason is ClosedReason.NOT_YET_OPEN
    assert answer.next_open == at(23, 8, 0)
    assert "hari ini pukul 08.00 WIT" in answer.message.id
    assert "today at 08:00 WIT" in answer.message.en


def test_cutoff_closes_issuing_before_the_counters_close() -> None:
    answer = check(KTP, at(23, 14, 0))
    assert answer.reason is ClosedReason.CUTOFF_PASSED
    assert "14.00 WIT" in answer.message.id
    assert answer.next_open == at(24, 8, 0)
    assert "besok pukul 08.00 WIT" in answer.message.id


def test_friday_has_its_own_hours_and_the_weekend_is_skipped() -> None:
    friday = check(KTP, at(27, 11, 0))
    assert friday.reason is ClosedReason.CUTOFF_PASSED
    assert friday.next_open == at(30, 8, 0)
    assert "Senin, 30 November 2026 pukul 08.00 WIT" in friday.message.id
    assert "Monday 30 November 2026 at 08:00 WIT" in friday.message.en


def test_a_closed_weekday_is_named() -> None:
    answer = check(KTP, at(22, 10, 0))
    assert answer.reason is ClosedReason.CLOSED_TODAY
    assert "hari Minggu" in answer.message.id
    assert "closed on Sundays" in answer.message.en


def test_service_hours_override_the_hall_hours() -> None:
    assert check(KK, at(28, 9, 30)).can_issue  # Saturday morning
    assert check(KK, at(23, 9, 30)).reason is ClosedReason.CLOSED_TODAY


def test_holiday_is_named_and_the_next_working_day_given() -> None:
    answer = check(KTP, at(25, 10, 0, month=12))
    assert answer.reason is ClosedReason.HOLIDAY
    assert "Hari Raya Natal" in answer.message.id
    assert "Christmas Day" in answer.message.en
    assert answer.next_open == at(28, 8, 0, month=12)


def test_quota_reached_refuses_and_gives_the_next_opening() -> None:
    answer = check(KTP, at(23, 10, 0), issued=3)
    assert answer.reason is ClosedReason.QUOTA_REACHED
    assert answer.remaining_quota == 0
    assert "Kuota hari ini (3 nomor) sudah habis" in answer.message.id
    assert answer.next_open == at(24, 8, 0)


def test_closed_date_of_one_service() -> None:
    closed = replace(KTP, closed_dates=frozenset({date(2026, 11, 24)}))
    answer = check(closed, at(24, 10, 0))
    assert answer.reason is ClosedReason.CLOSED_TODAY
    assert "tutup hari ini" in answer.message.id
    assert answer.next_open == at(25, 8, 0)


def test_inactive_service_has_no_next_opening() -> None:
    answer = check(replace(KTP, active=False), at(23, 10, 0))
    assert answer.reason is ClosedReason.INACTIVE
    assert answer.next_open is None
    assert "petugas informasi" in answer.message.id


def test_demo_mode_ignores_hours_but_not_the_quota() -> None:
    sunday_night = at(22, 23, 30)
    assert availability(KTP, CATALOGUE, sunday_night, 0, always_open=True).can_issue
    full = availability(KTP, CATALOGUE, sunday_night, 3, always_open=True)
    assert full.reason is ClosedReason.QUOTA_REACHED


START = at(21, 0)
instants = st.integers(min_value=0, max_value=60 * 24 * 45).map(
    lambda m: START + timedelta(minutes=m)
)


@settings(max_examples=300, deadline=None)
@given(instants, st.sampled_from([KTP, KK]))
def test_open_exactly_inside_hours_and_next_opening_is_open(when: datetime, service: Service):
    answer = check(service, when)
    wall = local(when)
    hours = service.hours.on(wall.weekday())
    holiday = CATALOGUE.holiday_on(wall.date())
    inside = hours is not None and not holiday and hours.opens <= wall.time() < hours.cutoff
    assert answer.can_issue == inside
    if not answer.can_issue:
        assert answer.next_open is not None and answer.next_open > when
        assert check(service, answer.next_open).can_issue
        assert not check(service, answer.next_open - timedelta(minutes=1)).can_issue


@pytest.mark.parametrize("issued", [0, 1, 2])
def test_remaining_quota_counts_down(issued: int) -> None:
    assert check(KTP, at(23, 9), issued=issued).remaining_quota == 3 - issued
