"""A report as JSON (the server's API): the same figures as the CSV summary, per grouping.

Minutes are numbers (one decimal kept as given), shares carry `hits`, `total` and
`ratio`, and a value that cannot be had (no ticket measured) is null. The tickets
themselves are left out; the CSV `tickets` table has them.
"""

from __future__ import annotations

from typing import Any

from kiosk.clock import local
from kiosk.domain.ikm import ELEMENTS, IkmResult
from kiosk.domain.text import Lang, Text
from kiosk.reports.figures import Figures, Grouping, Report, Share, Spread


def report_json(report: Report, lang: Lang = "id") -> dict[str, Any]:
    """The report as JSON-ready data."""
    period = report.period
    matrix = report.hours
    return {
        "hall": {"name": report.hall_name.get(lang), "address": report.hall_address},
        "source": report.source.get(lang),
        "period": {
            "kind": period.kind.value,
            "first": period.first.isoformat(),
            "last": period.last.isoformat(),
            "label": period.label.get(lang),
        },
        "generated_at": local(report.generated_at).isoformat(timespec="seconds"),
        "by": report.by.value,
        "total": figures_json(report.total),
        "rows": {
            g.value: [
                {"key": r.key, "name": r.label.get(lang), **figures_json(r.figures)}
                for r in report.rows[g]
            ]
            for g in Grouping
            if g is not Grouping.HALL
        },
        "hours": {
            "days": [d.isoformat() for d in matrix.days],
            "hours": list(matrix.hours),
            "counts": [[matrix.cell(d, h) for h in matrix.hours] for d in matrix.days],
        },
        "notes": [_text(n, lang) for n in report.notes],
    }


def figures_json(f: Figures) -> dict[str, Any]:
    """One set of figures."""
    return {
        "tickets": f.tickets,
        "served": f.served,
        "no_show": f.no_show,
        "cancelled": f.cancelled,
        "unfinished": f.unfinished,
        "transferred": f.transferred,
        "print_failed": f.print_failed,
        "outcomes": dict(f.outcomes),
        "wait_minutes": _spread(f.wait),
        "service_minutes": _spread(f.service),
        "visit_minutes": _spread(f.visit),
        "within_standard": _share(f.within_standard),
        "within_15_minutes": _share(f.within_promise),
        "visit_within_15_minutes": _share(f.visit_within_promise),
        "ikm": _ikm(f.ikm),
    }


def _spread(s: Spread) -> dict[str, Any]:
    return {"count": s.count, "median": _round(s.median), "p90": _round(s.p90)}


def _share(s: Share) -> dict[str, Any]:
    ratio = round(s.ratio, 4) if s.ratio is not None else None
    return {"hits": s.hits, "total": s.total, "ratio": ratio}


def _ikm(result: IkmResult | None) -> dict[str, Any] | None:
    if result is None:
        return None
    return {
        "respondents": result.respondents,
        "nrr": {e.code: round(n, 4) for e, n in zip(ELEMENTS, result.nrr, strict=True)},
        "unit_index": round(result.unit_index, 4),
        "ikm": float(result.ikm_rounded),
        "grade": result.grade.letter,
        "grade_words": {"id": result.grade.words.id, "en": result.grade.words.en},
    }


def _round(value: float | None) -> float | None:
    return round(value, 2) if value is not None else None


def _text(text: Text, lang: Lang) -> str:
    return text.get(lang)
