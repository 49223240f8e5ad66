"""Promises, judgements, misparsed content clauses and where a claim starts and stops.

Every sentence here is written for the tests; none comes from an evaluation article.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "Mayor Ingrid Solberg vowed to reopen the ferry terminal before the winter storms.",
            "to reopen the ferry terminal before the winter storms",
            "Ingrid Solberg",
        ),
        (
            "Senator Tomas Varga has repeatedly pledged to cut harbour fees for small boats.",
            "to cut harbour fees for small boats",
            "Tomas Varga",
        ),
        (
            "The union threatened to strike if the port sold its cranes.",
            "to strike if the port sold its cranes",
            "union",
        ),
    ],
)
def test_a_promise_or_threat_is_the_to_clause(extracted, pick, text, content, speaker):
    rec = pick(extracted(text), content)
    assert rec.type == "indirect"
    assert rec.speaker is not None and speaker.split()[-1].lower() in rec.speaker.name.lower()


@pytest.mark.parametrize(
    "text, content, lemma",
    [
        (
            "Councillor Elif Demir accused the harbour board of hiding the repair costs.",
            "the harbour board of hiding the repair costs",
            "accuse",
        ),
        (
            "Councillor Elif Demir praised the ferry crews for working through the storm.",
            "the ferry crews for working through the storm",
            "praise",
        ),
        (
            "Councillor Elif Demir blamed the outage on the old transformer.",
            "the outage on the old transformer",
            "blame",
        ),
    ],
)
def test_a_judgement_keeps_the_person_and_the_charge(extracted, pick, text, content, lemma):
    rec = pick(extracted(text), content)
    assert rec.type == "indirect"
    assert rec.cue is not None and rec.cue.lemma == lemma
    assert rec.speaker is not None and rec.speaker.name.endswith("Demir")


def test_a_judgement_without_a_charge_states_no_claim(extracted):
    assert extracted("Councillor Elif Demir criticized the harbour board.") == []


def test_a_quotation_inside_a_judgement_makes_one_mixed_claim(extracted, pick):
    text = "Councillor Elif Demir blasted the harbour board for being “utterly careless.”"
    recs = extracted(text)
    rec = pick(recs, "the harbour board for being “utterly careless.”")
    assert rec.type == "mixed"
    assert len(recs) == 1  # not also a direct quote of two words


def test_a_cue_object_before_a_quotation_is_still_direct_speech(extracted, pick):
    rec = pick(extracted("Ingrid Solberg told reporters “We will keep the harbour open.”"),
               "We will keep the harbour open.")
    assert rec.type == "direct"


@pytest.mark.parametrize(
    "text, content",
    [
        # A gerund subject the small parser reads as the cue's complement.
        (
            "Ingrid Solberg said dredging the channel could bring hundreds of jobs to the town.",
            "dredging the channel could bring hundreds of jobs to the town",
        ),
        # A "that" clause hung on a noun of the cue's prepositional phrase.
        (
            "Tomas Varga said in one of a series of posts that the crane had been sold in May.",
            "the crane had been sold in May",
        ),
    ],
)
def test_content_clauses_the_parser_misplaces_are_found(extracted, pick, text, content):
    rec = pick(extracted(text), content)
    assert rec.type == "indirect"


def test_a_second_that_clause_is_part_of_the_content(extracted, pick):
    text = ("The auditors predicted that harbour fees would rise next year, but that "
            "the new cranes would pay for themselves.")
    rec = pick(extracted(text), "harbour fees would rise next year, but that the new cranes "
                                "would pay for themselves")
    assert rec.speaker is not None


def test_a_cue_closing_a_verbless_line_takes_the_line(extracted, pick):
    text = "Harbour plan.\n\nFerry fares unlikely to fall before spring, officials say.\n\nMore.\n"
    rec = pick(extracted(text), "Ferry fares unlikely to fall before spring")
    assert rec.type == "indirect"


def test_an_opening_clause_before_a_parenthetical_cue_is_part_of_the_claim(extracted):
    text = ("Though the first merger went smoothly, he said, a second one would cost "
            "the town far more.")
    [rec] = extracted(text)
    assert rec.quote.text.startswith("Though the first merger went smoothly")
    assert rec.quote.text.endswith("would cost the town far more")


def test_a_time_clause_is_never_the_content(extracted):
    recs = extracted("Tomas Varga said before he retired that nobody listened.")
    assert all(not r.quote.text.lower().startswith("before") for r in recs)


def test_all_told_is_a_sum_not_a_speech_act(extracted):
    assert extracted("All told, the repairs cost the town four million crowns.") == []


def test_a_content_clause_ending_inside_a_quotation_takes_all_of_it(extracted):
    text = ('Ingrid Solberg called the harbour "a place that belongs to everyone who works '
            'here, and to nobody else." Then she left.')
    [rec] = extracted(text)
    assert rec.quote.text.rstrip('."').endswith("to nobody else")


def test_called_keeps_what_was_named_and_described_keeps_the_quotation(extracted, pick):
    called = extracted("Ingrid Solberg called the ferry contract “a costly mistake.”")
    assert pick(called, "the ferry contract “a costly mistake.”").type == "mixed"
    described = extracted("Ingrid Solberg described the talks as “very productive.”")
    assert pick(described, "very productive").type == "mixed"


@pytest.mark.parametrize(
    "headline, speaker_word",
    [
        ("Harbour camp: Ferry cuts threaten the island economy.", "camp"),
        ("Harbour officials: Ferry cuts threaten the island economy.", "officials"),
        ("Solberg: No more delays on the harbour bridge.", "Solberg"),
    ],
)
def test_headline_labels_named_by_role_or_by_the_article(extracted, headline, speaker_word):
    text = (f"{headline}\n\nMayor Ingrid Solberg spoke to reporters on Monday about the "
            "harbour and the bridge.\n")
    recs = [r for r in extracted(text) if r.quote.start < text.index("\n")]
    assert len(recs) == 1
    assert recs[0].speaker is not None and recs[0].speaker.mention is not None
    assert speaker_word in recs[0].speaker.mention.text


def test_a_section_label_is_not_a_speaker(extracted):
    text = "The Latest: Ferry cuts threaten the island economy.\n\nNothing else was said.\n"
    assert all(r.quote.start > text.index("\n") for r in extracted(text))


def test_according_to_vouches_for_the_clause_it_closes_only(extracted, pick):
    text = ("The ferry carried 4,000 passengers in May according to the port authority, "
            "but the operator has promised nothing for June.")
    rec = pick(extracted(text), "The ferry carried 4,000 passengers in May")
    assert rec.type == "according_to"


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            # The parser reads the claim's subject as a phrase of "said" ("about half of").
            "The port office said about half of the higher costs in its budget reflected "
            "fuel prices from the long winter.",
            "about half of the higher costs in its budget reflected fuel prices from the long "
            "winter",
            "port office",
        ),
        (
            # The parser makes the claim's subject the subject of "said" as well.
            'The closure of the bridge marks "the end of an era" for the island, said Karin '
            "Holm, mayor of the town.",
            'The closure of the bridge marks "the end of an era" for the island',
            "Karin Holm",
        ),
        (
            "As the storm reached the coast, the ferry lost power near the harbour, police said.",
            "As the storm reached the coast, the ferry lost power near the harbour",
            "police",
        ),
    ],
)
def test_a_claim_the_parser_broke_apart_is_found_whole(extracted, pick, text, content, speaker):
    rec = pick(extracted(text), content)
    assert rec.speaker is not None and speaker in rec.speaker.name


@pytest.mark.parametrize(
    "text",
    [
        "Walking along the quay on Sunday, Mayor Ingrid Solberg agreed.",
        "As the storm reached the coast, harbour workers complained.",
        "But when the council cut funding for the ferry two years later, Norway said enough.",
        "The harbour words were what the old sailor, gasping on the quay, said before he died.",
    ],
)
def test_a_circumstance_before_a_closing_cue_is_not_a_claim(extracted, text):
    assert extracted(text) == []


def test_a_colon_closing_its_paragraph_introduces_the_block_below(extracted, pick):
    text = (
        "Roe spoke at the harbour in July.\n\n"
        "In that speech, she said:\n\n"
        "Let no one be mistaken: the closure is a disaster for the island.\n"
        "It cannot be ignored, for it will empty the harbour.\n\n"
        "The council met again in August.\n"
    )
    rec = pick(
        extracted(text),
        "Let no one be mistaken: the closure is a disaster for the island.\n"
        "It cannot be ignored, for it will empty the harbour",
    )
    assert rec.cue is not None and rec.cue.text == "said"
    assert "August" not in rec.quote.text


def test_a_source_set_off_by_commas_after_the_claim_is_its_speaker(extracted, pick):
    # The parser reads "documents show" here as a clause hung on the sentence: the shape
    # (comma, a short noun phrase, a cue, the sentence's end) still says who vouches.
    text = (
        "That is why Roe had to lend his campaign thousands of dollars last month, "
        "fundraising documents show."
    )
    rec = pick(extracted(text), "That is why Roe had to lend his campaign thousands of dollars "
               "last month")
    assert rec.cue is not None and rec.cue.lemma == "show"
    assert rec.speaker is not None and rec.speaker.mention.text == "fundraising documents"


def test_a_relative_clause_after_a_comma_is_not_a_source(extracted):
    assert extracted("The port wants to grow, a goal his advisers share.") == []


def test_a_reason_cited_in_passing_is_the_speakers(extracted, pick):
    text = (
        "The harbour has changed for the better, Mayor Ingrid Solberg said in June, citing "
        "the new breakwater and the return of the cod."
    )
    records = extracted(text)
    rec = pick(records, "the new breakwater and the return of the cod")
    assert rec.cue is not None and rec.cue.lemma == "cite"
    assert rec.speaker is not None and rec.speaker.name == "Ingrid Solberg"
    pick(records, "The harbour has changed for the better")


def test_a_gloss_in_passing_is_the_writers(extracted):
    text = (
        "Mayor Ingrid Solberg opened the new ferry terminal on Monday, underscoring the vital "
        "role of the ferries in the island's economy."
    )
    assert not [r for r in extracted(text) if r.cue is not None and r.cue.lemma == "underscore"]


@pytest.mark.parametrize(
    "text, content, cue, mention",
    [
        (
            "The fact-checkers looked at Roe's claim that there have been thousands of crashes "
            "on the bridge this year alone.",
            "there have been thousands of crashes on the bridge this year alone",
            "claim",
            "Roe",
        ),
        (
            "The mayor rejected the union's allegation that the port had hidden the repair costs.",
            "the port had hidden the repair costs",
            "allegation",
            "the union",
        ),
        (
            "Councillor Elif Demir spoke first. Her insistence that the ferry must stay public "
            "won the vote.",
            "the ferry must stay public",
            "insistence",
            "Her",
        ),
    ],
)
def test_a_claim_named_by_a_noun_has_its_owner_as_speaker(extracted, pick, text, content, cue,
                                                           mention):
    rec = pick(extracted(text), content)
    assert rec.type == "indirect"
    assert rec.cue is not None and rec.cue.text == cue
    assert rec.speaker is not None and rec.speaker.mention.text == mention


def test_a_pronoun_owner_of_a_claim_resolves_to_the_person(extracted, pick):
    text = (
        "Councillor Elif Demir spoke first. Her insistence that the ferry must stay public "
        "won the vote."
    )
    rec = pick(extracted(text), "the ferry must stay public")
    assert rec.speaker.resolution == "pronoun" and "Demir" in rec.speaker.name


@pytest.mark.parametrize(
    "text",
    [
        "The claim that he made about the harbour was false.",  # a relative clause
        "The statement, which the port released on Monday, ran to four pages.",
    ],
)
def test_a_noun_without_a_content_clause_is_no_claim(extracted, text):
    assert extracted(text) == []


def test_a_claim_noun_without_a_source_is_hearsay(extracted, pick):
    rec = pick(extracted("Amid claims that the port had hidden the costs, the mayor resigned."),
               "the port had hidden the costs")
    assert rec.type == "unattributed"


@pytest.mark.parametrize(
    "text, content, lemma",
    [
        (
            "Harbour master Jane Roe knows that the breakwater will not last another winter.",
            "the breakwater will not last another winter",
            "know",
        ),
        (
            "Councillor Elif Demir feels the ferry contract was signed improperly.",
            "the ferry contract was signed improperly",
            "feel",
        ),
        (
            "Mayor Ingrid Solberg joked that the island has more sheep than voters.",
            "the island has more sheep than voters",
            "joke",
        ),
        (
            "Harbour inspectors determined that the crane had been overloaded for years.",
            "the crane had been overloaded for years",
            "determine",
        ),
        (
            "Port economists forecast that ferry traffic would double by 2030.",
            "ferry traffic would double by 2030",
            "forecast",
        ),
    ],
)
def test_knowing_feeling_and_joking_carry_claims(extracted, pick, text, content, lemma):
    rec = pick(extracted(text), content)
    assert rec.cue is not None and rec.cue.lemma == lemma


@pytest.mark.parametrize(
    "text",
    [
        "Voters already know what is in the harbour accounts.",
        "Nobody on the island knows whether the ferry will run in March.",
        "Inspectors will determine how the crane collapsed.",
        "The hacker known as 'Nightjar' was never found by the harbour police.",
    ],
)
def test_a_question_known_or_a_name_known_by_is_no_claim(extracted, text):
    assert not [
        r for r in extracted(text) if r.cue is not None and r.cue.lemma in ("know", "determine")
    ]


def test_a_belief_about_a_relative_is_still_a_claim(extracted, pick):
    text = "The council passed a plan which the mayor believes will empty the harbour."
    rec = pick(extracted(text), "which the mayor believes will empty the harbour")
    assert rec.cue.lemma == "believe"


@pytest.mark.parametrize(
    "text, first, second",
    [
        (
            "Islanders said the mayor had made a good case for the ferry, while other islanders "
            "said they had not heard anything new.",
            "the mayor had made a good case for the ferry",
            "they had not heard anything new",
        ),
        (
            "Jane Roe said the council had begun calling members but said the outcome was still "
            "up in the air.",
            "the council had begun calling members",
            "the outcome was still up in the air",
        ),
    ],
)
def test_a_second_speech_act_joined_to_a_claim_is_its_own(extracted, pick, text, first, second):
    records = extracted(text)
    pick(records, first)
    pick(records, second)


def test_the_writers_sentence_before_a_colon_is_not_the_speakers(extracted, pick):
    records = extracted("It is on fares that they agree: 42% say the ferry costs too much.")
    rec = pick(records, "the ferry costs too much")
    assert rec.speaker.mention.text == "42%"


@pytest.mark.parametrize(
    "text, content, mention",
    [
        ("The mayor made the claim that the bridge had never been safer.",
         "the bridge had never been safer", "The mayor"),
        ("The coast guard issued a warning that the ice on the fjord was too thin.",
         "the ice on the fjord was too thin", "The coast guard"),
    ],
)
def test_a_statement_made_or_issued_is_its_makers(extracted, pick, text, content, mention):
    rec = pick(extracted(text), content)
    assert rec.type == "indirect"
    assert rec.speaker.mention.text == mention


def test_a_statement_only_read_is_not_the_readers(extracted, pick):
    rec = pick(extracted("The mayor read out the claim that the bridge was safe."),
               "the bridge was safe")
    assert rec.type == "unattributed"


@pytest.mark.parametrize(
    "text, content, mention",
    [
        ("A new harbour poll shows Roe and the mayor in a dead heat.",
         "Roe and the mayor in a dead heat", "A new harbour poll"),
        ("The survey found 59 percent of islanders against the bridge.",
         "59 percent of islanders against the bridge", "The survey"),
    ],
)
def test_what_a_poll_or_study_shows_is_a_claim_of_it(extracted, pick, text, content, mention):
    rec = pick(extracted(text), content)
    assert rec.type == "indirect"
    assert rec.speaker.mention.text == mention


@pytest.mark.parametrize(
    "text",
    [
        "A video of the meeting shows her clutching her phone.",  # seen, not stated
        "The mayor showed the visitors the new ferry terminal.",  # a person showing a place
    ],
)
def test_what_is_seen_or_shown_around_is_no_finding(extracted, text):
    assert not [r for r in extracted(text) if r.cue is not None and r.cue.lemma == "show"]


@pytest.mark.parametrize(
    "text, content, mention",
    [
        ("In a new harbour poll released Thursday, Roe achieved 45 percent support among "
         "islanders.", "Roe achieved 45 percent support among islanders", "a new harbour poll"),
        ("Roe led the mayor 47 percent to 39 percent in the latest harbour poll.",
         "Roe led the mayor 47 percent to 39 percent", "the latest harbour poll"),
    ],
)
def test_a_figure_stated_in_a_named_poll_is_the_polls(extracted, pick, text, content, mention):
    rec = pick(extracted(text), content)
    assert rec.cue.text.lower() == "in"
    assert rec.speaker.mention.text == mention


@pytest.mark.parametrize(
    "text",
    [
        "Roe rose quickly in the polls after the debate.",
        "Roe, who leads in the Nordic Times poll, spoke at the harbour.",
    ],
)
def test_polls_in_general_or_a_relative_clause_state_no_finding(extracted, text):
    assert not [r for r in extracted(text) if r.cue is not None and r.cue.lemma == "in"]
