"""The sample generator writes every preview and PDF, at the printer's width."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from printers.samples import main


def test_samples_are_written(tmp_path: Path) -> None:
    assert main([str(tmp_path)]) == 0
    names = {p.name for p in tmp_path.iterdir()}
    for paper, width in (("58mm", 384), ("80mm", 576)):
        for kind in ("ticket", "receipt", "test-page"):
            with Image.open(tmp_path / f"{kind}-{paper}.png") as image:
                assert image.width == width
    assert {"ticket-a6.pdf", "receipt-a5.pdf", "receipt-a4.pdf"} <= names


def test_samples_without_outdir_show_usage() -> None:
    assert main([]) == 2
