"""What the reader must know to trust a comparison travels with it (JSON, app, report)."""

from __future__ import annotations

import json
from pathlib import Path

import resolution_compare as rc

DATA = Path(__file__).parent.parent / "data"


def test_same_language_clean_pair_has_no_notes() -> None:
    result = rc.compare(
        rc.load(DATA / "hrc-res-35-3-en.txt"), rc.load(DATA / "hrc-res-44-11-en.txt")
    )
    assert result.warnings == ()
    assert json.loads(result.to_json())["warnings"] == []


def test_language_mismatch_is_noted() -> None:
    en, fr = rc.load(DATA / "hrc-res-44-11-en.txt"), rc.load(DATA / "hrc-res-44-11-fr.txt")
    notes = rc.compare(en, fr).warnings
    assert notes and "different languages (en → fr)" in notes[0]


def test_side_warnings_are_carried_with_their_label(tmp_path: Path) -> None:
    # A vote list whose printed count disagrees with its names: the warning names the side.
    text = (DATA / "hrc-res-44-11-en.txt").read_text(encoding="utf-8")
    edited = tmp_path / "edited.txt"
    edited.write_text(text.replace("31 to 15", "32 to 15"), encoding="utf-8")
    right = rc.load(edited)
    assert right.warnings
    notes = rc.compare(rc.load(DATA / "hrc-res-44-11-en.txt"), right).warnings
    assert notes == tuple(f"edited.txt: {w}" for w in right.warnings)
