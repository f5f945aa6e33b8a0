"""The satisfaction survey (SKM) of one citizen: who may answer, the respondent profile, rules.

The nine answers themselves are `kiosk.domain.ikm.SkmAnswers`. Here are the rest of the
regulation's questionnaire (PermenPAN-RB 14/2017, lampiran, contoh kuesioner: jenis
kelamin, pendidikan, pekerjaan, umur) as fixed choices a touchscreen can offer, and the
rules of who may answer:

- one answer per served ticket: a ticket that ended `done` (whatever the outcome:
  served, documents incomplete, refused) on its hall day or in the `ANSWER_DAYS` after;
- anonymous: never a NIK or a name; the respondent profile is optional and coarse (an age
  group, not a birth date);
- the comment is free text and may hold anything a citizen types (a name, a phone
  number), so it is treated as personal data: sealed at rest, never logged, purged from
  the stations in time.

The regulation asks the age in years; a group is asked instead, so that a touchscreen
needs no number pad and the answer identifies nobody. Reports group ages anyway.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Self, TypeVar

from kiosk.clock import service_day
from kiosk.domain.ikm import SkmAnswers
from kiosk.domain.text import Text

#: A ticket may be rated on its hall day and this many days after (its QR is checked).
ANSWER_DAYS = 7
#: The longest comment (characters), after spaces are tidied.
MAX_COMMENT = 500


class Choice(StrEnum):
    """A fixed answer of the profile; `label` is what the screen shows."""

    @property
    def label(self) -> Text:
        """The answer in both languages."""
        return _LABELS[self]


class AgeGroup(Choice):
    """Umur (age), in groups."""

    UNDER_20 = "<20"
    FROM_20 = "20-29"
    FROM_30 = "30-39"
    FROM_40 = "40-49"
    FROM_50 = "50-59"
    FROM_60 = "60+"


class Sex(Choice):
    """Jenis kelamin (sex), as the questionnaire asks it."""

    MALE = "L"
    FEMALE = "P"


class Education(Choice):
    """Pendidikan terakhir (highest education)."""

    SD = "sd"
    SMP = "smp"
    SMA = "sma"
    DIPLOMA = "d1-d3"
    S1 = "d4-s1"
    S2 = "s2+"


class Occupation(Choice):
    """Pekerjaan utama (main occupation), the questionnaire's list."""

    PNS = "pns"
    TNI = "tni"
    POLRI = "polri"
    SWASTA = "swasta"
    WIRAUSAHA = "wirausaha"
    OTHER = "lainnya"


_LABELS: dict[Choice, Text] = {
    AgeGroup.UNDER_20: Text("Di bawah 20 tahun", "Under 20"),
    AgeGroup.FROM_20: Text("20–29 tahun", "20–29"),
    AgeGroup.FROM_30: Text("30–39 tahun", "30–39"),
    AgeGroup.FROM_40: Text("40–49 tahun", "40–49"),
    AgeGroup.FROM_50: Text("50–59 tahun", "50–59"),
    AgeGroup.FROM_60: Text("60 tahun ke atas", "60 or older"),
    Sex.MALE: Text("Laki-laki", "Male"),
    Sex.FEMALE: Text("Perempuan", "Female"),
    Education.SD: Text("SD ke bawah", "Primary school or less"),
    Education.SMP: Text("SMP", "Junior high school"),
    Education.SMA: Text("SMA/SMK", "Senior high school"),
    Education.DIPLOMA: Text("D1–D3", "Diploma (D1–D3)"),
    Education.S1: Text("D4/S1", "Bachelor (D4/S1)"),
    Education.S2: Text("S2 ke atas", "Master or higher"),
    Occupation.PNS: Text("PNS", "Civil servant"),
    Occupation.TNI: Text("TNI", "Armed forces (TNI)"),
    Occupation.POLRI: Text("POLRI", "Police (POLRI)"),
    Occupation.SWASTA: Text("Pegawai swasta", "Private employee"),
    Occupation.WIRAUSAHA: Text("Wirausaha", "Self-employed"),
    Occupation.OTHER: Text("Lainnya", "Other"),
}

C = TypeVar("C", bound=Choice)

#: The four questions of the profile, in the questionnaire's order, with their choices.
PROFILE_QUESTIONS: tuple[tuple[str, Text, type[Choice]], ...] = (
    ("age_group", Text("Umur", "Age"), AgeGroup),
    ("sex", Text("Jenis kelamin", "Sex"), Sex),
    ("education", Text("Pendidikan terakhir", "Highest education"), Education),
    ("occupation", Text("Pekerjaan utama", "Main occupation"), Occupation),
)


