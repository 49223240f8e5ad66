"""Web Annotation export: quotes anchor in the source by quote and by code-point position."""

from __future__ import annotations

import io
import json

from quotes.export import FORMATS
from quotes.export.annotation import CONTEXT_CHARS, annotation, write_annotations

ACCEPTED = {"status": "accepted"}
RIVER = "Our river is cleaner than it has been in fifty years"
TREES = "We will plant 🌳 trees along every 𝔰𝔱𝔯𝔢𝔢𝔱 by spring,"


def selectors(anno: dict) -> tuple[dict, dict]:
    quote, position = anno["target"]["selector"]
    assert quote["type"] == "TextQuoteSelector"
    assert position["type"] == "TextPositionSelector"
    return quote, position


def test_annotation_shape_with_document_text(make, article):
    rec = make(article, RIVER, review=ACCEPTED)
    anno = annotation(rec, article)
    assert anno["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert anno["type"] == "Annotation" and anno["id"].startswith("urn:uuid:")
    assert anno["target"]["source"] == "https://news.example/brightwater-river"
    quote, position = selectors(anno)
    start, end = rec["quote"]["start"], rec["quote"]["end"]
    assert position == {"type": "TextPositionSelector", "start": start, "end": end}
    assert quote["exact"] == RIVER == article[start:end]
    assert quote["prefix"] == article[start - CONTEXT_CHARS : start]
    assert quote["suffix"] == article[end : end + CONTEXT_CHARS]
    assert len(quote["prefix"]) == len(quote["suffix"]) == 32


def test_offsets_count_code_points_not_utf16_units(make, article):
    rec = make(article, TREES, review=ACCEPTED)
    _, position = selectors(annotation(rec, article))
    # the quote follows one emoji (🌊) in the article: code points and UTF-16 units differ
    utf16_start = len(article[: position["start"]].encode("utf-16-le")) // 2
    assert utf16_start == position["start"] + 1
    assert article[position["start"] : position["end"]] == TREES
    # inside the quote: 🌳 and six mathematical letters, each one code point
    assert position["end"] - position["start"] == len(TREES) == 51
    assert len(TREES.encode("utf-16-le")) // 2 == 58


def test_prefix_and_suffix_never_split_a_character_outside_the_bmp(make):
    text = "𝔰" * 40 + ' "We will win," she said. ' + "🌳" * 40
    rec = make(text, "We will win,", review=ACCEPTED)
    quote, _ = selectors(annotation(rec, text))
    assert quote["prefix"] == "𝔰" * 30 + ' "'
    assert quote["suffix"] == '" she said. ' + "🌳" * 20
    json.loads(json.dumps(quote, ensure_ascii=True))  # valid JSON with surrogate escapes


def test_without_document_text_prefix_and_suffix_are_left_out(make, article):
    quote, position = selectors(annotation(make(article, RIVER), None))
    assert set(quote) == {"type", "exact"}
    assert position["end"] - position["start"] == len(RIVER)


def test_text_that_does_not_match_the_offsets_gives_no_prefix(make, article):
    quote, _ = selectors(annotation(make(article, RIVER), "some other page entirely " * 20))
    assert "prefix" not in quote and "suffix" not in quote


def test_quote_at_the_start_of_the_document_has_no_prefix(make):
    text = '"Tides are rising," the harbourmaster said.'
    quote, _ = selectors(annotation(make(text, '"Tides are rising,"'), text))
    assert "prefix" not in quote and quote["suffix"] == " the harbourmaster said."


def test_source_without_url_is_a_stable_urn_per_document(make, article):
    a = annotation(make(article, RIVER, url=None), article)
    b = annotation(make(article, TREES, url=None), article)
    c = annotation(make(article, RIVER, url=None, doc_id="other"), article)
    assert a["target"]["source"].startswith("urn:uuid:")
    assert a["target"]["source"] == b["target"]["source"] != c["target"]["source"]
    assert a["id"] != b["id"] and a["id"] == annotation(make(article, RIVER, url=None))["id"]


def test_bodies_say_who_and_tag_type_stance_hedges_and_review(make, article):
    rec = make(
        article,
        RIVER,
        ids={"wikidata": "Q777"},
        stance="hedged",
        hedges=[("reported", "reportedly")],
        review=ACCEPTED,
    )
    bodies = annotation(rec, article)["body"]
    described = [b for b in bodies if b["purpose"] == "describing"]
    assert described[0]["value"].startswith("Ana Kovač (Mayor of Brightwater): direct")
    assert {
        "type": "SpecificResource",
        "purpose": "identifying",
        "source": "https://www.wikidata.org/wiki/Q777",
    } in bodies
    tags = {b["value"] for b in bodies if b["purpose"] == "tagging"}
    assert tags == {"direct", "stance:hedged", "hedge:reported", "review:accepted"}


def test_writer_filters_by_review_and_passes_texts_by_doc_id(make, article):
    recs = [
        make(article, RIVER, review=ACCEPTED),
        make(article, TREES, review={"status": "rejected"}),
        make(article, "The water board"),
    ]
    out = io.StringIO()
    assert write_annotations(recs, out, texts={"brightwater": article}) == 1
    [anno] = [json.loads(line) for line in out.getvalue().splitlines()]
    assert selectors(anno)[0]["prefix"]
    out = io.StringIO()
    assert FORMATS["annotation"](recs, out, include_all=True) == 2
    assert len(out.getvalue().splitlines()) == 2


def test_every_annotation_passes_its_schema(make, article):
    from quotes.records.schema import instance_problems

    recs = [make(article, RIVER, review=ACCEPTED), make(article, TREES, review=ACCEPTED,
                                                        url=None)]
    out = io.StringIO()
    assert write_annotations(recs, out, texts={"brightwater": article}) == 2
    for line in out.getvalue().splitlines():
        assert instance_problems(json.loads(line), "annotation.schema.json") == []


def test_an_article_url_without_scheme_is_not_used_as_the_target_iri(make, article):
    rec = make(article, RIVER, review=ACCEPTED, url="news.example/brightwater-river")
    source = annotation(rec, article)["target"]["source"]
    assert source.startswith("urn:uuid:")
    assert source == annotation(make(article, RIVER, url=None), article)["target"]["source"]


def test_an_annotation_that_fails_its_schema_is_reported_not_written(make, article,
                                                                     monkeypatch):
    import pytest

    from quotes.errors import InvalidRecord
    from quotes.export import annotation as module

    good, bad = make(article, RIVER, review=ACCEPTED), make(article, TREES, review=ACCEPTED)
    real = module.annotation

    def broken(rec, text=None):  # a writer bug: the target loses its selectors
        item = real(rec, text)
        if rec["id"] == bad["id"]:
            item["target"]["selector"] = []
        return item

    monkeypatch.setattr(module, "annotation", broken)
    seen: list[str] = []
    out = io.StringIO()
    n = write_annotations([good, bad], out, on_invalid=lambda rec, p: seen.append(rec["id"]))
    assert n == 1 and seen == [bad["id"]]
    with pytest.raises(InvalidRecord):
        write_annotations([bad], io.StringIO())
