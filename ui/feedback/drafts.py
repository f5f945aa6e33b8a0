"""What a citizen has entered so far in the survey or a complaint: one object per flow that
every page of it reads and writes, and that `clear()` empties for the next citizen."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.domain.complaint import Category
from kiosk.domain.ikm import ELEMENTS
from kiosk.domain.survey import PROFILE_QUESTIONS, RespondentProfile
from kiosk.services.survey_service import SurveyTicket


def _no_scores() -> list[int | None]:
    return [None] * len(ELEMENTS)


def _no_profile() -> dict[str, str | None]:
    return dict.fromkeys((name for name, _, _ in PROFILE_QUESTIONS), None)


@dataclass
class SurveyDraft:
    """The ticket being rated, its nine answers (None: not yet), the profile, the comment."""

    ticket: SurveyTicket | None = None
    scores: list[int | None] = field(default_factory=_no_scores)
    profile: dict[str, str | None] = field(default_factory=_no_profile)
    comment: str = ""

    def start(self, ticket: SurveyTicket) -> None:
        """A fresh questionnaire about `ticket`."""
        self.clear()
        self.ticket = ticket

    def clear(self) -> None:
        """Forget everything (the next citizen, or idle)."""
        self.ticket = None
        self.scores = _no_scores()
        self.profile = _no_profile()
        self.comment = ""

    def respondent(self) -> RespondentProfile:
        """The profile as the survey service takes it."""
        return RespondentProfile.of(self.profile)

    @property
    def empty(self) -> bool:
        """Nothing entered (what idle must leave behind)."""
        return self == SurveyDraft()


@dataclass
class ComplaintDraft:
    """A complaint being written: agency, category, text, optional contact and ticket."""

    agency_code: str | None = None
    category: Category | None = None
    text: str = ""
    contact: str = ""
    #: A typed number (`A1-012`) or a scanned ticket QR.
    ticket: str = ""

    def clear(self) -> None:
        """Forget everything (sent, the next citizen, or idle)."""
        self.agency_code, self.category = None, None
        self.text, self.contact, self.ticket = "", "", ""

    @property
    def empty(self) -> bool:
        """Nothing entered."""
        return self == ComplaintDraft()
