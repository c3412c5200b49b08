"""The pure core: model, parsing, alignment, word diff, language and vote analysis.

Nothing under this package imports Qt (a test enforces it).
"""
