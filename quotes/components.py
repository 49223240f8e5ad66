"""spaCy components: add ``quote_attributor`` to any English pipeline with a parser and NER.

The component stores the records on ``doc._.attributions``. Their ``doc_id`` is
``doc.user_data["doc_id"]`` when set, else ``text-`` and a hash of the text, so every
record is schema-valid and the same text gets the same ids. (``quotes.extract`` and
``extract_documents`` stamp their own document ids and merge repeated passages.)
"""

from __future__ import annotations

import hashlib

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from quotes.attribute import attribute
from quotes.doctext import doc_text
from quotes.lexicon import load_lexicon
from quotes.records import DocumentMeta
from quotes.safety.sentences import sentence_starts
from quotes.speakers.registry import SpeakerRegistry


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break: news text puts one paragraph on a line,
    and headings or captions must not fuse with the next sentence in the parse."""
    n = len(doc)
    if not n:
        return doc
    # Collected, then written at once (see quotes.safety.sentences: per-token setting is O(n)).
    marks = [int(v) for v in doc.to_array([SENT_START])]
    for tok in doc[:-1]:
        starts = ("\n" in tok.text_with_ws and not tok.is_space) or (
            tok.is_space and "\n" in tok.text
        )
        if not starts:
            continue
        first = doc[tok.i + 1]
        marks[tok.i + 1] = 1
        # The parser, given a preset start, sometimes cuts the first word off as a sentence
        # of its own ("Vickers" | "said he's ..."): a paragraph's second word continues it.
        if tok.i + 2 < n and first.is_alpha and doc[tok.i + 2].is_alpha:
            marks[tok.i + 2] = -1
    sentence_starts(doc, marks)  # and no sentence so long its parse costs O(n) per cue
    return doc


if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=None)


class QuoteAttributor:
    """Find quotes and reported speech, resolve speakers and tag hedges on each ``Doc``."""

    def __init__(self, nlp: Language, name: str, speakers: str | None = None) -> None:
        self.name = name
        self.lexicon = load_lexicon()
        self.registry = SpeakerRegistry.load(speakers) if speakers else SpeakerRegistry()

    def __call__(self, doc: Doc) -> Doc:
        records = attribute(doc, self.lexicon, self.registry)
        if records:
            doc_id = str(doc.user_data.get("doc_id") or "") or text_doc_id(doc_text(doc))
            for rec in records:
                rec.doc_id = doc_id
                rec.document = DocumentMeta(id=doc_id)
        doc._.attributions = records
        return doc


def text_doc_id(text: str) -> str:
    """A document id made from the text alone, for a Doc that came with none."""
    return "text-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


@Language.factory("quote_attributor", default_config={"speakers": None})
def make_quote_attributor(nlp: Language, name: str, speakers: str | None) -> QuoteAttributor:
    """Factory used by ``nlp.add_pipe("quote_attributor", config={"speakers": PATH})``."""
    return QuoteAttributor(nlp, name, speakers)
