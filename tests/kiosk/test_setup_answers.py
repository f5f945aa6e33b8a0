"""The rules behind the wizard's answers: station name, server address, admin PIN."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.setup_answers import clean_server_url, name_problem, pin_problem, server_url_problem


@pytest.mark.parametrize(
    "url", ["http://10.0.0.2:8470", "https://mpp.mimikakab.go.id", "http://server/", " http://a:1 "]
)
def test_server_addresses_a_technician_would_type_are_accepted(url: str) -> None:
    assert server_url_problem(url) is None


@pytest.mark.parametrize(
    "url",
    ["10.0.0.2:8470", "ftp://10.0.0.2", "http://", "http://10.0.0.2:99999"],
)
def test_other_addresses_are_refused_with_an_example(url: str) -> None:
    problem = server_url_problem(url)
    assert problem is not None and "http://10.0.0.2:8470" in problem.en


def test_an_address_with_a_path_is_refused_saying_so() -> None:
    problem = server_url_problem("http://10.0.0.2:8470/api/v1")
    assert problem is not None and "without /api" in problem.en


def test_the_address_is_stored_without_spaces_or_a_trailing_slash() -> None:
    assert clean_server_url(" http://10.0.0.2:8470/ ") == "http://10.0.0.2:8470"


@given(st.text(alphabet="0123456789", min_size=4, max_size=8))
def test_a_pin_typed_the_same_twice_is_refused_only_when_weak(pin: str) -> None:
    problem = pin_problem(pin, pin)
    weak = len(set(pin)) == 1 or pin in "0123456789" or pin in "9876543210"
    assert (problem is not None) == weak


@pytest.mark.parametrize(("pin", "again"), [("582", "582"), ("5820a", "5820a"), ("5820", "5802")])
def test_short_non_digit_or_different_pins_are_refused(pin: str, again: str) -> None:
    assert pin_problem(pin, again) is not None


def test_a_station_needs_a_name_of_at_most_80_letters() -> None:
    assert name_problem("  ") is not None
    assert name_problem("x" * 81) is not None
    assert name_problem("Loket 3") is None
