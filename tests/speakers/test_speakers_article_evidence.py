"""The article's own evidence about who a name is: how the tagger typed it elsewhere,
kinship nouns written with it, family names of names the tagger filed as bodies,
descriptions introducing a name the parser left outside, a state's own bodies."""

from __future__ import annotations

import pytest

# (text, content words, speaker name, kind)
CASES = [
    pytest.param(
        # "Facebook" untyped as a subject, but tagged ORG in a list elsewhere
        "The company owns Facebook, WhatsApp and Instagram.\n\nIn a statement, Facebook said "
        "it is fixing the problem.",
        "it is fixing the problem",
        "Facebook",
        "organization",
        id="name-typed-org-elsewhere-is-a-body",
    ),
    pytest.param(
        # "Snapchat said" taken for a person's name, until the article calls it "the company"
        "The outage hit apps such as Snapchat, Pinterest and Reddit on Monday.\n\n"
        "Snapchat said it was restoring the service. The company noted that no data was lost.",
        "no data was lost",
        "Snapchat",
        "organization",
        id="the-company-after-an-untyped-name",
    ),
    pytest.param(
        "For Amira Haddouchi, Monday is the hearing she has waited a year for. Her father "
        "Tarik lost his boat in the flood.\n\n"
        '"I want to read the inspectors\' report," she said.\n\n'
        "Haddouchi says she hopes the harbour will finally be repaired.",
        "I want to read the inspectors' report",
        "Amira Haddouchi",
        "person",
        id="kin-noun-gives-gender-and-family-name-finds-misfiled-person",
    ),
    pytest.param(
        "Sales of paper fell 3 per cent in 2024, according to market research firm Veltrix.",
        "Sales of paper fell 3 per cent in 2024",
        "Veltrix",
        "organization",
        id="description-then-name-outside-the-phrase",
    ),
    pytest.param(
        "Storms flooded Karangsari on Monday. Karangsari officials met at noon.\n\n"
        "The military said it was sending troops to the coast.",
        "it was sending troops to the coast",
        "military",
        "organization",
        id="state-body-not-guessed-to-be-a-place",
    ),
    pytest.param(
        "Police Chief Samuel Otieno said the siege was over.\n\n"
        "Lindgren's father, Samuel, says his son loved Nairobi.",
        "his son loved Nairobi",
        "Samuel",
        "person",
        id="given-name-introduced-through-a-relative-is-a-new-person",
    ),
    pytest.param(
        "Lindgren's father, Samuel, says his son loved Nairobi.\n\n"
        "Lindgren later moved to Kisumu. His father said he had planned to stay for years.",
        "he had planned to stay for years",
        "Samuel",
        "person",
        id="possessive-description-finds-the-article-description",
    ),
    pytest.param(
        "Anna and Per Holm received a letter from the Norwegian Directorate of Immigration "
        "saying the federal agency had questions.\n\n"
        "In a statement, UDI said it follows the law.\n\n"
        "The agency added that the case is still open.",
        "the case is still open",
        "UDI",
        "organization",
        id="description-tagged-as-name-is-no-body-of-its-own",
    ),
]


@pytest.mark.parametrize("text, content, name, kind", CASES)
def test_article_evidence_decides_the_speaker(extracted, pick, text, content, name, kind):
    rec = pick(extracted(text), content)
    assert (rec.speaker.name or "").removeprefix("the ").removeprefix("The ") == name
    assert rec.speaker.kind == kind


def test_a_date_the_text_calls_she_is_no_person(extracted, pick):
    """ "Friday is a day she has awaited": the day is no person, so "she" finds the woman."""
    text = (
        "Lena Moberg, a nurse, lost her brother in the fire.\n\n"
        "For her, Friday is when she hopes to get answers.\n\n"
        '"I just want answers," she said.'
    )
    rec = pick(extracted(text), "I just want answers")
    assert rec.speaker.name == "Lena Moberg"


