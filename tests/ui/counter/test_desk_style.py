"""The desk's colours: every text stands out from its ground by 4.5:1; sizes follow the window."""

from __future__ import annotations

import re

import pytest

from tests.ui.test_contrast import contrast
from ui.counter import desk_style as style
from ui.counter.desk_style import DeskMetrics, desk_stylesheet
from ui.counter.queue_panel import MARK_COLOURS

RULE = re.compile(r"([^{}]+)\{([^}]*)\}")
COLOR = re.compile(r"(?<![-\w])color:\s*(#[0-9A-Fa-f]{6})")
BACKGROUND = re.compile(r"(?<![-\w])background:\s*(#[0-9A-Fa-f]{6})")
SHEET = desk_stylesheet(DeskMetrics(1.0))


def pairs() -> list[tuple[str, str, str | None]]:
    found = []
    for selector, body in RULE.findall(SHEET):
        color = COLOR.search(body)
        if color is not None:
            ground = BACKGROUND.search(body)
            found.append((selector.strip(), color.group(1), ground.group(1) if ground else None))
    return found


CASES = pairs() + [(f"mark {kind}", ink, ground) for kind, (ink, ground) in MARK_COLOURS.items()]
CASES += [
    ("queue selection", style.INK, style.SOFT),
    ("queue note", style.MUTED, style.CARD),
    ("queue note, selected", style.MUTED, style.SOFT),
]


def test_there_are_text_colours_to_check() -> None:
    assert len(CASES) > 40


@pytest.mark.parametrize(("selector", "color", "ground"), CASES)
def test_every_text_names_its_ground_and_stands_out_by_4_5(
    selector: str, color: str, ground: str | None
) -> None:
    assert ground is not None, f"{selector}: a text colour without its background"
    assert contrast(color, ground) >= 4.5, f"{selector}: {color} on {ground}"


@pytest.mark.parametrize(
    ("size", "scale"), [((1366, 768), 1.0), ((1920, 1080), 1.4), ((1024, 600), 0.85)]
)
def test_sizes_scale_with_the_window(size: tuple[int, int], scale: float) -> None:
    metrics = DeskMetrics.for_size(*size)
    assert metrics.scale == scale
    assert f"font-size: {metrics.px(108)}px" in desk_stylesheet(metrics)
