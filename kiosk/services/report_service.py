"""This station's report: its tickets and its counters' sign-ins, read from its own store.

A station's database holds the tickets it issued or called and, once synced, those of
the rest of the hall; but it knows only the officers who signed in *here*. So the
officer of a ticket called at another station's counter is "not recorded" in this
report (the server's report has them all).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import or_, select

from kiosk.clock import Clock, service_day
from kiosk.domain.text import Text
from kiosk.reports.facts import AttendanceSpan, SurveyAnswer, SurveySource, collect_facts
from kiosk.reports.figures import Grouping, Report, build_report
from kiosk.reports.periods import Period, PeriodKind
from kiosk.services.catalogue_service import CatalogueService
from kiosk.storage.models import AttendanceRow
from kiosk.storage.store import Store


class ReportService:
    """Builds reports from the station's store (read only)."""

    def __init__(
        self,
        store: Store,
        catalogues: CatalogueService,
        clock: Clock,
        station_name: str,
        surveys: SurveySource | None = None,
    ) -> None:
        self._store = store
        self._catalogues = catalogues
        self._clock = clock
        self._name = station_name
        self._surveys = surveys

    def period(self, kind: PeriodKind, day: date | None = None) -> Period:
        """The period of that kind holding `day` (today, WIT, when not given)."""
        return Period.containing(kind, day or service_day(self._clock.now()))

    def report(
        self,
        period: Period,
        by: Grouping = Grouping.HALL,
        surveys: Iterable[SurveyAnswer] | None = None,
    ) -> Report:
        """The report of a period; survey answers come from `surveys` or the survey source."""
        catalogue = self._catalogues.current()
        with self._store.uow() as uow:
            tickets = uow.tickets.of_days(period.first, period.last)
            query = select(AttendanceRow).where(
                AttendanceRow.signed_in_at < period.end,
                or_(
                    AttendanceRow.signed_out_at.is_(None),
                    AttendanceRow.signed_out_at >= period.start,
                ),
            )
            spans = [
                AttendanceSpan(r.officer_name, r.counter_number, r.signed_in_at, r.signed_out_at)
                for r in uow.session.scalars(query)
            ]
        if surveys is None:
            surveys = self._surveys(period) if self._surveys is not None else ()
        facts = collect_facts(tickets, catalogue, spans)
        unknown = sum(1 for f in facts if f.counter is not None and f.officer is None)
        notes = [_OFFICERS_HERE_ONLY] if unknown else []
        return build_report(
            facts,
            surveys,
            catalogue,
            period,
            by=by,
            source=Text(f"Stasiun {self._name}", f"Station {self._name}"),
            generated_at=self._clock.now(),
            notes=notes,
        )


_OFFICERS_HERE_ONLY = Text(
    "Petugas: stasiun ini hanya mengetahui petugas yang masuk di stasiun ini; tiket yang "
    "dipanggil loket lain tercatat tanpa petugas. Laporan server memuat semua petugas.",
    "Officers: this station knows only the officers who signed in here; tickets called at "
    "other counters have no officer. The server's report has every officer.",
)