def test_a_name_the_article_calls_the_company_is_an_organisation_in_every_record(extracted, pick):
    text = (
        "The outage hit apps such as Snapchat, Pinterest and Reddit on Monday.\n\n"
        "Snapchat said it was restoring the service. The company noted that no data was lost."
    )
    records = extracted(text)
    first = pick(records, "it was restoring the service")
    assert (first.speaker.name, first.speaker.kind) == ("Snapchat", "organization")
    assert first.speaker.key == pick(records, "no data was lost").speaker.key


# (text, content words, speaker name): who goes on speaking
CONTINUING = [
    pytest.param(
        # the parser hangs "Lindvall" on "said" as an auxiliary
        "Coach Anders Lindvall said the return of his captain was a boost.\n\n"
        '"The captain changes how everyone around him plays," Lindvall said '
        "of the former Oslo skipper.",
        "The captain changes how everyone around him plays",
        "Anders Lindvall",
        id="name-misparsed-before-the-cue",
    ),
    pytest.param(
        "Karin Aasen, a councillor in Bodø, said the ferry plan was rushed. Aasen "
        'said "nobody has read the whole report," and added: "I can tell you, the board '
        'will hear from us."',
        "I can tell you, the board will hear from us.",
        "Karin Aasen",
        id="subject-inside-another-quotation-is-not-the-speaker",
    ),
    pytest.param(
        '"Two winters without the ferry cost the island dearly," Moen said.\n\n'
        "The loss was largest for the fishing families on the north shore.\n\n"
        '"If you look at the harbour accounts, a third of the income is gone."',
        "If you look at the harbour accounts, a third of the income is gone.",
        "Moen",
        id="floating-quote-after-a-paragraph-that-names-nobody",
    ),
]


@pytest.mark.parametrize("text, content, name", CONTINUING)
def test_the_speaker_goes_on(extracted, pick, text, content, name):
    rec = pick(extracted(text), content)
    assert rec.speaker.name == name


def test_a_paragraph_that_names_someone_stops_the_floating_quote(extracted, pick):
    text = (
        '"Two winters without the ferry cost the island dearly," Moen said.\n\n'
        "Transport Minister Ola Berg announced a new ferry tender on Monday.\n\n"
        '"If you look at the harbour accounts, a third of the income is gone."'
    )
    rec = pick(
        extracted(text),
        "If you look at the harbour accounts, a third of the income is gone.",
    )
    assert rec.speaker.name != "Moen"


def test_a_newcomer_named_after_a_pronoun_subject_is_not_who_he_is(extracted, pick):
    """Centering's continue: the sentence is about "he", named earlier, not the man it names."""
    text = (
        "The court heard that Halvorsen could face twenty years in prison.\n\n"
        "Halvorsen had long been obsessed with old ferry disasters. He admired captains such "
        "as Anders Bakke and collected their logbooks.\n\n"
        "He also told investigators he was angry about the new ferry timetable."
    )
    rec = pick(extracted(text), "he was angry about the new ferry timetable")
    assert rec.speaker.name == "Halvorsen"


def test_a_title_before_a_name_the_tagger_mistyped_stays_a_title(extracted, pick):
    """ "Roe" is tagged LAW (Roe v. Wade); "Mayor" before it is her title, not her name."""
    rec = pick(
        extracted('"We will rebuild the harbour before the storms," said Mayor Ana Roe.'),
        "We will rebuild the harbour before the storms",
    )
    assert (rec.speaker.name, rec.speaker.kind, rec.speaker.title) == ("Ana Roe", "person", "Mayor")


@pytest.mark.parametrize(
    "second, name",
    [
        (
            "Nordvik Shipping Co. said it posted a 30 per cent fall in profit.",
            "Nordvik Shipping Co.",
        ),
        # two different continuations are two companies: the short form stays as written
        ("Nordvik Energy said it posted a 30 per cent fall in profit.", "Nordvik"),
    ],
)
def test_a_short_company_name_takes_the_fullest_form_of_one_company(extracted, pick, second, name):
    text = f"Nordvik Shipping reported a drop in sales. {second} Nordvik said its costs rose."
    assert pick(extracted(text), "its costs rose").speaker.name == name


