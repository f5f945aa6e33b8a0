"""QR sizes: the layout's quick size agrees with the matrix that is drawn."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from printers.raster import qr_matrix, qr_size


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=300))
def test_the_size_used_for_layout_is_the_size_drawn(payload: str) -> None:
    assert qr_size(payload) == len(qr_matrix(payload))
