"""Floating quotes: a quote paragraph with no cue continues the speaker quoted just before."""

from __future__ import annotations

import pytest

XF = pytest.mark.xfail

# (text, floating quote words, speaker name)
FLOATING = [
    (
        "“We will rebuild the pier,” Mayor Lena Brandt said on Monday.\n"
        "“It will take two summers.”",
        "It will take two summers",
        "Lena Brandt",
    ),
    (
        "“We will rebuild the pier,” Mayor Lena Brandt said on Monday.\n"
        "“It will take two summers.”\n"
        "“Nobody will lose their job.”",
        "Nobody will lose their job",
        "Lena Brandt",
    ),
    (
        "Ingrid Halvorsen opened the session. “We will not give up,” she said. "
        "“I know our fishermen are tired.”",
        "I know our fishermen are tired",
        "Ingrid Halvorsen",
    ),
    (
        '"Prices will fall," Alma Reyes said. "Wages will rise," she added. '
        '"Both will happen this year."',
        "Both will happen this year",
        "Alma Reyes",
    ),
    pytest.param(
        "Ingrid Halvorsen said the quotas were fair.\n“The cod is back.”",
        "The cod is back",
        "Ingrid Halvorsen",
    ),
]


@pytest.mark.parametrize("text, content, name", FLOATING)
def test_floating_quote_takes_previous_speaker(extracted, pick, text, content, name):
    rec = pick(extracted(text), content)
    assert rec.type == "direct"
    assert rec.speaker.name == name
    assert rec.speaker.resolution == "floating"
    assert rec.cue is None


def test_floating_quote_follows_the_latest_speaker(extracted, pick):
    text = (
        "“The mine will close,” Anna Kowalski said.\n"
        "“It will stay open,” said Piotr Kowalski.\n"
        "“The union agrees with me.”"
    )
    rec = pick(extracted(text), "The union agrees with me")
    assert rec.speaker.name == "Piotr Kowalski"
    assert rec.speaker.resolution == "floating"


def test_a_quotation_after_a_subordinate_lead_in_is_the_lead_in_subjects(extracted, pick):
    text = ("Ingrid Torvik founded the firm in 2004. The board met on Monday to discuss her "
            "role.\n\nLater that week, when Torvik again took to Twitter with this: “The title "
            "is an honorific. I will retire it in three years.” Investors were unimpressed.")
    record = pick(extracted(text), "The title is an honorific. I will retire it in three years.")
    assert record.speaker is not None and record.speaker.name == "Ingrid Torvik"


def test_a_quote_paragraph_after_a_statement_is_issued_is_the_issuers(extracted, pick):
    text = ("The port authority issued a statement apologising to passengers for the delays, "
            "which included crew members suggesting the ferry was unsafe.\n\n"
            "\"We are sorry for the disruption and will refund every ticket.\"")
    rec = pick(extracted(text), "We are sorry for the disruption and will refund every ticket.")
    assert rec.speaker.name == "port authority"
    assert rec.speaker.resolution == "floating"


def test_they_after_a_couple_named_together_is_the_couple(extracted, pick):
    text = ("Kwame and Abena Osei had been due to fly to Lanzarote at 7 a.m.\n\n"
            "They said they had learned of the cancellation at the check-in desk.")
    rec = pick(extracted(text), "they had learned of the cancellation at the check-in desk")
    assert rec.speaker.kind == "group"
    assert [m.name for m in rec.speaker.members] == ["Kwame", "Abena Osei"]


def test_a_quote_after_a_person_just_described_is_theirs(extracted, pick):
    # "Her husband" is nobody named, and certainly not the woman quoted before him
    text = ("Abena Osei said the family would try to rebook. Her husband was blunter.\n\n"
            "\"I'm never flying with them again. Never.\"")
    rec = pick(extracted(text), "I'm never flying with them again. Never.")
    assert rec.speaker.name != "Abena Osei"
    assert rec.speaker.mention.text == "Her husband"
    assert rec.speaker.resolution == "floating"


def test_a_quote_paragraph_goes_on_with_the_speaker_not_the_body_her_words_name(
    extracted, pick
):
    # the body's own "reported" record sits inside her reported words: not who goes on
    text = ("Union organiser Dana Whitlock said the funds were there. She said the parent "
            "company, Ostrava Holdings, had reported earnings of $40 million last year.\n\n"
            "\"The money exists. They just won't share it.\"")
    rec = pick(extracted(text), "The money exists. They just won't share it.")
    assert rec.speaker.name == "Dana Whitlock"
    assert rec.speaker.resolution == "floating"


def test_a_quote_paragraph_after_a_person_is_brought_in_is_theirs(extracted, pick):
    # no cue and no subject: the paragraph brings in one new person, who then speaks
    text = ("Mayor Lise Brunner said the plant would reopen in May.\n\n"
            "The sharpest objection came from Oskar Falkenberg, who has farmed beside the "
            "plant since 1988.\n\n"
            "\"Every spring the ditches run grey. Nobody has told us why.\"")
    rec = pick(extracted(text), "Every spring the ditches run grey. Nobody has told us why.")
    assert rec.speaker.name == "Oskar Falkenberg"
    assert rec.speaker.confidence is not None and rec.speaker.confidence <= 0.5


def test_a_paragraph_naming_someone_known_hands_no_quote_to_a_newcomer(extracted, pick):
    # the mayor, already quoted, is named beside the newcomer: nobody is guessed for him
    text = ("Mayor Lise Brunner said the plant would reopen in May.\n\n"
            "Brunner toured the site with engineer Oskar Falkenberg on Friday.\n\n"
            "\"Every spring the ditches run grey. Nobody has told us why.\"")
    rec = pick(extracted(text), "Every spring the ditches run grey. Nobody has told us why.")
    assert rec.speaker is None or rec.speaker.name != "Oskar Falkenberg"


def test_a_newcomer_named_through_a_known_relative_still_speaks_the_next_quote(
    extracted, pick
):
    # "Pruitt's" names whose sister she is; she is the one the paragraph brings in
    text = ("Dustin Pruitt, 34, has pleaded not guilty.\n\n"
            "Across the aisle sat Pruitt's younger sister, Kayla Pruitt, 31, who has "
            "attended every hearing.\n\n"
            "\"My brother is not a violent person. Everyone who knows him knows that.\"")
    rec = pick(extracted(text), "My brother is not a violent person. Everyone who knows him "
                                "knows that.")
    assert rec.speaker.name == "Kayla Pruitt"


def test_a_second_quotation_beside_a_nested_one_keeps_the_nested_speaker(extracted, pick):
    # both chants are the students', though the sentence is the activist's account
    text = ("Ortiz, the activist, spoke to reporters on Monday.\n\n"
            "But Ortiz said he heard students shout, \u201cClose the border!\u201d and "
            "\u201cGo back to your country!\u201d And some of them laughed.")
    rec = pick(extracted(text), "Go back to your country!")
    assert rec.speaker.name == "students"
