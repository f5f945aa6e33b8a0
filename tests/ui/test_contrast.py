"""Every text colour of the stylesheets stands out from its background by at least 4.5:1."""

from __future__ import annotations

import re
from importlib.resources import files

import pytest

RULE = re.compile(r"([^{}]+)\{([^}]*)\}")
COLOR = re.compile(r"(?<![-\w])color:\s*(#[0-9A-Fa-f]{6})")
BACKGROUND = re.compile(r"background:\s*(#[0-9A-Fa-f]{6})")
#: Where a rule without its own background is drawn.
HEADER = "#0B3C5D"
PAGE, CARD = "#F4F6F8", "#FFFFFF"
HEADER_PARTS = ("#HeaderBar", "#HallName", "#ClockTime", "#ClockDate")


def luminance(hex_color: str) -> float:
    channels = [int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def pairs(sheet: str, dark_page: bool) -> list[tuple[str, str, str]]:
    text = (files("assets") / "style" / sheet).read_text(encoding="utf-8")
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    found = []
    for selector, body in RULE.findall(text):
        color = COLOR.search(body)
        if color is None:
            continue
        background = BACKGROUND.search(body)
        if background is not None:
            grounds = [background.group(1)]
        elif dark_page:
            grounds = ["#000000"]
        elif any(part in selector for part in HEADER_PARTS):
            grounds = [HEADER]
        else:
            grounds = [PAGE, CARD]
        found += [(selector.strip(), color.group(1), ground) for ground in grounds]
    return found


CASES = pairs("kiosk.qss", dark_page=False) + pairs("high-contrast.qss", dark_page=True)


def test_the_stylesheets_have_text_colours_to_check() -> None:
    assert len(CASES) > 20


@pytest.mark.parametrize(("selector", "color", "ground"), CASES)
def test_text_contrast_is_at_least_4_5(selector: str, color: str, ground: str) -> None:
    assert contrast(color, ground) >= 4.5, f"{selector}: {color} on {ground}"
