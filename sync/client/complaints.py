"""Asking the hall's server about a complaint, for the station's status screen.

`ComplaintService.status` (kiosk) takes a lookup function so the store's side needs no
network; this module makes one from the station's server client.
"""

from __future__ import annotations

from kiosk.domain.text import Text
from kiosk.services.complaint_service import ComplaintLookup, RemoteComplaint, StatusUnavailable
from sync.client.api import ServerApi
from sync.client.errors import Refused, SyncError
from sync.protocol import ComplaintStatusOut


def complaint_status(api: ServerApi, tracking: str) -> ComplaintStatusOut | None:
    """The server's answer for a tracking number; None when it has no such complaint.
    Raises the client's SyncError when the server cannot be asked."""
    try:
        return api.complaint(tracking)
    except Refused as exc:
        if exc.status == 404 and exc.code == "complaint_unknown":
            return None
        raise


def complaint_lookup(api: ServerApi) -> ComplaintLookup:
    """A lookup for `ComplaintService.status` that asks this server."""

    def lookup(tracking: str) -> RemoteComplaint | None:
        try:
            found = complaint_status(api, tracking)
        except SyncError as exc:
            # Unreachable, revoked, an old server without complaints: the station's own
            # record is all it can tell.
            raise StatusUnavailable(_unavailable(exc.text)) from exc
        if found is None:
            return None
        return RemoteComplaint(
            tracking=found.tracking,
            agency_code=found.agency,
            category=found.category.value,
            status=found.status,
            filed_at=found.filed_at,
            received_at=found.received_at,
            answered_at=found.answered_at,
            answer=found.answer,
        )

    return lookup


def _unavailable(reason: Text) -> Text:
    return Text(
        f"Status pengaduan tidak dapat diperiksa di server: {reason.id}",
        f"The complaint's status cannot be checked on the server: {reason.en}",
    )
