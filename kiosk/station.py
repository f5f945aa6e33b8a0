"""Everything one station runs on, built once: config, store, clock and use cases."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.clock import Clock, SystemClock
from kiosk.config import StationConfig, load_config
from kiosk.files import secret_file
from kiosk.hall_key import load_hall_key
from kiosk.paths import Paths
from kiosk.services.admin_service import AdminService
from kiosk.services.catalogue_service import CatalogueLoad, CatalogueService
from kiosk.services.complaint_service import ComplaintService
from kiosk.services.desk_service import DeskService
from kiosk.services.diagnostics import DiagnosticsService
from kiosk.services.form_service import FormService
from kiosk.services.officer_service import OfficerService
from kiosk.services.print_service import PrintService
from kiosk.services.queue_service import QueueService
from kiosk.services.survey_service import SurveyService
from kiosk.services.sync_service import SyncLedger
from kiosk.services.ticket_service import TicketService
from kiosk.storage.sealing import KEY_BYTES, Sealer
from kiosk.storage.store import Store, open_store

#: The admin PIN of the demo (no config file): documented in the README. Its hash is
#: kept ready so a start does not spend a slow scrypt on it (a test checks the pair).
DEMO_PIN = "1234"
#: The demo counter's officer, who signs in with DEMO_PIN (documented in the README).
DEMO_OFFICER = "Petugas Demo"
DEMO_PIN_HASH = (
    "scrypt$16384$8$1$cgaD4GbO+ITllbba+EIr3g==$KkJitAkkWi8gS67AzXhQqBu39ZHTokInrJtC0AkDTLA="
)


@dataclass(frozen=True)
class Station:
    """An open station: the one object screens and the CLI are handed."""

    paths: Paths
    config: StationConfig
    clock: Clock
    store: Store
    catalogues: CatalogueService
    queues: QueueService
    tickets: TicketService
    forms: FormService
    printing: PrintService
    admin: AdminService
    diagnostics: DiagnosticsService
    catalogue_load: CatalogueLoad
    sync: SyncLedger
    officers: OfficerService
    desk: DeskService
    surveys: SurveyService
    complaints: ComplaintService

    def close(self) -> None:
        """Release the store."""
        self.store.close()

    def __enter__(self) -> Station:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_station(
    paths: Paths,
    config: StationConfig | None = None,
    clock: Clock | None = None,
    *,
    demo: bool = False,
) -> Station:
    """Open the station's store (migrating it) and load its catalogue.

    `demo` (or `demo = true` in the config, the default without one) keeps every
    service open around the clock so the demo can be tried at any hour.
    """
    config = config or load_config(paths)
    clock = clock or SystemClock()
    started = clock.now()  # the station's uptime, for the admin menu
    store = open_store(paths.database, paths.backups, clock.now(), config.name)
    catalogues = CatalogueService(store, clock, paths.catalogue_snapshot)
    loaded = catalogues.start(config.catalogue_file)
    key = load_hall_key(config.hall_key, paths.hall_key)
    queues = QueueService(store, catalogues, clock, always_open=demo or config.demo, hall_key=key)
    sealer = Sealer(secret_file(paths.form_key, KEY_BYTES))
    forms = FormService(store, catalogues, clock, sealer, config.form_retention_days)
    forms.purge()  # personal answers the server has had long enough leave the station
    retention = config.form_retention_days
    surveys = SurveyService(store, catalogues, clock, sealer, key, retention)
    surveys.purge()  # comments the server has had long enough leave the station
    complaints = ComplaintService(store, catalogues, clock, sealer, key, retention)
    complaints.purge()
    tickets = TicketService(store, catalogues, queues, clock, forms)
    printing = PrintService(store, tickets, clock)
    printing.expire_unanswered()  # tickets left mid-print by a crash or power cut
    admin = AdminService(store, clock, _pin_hash(config))
    sync = SyncLedger(store, clock)
    diagnostics = DiagnosticsService(store, clock, config, paths, sync, catalogues, started)
    officers = OfficerService(store, catalogues, clock)
    if (demo or config.demo) and config.role == "counter":
        officers.ensure_demo(DEMO_OFFICER, DEMO_PIN_HASH)
    return Station(
        paths,
        config,
        clock,
        store,
        catalogues,
        queues,
        tickets,
        forms,
        printing,
        admin,
        diagnostics,
        loaded,
        sync,
        officers,
        DeskService(store, tickets, queues, catalogues, clock),
        surveys,
        complaints,
    )


def _pin_hash(config: StationConfig) -> str | None:
    """The configured PIN; the demo without one opens with DEMO_PIN."""
    if config.admin_pin_hash or not config.demo:
        return config.admin_pin_hash
    return DEMO_PIN_HASH
