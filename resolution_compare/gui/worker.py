"""The one helper that runs slow work off the UI thread.

``run_in_background(fn, on_success, on_failure)`` runs ``fn()`` on Qt's thread pool and
calls exactly one of the callbacks on the UI thread. An InputError reaches ``on_failure``
with its one-line message; any other exception too (with its type name), so a bug in a
parser shows as a banner rather than killing the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from resolution_compare.core.errors import InputError


class _Relay(QObject):
    """Lives on the UI thread. Its signals are emitted from the pool thread and, because the
    receiving slots belong to this UI-thread object, Qt queues them onto the UI thread."""

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        on_success: Callable[[Any], None],
        on_failure: Callable[[str], None],
        finished: Callable[[_Relay], None],
    ) -> None:
        super().__init__()
        self._on_success = on_success
        self._on_failure = on_failure
        self._finished = finished
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        self._finished(self)
        self._on_success(result)

    @Slot(str)
    def _deliver_failure(self, message: str) -> None:
        self._finished(self)
        self._on_failure(message)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except InputError as exc:
            self._relay.failed.emit(str(exc))
        except MemoryError:
            self._relay.failed.emit("out of memory while reading the file")
        except Exception as exc:
            self._relay.failed.emit(f"unexpected error ({type(exc).__name__}): {exc}")
        else:
            self._relay.succeeded.emit(result)


class BackgroundRunner(QObject):
    """Owns the relays of running jobs so they are not garbage-collected early."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # jobs run in order; a newer load waits for the older
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[str], None],
    ) -> None:
        relay = _Relay(on_success, on_failure, self._relays.discard)
        self._relays.add(relay)
        self._pool.start(_Job(fn, relay))

    def busy(self) -> bool:
        return bool(self._relays)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
