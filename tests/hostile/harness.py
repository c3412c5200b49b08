"""Run the command line in a child process, as a user's terminal does, with hard bounds.

Every hostile case ends within :data:`TIME_LIMIT_S` and under :data:`RSS_LIMIT_KB` of peak
resident memory, measured from outside the process (``os.wait4``'s rusage of the command,
taken by a small trampoline process so the test runner's own memory is not counted; on
Linux ``ru_maxrss`` also covers the grandchildren it waited for, such as the PDF worker).
RLIMIT_AS caps the address space at 1 GB where Qt is not loaded, so an allocation past the
bound fails instead of succeeding quietly.
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


# Linux counts a child's peak RSS from before its exec: a child of a large process (pytest
# after building a 90 MB input) inherits the parent's high-water mark. A small trampoline
# process forks and execs the command and reports the command's own rusage in a file, so
# the figure is the command's memory (and that of the children it waited for).
TRAMPOLINE = """
import json, os, sys
pid = os.fork()
if pid == 0:
    try:
        os.execvp(sys.argv[2], sys.argv[2:])
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as report:
    json.dump({"status": os.waitstatus_to_exitcode(status), "maxrss_kb": usage.ru_maxrss}, report)
sys.exit(0)
"""


def measure(
    argv: list[str],
    report: Path,
    *,
    stdout: object = subprocess.DEVNULL,
    stderr: object = subprocess.DEVNULL,
    env: dict[str, str] | None = None,
    cwd: Path = ROOT,
    time_limit: float = TIME_LIMIT_S,
    cap_memory: bool = False,
) -> tuple[int, float, int] | None:
    """Run ``argv`` through the trampoline: (exit status, seconds, peak RSS in KB), or None
    when it ran past ``time_limit`` (then it is killed with its whole process group)."""
    import json
    import signal

    start = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-c", TRAMPOLINE, str(report), *argv],
        stdout=stdout,  # type: ignore[arg-type]
        stderr=stderr,  # type: ignore[arg-type]
        stdin=subprocess.DEVNULL,
        env=env,
        cwd=cwd,
        start_new_session=True,
        preexec_fn=_cap_address_space if cap_memory else None,
    )
    try:
        child.wait(time_limit)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
        return None
    seconds = time.monotonic() - start
    result = json.loads(report.read_text())
    return int(result["status"]), seconds, int(result["maxrss_kb"])


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
    with out.open("wb") as stdout, err.open("wb") as stderr:
        result = measure(
            [sys.executable, "-m", "resolution_compare", *map(str, args)],
            tmp_path / "rusage.json",
            stdout=stdout,
            stderr=stderr,
            env=child_env,
            time_limit=time_limit,
            cap_memory=cap_memory,
        )
    if result is None:
        pytest.fail(f"{args} took more than {time_limit} s")
    status, seconds, peak_kb = result
    return Run(
        status=status,
        stdout=out.read_text(encoding="utf-8", errors="replace"),
        stderr=err.read_text(encoding="utf-8", errors="replace"),
        seconds=seconds,
        peak_rss_kb=peak_kb,
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


def write_file(folder: Path, name: str, data: bytes) -> Path:
    """``data`` written to ``folder/name``; the path (the hostile inputs are made this way)."""
    path = folder / name
    path.write_bytes(data)
    return path
