"""How the CLI writes: text in the chosen language, or JSON for scripts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from kiosk.clock import local
from kiosk.domain.catalogue import Catalogue, Service, WeeklyHours
from kiosk.domain.text import Lang, Text
from kiosk.domain.timefmt import week_summary
from kiosk.services.dto import ServiceStatus, TicketView

_STATUS = {
    "issued": Text("dicatat", "issued"),
    "print_failed": Text("gagal cetak", "print failed"),
    "waiting": Text("menunggu", "waiting"),
    "called": Text("dipanggil", "called"),
    "serving": Text("dilayani", "being served"),
    "done": Text("selesai", "done"),
    "no_show": Text("tidak hadir", "no-show"),
    "transferred": Text("dialihkan", "transferred"),
    "cancelled": Text("dibatalkan", "cancelled"),
}


@dataclass(frozen=True)
class Out:
    """The CLI's two streams and its language."""

    lang: Lang
    stdout: TextIO
    stderr: TextIO

    def line(self, text: Text | str) -> None:
        """One line of output."""
        print(text.get(self.lang) if isinstance(text, Text) else text, file=self.stdout)

    def error(self, text: Text) -> None:
        """An error for a person, on stderr."""
        print(text.get(self.lang), file=self.stderr)

    def json(self, data: Any) -> None:
        """Machine-readable output."""
        print(json.dumps(data, ensure_ascii=False, indent=2), file=self.stdout)


def ticket_line(t: TicketView) -> Text:
    """`A-001  Perekaman KTP-el  menunggu · 3 orang di depan · ± 30 menit`."""
    status = _STATUS.get(t.status, Text(t.status, t.status))
    if t.print_failed and t.status != "print_failed":
        status = Text(f"{status.id} (gagal cetak)", f"{status.en} (print failed)")
    if t.counter_number is not None and t.status in ("called", "serving"):
        status = Text(
            f"{status.id} ke loket {t.counter_number}", f"{status.en} to counter {t.counter_number}"
        )
    when = f"{local(t.issued_at):%H:%M}"
    return Text(
        f"{t.number:<8} {when}  {t.service_name.id} — {status.id} · "
        f"{t.people_ahead} orang di depan · ± {t.estimated_wait_minutes} menit",
        f"{t.number:<8} {when}  {t.service_name.en} — {status.en} · "
        f"{t.people_ahead} ahead · about {t.estimated_wait_minutes} min",
    )


def service_lines(catalogue: Catalogue, statuses: Sequence[ServiceStatus]) -> list[Text]:
    """The catalogue by agency, each service with its hours, quota and state now."""
    by_code = {s.code: s for s in statuses}
    lines = [
        Text(
            f"{catalogue.hall.name.id} — katalog {catalogue.version}",
            f"{catalogue.hall.name.en} — catalogue {catalogue.version}",
        )
    ]
    for agency in catalogue.agencies:
        lines.append(
            Text(
                f"\n{agency.code}  {agency.name.id} ({agency.location.id})",
                f"\n{agency.code}  {agency.name.en} ({agency.location.en})",
            )
        )
        for service in catalogue.services_of(agency.code):
            status = by_code.get(service.code)
            if status is not None:
                lines.append(_service_line(service.code, service.prefix, status, service.hours))
    return lines


def _service_line(code: str, prefix: str, s: ServiceStatus, hours: WeeklyHours) -> Text:
    week = week_summary(hours)
    if s.daily_quota:
        quota = Text(f"kuota {s.daily_quota}", f"quota {s.daily_quota}")
    else:
        quota = Text("tanpa kuota", "no quota")
    message = s.availability.message
    if s.availability.can_issue:
        state = Text("BUKA", "OPEN")
    else:
        state = Text(f"TUTUP: {message.id}", f"CLOSED: {message.en}")
    head = f"  {code:<12} {prefix:<4} "
    return Text(
        f"{head}{s.name.id}\n      {week.id} · {quota.id} · {s.waiting} menunggu · {state.id}",
        f"{head}{s.name.en}\n      {week.en} · {quota.en} · {s.waiting} waiting · {state.en}",
    )


def catalogue_json(catalogue: Catalogue, statuses: Sequence[ServiceStatus]) -> dict[str, Any]:
    """The catalogue with each service's state now, as JSON."""
    by_code = {s.code: s for s in statuses}
    return {
        "version": catalogue.version,
        "hall": {"code": catalogue.hall.code, "name": catalogue.hall.name.id},
        "agencies": [
            {
                "code": a.code,
                "name": {"id": a.name.id, "en": a.name.en},
                "location": {"id": a.location.id, "en": a.location.en},
                "services": [
                    _service_json(s, by_code[s.code])
                    for s in catalogue.services_of(a.code)
                    if s.code in by_code
                ],
            }
            for a in catalogue.agencies
        ],
    }


def _service_json(service: Service, status: ServiceStatus) -> dict[str, Any]:
    avail = status.availability
    week = week_summary(service.hours)
    return {
        "code": service.code,
        "prefix": service.prefix,
        "name": {"id": service.name.id, "en": service.name.en},
        "hours": {"id": week.id, "en": week.en},
        "daily_quota": service.daily_quota,
        "fee_idr": service.standard.fee_idr,
        "priority_allowed": service.priority_allowed,
        "can_issue_now": avail.can_issue,
        "closed_reason": avail.reason.value if avail.reason else None,
        "message": {"id": avail.message.id, "en": avail.message.en},
        "next_open": local(avail.next_open).isoformat() if avail.next_open else None,
        "remaining_quota": avail.remaining_quota,
        "waiting": status.waiting,
        "estimated_wait_minutes": status.estimated_wait_minutes,
    }
