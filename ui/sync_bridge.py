"""The one way sync news reaches the screens: the worker's threads hand `SyncState`s to
`listener`, and the bridge re-emits them as Qt signals in the GUI thread.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from sync.client.worker import SyncState


class SyncBridge(QObject):
    """Signals for online/offline, backlog, last success and quarantine; `state` is the latest."""

    online_changed = Signal(bool)
    backlog_changed = Signal(int)
    last_success_changed = Signal(object)  # datetime | None
    quarantined_changed = Signal(int)
    state_changed = Signal(object)  # SyncState
    # Emitted from the worker's threads; Qt queues it to the thread the bridge lives in.
    _arrived = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state: SyncState | None = None
        self._arrived.connect(self._apply)

    def listener(self, state: SyncState) -> None:
        """Called by the worker on its own threads: never touches a widget."""
        self._arrived.emit(state)

    def _apply(self, state: SyncState) -> None:
        before = self.state
        self.state = state
        if before is None or before.online != state.online:
            self.online_changed.emit(state.online)
        if before is None or before.backlog != state.backlog:
            self.backlog_changed.emit(state.backlog)
        if before is None or before.quarantined != state.quarantined:
            self.quarantined_changed.emit(state.quarantined)
        if before is None or before.last_success != state.last_success:
            self.last_success_changed.emit(state.last_success)
        self.state_changed.emit(state)

    @property
    def last_success(self) -> datetime | None:
        """When the server last answered a whole round."""
        return self.state.last_success if self.state else None
