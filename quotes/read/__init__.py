"""Read articles from wherever they arrive, as ``Document``s with exact text and metadata."""

from quotes.read.sources import read_inputs

__all__ = ["read_inputs"]
