"""The wire schemas of the sync API (`/api/v1`), shared by the server and the stations.

Every request body and reply body is one of these pydantic models; the server
validates what it receives with them (a bad field is a 422 naming that field)
and a station validates what the server answers with them (a bad reply is a
sync error, never a crash). See docs/sync-protocol.md.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

from kiosk.domain.complaint import Category, ComplaintStatus, ContactKind
from kiosk.domain.numbering import MAX_SLOT as MAX_SLOT  # re-exported for the server
from kiosk.domain.numbering import OFFLINE_BASE as OFFLINE_BASE
from kiosk.domain.survey import AgeGroup, Education, Occupation, Sex

API_PREFIX = "/api/v1"
#: The protocol version a server announces in /health; a station refuses an older one.
PROTOCOL_VERSION = 1
#: Largest batch a station may push in one request.
MAX_BATCH = 1000
#: Largest page of the change feed.
MAX_FEED_PAGE = 1000
#: Longest long-poll the server holds a feed request (seconds).
MAX_WAIT_SECONDS = 25.0
# Server-leased ticket numbers stay below OFFLINE_BASE; offline numbers are
# slot × OFFLINE_BASE + k, slot 1..MAX_SLOT (kiosk/domain/numbering.py).
#: Largest block of numbers one lease may ask for, per service.
MAX_LEASE = 100

Uuid = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
]
EventType = Annotated[str, StringConstraints(pattern=r"^[a-z_]+(\.[a-z_]+)+$", max_length=40)]
ServiceCode = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.-]{1,24}$")]
Role = Literal["kiosk", "counter", "display"]
TicketStatusName = Literal[
    "issued",
    "print_failed",
    "waiting",
    "called",
    "serving",
    "done",
    "no_show",
    "transferred",
    "held",
    "cancelled",
]
OutcomeName = Literal["selesai", "berkas_kurang", "ditolak", "dialihkan"]
PriorityName = Literal["lansia", "disabilitas", "ibu_hamil", "anak"]


class Wire(BaseModel):
    """Strict base: unknown fields are refused, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# --- health and enrolment -------------------------------------------------------------


class Health(Wire):
    """`GET /health`: the server is up; which protocol and program version it speaks."""

    status: Literal["ok"] = "ok"
    protocol: int
    version: str
    time: AwareDatetime
    hall: str


class EnrolRequest(Wire):
    """`POST /enrol`: a one-time code from `mpp-server station add` for a station token."""

    code: Annotated[str, StringConstraints(min_length=4, max_length=40)]
    station_id: Uuid
    name: Annotated[str, StringConstraints(min_length=1, max_length=80)]


class EnrolCheckRequest(Wire):
    """`POST /enrol/check`: is this one-time code good? The code is not used up."""

    code: Annotated[str, StringConstraints(min_length=4, max_length=40)]


class EnrolCheckReply(Wire):
    """The station the code was made for, so the technician sees it before enrolling."""

    name: str
    role: Role
    hall_name: str


class EnrolReply(Wire):
    """The station's credentials; the token is shown once and stored hashed on the server."""

    station_id: Uuid
    token: str
    role: Role
    slot: int | None
    hall_name: str
    #: The hall's ticket-signing key (base64): every station of a hall checks every ticket.
    hall_key: str


# --- events ---------------------------------------------------------------------------


class EventIn(Wire):
    """One outbox event as a station pushes it."""

    id: Uuid
    station_id: Uuid
    seq: Annotated[int, Field(ge=1)]
    type: EventType
    payload: dict[str, Any]
    occurred_at: AwareDatetime
    occurred_local: Annotated[str, StringConstraints(max_length=40)]

    def content_hash(self) -> str:
        """What makes two deliveries of one UUID "the same event"."""
        return event_hash(self.station_id, self.seq, self.type, self.payload, self.occurred_at)


