"""Speaker labels at the start of a line: headlines ("Pence: Flowers Won't Be at Debate")
and transcripts ("WALLACE: If I may, sir, ...").

Only a label that names someone (a person, organisation or place the tagger recognises, or
an all-capitals transcript label that is a person named elsewhere) counts, so section
labels such as "Correction:", "Source:" or "WATCH:" give nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from quotes.doctext import doc_ents, doc_text

# Up to four capitalised words, a colon, then the claim: bounded, so linear per line.
_LABEL = re.compile(
    r"[ \t]*[\"“]?([A-Z][\w.’'-]{0,40}(?: [A-Z][\w.’'-]{0,40}){0,3}):[ \t]+(\S[^\n]{8,})"
)
_NAMING = {"PERSON", "ORG", "NORP", "GPE"}


def speaker_labels(doc: Doc) -> Iterator[tuple[Span, Span, int, int, bool]]:
    """(label, colon, content start, content end, is_transcript) for each labelled line."""
    text = doc_text(doc)
    people = {
        w.lower() for ent in doc_ents(doc) if ent.label_ == "PERSON" for w in ent.text.split()
    }
    pos = 0
    while pos <= len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        m = _LABEL.match(text, pos, end)
        if m is not None:
            label = doc.char_span(m.start(1), m.end(1))
            colon = doc.char_span(m.end(1), m.end(1) + 1)
            transcript = m.group(1).isupper() and m.group(1).lower() in people
            # An all-capitals label is a transcript speaker or a section name ("ANALYSIS:").
            names = (
                label is not None
                and not m.group(1).isupper()
                and any(t.ent_type_ in _NAMING for t in label)
            )
            if label is not None and colon is not None and (names or transcript):
                start, stop = m.start(2), m.end(2)
                content = text[start:stop].rstrip()
                content = content.rstrip(".").rstrip()
                yield label, colon, start, start + len(content), transcript
        if nl < 0:
            break
        pos = nl + 1
