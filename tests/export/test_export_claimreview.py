"""ClaimReview drafts: Google's required and recommended fields, nothing invented."""

from __future__ import annotations

import io
import json

import pytest
from jsonschema import Draft202012Validator

from quotes.export import FORMATS
from quotes.export.claimreview import claimreview, write_claimreviews
from quotes.export.shorten import ELLIPSIS, clean_claim
from quotes.records import load_schema

ACCEPTED = {"status": "accepted", "reviewer": "jo", "time": "2025-06-03T10:00:00Z"}
LONG_QUOTE = (
    "Our river is cleaner than it has been in fifty years, and the new sampling "
    "numbers prove it beyond any doubt,"
)


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = load_schema("claimreview.schema.json")
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def export(records, **kw) -> tuple[int, list[dict]]:
    out = io.StringIO()
    n = write_claimreviews(records, out, **kw)
    return n, [json.loads(line) for line in out.getvalue().splitlines()]


def assert_valid(validator: Draft202012Validator, draft: dict) -> None:
    errors = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(draft)
    ]
    assert not errors, errors


def test_full_draft_has_claim_author_appearance_and_date(make, article, validator):
    rec = make(article, LONG_QUOTE, ids={"wikidata": "Q123456"}, review=ACCEPTED)
    n, [draft] = export([rec])
    assert n == 1
    assert_valid(validator, draft)
    assert draft["@context"] == "https://schema.org" and draft["@type"] == "ClaimReview"
    claim = draft["itemReviewed"]
    assert claim["@type"] == "Claim" and claim["identifier"] == rec["id"]
    assert claim["author"] == {
        "@type": "Person",
        "name": "Ana Kovač",
        "jobTitle": "Mayor of Brightwater",
        "sameAs": "https://www.wikidata.org/wiki/Q123456",
    }
    assert claim["appearance"]["url"] == "https://news.example/brightwater-river"
    assert claim["appearance"]["headline"] == "Brightwater mayor hails cleaner river"
    assert claim["datePublished"] == "2025-06-02"


def test_rating_and_review_fields_are_left_empty_for_the_fact_checker(make, article):
    _, [draft] = export([make(article, LONG_QUOTE, review=ACCEPTED)])
    assert draft["reviewRating"] == {"@type": "Rating", "alternateName": ""}
    assert draft["url"] == "" and draft["datePublished"] == ""
    assert draft["author"] == {"@type": "Organization", "name": ""}
    assert "ratingValue" not in draft["reviewRating"]


def test_claim_is_shortened_under_75_at_a_word_boundary(make, article, validator):
    _, [draft] = export([make(article, LONG_QUOTE, review=ACCEPTED)])
    claim = draft["claimReviewed"]
    assert len(claim) < 75
    assert claim.endswith(ELLIPSIS)
    kept = claim[: -len(ELLIPSIS)]
    full = clean_claim(LONG_QUOTE)
    assert full.startswith(kept)
    # the cut falls between words: the next character of the full claim is a space,
    # or the cut only dropped punctuation at a word's end
    rest = full[len(kept) :]
    assert rest[0] in " ,;:", rest
    assert not kept.endswith(",")


def test_short_claim_is_kept_whole_without_quote_marks(make, article):
    _, [draft] = export([make(article, '"We will plant', review=ACCEPTED)])
    assert draft["claimReviewed"] == "We will plant"


def test_no_url_and_no_date_leave_those_fields_out(make, article, validator):
    rec = make(article, LONG_QUOTE, url=None, published=None, title_doc=None, review=ACCEPTED)
    _, [draft] = export([rec])
    assert_valid(validator, draft)
    assert "appearance" not in draft["itemReviewed"]
    assert "datePublished" not in draft["itemReviewed"]


