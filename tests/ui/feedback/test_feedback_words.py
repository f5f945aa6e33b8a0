"""Every fixed word of the survey and complaint screens exists in both languages."""

from __future__ import annotations

from kiosk.domain.ikm import ELEMENTS
from kiosk.domain.text import Text
from ui.feedback import strings
from ui.feedback.skm_words import QUESTIONS


def test_every_feedback_string_exists_in_both_languages() -> None:
    texts = [v for v in vars(strings).values() if isinstance(v, Text)]
    assert len(texts) >= 40
    for text in texts:
        assert text.id.strip() and text.en.strip(), text
        assert text.id != text.en or text.id in {"Status"}, text


def test_each_of_the_nine_elements_has_its_question_and_four_answers() -> None:
    assert list(QUESTIONS) == [e.code for e in ELEMENTS]
    for code, words in QUESTIONS.items():
        assert words.question.id.endswith("?") and words.question.en.endswith("?"), code
        assert len(set(words.answers)) == 4, code
        for answer in words.answers:
            assert answer.id.strip() and answer.en.strip(), code
    assert [a.id for a in QUESTIONS["U4"].answers] == [
        "Sangat mahal",
        "Cukup mahal",
        "Murah",
        "Gratis",
    ], "the regulation's words for the fee"
