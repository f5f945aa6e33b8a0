"""The diagnostics in words a technician reads at a glance, in both languages."""

from __future__ import annotations

from datetime import datetime, timedelta

from kiosk.clock import WIT
from kiosk.domain.text import Text
from mpp.diagnostics_text import duration, events, moment_ago, size


def test_sizes_are_megabytes_or_gigabytes_with_the_local_decimal_mark() -> None:
    assert size(3_456_789) == Text("3,5 MB", "3.5 MB")
    assert size(41_200_000_000) == Text("41,2 GB", "41.2 GB")
    assert size(0) == Text("0,0 MB", "0.0 MB")


def test_durations_read_like_a_clock() -> None:
    assert duration(timedelta(seconds=40)) == Text("< 1 m", "< 1 min")
    assert duration(timedelta(hours=2, minutes=5, seconds=59)) == Text("2 j 5 m", "2 h 5 min")
    assert duration(timedelta(days=3, hours=4, minutes=1)) == Text("3 hr 4 j", "3 d 4 h")


def test_counts_and_moments() -> None:
    assert events(1) == Text("1 kejadian", "1 event")
    assert events(12).en == "12 events"
    now = datetime(2026, 11, 23, 10, 15, tzinfo=WIT)
    assert moment_ago(now - timedelta(minutes=3), now) == Text(
        "10.12 WIT (3 m lalu)", "10:12 WIT (3 min ago)"
    )
    yesterday = moment_ago(now - timedelta(days=1), now)
    assert yesterday.id.startswith("Minggu, 22 November 2026 10.15 WIT")
