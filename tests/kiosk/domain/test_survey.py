"""The survey's profile choices and comment rule."""

from __future__ import annotations

import pytest

from kiosk.domain.survey import (
    MAX_COMMENT,
    PROFILE_QUESTIONS,
    AgeGroup,
    Education,
    Refusal,
    RespondentProfile,
    SurveyInvalid,
    clean_comment,
    refusal_text,
)


def test_every_choice_and_refusal_has_words_in_both_languages() -> None:
    for _, question, kind in PROFILE_QUESTIONS:
        assert question.id and question.en
        for choice in kind:
            assert choice.label.id and choice.label.en
    for reason in Refusal:
        text = refusal_text(reason, "A1-012")
        assert text.id and text.en and text.id != text.en


def test_a_profile_round_trips_through_its_codes() -> None:
    profile = RespondentProfile(AgeGroup.FROM_60, None, Education.S1, None)
    assert RespondentProfile.of(profile.to_json()) == profile
    assert RespondentProfile.of({}) == RespondentProfile()
    with pytest.raises(SurveyInvalid, match="education=phd"):
        RespondentProfile.of({"education": "phd"})
    with pytest.raises(SurveyInvalid, match="name"):
        RespondentProfile.of({"name": "Budi"})


def test_a_comment_is_tidied_and_at_most_500_characters() -> None:
    assert clean_comment("  bagus \n sekali ") == "bagus sekali"
    assert clean_comment("   ") is None and clean_comment(None) is None
    assert clean_comment("x" * MAX_COMMENT) == "x" * MAX_COMMENT
    with pytest.raises(SurveyInvalid, match="too long"):
        clean_comment("x" * (MAX_COMMENT + 1))
