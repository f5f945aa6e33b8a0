"""Indeks Kepuasan Masyarakat (IKM): the satisfaction index of the Survei Kepuasan Masyarakat.

The arithmetic of Peraturan Menteri PANRB No. 14 Tahun 2017 (Pedoman Penyusunan Survei
Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik), lampiran, pengolahan data:

- nine elements (unsur) U1–U9, each answered on a 4-point scale (1 = tidak baik …
  4 = sangat baik);
- NRR per element (nilai rata-rata) = the sum of its answers ÷ the number of respondents;
- weighted NRR (NRR tertimbang) = NRR × 1/9: every element weighs the same (the
  regulation writes the weight as 0,111);
- IKM of the unit (nilai indeks, 1–4) = Σ weighted NRR;
- IKM (nilai konversi, 25–100) = IKM unit × 25;
- the quality of service (mutu pelayanan) by the conversion table:

  ====  ===============  ====================  =================
  mutu  nilai interval    nilai interval konv.  kinerja unit
  ====  ===============  ====================  =================
  A     3,5324 – 4,00     88,31 – 100,00        Sangat Baik
  B     3,0644 – 3,532    76,61 – 88,30         Baik
  C     2,60 – 3,064      65,00 – 76,60         Kurang Baik
  D     1,00 – 2,5996     25,00 – 64,99         Tidak Baik
  ====  ===============  ====================  =================

Checked against published uses of the regulation's table: Pemkab Tulang Bawang Barat's
SKM report (https://e-smile.tubaba.go.id/main/skm/laporan/online: "NRR tertimbang per
unsur = NRR per unsur x 0,111", "IKM = Jumlah NRR tertimbang x 25", A 88,31–100,00,
B 76,61–88,30, C 65,00–76,60, D 25,00–64,99) and the Buku Kinerja BLU BPPP Tegal 2024
(https://fliphtml5.com/reidny/aaer/BUKU_KINERJA_BLU_BPPP_TEGAL_2024_Final_14_08_24/64,
the whole table with the interval values 1,00–2,5996 / 2,60–3,064 / 3,0644–3,532 /
3,5324–4,00). docs/reports.md repeats the table and the sources.

Choices of ours, documented there too:
- the weight is exactly 1/9, not the rounded 0,111, so a questionnaire of all 4s gives
  100,00 (with 0,111 it would give 99,90);
- the grade is read from the IKM rounded to two decimals (half up), the number the
  report prints, so the gaps in the table (64,99 | 65,00, 76,60 | 76,61, 88,30 | 88,31)
  never leave a value without a grade and the grade always matches the printed value.
- A questionnaire must answer all nine elements: the regulation's means are over complete
  questionnaires, so an incomplete one is refused when it is made.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from math import fsum

from kiosk.domain.text import Text

#: Lowest and highest answer of the 4-point scale.
MIN_SCORE, MAX_SCORE = 1, 4
#: IKM unit (1–4) × this = IKM (25–100).
CONVERSION = 25


@dataclass(frozen=True, slots=True)
class Element:
    """One element (unsur) of the questionnaire."""

    code: str
    name: Text


#: The nine elements, in the regulation's order (U1 … U9).
ELEMENTS: tuple[Element, ...] = (
    Element("U1", Text("Persyaratan", "Requirements")),
    Element("U2", Text("Sistem, mekanisme dan prosedur", "System, mechanism and procedure")),
    Element("U3", Text("Waktu penyelesaian", "Completion time")),
    Element("U4", Text("Biaya/tarif", "Cost/fee")),
    Element("U5", Text("Produk spesifikasi jenis pelayanan", "Product of the service")),
    Element("U6", Text("Kompetensi pelaksana", "Staff competence")),
    Element("U7", Text("Perilaku pelaksana", "Staff conduct")),
    Element(
        "U8",
        Text("Penanganan pengaduan, saran dan masukan", "Handling of complaints and suggestions"),
    ),
    Element("U9", Text("Sarana dan prasarana", "Facilities and infrastructure")),
)
#: Every element weighs the same: 1/9 (the regulation's 0,111).
WEIGHT = 1 / len(ELEMENTS)


class InvalidAnswers(ValueError):
    """A questionnaire that cannot count: not nine answers, or an answer outside 1–4."""


@dataclass(frozen=True, slots=True)
class SkmAnswers:
    """One respondent's nine answers, U1 … U9 in order, each 1 (worst) to 4 (best)."""

    scores: tuple[int, ...]

    def __post_init__(self) -> None:
        if len(self.scores) != len(ELEMENTS):
            raise InvalidAnswers(
                f"a questionnaire has {len(ELEMENTS)} answers (U1–U9), not {len(self.scores)}"
            )
        for element, score in zip(ELEMENTS, self.scores, strict=True):
            # bool is an int in Python; True is no answer on a scale.
            if isinstance(score, bool) or not isinstance(score, int):
                raise InvalidAnswers(f"{element.code}: an answer is a whole number 1–4")
            if not MIN_SCORE <= score <= MAX_SCORE:
                raise InvalidAnswers(f"{element.code}: {score} is not on the scale 1–4")

    @classmethod
    def of(cls, scores: Sequence[int | None]) -> SkmAnswers:
        """Answers from a form's values; a missing answer (None) refuses the questionnaire."""
        missing = [e.code for e, s in zip(ELEMENTS, scores, strict=False) if s is None]
        if missing:
            raise InvalidAnswers(f"unanswered: {', '.join(missing)}; all nine are needed")
        return cls(tuple(s for s in scores if s is not None))