class SurveyInvalid(ValueError):
    """An answer that cannot be kept (a profile value not on the list, a comment too long)."""

    def __init__(self, message: Text) -> None:
        super().__init__(message.en)
        self.message = message


@dataclass(frozen=True, slots=True)
class RespondentProfile:
    """The optional profile: every question may be left unanswered (None)."""

    age_group: AgeGroup | None = None
    sex: Sex | None = None
    education: Education | None = None
    occupation: Occupation | None = None

    @classmethod
    def of(cls, values: Mapping[str, str | None]) -> Self:
        """A profile from stored or typed codes; SurveyInvalid names a code not on a list."""
        unknown = set(values) - {name for name, _, _ in PROFILE_QUESTIONS}
        if unknown:
            raise SurveyInvalid(_bad_profile(", ".join(sorted(unknown))))
        return cls(
            _pick(AgeGroup, values, "age_group"),
            _pick(Sex, values, "sex"),
            _pick(Education, values, "education"),
            _pick(Occupation, values, "occupation"),
        )

    def to_json(self) -> dict[str, str | None]:
        """The codes (None for an unanswered question)."""
        return {name: getattr(self, name) for name, _, _ in PROFILE_QUESTIONS}


@dataclass(frozen=True, slots=True)
class SurveyRecord:
    """One counted answer, as reports read it on a station or the server (never the comment)."""

    survey_id: str
    ticket_id: str
    number: str
    service_code: str
    agency_code: str | None
    counter_number: int | None
    officer_name: str | None
    answered_at: datetime
    answers: SkmAnswers
    profile: RespondentProfile

    @property
    def day(self) -> date:
        """The hall day (WIT) of the answer."""
        return service_day(self.answered_at)


def clean_comment(comment: str | None) -> str | None:
    """A comment as kept: spaces tidied, None when empty; SurveyInvalid when too long."""
    text = " ".join((comment or "").split())
    if len(text) > MAX_COMMENT:
        raise SurveyInvalid(
            Text(
                f"Saran terlalu panjang: {len(text)} huruf, paling banyak {MAX_COMMENT}.",
                f"The comment is too long: {len(text)} characters, at most {MAX_COMMENT}.",
            )
        )
    return text or None


class Refusal(StrEnum):
    """Why a ticket cannot be rated."""

    UNKNOWN = "unknown"  # no such number today, or a genuine QR this station does not know
    FORGED = "forged"  # not a ticket QR of this hall
    NOT_SERVED = "not_served"  # still waiting, called, being served; or no-show, cancelled
    TOO_OLD = "too_old"  # served more than ANSWER_DAYS ago
    ANSWERED = "answered"  # one answer per ticket


def refusal_text(reason: Refusal, number: str) -> Text:
    """What the citizen is told, and what to do next."""
    return _REFUSALS[reason](number)


_REFUSALS = {
    Refusal.UNKNOWN: lambda n: Text(
        f"Nomor {n} tidak ditemukan untuk hari ini. Periksa nomor pada tiket, atau pindai "
        "kode QR-nya.",
        f"Number {n} was not found for today. Check the number on the ticket, or scan its QR code.",
    ),
    Refusal.FORGED: lambda n: Text(
        "Kode QR ini bukan tiket MPP ini. Pindai tiket antrean yang Anda terima di sini.",
        "This QR code is not a ticket of this hall. Scan the queue ticket you were given here.",
    ),
    Refusal.NOT_SERVED: lambda n: Text(
        f"Tiket {n} belum tercatat selesai dilayani. Survei dapat diisi setelah layanan "
        "selesai; jika baru saja selesai, coba lagi sebentar lagi.",
        f"Ticket {n} is not recorded as served yet. The survey can be answered once the "
        "service is finished; if it just finished, try again in a moment.",
    ),
    Refusal.TOO_OLD: lambda n: Text(
        f"Tiket {n} dilayani lebih dari {ANSWER_DAYS} hari yang lalu; survei untuk tiket ini "
        "sudah ditutup.",
        f"Ticket {n} was served more than {ANSWER_DAYS} days ago; its survey is closed.",
    ),
    Refusal.ANSWERED: lambda n: Text(
        f"Survei untuk tiket {n} sudah diisi. Terima kasih atas penilaian Anda.",
        f"The survey for ticket {n} has been answered already. Thank you for your rating.",
    ),
}


def _pick(kind: type[C], values: Mapping[str, str | None], name: str) -> C | None:
    code = values.get(name)
    try:
        return kind(code) if code else None
    except ValueError as exc:
        raise SurveyInvalid(_bad_profile(f"{name}={code}")) from exc


def _bad_profile(what: str) -> Text:
    return Text(
        f"Jawaban profil tidak ada dalam pilihan: {what}.",
        f"A profile answer is not one of the choices: {what}.",
    )
