"""Tag the hedges of each attribution. (Being built under issue 4: cue class only for now.)"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.lexicon import Lexicon
from quotes.records import Attribution, Hedge


def tag_hedges(doc: Doc, records: list[Attribution], lexicon: Lexicon) -> list[Attribution]:
    """Add hedges and a stance to each record; may add ``unattributed`` records."""
    for rec in records:
        if rec.cue is not None and rec.cue.cls in ("distancing", "factive", "speculative", "denial"):
            rec.hedges.append(Hedge(rec.cue.cls, rec.cue.text, rec.cue.start, rec.cue.end))
        if rec.relayed_by is not None:
            r = rec.relayed_by
            rec.hedges.append(Hedge("relayed", r.text, r.start, r.end))
    return records
