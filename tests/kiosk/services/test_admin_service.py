"""Opening the admin menu: the right PIN, wrong PINs, and a lock-out that survives a restart."""

from __future__ import annotations

from datetime import timedelta

from kiosk.clock import FakeClock
from kiosk.config import StationConfig
from kiosk.domain.admin_pin import hash_pin
from kiosk.paths import Paths
from kiosk.services.admin_service import AdminService
from kiosk.station import DEMO_PIN, Station, open_station


def admin(station: Station, pin: str = "975310") -> AdminService:
    return AdminService(station.store, station.clock, hash_pin(pin))


def test_right_pin_opens(station: Station) -> None:
    assert admin(station).check("975310").ok


def test_wrong_pins_lock_out_for_longer_each_time(station: Station) -> None:
    service = admin(station)
    clock = station.clock
    assert isinstance(clock, FakeClock)
    for _ in range(2):
        answer = service.check("000000")
        assert not answer.ok and answer.message.id == "PIN salah."
    locked = service.check("000000")
    assert locked.locked_until == clock.now() + timedelta(seconds=30)
    assert "Coba lagi dalam 30 detik" in locked.message.id
    assert not service.check("975310").ok, "even the right PIN waits out the lock-out"
    clock.advance(timedelta(seconds=30))
    again = service.check("111111")
    assert again.locked_until == clock.now() + timedelta(seconds=60)
    clock.advance(timedelta(seconds=60))
    assert service.check("975310").ok
    assert service.check("000000").message.id == "PIN salah.", "success resets the count"


def test_the_lockout_survives_a_restart(station: Station) -> None:
    for _ in range(3):
        admin(station).check("000000")
    reopened = admin(station)  # a new service on the same store, as after a restart
    assert reopened.check("975310").locked_until is not None


def test_without_a_pin_the_menu_stays_closed(station: Station) -> None:
    answer = AdminService(station.store, station.clock, None).check("1234")
    assert not answer.ok and "mpp-kiosk admin set-pin" in answer.message.id


def test_the_demo_opens_with_the_documented_pin(home: Paths, clock: FakeClock) -> None:
    demo = open_station(home, StationConfig.demo_default(home), clock)
    assert demo.admin.check(DEMO_PIN).ok
    demo.close()


def test_a_real_station_has_no_default_pin(station: Station) -> None:
    assert not station.admin.check(DEMO_PIN).ok


def test_the_kept_demo_hash_is_the_demo_pin() -> None:
    from kiosk.domain.admin_pin import verify_pin
    from kiosk.station import DEMO_PIN_HASH

    assert verify_pin(DEMO_PIN, DEMO_PIN_HASH)
