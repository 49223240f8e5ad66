"""The library API the command line wraps: text or documents in, attribution records out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from quotes.document import Document
from quotes.pipeline import DEFAULT_MODEL, load_nlp
from quotes.prefilter import masked_text
from quotes.records import Attribution, DocumentMeta
from quotes.safety.long_docs import parse_pairs


def extract(
    text: str,
    *,
    doc_id: str = "text",
    model: str = DEFAULT_MODEL,
    speakers: str | None = None,
    nlp=None,
) -> list[Attribution]:
    """Every attribution in one article, in text order.

    Args:
        text: the article as read; record offsets index into it.
        doc_id: the id written in every record.
        model: an installed spaCy pipeline name (ignored when ``nlp`` is given).
        speakers: path of a speaker registry JSON file.
        nlp: a pipeline from :func:`quotes.pipeline.load_nlp`, to share one across calls.

    The text is read as ``quotes extract`` reads a file (see :func:`read_text`), so the
    library and the command line give the same records.

    Raises:
        quotes.errors.DocumentTooCostly: the text would cost far more than prose of its
            length (thousands of nested cue words); the CLI reports it as a failed input.
    """
    doc = read_text(text, doc_id=doc_id)
    for _, records in extract_documents([doc], model=model, speakers=speakers, nlp=nlp):
        return records
    return []


def read_text(text: str, *, doc_id: str = "text") -> Document:
    """A ``Document`` of ``text`` read as the command line reads a text file.

    Page furniture (ad slots, share and app widgets, navigation crumbs) and passages
    repeated later on the page go into ``Document.ignore``: they give no record, and a
    repeated quote is listed in its record's ``positions``. The text is kept as is, so
    offsets index ``text``. Use :func:`quotes.read.read_inputs` for files, folders and
    JSON Lines batches.
    """
    _require_str(text, "text")
    from quotes.read.boilerplate import ignore_regions

    return Document(id=doc_id, text=text, ignore=ignore_regions(text))


def _require_str(value: object, what: str) -> None:
    # Bytes would otherwise reach spaCy and fail deep inside it (msgpack, the tokenizer).
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError(f"{what} must be str, not {type(value).__name__}: decode it first "
                        "(bytes.decode('utf-8')), or give the file to quotes.read_inputs, "
                        "which detects the encoding")
    if not isinstance(value, str):
        raise TypeError(f"{what} must be str, not {type(value).__name__}")


def extract_documents(
    documents: Iterable[Document],
    *,
    model: str = DEFAULT_MODEL,
    speakers: str | None = None,
    nlp=None,
    batch_size: int = 16,
    prefilter: bool = False,
) -> Iterator[tuple[Document, list[Attribution]]]:
    """Stream (document, records) pairs in input order; the model loads once.

    ``prefilter=True`` skips parsing paragraphs that cannot hold an attribution (faster,
    weaker pronoun resolution; see ``_pipe``). With both ``nlp`` and ``speakers``, the
    registry applies to this call only (the
    pipeline's own registry is restored afterwards; not for concurrent use of one ``nlp``).
    """
    if nlp is None:
        nlp = load_nlp(model, speakers)
        yield from _pipe(nlp, documents, batch_size, prefilter)
        return
    if speakers is None:
        yield from _pipe(nlp, documents, batch_size, prefilter)
        return
    from quotes.speakers.registry import SpeakerRegistry

    component = nlp.get_pipe("quote_attributor")
    saved = component.registry
    component.registry = SpeakerRegistry.load(speakers)
    try:
        yield from _pipe(nlp, documents, batch_size, prefilter)
    finally:
        component.registry = saved


def _pipe(nlp, documents: Iterable[Document], batch_size: int, prefilter: bool = False):
    # With ``prefilter``, paragraphs with no quote mark, cue, hedge or speaker label reach
    # the parser as blanks of the same length (offsets unchanged): about 15% less parsing
    # on news, but names in those paragraphs no longer serve as antecedents for "he"/"she"
    # (measured: ggt-dev speaker accuracy 0.892 -> 0.877), so it is off by default.
    pairs = ((masked_text(d.text) if prefilter else d.text, d) for d in _checked(documents))
    # Long texts are parsed in pieces (quotes.safety.long_docs): memory and time per token
    # stay those of a short article.
    for doc, document in parse_pairs(nlp, pairs, batch_size):
        yield document, finish_records(doc._.attributions or [], document)


def _checked(documents: Iterable[Document]) -> Iterator[Document]:
    for d in documents:
        if not isinstance(d, Document):
            raise TypeError(f"extract_documents takes Document objects, not "
                            f"{type(d).__name__}: wrap text with quotes.read_text(text)")
        _require_str(d.text, "Document.text")
        yield d


def finish_records(records: list[Attribution], document: Document) -> list[Attribution]:
    """Stamp document ids and metadata, drop records in ignored regions, merge repeats.

    A quote repeated later in the document (a scraped page printing a related story
    twice) becomes one record listing every position.
    """
    meta = document.meta or DocumentMeta(id=document.id)
    out: list[Attribution] = []
    seen: dict[tuple[str, str, str | None], Attribution] = {}
    for rec in records:
        if any(s <= rec.quote.start < e for s, e in document.ignore):
            continue
        rec.doc_id = document.id
        rec.document = meta
        key = (rec.type, _norm(rec.quote.text), rec.speaker.name if rec.speaker else None)
        first = seen.get(key)
        if first is not None:
            if not first.positions:
                first.positions.append((first.quote.start, first.quote.end))
            first.positions.append((rec.quote.start, rec.quote.end))
            continue
        seen[key] = rec
        out.append(rec)
    if document.ignore:
        for rec in out:
            _add_repeated_positions(rec, document)
    return out


def _add_repeated_positions(rec: Attribution, document: Document) -> None:
    """Add where the record's sentence stands again inside an ignored region.

    The reader ignores the later copies of a repeated passage, so no record comes from
    them; the copy is found by its sentence (the quote with the words around it, so that
    a short quote such as 'unprecedented' is not matched in an unrelated headline), and
    the quote's place in it is the same as in the first copy.
    """
    text = document.text
    q = rec.quote
    a, b = q.start, q.end
    if rec.sentence is not None:
        a, b = min(a, rec.sentence.start), max(b, rec.sentence.end)
    anchor = text[a:b]
    if not anchor.strip():
        return
    found: list[tuple[int, int]] = []
    for start, end in document.ignore:
        if end - start < len(anchor):
            continue  # cheap: most ignored regions are short furniture lines
        hit = text.find(anchor, start, end)
        while hit >= 0:
            if hit != a:
                found.append((hit + q.start - a, hit + q.end - a))
            hit = text.find(anchor, hit + 1, end)
    if not found:
        return
    first = (q.start, q.end)
    rest = {p for p in rec.positions if p != first} | set(found)
    rec.positions = [first, *sorted(rest)]


def _norm(text: str) -> str:
    return " ".join(text.split()).strip(" \"'“”‘’.,").lower()
