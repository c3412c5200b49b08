"""Property tests (issue 8 item 5): parse, load, alignment and diff on arbitrary input.

- parsing never raises on any text, and its JSON always serialises;
- loading arbitrary bytes under any name raises nothing but InputError;
- comparing: every paragraph id of either side is in exactly one row, and each row's diff
  rebuilds the texts of its paragraphs exactly (no word lost or invented), cut only at
  grapheme cluster boundaries (a flag, an emoji sequence, a letter with its accents is never
  split);
- no verdict on a guess: a row whose pairing is uncertain carries no head-verb change and
  no flag (issue 12).

A longer fuzz run: ``RESOLUTION_COMPARE_FUZZ=1 python -m pytest tests/test_properties.py``
raises the examples per property from 60 to 3 000 (several minutes; CI runs the short one).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resolution_compare.core.compare import compare_resolutions
from resolution_compare.core.comparison import CompareOptions, Comparison
from resolution_compare.core.errors import InputError
from resolution_compare.core.model import Resolution
from resolution_compare.core.parser import parse_text
from resolution_compare.core.tokens import grapheme_boundaries
from resolution_compare.loaders import load_text

FUZZ = os.environ.get("RESOLUTION_COMPARE_FUZZ") == "1"
EXAMPLES = 3000 if FUZZ else 60
PROPERTY = settings(
    max_examples=EXAMPLES,
    deadline=None,  # speed is measured in bench/, not here
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

DATA = Path(__file__).parent / "data"
CORPUS = sorted(DATA.glob("*.txt"))
CORPUS_BLOCKS = [
    block.strip()
    for path in CORPUS
    for block in path.read_text(encoding="utf-8").split("\n\n")
    if block.strip()
]
WORDS = sorted({w for block in CORPUS_BLOCKS for w in block.split()})
LEADS = ["Requests", "Urges", "Encourages", "Welcomes", "Decides", "Takes note of", "Invites"]
# Exact rebuild needs every difference shown: no case/punctuation/typography folding.
EXACT = CompareOptions(ignore_case=False, ignore_punctuation=False, ignore_typography=False)

# Text that looks like resolutions: corpus paragraphs, corpus words, and arbitrary Unicode.
word_soup = st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join)
paragraph = st.one_of(
    st.sampled_from(CORPUS_BLOCKS),
    word_soup,
    st.text(min_size=1, max_size=200),
)


@st.composite
def edited(draw: st.DrawFn, blocks: list[str]) -> list[str]:
    """Another version of ``blocks``: paragraphs deleted, inserted, moved, reworded."""
    out = list(blocks)
    for _ in range(draw(st.integers(0, 6))):
        op = draw(
            st.sampled_from(
                ["delete", "insert", "move", "reword", "rewrite", "lead", "split", "merge"]
            )
        )
        if op == "insert" or not out:
            out.insert(draw(st.integers(0, len(out))), draw(paragraph))
            continue
        i = draw(st.integers(0, len(out) - 1))
        if op == "delete":
            del out[i]
        elif op == "move":
            out.insert(draw(st.integers(0, len(out) - 1)), out.pop(i))
        elif op == "reword":
            words = out[i].split() or [""]
            j = draw(st.integers(0, len(words) - 1))
            words[j] = draw(st.sampled_from(WORDS))
            out[i] = " ".join(words)
        elif op == "rewrite":  # half the words replaced: weak pairs, guesses
            words = out[i].split() or [""]
            for j in range(0, len(words), 2):
                words[j] = draw(st.sampled_from(WORDS))
            out[i] = " ".join(words)
        elif op == "lead":  # another head verb
            words = out[i].split() or [""]
            words[0] = draw(st.sampled_from(LEADS))
            out[i] = " ".join(words)
        elif op == "split":
            words = out[i].split()
            if len(words) > 1:
                cut = draw(st.integers(1, len(words) - 1))
                out[i : i + 1] = [" ".join(words[:cut]), " ".join(words[cut:])]
        elif op == "merge" and i + 1 < len(out):
            out[i : i + 2] = [out[i] + " " + out[i + 1]]
    return out


@st.composite
def version_pair(draw: st.DrawFn) -> tuple[str, str]:
    left = draw(st.lists(paragraph, min_size=0, max_size=25))
    right = draw(edited(left))
    return "\n\n".join(left) + "\n", "\n\n".join(right) + "\n"


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_rows_cover_and_rebuild(left: Resolution, right: Resolution, result: Comparison) -> None:
    left_ids = [pid for row in result.rows for pid in row.left]
    right_ids = [pid for row in result.rows for pid in row.right]
    # every paragraph id of either side in exactly one row
    assert sorted(left_ids) == sorted(p.id for p in left.paragraphs)
    assert sorted(right_ids) == sorted(p.id for p in right.paragraphs)
    assert len(set(left_ids)) == len(left_ids) and len(set(right_ids)) == len(right_ids)
    for row in result.rows:
        if row.uncertain and left.language == right.language:
            assert row.lead is None and row.flags == ()  # no verdict on a guess
        for side, text in (("-", row.left_text), ("+", row.right_text)):
            cuts = set(grapheme_boundaries(text))
            offset = 0
            for seg in row.diff:
                if seg.op in ("=", side):
                    assert offset in cuts
                    offset += len(seg.text)
        left_text = "".join(left.paragraph(pid).text for pid in row.left)
        right_text = "".join(right.paragraph(pid).text for pid in row.right)
        if len(row.left) <= 1 and len(row.right) <= 1:
            # one paragraph a side: the diff gives back both texts to the character
            assert row.left_text == left_text
            assert row.right_text == right_text
        else:
            # split/merge rows join paragraphs with a separator of the engine's choosing
            assert _squash(row.left_text) == _squash(left_text)
            assert _squash(row.right_text) == _squash(right_text)


@PROPERTY
@given(st.text(max_size=3000))
def test_parse_never_raises(text: str) -> None:
    resolution = parse_text(text, source="fuzz.txt")
    json.loads(resolution.to_json())


@PROPERTY
@given(st.lists(paragraph, max_size=30).map("\n\n".join))
def test_parse_resolution_like_text(text: str) -> None:
    resolution = parse_text(text, source="fuzz.txt")
    ids = [p.id for p in resolution.paragraphs]
    assert len(ids) == len(set(ids))  # ids are unique: rows can name them
    json.loads(resolution.to_json())


@PROPERTY
@given(version_pair())
def test_compare_covers_every_paragraph_and_rebuilds_texts(pair: tuple[str, str]) -> None:
    left = parse_text(pair[0], source="left.txt")
    right = parse_text(pair[1], source="right.txt")
    result = compare_resolutions(left, right, EXACT)
    assert_rows_cover_and_rebuild(left, right, result)
    json.loads(result.to_json())


@PROPERTY
@given(version_pair(), st.booleans(), st.booleans(), st.booleans())
def test_compare_with_any_options_never_raises(
    pair: tuple[str, str], case: bool, punctuation: bool, typography: bool
) -> None:
    options = CompareOptions(case, punctuation, typography)
    left = parse_text(pair[0], source="left.txt")
    right = parse_text(pair[1], source="right.txt")
    result = compare_resolutions(left, right, options)
    ids = [pid for row in result.rows for pid in row.left]
    assert sorted(ids) == sorted(p.id for p in left.paragraphs)


@PROPERTY
@given(
    st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", b"{\\rtf"]),
    st.binary(max_size=2000),
    st.sampled_from(["f.txt", "f.pdf", "f.docx", "f.md", "f"]),
)
def test_loading_any_bytes_gives_text_or_input_error(
    tmp_path_factory: object, prefix: bytes, body: bytes, name: str
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")  # type: ignore[attr-defined]
    path = folder / name
    path.write_bytes(prefix + body)
    try:
        loaded = load_text(path)
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(f"{name}: ")
    else:
        assert loaded.text.strip()
        assert loaded.format in ("txt", "pdf", "docx")
