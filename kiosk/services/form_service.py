"""Form answers with their ticket: checked, personal ones sealed, corrected, purged in time.

A submission is written in the ticket's own transaction with its event, which
carries no personal data in clear (an identity number's last four digits at most).
It never changes: a correction is a new submission that points to the one it
replaces. The sealed answers are removed a number of days after the server has
acknowledged the event: the shorter of the form's `retention_days` (what its notice
promised) and the station's setting. Forms received from other stations keep their
masked answers as long, counted from their arrival.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from kiosk.clock import Clock, service_day
from kiosk.domain.catalogue import Catalogue, Service
from kiosk.domain.form_check import MASK, check_answers, mask
from kiosk.domain.forms import Answer, Answers, FieldDef, FieldType, FormDef
from kiosk.domain.text import Text
from kiosk.errors import FormInvalid, TicketNotFound
from kiosk.services.catalogue_service import CatalogueService
from kiosk.storage.models import EventRow, FormSubmissionRow
from kiosk.storage.sealing import Sealer
from kiosk.storage.store import Store
from kiosk.storage.uow import UnitOfWork

DEFAULT_RETENTION_DAYS = 30


@dataclass(frozen=True, slots=True)
class CheckedForm:
    """Answers that passed their form's checks, ready to store."""

    form: FormDef
    values: dict[str, Answer]


@dataclass(frozen=True, slots=True)
class SubmissionView:
    """A stored submission as staff see it (and the receipt prints it)."""

    id: str
    ticket_id: str
    form_id: str
    values: dict[str, Answer]
    shown: tuple[tuple[Text, Text], ...]  # every answer: choices by label, personal masked
    on_receipt: tuple[tuple[Text, Text], ...]
    replaces_id: str | None
    purged: bool


class FormService:
    """Checks, stores and reads form submissions."""

    def __init__(
        self,
        store: Store,
        catalogues: CatalogueService,
        clock: Clock,
        sealer: Sealer,
        retention_days: int = DEFAULT_RETENTION_DAYS,
    ) -> None:
        self._store = store
        self._catalogues = catalogues
        self._clock = clock
        self._sealer = sealer
        self._retention = retention_days

    def check(self, service: Service, answers: Answers) -> CheckedForm:
        """Check answers for a service's form; raises FormInvalid naming every field."""
        form = self._catalogues.current().form_of(service)
        if form is None:
            raise FormInvalid({}, {})
        result = check_answers(form, answers, service_day(self._clock.now()))
        if not result.ok:
            raise FormInvalid(result.errors, {f.id: f.label for f in form.fields})
        return CheckedForm(form, result.values)

    def store(
        self,
        uow: UnitOfWork,
        ticket_id: str,
        checked: CheckedForm,
        now: datetime,
        replaces: str | None = None,
    ) -> str:
        """Write a submission and its event inside the caller's transaction."""
        personal = {f.id for f in checked.form.fields if f.personal}
        public = {k: v for k, v in checked.values.items() if k not in personal}
        sealed = {k: v for k, v in checked.values.items() if k in personal}
        submission_id = str(uuid.uuid4())
        fields = {f.id: f for f in checked.form.fields}
        # Other stations (the counter) see personal answers only as every screen shows
        # them: masked. The real ones never leave this station.
        masked = {k: _masked_json(fields[k], v) for k, v in sealed.items()}
        event = uow.outbox.add(
            "form.corrected" if replaces else "form.submitted",
            {
                "submission_id": submission_id,
                "ticket_id": ticket_id,
                "form": checked.form.id,
                "replaces": replaces,
                "answers": public,
                "masked": masked,
            },
            now,
        )
        uow.session.add(
            FormSubmissionRow(
                id=submission_id,
                ticket_id=ticket_id,
                form_id=checked.form.id,
                created_at=now,
                public_answers=json.dumps(public, ensure_ascii=False),
                sealed_answers=self._sealer.seal(sealed) if sealed else None,
                replaces_id=replaces,
                event_id=event.id,
            )
        )
        return submission_id

    def latest(self, ticket_id: str) -> SubmissionView | None:
        """The ticket's current submission (the newest correction), if any."""
        with self._store.uow() as uow:
            rows = uow.session.scalars(
                select(FormSubmissionRow).where(FormSubmissionRow.ticket_id == ticket_id)
            ).all()
            replaced = {r.replaces_id for r in rows}
            current = [r for r in rows if r.id not in replaced]  # the end of the chain
            return self._view(current[0]) if current else None

    def correct(self, ticket_id: str, service: Service, answers: Answers) -> SubmissionView:
        """A corrected submission, pointing to the one it replaces."""
        checked = self.check(service, answers)
        now = self._clock.now()
        previous = self.latest(ticket_id)
        if previous is None:
            raise TicketNotFound(
                Text("Tiket ini belum punya formulir.", "This ticket has no form yet.")
            )
        with self._store.uow(write=True) as uow:
            new_id = self.store(uow, ticket_id, checked, now, replaces=previous.id)
            uow.commit()
        view = self.latest(ticket_id)
        assert view is not None and view.id == new_id
        return view

    def purge(self) -> int:
        """Remove sealed answers the server has had long enough; returns how many."""
        now = self._clock.now()
        catalogue = self._catalogues.current()
        purged = 0
        with self._store.uow(write=True) as uow:
            rows = uow.session.execute(
                select(FormSubmissionRow, EventRow.synced_at)
                .join(EventRow, EventRow.id == FormSubmissionRow.event_id)
                .where(FormSubmissionRow.purged_at.is_(None), EventRow.synced_at.is_not(None))
            )
            for row, synced_at in rows:
                if (
                    synced_at is not None
                    and synced_at + self._kept_for(catalogue, row.form_id) <= now
                ):
                    row.sealed_answers = None
                    row.purged_at = now
                    purged += 1
            # Forms of other stations hold their personal answers masked; those go in
            # time too, counted from when they arrived.
            for row in uow.session.scalars(
                select(FormSubmissionRow).where(
                    FormSubmissionRow.event_id.is_(None), FormSubmissionRow.purged_at.is_(None)
                )
            ):
                if row.created_at + self._kept_for(catalogue, row.form_id) <= now:
                    row.masked_answers = None
                    row.purged_at = now
                    purged += 1
            uow.commit()
        return purged

    def _kept_for(self, catalogue: Catalogue, form_id: str) -> timedelta:
        """How long personal answers stay: the form promises the citizen a longest time;
        the hall may keep less."""
        form = catalogue.form(form_id)
        promised = form.retention_days if form and form.retention_days else self._retention
        return timedelta(days=min(promised, self._retention))

    def _view(self, row: FormSubmissionRow) -> SubmissionView:
        values: dict[str, Answer] = _answers(json.loads(row.public_answers))
        if row.sealed_answers is not None:
            values.update(_answers(self._sealer.open(row.sealed_answers)))
        masked = {
            k: Text(str(v["id"]), str(v["en"]))
            for k, v in json.loads(row.masked_answers or "{}").items()
        }
        form = self._catalogues.current().form(row.form_id)
        fields = [f for f in form.fields if f.id in values or f.id in masked] if form else []
        texts = {
            f.id: _display(f, values[f.id]) if f.id in values else masked[f.id] for f in fields
        }
        shown = tuple((f.label, texts[f.id]) for f in fields)
        receipt = tuple((f.label, texts[f.id]) for f in fields if f.on_receipt)
        return SubmissionView(
            id=row.id,
            ticket_id=row.ticket_id,
            form_id=row.form_id,
            values=values,
            shown=shown,
            on_receipt=receipt,
            replaces_id=row.replaces_id,
            purged=row.purged_at is not None,
        )


