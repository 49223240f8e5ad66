"""Speaker labels at the start of a line: headlines ("Solberg: No Ferry Cuts This Winter")
and transcripts ("HOST: If I may, ...").

Only a label that names someone counts: a person, organisation or place the tagger
recognises, a name the article gives a person elsewhere ("Varga: Harbour fees will not rise"),
a role or a source noun ("Solberg camp:", "Poll:", "Newspaper:"), an all-capitals
transcript label that is a person named elsewhere, or the "Q:" and "A:" of a printed
interview. Section labels such as "Correction:", "The Latest:" or "WATCH:" give nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span

from quotes.doctext import doc_ents, doc_text

# Up to four capitalised words, a colon, then the claim: bounded, so linear per line.
_LABEL = re.compile(
    r"[ \t]*[\"“]?([A-Z][\w.’'-]{0,40}(?: [A-Za-z][\w.’'-]{0,40}){0,3}):[ \t]+(\S[^\n]{8,})"
)
_TOPIC = re.compile(r" [Oo]n ")
_QUESTION_LINE = re.compile(r"^Q:[ \t]", re.M)
_ANSWER_LINE = re.compile(r"^A:[ \t]", re.M)
# Labels of an article's own sections, never a speaker, whatever the tagger makes of them.
SECTION_LABELS = {
    "correction", "corrections", "clarification", "update", "updated", "editor's note",
    "note", "related", "watch", "read more", "listen", "photo", "video", "more",
}
_NAMING = {"PERSON", "ORG", "NORP", "GPE"}
# Heads of labels that are sources though no tagger names them ("Solberg camp:", "Poll:"),
# beside the role nouns of the lexicon ("Officials:", "Experts:" by their plural).
SOURCE_HEADS = {
    "camp", "campaign", "sources", "poll", "survey", "study", "report", "newspaper",
    "paper", "police", "critic", "pentagon", "kremlin",
}


def _is_head(word: str, heads: set[str]) -> bool:
    """A source noun, singular or plural ("official", "officials")."""
    return word in heads or word.endswith("s") and word[:-1] in heads


def speaker_labels(
    doc: Doc, roles: Iterable[str] = ()
) -> Iterator[tuple[Span, Span, int, int, bool]]:
    """(label, colon, content start, content end, is_transcript) for each labelled line.

    ``roles``: role nouns ("senator", "minister") that make a label a speaker's.
    """
    heads = SOURCE_HEADS | {r.lower() for r in roles}
    text = doc_text(doc)
    people = {
        w.lower() for ent in doc_ents(doc) if ent.label_ == "PERSON" for w in ent.text.split()
    }
    # An interview printed as questions and answers has both kinds of line.
    interview = bool(_QUESTION_LINE.search(text) and _ANSWER_LINE.search(text))
    pos = 0
    while pos <= len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        m = _LABEL.match(text, pos, end)
        if m is not None:
            # "Obama on climate:" speaks as "Obama:" does; the topic is not the speaker.
            name_end = m.start(1) + len(_TOPIC.split(m.group(1), maxsplit=1)[0])
            label = doc.char_span(m.start(1), name_end)
            colon = doc.char_span(m.end(1), m.end(1) + 1)
            transcript = m.group(1).isupper() and (
                all(w in people for w in m.group(1).lower().split())  # "JANE ROE:"
                or m.group(1) in ("Q", "A") and interview  # "Q: ...", "A: ..."
            )
            # An all-capitals label is a transcript speaker or a section name ("ANALYSIS:").
            written = text[m.start(1) : name_end]
            words = written.lower().replace("’", "'").split()
            names = (
                label is not None
                and not written.isupper()
                and (
                    _is_head(words[-1], heads)
                    # lower-case words make a phrase ("What he wants:"), unless a source
                    # noun ends it ("Solberg camp:")
                    or all(w[:1].isupper() for w in written.split()) and (
                        any(t.ent_type_ in _NAMING for t in label)
                        or any(w in people for w in words if len(w) > 2)
                    )
                )
            )
            section = " ".join(words) in SECTION_LABELS
            if label is not None and colon is not None and (names or transcript) and not section:
                start, stop = m.start(2), m.end(2)
                content = text[start:stop].rstrip()
                content = content.rstrip(".").rstrip()
                yield label, colon, start, start + len(content), transcript
        if nl < 0:
            break
        pos = nl + 1
