"""Report tests: the PDF path needs a Qt application; make it a QApplication (pytest-qt's
qapp) so that GUI tests later in the same session still get widgets."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _qt_application(qapp):  # type: ignore[no-untyped-def]
    return qapp
