"""A report as an A4 PDF: the hall's header, the summary, the IKM, tickets per hour, the
day × hour heat map and the tables per agency, service (and counter or officer).

Set in the bundled Noto Sans, so Indonesian text renders the same on every machine and
stays extractable. Numbers are written the Indonesian way (12,5) in an Indonesian report.
"""

from __future__ import annotations

import io
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from assets import FOLDER as ASSETS
from kiosk.clock import local
from kiosk.domain.ikm import ELEMENTS, GRADES, IkmResult
from kiosk.domain.text import Lang, Text
from kiosk.domain.timefmt import clock_time, long_date
from kiosk.reports.figures import Figures, Grouping, Report, Row
from kiosk.reports.formats import NONE, count, decimal, minutes, pair, percent, share_of

FONT, FONT_BOLD = "MPPSans", "MPPSans-Bold"
MARGIN = 15 * mm
WIDTH = A4[0] - 2 * MARGIN
INK = colors.HexColor("#1F2933")
ACCENT = colors.HexColor("#0B5394")
RULE = colors.HexColor("#B8C4CE")
ZEBRA = colors.HexColor("#F2F5F8")
HEAT_LOW = colors.HexColor("#FFF7EC")
HEAT_HIGH = colors.HexColor("#B30000")
_DAYS = {
    "id": ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def write_pdf(report: Report, target: Path, lang: Lang = "id") -> Path:
    """Write the report as a PDF file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(pdf_bytes(report, lang))
    return target


def pdf_bytes(report: Report, lang: Lang = "id") -> bytes:
    """The report as PDF bytes (the same report gives the same bytes)."""
    _register_fonts()
    buffer = io.BytesIO()
    title = _t(Text("Laporan Kinerja Pelayanan", "Service performance report"), lang)
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=f"{title} — {report.period.label.get(lang)}",
        author=report.hall_name.get(lang),
        invariant=1,
    )
    footer = _Footer(report, lang)
    doc.build(_story(report, lang), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


class _Footer:
    """Hall, period and page number at the foot of every page."""

    def __init__(self, report: Report, lang: Lang) -> None:
        self._text = f"{report.hall_name.get(lang)} · {report.period.label.get(lang)}"
        self._page = _t(Text("Halaman", "Page"), lang)

    def __call__(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.setFillColor(colors.grey)
        canvas.drawString(MARGIN, MARGIN - 2 * mm, self._text)
        canvas.drawRightString(A4[0] - MARGIN, MARGIN - 2 * mm, f"{self._page} {doc.page}")
        canvas.restoreState()


def _story(report: Report, lang: Lang) -> list[Any]:
    """Page 1: the gist (summary, IKM, agencies) and what the figures mean; then the
    hours; then the detail tables."""
    story: list[Any] = [*_header(report, lang), *_summary(report, lang)]
    story += _ikm_block(report.total.ikm, lang)
    story += [CondPageBreak(40 * mm), *_group_table(report, Grouping.AGENCY, lang)]
    story += _definitions(report, lang)
    story += [CondPageBreak(70 * mm), *_hour_chart(report, lang), *_heat_map(report, lang)]
    tables = [Grouping.SERVICE]
    if report.by in (Grouping.COUNTER, Grouping.OFFICER):
        tables.append(report.by)
    for grouping in tables:
        story += [CondPageBreak(50 * mm), *_group_table(report, grouping, lang)]
    return story


# --- header and summary ---------------------------------------------------------------


def _header(report: Report, lang: Lang) -> list[Any]:
    made = report.generated_at
    stamp = f"{long_date(local(made).date()).get(lang)} {clock_time(made).get(lang)}"
    source = _t(Text("Sumber data", "Data from"), lang)
    made_on = _t(Text("Dibuat", "Made"), lang)
    return [
        Paragraph(report.hall_name.get(lang), _style("hall")),
        Paragraph(report.hall_address, _style("address")),
        _rule(),
        Paragraph(
            _t(Text("LAPORAN KINERJA PELAYANAN", "SERVICE PERFORMANCE REPORT"), lang),
            _style("title"),
        ),
        Paragraph(
            f"{report.period.label.get(lang)} · {report.period.span.get(lang)}", _style("period")
        ),
        Paragraph(f"{source}: {report.source.get(lang)} · {made_on}: {stamp}", _style("small")),
        Spacer(1, 4 * mm),
    ]


def _summary(report: Report, lang: Lang) -> list[Any]:
    f = report.total
    left = [
        (Text("Tiket diambil", "Tickets issued"), count(f.tickets)),
        (Text("Dilayani (selesai)", "Served (done)"), count(f.served)),
        (Text("Tidak hadir", "No-show"), count(f.no_show)),
        (Text("Dibatalkan", "Cancelled"), count(f.cancelled)),
        (Text("Belum selesai", "Unfinished"), count(f.unfinished)),
        (Text("Dialihkan", "Transferred"), count(f.transferred)),
        (Text("Gagal cetak", "Print failures"), count(f.print_failed)),
    ]
    right = [
        (Text("Waktu tunggu (median / p90)", "Waiting time (median / p90)"), minutes(f.wait, lang)),
        (
            Text("Waktu layanan (median / p90)", "Service time (median / p90)"),
            minutes(f.service, lang),
        ),
        (
            Text("Waktu di MPP (median / p90)", "Time in the hall (median / p90)"),
            minutes(f.visit, lang),
        ),
        (
            Text("Dalam waktu standar layanan", "Within the service's standard time"),
            share_of(f.within_standard, lang),
        ),
        (
            Text("Layanan loket maks. 15 menit", "Counter service within 15 min"),
            share_of(f.within_promise, lang),
        ),
        (
            Text("Ambil nomor s.d. selesai maks. 15 menit", "Ticket to done within 15 min"),
            share_of(f.visit_within_promise, lang),
        ),
    ]
    cells = []
    for i in range(max(len(left), len(right))):
        row: list[Any] = []
        for side in (left, right):
            label, value = side[i] if i < len(side) else (Text("", ""), "")
            row += [Paragraph(label.get(lang), _style("cell")), Paragraph(value, _style("num"))]
        cells.append(row)
    table = Table(cells, colWidths=[WIDTH * w for w in (0.22, 0.12, 0.40, 0.26)])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    heading = _t(Text("Ringkasan", "Summary"), lang)
    return [Paragraph(heading, _style("h2")), table, Spacer(1, 4 * mm)]


# --- IKM ----------------------------------------------------------------------------------


def _ikm_block(result: IkmResult | None, lang: Lang) -> list[Any]:
    heading = Paragraph(
        _t(Text("Indeks Kepuasan Masyarakat (IKM)", "Community Satisfaction Index (IKM)"), lang),
        _style("h2"),
    )
    if result is None:
        none = Text(
            "Belum ada jawaban Survei Kepuasan Masyarakat pada periode ini.",
            "No answers to the satisfaction survey in this period.",
        )
        return [heading, Paragraph(none.get(lang), _style("body")), Spacer(1, 4 * mm)]
    grade = result.grade
    respondents = _t(Text("responden", "respondents"), lang)
    headline = (
        f"IKM <b>{decimal(float(result.ikm_rounded), lang, 2)}</b> · "
        f"{_t(Text('mutu', 'grade'), lang)} <b>{grade.letter}</b> ({grade.words.get(lang)}) · "
        f"{count(result.respondents)} {respondents} · "
        f"{_t(Text('nilai indeks', 'unit index'), lang)} {decimal(result.unit_index, lang, 3)}"
    )
    rows: list[list[Any]] = [
        [
            _t(Text("Unsur", "Element"), lang),
            "",
            "NRR",
            _t(Text("NRR tertimbang", "Weighted NRR"), lang),
        ]
    ]
    for element, nrr, weighted in zip(ELEMENTS, result.nrr, result.weighted_nrr, strict=True):
        rows.append(
            [
                element.code,
                Paragraph(element.name.get(lang), _style("cell")),
                decimal(nrr, lang, 2),
                decimal(weighted, lang, 3),
            ]
        )
    table = Table(rows, colWidths=[WIDTH * w for w in (0.08, 0.52, 0.18, 0.22)], repeatRows=1)
    table.setStyle(_grid_style(numeric_from=2))
    return [
        KeepTogether([heading, Paragraph(headline, _style("body")), Spacer(1, 2 * mm), table]),
        Paragraph(_grade_legend(lang), _style("small")),
        Spacer(1, 4 * mm),
    ]


def _grade_legend(lang: Lang) -> str:
    spans = []
    upper = "100,00" if lang == "id" else "100.00"
    for grade in GRADES:
        low = decimal(float(grade.lowest), lang, 2)
        spans.append(f"{grade.letter} {grade.words.get(lang)} {low}–{upper}")
        upper = decimal(float(grade.lowest) - 0.01, lang, 2)
    source = Text(
        "IKM = Σ(NRR unsur × 1/9) × 25, PermenPAN-RB No. 14 Tahun 2017. Mutu: ",
        "IKM = Σ(element NRR × 1/9) × 25, PermenPAN-RB No. 14/2017. Grades: ",
    )
    return source.get(lang) + "; ".join(spans) + "."


# --- busiest hours --------------------------------------------------------------------


def _hour_chart(report: Report, lang: Lang) -> list[Any]:
    matrix = report.hours
    totals = [matrix.hour_total(h) for h in matrix.hours]
    height = 62 * mm
    drawing = Drawing(WIDTH, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 12 * mm
    chart.width, chart.height = WIDTH - 20 * mm, height - 20 * mm
    chart.data = [totals]
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = 6
    chart.categoryAxis.categoryNames = [f"{h:02d}" for h in matrix.hours]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 5
    drawing.add(chart)
    x_title = _t(Text("Jam pengambilan nomor (WIT)", "Hour the ticket was taken (WIT)"), lang)
    y_title = _t(Text("Tiket", "Tickets"), lang)
    drawing.add(
        String(
            chart.x + chart.width / 2,
            2 * mm,
            x_title,
            fontName=FONT,
            fontSize=7.5,
            textAnchor="middle",
        )
    )
    drawing.add(
        String(2 * mm, chart.y + chart.height + 3 * mm, y_title, fontName=FONT, fontSize=7.5)
    )
    heading = Text("Tiket per jam (seluruh periode)", "Tickets per hour (whole period)")
    return [KeepTogether([Paragraph(heading.get(lang), _style("h2")), drawing]), Spacer(1, 3 * mm)]


def _heat_map(report: Report, lang: Lang) -> list[Any]:
    matrix = report.hours
    head = [
        _t(Text("Hari", "Day"), lang),
        *(f"{h:02d}" for h in matrix.hours),
        _t(Text("Jumlah", "Total"), lang),
    ]
    rows: list[list[Any]] = [head]
    for day in matrix.days:
        label = f"{_DAYS[lang][day.weekday()]} {day:%d/%m}"
        rows.append(
            [label, *(matrix.cell(day, h) or "" for h in matrix.hours), matrix.day_total(day)]
        )
    hours = len(matrix.hours)
    rows.append(
        [
            _t(Text("Jumlah", "Total"), lang),
            *(matrix.hour_total(h) for h in matrix.hours),
            sum(matrix.hour_total(h) for h in matrix.hours),
        ]
    )
    first, rest = 22 * mm, 18 * mm
    cell = min(16 * mm, (WIDTH - first - rest) / max(hours, 1))
    table = Table(rows, colWidths=[first, *[cell] * hours, rest], repeatRows=1)
    style = _grid_style(numeric_from=1)
    top = matrix.busiest
    for r, day in enumerate(matrix.days, start=1):
        for c, hour in enumerate(matrix.hours, start=1):
            value = matrix.cell(day, hour)
            if value:
                shade = _heat(value / top)
                style.add("BACKGROUND", (c, r), (c, r), shade)
                if value / top > 0.55:
                    style.add("TEXTCOLOR", (c, r), (c, r), colors.white)
    style.add("FONTNAME", (0, len(rows) - 1), (-1, len(rows) - 1), FONT_BOLD)
    style.add("FONTNAME", (-1, 0), (-1, -1), FONT_BOLD)
    style.add("LINEABOVE", (0, -1), (-1, -1), 0.6, INK)
    table.setStyle(style)
    heading = Text(
        "Jam tersibuk: tiket per hari dan jam (WIT)",
        "Busiest hours: tickets per day and hour (WIT)",
    )
    note = Text(
        "Warna makin tua, makin banyak tiket diambil pada jam itu. Sabtu, Minggu dan hari "
        "libur tanpa tiket tidak ditampilkan.",
        "The darker the cell, the more tickets were taken in that hour. Saturdays, Sundays "
        "and holidays without tickets are left out.",
    )
    block = [
        Paragraph(heading.get(lang), _style("h2")),
        table,
        Paragraph(note.get(lang), _style("small")),
    ]
    return [KeepTogether(block), Spacer(1, 4 * mm)]


def _heat(fraction: float) -> Any:
    """A colour between the low and the high end of the heat scale."""
    return colors.linearlyInterpolatedColor(HEAT_LOW, HEAT_HIGH, 0, 1, max(0.0, min(1.0, fraction)))


# --- tables per group ---------------------------------------------------------------------


_TITLES = {
    Grouping.AGENCY: Text("Per instansi", "By agency"),
    Grouping.SERVICE: Text("Per layanan", "By service"),
    Grouping.COUNTER: Text("Per loket", "By counter"),
    Grouping.OFFICER: Text("Per petugas", "By officer"),
}
#: Column headings and widths (points) of the tables per group; the name takes the rest.
_COLUMNS = (
    (Text("Tiket", "Tickets"), 32),
    (Text("Dilayani", "Served"), 36),
    (Text("Tidak hadir", "No-show"), 34),
    (Text("Dialihkan", "Trans- ferred"), 40),
    (Text("Batal", "Cancel- led"), 32),
    (Text("Gagal cetak", "Print failed"), 32),
    (Text("Tunggu (mnt) med / p90", "Wait (min) med / p90"), 50),
    (Text("Layanan (mnt) med / p90", "Service (min) med / p90"), 50),
    (Text("Dalam standar", "Within standard"), 40),
    (Text("Maks. 15 mnt", "Within 15 min"), 36),
    (Text("IKM", "IKM"), 38),
)


def _group_table(report: Report, grouping: Grouping, lang: Lang) -> list[Any]:
    name_width = WIDTH - sum(w for _, w in _COLUMNS)
    head = [Paragraph(_t(_TITLES[grouping], lang), _style("head"))]
    head += [Paragraph(label.get(lang), _style("head")) for label, _ in _COLUMNS]
    rows: list[list[Any]] = [head]
    rows += [_group_cells(row, lang) for row in report.rows[grouping]]
    hall = report.rows[Grouping.HALL]
    if hall:
        total = _group_cells(Row("hall", Text("Jumlah", "Total"), hall[0].figures), lang)
        rows.append(total)
    widths = [name_width, *(w for _, w in _COLUMNS)]
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = _grid_style(numeric_from=1)
    if hall:
        style.add("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)
        style.add("FONTNAME", (1, -1), (-1, -1), FONT_BOLD)
    table.setStyle(style)
    if len(rows) == 2 and hall:
        none = Text("Tidak ada tiket pada periode ini.", "No tickets in this period.")
        return [
            Paragraph(_t(_TITLES[grouping], lang), _style("h2")),
            Paragraph(none.get(lang), _style("body")),
        ]
    return [Paragraph(_t(_TITLES[grouping], lang), _style("h2")), table, Spacer(1, 4 * mm)]


def _group_cells(row: Row, lang: Lang) -> list[Any]:
    f: Figures = row.figures
    ikm = f.ikm
    cells: list[Any] = [Paragraph(row.label.get(lang), _style("cell"))]
    cells += [
        count(v)
        for v in (f.tickets, f.served, f.no_show, f.transferred, f.cancelled, f.print_failed)
    ]
    cells += [pair(f.wait, lang), pair(f.service, lang)]
    cells += [percent(f.within_standard, lang), percent(f.within_promise, lang)]
    cells.append(f"{decimal(float(ikm.ikm_rounded), lang, 2)} {ikm.grade.letter}" if ikm else NONE)
    return cells


# --- definitions ---------------------------------------------------------------------------


def _definitions(report: Report, lang: Lang) -> list[Any]:
    lines = [
        Text(
            "Waktu tunggu: dari ambil nomor sampai dipanggil ke loket (tiket yang dialihkan "
            "tidak dihitung). Waktu layanan: dari mulai dilayani (atau dipanggil) sampai "
            "selesai, tiket yang selesai saja. Median: nilai tengah; p90: 90% warga tidak "
            "lebih lama dari nilai ini.",
            "Waiting time: from taking the ticket to the call to a counter (transferred "
            "tickets left out). Service time: from the start of service (or the call) to "
            "done, served tickets only. Median: the middle value; p90: 90% of citizens took "
            "no longer than this.",
        ),
        Text(
            "Dalam standar: waktu layanan tidak lebih dari waktu nominal layanan di katalog "
            "(nominal_minutes). Maks. 15 menit: waktu layanan di loket tidak lebih dari 15 "
            "menit per transaksi (janji Pemkab); ringkasan juga memuat waktu dari ambil nomor "
            "sampai selesai.",
            "Within standard: service time no longer than the service's nominal time in the "
            "catalogue (nominal_minutes). Within 15 min: counter service of at most 15 minutes "
            "per transaction (the regency's promise); the summary also gives ticket to done.",
        ),
        *report.notes,
    ]
    heading = Paragraph(_t(Text("Keterangan", "Notes"), lang), _style("h3"))
    return [
        CondPageBreak(30 * mm),
        heading,
        *(Paragraph(t.get(lang), _style("small")) for t in lines),
    ]


# --- formatting -----------------------------------------------------------------------------


def _t(text: Text, lang: Lang) -> str:
    return text.get(lang)


def _rule() -> Table:
    line = Table([[""]], colWidths=[WIDTH], rowHeights=[2])
    line.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, ACCENT)]))
    return line


def _grid_style(numeric_from: int) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 0), (-1, -1), 7.5),
            ("LEADING", (0, 0), (-1, -1), 9),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F0")),
            ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
            ("BOX", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
    )


@cache
def _style(name: str) -> ParagraphStyle:
    base = {"fontName": FONT, "textColor": INK}
    styles = {
        "hall": {"fontName": FONT_BOLD, "fontSize": 15, "leading": 19, "textColor": ACCENT},
        "address": {"fontSize": 8.5, "leading": 11},
        "title": {"fontName": FONT_BOLD, "fontSize": 13, "leading": 17, "spaceBefore": 6},
        "period": {"fontSize": 10.5, "leading": 14},
        "h2": {
            "fontName": FONT_BOLD,
            "fontSize": 11,
            "leading": 14,
            "spaceBefore": 4,
            "spaceAfter": 3,
            "textColor": ACCENT,
        },
        "h3": {"fontName": FONT_BOLD, "fontSize": 9, "leading": 12, "spaceBefore": 4},
        "body": {"fontSize": 9, "leading": 12},
        "small": {"fontSize": 7, "leading": 9, "textColor": colors.HexColor("#52606D")},
        "cell": {"fontSize": 7.5, "leading": 9},
        "num": {"fontSize": 8, "leading": 10, "alignment": TA_RIGHT},
        "head": {"fontName": FONT_BOLD, "fontSize": 6.8, "leading": 8},
    }
    return ParagraphStyle(name, **{**base, **styles[name]})


@lru_cache(maxsize=1)
def _register_fonts() -> None:
    for name, file in ((FONT, "NotoSans-Regular.ttf"), (FONT_BOLD, "NotoSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(ASSETS / "fonts" / file)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )
