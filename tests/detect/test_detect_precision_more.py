"""More precision classes of issue 16, each with the statement nearby that must still be
found: events read as evidence, questions put to the speaker, quoted words in a list, pull
quotes that repeat a quotation, and objects that make a cue an act. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.conftest import describe


def quotes_of(records) -> list[str]:
    return [r.quote.text for r in records]


# 1. An evidence cue ("show", "suggest", "signal") whose subject is an event, a trend or a
# measure: the writer's reading of events, nobody's statement.
EVENTS_READ = [
    "Saturday's raid showed that the smugglers can still land boats on the north shore.",
    "The long queues at the pier suggest that the ferry timetable no longer works.",
    "Fares stayed below a level that shows demand for the crossing growing.",
    "Recent protests over the bridge show how hard it has become to build anything here.",
    "The evidence suggested the nets had been cut on purpose.",
]


@pytest.mark.parametrize("text", EVENTS_READ)
def test_events_read_as_evidence_are_no_claim(extracted, text):
    assert extracted(text) == [], describe(extracted(text))


# Sources that state: a poll, data, a named body, a person, a pronoun.
SOURCES_SHOW = [
    ("The harbour poll shows that most islanders oppose the bridge.",
     "most islanders oppose the bridge"),
    ("Data from the port authority show that traffic fell by a third in March.",
     "traffic fell by a third in March"),
    ("The Fed signalled it would keep rates steady through the summer.",
     "it would keep rates steady through the summer"),
    ("Ms. Roe suggested that the ferry could run twice a day in winter.",
     "the ferry could run twice a day in winter"),
    ("A slide from the ministry's presentation shows that exports to the island doubled.",
     "exports to the island doubled"),
]


@pytest.mark.parametrize("text, claim", SOURCES_SHOW)
def test_what_a_source_shows_is_still_a_claim(extracted, pick, text, claim):
    pick(extracted(text), claim)


# 2. A question put to the speaker by someone unnamed (the reporter) is nobody's claim; the
# answer is the speaker's statement.
def test_the_answer_after_a_question_put_is_not_what_was_asked(extracted):
    """ "Asked about his form, the 24-year-old shrugged": the parser takes the answer's
    clause for what was asked; it is neither a claim nor a question."""
    recs = extracted("Asked about his late-game form, the 24-year-old shrugged.")
    assert not any("shrugged" in q for q in quotes_of(recs)), describe(recs)


def test_a_question_put_to_the_speaker_is_not_a_record(extracted, pick):
    text = ("Asked what he would tell the mayor about the shelters, Ben Ortiz said: "
            "\"Come and sleep here one night.\"")
    recs = extracted(text)
    rec = pick(recs, "Come and sleep here one night.")
    assert rec.speaker is not None and rec.speaker.name == "Ben Ortiz"
    assert not any("what he would tell" in q for q in quotes_of(recs)), describe(recs)


def test_a_speakers_own_question_stays_a_record(extracted, pick):
    recs = extracted("The senator asked whether the ministry had read the safety report.")
    rec = pick(recs, "the ministry had read the safety report")
    assert rec.speaker is not None and "senator" in rec.speaker.mention.text


# 3. Quoted words in a list of three or more are words mentioned, not said; the statement
# after them is still found.
def test_a_list_of_quoted_words_is_not_speech(extracted, pick):
    text = ('The words banned this year are "wrap my head around," "grapple," "optics" and '
            '"thought leader." The judges said "nobody will miss any of them."')
    recs = extracted(text)
    pick(recs, "nobody will miss any of them.")
    for word in ("grapple", "optics", "wrap my head around", "thought leader"):
        assert not any(word in q for q in quotes_of(recs)), describe(recs)


def test_a_list_of_single_quoted_words_makes_no_mixed_record(extracted):
    text = ('The school\'s list included "couth," "gormless," and "nugatory," which does not '
            "describe the sweet at all.")
    assert extracted(text) == [], describe(extracted(text))


def test_two_quoted_phrases_joined_by_and_are_still_said(extracted, pick):
    text = ('Ms. Roe called the plan "a disgrace" and "a gift to the developers," '
            "according to the minutes.")
    recs = extracted(text)
    assert any("a disgrace" in q for q in quotes_of(recs)), describe(recs)


# 4. A pull quote or subheading on its own line that repeats a quotation of the article is a
# copy, not a second statement; a quoted subheading found nowhere else stays.
def test_a_pull_quote_repeating_a_quotation_is_a_duplicate(extracted, pick):
    text = ("The shelter opens at nine every night.\n\n"
            "'Hard to sleep next to the same people'\n\n"
            '"It is hard to sleep next to the same people night after night," Ben Ortiz says.')
    recs = extracted(text)
    pick(recs, "It is hard to sleep next to the same people night after night,")
    assert len(recs) == 1, describe(recs)


# 5. An object that makes the cue an act, or says nothing was said.
ACTS = [
    "The rebel group claimed responsibility for the attack on the harbour office.",
    "In a statement, the ministry did not reveal any details of the ferry contract.",
]


@pytest.mark.parametrize("text", ACTS)
def test_an_act_is_not_a_claim(extracted, text):
    assert extracted(text) == [], describe(extracted(text))


def test_a_denial_of_a_claim_is_still_found(extracted):
    recs = extracted("The minister denied the existence of any link between the "
                     "two ferry companies.")
    assert any("link between the two ferry companies" in q for q in quotes_of(recs)), \
        describe(recs)


# 6. A name given by a participle set off after its noun, even with an adverb before it, is
# no one's words; the statement around it is still found. A claim whose only quotation is
# such a name is reported speech, not mixed.
def test_a_name_given_after_an_adverb_is_not_a_quotation(extracted, pick):
    text = "Ann Roe says the new ferry, simply called 'skipper,' is the first of four boats."
    recs = extracted(text)
    assert len(recs) == 1, describe(recs)
    assert recs[0].speaker is not None and recs[0].speaker.name == "Ann Roe"
    assert "the first of four boats" in recs[0].quote.text


def test_a_claim_holding_only_a_quoted_name_is_indirect(extracted):
    text = "Ann Roe says the tunnel, known locally as 'The Burrow,' will open in May."
    recs = [r for r in extracted(text) if "open in May" in r.quote.text]
    assert [r.type for r in recs] == ["indirect"], describe(recs)


# 7. A thought held, not voiced: outside quotation marks "think", "hope", "wonder" report a
# mind, not a statement. A position taken ("believes", "expects") and the speaker's own
# "I think" inside a quotation stay.
THOUGHTS = [
    "Many islanders think the harbour master might lose his job over the delays.",
    "Roe thought she had scored a bargain when she bought the old ferry.",
    "The crew hoped the storm would pass before the evening sailing.",
]


@pytest.mark.parametrize("text", THOUGHTS)
def test_a_thought_held_is_not_a_statement(extracted, text):
    assert extracted(text) == [], describe(extracted(text))


def test_a_position_and_a_quoted_i_think_stay(extracted, pick):
    recs = extracted("The union believes the new rota breaks the contract.")
    pick(recs, "the new rota breaks the contract")
    recs = extracted('"I think the ferry will be late again," Ann Roe said.')
    rec = pick(recs, "I think the ferry will be late again,")
    assert rec.speaker is not None and rec.speaker.name == "Ann Roe"


# 8. Boundaries: a "because" clause after the content is the speaker's reason and belongs to
# the claim, even when the parser hangs it on the cue.
def test_a_reason_given_after_the_content_is_part_of_the_claim(extracted, pick):
    text = ("Roe said she is pleased with the harbour study because it gives the council hard "
            "numbers on ferry use.")
    rec = pick(extracted(text), "she is pleased with the harbour study because it gives the "
               "council hard numbers on ferry use")
    assert rec.speaker is not None and rec.speaker.name == "Roe"


# 9. Boundaries: a title with a full stop before a name ends no sentence, so the claim that
# runs across it is whole and its speaker is the source named before it.
def test_a_title_before_a_name_does_not_cut_the_claim(extracted, pick):
    text = ("According to the Crown, a report filed by RCMP investigator Cpl. Anna Berg noted "
            "the change in slope ranged from zero to half a per cent.")
    rec = pick(extracted(text), "a report filed by RCMP investigator Cpl. Anna Berg noted the "
               "change in slope ranged from zero to half a per cent")
    assert rec.speaker is not None and rec.speaker.name == "Crown"


def test_titles_are_one_token(nlp):
    doc = nlp.make_doc("Sgt. Tor Vik and Lt. Kari Holm spoke to Cpl. Anna Berg.")
    assert [t.text for t in doc][:3] == ["Sgt.", "Tor", "Vik"]
    assert "Lt." in [t.text for t in doc] and "Cpl." in [t.text for t in doc]


# 10. Manner-of-speaking cues (lexicon, quotes/data/cues.tsv): a quotation they introduce is
# someone's words; "pleaded guilty" and "yelled at" are not speech cues.
MANNER = [
    ("As the speakers listed their complaints, protesters chanted “Ferries must run!”",
     "Ferries must run!", "chant"),
    ('"Not bad for an old boat," quipped the captain.', "Not bad for an old boat,", "quip"),
    ("The driver confessed that he had not checked the brakes.",
     "he had not checked the brakes", "confess"),
    ('"We will appeal," Roe countered.', "We will appeal,", "counter"),
    ("The mayor voiced concern that the ferry would not run in winter.",
     "the ferry would not run in winter", "voice"),
]


@pytest.mark.parametrize("text, quote, lemma", MANNER)
def test_manner_of_speaking_cues(extracted, pick, text, quote, lemma):
    rec = pick(extracted(text), quote)
    assert rec.cue is not None and rec.cue.lemma == lemma


@pytest.mark.parametrize("text", [
    "The skipper pleaded guilty to sailing without a licence last spring.",
    "She voiced the main character in the harbour film.",
])
def test_pleaded_guilty_and_a_voice_role_are_no_speech(extracted, text):
    assert extracted(text) == [], describe(extracted(text))


# 11. A title in title case inside running text is no one's words, with or without a cue
# nearby; a quoted headline that opens its line and ends like a sentence is still a quote.
TITLES = [
    'The legend gets a fresh spin in "The Boy Who Would Be Captain," a film full of heart.',
    '"The Boy Who Would Be Captain" really is a sweet retelling of the story.',
    'This image released by the studio shows Kari Holm in a scene from "The Boy Who Would '
    'Be Captain."',
]


@pytest.mark.parametrize("text", TITLES)
def test_a_title_in_title_case_is_not_a_quotation(extracted, text):
    assert extracted(text) == [], describe(extracted(text))


def test_a_quoted_headline_is_still_a_quotation(extracted):
    text = "Senator Roe Grills Ferry Chief: 'You Should Be Ashamed Of These Delays.'\n\nMore."
    recs = extracted(text)
    assert any("You Should Be Ashamed" in r.quote.text for r in recs), describe(recs)


# 12. A cue in an aside that says something of its own ("(she learned how to sail from a
# neighbour)") frames nothing: the sentence beside it is the writer's. A bare frame ("he
# noted", "she told reporters") still attributes its host clause.
def test_an_aside_with_its_own_content_frames_nothing(extracted):
    text = ("She began writing for a food magazine in the late '80s, translating menus from "
            "French into English (she learned how to speak French from a neighbour).")
    assert extracted(text) == [], describe(extracted(text))


def test_a_bare_frame_still_attributes_its_host(extracted, pick):
    rec = pick(extracted("The difference now, she told reporters, is that the ferry runs at "
                         "night."), "The difference now, she told reporters, is that the ferry "
               "runs at night")
    assert rec.rule == "parenthetical-cue"


# 13. Descriptions without quotation marks: "describes herself as X" and "Vik, who he calls
# X" report the speaker's description X; "what Roe called the root causes" is a phrase
# inside the writer's clause and stays out.
DESCRIPTIONS = [
    ("Ms. Roe describes herself as the most cautious member of the council.",
     "the most cautious member of the council", "Roe"),
    ("Holm was glad to sail for Vik, who he calls a good sailor, a great kid and someone who "
     "wants to win.", "a good sailor, a great kid and someone who wants to win", "Holm"),
]


@pytest.mark.parametrize("text, claim, speaker", DESCRIPTIONS)
def test_a_description_is_the_speakers_claim(extracted, pick, text, claim, speaker):
    rec = pick(extracted(text), claim)
    assert rec.speaker is not None and speaker in rec.speaker.name


def test_what_someone_called_a_thing_inside_the_writers_clause(extracted):
    text = "The talks did not address what Roe called the root causes of the dispute."
    assert extracted(text) == [], describe(extracted(text))


# 14. Exact boundaries: a claim never starts with the story's dateline, and after "called
# it" or "described herself as" the record is the words said, not the pronoun.
DATELINES = [
    ("HARBOUR TOWN, Norway — The ferry will stop running in May, officials said on Monday.",
     "The ferry will stop running in May"),
    ("OSLO (Reuters) - The port will close for a week, the harbour board said.",
     "The port will close for a week"),
]


@pytest.mark.parametrize("text, claim", DATELINES)
def test_a_claim_does_not_start_with_the_dateline(extracted, pick, text, claim):
    pick(extracted(text), claim)


NAMED_BY_PRONOUN = [
    ('Ann Roe called it "completely unfair" for the crew.', "completely unfair"),
    ("Tarkin described herself as \"short of breath\" after the race.", "short of breath"),
    ("He now calls it a rookie mistake.", "a rookie mistake"),
]


@pytest.mark.parametrize("text, words", NAMED_BY_PRONOUN)
def test_a_pronoun_named_is_not_part_of_the_words(extracted, pick, text, words):
    pick(extracted(text), words)


# 15. After a trailing cue ("..., officials said,") the sentence goes on in the writer's
# words unless "that" opens a second part of the claim.
def test_the_words_after_a_trailing_cue_are_the_writers(extracted, pick):
    text = ("The death toll from the storm rose to at least 40 on Monday, officials said, as "
            "rescuers using boats searched for more victims.")
    rec = pick(extracted(text), "The death toll from the storm rose to at least 40 on Monday")
    assert rec.speaker is not None and rec.speaker.name == "officials"


@pytest.mark.parametrize("text", [
    "What I believe the new ad is designed to do is bring relief to these stereotypes.",
    "What she said the council wanted was a new bridge.",
])
def test_a_cue_inside_a_free_relative_gives_no_fragment(extracted, text):
    assert extracted(text) == [], describe(extracted(text))


def test_a_what_clause_said_is_still_a_claim(extracted, pick):
    pick(extracted("Mayor Roe said what the council wanted was a new bridge."),
         "what the council wanted was a new bridge")
