"""The survey and complaint services of a test station, and a served ticket to rate."""

from __future__ import annotations

from kiosk.files import secret_file
from kiosk.hall_key import load_hall_key
from kiosk.services.complaint_service import ComplaintService
from kiosk.services.dto import TicketView
from kiosk.services.survey_service import SurveyService
from kiosk.station import Station
from kiosk.storage.sealing import KEY_BYTES, Sealer

RETENTION_DAYS = 30


def hall_key(station: Station) -> bytes:
    """The key the station signs ticket QRs with (and seals data for the server with)."""
    return load_hall_key(station.config.hall_key, station.paths.hall_key)


def survey_service(station: Station) -> SurveyService:
    """A survey service on the station's store, as `open_station` would make it."""
    sealer = Sealer(secret_file(station.paths.form_key, KEY_BYTES))
    return SurveyService(
        station.store, station.catalogues, station.clock, sealer, hall_key(station), RETENTION_DAYS
    )


def complaint_service(station: Station, **kwargs: object) -> ComplaintService:
    """A complaint service on the station's store (keyword arguments: e.g. `draw`)."""
    sealer = Sealer(secret_file(station.paths.form_key, KEY_BYTES))
    return ComplaintService(
        station.store,
        station.catalogues,
        station.clock,
        sealer,
        hall_key(station),
        RETENTION_DAYS,
        **kwargs,  # type: ignore[arg-type]
    )


def served(station: Station, service: str = "KTP-EL", counter: int = 1) -> TicketView:
    """A ticket issued, called, served and finished at this station."""
    ticket = station.tickets.issue(service)
    station.tickets.call(ticket.id, counter)
    station.tickets.start_serving(ticket.id)
    return station.tickets.finish(ticket.id)
