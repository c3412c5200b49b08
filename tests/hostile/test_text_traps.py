"""Regex traps and giant numbers: texts the limits accept are parsed without hanging or crashing.

A run of one character repeated (digits, letters of each UN script, hyphens, brackets…)
inside a real paragraph makes an unanchored ``\\d+…`` or ``\\w+-`` pattern rescan the run
from every start (quadratic: a 30 000-digit run took 74 s in the meeting-line search, a
99 000-letter word 12.5 s in the hyphenation scan). A 5 000-digit vote count or meeting
number made ``int()`` raise (Python's 4 300-digit limit). Each text here is made by the test,
stays inside the limits, and must parse (and compare) within the hard bound of 10 s — a
hang guard, not a speed target (those are in bench/).
"""

from __future__ import annotations

import re
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from resolution_compare.core import limits
from resolution_compare.core.compare import compare_resolutions
from resolution_compare.core.parser import parse_text
from tests.hostile.harness import TIME_LIMIT_S, assert_within_bounds, run_cli

DATA = Path(__file__).resolve().parents[1] / "data"
ENGLISH = (DATA / "hrc-res-44-11-en.txt").read_text(encoding="utf-8")
FRENCH = (DATA / "hrc-res-44-11-fr.txt").read_text(encoding="utf-8")  # double-spaced layout
RUN = 99_000  # just under the 100 000-character paragraph limit

# (id, what is repeated): one character or a short sequence that patterns love to rescan.
ATOMS = [
    ("digits", "7"),  # meeting number / vote count patterns: \d+ then a word
    ("latin-letters", "a"),  # \w+-\w+ hyphenation scan
    ("capitals", "A"),  # symbol and title patterns
    ("cyrillic", "д"),  # \w is Unicode: every script of the UN
    ("arabic", "ع"),
    ("cjk", "中"),
    ("roman-letters", "i"),  # sub-paragraph labels (i), (ii)
    ("hyphenated", "a-"),  # compounds
    ("hyphen-space", "a- "),  # split-compound repair
    ("soft-hyphens", "a\u00ad"),  # invisible break markers
    ("hyphens", "-"),
    ("dots", "."),
    ("digit-dots", "1."),  # numbered paragraph starts
    ("digit-slashes", "1/"),  # resolution symbols
    ("ordinal-suffix", "1th "),  # "27th meeting" without "meeting"
    ("meeting-words", "1st meeting "),
    ("french-meeting", "1e séance "),
    ("labels", "(a) "),
    ("brackets", "["),
    ("parentheses", "("),
    ("apostrophes", "’"),
    ("asterisks", "*"),  # footnote markers
    ("vote-formula", "Adopted by a recorded vote of 1 to "),
    ("list-label", "In favour: "),
    ("dates", "1 July "),
    ("no-break-spaces", "a\u00a0"),
    ("no-break-space-run", "\u00a0"),  # "\s*" formulas rescanned it (kept by the parser)
    ("narrow-no-break-space-run", "\u202f"),
    ("combining-marks", "\u0301"),  # one grapheme of 99 000 code points
    ("emoji", "\U0001f600"),
    ("zwj-sequences", "\U0001f468\u200d\U0001f469\u200d\U0001f467"),
    ("bidi-override", "\u202e"),
    ("full-width-digits", "\uff11"),
    ("superscript-digits", "\u00b9"),
    ("arabic-indic-digits", "\u0661"),
]


