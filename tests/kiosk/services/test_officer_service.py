"""Counter officers: the admin's list, PIN sign-in with a lock-out, attendance, the hall's feed."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from kiosk.clock import FakeClock
from kiosk.services.officer_service import OfficerError
from kiosk.services.sync_service import RemoteEvent
from kiosk.station import Station
from kiosk.storage.models import EventRow


def _events(station: Station, prefix: str) -> list[tuple[str, dict[str, object]]]:
    with station.store.uow() as uow:
        rows = uow.session.execute(
            select(EventRow.type, EventRow.payload)
            .where(EventRow.type.like(f"{prefix}%"))
            .order_by(EventRow.seq)
        )
        return [(t, json.loads(p)) for t, p in rows]


def test_an_officer_signs_in_and_out_and_both_are_recorded(
    station: Station, clock: FakeClock
) -> None:
    station.officers.save("Siti Rahma", "2468")
    session = station.officers.sign_in(" siti  RAHMA", "2468", 2, ["ktp-el"])
    assert (session.officer_name, session.counter, session.services) == (
        "Siti Rahma",
        2,
        ("KTP-EL",),
    )
    clock.advance(timedelta(hours=3))
    station.officers.sign_out(session)
    ((name, counter, signed_in, signed_out),) = station.officers.attendance()
    assert (name, counter) == ("Siti Rahma", 2)
    assert signed_out is not None and signed_out - signed_in == timedelta(hours=3)
    kinds = [k for k, _ in _events(station, "officer.")]
    assert kinds == ["officer.saved", "officer.signed_in", "officer.signed_out"]


def test_the_pin_travels_only_as_its_slow_hash(station: Station) -> None:
    station.officers.save("Siti Rahma", "2468")
    ((_, payload),) = _events(station, "officer.saved")
    assert "2468" not in json.dumps(payload)
    assert str(payload["pin_hash"]).startswith("scrypt$")


def test_a_wrong_pin_or_an_unknown_name_get_the_same_answer_then_a_lockout(
    station: Station, clock: FakeClock
) -> None:
    station.officers.save("Siti Rahma", "2468")
    answers = []
    for name in ("Siti Rahma", "Nobody"):
        with pytest.raises(OfficerError) as refused:
            station.officers.sign_in(name, "1111", 1, ["KTP-EL"])
        answers.append(refused.value.message.id)
    assert answers[0] == answers[1] == "Nama atau PIN salah."
    for _ in range(2):
        with pytest.raises(OfficerError):
            station.officers.sign_in("Siti Rahma", "1111", 1, ["KTP-EL"])
    with pytest.raises(OfficerError) as locked:
        station.officers.sign_in("Siti Rahma", "2468", 1, ["KTP-EL"])
    assert "Coba lagi dalam" in locked.value.message.id, "even the right PIN waits out the lock"
    clock.advance(timedelta(minutes=1))
    assert station.officers.sign_in("Siti Rahma", "2468", 1, ["KTP-EL"]).counter == 1


def test_a_deactivated_officer_cannot_sign_in(station: Station) -> None:
    station.officers.save("Siti Rahma", "2468")
    station.officers.deactivate("siti rahma")
    with pytest.raises(OfficerError):
        station.officers.sign_in("Siti Rahma", "2468", 1, ["KTP-EL"])
    assert [(o.name, o.active) for o in station.officers.officers()] == [("Siti Rahma", False)]


@pytest.mark.parametrize(
    ("counter", "services"), [(0, ["KTP-EL"]), (1000, ["KTP-EL"]), (1, []), (1, ["NOPE"])]
)
def test_a_desk_needs_a_counter_number_and_known_services(
    station: Station, counter: int, services: list[str]
) -> None:
    station.officers.save("Siti Rahma", "2468")
    with pytest.raises(OfficerError):
        station.officers.sign_in("Siti Rahma", "2468", counter, services)
    assert station.officers.attendance() == []


def test_bad_names_and_pins_are_refused(station: Station) -> None:
    for name, pin in (("S", "2468"), ("Siti", "12"), ("Siti", "abcd")):
        with pytest.raises(OfficerError):
            station.officers.save(name, pin)
    assert station.officers.officers() == []


def test_a_sign_in_left_open_by_a_crash_ends_at_the_next_sign_in(
    station: Station, clock: FakeClock
) -> None:
    station.officers.save("Siti Rahma", "2468")
    station.officers.sign_in("Siti Rahma", "2468", 1, ["KTP-EL"])
    clock.advance(timedelta(hours=1))
    station.officers.sign_in("Siti Rahma", "2468", 1, ["KTP-EL"])
    first, second = station.officers.attendance()
    assert first[3] == second[2] and second[3] is None


def test_an_officer_added_at_another_station_arrives_through_the_feed(
    station: Station, clock: FakeClock
) -> None:
    from kiosk.domain.admin_pin import hash_pin

    payload = {
        "officer_id": "o-1",
        "name": "Yosef Magal",
        "pin_hash": hash_pin("1357"),
        "active": True,
    }
    event = RemoteEvent(1, "e-1", "other-station", 1, "officer.saved", payload)
    station.sync.apply([event], last=1)
    assert station.officers.sign_in("yosef magal", "1357", 1, ["KK"]).officer_id == "o-1"
    renamed = {**payload, "active": False}
    station.sync.apply([RemoteEvent(2, "e-2", "other-station", 2, "officer.saved", renamed)], 2)
    with pytest.raises(OfficerError):
        station.officers.sign_in("Yosef Magal", "1357", 1, ["KK"])


def test_a_counter_that_is_not_in_the_catalogue_is_refused(station: Station) -> None:
    station.officers.save("Siti Rahma", "2468")
    with pytest.raises(OfficerError) as refused:
        station.officers.sign_in("Siti Rahma", "2468", 7, ["KTP-EL"])
    assert "Loket 7 tidak ada" in refused.value.message.id
