"""The FastAPI application of the central server: `create_app(db_url)`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI

from kiosk import __version__
from kiosk.clock import Clock, SystemClock
from sync.protocol import API_PREFIX
from sync.server import error_handlers, migrate
from sync.server.auth import StationTokens
from sync.server.catalogue import CatalogueCache
from sync.server.db import Database
from sync.server.feed import FeedSignal
from sync.server.routes import admin, complaints, feed, reports, stations
from sync.server.sequencer import Sequencer
from sync.server.state import ServerState

#: Threads for the synchronous handlers. Long-polls hold none while they wait and a
#: handler holds one only for its few queries; more threads would only queue on the GIL.
HANDLER_THREADS = 32


def create_app(db_url: str, *, clock: Clock | None = None, run_migrations: bool = True) -> FastAPI:
    """The server app on a database (migrated first unless told otherwise).

    The feed's sequencer runs in a background thread while the app runs (between
    its startup and shutdown); without them it numbers events inline after writes.
    """
    db = Database(db_url)
    if run_migrations:
        migrate.upgrade(db)
    signal = FeedSignal()
    state = ServerState(
        db=db,
        clock=clock or SystemClock(),
        signal=signal,
        sequencer=Sequencer(db, signal.publish),
        tokens=StationTokens(db),
        catalogues=CatalogueCache(),
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = HANDLER_THREADS
        state.sequencer.start()
        state.sequencer.poke()
        try:
            yield
        finally:
            state.sequencer.stop()
            db.close()

    app = FastAPI(
        title="MPP Kiosk server",
        version=__version__,
        description="Sync API between the stations of a Mall Pelayanan Publik and its server.",
        lifespan=lifespan,
        openapi_url="/openapi.json",
    )
    app.state.server = state
    error_handlers.install(app)
    routers = (stations.router, feed.router, admin.router, reports.router)
    for router in (*routers, complaints.router, complaints.admin_router):
        app.include_router(router, prefix=API_PREFIX)
    return app