def apply_form(uow: UnitOfWork, payload: Mapping[str, Any], now: datetime) -> bool:
    """Keep another station's form submission (from the feed): its public answers and its
    personal ones masked. False when its ticket is not here or the payload is malformed."""
    try:
        submission_id, ticket_id = str(payload["submission_id"]), str(payload["ticket_id"])
        form_id, answers = str(payload["form"]), dict(payload["answers"])
        masked = {
            str(k): {"id": str(v["id"]), "en": str(v["en"])}
            for k, v in dict(payload.get("masked") or {}).items()
        }
        replaces = payload.get("replaces")
    except (KeyError, TypeError, ValueError):
        return False
    if uow.tickets.get(ticket_id) is None:
        return False
    if uow.session.get(FormSubmissionRow, submission_id) is not None:
        return False
    if replaces is not None and uow.session.get(FormSubmissionRow, str(replaces)) is None:
        replaces = None  # the first submission never reached this station
    uow.session.add(
        FormSubmissionRow(
            id=submission_id,
            ticket_id=ticket_id,
            form_id=form_id[:24],
            created_at=now,
            public_answers=json.dumps(answers, ensure_ascii=False),
            masked_answers=json.dumps(masked, ensure_ascii=False),
            replaces_id=replaces,
        )
    )
    return True


def _masked_json(field: FieldDef, value: Answer) -> dict[str, str]:
    """A personal answer as it travels to other stations: an identity number down to its
    last four digits (enough to match the card at the desk), anything else hidden whole."""
    if field.type in (FieldType.NIK, FieldType.KK) and isinstance(value, str) and len(value) == 16:
        hidden = f"{MASK * 4} {MASK * 4} {MASK * 4} {value[12:]}"
    else:
        hidden = MASK * 4
    return {"id": hidden, "en": hidden}


def _answers(data: dict[str, object]) -> dict[str, Answer]:
    """JSON back to answers (a list was a multiple choice)."""
    return {k: tuple(str(x) for x in v) if isinstance(v, list) else str(v) for k, v in data.items()}


def _display(field: FieldDef, value: Answer) -> Text:
    """An answer as people read it: a choice by its label, personal data masked."""
    if field.options or field.type is FieldType.YES_NO:
        labels = [field.option_label(v) for v in ((value,) if isinstance(value, str) else value)]
        return Text(", ".join(t.id for t in labels), ", ".join(t.en for t in labels))
    shown = mask(field, value)
    return Text(shown, shown)
