"""`GET /feed`: the change feed, with long-polling that holds no thread while it waits."""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import APIRouter, Query, Response
from starlette.concurrency import run_in_threadpool

from sync.protocol import MAX_FEED_PAGE, MAX_WAIT_SECONDS, FeedPage
from sync.server.feed import read_page
from sync.server.routes.deps import AUTH_ERRORS, Server, Station, json_reply

router = APIRouter()

DEFAULT_PAGE = 500
#: Cursors above this are refused (the column is a 64-bit integer).
MAX_CURSOR = 2**62


@router.get("/feed", response_model=FeedPage, responses=AUTH_ERRORS)
async def get_feed(
    state: Server,
    station: Station,
    after: Annotated[int, Query(ge=0, le=MAX_CURSOR)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_FEED_PAGE)] = DEFAULT_PAGE,
    wait: Annotated[float, Query(ge=0, le=MAX_WAIT_SECONDS)] = 0,
) -> Response:
    """Events after the cursor `after`; with `wait`, hold the request until one arrives."""
    page = await run_in_threadpool(read_page, state.db, after, limit)
    if page.events or wait <= 0:
        return json_reply(page)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    seen = after
    while (remaining := deadline - loop.time()) > 0:
        if not await state.signal.wait_beyond(seen, remaining):
            break
        page = await run_in_threadpool(read_page, state.db, after, limit)
        if page.events:
            return json_reply(page)
        seen = max(seen, state.signal.high)
    return json_reply(FeedPage(events=[], last=after))
