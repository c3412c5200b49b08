"""Where the main window opens: sized from the screen, remembered per screen, always on it.

Pure logic over plain rectangles (no Qt), so it is tested with made-up screens: a
1366×768 laptop, a 1920×1080 monitor, a screen that shrank since the last run.
The window asks Qt for the screen's *available* geometry (without panels and docks) and
stores, per screen, its normal (un-maximised) geometry and whether it was maximised.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# The size the window likes on a big screen; smaller screens get what they can hold.
PREFERRED_WIDTH = 1400
PREFERRED_HEIGHT = 900
# Below this the comparison is unusable; a screen smaller still gets the whole screen.
MINIMUM_WIDTH = 800
MINIMUM_HEIGHT = 520
# Room for the window manager's frame: title bar (about 30 px) and borders, which the
# geometry we set (the client area) does not include.
FRAME_TOP = 36
FRAME_SIDE = 8


@dataclass(frozen=True)
class Rect:
    """A rectangle in screen pixels (device-independent), top-left origin."""

    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    def contains(self, other: Rect) -> bool:
        return (
            other.x >= self.x
            and other.y >= self.y
            and other.right <= self.right
            and other.bottom <= self.bottom
        )


@dataclass(frozen=True)
class WindowPlace:
    """The window's normal geometry (client area) and whether it was maximised."""

    rect: Rect
    maximized: bool = False

    def to_dict(self) -> dict[str, Any]:
        r = self.rect
        return {
            "x": r.x,
            "y": r.y,
            "width": r.width,
            "height": r.height,
            "maximized": self.maximized,
        }

    @classmethod
    def from_dict(cls, raw: object) -> WindowPlace | None:
        """The place stored in the settings; None when anything is missing or mistyped."""
        if not isinstance(raw, dict):
            return None
        values = [raw.get(k) for k in ("x", "y", "width", "height")]
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            return None
        x, y, width, height = (int(v) for v in values)  # type: ignore[arg-type]
        if width <= 0 or height <= 0:
            return None
        return cls(Rect(x, y, width, height), raw.get("maximized") is True)


def screen_key(name: str, available: Rect) -> str:
    """Settings key of a screen: its name and size ("eDP-1 1366x736"), so a docked laptop
    and the same laptop alone keep separate window places."""
    return f"{name} {available.width}x{available.height}"


def frame_room(available: Rect) -> Rect:
    """The part of the screen the window's client area may use, leaving room for its frame."""
    return Rect(
        available.x + FRAME_SIDE,
        available.y + FRAME_TOP,
        max(1, available.width - 2 * FRAME_SIDE),
        max(1, available.height - FRAME_TOP - FRAME_SIDE),
    )


def first_place(available: Rect) -> WindowPlace:
    """The first window on a screen: the preferred size, shrunk to fit, centred."""
    room = frame_room(available)
    width = min(PREFERRED_WIDTH, room.width)
    height = min(PREFERRED_HEIGHT, room.height)
    if room.width < MINIMUM_WIDTH or room.height < MINIMUM_HEIGHT:
        # Too small to share: use all of it (maximised, so the frame is the screen's).
        return WindowPlace(room, maximized=True)
    x = room.x + (room.width - width) // 2
    y = room.y + (room.height - height) // 2
    return WindowPlace(Rect(x, y, width, height))


def fits(place: WindowPlace, available: Rect) -> bool:
    """True when the saved client area, with its frame, lies on the screen's available area."""
    return frame_room(available).contains(place.rect)


def restore_place(saved: dict[str, Any], key: str, available: Rect) -> WindowPlace:
    """The saved place for this screen when it still fits, else a fresh first place.

    A maximised window keeps its normal geometry for when it is restored, but only if that
    fits too; otherwise it is maximised over a fresh first place.
    """
    place = WindowPlace.from_dict(saved.get(key))
    if place is None:
        return first_place(available)
    if fits(place, available):
        return place
    fresh = first_place(available)
    return WindowPlace(fresh.rect, maximized=place.maximized or fresh.maximized)
