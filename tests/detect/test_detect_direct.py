"""Direct quotes: every quote-mark style, apostrophes, long quotes and broken marks."""

from __future__ import annotations

import pytest

# (text, quote words, speaker name)
MARK_STYLES = [
    (
        "Mayor Lena Brandt said, “The bridge will reopen in May.”",
        "The bridge will reopen in May",
        "Lena Brandt",
    ),
    (
        "“The bridge will reopen in May,” Mayor Lena Brandt said.",
        "The bridge will reopen in May",
        "Lena Brandt",
    ),
    (
        '"The harvest was the worst in a decade," said farmer Tomas Okafor.',
        "The harvest was the worst in a decade",
        "Tomas Okafor",
    ),
    (
        'Tomas Okafor, a farmer, said: "The harvest was the worst in a decade."',
        "The harvest was the worst in a decade",
        "Tomas Okafor",
    ),
    (
        "‘We cannot wait any longer,’ said Priya Nandakumar, a councillor in Ravensby.",
        "We cannot wait any longer",
        "Priya Nandakumar",
    ),
    (
        "Priya Nandakumar said: ‘We cannot wait any longer.’",
        "We cannot wait any longer",
        "Priya Nandakumar",
    ),
    (
        "'We cannot wait any longer,' said Priya Nandakumar.",
        "We cannot wait any longer",
        "Priya Nandakumar",
    ),
    (
        "Priya Nandakumar told the BBC: 'We cannot wait any longer.'",
        "We cannot wait any longer",
        "Priya Nandakumar",
    ),
    ("«Nous avons gagné», said coach Marc Delorme.", "Nous avons gagné", "Marc Delorme"),
    ("Marc Delorme said: «Nous avons gagné.»", "Nous avons gagné", "Marc Delorme"),
    ("Marc Delorme said: „Wir haben gewonnen.“", "Wir haben gewonnen", "Marc Delorme"),
    ("„Wir haben gewonnen“, said Marc Delorme after the final.", "Wir haben gewonnen",
     "Marc Delorme"),
    pytest.param(
        "« Nous resterons ici », said Paul Girard, the village mayor.",
        "Nous resterons ici",
        "Paul Girard",
    ),
]


@pytest.mark.parametrize("text, quote, speaker", MARK_STYLES)
def test_direct_quote_in_every_mark_style(extracted, pick, text, quote, speaker):
    rec = pick(extracted(text), quote)
    assert rec.type == "direct"
    assert rec.cue is not None and rec.cue.lemma in ("say", "tell")
    assert rec.speaker is not None and rec.speaker.name == speaker


# British single quotes around text full of apostrophes: the quote ends at the
# closing mark, not at the first apostrophe.
APOSTROPHES = [
    (
        "'Russia's partners don't trust the figures,' said auditor Nils Berg.",
        "Russia's partners don't trust the figures",
    ),
    (
        "'The partners' accounts were in order,' said auditor Nils Berg.",
        "The partners' accounts were in order",
    ),
    (
        "'Prices haven't been this low since the '90s,' said auditor Nils Berg.",
        "Prices haven't been this low since the '90s",
    ),
    (
        "Auditor Nils Berg said: 'We don't know where the fishermen's money went.'",
        "We don't know where the fishermen's money went",
    ),
    (
        "‘Norway’s ferries can’t run on time,’ said auditor Nils Berg.",
        "Norway’s ferries can’t run on time",
    ),
]


@pytest.mark.parametrize("text, quote", APOSTROPHES)
def test_single_quotes_are_not_cut_at_apostrophes(extracted, pick, text, quote):
    rec = pick(extracted(text), quote)
    assert rec.type == "direct"
    assert rec.speaker.name == "Nils Berg"


def test_apostrophes_alone_make_no_quote(extracted):
    text = "The partners' shares rose in the '90s, and Norway's ferries didn't stop."
    assert extracted(text) == []


MULTI_SENTENCE = [
    (
        "“The storm cut power to 4,000 homes. Crews are working through the night,” "
        "said Hanna Leclerc, who speaks for the utility.",
        "The storm cut power to 4,000 homes. Crews are working through the night",
        "Hanna Leclerc",
    ),
    (
        'Mia Castell said: "The team is ready. We have worked for months. Nobody is injured."',
        "The team is ready. We have worked for months. Nobody is injured",
        "Mia Castell",
    ),
    (
        "‘It rained for nine days. The cellar flooded twice,’ said Jonas Eklund.",
        "It rained for nine days. The cellar flooded twice",
        "Jonas Eklund",
    ),
]


