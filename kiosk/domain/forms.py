"""Service forms as the domain sees them: fields, their rules, and when each is shown."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from kiosk.domain.text import Text


class FieldType(StrEnum):
    """What kind of answer a field takes (and so which keyboard and which check)."""

    TEXT = "text"
    LONG_TEXT = "long_text"
    NIK = "nik"
    KK = "kk"
    PHONE = "phone"
    EMAIL = "email"
    POSTAL_CODE = "postal_code"
    DATE = "date"
    NUMBER = "number"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    YES_NO = "yes_no"


#: Fields typed with the number pad.
DIGIT_TYPES = frozenset({FieldType.NIK, FieldType.KK, FieldType.PHONE, FieldType.POSTAL_CODE})

#: Answers as they travel: one string, or several for a multiple choice.
Answer = str | tuple[str, ...]
Answers = Mapping[str, Answer]


@dataclass(frozen=True, slots=True)
class Option:
    """One answer of a choice."""

    value: str
    label: Text


@dataclass(frozen=True, slots=True)
class Condition:
    """Shown only when an earlier field's answer is one of `equals`."""

    field: str
    equals: frozenset[str]


@dataclass(frozen=True, slots=True)
class FieldDef:
    """One question."""

    id: str
    type: FieldType
    label: Text
    help: Text | None = None
    required: bool = True
    personal: bool = False
    on_receipt: bool = False
    step: int = 1
    min_length: int | None = None
    max_length: int | None = None
    min: float | None = None
    max: float | None = None
    pattern: str | None = None
    pattern_hint: Text | None = None
    options: tuple[Option, ...] = ()
    default: str | None = None
    allow_future: bool = False
    uppercase: bool = False  # stored (and matched) in capitals: plate numbers, codes
    visible_when: Condition | None = None

    def option_label(self, value: str) -> Text:
        """The label of a choice's value (the value itself if unknown)."""
        if self.type is FieldType.YES_NO:
            return YES if value == "yes" else NO
        return next((o.label for o in self.options if o.value == value), Text(value, value))


YES = Text("Ya", "Yes")
NO = Text("Tidak", "No")


@dataclass(frozen=True, slots=True)
class FormDef:
    """A service's form."""

    id: str
    title: Text
    purpose: Text
    fields: tuple[FieldDef, ...]
    retention_days: int | None = None

    @property
    def collects_personal_data(self) -> bool:
        """Whether the consent notice must come first."""
        return any(f.personal for f in self.fields)

    def field(self, field_id: str) -> FieldDef | None:
        """A field by id."""
        return next((f for f in self.fields if f.id == field_id), None)

    def visible(self, answers: Answers) -> tuple[FieldDef, ...]:
        """The fields shown for these answers (conditions on earlier answers)."""
        shown: list[FieldDef] = []
        for f in self.fields:
            condition = f.visible_when
            if condition is None or _answered(answers.get(condition.field), condition.equals):
                shown.append(f)
        return tuple(shown)

    def steps(self, answers: Answers) -> list[tuple[FieldDef, ...]]:
        """The pages of the form for these answers, in order (empty steps left out)."""
        by_step: dict[int, list[FieldDef]] = {}
        for f in self.visible(answers):
            by_step.setdefault(f.step, []).append(f)
        return [tuple(by_step[n]) for n in sorted(by_step)]


def _answered(answer: Answer | None, equals: frozenset[str]) -> bool:
    if answer is None:
        return False
    values = (answer,) if isinstance(answer, str) else answer
    return any(v in equals for v in values)
