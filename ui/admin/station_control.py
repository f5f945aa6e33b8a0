"""What the admin menu asks of the whole station program: sync now, run setup, restart.

The composition root (ui/boot.py) makes one `StationControl`, gives it the sync worker,
hands it to the role's window and acts on its signals. A window without one hides
"run setup" and "restart".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from sync.client.worker import SyncWorker


class StationControl(QObject):
    """The station program's controls, as signals the composition root handles."""

    #: The technician asked for the setup wizard (the admin menu has closed itself).
    setup_requested = Signal()
    #: The technician asked for the station program to restart.
    restart_requested = Signal()

    def __init__(self, worker: SyncWorker | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker

    def set_worker(self, worker: SyncWorker | None) -> None:
        """The sync worker to poke (None: the station works alone)."""
        self.worker = worker

    def sync_now(self) -> bool:
        """Push and pull now; False when no sync is running to ask."""
        if self.worker is None:
            return False
        self.worker.poke()
        return True

    def request_setup(self) -> None:
        """Ask for the setup wizard."""
        self.setup_requested.emit()

    def request_restart(self) -> None:
        """Ask for a restart."""
        self.restart_requested.emit()