@pytest.mark.parametrize("text, quote, speaker", MULTI_SENTENCE)
def test_multi_sentence_quote_is_one_record(extracted, pick, text, quote, speaker):
    records = extracted(text)
    rec = pick(records, quote)
    assert len(records) == 1
    assert rec.type == "direct"
    assert rec.speaker.name == speaker


# A quote over several paragraphs: each paragraph re-opens the quote, only the last closes it.
RUN_ON = [
    (
        "Oskar Lind, the dam's chief engineer, spoke to residents on Friday.\n"
        "“The dam is safe.\n"
        "“We inspect it every week.\n"
        "“There is no reason for alarm,” he said.",
        ["The dam is safe", "We inspect it every week", "There is no reason for alarm"],
        "Oskar Lind",
    ),
    (
        'Hanna Leclerc said: "We expected a small turnout.\n'
        '"But the hall was full by seven.\n'
        '"Next year we will need a bigger room."',
        [
            "We expected a small turnout",
            "But the hall was full by seven",
            "Next year we will need a bigger room",
        ],
        "Hanna Leclerc",
    ),
    (
        "Greta Moen addressed the strikers.\n"
        "“We asked for a meeting in March.\n"
        "“They said no.”\n"
        "The company did not comment.",
        ["We asked for a meeting in March", "They said no"],
        None,
    ),
]


@pytest.mark.parametrize("text, parts, speaker", RUN_ON)
def test_quote_running_over_paragraphs(extracted, text, parts, speaker):
    records = extracted(text)
    quoted = [r for r in records if parts[0] in r.quote.text]
    assert quoted, f"no record holds {parts[0]!r}: {[r.quote.text for r in records]}"
    covered = " ".join(r.quote.text for r in records)
    for part in parts:
        assert part in covered
    # No record may pair the re-opening mark of one paragraph with text of the next
    # sentence outside the quote ("The company did not comment").
    assert all("did not comment" not in r.quote.text for r in records)
    if speaker is not None:
        assert all(
            r.speaker.name == speaker for r in records if any(p in r.quote.text for p in parts)
        )


# An unclosed quote mark must not swallow the quotes that follow it, and must never raise.
UNBALANCED = [
    (
        "Residents complained about the “temporary fence.\n"
        "Elif Demir said, “The fence comes down next week.”",
        "The fence comes down next week",
        "Elif Demir",
    ),
    (
        'Residents complained about the "temporary fence.\n'
        'Elif Demir said, "The fence comes down next week."',
        "The fence comes down next week",
        "Elif Demir",
    ),
    (
        "“Nobody asked us, a sign at the gate read.\n\n"
        "Later, Governor Ruth Anand said: “The fence will be finished by June.”",
        "The fence will be finished by June",
        "Ruth Anand",
    ),
    pytest.param(
        "Officials said “the fence is unfinished. Later, Governor Ruth Anand said, "
        "“The fence will be finished by June.”",
        "The fence will be finished by June",
        "Ruth Anand",
    ),
]


@pytest.mark.parametrize("text, quote, speaker", UNBALANCED)
def test_unclosed_mark_does_not_hide_later_quotes(extracted, pick, text, quote, speaker):
    rec = pick(extracted(text), quote)
    assert rec.type == "direct"
    assert rec.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "“",
        "”",
        "She said “ and then",
        "”Backwards,” he said “.",
        "'''''",
        "«»„“‘’",
        "“Unclosed start of the text and nothing else",
        'He said "" and then "',
        "“A” “B” “C",
    ],
)
def test_broken_marks_never_raise(extracted, text):
    extracted(text)  # the contract checks run inside; must not raise


def test_a_quotation_run_over_paragraphs_is_one_record_per_paragraph(extracted):
    # the first paragraph re-opens in the next without closing: one speaker, two statements
    text = ("“Honestly, I figured I’d finish my career in Cold Harbour,” the veteran winger "
            "Mathis Durand said. “That’s the business. You pack a bag and you go.\n\n"
            "“My kids are already asking if the new rink has a snack bar.”")
    records = extracted(text)
    assert [r.quote.text for r in records] == [
        "Honestly, I figured I’d finish my career in Cold Harbour,",
        "That’s the business. You pack a bag and you go.",
        "My kids are already asking if the new rink has a snack bar.",
    ]
    assert {r.speaker.name for r in records} == {"Mathis Durand"}
    assert all(text[r.quote.start : r.quote.end] == r.quote.text for r in records)


def test_a_transcript_inside_marks_is_not_cut_into_speakers_turns(extracted):
    text = ('Pence spoke on Sunday.\n\n"WALLACE: Will she attend the debate?\n\n'
            '"PENCE: She will not be attending."')
    assert not any(r.quote.text.startswith("PENCE:") for r in extracted(text))
