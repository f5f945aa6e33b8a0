"""`mpp-server complaint list|show|answer`: the hall admin's complaints at a terminal.

The admin sees the citizen's contact (to answer them), so these commands print it; they
are run by the server's operator only (they need the database, not a token).
"""

from __future__ import annotations

import argparse
from datetime import datetime

from pydantic import ValidationError

from kiosk.clock import SystemClock, local
from kiosk.domain.complaint import ComplaintStatus, shown_tracking
from sync.protocol import ComplaintAnswer, ComplaintOut
from sync.server.commands import database
from sync.server.complaints import answer_complaint, get_complaint, list_complaints
from sync.server.db import retrying
from sync.server.errors import ServerError

ANSWER_STATUSES = ("in_progress", "answered", "closed")


def add_complaint_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], db: argparse.ArgumentParser
) -> None:
    """Register `complaint list`, `complaint show` and `complaint answer`."""
    complaint = sub.add_parser("complaint", help="list, show and answer citizens' complaints")
    actions = complaint.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", parents=[db], help="complaints, oldest first")
    listing.add_argument("--status", choices=[s.value for s in ComplaintStatus])
    listing.set_defaults(run=complaint_list)
    show = actions.add_parser("show", parents=[db], help="one complaint, with its contact")
    show.add_argument("tracking", metavar="TRACKING", help="e.g. ADU-K7QF-2M9X")
    show.set_defaults(run=complaint_show)
    answer = actions.add_parser("answer", parents=[db], help="answer a complaint")
    answer.add_argument("tracking", metavar="TRACKING")
    answer.add_argument("--text", help="the hall's answer (shown at the kiosk)")
    answer.add_argument("--status", choices=ANSWER_STATUSES, default="answered")
    answer.set_defaults(run=complaint_answer)


def complaint_list(args: argparse.Namespace) -> int:
    """One line per complaint."""
    status = ComplaintStatus(args.status) if args.status else None
    with database(args.db) as db, db.read() as conn:
        found = list_complaints(conn, status)
    if not found:
        print("No complaints / tidak ada pengaduan")
    for c in found:
        when, state = _at(c.filed_at), c.status.value
        print(
            f"{shown_tracking(c.tracking)}  {when}  {state:<11}  {c.agency:<12}  "
            f"{c.category.value}  ({c.station})"
        )
    return 0


def complaint_show(args: argparse.Namespace) -> int:
    """Everything of one complaint."""
    with database(args.db) as db, db.read() as conn:
        c = get_complaint(conn, args.tracking)
    _print(c)
    return 0


def complaint_answer(args: argparse.Namespace) -> int:
    """Record the answer and the new status, then show the complaint."""
    text = args.text.strip() if args.text is not None else None
    try:
        body = ComplaintAnswer(answer=text or None, status=args.status)
    except ValidationError as exc:
        raise ServerError(f"--text: {exc.errors()[0]['msg']}") from None
    with database(args.db) as db:

        def work() -> ComplaintOut:
            with db.write() as conn:
                return answer_complaint(conn, args.tracking, body, SystemClock().now())

        answered = retrying(work)
    _print(answered)
    return 0


def _print(c: ComplaintOut) -> None:
    contact = c.contact or ("(tidak terbaca / unreadable)" if c.unreadable else "-")
    rows = [
        ("Nomor / tracking", shown_tracking(c.tracking)),
        ("Status", c.status.value),
        ("Instansi / agency", c.agency),
        ("Kategori / category", c.category.value),
        ("Diajukan / filed", _at(c.filed_at)),
        ("Stasiun / station", c.station),
        ("Tiket / ticket", c.ticket_number or "-"),
        ("Kontak / contact", f"{contact} ({c.contact_kind.value})" if c.contact_kind else contact),
        ("Pengaduan / complaint", c.text or "(tidak terbaca / unreadable)"),
        ("Jawaban / answer", c.answer or "-"),
        ("Dijawab / answered", _at(c.answered_at)),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label.ljust(width)}  {value}")


def _at(when: datetime | None) -> str:
    return f"{local(when):%Y-%m-%d %H:%M} WIT" if when is not None else "-"
