"""Numbers as a report writes them: 3.127 tiket, 12,5 menit, 93,2% (English: 12.5, 93.2%)."""

from __future__ import annotations

from kiosk.domain.text import Lang, Text
from kiosk.reports.figures import Share, Spread

#: What an empty cell shows: no ticket could be measured.
NONE = "–"


def count(value: int) -> str:
    """A whole number with a thousands dot (Indonesian; an English reader reads it too)."""
    return f"{value:,}".replace(",", ".")


def decimal(value: float, lang: Lang, digits: int = 1) -> str:
    """A decimal with a comma in Indonesian, a point in English."""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "id" else text


def pair(spread: Spread, lang: Lang) -> str:
    """ "12,5 / 30,1": median and 90th percentile."""
    if spread.median is None or spread.p90 is None:
        return NONE
    return f"{decimal(spread.median, lang)} / {decimal(spread.p90, lang)}"


def minutes(spread: Spread, lang: Lang) -> str:
    """The pair with its unit."""
    text = pair(spread, lang)
    return text if text == NONE else f"{text} {Text('menit', 'min').get(lang)}"


def percent(share: Share, lang: Lang) -> str:
    """ "93,2%"."""
    return f"{decimal(share.ratio * 100, lang)}%" if share.ratio is not None else NONE


def share_of(share: Share, lang: Lang) -> str:
    """ "93,2% (1.024/1.099)"."""
    if share.ratio is None:
        return NONE
    return f"{percent(share, lang)} ({count(share.hits)}/{count(share.total)})"
