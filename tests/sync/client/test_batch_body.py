"""The push body written by hand is a valid `EventBatch` with the outbox's exact content."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.station import Station
from sync.client.runner import batch_body
from sync.protocol import EventBatch, EventIn

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=50, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    payloads=st.lists(
        st.dictionaries(st.text(max_size=10), JSON, max_size=5), min_size=1, max_size=5
    )
)
def test_any_outbox_payload_goes_out_unchanged(
    station: Station, payloads: list[dict[str, object]]
) -> None:
    # One station for every example: each takes only the events it has just added.
    with station.store.uow(write=True) as uow:
        for payload in payloads:
            uow.outbox.add("test.any_payload", payload, station.clock.now())
        uow.commit()
    events = station.sync.outgoing(1000)[-len(payloads) :]
    batch = EventBatch.model_validate_json(batch_body(events))
    assert [e.payload for e in batch.events] == [json.loads(json.dumps(p)) for p in payloads]
    for sent, kept in zip(batch.events, events, strict=True):
        assert (sent.id, sent.seq, sent.type, sent.occurred_local) == (
            kept.id,
            kept.seq,
            kept.type,
            kept.occurred_local,
        )
        assert sent.occurred_at == kept.occurred_at
        assert sent.station_id == station.store.station_id


def test_a_real_ticket_event_round_trips(station: Station) -> None:
    ticket = station.tickets.issue("KTP-EL")
    events = station.sync.outgoing(10)
    batch = EventBatch.model_validate_json(batch_body(events))
    issued = next(e for e in batch.events if e.type == "ticket.issued")
    kept = next(e for e in events if e.type == "ticket.issued")
    assert issued.payload["ticket_id"] == ticket.id
    # The server's idempotency hash is the same as for the model-built event.
    built = EventIn(
        id=kept.id,
        station_id=kept.station_id,
        seq=kept.seq,
        type=kept.type,
        payload=kept.payload,
        occurred_at=kept.occurred_at,
        occurred_local=kept.occurred_local,
    )
    assert issued.content_hash() == built.content_hash()
