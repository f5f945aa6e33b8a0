"""Starting the background sync of an enrolled station (the composition root calls this)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.station import Station

if TYPE_CHECKING:
    from sync.client.api import ServerApi
    from sync.client.worker import Listener, SyncWorker


def enrolled(station: Station) -> bool:
    """Whether the station has a server, a token and an enrolment record."""
    return bool(
        station.config.server_url
        and station.paths.station_token.exists()
        and station.sync.status().enrolled
    )


def start_sync(station: Station, listener: Listener | None = None) -> SyncWorker | None:
    """Start the sync worker if the station is enrolled with a server; None if it works alone.

    The sync client (requests, the wire schemas) is loaded only for an enrolled station.
    """
    if not enrolled(station):
        return None
    from sync.client.credentials import read_token
    from sync.client.worker import SyncWorker

    url, token = station.config.server_url, read_token(station.paths.station_token)
    if url is None or token is None:
        return None
    worker = SyncWorker(station, url, token, listener)
    worker.start()
    return worker


def server_api(station: Station) -> ServerApi | None:
    """A client of the hall's server with this station's token; None if it has none."""
    from sync.client.api import ServerApi
    from sync.client.credentials import read_token

    url, token = station.config.server_url, read_token(station.paths.station_token)
    return ServerApi(url, token) if url and token else None
