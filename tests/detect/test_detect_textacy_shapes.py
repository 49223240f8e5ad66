"""The constructions of textacy's direct-quotation test suite (extract.triples), written
anew with our own sentences: the quotes found, their speakers as resolved, and the shapes
textacy expects no direct quotation from."""

from __future__ import annotations

import pytest

from tests.conftest import core, describe

# (text, [(quote words, speaker)]) : every listed quote is found, direct, with its speaker.
DIRECT = [
    # cue before the quotation, comma
    ('Ingrid Solheim said, "The night ferry saved our village!"',
     [("The night ferry saved our village!", "Ingrid Solheim")]),
    # a pronoun speaker after the quotation; the speaker named in the sentence before
    ('Ingrid Solheim spoke from the quay. "The night ferry saved our village," she said.',
     [("The night ferry saved our village", "Ingrid Solheim")]),
    # an inverted cue, then a short follow-on quotation by the same speaker
    ('"The night ferry saved us!" insists Ingrid Solheim. "It truly did."',
     [("The night ferry saved us!", "Ingrid Solheim"), ("It truly did", "Ingrid Solheim")]),
    # a cue verb other than "say"
    ('"Some islanders disagree with me," she admitted.',
     [("Some islanders disagree with me", None)]),
    # an apostrophe inside the quotation is no closing mark
    ('The skipper checked the hold. "Where are the crew\'s life jackets?" he asked.',
     [("Where are the crew's life jackets?", None)]),
    # a quotation nested inside another: the outer one is the record
    ("The skipper walked in. He told the crew, \"This 'storm of the decade' is overblown.\"",
     [("This 'storm of the decade' is overblown.", None)]),
    # a stray mark in the previous paragraph does not run into the next quotation
    ("'rough' on the northern route\"\nThe coast guard is searching for a kayaker.\n"
     '"Crews are looking along the shore," the coast guard said in a statement on Sunday.',
     [("Crews are looking along the shore", "coast guard")]),
    # a long quotation with its cue after, then a follow-on sentence by the same speaker
    ("The ferry left the quay late.\n"
     "\"She is going to hit the breakwater because the steering is jammed. She is drifting "
     "toward the rocks,\" said Tor Vik, a harbour pilot who has worked the strait for years. "
     "\"She has hit it twice before.\"\nThey call the strait the widowmaker because of it.",
     [("She is going to hit the breakwater because the steering is jammed. She is drifting "
       "toward the rocks", "Tor Vik"), ("She has hit it twice before", "Tor Vik")]),
    # angle quotation marks
    ("«Nous aimons le bac de nuit», said Tor Vik.", [("Nous aimons le bac de nuit", "Tor Vik")]),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT)
def test_textacy_shape_direct_quotation(extracted, text, expected):
    recs = extracted(text)
    for quote, speaker in expected:
        hits = [r for r in recs if core(r.quote.text) == core(quote)]
        assert len(hits) == 1, f"{quote!r} not found once in {describe(recs)}"
        rec = hits[0]
        assert rec.type == "direct", describe(recs)
        if speaker is not None:
            assert rec.speaker is not None and rec.speaker.name == speaker, describe(recs)


@pytest.mark.parametrize("cue", ["reply", "say", "insist"])
def test_textacy_shape_coordinated_speakers_after_an_inverted_cue(extracted, cue):
    # The present-tense cue after the quotation is read as a noun by the small parser.
    text = f'"We want the night ferry back!" {cue} Ingrid Solheim and Tor Vik.'
    recs = extracted(text)
    assert [(r.type, core(r.quote.text), r.cue.text) for r in recs] == [
        ("direct", "We want the night ferry back!", cue)
    ], describe(recs)
    assert recs[0].speaker.mention.text == "Ingrid Solheim and Tor Vik"


# Shapes textacy expects no direct quotation from: a title, and scare quotes.
# (A thought held, "thinks that ...", is no statement at all outside quotation marks:
# quotes/detect/vetting.py; the same scare quotes after "says" still make a claim.)
NO_DIRECT = [
    ('Ingrid Solheim claims that her favourite film is "The Long Crossing".', True),
    ('Ingrid Solheim thinks that ferries are "floating homes".', False),
    ('Ingrid Solheim says that ferries are "floating homes".', True),
]


@pytest.mark.parametrize("text, stated", NO_DIRECT)
def test_textacy_shape_no_direct_quotation(extracted, text, stated):
    recs = extracted(text)
    assert not any(r.type == "direct" for r in recs), describe(recs)
    # The claim itself is still the speaker's, reported with its quoted words.
    found = any(r.speaker and r.speaker.name == "Ingrid Solheim" for r in recs)
    assert found == stated, describe(recs)


def test_textacy_shape_mismatched_marks_and_a_quoted_phrase(extracted):
    text = ("'KARI, you rammed my boat,\" a shaken Tor Vik told his brother on Saturday outside "
            "their boathouse. Ingrid Solheim said the inspectors had found \"clear and "
            "present danger\" that the pier should be closed.")
    recs = extracted(text)
    rec = next(r for r in recs if "inspectors had found" in r.quote.text)
    assert rec.speaker.name == "Ingrid Solheim" and rec.type == "mixed", describe(recs)
