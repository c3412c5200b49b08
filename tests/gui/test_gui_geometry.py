"""Item 1: the window opens inside the screen it is on, and remembers its place per screen."""

from __future__ import annotations

import pytest

from resolution_compare.gui import geometry, main_window
from resolution_compare.gui.geometry import Rect, WindowPlace, first_place, fits, restore_place
from resolution_compare.gui.main_window import MainWindow
from resolution_compare.gui.settings import Settings, load_settings

LAPTOP = Rect(0, 0, 1366, 736)  # 1366×768 with a 32 px panel
MONITOR = Rect(0, 0, 1920, 1050)  # 1920×1080 with a 30 px taskbar
SECOND = Rect(1920, 0, 2560, 1400)  # a second monitor right of the first
NETBOOK = Rect(0, 0, 1024, 552)  # 1024×600 with a panel


@pytest.mark.parametrize(
    ("screen", "size"),
    [
        (LAPTOP, (1350, 692)),  # a laptop: as wide and tall as the frame leaves room for
        (MONITOR, (1400, 900)),  # a big screen: the preferred size, centred
        (SECOND, (1400, 900)),  # a monitor that does not start at x = 0
        (NETBOOK, (1008, 508)),  # too small to share: all of it, maximised
    ],
    ids=["1366x768", "1920x1080", "second-monitor", "1024x600"],
)
def test_first_window_fits_the_available_area(screen: Rect, size: tuple[int, int]) -> None:
    place = first_place(screen)
    assert (place.rect.width, place.rect.height) == size
    # With its title bar and borders the window stays on the screen: the close button too.
    assert fits(place, screen)
    assert place.rect.x - geometry.FRAME_SIDE >= screen.x
    assert place.rect.y - geometry.FRAME_TOP >= screen.y
    assert place.maximized is (screen is NETBOOK)


def test_a_saved_place_is_restored_on_the_same_screen() -> None:
    saved = WindowPlace(Rect(100, 80, 1000, 600), maximized=True)
    key = geometry.screen_key("HDMI-1", MONITOR)
    assert restore_place({key: saved.to_dict()}, key, MONITOR) == saved


def test_a_place_that_no_longer_fits_is_never_restored() -> None:
    # Saved on the big monitor at 1400×900; the laptop (same key: same name, resized
    # screen) would put the close button off screen, so a fresh place is made.
    saved = WindowPlace(Rect(260, 75, 1400, 900), maximized=True)
    key = geometry.screen_key("eDP-1", LAPTOP)
    restored = restore_place({key: saved.to_dict()}, key, LAPTOP)
    assert fits(restored, LAPTOP)
    assert restored.rect == first_place(LAPTOP).rect
    assert restored.maximized  # the maximised state is kept


@pytest.mark.parametrize(
    "raw",
    [
        None,  # nothing saved for this screen
        {"x": "10", "y": 0, "width": 800, "height": 600},  # mistyped by hand
        {"x": 0, "y": 0, "width": -5, "height": 600},  # nonsense size
        [0, 0, 800, 600],  # not an object
    ],
)
def test_bad_saved_places_fall_back_to_a_fresh_one(raw: object) -> None:
    key = geometry.screen_key("eDP-1", LAPTOP)
    assert restore_place({key: raw}, key, LAPTOP) == first_place(LAPTOP)


def test_each_screen_keeps_its_own_place() -> None:
    laptop_key = geometry.screen_key("eDP-1", LAPTOP)
    monitor_key = geometry.screen_key("HDMI-1", MONITOR)
    assert laptop_key != monitor_key
    small = WindowPlace(Rect(20, 60, 900, 600))
    big = WindowPlace(Rect(100, 100, 1600, 900))
    places = {laptop_key: small.to_dict(), monitor_key: big.to_dict()}
    assert restore_place(places, laptop_key, LAPTOP) == small
    assert restore_place(places, monitor_key, MONITOR) == big


def test_the_window_opens_inside_a_small_screen_and_remembers_it(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from resolution_compare.gui.app import make_application

    make_application()
    # A 1366×768 laptop, whatever screen the test machine has.
    laptop = ("eDP-1 1366x736", LAPTOP)
    monkeypatch.setattr(main_window, "current_screen", lambda: laptop)
    monkeypatch.setattr(main_window, "screen_of", lambda _widget: laptop)
    settings = Settings()
    # Left over from a 1920×1080 monitor of the same name: must not be restored.
    settings.window_places = {"eDP-1 1366x736": {"x": 300, "y": 90, "width": 1400, "height": 900}}
    w = MainWindow(settings)
    qtbot.addWidget(w)
    geo = w.geometry()
    assert fits(WindowPlace(Rect(geo.x(), geo.y(), geo.width(), geo.height())), LAPTOP)
    assert geo.width() <= 1366 and geo.height() <= 736
    w.show()
    w.close()
    # The place is saved for the screen the window was on, replacing the stale one.
    places = load_settings().window_places
    assert list(places) == ["eDP-1 1366x736"]
    assert fits(WindowPlace.from_dict(places["eDP-1 1366x736"]), LAPTOP)