def _run(atom: str) -> str:
    return (atom * (RUN // len(atom) + 1))[:RUN]


@pytest.fixture
def hang_guard() -> Iterator[None]:
    """Fail (not hang) when the body takes longer than the hard bound."""

    def expire(*_: object) -> None:
        raise TimeoutError(f"took more than {TIME_LIMIT_S} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(int(TIME_LIMIT_S))
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize(("atom_id", "atom"), ATOMS, ids=[a for a, _ in ATOMS])
@pytest.mark.parametrize("layout", ["blocks", "double-spaced"])
def test_long_run_parses_and_compares(
    atom_id: str, atom: str, layout: str, hang_guard: None
) -> None:
    base, opener = (ENGLISH, "Reaffirming") if layout == "blocks" else (FRENCH, "Réaffirmant")
    text = base.replace(opener, f"{opener} {_run(atom)} end", 1)
    limits.check_text(text, "trap.txt")  # the limits accept it: so it must be handled
    trapped = parse_text(text)
    # Nothing lost, whatever the run's script: one line cannot outvote the document's language.
    # (soft hyphens are dropped and spaces folded by the parser, so the length, not the text)
    assert trapped.language == ("en" if layout == "blocks" else "fr")
    longest = max(len(p.text) for p in trapped.paragraphs)
    assert longest >= RUN // 2, f"the run was lost: longest paragraph {longest}"
    compare_resolutions(parse_text(base), trapped)


@pytest.mark.parametrize("atom", ["д", "ع", "中"])
def test_run_in_another_script_keeps_the_preamble(atom: str) -> None:
    base = parse_text(ENGLISH)
    text = ENGLISH.replace("Reaffirming", f"Reaffirming {_run(atom)} end", 1)
    trapped = parse_text(text)
    assert trapped.language == "en"
    kinds = [p.kind for p in trapped.paragraphs]
    assert kinds == [p.kind for p in base.paragraphs]
    assert max(len(p.text) for p in trapped.paragraphs) >= RUN


BIG = "9" * 5000  # beyond int()'s 4 300-digit limit

# (id, how the real text is changed): a giant number wherever the parser reads a number.
GIANT_NUMBERS = [
    ("meeting-number", lambda t: t.replace("27th meeting", f"{BIG}th meeting")),
    ("vote-count", lambda t: t.replace("recorded vote of 31", f"recorded vote of {BIG}")),
    ("abstentions", lambda t: t.replace("with 1 abstention", f"with {BIG} abstentions")),
    ("year", lambda t: t.replace("16 July 2020", f"16 July {BIG}")),
    ("day", lambda t: t.replace("16 July 2020", f"{BIG} July 2020")),
    ("symbol-number", lambda t: t.replace("resolution", f"resolution {BIG}/{BIG}", 1)),
    ("session-in-title", lambda t: f"{BIG}/11. Human rights\n\n" + t),
    ("spaced-session", lambda t: " ".join(BIG[:3000]) + "/11. Human rights\n\n" + t),
    ("operative-number", lambda t: t + f"\n\n{BIG}. Decides to remain seized;"),
    ("footnote-marker", lambda t: t.replace("Reaffirming", f"Reaffirming{BIG}", 1)),
]


@pytest.mark.parametrize(("case", "change"), GIANT_NUMBERS, ids=[c for c, _ in GIANT_NUMBERS])
def test_giant_numbers_do_not_crash(case: str, change, hang_guard: None) -> None:  # type: ignore[no-untyped-def]
    text = change(ENGLISH)
    assert text != ENGLISH, "the change did not apply"
    giant = parse_text(text)
    compare_resolutions(parse_text(ENGLISH), giant)  # the diff reads those numbers too
    compare_resolutions(giant, parse_text(text.replace(BIG, BIG[:-1] + "8")))


def test_giant_meeting_number_is_not_a_meeting() -> None:
    # no meeting has a 5 000-digit number: the line is text, the rest of the closing is read
    res = parse_text(ENGLISH.replace("27th meeting", f"{BIG}th meeting"))
    assert res.meeting is None
    assert (res.vote.yes, res.vote.no, res.vote.abstain) == (31, 15, 1)


@pytest.mark.parametrize(
    ("case", "text"),
    [
        # the meeting-line trap: a paragraph holding a 30 000-digit run (74 s before)
        ("30k-digits", ENGLISH.replace("Reaffirming", "Reaffirming " + "7" * 30_000, 1)),
        # the hyphenation trap: a 99 000-letter word (12.5 s a parse before)
        ("99k-letter-word", ENGLISH.replace("Reaffirming", "Reaffirming " + "a" * 99_000, 1)),
        # the crash: a 5 000-digit vote count (exit 1 "internal error" before)
        ("5k-digit-count", ENGLISH.replace("recorded vote of 31", f"recorded vote of {BIG}")),
    ],
)
def test_cli_parse_and_compare_within_bounds(tmp_path: Path, case: str, text: str) -> None:
    path = tmp_path / f"{case}.txt"
    path.write_text(text, encoding="utf-8")
    for args in (["parse", path], ["compare", DATA / "hrc-res-44-11-en.txt", path]):
        run = run_cli(*args, tmp_path=tmp_path)
        assert run.status == 0, run.stderr
        assert_within_bounds(run)


def _table_patterns() -> list[tuple[str, str]]:
    """(where, regex) of every pattern string in the language tables."""
    import json

    from resolution_compare.resources import resource_path

    found: list[tuple[str, str]] = []

    def walk(value: object, where: str) -> None:
        if isinstance(value, str):
            if any(c in value for c in "\\[(+*?"):
                found.append((where, value))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, f"{where}[{index}]")
        elif isinstance(value, dict):
            for key, item in value.items():
                if not key.startswith("_") and key != "examples":
                    walk(item, f"{where}.{key}")

    for path in sorted(resource_path("lang").glob("*/*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")), f"{path.parent.name}/{path.name}")
    return found


# Runs of every script the tables match on, and of digits.
TABLE_RUNS = ["a", "A", "д", "Д", "ع", "中", "7", "ab ", "-", "1 "]


def test_no_language_table_pattern_rescans_a_long_run(hang_guard: None) -> None:
    # every regex of resources/lang (issue 14 adds them as data) must stay linear on a long
    # run of one script: a pattern opening with "[А-Яа-я]+" without \b took minutes on a
    # Cyrillic run inside an English text. Closing patterns see the text as the closing
    # reads it (votes.searchable masks digit runs).
    from resolution_compare.core.votes import searchable

    slow = []
    for where, raw in _table_patterns():
        try:
            pattern = re.compile(raw)
        except re.error:
            continue
        for atom in TABLE_RUNS:
            text = "x " + atom * (20_000 // len(atom)) + " y"
            if "votes.json" in where:
                text = searchable(text)
            start = time.perf_counter()
            for _ in pattern.finditer(text):
                pass
            if time.perf_counter() - start > 1.0:
                slow.append(f"{where} on {atom!r}")
    assert not slow, slow
