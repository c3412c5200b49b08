"""Issue 17: core/tokens.py tells text without cluster-joining characters apart with the
standard ``re`` and imports ``regex`` only when a text needs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from resolution_compare.core import tokens

ROOT = Path(__file__).resolve().parent.parent.parent


def test_no_code_point_of_the_plain_class_joins_a_cluster() -> None:
    joining = regex.compile(tokens._CLUSTERING)
    wrong = [
        f"U+{code:04X}"
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF
        and tokens._NO_CLUSTERS.fullmatch(chr(code))
        and joining.match(chr(code))
    ]
    assert wrong == []


def test_clusters_are_still_kept_whole_where_they_occur() -> None:
    # A decomposed accent, a flag and a ZWJ emoji sequence stay inside one token each.
    text = "Cafe\u0301 \U0001f1eb\U0001f1f7 \U0001f469\u200d\U0001f52c ok"
    pieces = tokens.tokenize(text)
    assert "".join(pieces) == text
    assert "Cafe\u0301" in pieces and "\U0001f1eb\U0001f1f7" in pieces


def test_a_plain_pair_is_compared_without_importing_regex() -> None:
    data = ROOT / "tests" / "data"
    code = (
        "import sys, resolution_compare as rc;"
        f"rc.compare(rc.load({str(data / 'hrc-res-35-3-en.txt')!r}),"
        f" rc.load({str(data / 'hrc-res-44-11-fr.txt')!r}));"
        "print('regex' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


# Latin with accents and ligatures, Cyrillic, Arabic with its digits, Greek, digits of other
# scripts, the joiners, punctuation, every kind of space: no CJK, no zero-width character.
_PLAIN = "aZéßﬃ_0123 Жжёй سلام٣ Ωω ५٠ -‐‑’'ʼ.,;:()/“”«»\u00a0\u2009\u202f\t\n\u0301\u0652"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_PLAIN, max_size=80))
def test_the_plain_pattern_cuts_as_the_full_one(text: str) -> None:
    # Issue 17: texts without CJK or zero-width characters are cut by \w, the same tokens.
    assert not tokens._NOT_PLAIN.search(text)
    assert tokens._BASE_PLAIN.findall(text) == tokens._BASE.findall(text)


def test_the_plain_pattern_is_used_only_where_it_cuts_the_same() -> None:
    # A CJK character or a zero-width character sends the text to the full pattern.
    for text in ("决定 a-b", "co\u00adoperation", "a\u200bb"):
        assert tokens._NOT_PLAIN.search(text)
    assert tokens._BASE_PLAIN.findall("决定") != tokens._BASE.findall("决定")
