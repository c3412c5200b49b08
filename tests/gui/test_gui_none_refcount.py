"""The PySide6 6.12 / CPython 3.11 None-refcount work-around keeps long sessions alive."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QObject
calls = sys.getrefcount(None) + 10000  # more than None had references to drop
{fix}
o = QObject()
for _ in range(calls):
    o.setObjectName("x")  # returns None
print("alive")
"""


def test_many_qt_calls_returning_none_do_not_abort_the_process() -> None:
    fix = "from resolution_compare.qtcompat import keep_none_alive; keep_none_alive()"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(fix=fix)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "alive"