def test_a_description_tagged_as_a_body_finds_the_person_just_named(extracted, pick):
    """ "the rookie defenceman" tagged ORG is a description of the player just named."""
    text = (
        "Bergen responded a minute later when Lindqvist scored his first goal.\n\n"
        '"It was a strange night to score my first goal," said the rookie defenceman, '
        "who was drafted by the Oslo Lions."
    )
    rec = pick(extracted(text), "It was a strange night to score my first goal")
    assert (rec.speaker.name, rec.speaker.kind) == ("Lindqvist", "person")


ROUNDS = (
    "Halifax nurse Linda Morrison joined the walking program in May. Retired pilot David "
    "Hartley joined in June, chef Robert Chen in July.\n\n"
    "Retired pilot David Hartley, who lost 7 kg. \u201cand two belt notches\u201d by October, "
    "says the walks gave him his energy back. \u201cI always meant to exercise. This got me going,"
    "\u201d he says. \u201cI sleep through the night now,\u201d he adds. Walking also paid "
    "off for Halifax nurse Linda Morrison, 50. \u201cI paid for a gym for years and "
    "never went,\u201d she says. Better food also helped Moncton chef Robert Chen, 61. "
    "\u201cNo more sugary cereal,\u201d he says."
)


@pytest.mark.parametrize(
    "words, name",
    [
        ("I always meant to exercise. This got me going,", "David Hartley"),
        ("I sleep through the night now,", "David Hartley"),
        ("I paid for a gym for years and never went,", "Linda Morrison"),
        # a man re-introduced in full with what he is takes over "he" from the last man
        ("No more sugary cereal,", "Robert Chen"),
    ],
)
def test_a_person_reintroduced_in_full_takes_over_the_pronoun(extracted, pick, words, name):
    assert pick(extracted(ROUNDS), words).speaker.name == name


def test_a_longer_name_written_after_the_short_one_names_something_else(extracted, pick):
    """ "Nordvik" long before "Nordvik Research": the company, not its research arm."""
    text = (
        "Nordvik said it is working closely with the port. Engineers at Nordvik Research "
        "lost access, and Nordvik told staff it would take days. In a statement, Nordvik "
        "said it is fixing the problem."
    )
    assert pick(extracted(text), "it is fixing the problem").speaker.name == "Nordvik"


def test_a_description_in_apposition_is_the_name_it_stands_beside(extracted):
    """Not the last person the article described: the name the description is written with."""
    text = (
        "Per Moen won the downhill again. The 31-year-old Moen had raced only twice in four "
        "years.\n\nA full stand watched another win by Kari Solberg. The crowd cheered "
        'Solberg, the fearless skier who calls herself "The Avalanche."'
    )
    (rec,) = [r for r in extracted(text) if "Avalanche" in r.quote.text]
    assert (rec.speaker.name, rec.speaker.kind) == ("Kari Solberg", "person")


def test_a_record_whose_speaker_was_lost_ranks_below_every_named_one(extracted):
    """A reviewer sorting by confidence meets the speakerless statement first."""
    text = (
        "It was announced on Monday that the ferry would run all winter. Mayor Ana Roe said "
        'the plan was sound. "We will find the money," she said.'
    )
    records = extracted(text)
    lost = [r for r in records if r.speaker is None and r.type != "unattributed"]
    named = [r for r in records if r.speaker is not None and r.speaker.name]
    assert lost and named
    assert max(r.confidence for r in lost) < min(r.confidence for r in named)


def test_the_closing_mark_hung_on_the_subject_does_not_drop_the_speaker(extracted, pick):
    text = (
        'The bank said it accepted the findings. "We apologise to the customers affected," '
        "chief executive Priya Raman said in a statement."
    )
    rec = pick(extracted(text), "We apologise to the customers affected")
    assert rec.speaker.name == "Priya Raman"


