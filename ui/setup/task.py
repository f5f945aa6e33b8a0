"""Running one slow call (server test, test print, enrolment) off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QThread, Signal

#: Tasks still running. A task belongs to no widget: a wizard closed (or collected) while
#: its server test still runs must not take a running thread down with it.
_RUNNING: set[Task] = set()


class Task(QThread):
    """Runs `work` once in its own thread; `done` carries its result to the GUI thread."""

    done = Signal(object)

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        self.done.emit(self._work())

    def _forget(self) -> None:
        _RUNNING.discard(self)


def start_task(work: Callable[[], object], then: Callable[[object], None]) -> Task:
    """Start `work` in a thread and hand its result to `then` (a widget's method) in the GUI
    thread; if that widget is gone by then, the result is dropped. The task is kept until
    its thread has ended."""
    task = Task(work)
    task.done.connect(then)
    task.finished.connect(task._forget)
    _RUNNING.add(task)
    task.start()
    return task


def wait_for_tasks(timeout_ms: int = 30_000) -> None:
    """Wait until every task's thread has ended (before the program exits)."""
    for task in list(_RUNNING):
        task.wait(timeout_ms)
