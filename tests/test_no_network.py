"""No network (issue 8 item 4): load, compare and report with socket creation forbidden.

Delegates' drafts are confidential. Python-level sockets (and name lookups) raise here; Qt's
own network stack is native code that this cannot intercept, so the test also checks that
QtNetwork is never loaded and that the report's HTML refers to nothing outside itself.
"""

from __future__ import annotations

import re
import socket
import sys
import urllib.request
from pathlib import Path

import pytest

from resolution_compare.core.comparison import Comparison
from resolution_compare.workflow import compare_files, load_resolution
from tests.loaders.builders import build_docx, build_pdf, read_source

DATA = Path(__file__).parent / "data"
LEFT = DATA / "hrc-res-35-3-en.txt"
RIGHT = DATA / "hrc-res-44-11-en.txt"


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way Python opens a connection or resolves a name raises and is recorded."""
    attempts: list[str] = []

    def forbidden(what: str):  # type: ignore[no-untyped-def]
        def refuse(*args: object, **kwargs: object) -> object:
            attempts.append(what)
            raise NetworkUsed(f"network use: {what}{args!r}")

        return refuse

    class ForbiddenSocket(socket.socket):  # a class, so modules that subclass it still import
        def __init__(self, *args: object, **kwargs: object) -> None:
            attempts.append("socket.socket")
            raise NetworkUsed(f"network use: socket.socket{args!r}")

    monkeypatch.setattr(socket, "socket", ForbiddenSocket)
    for name in ("create_connection", "socketpair", "fromfd", "create_server"):
        monkeypatch.setattr(socket, name, forbidden(f"socket.{name}"))
    for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, forbidden(f"socket.{name}"))
    return attempts


def test_the_guard_works(no_network: list[str]) -> None:
    # without this, a broken fixture would make every test below pass vacuously
    with pytest.raises(NetworkUsed):
        urllib.request.urlopen("http://127.0.0.1:9/", timeout=1)
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert "socket.socket" in no_network


def test_load_every_format_offline(no_network: list[str], tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    source = read_source(RIGHT)
    pdf = tmp_path / "right.pdf"
    pdf.write_bytes(build_pdf(source))
    docx = tmp_path / "right.docx"
    docx.write_bytes(build_docx(source))
    for path in (RIGHT, pdf, docx):
        assert load_resolution(path).paragraphs
    assert no_network == []


def _compare_offline() -> Comparison:
    result = compare_files(LEFT, RIGHT)
    assert result.rows
    return result


def test_compare_offline(no_network: list[str]) -> None:
    _compare_offline()
    assert no_network == []


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_report_offline(no_network: list[str], tmp_path: Path, fmt: str, qapp) -> None:  # type: ignore[no-untyped-def]
    from resolution_compare.report import export_report

    out = tmp_path / f"report.{fmt}"
    export_report(_compare_offline(), out, fmt=fmt)
    assert out.stat().st_size > 0
    assert no_network == []
    assert "PySide6.QtNetwork" not in sys.modules
    if fmt == "html":
        html = out.read_text(encoding="utf-8")
        # nothing fetched when the report is opened: no remote scripts, fonts or images
        remote = re.findall(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
        assert remote == []
        assert "@import" not in html and "url(http" not in html.replace(" ", "")
