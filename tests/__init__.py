"""The project's tests, a regular package so that ``from tests.… import …`` finds them.

A namespace package (a folder without this file) loses to any regular package of the same
name on sys.path, and fast-diff-match-patch's wheel installs a top-level ``tests`` package
into site-packages.
"""
