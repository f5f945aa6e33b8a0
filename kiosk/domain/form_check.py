"""Checking a citizen's answers against a form, and masking personal data for display.

Hidden fields (their condition not met) are neither checked nor kept. Every
message says what is wrong with which field, in Indonesian and English.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kiosk.domain.forms import Answer, Answers, FieldDef, FieldType, FormDef
from kiosk.domain.text import Text
from kiosk.domain.validators import (
    Check,
    check_email,
    check_kk,
    check_nik,
    check_past_date,
    check_phone,
    check_postal_code,
)

TEXT_LIMIT = 200
LONG_TEXT_LIMIT = 1000
#: Unicode categories a typed text may hold: letters, marks, digits, punctuation, spaces,
#: currency and maths signs. Emoji and control characters are refused.
_ALLOWED_CATEGORIES = ("L", "M", "N", "P", "Zs", "Sc", "Sm")
_DATE_FORMATS = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),  # 2026-11-23 (ISO, as the date picker gives)
    re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$"),  # 23/11/2026 (as people write)
)
MASK = "•"


@dataclass(frozen=True)
class FormCheck:
    """The outcome of checking all answers."""

    values: dict[str, Answer]
    errors: dict[str, Text]
    warnings: dict[str, tuple[Text, ...]]

    @property
    def ok(self) -> bool:
        """No field has an error."""
        return not self.errors


def check_answers(form: FormDef, answers: Answers, today: date) -> FormCheck:
    """Check every visible field; keep normalised values of the answered ones."""
    values: dict[str, Answer] = {}
    errors: dict[str, Text] = {}
    warnings: dict[str, tuple[Text, ...]] = {}
    female = sex_of(answers)
    for field in form.visible(answers):
        check = check_field(field, answers.get(field.id), today, female=female)
        if check.errors:
            errors[field.id] = check.errors[0]
        elif check.answer != "":
            values[field.id] = check.answer
        if check.warnings:
            warnings[field.id] = check.warnings
    return FormCheck(values, errors, warnings)


@dataclass(frozen=True)
class FieldCheck:
    """One field's outcome: the value to keep (a tuple for a multiple choice)."""

    answer: Answer  # "" when none was given
    errors: tuple[Text, ...] = ()
    warnings: tuple[Text, ...] = ()


#: A form that asks the citizen's sex with this field lets the NIK check compare.
SEX_FIELD = "jenis_kelamin"


def sex_of(answers: Answers) -> bool | None:
    """True for a woman, False for a man, None when the form does not ask."""
    answer = answers.get(SEX_FIELD)
    return {"perempuan": True, "laki_laki": False}.get(answer) if isinstance(answer, str) else None


def check_field(
    field: FieldDef, answer: Answer | None, today: date, *, female: bool | None = None
) -> FieldCheck:
    """Check one answer against its field's rules (`female` lets an NIK be compared)."""
    if answer is None or _empty(answer):
        if field.required:
            return _error(
                "", Text(f"{field.label.id} wajib diisi.", f"{field.label.en} is required.")
            )
        return FieldCheck("")
    if field.type is FieldType.MULTI_CHOICE:
        return _multi(field, answer)
    text = answer if isinstance(answer, str) else ",".join(answer)
    if field.type is FieldType.NIK:
        check = check_nik(text.strip(), today, female=female)
    else:
        check = _CHECKS[field.type](field, text.strip(), today)
    return FieldCheck(check.value, check.errors, check.warnings)


def _empty(answer: Answer) -> bool:
    return not answer.strip() if isinstance(answer, str) else not answer


def _error(value: Answer, message: Text) -> FieldCheck:
    return FieldCheck(value, (message,))


def _text(field: FieldDef, value: str, today: date) -> Check:
    if field.uppercase:
        value = value.upper()
    bad = next((c for c in value if not _allowed(c)), None)
    if bad is not None:
        return Check(
            value,
            (
                Text(
                    f"{field.label.id}: hanya huruf, angka dan tanda baca yang dapat diisi.",
                    f"{field.label.en}: only letters, digits and punctuation can be entered.",
                ),
            ),
        )
    limit = field.max_length or (
        LONG_TEXT_LIMIT if field.type is FieldType.LONG_TEXT else TEXT_LIMIT
    )
    if len(value) > limit:
        return _too(field, value, f"paling banyak {limit} huruf", f"at most {limit} characters")
    if field.min_length and len(value) < field.min_length:
        least = field.min_length
        return _too(field, value, f"paling sedikit {least} huruf", f"at least {least} characters")
    if field.pattern and not re.fullmatch(field.pattern, value):
        hint = field.pattern_hint or Text("format belum sesuai", "the format is not right")
        return Check(value, (Text(f"{field.label.id}: {hint.id}", f"{field.label.en}: {hint.en}"),))
    return Check(value)


