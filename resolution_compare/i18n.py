"""Counted phrases ("1 State changed its vote", "3 States changed their vote"), ready for
translation.

Every string with a number goes through :func:`n_` with both English forms, so a plural is
never built by gluing an "s" on. The forms go through gettext's ``ngettext`` (Python's
standard library), which picks the right form for a language's plural rules once a
catalogue is installed with :func:`install`; without one, English rules apply. Extract the
strings with ``xgettext --keyword=n_:2,3``. Pure Python: the terminal output, the report
and the window all use it.
"""

from __future__ import annotations

import gettext

_catalogue: gettext.NullTranslations = gettext.NullTranslations()

# The language of the interface's own words (the window, the terminal output, the reports):
# names the app writes itself — State names in vote tables — are in this language, not in
# the language of the texts compared (a French text's votes read "Germany" among English
# words, not "Allemagne"). A translation installs its catalogue and sets this with it.
INTERFACE_LANGUAGE = "en"


def install(catalogue: gettext.NullTranslations) -> None:
    """Use ``catalogue`` (e.g. ``gettext.translation("resolution-compare", …)``) from now on."""
    global _catalogue
    _catalogue = catalogue


def n_(n: int, singular: str, plural: str) -> str:
    """The form of "{n} …" that fits ``n``, with ``{n}`` filled in.

    >>> n_(1, "{n} vote changed", "{n} votes changed")
    '1 vote changed'
    >>> n_(0, "{n} vote changed", "{n} votes changed")
    '0 votes changed'
    """
    return _catalogue.ngettext(singular, plural, n).format(n=n)
