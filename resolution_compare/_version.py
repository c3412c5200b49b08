"""The version of Resolution Compare: the one place it is written.

pyproject.toml reads it from here (``[tool.hatch.version]``), so the wheel's metadata, an
editable install, a plain checkout and the PyInstaller bundle all report the same number,
and ``import resolution_compare`` never pays for importlib.metadata (30–40 ms of start-up,
measured by bench/startup.py) just to print it.
"""

__version__ = "0.1.0"
