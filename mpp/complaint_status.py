"""A complaint's status for the kiosk's status screen: the hall's server when it answers,
else what this station knows. It may wait for the network: call it off the GUI thread."""

from __future__ import annotations

from kiosk.services.complaint_service import ComplaintStatusView
from kiosk.station import Station
from mpp.sync_start import enrolled, server_api


def complaint_status(station: Station, tracking: str) -> ComplaintStatusView:
    """The status of `tracking`; ComplaintNotFound when neither the server nor the station
    knows it (the message says which was asked)."""
    api = server_api(station) if enrolled(station) else None
    if api is None:
        return station.complaints.status(tracking)
    from sync.client.complaints import complaint_lookup

    try:
        return station.complaints.status(tracking, complaint_lookup(api))
    finally:
        api.close()