def test_a_body_named_by_its_kind_is_the_one_whose_name_says_so(extracted, pick):
    """ "the regulator" is the Authority, not the bank that spoke last."""
    text = (
        "On Thursday the Financial Conduct Authority fined Harlow Bank £12 million, saying it "
        "had failed to check whether borrowers could afford their loans.\n\n"
        "The bank said it accepted the findings.\n\n"
        "The regulator said the failings affected about 40,000 customers."
    )
    rec = pick(extracted(text), "the failings affected about 40,000 customers")
    assert rec.speaker.name == "Financial Conduct Authority"


def test_a_name_inside_a_description_is_not_the_speaker(extracted, pick):
    """The tagger calls "Rotterdam" a person; "Port workers in Rotterdam" are still workers."""
    text = (
        "Port workers in Rotterdam said they were preparing for a surge in arrivals. "
        '"We will manage, but it will be tight," said Henk de Vries, a crane operator.'
    )
    rec = pick(extracted(text), "they were preparing for a surge in arrivals")
    assert rec.speaker.name == "Port workers in Rotterdam"
    assert rec.speaker.kind == "group"


def test_a_survey_is_not_the_last_speakers_statement(extracted, pick):
    text = ("Deputy Minister Lin Hao spoke at the forum. Lin said the port still has \"room to "
            "grow\" despite the slowdown.\n\nOn Thursday, a private survey suggested that "
            "Korean shipbuilding had slowed in January.")
    survey = pick(extracted(text), "Korean shipbuilding had slowed in January")
    assert (survey.speaker.name, survey.speaker.kind) == ("private survey", "document")


def test_the_report_said_is_the_report_its_author_wrote_in(extracted, pick):
    text = ("The budget office said spending fell. The office's report found that cuts were "
            "deep.\n\n“The government has failed,” economist Lars Brekke wrote in a recent "
            "report for the Fjord Institute.\n\nSince 2016, spending has risen only 8.7 per "
            "cent, the report said.")
    record = pick(extracted(text), "Since 2016, spending has risen only 8.7 per cent")
    assert record.speaker is not None and record.speaker.name == "Lars Brekke"


def test_a_statement_is_a_new_one_not_an_earlier_owners(extracted, pick):
    text = ("The rebel group said in a statement that it had planted the mines.\n\n"
            "The Harbour Trust said its director was among the injured. A statement said the "
            "trust was \"shocked and saddened\" by the attack.")
    record = pick(extracted(text), 'the trust was "shocked and saddened" by the attack')
    assert record.speaker is not None and record.speaker.name == "Harbour Trust"


def test_many_described_are_not_one_of_them(extracted, pick):
    text = ("General Dan Okoro and Admiral Lee Sun-ho met in Busan. Lee said the drills would "
            "go on. The two military leaders said that the threat was growing.")
    record = pick(extracted(text), "the threat was growing")
    assert record.speaker is None or record.speaker.name not in ("Lee Sun-ho", "Dan Okoro")


def test_a_hyphenated_role_is_one_person(extracted, pick):
    text = ("Tomas Ferreira, who was hailed as a hero after the storm, is weighing a move into "
            "politics.\n\nThe former sergeant-at-arms of the assembly said Monday he is "
            "considering a run for mayor.")
    record = pick(extracted(text), "he is considering a run for mayor")
    assert record.speaker is not None and record.speaker.name == "Tomas Ferreira"


@pytest.mark.parametrize("text, claim, speaker", [
    ("Police chief Ana Roe warned the public on Monday. She was quoted as saying by local "
     "media that police had received several reports.",
     "police had received several reports", "Ana Roe"),
    ("Roe was quoted by the Daily Ledger as saying that the port would close.",
     "the port would close", "Roe"),
    ("Onyeka ended the date by blowing a horn and joking that she was bored.",
     "she was bored", "Onyeka"),
])
def test_the_one_quoted_or_acting_is_the_speaker(extracted, pick, text, claim, speaker):
    record = pick(extracted(text), claim)
    assert record.speaker is not None and record.speaker.name == speaker


