"""Documents as plain data: immutable, hashable, and printed in the language the caller picks."""

from __future__ import annotations

import dataclasses

from printers import LABELS_BILINGUAL, LABELS_EN, ReceiptDocument, TicketDocument, render_escpos
from tests.printers.escpos_parse import parse


def test_lists_from_the_caller_become_tuples(receipt: ReceiptDocument) -> None:
    fields = {**receipt.__dict__}
    fields["form_summary"] = [["Nama", "Yohanes"], ["NIK", "9409•••001"]]
    fields["requirements"] = [["KK", True], ["Pas foto", False]]
    made = ReceiptDocument(**fields)
    assert made.form_summary == (("Nama", "Yohanes"), ("NIK", "9409•••001"))
    assert made.requirements == (("KK", True), ("Pas foto", False))
    assert not made.complete
    hash(made)  # usable as a cache key, safe to share between threads


def test_receipt_with_everything_received_says_complete(receipt: ReceiptDocument) -> None:
    done = dataclasses.replace(receipt, requirements=(("KK", True), ("KTP", True)))
    assert done.complete
    assert "BERKAS LENGKAP" in parse(render_escpos(done)).texts()


def test_english_labels_print_english(ticket: TicketDocument) -> None:
    text = "\n".join(parse(render_escpos(dataclasses.replace(ticket, labels=LABELS_EN))).texts())
    assert "Queue Number" in text and "People ahead of you" in text
    assert "Nomor Antrian" not in text
    copy = parse(render_escpos(dataclasses.replace(ticket, labels=LABELS_EN), copy=True))
    assert " COPY " in copy.texts()


def test_bilingual_labels_print_both_languages(ticket: TicketDocument) -> None:
    text = "\n".join(
        parse(render_escpos(dataclasses.replace(ticket, labels=LABELS_BILINGUAL))).texts()
    )
    assert "Nomor Antrian / Queue Number" in text