def event_hash(
    station_id: str, seq: int | None, event_type: str, payload: dict[str, Any], at: datetime
) -> str:
    """SHA-256 of an event's content in a canonical JSON form."""
    canonical = json.dumps(
        [station_id, seq, event_type, payload, at.isoformat()],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


class EventBatch(Wire):
    """`POST /events`: a batch of a station's events, oldest first."""

    events: Annotated[list[EventIn], Field(min_length=1, max_length=MAX_BATCH)]


Outcome = Literal["stored", "duplicate", "conflict", "mismatch", "rejected"]


class EventResult(Wire):
    """What became of one pushed event.

    `stored` / `duplicate`: the server has it (the station marks it synced).
    `conflict`: stored, but it lost against another station (a supervisor sees it in
    /admin/conflicts); the feed carries the winning state. Also marked synced.
    `mismatch` (status 409: same UUID, other content) and `rejected` (status 422 or
    403: the event cannot be applied): not stored; the station quarantines it.
    """

    id: str
    outcome: Outcome
    status: int
    detail: str | None = None


class SeqGap(Wire):
    """Sequence numbers of a station the server has not seen although later ones arrived."""

    first: int
    last: int


class BatchReply(Wire):
    """One result per pushed event, in the same order, and the station's known gaps."""

    results: list[EventResult]
    gaps: list[SeqGap]


# --- change feed ----------------------------------------------------------------------


class FeedEvent(Wire):
    """An event in the server's order. `seq` is the station's own (None: made by the server)."""

    feed_seq: int
    id: str
    station_id: str
    seq: int | None
    type: str
    payload: dict[str, Any]
    occurred_at: AwareDatetime


class FeedPage(Wire):
    """`GET /feed?after=N&limit=M&wait=S`: events after the cursor; `last` is the next cursor."""

    events: list[FeedEvent]
    last: int


# --- ticket numbers -------------------------------------------------------------------


class LeaseWant(Wire):
    """How many numbers a station wants for one service."""

    service: ServiceCode
    count: Annotated[int, Field(ge=1, le=MAX_LEASE)]


class LeaseRequest(Wire):
    """`POST /numbers/lease`: number blocks for a hall day; `request_id` makes a retry safe."""

    request_id: Uuid
    day: date
    wants: Annotated[list[LeaseWant], Field(min_length=1, max_length=200)]


class NumberBlock(Wire):
    """Numbers `first`..`last` (inclusive) of a service on a day belong to the station alone."""

    service: str
    day: date
    first: int
    last: int


class LeaseReply(Wire):
    """The blocks granted; a service whose numbers ran out for the day is missing."""

    blocks: list[NumberBlock]


# --- calls ----------------------------------------------------------------------------


class TicketState(Wire):
    """A ticket as the server knows it: the snapshot every `ticket.*` event's payload carries.

    Unknown keys are ignored so an older server accepts a newer station's payload.
    """

    model_config = ConfigDict(extra="ignore", frozen=True)

    ticket_id: str
    number: str
    service: str
    service_day: date
    status: TicketStatusName
    priority: PriorityName | None
    issued_at: AwareDatetime
    queued_at: AwareDatetime
    called_at: AwareDatetime | None
    counter: int | None
    recall_count: int
    print_failed: bool
    serving_at: AwareDatetime | None = None
    finished_at: AwareDatetime | None = None
    outcome: OutcomeName | None = None
    note: Annotated[str, StringConstraints(max_length=200)] | None = None
    origin_service: ServiceCode | None = None
    target_counter: Annotated[int, Field(ge=1, le=999)] | None = None


class CallRequest(Wire):
    """`POST /calls`: call `ticket_id`, or the next ticket of `services`, to a counter.

    `request_id` becomes the id of the `ticket.called` event, so a retried request
    returns the first answer instead of calling a second ticket.
    """

    request_id: Uuid
    counter: Annotated[int, Field(ge=1, le=999)]
    services: Annotated[list[ServiceCode], Field(max_length=100)] = []
    ticket_id: Uuid | None = None
    day: date


class LostCall(Wire):
    """The ticket asked for had been called already by another counter."""

    ticket_id: str
    number: str
    counter: int | None


class CallReply(Wire):
    """The ticket now called to the counter (None: nobody waits) and, if any, the lost race."""

    called: TicketState | None
    event: FeedEvent | None
    lost: LostCall | None = None


# --- catalogue ------------------------------------------------------------------------


class CatalogueOut(Wire):
    """`GET /catalogue`: the hall's catalogue file as imported (TOML text) and its version."""

    version: str
    sha256: str
    toml: str


# --- admin ----------------------------------------------------------------------------


class StationOut(Wire):
    """A station as the admin sees it."""

    station_id: str | None
    name: str
    role: Role
    slot: int | None
    enrolled_at: AwareDatetime | None
    revoked_at: AwareDatetime | None
    last_seen_at: AwareDatetime | None
    last_seq: int
    gaps: list[SeqGap]


class ConflictOut(Wire):
    """A merge conflict kept for a supervisor (two counters called one ticket, a number clash)."""

    id: int
    kind: str
    ticket_id: str | None
    event_id: str
    detail: str
    created_at: AwareDatetime


class StationAdd(Wire):
    """`POST /admin/stations`: a new station of the hall, to be enrolled with the code returned."""

    name: Annotated[str, StringConstraints(min_length=1, max_length=80)]
    role: Role


class EnrolCode(Wire):
    """The one-time enrolment code of a new station (shown once) and the slot it was given."""

    name: str
    role: Role
    slot: int | None
    code: str
    expires_at: AwareDatetime


class FieldProblem(Wire):
    """One bad field of a request."""

    field: str | None = None
    message: str


class ErrorBody(Wire):
    """Every 4xx answer: a machine-readable code, the field at fault, words for people.

    `errors` lists every bad field when a request has several (the first is `field`).
    """

    code: str
    field: str | None = None
    message: str
    errors: list[FieldProblem] | None = None


# --- feedback: satisfaction survey and complaints -------------------------------------
#
# `survey.answered` and `complaint.filed` are the only events that carry personal data
# to the server: a survey comment, a complaint's text and the citizen's contact, in the
# payload's `sealed` field, encrypted with a key derived from the hall key
# (kiosk/storage/hall_seal.py). The server opens it and shows it to the admin API only;
# neither event ever goes out on the feed.


def _sane_year(value: Any) -> Any:
    """Years a database column holds and UTC conversion cannot overflow."""
    if not 2000 <= value.year <= 9998:
        raise ValueError("the year must be 2000 to 9998")
    return value


SaneDatetime = Annotated[AwareDatetime, AfterValidator(_sane_year)]
SaneDate = Annotated[date, AfterValidator(_sane_year)]
TicketRef = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,64}$")]
TicketNumber = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.-]{1,32}$")]
AgencyCode = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.-]{1,24}$")]
#: `ADU-` and 8 characters of the look-alike-free alphabet (kiosk/domain/complaint.py).
Tracking = Annotated[str, StringConstraints(pattern=r"^ADU-[A-HJ-NP-Z2-9]{8}$")]
SurveyScore = Annotated[int, Field(ge=1, le=4)]
#: Fernet text of the sealed personal part (a comment of 500 characters, a complaint of
#: 1,000 and a contact, in UTF-8, encrypted and base64-encoded, fit well within this).
Sealed = Annotated[str, StringConstraints(min_length=1, max_length=12000)]