@dataclass(frozen=True, slots=True)
class Grade:
    """A quality grade (mutu pelayanan) and the unit's performance in words."""

    letter: str
    words: Text
    #: The lowest IKM (25–100, two decimals) with this grade.
    lowest: Decimal


#: Best first; the first whose `lowest` the IKM reaches is its grade.
GRADES: tuple[Grade, ...] = (
    Grade("A", Text("Sangat Baik", "Very good"), Decimal("88.31")),
    Grade("B", Text("Baik", "Good"), Decimal("76.61")),
    Grade("C", Text("Kurang Baik", "Less than good"), Decimal("65.00")),
    Grade("D", Text("Tidak Baik", "Not good"), Decimal("25.00")),
)


def rounded(ikm: float) -> Decimal:
    """The IKM as reports print it: two decimals, half up (88.305 → 88.31)."""
    return Decimal(repr(ikm)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade_for(ikm: float) -> Grade:
    """The grade of an IKM (25–100), read from its value rounded to two decimals."""
    value = rounded(ikm)
    if not Decimal(25) <= value <= Decimal(100):
        raise ValueError(f"an IKM is 25 to 100, not {ikm}")
    return next(g for g in GRADES if value >= g.lowest)


@dataclass(frozen=True, slots=True)
class IkmResult:
    """The index of a set of questionnaires."""

    respondents: int
    #: NRR per element, U1 … U9 (1–4).
    nrr: tuple[float, ...]
    #: NRR × 1/9 per element.
    weighted_nrr: tuple[float, ...]
    #: IKM of the unit: Σ weighted NRR (1–4).
    unit_index: float
    #: The converted IKM: unit index × 25 (25–100).
    ikm: float
    grade: Grade

    @property
    def ikm_rounded(self) -> Decimal:
        """The IKM as printed (two decimals)."""
        return rounded(self.ikm)


def compute_ikm(responses: Iterable[SkmAnswers]) -> IkmResult | None:
    """The IKM of these questionnaires; None when there are none (no index without answers)."""
    answers = list(responses)
    if not answers:
        return None
    count = len(answers)
    # fsum and one division per step: a mean of answers 1–4 stays within 1–4 exactly,
    # so a perfect survey is exactly 100 and nothing leaves the 25–100 range by rounding.
    nrr = tuple(fsum(a.scores[i] for a in answers) / count for i in range(len(ELEMENTS)))
    unit_index = fsum(nrr) / len(ELEMENTS)
    ikm = unit_index * CONVERSION
    return IkmResult(
        respondents=count,
        nrr=nrr,
        weighted_nrr=tuple(n * WEIGHT for n in nrr),
        unit_index=unit_index,
        ikm=ikm,
        grade=grade_for(ikm),
    )
