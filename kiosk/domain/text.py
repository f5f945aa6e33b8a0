"""Bilingual text: everything a citizen reads exists in Bahasa Indonesia and English."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")


@dataclass(frozen=True, slots=True)
class Text:
    """One piece of user-facing text in both languages."""

    id: str
    en: str

    def get(self, lang: Lang) -> str:
        """The text in `lang` (Indonesian unless English is asked for)."""
        return self.en if lang == "en" else self.id

    def __str__(self) -> str:
        return self.id