@pytest.mark.parametrize(("published", "iso"), [
    ("June 2, 2025", "2025-06-02"),
    ("March 3, 2025", "2025-03-03"),
    ("3 Mar 2025", "2025-03-03"),
    ("Tuesday, 3 March 2025 14:05", "2025-03-03T14:05"),
    ("2025-03-03", "2025-03-03"),
])
def test_a_printed_date_is_normalised_to_iso(make, article, validator, published, iso):
    _, [draft] = export([make(article, LONG_QUOTE, published=published, review=ACCEPTED)])
    assert_valid(validator, draft)
    assert draft["itemReviewed"]["datePublished"] == iso
    assert draft["itemReviewed"]["appearance"]["datePublished"] == iso


@pytest.mark.parametrize("published", ["yesterday", "03/04/2025", "last spring", "Tuesday"])
def test_a_relative_or_ambiguous_date_is_left_out_not_guessed(make, article, validator, published):
    _, [draft] = export([make(article, LONG_QUOTE, published=published, review=ACCEPTED)])
    assert_valid(validator, draft)
    assert "datePublished" not in draft["itemReviewed"]


@pytest.mark.parametrize("url", ["news.example/brightwater", "www.news.example/a", "ftp://x/y"])
def test_an_article_url_without_http_scheme_gives_no_invalid_appearance(make, article, validator,
                                                                        url):
    _, [draft] = export([make(article, LONG_QUOTE, url=url, review=ACCEPTED)])
    assert_valid(validator, draft)
    assert "appearance" not in draft["itemReviewed"]


def test_a_draft_that_fails_its_schema_is_reported_not_written(make, article, monkeypatch):
    from quotes.errors import InvalidRecord
    from quotes.export import claimreview as module

    good = make(article, LONG_QUOTE, review=ACCEPTED)
    bad = make(article, "We will plant 🌳 trees along every 𝔰𝔱𝔯𝔢𝔢𝔱 by spring,", review=ACCEPTED)
    real = module.claimreview

    def broken(rec):  # a writer bug: the draft loses its required rating
        draft = real(rec)
        if rec["id"] == bad["id"]:
            del draft["reviewRating"]
        return draft

    monkeypatch.setattr(module, "claimreview", broken)
    seen = []
    n, drafts = export([good, bad], on_invalid=lambda rec, problems: seen.append(rec["id"]))
    assert n == 1 and [d["itemReviewed"]["identifier"] for d in drafts] == [good["id"]]
    assert seen == [bad["id"]]
    with pytest.raises(InvalidRecord):
        export([bad])


def test_characters_outside_the_bmp_survive_and_count_as_one(make, article, validator):
    quote = "We will plant 🌳 trees along every 𝔰𝔱𝔯𝔢𝔢𝔱 by spring,"
    _, [draft] = export([make(article, quote, review=ACCEPTED)])
    assert_valid(validator, draft)
    assert draft["claimReviewed"] == "We will plant 🌳 trees along every 𝔰𝔱𝔯𝔢𝔢𝔱 by spring"


def test_long_claim_with_emoji_is_cut_by_code_points(make, validator):
    text = "Intro. " + "🌳" * 3 + " " + " ".join(["𝔰𝔱𝔯𝔢𝔢𝔱"] * 20) + " end."
    quote = text[len("Intro. ") :]
    _, [draft] = export([make(text, quote, review=ACCEPTED)])
    assert_valid(validator, draft)
    claim = draft["claimReviewed"]
    assert len(claim) < 75 and claim.endswith("𝔰𝔱𝔯𝔢𝔢𝔱" + ELLIPSIS)


def test_organisation_speaker_has_no_job_title(make, article, validator):
    rec = make(
        article,
        LONG_QUOTE,
        speaker="Brightwater Water Board",
        kind="organization",
        title="regulator",
        ids={"wikidata": "Q42"},
        review=ACCEPTED,
    )
    _, [draft] = export([rec])
    assert_valid(validator, draft)
    assert draft["itemReviewed"]["author"] == {
        "@type": "Organization",
        "name": "Brightwater Water Board",
        "sameAs": "https://www.wikidata.org/wiki/Q42",
    }


