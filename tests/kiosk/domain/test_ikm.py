"""The IKM arithmetic of PermenPAN-RB 14/2017, against a questionnaire worked out by hand."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.ikm import ELEMENTS, InvalidAnswers, SkmAnswers, compute_ikm, grade_for

#: Ten respondents, U1 … U9 each.
WORKED = [
    (4, 4, 4, 4, 4, 4, 4, 4, 4),
    (3, 3, 3, 4, 3, 3, 3, 3, 3),
    (3, 4, 3, 4, 3, 4, 4, 3, 3),
    (2, 3, 3, 4, 3, 3, 3, 2, 3),
    (4, 3, 2, 4, 3, 3, 4, 3, 3),
    (3, 3, 3, 4, 4, 3, 4, 3, 2),
    (3, 3, 3, 4, 3, 4, 4, 3, 3),
    (4, 4, 3, 4, 3, 3, 3, 3, 4),
    (3, 2, 2, 4, 3, 3, 3, 3, 3),
    (3, 3, 3, 4, 3, 3, 4, 3, 3),
]


def test_worked_example_by_hand() -> None:
    result = compute_ikm(SkmAnswers(r) for r in WORKED)
    assert result is not None
    # Column sums (down the ten rows), NRR = sum ÷ 10:
    #   U1 4+3+3+2+4+3+3+4+3+3 = 32 → 3.2     U6 4+3+4+3+3+3+4+3+3+3 = 33 → 3.3
    #   U2 4+3+4+3+3+3+3+4+2+3 = 32 → 3.2     U7 4+3+4+3+4+4+4+3+3+4 = 36 → 3.6
    #   U3 4+3+3+3+2+3+3+3+2+3 = 29 → 2.9     U8 4+3+3+2+3+3+3+3+3+3 = 30 → 3.0
    #   U4 4 × 10              = 40 → 4.0     U9 4+3+3+3+3+2+3+4+3+3 = 31 → 3.1
    #   U5 4+3+3+3+3+4+3+3+3+3 = 32 → 3.2
    assert result.nrr == pytest.approx((3.2, 3.2, 2.9, 4.0, 3.2, 3.3, 3.6, 3.0, 3.1))
    # Weighted NRR = NRR × 1/9, e.g. U4: 4.0 / 9 = 0.4444…
    assert result.weighted_nrr[3] == pytest.approx(0.444444, abs=1e-6)
    # IKM unit = Σ weighted NRR = (3.2+3.2+2.9+4.0+3.2+3.3+3.6+3.0+3.1) / 9 = 29.5 / 9 = 3.2778
    assert result.unit_index == pytest.approx(3.277778, abs=1e-6)
    # IKM = 3.2778 × 25 = 81.944… → 81.94: between 76.61 and 88.30, grade B "Baik".
    assert result.ikm_rounded == Decimal("81.94")
    assert result.grade.letter == "B"
    assert result.grade.words.id == "Baik"
    assert result.respondents == 10
    # (With the regulation's rounded weight 0.111: 29.5 × 0.111 × 25 = 81.86, also B.)


def test_the_nine_elements_in_the_regulations_order() -> None:
    assert [e.code for e in ELEMENTS] == [f"U{i}" for i in range(1, 10)]
    assert ELEMENTS[2].name.id == "Waktu penyelesaian"
    assert ELEMENTS[7].name.id.startswith("Penanganan pengaduan")
    assert ELEMENTS[8].name.id == "Sarana dan prasarana"


@pytest.mark.parametrize(
    ("ikm", "letter"),
    [
        (100.0, "A"),
        (88.31, "A"),
        (88.305, "A"),  # printed 88.31
        (88.304, "B"),  # printed 88.30
        (76.61, "B"),
        (76.605, "B"),
        (76.6, "C"),
        (65.0, "C"),
        (64.995, "C"),  # printed 65.00
        (64.994, "D"),
        (25.0, "D"),
    ],
)
def test_grades_follow_the_conversion_table(ikm: float, letter: str) -> None:
    assert grade_for(ikm).letter == letter


def test_grade_words() -> None:
    assert [(g.letter, g.words.id) for g in map(grade_for, (90, 80, 70, 50))] == [
        ("A", "Sangat Baik"),
        ("B", "Baik"),
        ("C", "Kurang Baik"),
        ("D", "Tidak Baik"),
    ]


def test_no_answers_no_index() -> None:
    assert compute_ikm([]) is None


@pytest.mark.parametrize(
    "scores",
    [
        (4, 4, 4, 4, 4, 4, 4, 4),  # eight answers
        (4, 4, 4, 4, 4, 4, 4, 4, 4, 4),  # ten
        (4, 4, 4, 4, 0, 4, 4, 4, 4),  # off the scale
        (4, 4, 4, 4, 5, 4, 4, 4, 4),
        (4, 4, 4, 4, True, 4, 4, 4, 4),
    ],
)
def test_malformed_questionnaires_are_refused(scores: tuple[int, ...]) -> None:
    with pytest.raises(InvalidAnswers):
        SkmAnswers(scores)


def test_an_unanswered_element_refuses_the_questionnaire() -> None:
    with pytest.raises(InvalidAnswers, match="U3"):
        SkmAnswers.of([4, 4, None, 4, 4, 4, 4, 4, 4])
    assert SkmAnswers.of([1, 2, 3, 4, 1, 2, 3, 4, 1]).scores == (1, 2, 3, 4, 1, 2, 3, 4, 1)


answers = st.tuples(*[st.integers(1, 4)] * 9).map(SkmAnswers)


@given(st.lists(answers, min_size=1, max_size=60))
def test_index_bounds_and_equal_weights(responses: list[SkmAnswers]) -> None:
    result = compute_ikm(responses)
    assert result is not None
    assert 25 <= result.ikm <= 100
    assert all(1 <= n <= 4 for n in result.nrr)
    # Equal weights: the IKM is the mean of every single answer, × 25.
    every = [s for r in responses for s in r.scores]
    assert result.ikm == pytest.approx(sum(every) / len(every) * 25)
    assert result.grade == grade_for(result.ikm)


@given(st.lists(answers, min_size=1, max_size=30), st.randoms())
def test_order_of_respondents_does_not_matter(
    responses: list[SkmAnswers], rnd: random.Random
) -> None:
    shuffled = list(responses)
    rnd.shuffle(shuffled)
    first, second = compute_ikm(responses), compute_ikm(shuffled)
    assert first is not None and second is not None
    assert first.ikm_rounded == second.ikm_rounded


@given(st.integers(1, 50))
def test_all_best_is_100_a_and_all_worst_is_25_d(count: int) -> None:
    best = compute_ikm([SkmAnswers((4,) * 9)] * count)
    worst = compute_ikm([SkmAnswers((1,) * 9)] * count)
    assert best is not None and worst is not None
    assert best.ikm == 100 and best.grade.letter == "A"
    assert worst.ikm == 25 and worst.grade.letter == "D"