def test_a_description_introduces_the_next_person_named_with_its_title(extracted, pick):
    text = ("A Superior Court judge chastised the radio station on Friday, saying the station "
            "had been \"playing games\" with its members.\n\nJustice Ana Lindqvist directed the "
            "station to hand over the e-mail addresses.")
    record = pick(extracted(text), 'the station had been "playing games" with its members')
    assert record.speaker is not None and record.speaker.name == "Ana Lindqvist"


def test_a_person_with_another_title_is_not_the_one_described(extracted, pick):
    text = ("A senior judge said the hearing would resume.\n\nMayor Ana Lindqvist opened the "
            "session.")
    record = pick(extracted(text), "the hearing would resume")
    assert record.speaker is None or record.speaker.name != "Ana Lindqvist"


def test_a_team_named_by_its_city_is_not_the_person_described(extracted, pick):
    # the tagger calls the lone city word a person; "the Kelowna Rockets" shows what it is
    text = ("Anna Kowalski scored twice as the Regina Pats beat the slumping Kelowna Rockets "
            "6-3 on Friday, sending Kelowna to a sixth-straight defeat.\n\nKelowna answered "
            "early in the third period when Tyler Mraz recorded his first career goal.\n\n"
            '"It was nice, but we lost," said the rookie defenceman.\n')
    record = pick(extracted(text), "It was nice, but we lost")
    assert record.speaker is not None and record.speaker.name == "Tyler Mraz"


def test_the_definite_description_takes_up_the_speaker_the_same_noun_described(
    extracted, pick
):
    text = ("A person familiar with the negotiations says the two players have been traded to "
            "Indiana. Reports say the Pacers plan to waive Wade Baldwin.\n\nThe deal was done "
            "to get Houston under the luxury tax threshold, according to the person, who spoke "
            "on condition of anonymity.")
    record = pick(extracted(text),
                  "The deal was done to get Houston under the luxury tax threshold")
    assert record.speaker is not None
    assert record.speaker.name == "person familiar with the negotiations"
    assert record.speaker.antecedent is not None
    assert record.speaker.antecedent.text == "A person familiar with the negotiations"


def test_the_paper_that_obtained_a_memo_is_not_its_author(extracted, pick):
    text = ("According to a memo obtained by the Nordic Ledger, the fund believed in the "
            "long-term value of the titles.")
    record = pick(extracted(text), "the fund believed in the long-term value of the titles")
    assert record.speaker is None or record.speaker.name != "Nordic Ledger"


def test_where_someone_heard_of_a_report_is_not_its_author(extracted, pick):
    text = ("A leaked engineering report raised concerns about the dam. Ulf Dahl said he "
            "learned about the report from Facebook.\n\nThe report, which was seen by engineers, "
            'describes "significant seepage" on the eastern wall.')
    records = extracted(text)
    record = pick(records, "significant seepage")
    assert record.speaker is None or record.speaker.name != "Facebook"


def test_the_data_are_the_figures_published_before(extracted, pick):
    text = ("Patients waited longer than ever last month, according to figures published by "
            "the Harbour Health Board on Thursday.\n\nThe data show that one in four patients "
            "waited more than 12 hours.")
    record = pick(extracted(text), "one in four patients waited more than 12 hours")
    assert record.speaker.name == "Harbour Health Board"


def test_a_name_written_with_an_age_is_a_person_whatever_the_tagger_said(extracted, pick):
    # the tagger files "Marguerite Lavoie" as a building and "Lavoie" as a place; the age
    # after the family name says she is a person, and the first Lavoie named is who the
    # interview is with, not her son named later
    text = ("VENICE — Nine years after her last leading role, Marguerite Lavoie returned "
            "to the Lido this week with a near-wordless drama.\n\n"
            "Lavoie, 58, who won the best actress prize here in 2004, spoke to us the "
            "following morning.\n\n"
            "Q: Where have you been?\n\n"
            "A: Mostly in my garden, honestly.\n\n"
            "Julien Lavoie, 26, who plays a farmhand in the film, said later that working "
            "with his mother had been easy.")
    rec = pick(extracted(text), "Mostly in my garden, honestly.")
    assert rec.speaker.name == "Marguerite Lavoie"