def _allowed(character: str) -> bool:
    return unicodedata.category(character).startswith(_ALLOWED_CATEGORIES)


def _too(field: FieldDef, value: str, id_: str, en: str) -> Check:
    return Check(value, (Text(f"{field.label.id}: {id_}.", f"{field.label.en}: {en}."),))


def _date(field: FieldDef, value: str, today: date) -> Check:
    for pattern in _DATE_FORMATS:
        match = pattern.match(value)
        if match is None:
            continue
        a, b, c = (int(g) for g in match.groups())
        year, month, day = (a, b, c) if a > 31 else (c, b, a)
        try:
            given = date(year, month, day)
        except ValueError:
            break
        return Check(given.isoformat()) if field.allow_future else check_past_date(given, today)
    return Check(
        value,
        (
            Text(
                f"{field.label.id}: tanggal tidak ada atau tidak terbaca (contoh: 17/08/1990).",
                f"{field.label.en}: not a real or readable date (e.g. 17/08/1990).",
            ),
        ),
    )


def _number(field: FieldDef, value: str, today: date) -> Check:
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        return Check(
            value,
            (Text(f"{field.label.id}: isi dengan angka.", f"{field.label.en}: enter a number."),),
        )
    if field.min is not None and number < field.min:
        return _too(field, value, f"paling kecil {field.min:g}", f"at least {field.min:g}")
    if field.max is not None and number > field.max:
        return _too(field, value, f"paling besar {field.max:g}", f"at most {field.max:g}")
    return Check(f"{number:g}")


def _choice(field: FieldDef, value: str, today: date) -> Check:
    allowed = {"yes", "no"} if field.type is FieldType.YES_NO else {o.value for o in field.options}
    if value not in allowed:
        return Check(
            value,
            (Text(f"{field.label.id}: pilih salah satu.", f"{field.label.en}: choose one."),),
        )
    return Check(value)


def _multi(field: FieldDef, answer: Answer) -> FieldCheck:
    values = (answer,) if isinstance(answer, str) else answer
    allowed = {o.value for o in field.options}
    if any(v not in allowed for v in values):
        return _error(
            tuple(values),
            Text(
                f"{field.label.id}: ada pilihan yang tidak dikenal.",
                f"{field.label.en}: an unknown choice was given.",
            ),
        )
    return FieldCheck(tuple(o.value for o in field.options if o.value in values))


_CHECKS: dict[FieldType, Callable[[FieldDef, str, date], Check]] = {
    FieldType.TEXT: _text,
    FieldType.LONG_TEXT: _text,
    FieldType.KK: lambda field, value, today: check_kk(value),
    FieldType.PHONE: lambda field, value, today: check_phone(value),
    FieldType.EMAIL: lambda field, value, today: check_email(value),
    FieldType.POSTAL_CODE: lambda field, value, today: check_postal_code(value),
    FieldType.DATE: _date,
    FieldType.NUMBER: _number,
    FieldType.CHOICE: _choice,
    FieldType.YES_NO: _choice,
}


def mask(field: FieldDef, value: Answer) -> str:
    """How an answer is shown in public (screens, paper): personal data partly hidden."""
    text = value if isinstance(value, str) else ", ".join(value)
    if not field.personal:
        return text
    if field.type in (FieldType.NIK, FieldType.KK) and len(text) == 16:
        return f"{text[:4]} {MASK * 4} {MASK * 4} {text[12:]}"
    if field.type is FieldType.PHONE and len(text) > 8:
        return f"{text[:6]}{MASK * (len(text) - 9)}{text[-3:]}"
    if field.type is FieldType.EMAIL and "@" in text:
        local, _, domain = text.partition("@")
        return f"{local[:1]}{MASK * 3}@{domain}"
    if field.type is FieldType.DATE:
        return f"{MASK * 2}-{MASK * 2}-{text[:4]}"
    return " ".join(f"{word[:1]}{MASK * 3}" for word in text.split())
