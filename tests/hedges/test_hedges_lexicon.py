"""The hedge lexicon is data with its sources documented, and the stance order is fixed."""

from __future__ import annotations

import pytest

from quotes.hedges.lexicon import build, load_hedge_lexicon
from quotes.hedges.stance import STANCES, stance_of
from quotes.records import Attribution, Cue, Hedge, TextSpan
from quotes.resources import data_dir

KINDS = {
    "cue",
    "adverb",
    "noun",
    "passive",
    "adjective",
    "content",
    "anonymous",
    "anonymous_with",
    "anonymous_modifier",
    "negator",
    "relay",
    "relay_link",
}
TYPES = {
    "reported",
    "alleged",
    "rumored",
    "modal",
    "booster",
    "distancing",
    "anonymous",
    "negated",
    "relayed",
}


def test_hedges_tsv_documents_its_sources():
    header = "".join(
        line
        for line in (data_dir() / "hedges.tsv").read_text(encoding="utf-8").splitlines(True)
        if line.startswith("#")
    )
    for source in ("AP Stylebook", "Words to watch", "PARC", "MPQA", "Hyland"):
        assert source in header
    for kind in KINDS:
        assert f"  {kind} " in header or f"  {kind}\n" in header
    for stance in STANCES:
        assert f"#   {stance} " in header


def test_every_row_has_a_known_kind_and_type():
    hl = load_hedge_lexicon()
    assert set(hl.kinds) == KINDS
    for kind, phrases in hl.kinds.items():
        assert phrases, kind
        assert set(phrases.values()) <= TYPES, kind


def test_the_classes_named_in_the_issue_are_there():
    hl = load_hedge_lexicon()
    for adverb, htype in [
        ("reportedly", "reported"),
        ("allegedly", "alleged"),
        ("purportedly", "alleged"),
    ]:
        assert hl.get("adverb", adverb) == htype
    assert hl.get("passive", "rumor") == "rumored"
    assert hl.get("noun", "report") == "reported"
    for modal in ("may", "might", "could", "possibly", "likely", "appears to"):
        assert hl.get("content", modal) == "modal"
    assert hl.get("content", "certainly") == "booster"


def test_a_short_row_is_an_error():
    with pytest.raises(ValueError, match="3 columns"):
        build([["reportedly", "adverb"]])


def test_content_pattern_matches_whole_words_longest_first():
    hl = build(
        [
            ["may", "content", "modal"],
            ["appears to", "content", "modal"],
            ["so-called", "content", "distancing"],
        ]
    )
    text = "dismay: it appears  to be a so-called fix that may hold"
    assert [m.group(0) for m in hl.content_pattern.finditer(text)] == [
        "appears  to",
        "so-called",
        "may",
    ]


def _record(*types: str, negated: bool = False, rtype: str = "indirect") -> Attribution:
    rec = Attribution(
        doc_id="d",
        type=rtype,
        quote=TextSpan("x", 0, 1),
        cue=Cue("said", 2, 6, "say", "neutral", negated=negated),
    )
    rec.hedges = [Hedge(t, "x", 0, 1) for t in types]
    return rec


@pytest.mark.parametrize(
    ("types", "negated", "rtype", "stance"),
    [
        ((), False, "indirect", "neutral"),
        (("factive",), False, "indirect", "endorsed"),
        (("factive", "modal"), False, "indirect", "hedged"),
        (("reported", "modal"), False, "indirect", "hearsay"),
        (("distancing", "anonymous"), False, "indirect", "distanced"),
        (("rumored", "unattributed"), False, "unattributed", "unsourced"),
        ((), False, "unattributed", "unsourced"),
        (("denial", "modal"), False, "indirect", "denied"),
        (("denial",), True, "indirect", "negated"),
        (("according_to", "emphatic", "booster"), False, "according_to", "neutral"),
    ],
)
def test_stance_order(types, negated, rtype, stance):
    assert stance_of(_record(*types, negated=negated, rtype=rtype)) == stance
