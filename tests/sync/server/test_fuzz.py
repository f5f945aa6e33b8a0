"""Hundreds of generated requests over the OpenAPI document: never a 500, 4xx changes nothing.

Schemathesis makes requests from the app's own schema, valid and invalid. Each goes
with a real token of the role the endpoint wants (or none now and then), so most
reach the code behind authentication. A 4xx must be an ErrorBody and leave every
table as it was; a 2xx may change things (a lease takes numbers), and is let be.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from sync.protocol import ErrorBody
from sync.server.state import ServerState
from tests.sync.server.fake_stations import FakeStation
from tests.sync.server.row_counts import row_counts

EXAMPLES = 250


def test_generated_requests_never_crash_and_bad_ones_change_nothing(
    app: FastAPI,
    state: ServerState,
    kiosk: FakeStation,
    counter: FakeStation,
    admin_headers: dict[str, str],
) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    cases = st.one_of(
        schema.as_strategy(GenerationMode.POSITIVE), schema.as_strategy(GenerationMode.NEGATIVE)
    )
    tokens = {"admin": admin_headers, "kiosk": kiosk.headers, "counter": counter.headers}

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=cases, anonymous=st.integers(0, 9).map(lambda n: n == 0))
    def check(case: Any, anonymous: bool) -> None:
        label: str = case.operation.label
        headers = {} if anonymous and "health" not in label else _who(label, tokens)
        before = row_counts(state)
        # A long-poll would hold each feed case for its `wait` (tested in test_feed).
        params = {"wait": "0"} if label.endswith("/feed") else None
        response = case.call(headers=headers, params=params)
        assert response.status_code < 500, (label, response.text)
        if 400 <= response.status_code < 500:
            if response.status_code != 304:
                ErrorBody.model_validate(response.json())
            assert row_counts(state) == before, (label, response.status_code, response.text)

    check()


def _who(label: str, tokens: dict[str, dict[str, str]]) -> dict[str, str]:
    if "/admin/" in label:
        return tokens["admin"]
    if "/numbers/" in label:
        return tokens["kiosk"]
    return tokens["counter"]
