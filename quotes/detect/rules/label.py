"""Rules ``label`` and ``transcript-label``: a speaker label opening a line introduces what
follows it (the labels themselves are found by quotes/detect/labels.py).

- label: 'Solberg: Ferry cuts are off the table' (a headline), 'Roe: "No ferry cuts"'
- transcript-label: 'HOST: Welcome back to the harbour hour.'
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from quotes.detect.candidate import Candidate
from quotes.detect.labels import speaker_labels
from quotes.detect.quote_index import _Coverage, _QuoteIndex, _words_outside
from quotes.lexicon import Lexicon


def label_candidates(
    doc: Doc, qindex: _QuoteIndex, lexicon: Lexicon, covered: _Coverage
) -> list[Candidate]:
    """A record for each labelled line that no other rule's record already holds."""
    quotes = qindex.quotes
    quote_starts = [q.inner_start for q in quotes]
    found: list[Candidate] = []
    for label, colon, start, end, transcript in speaker_labels(doc, lexicon.roles):
        if end - start >= 8 and not covered.holds(start, end):
            lo_k = bisect.bisect_left(quote_starts, start)
            hi_k = bisect.bisect_right(quote_starts, end + 1)
            inside = [q for q in quotes[lo_k:hi_k] if q.start >= start and q.end <= end + 1]
            kind = "direct" if transcript else "indirect"
            if inside and not transcript:
                # 'Roe: "No ferry cuts"' quotes the speaker; 'Roe: Cuts "a disaster"' in part.
                quoted = _words_outside(doc, start, end, inside) == 0
                kind = "direct" if quoted else "mixed"
                if quoted:
                    start = min(q.inner_start for q in inside)
                    end = max(q.inner_end for q in inside)
            found.append(
                Candidate(
                    type=kind,
                    start=start,
                    end=end,
                    cue_tokens=list(colon),
                    cue_lemma=":",
                    subject=label,
                    quotes=inside,
                    confidence=0.6,
                    rule="transcript-label" if transcript else "label",
                )
            )
    return found
