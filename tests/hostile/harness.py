"""Run the command line in a child process, as a user's terminal does, with hard bounds.

Every hostile case ends within :data:`TIME_LIMIT_S` and under :data:`RSS_LIMIT_KB` of peak
resident memory, measured from outside the process (``os.wait4``'s rusage of the child;
on Linux its ``ru_maxrss`` also covers the grandchildren it waited for, such as the PDF
worker). RLIMIT_AS caps the child's address space at 1 GB where Qt is not loaded, so an
allocation past the bound fails instead of succeeding quietly.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

TIME_LIMIT_S = 10.0
RSS_LIMIT_KB = 1024 * 1024  # 1 GB; ru_maxrss is in KB on Linux
ADDRESS_SPACE_CAP = 1024**3
MB = 1024 * 1024
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Run:
    status: int
    stdout: str
    stderr: str
    seconds: float
    peak_rss_kb: int


def _cap_address_space() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_CAP, ADDRESS_SPACE_CAP))


def run_cli(
    *args: str | Path,
    tmp_path: Path,
    cap_memory: bool = True,
    env: dict[str, str] | None = None,
    time_limit: float = TIME_LIMIT_S,
) -> Run:
    """Run ``python -m resolution_compare`` in a child; exact peak RSS via wait4.

    ``cap_memory=False`` for commands that load Qt (``report``), whose address space is
    larger than its resident memory.
    """
    out, err = tmp_path / "stdout.log", tmp_path / "stderr.log"
    child_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    child_env.pop("RESOLUTION_COMPARE_DEBUG", None)
    start = time.monotonic()
    with out.open("wb") as stdout, err.open("wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-m", "resolution_compare", *map(str, args)],
            stdout=stdout,
            stderr=stderr,
            stdin=subprocess.DEVNULL,
            env=child_env,
            cwd=ROOT,
            preexec_fn=_cap_address_space if cap_memory else None,
        )
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > time_limit:
                child.kill()
                os.wait4(child.pid, 0)
                pytest.fail(f"{args} took more than {time_limit} s")
            time.sleep(0.02)
    child.returncode = os.waitstatus_to_exitcode(status)  # keep Popen from waiting again
    return Run(
        status=os.waitstatus_to_exitcode(status),
        stdout=out.read_text(encoding="utf-8", errors="replace"),
        stderr=err.read_text(encoding="utf-8", errors="replace"),
        seconds=time.monotonic() - start,
        peak_rss_kb=usage.ru_maxrss,
    )


def assert_within_bounds(run: Run) -> None:
    assert "Traceback" not in run.stderr + run.stdout
    assert run.seconds < TIME_LIMIT_S
    assert run.peak_rss_kb < RSS_LIMIT_KB


def assert_clean_refusal(run: Run, expect: str) -> None:
    """Exit 2, exactly one line on stderr containing ``expect``, within the bounds."""
    assert_within_bounds(run)
    lines = run.stderr.splitlines()
    assert len(lines) == 1, run.stderr
    assert expect.lower() in lines[0].lower(), lines[0]
    assert run.status == 2, run.stderr
