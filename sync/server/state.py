"""What every request handler of one server shares: the database, the clock, the feed machinery."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from kiosk.clock import Clock
from sync.server.auth import StationTokens
from sync.server.catalogue import CatalogueCache
from sync.server.db import Database
from sync.server.feed import FeedSignal
from sync.server.sequencer import Sequencer


@dataclass
class ServerState:
    """The composition root's parts, built once by `create_app`."""

    db: Database
    clock: Clock
    signal: FeedSignal
    sequencer: Sequencer
    tokens: StationTokens
    catalogues: CatalogueCache = field(default_factory=CatalogueCache)

    def now(self) -> datetime:
        """The current time (UTC, aware)."""
        return self.clock.now()

    def wrote_feed(self) -> None:
        """A transaction that added feed events committed: have them numbered."""
        self.sequencer.poke()
