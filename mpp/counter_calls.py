"""A counter's calls: through the hall's server when the station is enrolled, on its own
otherwise. One object per counter window; its `call` runs on a worker thread, never on the
GUI thread (it may wait on the network).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kiosk.station import Station
from mpp.sync_start import enrolled, server_api

if TYPE_CHECKING:
    from sync.client.api import ServerApi
    from sync.client.calls import CallOutcome
    from sync.client.worker import SyncWorker


class CounterCalls:
    """Calls tickets to a counter; keeps the request id of an unanswered call so that calling
    again returns that call instead of calling a second citizen."""

    def __init__(self, station: Station, worker: SyncWorker | None = None) -> None:
        self._station = station
        self._worker = worker
        self._lock = threading.Lock()  # one call at a time: the API session is not shared
        self._api: ServerApi | None = server_api(station) if enrolled(station) else None
        self._unanswered: dict[tuple[int, tuple[str, ...], str | None], str] = {}

    @property
    def with_server(self) -> bool:
        """Whether calls are arbitrated by the server (the station is enrolled)."""
        return self._api is not None

    def call(
        self, counter: int, services: Sequence[str], ticket_id: str | None = None
    ) -> CallOutcome:
        """Call `ticket_id`, or the next ticket of `services`. Raises the sync client's
        errors (e.g. CallUnanswered) with a message for the clerk."""
        from sync.client.calls import CallUnanswered, call_ticket

        key = (counter, tuple(services), ticket_id)
        with self._lock:
            request_id = self._unanswered.get(key)
            try:
                outcome = call_ticket(
                    self._station, self._api, counter, services, ticket_id, request_id=request_id
                )
            except CallUnanswered as exc:
                self._unanswered[key] = exc.request_id
                raise
            self._unanswered.pop(key, None)
        self.changed()
        return outcome

    def changed(self) -> None:
        """Something was written here: have the sync worker push it now, not at its next turn."""
        if self._worker is not None:
            self._worker.poke()

    def close(self) -> None:
        """Release the server connection."""
        with self._lock:
            if self._api is not None:
                self._api.close()
                self._api = None
