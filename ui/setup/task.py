"""Running one slow call (server test, test print, enrolment) off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal


class Task(QThread):
    """Runs `work` once in its own thread; `done` carries its result to the GUI thread."""

    done = Signal(object)

    def __init__(self, work: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        self.done.emit(self._work())


def start_task(owner: QObject, work: Callable[[], object], then: Callable[[object], None]) -> Task:
    """Start `work` in a thread and hand its result to `then` in the GUI thread.

    The owner keeps the task until it ends, so the thread is never dropped while running.
    """
    task = Task(work, owner)
    task.done.connect(then)
    task.finished.connect(task.deleteLater)
    task.start()
    return task
