"""Benchmark (not a test): time and peak memory of the largest accepted inputs and the traps.

Run: python bench/hostile.py [--quick]
Bounds (issue 16): 10 s and 1 GB for anything the limits accept, measured from outside the
process: each case runs ``python -m resolution_compare …`` (or a small Python snippet) in a
child, timed with a monotonic clock, its peak resident memory taken from ``os.wait4`` by a
small trampoline process (tests/hostile/harness.py: Linux would otherwise count this
script's own memory from before the exec; ``ru_maxrss`` also covers the grandchildren the
command waited for, such as the PDF worker).
Beside the figures, the same run measures a baseline (``parse`` of a real resolution:
start-up and a normal file) and, for the PDF, poppler's ``pdftotext -layout`` as a peer.
``--quick`` leaves out the slowest cases to make (lying zip, 800 MB PDF page, report).
Inputs are generated in a temporary folder and deleted afterwards.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from resolution_compare.core import limits  # noqa: E402
from tests.hostile import docx_files, pdf_files  # noqa: E402
from tests.hostile.harness import measure  # noqa: E402

TIME_BOUND_S = 10.0
MEMORY_BOUND_MB = 1024
DATA = ROOT / "tests" / "data"
SAMPLE = DATA / "hrc-res-44-11-en.txt"
ENGLISH = SAMPLE.read_text(encoding="utf-8")
WORDS = [w for w in ENGLISH.split() if w.isalpha()]


@dataclass(frozen=True)
class Measure:
    status: int
    seconds: float
    peak_mb: float


def run(argv: list[str], env: dict[str, str] | None = None, timeout: float = 300) -> Measure:
    """Run ``argv`` in a child; wall time and peak RSS (MB) from outside (harness.measure)."""
    with tempfile.TemporaryDirectory() as tmp:
        result = measure(
            argv,
            Path(tmp) / "rusage.json",
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
            time_limit=timeout,
        )
    if result is None:
        return Measure(-9, timeout, float("nan"))
    status, seconds, peak_kb = result
    return Measure(status, seconds, peak_kb / 1024)


def app(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "resolution_compare", *map(str, args)]


# ----------------------------------------------------------------------------- inputs
def thousand_paragraph_pair(folder: Path) -> tuple[Path, Path]:
    """1 000 paragraphs a side (999 operative), ~480 characters each, every one reworded:
    near MAX_PARAGRAPHS and MAX_TEXT_CHARS at once."""
    rng = random.Random(1)
    left, right = ["The Human Rights Council,"], ["The Human Rights Council,"]
    for n in range(1, limits.MAX_PARAGRAPHS):
        words = [rng.choice(WORDS) for _ in range(70)]
        changed = [rng.choice(WORDS) if i % 7 == 0 else w for i, w in enumerate(words)]
        left.append(f"{n}. Requests " + " ".join(words) + ";")
        right.append(f"{n}. Urges " + " ".join(changed) + ";")
    a, b = folder / "left-1000.txt", folder / "right-1000.txt"
    a.write_text("\n\n".join(left) + "\n", encoding="utf-8")
    b.write_text("\n\n".join(right) + "\n", encoding="utf-8")
    return a, b


def five_hundred_page_pdf(folder: Path) -> Path:
    line = "the human rights of all and international solidarity among all peoples and"
    per_page = limits.MAX_TEXT_CHARS // limits.MAX_PDF_PAGES // (len(line) + 1) - 3
    pages = [
        pdf_files.paragraphs_page(
            [
                [f"Recalling its resolution {n}/1 on", *[line] * (per_page // 2), "its work,"],
                [f"Noting its resolution {n}/2 on", *[line] * (per_page // 2), "its work,"],
            ]
        )
        for n in range(limits.MAX_PDF_PAGES)
    ]
    path = folder / "500-pages.pdf"
    path.write_bytes(pdf_files.pages_pdf(pages))
    return path


def forty_mb_docx(folder: Path) -> Path:
    """A real short resolution plus a 39 MB incompressible image part: a 40 MB file."""
    path = folder / "40mb.docx"
    base = docx_files.docx_bytes()
    with zipfile.ZipFile(path, "w") as out, zipfile.ZipFile(__import__("io").BytesIO(base)) as z:
        for info in z.infolist():
            out.writestr(info, z.read(info))
        out.writestr("word/media/image1.png", os.urandom(limits.MAX_FILE_BYTES - (1 << 20)))
    return path


def forty_mb_pdf(folder: Path) -> Path:
    """One page of text plus a 39 MB incompressible unreferenced stream: a 40 MB PDF."""
    blob = os.urandom(limits.MAX_FILE_BYTES - (1 << 20))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        pdf_files.FONT,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        b"<< /Length %d >>\nstream\n"
        % len(c := pdf_files.text_lines(["The Human Rights Council,"]))
        + c
        + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(blob) + blob + b"\nendstream",
    ]
    path = folder / "40mb.pdf"
    path.write_bytes(pdf_files.pdf_bytes(objects))
    return path


def text_trap(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def docx_trap(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def settings_snippet(kind: str) -> str:
    module = "settings" if kind == "settings" else "recent"
    call = "load_settings()" if kind == "settings" else "load_recent()"
    return f"from resolution_compare.gui.{module} import *; {call}"


# ------------------------------------------------------------------------------ cases
@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Path], list[str]]  # returns argv
    env: Callable[[Path], dict[str, str]] | None = None
    slow: bool = False


def cases() -> list[Case]:
    big = "9" * 5000

    def pair(folder: Path) -> tuple[Path, Path]:
        if not (folder / "left-1000.txt").exists():
            thousand_paragraph_pair(folder)
        return folder / "left-1000.txt", folder / "right-1000.txt"

    def config(kind: str, make: Callable[[Path], None]) -> Case:
        def build(folder: Path) -> list[str]:
            cfg = folder / f"config-{kind}"
            cfg.mkdir(exist_ok=True)
            make(cfg / ("settings.json" if kind == "settings" else "recent.json"))
            return [sys.executable, "-c", settings_snippet(kind)]

        return Case(
            f"{kind}: " + make.__doc__.strip() if make.__doc__ else kind,
            build,
            env=lambda folder: {"RESOLUTION_COMPARE_CONFIG_DIR": str(folder / f"config-{kind}")},
        )

    def sparse(path: Path) -> None:
        """1 GB sparse file"""
        with path.open("wb") as handle:
            handle.truncate(1024**3)

    def fifo(path: Path) -> None:
        """a FIFO"""
        os.mkfifo(path)

    def nested(path: Path) -> None:
        """JSON nested 500 000 deep"""
        path.write_bytes(b"[" * 500_000 + b"]" * 500_000)

    roman = docx_files.numbering_xml(fmt="lowerRoman", start="2000000000")
    letters = docx_files.numbering_xml(fmt="lowerLetter", start="2000000000")
    return [
        # the largest accepted inputs
        Case("compare 1,000 paragraphs a side", lambda f: app("compare", "--json", *pair(f))),
        Case(
            "report (PDF) 1,000 paragraphs a side",
            lambda f: app("report", *pair(f), "-o", f / "r.pdf"),
            slow=True,
        ),
        Case(
            "report (HTML) 1,000 paragraphs a side",
            lambda f: app("report", *pair(f), "-o", f / "r.html"),
        ),
        Case("parse a 500-page PDF", lambda f: app("parse", five_hundred_page_pdf(f))),
        Case("parse a 40 MB .docx", lambda f: app("parse", forty_mb_docx(f))),
        Case("parse a 40 MB PDF", lambda f: app("parse", forty_mb_pdf(f))),
        # text traps
        Case(
            "30,000-digit run",
            lambda f: app(
                "parse",
                text_trap(
                    f, "d.txt", ENGLISH.replace("Reaffirming", "Reaffirming " + "7" * 30_000, 1)
                ),
            ),
        ),
        Case(
            "99,000-letter word",
            lambda f: app(
                "parse",
                text_trap(
                    f, "w.txt", ENGLISH.replace("Reaffirming", "Reaffirming " + "a" * 99_000, 1)
                ),
            ),
        ),
        Case(
            "5,000-digit vote count",
            lambda f: app(
                "compare",
                SAMPLE,
                text_trap(
                    f, "v.txt", ENGLISH.replace("recorded vote of 31", f"recorded vote of {big}")
                ),
            ),
        ),
        Case(
            "5,000-digit meeting number",
            lambda f: app(
                "compare",
                SAMPLE,
                text_trap(f, "m.txt", ENGLISH.replace("27th meeting", f"{big}th meeting")),
            ),
        ),
        Case(
            "8,000 words vs their shuffle (issue 12)",
            lambda f: app("compare", "--json", *shuffle_pair(f)),
        ),
        Case(
            "5,500 symbols all updated (issue 12)",
            lambda f: app("compare", "--json", *symbols_pair(f)),
        ),
        # Word traps
        Case(
            "Word list from 2e9 in Roman numerals",
            lambda f: app(
                "parse",
                docx_trap(
                    f,
                    "r.docx",
                    docx_files.docx_bytes(
                        docx_files.document_xml(docx_files.resolution_body()), roman
                    ),
                ),
            ),
        ),
        Case(
            "Word list from 2e9 in letters",
            lambda f: app(
                "parse",
                docx_trap(
                    f,
                    "l.docx",
                    docx_files.docx_bytes(
                        docx_files.document_xml(docx_files.resolution_body()), letters
                    ),
                ),
            ),
        ),
        Case(
            ".docx lying: 1 KB declared, 1.1 GB inflated",
            lambda f: app("parse", docx_trap(f, "liar.docx", docx_files.lying_docx(1100 << 20))),
            slow=True,
        ),
        Case(
            ".docx with 90 MB of document.xml",
            lambda f: app("parse", docx_trap(f, "x.docx", huge_xml())),
        ),
        # PDF traps
        Case(
            "PDF page inflating to 800 MB",
            lambda f: app("parse", docx_trap(f, "b.pdf", pdf_files.inflating_pdf(800))),
            slow=True,
        ),
        Case(
            "PDF page with 1,000,000 paths",
            lambda f: app("parse", docx_trap(f, "p.pdf", million_paths())),
        ),
        # the app's own files
        config("settings", sparse),
        config("recent", fifo),
        config("settings", nested),
    ]


def shuffle_pair(folder: Path) -> tuple[Path, Path]:
    rng = random.Random(8000)
    words = [rng.choice(WORDS) for _ in range(8000)]
    shuffled = words[:]
    rng.shuffle(shuffled)
    a = text_trap(
        folder, "s1.txt", "The Human Rights Council,\n\n1. Decides " + " ".join(words) + ";\n"
    )
    b = text_trap(
        folder, "s2.txt", "The Human Rights Council,\n\n1. Decides " + " ".join(shuffled) + ";\n"
    )
    return a, b


def symbols_pair(folder: Path) -> tuple[Path, Path]:
    left = ", ".join(f"{i}/{i % 90 + 1}" for i in range(5500))
    right = ", ".join(f"{i + 1}/{i % 90 + 1}" for i in range(5500))
    a = text_trap(
        folder, "y1.txt", f"The Human Rights Council,\n\n1. Recalls its resolutions {left};\n"
    )
    b = text_trap(
        folder, "y2.txt", f"The Human Rights Council,\n\n1. Recalls its resolutions {right};\n"
    )
    return a, b


def huge_xml() -> bytes:
    filler = docx_files.paragraph("Recalling its resolutions,") * (90 * (1 << 20) // 120)
    return docx_files.docx_bytes(
        docx_files.document_xml(docx_files.resolution_body() + filler), docx_files.numbering_xml()
    )


def million_paths() -> bytes:
    content = pdf_files.text_lines(["The Human Rights Council,"]) + b"\n"
    return pdf_files.pages_pdf([content + b"10 10 m 100 10.5 l S\n" * 10**6])


def main() -> int:
    quick = "--quick" in sys.argv
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="rc-hostile-") as tmp:
        folder = Path(tmp)
        baseline = run(app("parse", SAMPLE))
        print(
            f"baseline: parse of a real resolution (start-up included): "
            f"{baseline.seconds:.2f} s, {baseline.peak_mb:.0f} MB"
        )
        print(f"bounds: {TIME_BOUND_S:.0f} s, {MEMORY_BOUND_MB} MB\n")
        print(f"{'case':48} {'exit':>4} {'time':>8} {'peak':>8}  verdict")
        for case in cases():
            if quick and case.slow:
                continue
            argv = case.build(folder)
            env = case.env(folder) if case.env else None
            m = run(argv, env)
            within = m.seconds <= TIME_BOUND_S and m.peak_mb <= MEMORY_BOUND_MB
            verdict = "ok" if within else "OVER"
            print(f"{case.name:48} {m.status:>4} {m.seconds:>7.2f}s {m.peak_mb:>6.0f}MB  {verdict}")
            rows.append(
                {
                    "case": case.name,
                    "exit": m.status,
                    "seconds": round(m.seconds, 2),
                    "peak_mb": round(m.peak_mb),
                    "within_bounds": within,
                }
            )
            if case.name == "parse a 500-page PDF" and shutil.which("pdftotext"):
                pdf = Path(argv[-1])
                peer = run(["pdftotext", "-layout", str(pdf), str(folder / "peer.txt")])
                print(
                    f"{'  peer: pdftotext -layout, same file':48} {peer.status:>4} "
                    f"{peer.seconds:>7.2f}s {peer.peak_mb:>6.0f}MB"
                )
            for leftover in folder.glob("*.pdf"):
                if leftover.stat().st_size > 10 << 20:
                    leftover.unlink()
    over = [r["case"] for r in rows if not r["within_bounds"]]
    print(
        f"\n{len(rows) - len(over)} of {len(rows)} within the bounds"
        + (f"; over: {', '.join(map(str, over))}" if over else "")
    )
    if "--json" in sys.argv:
        print(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
