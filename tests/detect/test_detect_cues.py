"""Where the cue stands: before, after, inverted, interrupting, parenthetical, trailing, colon."""

from __future__ import annotations

import pytest

XF = pytest.mark.xfail

# (text, quote words, type, cue lemma, speaker name)
CUE_POSITIONS = [
    # before the quote
    (
        'Bruno Ferraz added, "The vineyard will be sold in autumn."',
        "The vineyard will be sold in autumn",
        "direct",
        "add",
        "Bruno Ferraz",
    ),
    (
        "Astrid Nyberg replied: “Nobody has seen the report.”",
        "Nobody has seen the report",
        "direct",
        "reply",
        "Astrid Nyberg",
    ),
    # after the quote, subject first
    (
        '"The vineyard will be sold in autumn," Bruno Ferraz said.',
        "The vineyard will be sold in autumn",
        "direct",
        "say",
        "Bruno Ferraz",
    ),
    (
        "“Nobody has seen the report,” Astrid Nyberg insisted on Thursday.",
        "Nobody has seen the report",
        "direct",
        "insist",
        "Astrid Nyberg",
    ),
    # inverted: verb before subject
    (
        '"The vineyard will be sold in autumn," said Bruno Ferraz.',
        "The vineyard will be sold in autumn",
        "direct",
        "say",
        "Bruno Ferraz",
    ),
    (
        "“Nobody has seen the report,” wrote Astrid Nyberg in her newsletter.",
        "Nobody has seen the report",
        "direct",
        "write",
        "Astrid Nyberg",
    ),
    # colon introductions with material between verb and colon
    (
        'Bruno Ferraz said in a statement: "The vineyard will be sold in autumn."',
        "The vineyard will be sold in autumn",
        "direct",
        "say",
        "Bruno Ferraz",
    ),
    (
        "Astrid Nyberg told the local radio on Monday: “Nobody has seen the report.”",
        "Nobody has seen the report",
        "direct",
        "tell",
        "Astrid Nyberg",
    ),
    (
        "Astrid Nyberg wrote on her blog: ‘Nobody has seen the report.’",
        "Nobody has seen the report",
        "direct",
        "write",
        "Astrid Nyberg",
    ),
    # trailing reported speech without quote marks
    (
        "The talks would resume next week, Ida Vogt said.",
        "The talks would resume next week",
        "indirect",
        "say",
        "Ida Vogt",
    ),
    (
        "The ferry will run twice a day from June, Bruno Ferraz told reporters.",
        "The ferry will run twice a day from June",
        "indirect",
        "tell",
        "Bruno Ferraz",
    ),
    (
        "Nobody had read the report before the vote, Astrid Nyberg claimed.",
        "Nobody had read the report before the vote",
        "indirect",
        "claim",
        "Astrid Nyberg",
    ),
]


@pytest.mark.parametrize("text, quote, type_, lemma, speaker", CUE_POSITIONS)
def test_cue_in_every_position(extracted, pick, text, quote, type_, lemma, speaker):
    rec = pick(extracted(text), quote)
    assert rec.type == type_
    assert rec.cue is not None and rec.cue.lemma == lemma
    assert rec.speaker is not None and rec.speaker.name == speaker
    assert rec.speaker.resolution == "explicit"


# The speaker interrupts the quote: one record covers both parts.
INTERRUPTED = [
    (
        "Hanna Leclerc runs the shelter. “We expected a small turnout,” she said, "
        "“but the hall was full.”",
        "We expected a small turnout",
        "but the hall was full",
        "Hanna Leclerc",
    ),
    (
        '"The ferry is late again," said Bruno Ferraz, "and nobody tells us why."',
        "The ferry is late again",
        "and nobody tells us why",
        "Bruno Ferraz",
    ),
    (
        "‘I am not resigning,’ Astrid Nyberg told the council, ‘and I will not apologise.’",
        "I am not resigning",
        "and I will not apologise",
        "Astrid Nyberg",
    ),
]


@pytest.mark.parametrize("text, first, second, speaker", INTERRUPTED)
def test_interrupted_quote_is_one_record(extracted, text, first, second, speaker):
    records = extracted(text)
    holding = [r for r in records if first in r.quote.text or second in r.quote.text]
    assert len(holding) == 1, [(r.type, r.quote.text) for r in records]
    rec = holding[0]
    assert first in rec.quote.text and second in rec.quote.text
    assert rec.type == "direct"
    assert rec.speaker.name == speaker


# Reported speech interrupted by its cue ("The plan, he noted, goes ...").
PARENTHETICAL = [
    pytest.param(
        "Treasurer Alma Reyes presented the budget. The plan, Reyes noted, goes further "
        "than any budget before it.",
        "The plan",
        "goes further than any budget before it",
        "note",
        "Alma Reyes",
    ),
    (
        "Bruno Ferraz opened the cellar. The wine, he said, had never been better.",
        "The wine",
        "had never been better",
        "say",
        "Bruno Ferraz",
    ),
    (
        "Astrid Nyberg took questions. The new law, she argued, protects tenants.",
        "The new law",
        "protects tenants",
        "argue",
        "Astrid Nyberg",
    ),
    # The parser hangs the cue on the auxiliary of a passive ("is"), not on its verb.
    (
        "Harbour master Ines Duarte spoke at noon.\n\nThe east road, she noted, is closed "
        "until the storm has passed.",
        "The east road",
        "is closed until the storm has passed",
        "note",
        "Ines Duarte",
    ),
]


@pytest.mark.parametrize("text, head, tail, lemma, speaker", PARENTHETICAL)
def test_parenthetical_cue_in_reported_speech(extracted, text, head, tail, lemma, speaker):
    records = extracted(text)
    hits = [r for r in records if tail in r.quote.text]
    assert len(hits) == 1, [(r.type, r.quote.text) for r in records]
    rec = hits[0]
    assert rec.quote.text.startswith(head)
    assert rec.type == "indirect"
    assert rec.cue.lemma == lemma
    assert rec.speaker.name == speaker
    assert rec.speaker.kind == "person"


def test_a_phrasal_cue_counts_only_with_its_particle(extracted, pick):
    text = ("Finance Minister Hana Okoro shot back that the transfer was legal. Police fired "
            "back at the gunman on the bridge. A crew shot the video that was shown on Monday.")
    records = extracted(text)
    rec = pick(records, "the transfer was legal")
    assert rec.speaker.name == "Hana Okoro" and rec.cue.lemma == "shoot back"
    assert len(records) == 1
