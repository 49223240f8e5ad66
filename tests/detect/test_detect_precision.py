"""The precision classes of issue 16: words that look like attribution but state nothing,
quotation marks that hold names, nested and hypothetical content, short follow-on quotes,
interrupted quotes (parts) and the type of a quoted fragment. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.conftest import core, describe

# 1. Cue verbs in a sense that is not speech: no record at all.
NOT_SPEECH = [
    "His harbour trust, called the Tidewater Legacy Fund, will keep the pier until 2030.",
    "The square was empty as many regular stallholders continued to stay away.",
    "The flags were lowered across the city as the governor announced the end of the search.",
    "That said, the ferry timetable still has gaps the council must close.",
    "Visiting fans will find it difficult to reach the ground by train on Saturday.",
    "Divers found the trawler abandoned on a sandbank off the point.",
    "A reporter called the sheriff's office on Monday morning.",
    "The rescue effort continues to stretch the island's small fire service.",
    "The ad says much about the boat as it continues on its long course north.",
    "Most of the council votes broke down as you might expect.",
    'This photo released by the studio shows Kari Holm in a scene from "The Long Crossing."',
    "She learned how to sail from her uncle on the island.",
    "The coach praised goalkeeper Emma Byrne, who made 34 saves on Saturday.",
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_cue_verb_in_a_sense_that_is_not_speech(extracted, text):
    assert extracted(text) == [], describe(extracted(text))


def test_a_frame_with_as_still_attributes_its_host(extracted, pick):
    recs = extracted("The pier will close in June, as the Harbour Gazette reported on Friday.")
    rec = pick(recs, "The pier will close in June")
    assert rec.rule == "parenthetical-cue"


# 2. Names and titles in quotation marks are nobody's words, and the statement in the same
# sentence is still found, with its speaker.
NAMES = [
    ("'Tidewater' director Mara Lund said the film took six years to make.",
     "the film took six years to make", "Mara Lund", "Tidewater"),
    ('The "Harbour Lights" actress said she had never sailed before the shoot.',
     "she had never sailed before the shoot", None, "Harbour Lights"),
    ('He shared the patch on a forum called "Ferry Modders," where members said it fixed '
     "the old engines.", "it fixed the old engines", None, "Ferry Modders"),
    # a name in apposition to its noun, before a cue clause
    ('Writing on the forum "Ferry Talk," one skipper said the new timetable was a mess.',
     "the new timetable was a mess", None, "Ferry Talk"),
]


@pytest.mark.parametrize(("text", "statement", "speaker", "name"), NAMES)
def test_quoted_name_is_no_quotation_but_the_statement_is_found(
    extracted, pick, text, statement, speaker, name
):
    recs = extracted(text)
    assert not any(core(r.quote.text) == name for r in recs), describe(recs)
    rec = pick(recs, statement)
    assert rec.type == "indirect"
    if speaker:
        assert rec.speaker.name == speaker


def test_a_title_as_an_attribute_is_reported_not_quoted(extracted):
    recs = extracted('His favourite novel is "The Salt Road," the skipper said.')
    assert [r.type for r in recs] == ["indirect"]
    assert "His favourite novel is" in recs[0].quote.text


def test_scare_quotes_make_a_mixed_claim_not_a_direct_quote(extracted):
    recs = extracted('The vet says the harbour seals are "celebrities."')
    assert [(r.type, core(r.quote.text)) for r in recs] == [
        ("mixed", 'the harbour seals are "celebrities')
    ]


# 3. Nested and hypothetical content.
def test_nobody_as_inner_speaker_keeps_the_outer_statement(extracted):
    recs = extracted("The harbour master said that nobody could predict how long the dredging "
                     "would take.")
    assert [(r.speaker.name if r.speaker else None, core(r.quote.text)) for r in recs] == [
        ("harbour master", "nobody could predict how long the dredging would take")
    ]


NO_CLAIM = [
    "The notice led passengers to believe that the late ferry would run.",
    "Lund has already proven herself a natural at the helm.",
    "Vik caught the last ferry of the night, as we all knew he would.",
    "After ten seasons the skipper knows exactly what the old boat needs.",
    "The skipper wonders why the council waited so long.",
    "Investigators cannot say how the fire on the car deck started.",
    "The skipper can appeal if he feels the licence was withdrawn unfairly.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_caused_belief_open_question_or_hypothetical_is_no_claim(extracted, text):
    assert extracted(text) == [], describe(extracted(text))


def test_a_question_the_speaker_asks_is_kept(extracted, pick):
    rec = pick(extracted("The councillor asked how the ferry money was spent."),
               "how the ferry money was spent")
    assert rec.speaker.name == "councillor"


# 4. Short follow-on quotes, and an interrupted passage after the writer's own words.
FOLLOW_ON = [
    ('"I love the night ferry!" insists Ola Berg. "I really do."', "I really do", "Ola Berg"),
    ('"We will rebuild the pier," said Kari Holm. "Not a chance otherwise."',
     "Not a chance otherwise", "Kari Holm"),
    # after a long cue sentence that says who the speaker is
    ('"We painted every hull," said Siri Dahl, a welder who has worked at the yard for '
     'twenty years. "Nobody thanks us."', "Nobody thanks us", "Siri Dahl"),
]


def test_a_short_quote_after_narration_is_not_a_follow_on(extracted):
    text = ('"We painted every hull," said Siri Dahl, a welder. The yard manager, who stood '
            'beside her, shook his head. "Nobody asked."')
    assert not any("Nobody asked" in r.quote.text for r in extracted(text))


@pytest.mark.parametrize(("text", "quote", "speaker"), FOLLOW_ON)
def test_short_follow_on_quote_is_the_same_speakers(extracted, pick, text, quote, speaker):
    rec = pick(extracted(text), quote)
    assert rec.type == "direct"
    assert rec.speaker.name == speaker


def test_interrupted_passage_after_the_writers_words_starts_at_the_quotation(extracted):
    text = ('Then a fisherman stood up and asked the minister: "Who pays for the new pier?" '
            'he said. "We do, every one of us."')
    recs = extracted(text)
    assert not any(r.quote.text.startswith("Then a fisherman") for r in recs), describe(recs)
    assert {core(r.quote.text) for r in recs} >= {"Who pays for the new pier?",
                                                  "We do, every one of us"}


# 5. Interrupted quotes: the span runs from the first to the last word said, its parts are
# the words said, and the table and the ClaimReview export show the parts.
INTERRUPTED = [
    ('"We will rebuild the pier," Mayor Kari Holm said, "and it will take two years."',
     ["We will rebuild the pier,", "and it will take two years."]),
    ('"The ferry is safe," said the harbour master, Ola Berg, "and the crew is trained."',
     ["The ferry is safe,", "and the crew is trained."]),
    ("The old pier, the engineer noted, was built on soft clay.",
     ["The old pier", "was built on soft clay"]),
]


@pytest.mark.parametrize(("text", "parts"), INTERRUPTED)
def test_interrupted_quote_has_the_parts_said(extracted, text, parts):
    recs = extracted(text)
    assert len(recs) == 1, describe(recs)
    rec = recs[0]
    assert [p.text for p in rec.parts] == parts
    assert rec.parts[0].start == rec.quote.start and rec.parts[-1].end == rec.quote.end
    for p in rec.parts:
        assert text[p.start : p.end] == p.text
    d = rec.to_dict()
    assert [p["text"] for p in d["quote"]["parts"]] == parts
    from quotes.records import Attribution, record_problems

    assert record_problems(d) == []
    assert [p.text for p in Attribution.from_dict(d).parts] == parts


def test_a_quote_said_whole_has_no_parts(extracted):
    rec = extracted('"We will rebuild the pier," Mayor Kari Holm said.')[0]
    assert rec.parts == [] and "parts" not in rec.to_dict()["quote"]


def test_table_and_claimreview_show_the_words_said(extracted):
    from rich.console import Console

    from quotes.export.claimreview import claimreview
    from quotes.write.table import records_table

    text = '"We will rebuild the pier," Mayor Kari Holm said, "and it will take two years."'
    rec = extracted(text)[0]
    rec.doc_id = "pier.txt"
    d = rec.to_dict()
    said = "We will rebuild the pier, … and it will take two years."
    assert claimreview(d)["claimReviewed"] == said
    console = Console(width=200, record=True)
    console.print(records_table([d]))
    shown = console.export_text()
    assert "rebuild the pier, … and it will take two years" in shown
    assert "Holm said" not in shown.split("│")[-2]


# 6. Type: a cue with a quoted fragment is mixed.
MIXED = [
    ('The operator said it took "immediate action."', 'it took "immediate action."'),
    ('The skipper said the crossing was "rough but fine" on Sunday.',
     'the crossing was "rough but fine" on Sunday'),
    # the subject the quoted words are about stands outside the marks
    ('Berg wrote that the council "should listen before it paints."',
     'the council "should listen before it paints."'),
]


def test_a_quotation_and_its_cue_set_off_by_dashes_are_an_aside(extracted, pick):
    text = ('Cycling advocate Tom Greer welcomed the plan — "It\'s about time," he said — '
            'and urged the council to approve it.')
    rec = pick(extracted(text), "It's about time")
    assert rec.type == "direct"
    assert rec.speaker.name == "Tom Greer"


@pytest.mark.parametrize(("text", "quote"), MIXED)
def test_quoted_fragment_in_a_reported_claim_is_mixed(extracted, text, quote):
    recs = extracted(text)
    assert [(r.type, r.quote.text) for r in recs] == [("mixed", quote)]


def test_a_quoted_clause_after_the_cue_stays_direct(extracted):
    recs = extracted('The mayor said: "We will rebuild the harbour."')
    assert [(r.type, core(r.quote.text)) for r in recs] == [
        ("direct", "We will rebuild the harbour")
    ]


# Naming: the named object and the name make one record, which ends at the closing mark;
# a quotation on another verb ("referred to her 'sex tape'") is no naming.
def test_naming_keeps_the_object_and_stops_at_another_verb(extracted):
    text = ('In the posts the mayor called the ferry deal "a disaster" and referred to the '
            'old "harbour tax."')
    recs = extracted(text)
    assert [(r.type, r.quote.text) for r in recs] == [("mixed", 'the ferry deal "a disaster"')]


def test_naming_passes_through_a_participle(extracted):
    recs = extracted('Holm described the pier as being in "a state of collapse."')
    assert [(r.type, core(r.quote.text)) for r in recs] == [("mixed", "a state of collapse")]


def test_a_verb_with_its_own_object_after_an_exclamation_is_a_new_sentence(extracted, pick):
    text = ('She is remembered for one demand at the quay in 1987: "Give us back our ferry!" '
            'Islanders still praise her for it.')
    rec = pick(extracted(text), "Give us back our ferry!")
    assert rec.cue is None or rec.cue.lemma != "praise"


def test_guillemets_with_inner_spaces_quote_only_the_words(extracted, pick):
    rec = pick(extracted("The minister, Jean Roux, added: « We will not give in. »"),
               "We will not give in.")
    assert rec.quote.text == "We will not give in."


def test_a_chanted_exclamation_is_what_was_said_not_a_name(extracted, pick):
    rec = pick(extracted('Protesters chanted "No to the diesel tax!" outside parliament.'),
               "No to the diesel tax!")
    assert rec.type == "direct"
    assert rec.speaker.name == "Protesters"
