"""Item 3: one palette for the app and the report, readable and colour-blind safe."""

from __future__ import annotations

import itertools
import math

import pytest

from resolution_compare.palette import DARK, LEGEND, LIGHT, Colours, kind_colour, legend_html
from resolution_compare.report.html import palette_css

KINDS = ("deleted", "inserted", "modified", "moved", "stronger", "weaker")

# Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB.
CVD = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}  # fmt: skip


def _linear(colour: str) -> tuple[float, float, float]:
    def one(c: int) -> float:
        x = c / 255
        return x / 12.92 if x <= 0.04045 else ((x + 0.055) / 1.055) ** 2.4

    h = colour.lstrip("#")[-6:]
    r, g, b = (one(int(h[i : i + 2], 16)) for i in (0, 2, 4))
    return r, g, b


def _luminance(colour: str) -> float:
    r, g, b = _linear(colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2.1 contrast ratio."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def seen_as(colour: str, deficiency: str | None) -> tuple[float, float, float]:
    rgb = _linear(colour)
    if deficiency is None:
        return _lab(rgb)
    m = CVD[deficiency]
    sim = tuple(min(1.0, max(0.0, sum(m[i][j] * rgb[j] for j in range(3)))) for i in range(3))
    return _lab(sim)  # type: ignore[arg-type]


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("deficiency", [None, *CVD])
def test_the_six_kinds_stay_apart_for_colour_blind_readers(
    colours: Colours, deficiency: str | None
) -> None:
    # CIELAB distance above 10: two ticks side by side in the strip are told apart.
    swatches = {k: seen_as(kind_colour(colours, k), deficiency) for k in KINDS}
    closest = min(
        (math.dist(swatches[a], swatches[b]), a, b) for a, b in itertools.combinations(KINDS, 2)
    )
    assert closest[0] > 10, closest


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_text_colours_are_readable(colours: Colours) -> None:
    # WCAG AA for body text: 4.5:1.
    for fg, bg in (
        (colours.deleted_fg, colours.deleted_bg),
        (colours.inserted_fg, colours.inserted_bg),
        (colours.deleted_fg, colours.base_bg),
        (colours.inserted_fg, colours.base_bg),
        (colours.stronger, colours.base_bg),
        (colours.weaker, colours.base_bg),
        (colours.changed, colours.base_bg),
        (colours.text, colours.current_bg),
        (colours.text, colours.checked_bg),
    ):
        assert contrast(fg, bg) >= 4.5, (fg, bg)
    for kind in KINDS:  # strip ticks against the strip
        assert contrast(kind_colour(colours, kind), colours.gap_bg) >= 2.0, kind


def _hue(colour: str) -> float:
    r, g, b = (int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return math.degrees(math.atan2(math.sqrt(3) * (g - b), 2 * r - g - b)) % 360


def blue_kinds(markers: dict[str, str]) -> list[str]:
    return [k for k, colour in markers.items() if 180 <= _hue(colour) <= 250]


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_one_blue_only_so_weaker_stronger_and_moved_differ(colours: Colours) -> None:
    # The complaint: "weaker" and "moved" were both blue. Now only "stronger" is blue.
    assert blue_kinds({k: kind_colour(colours, k) for k in KINDS}) == ["stronger"]
    # The check catches the old palette (weaker #1d5fa8 and moved #5b6ee1).
    assert blue_kinds({"weaker": "#1d5fa8", "moved": "#5b6ee1"}) == ["weaker", "moved"]


def test_the_report_uses_the_app_palette() -> None:
    css = palette_css()
    for value in (LIGHT.deleted_fg, LIGHT.inserted_fg, LIGHT.stronger, LIGHT.weaker):
        assert value in css
    assert "line-through" in css and "underline" in css


def test_the_legend_explains_every_kind_with_a_second_cue() -> None:
    keys = [e.key for e in LEGEND]
    assert set(KINDS) <= set(keys)
    page = legend_html(LIGHT)
    for entry in LEGEND:
        assert kind_colour(LIGHT, entry.key) in page  # the swatch
    assert "line-through" in page and "underline" in page and "▲" in page and "▼" in page
    assert "↕" in page


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("deficiency", [None, *CVD])
def test_routine_ticks_are_grey_and_apart_from_every_kind(
    colours: Colours, deficiency: str | None
) -> None:
    # QA D17: routine rows were ticked in the orange of substantive modifications; grey now,
    # a lighter grey than "moved" (the README: routine is greyed).
    routine = kind_colour(colours, "routine")
    r, g, b = (int(routine.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    assert r == g == b  # grey
    seen = seen_as(routine, deficiency)
    for kind in KINDS:
        assert math.dist(seen, seen_as(kind_colour(colours, kind), deficiency)) > 10, kind
    assert contrast(routine, colours.gap_bg) >= 2.0
    # Greyed words on their grey background stay readable.
    assert contrast(colours.dim_text, colours.routine_bg) >= 4.5
