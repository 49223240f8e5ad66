"""Hedges and stance: how each claim is sourced (cue class, hearsay, relay, modality)."""

from quotes.hedges.tagger import tag_hedges

__all__ = ["tag_hedges"]