def test_unknown_kind_gets_no_guessed_type(make, article, validator):
    _, [draft] = export([make(article, LONG_QUOTE, kind="unknown", title=None, review=ACCEPTED)])
    assert_valid(validator, draft)
    assert draft["itemReviewed"]["author"] == {"name": "Ana Kovač"}


def test_unresolved_speaker_gives_no_author(make, article, validator):
    rec = make(article, LONG_QUOTE, speaker=None, type="unattributed", review=ACCEPTED)
    _, [draft] = export([rec])
    assert_valid(validator, draft)
    assert "author" not in draft["itemReviewed"]


def test_only_accepted_records_by_default_all_but_rejected_with_flag(make, article):
    recs = [
        make(article, LONG_QUOTE, review={"status": "accepted"}),
        make(article, "by spring,", review={"status": "corrected", "corrected": {}}),
        make(article, "We will plant", review={"status": "pending"}),
        make(article, "The water board", review={"status": "rejected"}),
        make(article, "Our river"),
    ]
    n, drafts = export(recs)
    assert n == 2 == len(drafts)
    assert {d["itemReviewed"]["identifier"] for d in drafts} == {recs[0]["id"], recs[1]["id"]}
    n_all, drafts_all = export(recs, include_all=True)
    assert n_all == 4 == len(drafts_all)
    assert recs[3]["id"] not in {d["itemReviewed"]["identifier"] for d in drafts_all}


def test_reviewer_correction_of_the_speaker_is_used_without_the_old_ids(make, article):
    review = {"status": "corrected", "corrected": {"speaker": {"name": "Ivo Brand"}}}
    draft = claimreview(make(article, LONG_QUOTE, ids={"wikidata": "Q1"}, review=review))
    # the machine's guess had a Wikidata id and a title; neither belongs to Ivo Brand
    assert draft["itemReviewed"]["author"] == {"@type": "Person", "name": "Ivo Brand"}


def test_reviewer_correction_with_ids_and_of_the_type(make, article):
    fix = {"speaker": {"name": "Ivo Brand", "ids": {"wikidata": "Q5"}, "kind": "person"}}
    review = {"status": "corrected", "corrected": fix}
    rec = make(article, LONG_QUOTE, ids={"wikidata": "Q1"}, review=review)
    author = claimreview(rec)["itemReviewed"]["author"]
    assert author["sameAs"] == "https://www.wikidata.org/wiki/Q5"
    # a correction that keeps the name keeps the machine's ids and title
    rec["review"]["corrected"] = {"speaker": {"kind": "person"}, "type": "indirect"}
    author = claimreview(rec)["itemReviewed"]["author"]
    assert author["sameAs"].endswith("/Q1") and author["jobTitle"] == "Mayor of Brightwater"


def test_registered_in_formats_and_takes_the_common_options(make, article):
    out = io.StringIO()
    n = FORMATS["claimreview"]([make(article, LONG_QUOTE)], out, include_all=True, texts={})
    assert n == 1 and json.loads(out.getvalue())["@type"] == "ClaimReview"


def test_the_schema_rejects_a_draft_missing_the_rating(make, article, validator):
    draft = claimreview(make(article, LONG_QUOTE))
    del draft["reviewRating"]
    assert not validator.is_valid(draft)
    draft = claimreview(make(article, LONG_QUOTE))
    draft["claimReviewed"] = "x" * 80
    assert not validator.is_valid(draft)


def test_job_title_does_not_carry_the_speaker_name(make, article):
    rec = make(
        article, LONG_QUOTE, speaker="Ana Kovač", title="Brightwater Mayor Ana", review=ACCEPTED
    )
    assert claimreview(rec)["itemReviewed"]["author"]["jobTitle"] == "Brightwater Mayor"
