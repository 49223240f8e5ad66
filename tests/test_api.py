"""The library API: extract and extract_documents, as a script would call them."""

from __future__ import annotations

import pytest

from quotes.api import extract_documents
from quotes.document import Document
from quotes.records import DocumentMeta, record_problems


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\t \r\n ", "\u00a0\u2003", "\ufeff"])
def test_empty_or_blank_text_gives_no_records(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text", ["“", "...", "Said.", "According to", "he said, she said"])
def test_tiny_texts_do_not_raise(run, text):
    for rec in run(text):
        assert record_problems(rec.to_dict()) == []


def test_doc_id_is_written_in_every_record(run):
    text = '"The ferry is late," said Bruno Ferraz. Astrid Nyberg said it was on time.'
    records = run(text, doc_id="ferry-42")
    assert len(records) == 2
    for rec in records:
        assert rec.doc_id == "ferry-42"
        assert rec.to_dict()["doc_id"] == "ferry-42"
        assert rec.to_dict()["document"]["id"] == "ferry-42"


def test_default_doc_id(run):
    (rec,) = run('"The ferry is late," said Bruno Ferraz.')
    assert rec.doc_id == "text"


TEXTS = [
    ('"The ferry is late," said Bruno Ferraz.', "Bruno Ferraz"),
    ("", None),
    ("Astrid Nyberg said the harbour was closed.", "Astrid Nyberg"),
    ("No quotation here at all.", None),
    ("“We will rebuild,” Mayor Lena Brandt said.", "Lena Brandt"),
]


def test_extract_documents_keeps_input_order(nlp):
    docs = [Document(id=f"doc-{i}", text=t) for i, (t, _) in enumerate(TEXTS)]
    # batch_size 2 forces several batches: order must hold across them.
    out = list(extract_documents(iter(docs), nlp=nlp, batch_size=2))
    assert [d.id for d, _ in out] == [d.id for d in docs]
    for (doc, records), (_, speaker) in zip(out, TEXTS, strict=True):
        assert all(r.doc_id == doc.id for r in records)
        assert [r.speaker.name for r in records] == ([speaker] if speaker else [])


def test_extract_documents_is_lazy(nlp):
    """A generator over a large batch: nothing is parsed before the caller asks."""

    def docs():
        yield Document(id="a", text='"The ferry is late," said Bruno Ferraz.')
        raise AssertionError("read past the first document")

    stream = extract_documents(docs(), nlp=nlp, batch_size=1)
    doc, records = next(stream)
    assert doc.id == "a"
    assert [r.speaker.name for r in records] == ["Bruno Ferraz"]


def test_document_meta_is_copied_into_records(nlp):
    meta = DocumentMeta(id="harbour", path="news/harbour.txt", url="https://example.org/h")
    doc = Document(id="harbour", text='"The ferry is late," said Bruno Ferraz.', meta=meta)
    ((_, records),) = list(extract_documents([doc], nlp=nlp))
    d = records[0].to_dict()
    assert d["document"]["path"] == "news/harbour.txt"
    assert d["document"]["url"] == "https://example.org/h"
    assert record_problems(d) == []


def test_ignored_regions_give_no_record(nlp):
    text = '"The ferry is late," said Bruno Ferraz.\nAstrid Nyberg said the harbour was closed.'
    cut = text.index("\n")
    doc = Document(id="x", text=text, ignore=[(0, cut)])
    ((_, records),) = list(extract_documents([doc], nlp=nlp))
    assert [r.speaker.name for r in records] == ["Astrid Nyberg"]


def test_load_nlp_is_cached():
    from quotes.pipeline import load_nlp

    first = load_nlp()
    assert load_nlp() is first
    assert "quote_attributor" in first.pipe_names
    assert first.pipe_names[-1] == "quote_attributor"


def test_unknown_model_is_a_model_error():
    from quotes.api import extract
    from quotes.errors import ExitStatus, ModelError

    with pytest.raises(ModelError) as info:
        extract("Astrid Nyberg said so.", model="no_such_model_xyz")
    assert "no_such_model_xyz" in str(info.value)
    assert info.value.exit_status == ExitStatus.MODEL


def test_component_works_in_a_users_own_pipeline(nlp):
    """The documented spaCy way: doc._.attributions on the shared pipeline."""
    doc = nlp('"The ferry is late," said Bruno Ferraz.')
    assert [r.speaker.name for r in doc._.attributions] == ["Bruno Ferraz"]


def test_load_nlp_default_and_explicit_arguments_share_one_model():
    from quotes.pipeline import DEFAULT_MODEL, load_nlp

    assert load_nlp() is load_nlp(DEFAULT_MODEL, None)


def test_prefilter_keeps_the_records_of_attributing_paragraphs(nlp):
    from quotes.api import extract_documents
    from quotes.document import Document

    text = (
        "The harbour opened in 1898 and was rebuilt twice.\n"
        '"We will keep every ferry running," Mayor Ingrid Solberg said.\n'
        "Gulls nested on the old pier all summer.\n"
    )
    doc = Document(id="harbour", text=text)
    plain = [r.to_dict() for _, recs in extract_documents([doc], nlp=nlp) for r in recs]
    fast = [
        r.to_dict() for _, recs in extract_documents([doc], nlp=nlp, prefilter=True) for r in recs
    ]
    assert [r["quote"] for r in fast] == [r["quote"] for r in plain]
    assert fast[0]["speaker"]["name"] == "Ingrid Solberg"
