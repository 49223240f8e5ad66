"""Claims carried by a cue's object: "called the deal a disaster", "pointed to reports that ..."."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "Mayor Ingrid Solberg called the ferry contract a costly mistake for the town.",
            "the ferry contract a costly mistake for the town",
            "Ingrid Solberg",
        ),
        (
            "Senator Tomas Varga pointed to reports that the harbour fees had tripled.",
            "reports that the harbour fees had tripled",
            "Tomas Varga",
        ),
        (
            "Councillor Elif Demir slammed the council's decision to close the library branches.",
            "the council's decision to close the library branches",
            "Elif Demir",
        ),
    ],
)
def test_object_of_a_claim_verb_is_the_claim(extracted, pick, text, content, speaker):
    rec = pick(extracted(text), content)
    assert rec.type == "indirect"
    assert rec.speaker is not None and rec.speaker.name.endswith(speaker.split()[-1])


def test_what_someone_called_inside_a_clause_is_not_its_own_record(extracted):
    text = (
        "Anna Berg said a deal is not possible without addressing what she called the root causes."
    )
    recs = extracted(text)
    assert [r.quote.text for r in recs] == [
        "a deal is not possible without addressing what she called the root causes"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ostrava Holdings reported profits of $40 million for the first half of the year.",
        "The airline reported a net loss of 210 million euros in its third quarter.",
    ],
)
def test_a_company_reporting_its_accounts_is_no_claim(extracted, text):
    # the figures a company files are its accounts, not a statement anyone made
    assert extracted(text) == []


def test_a_reported_finding_is_still_a_claim(extracted, pick):
    rec = pick(
        extracted("The inspectors reported serious failings in the hospital's maternity ward."),
        "serious failings in the hospital's maternity ward",
    )
    assert rec.rule == "object-claim"


@pytest.mark.parametrize(
    "text, speaker, relay",
    [
        ("The agency quoted Deputy Health Minister Lina Haddad as saying that field clinics "
         "would open within two days.", "Lina Haddad", "agency"),
        ("The Ledger quoted a senior official as saying the plan was dead.",
         "senior official", "Ledger"),
        ("Roe was quoted by the Ledger as saying the plan was dead.", "Roe", "Ledger"),
    ],
)
def test_quoted_as_saying_names_the_one_quoted_and_relays_the_outlet(
    extracted, text, speaker, relay
):
    (rec,) = extracted(text)
    assert rec.speaker.name == speaker
    assert rec.relayed_by is not None and rec.relayed_by.name == relay


@pytest.mark.parametrize(
    "text",
    [
        "Engineers call such a leak a \u201cfrac-out.\u201d It is rare.",
        "Teammates call him \u201cthe Mailman,\u201d a nickname from his rookie year.",
        # a capitalised nickname, whoever gives it and in any tense
        'Marchand, whose training partners call her "the Metronome" for her pacing, '
        "declined to comment.",
        'Fans in the north end called him "Mr. Clutch" for years.',
    ],
)
def test_how_a_group_habitually_names_something_is_no_claim(extracted, text):
    # a term or a nickname, in the present, by a bare plural: nobody's statement
    assert [r for r in extracted(text) if r.rule == "naming-object"] == []


@pytest.mark.parametrize(
    "text, content",
    [
        ("Critics call the plan \u201ca giveaway to developers.\u201d",
         "the plan \u201ca giveaway to developers.\u201d"),
        ("The senator called the deal \u201ca disaster.\u201d", "the deal \u201ca disaster.\u201d"),
    ],
)
def test_what_critics_or_a_speaker_call_something_is_still_a_claim(extracted, pick, text,
                                                                    content):
    assert pick(extracted(text), content).rule == "naming-object"


def test_a_name_given_oneself_is_ones_own_words(extracted):
    records = extracted('Few fighters rival Amanda Reyes, the brawler who calls herself '
                        '"The Lioness."')
    assert [r.speaker.name for r in records if "Lioness" in r.quote.text] == ["Amanda Reyes"]


def test_calling_someone_to_do_something_is_phoning_them(extracted):
    records = extracted("Amy Roy said she had spent Sunday night calling relatives to arrange "
                        "child care.")
    assert [r.quote.text for r in records] == [
        "she had spent Sunday night calling relatives to arrange child care"]


def test_calling_on_someone_to_act_is_a_request(extracted):
    records = extracted("Senator Ada Brook plans to call on young people to join national "
                        "service.")
    assert any("young people to join national service" in r.quote.text for r in records)


def test_a_nickname_given_through_a_relative_pronoun_is_no_claim(extracted):
    text = ("Fortier, a former accountant whom some members have taken to calling “the "
            "Auditor,” said little.")
    assert not any("Auditor" in r.quote.text for r in extracted(text))
