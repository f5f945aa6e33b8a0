"""`mpp-kiosk survey …` and `mpp-kiosk complaint …`: the satisfaction survey and complaints
from a terminal (technicians testing a station; the citizens use the kiosk's screens)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from kiosk.clock import Clock, local
from kiosk.domain.complaint import Category
from kiosk.domain.survey import PROFILE_QUESTIONS, RespondentProfile, SurveyInvalid
from kiosk.domain.text import Text
from kiosk.paths import Paths
from kiosk.services.complaint_service import ComplaintService, ComplaintStatusView
from kiosk.services.survey_service import SurveyNotAccepted, SurveyService
from kiosk.station import Station, open_station
from mpp.cli_output import Out

if TYPE_CHECKING:
    from kiosk.services.complaint_service import ComplaintLookup
    from sync.client.api import ServerApi


def add_feedback_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `survey check|answer` and `complaint file|status`."""
    survey = commands.add_parser("survey", help="survei kepuasan (SKM) / satisfaction survey")
    sub = survey.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = sub.add_parser("check", help="boleh dinilai? / may this ticket be rated?")
    check.add_argument("ticket", help="nomor hari ini atau teks QR / today's number or QR text")
    check.set_defaults(handler=_survey_check)
    answer = sub.add_parser("answer", help="isi survei untuk tiket / answer for a ticket")
    answer.add_argument("ticket", help="nomor hari ini atau teks QR / today's number or QR text")
    answer.add_argument(
        "--scores",
        type=_scores,
        required=True,
        help="9 nilai 1–4 / 9 scores 1–4: 4,3,4,4,3,4,4,3,4",
    )
    answer.add_argument("--comment", help="saran / comment (≤ 500)")
    for name, _, kind in PROFILE_QUESTIONS:
        answer.add_argument(f"--{name.replace('_', '-')}", choices=[c.value for c in kind])
    answer.set_defaults(handler=_survey_answer)
    complaint = commands.add_parser("complaint", help="pengaduan / complaints")
    actions = complaint.add_subparsers(dest="action", metavar="ACTION", required=True)
    file = actions.add_parser("file", help="ajukan pengaduan / file a complaint")
    file.add_argument("--agency", required=True, help="kode instansi / agency code")
    file.add_argument("--category", required=True, choices=[c.value for c in Category])
    file.add_argument("--text", required=True, help="isi pengaduan / the complaint (10–1000)")
    file.add_argument("--contact", help="HP atau email / phone or e-mail (optional)")
    file.add_argument("--ticket", help="nomor tiket / ticket number (optional)")
    file.set_defaults(handler=_complaint_file)
    status = actions.add_parser("status", help="status pengaduan / a complaint's status")
    status.add_argument("tracking", help="mis./e.g. ADU-K7QF-2M9X")
    status.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    status.set_defaults(handler=_complaint_status)


def feedback_services(station: Station) -> tuple[SurveyService, ComplaintService]:
    """The survey and complaint services of an open station."""
    return station.surveys, station.complaints


def _scores(text: str) -> tuple[int, ...]:
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 9 or not all(p in {"1", "2", "3", "4"} for p in parts):
        raise argparse.ArgumentTypeError("9 nilai 1–4 dipisah koma / 9 scores 1–4, comma-separated")
    return tuple(int(p) for p in parts)


def _survey_check(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    with open_station(Paths.from_env(), clock=clock) as station:
        result = feedback_services(station)[0].eligible(args.ticket)
    if result.ticket is None:
        assert result.message is not None
        out.error(result.message)
        return 1
    t = result.ticket
    out.line(
        Text(
            f"Tiket {t.number} ({t.service_name.id}) boleh dinilai.",
            f"Ticket {t.number} ({t.service_name.en}) may be rated.",
        )
    )
    return 0


def _survey_answer(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    try:
        profile = RespondentProfile.of({n: getattr(args, n) for n, _, _ in PROFILE_QUESTIONS})
    except SurveyInvalid as exc:
        raise SurveyNotAccepted(exc.message) from exc
    with open_station(Paths.from_env(), clock=clock) as station:
        surveys = feedback_services(station)[0]
        result = surveys.eligible(args.ticket)
        if result.ticket is None:
            assert result.message is not None
            out.error(result.message)
            return 1
        done = surveys.answer(result.ticket.ticket_id, args.scores, profile, args.comment)
    out.line(
        Text(
            f"Terima kasih. Survei untuk tiket {done.number} tersimpan.",
            f"Thank you. The survey for ticket {done.number} is saved.",
        )
    )
    return 0


def _complaint_file(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    with open_station(Paths.from_env(), clock=clock) as station:
        filed = feedback_services(station)[1].file(
            args.agency, args.category, args.text, args.contact, args.ticket
        )
    out.line(
        Text(
            f"Pengaduan tercatat. Nomor pengaduan: {filed.tracking_shown}",
            f"Complaint filed. Tracking number: {filed.tracking_shown}",
        )
    )
    if filed.contact_masked:
        out.line(Text(f"Kontak: {filed.contact_masked}", f"Contact: {filed.contact_masked}"))
    return 0


def _complaint_status(args: argparse.Namespace, out: Out, clock: Clock) -> int:
    with open_station(Paths.from_env(), clock=clock) as station:
        complaints = feedback_services(station)[1]
        api, lookup = _lookup(station)
        try:
            view = complaints.status(args.tracking, lookup)
        finally:
            if api is not None:
                api.close()
    if args.json:
        out.json(_status_json(view))
        return 0
    out.line(
        Text(
            f"{view.tracking_shown}: {view.message.id}", f"{view.tracking_shown}: {view.message.en}"
        )
    )
    out.line(
        Text(
            f"Instansi: {view.agency_name.id}; diajukan {local(view.filed_at):%d-%m-%Y %H:%M} WIT",
            f"Agency: {view.agency_name.en}; filed {local(view.filed_at):%d-%m-%Y %H:%M} WIT",
        )
    )
    if view.answer:
        out.line(Text(f"Jawaban: {view.answer}", f"Answer: {view.answer}"))
    return 0


def _lookup(station: Station) -> tuple[ServerApi | None, ComplaintLookup | None]:
    """The server's client and a lookup through it; (None, None) for a station alone."""
    from mpp.sync_start import enrolled, server_api

    if not enrolled(station):
        return None, None
    api = server_api(station)
    if api is None:
        return None, None
    from sync.client.complaints import complaint_lookup

    return api, complaint_lookup(api)


def _status_json(view: ComplaintStatusView) -> dict[str, object]:
    return {
        "tracking": view.tracking,
        "source": view.source,
        "agency": view.agency_code,
        "category": view.category.value if view.category else None,
        "status": view.status.value if view.status else None,
        "sent": view.sent,
        "filed_at": local(view.filed_at).isoformat(timespec="seconds"),
        "answered_at": local(view.answered_at).isoformat(timespec="seconds")
        if view.answered_at
        else None,
        "answer": view.answer,
        "message": view.message.id,
    }