class SurveyProfile(Wire):
    """The optional respondent profile of a survey answer (every question may be None)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    age_group: AgeGroup | None = None
    sex: Sex | None = None
    education: Education | None = None
    occupation: Occupation | None = None


class SurveyAnsweredPayload(Wire):
    """The payload of a `survey.answered` event: one anonymous answer to a served ticket.

    `sealed` holds `{"comment": …}` when the citizen wrote one. Never in the feed; the
    server puts a `survey.recorded` event (`SurveyRecordedPayload`) there instead.
    """

    model_config = ConfigDict(extra="ignore", frozen=True)

    survey_id: Uuid
    ticket: TicketRef
    number: TicketNumber
    service: ServiceCode
    agency: AgencyCode | None = None
    counter: Annotated[int, Field(ge=1, le=999)] | None = None
    officer: Annotated[str, StringConstraints(max_length=80)] | None = None
    service_day: SaneDate
    answered_at: SaneDatetime
    scores: Annotated[list[SurveyScore], Field(min_length=9, max_length=9)]
    profile: SurveyProfile = SurveyProfile()
    sealed: Sealed | None = None


class SurveyRecordedPayload(Wire):
    """The server's `survey.recorded` event (in the feed): this ticket has its answer, so
    stations refuse another one. Nothing else of the answer leaves the server."""

    survey_id: str
    ticket: str


class ComplaintFiledPayload(Wire):
    """The payload of a `complaint.filed` event. `sealed` holds `{"text": …, "contact": …}`
    (contact None when the citizen gave none); `contact_kind` says which kind it is."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    complaint_id: Uuid
    tracking: Tracking
    agency: AgencyCode
    category: Category
    ticket: TicketRef | None = None
    ticket_number: TicketNumber | None = None
    filed_at: SaneDatetime
    contact_kind: ContactKind | None = None
    sealed: Sealed


class ComplaintOut(Wire):
    """A complaint as the hall's admin sees it (`/admin/complaints`): with its text and the
    citizen's contact, so the admin can answer."""

    tracking: str
    agency: str
    category: Category
    text: str | None
    contact: str | None
    contact_kind: ContactKind | None
    #: The sealed part could not be opened (filed before the station was enrolled).
    unreadable: bool
    ticket_id: str | None
    ticket_number: str | None
    station: str
    filed_at: AwareDatetime
    received_at: AwareDatetime
    status: ComplaintStatus
    answer: str | None
    answered_at: AwareDatetime | None
    updated_at: AwareDatetime


class ComplaintAnswer(Wire):
    """`POST /admin/complaints/{tracking}/answer`: the hall's answer and the new status.

    Without `answer` the previous answer stays (e.g. to close an answered complaint);
    `answered` needs an answer, new or previous.
    """

    answer: Annotated[str, StringConstraints(min_length=1, max_length=2000)] | None = None
    status: Literal["in_progress", "answered", "closed"] = "answered"


class ComplaintStatusOut(Wire):
    """`GET /complaints/{tracking}` for a station: what a public kiosk may show. Never the
    complaint's text or the citizen's contact."""

    tracking: str
    agency: str
    category: Category
    status: ComplaintStatus
    filed_at: AwareDatetime
    received_at: AwareDatetime
    answered_at: AwareDatetime | None
    answer: str | None
