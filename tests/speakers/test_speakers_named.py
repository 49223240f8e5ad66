"""Speakers named in the clause: the name without its title, the title kept, fullest form later."""

from __future__ import annotations

import pytest

from quotes.speakers.keys import speaker_key

XF = pytest.mark.xfail

# (text, content words, name, title)
TITLED = [
    (
        "Norwegian Trade Minister Ingrid Halvorsen said the tariffs would hurt fishermen.",
        "the tariffs would hurt fishermen",
        "Ingrid Halvorsen",
        "Norwegian Trade Minister",
    ),
    (
        "Finnish Prime Minister Aino Lehtonen said the border would stay open.",
        "the border would stay open",
        "Aino Lehtonen",
        "Finnish Prime Minister",
    ),
    (
        "Defence Secretary Oliver Pike said the base would close.",
        "the base would close",
        "Oliver Pike",
        "Defence Secretary",
    ),
    (
        "Police Chief Maria Santos said two men had been arrested.",
        "two men had been arrested",
        "Maria Santos",
        "Police Chief",
    ),
    ("Dr. Karin Dahl said the clinic was full.", "the clinic was full", "Karin Dahl", "Dr."),
    (
        "Gen. Arne Solberg said the exercise would go ahead.",
        "the exercise would go ahead",
        "Arne Solberg",
        "Gen.",
    ),
    (
        "Former mayor Lena Brandt said the pier was a mistake.",
        "the pier was a mistake",
        "Lena Brandt",
        "Former mayor",
    ),
    (
        '"The pier was a mistake," said Mayor Lena Brandt.',
        "The pier was a mistake",
        "Lena Brandt",
        "Mayor",
    ),
    pytest.param(
        "Councillor Elif Demir said the fence would go.",
        "the fence would go",
        "Elif Demir",
        "Councillor",
    ),
    pytest.param(
        "‘We cannot wait any longer,’ said Councillor Priya Nandakumar.",
        "We cannot wait any longer",
        "Priya Nandakumar",
        "Councillor",
    ),
    pytest.param(
        'Treasurer Alma Reyes said: "We will not raise taxes this year."',
        "We will not raise taxes this year",
        "Alma Reyes",
        "Treasurer",
    ),
    pytest.param(
        "Trainer Mia Castell said the team was ready.",
        "the team was ready",
        "Mia Castell",
        "Trainer",
    ),
]


@pytest.mark.parametrize("text, content, name, title", TITLED)
def test_name_and_title_from_the_clause(extracted, pick, text, content, name, title):
    rec = pick(extracted(text), content)
    assert rec.speaker.name == name
    assert rec.speaker.title == title
    assert rec.speaker.kind == "person"
    assert rec.speaker.resolution == "explicit"
    assert rec.speaker.mention.text.endswith(name)


@pytest.mark.parametrize(
    "text, content, name",
    [
        pytest.param(
            "Elif Demir said the fence would go.",
            "the fence would go",
            "Elif Demir",
        ),
        pytest.param(
            "Elif Demir arrived at nine. Demir said the fence would go.",
            "the fence would go",
            "Elif Demir",
        ),
        ("Astrid Nyberg said the ferries were late.", "the ferries were late", "Astrid Nyberg"),
        ("Bruno Ferraz said the vineyard was sold.", "the vineyard was sold", "Bruno Ferraz"),
    ],
)
def test_full_name_without_title(extracted, pick, text, content, name):
    rec = pick(extracted(text), content)
    assert rec.speaker.name == name
    assert rec.speaker.kind == "person"


# A surname later in the article resolves to the fullest form of the name.
FULLEST = [
    (
        "Norwegian Trade Minister Ingrid Halvorsen said the tariffs would hurt fishermen. "
        "Halvorsen said talks with Brussels would continue.",
        "talks with Brussels would continue",
        "Ingrid Halvorsen",
    ),
    (
        "Ravensby Mayor Lena Brandt arrived late. “We will rebuild,” Brandt said.",
        "We will rebuild",
        "Lena Brandt",
    ),
    (
        "“We will rebuild,” said Mayor Lena Brandt.\n\nThe council met for four hours.\n\n"
        "Brandt later said the pier would cost more.",
        "the pier would cost more",
        "Lena Brandt",
    ),
    (
        "Defence Secretary Oliver Pike visited the base. Mr. Pike said it would close.",
        "it would close",
        "Oliver Pike",
    ),
]


@pytest.mark.parametrize("text, content, name", FULLEST)
def test_surname_resolves_to_fullest_form(extracted, pick, text, content, name):
    rec = pick(extracted(text), content)
    assert rec.speaker.name == name
    assert rec.speaker.resolution in ("alias", "explicit")
    assert rec.speaker.kind == "person"


def test_title_is_carried_to_the_later_surname(extracted, pick):
    text = (
        "Norwegian Trade Minister Ingrid Halvorsen arrived on Monday. "
        "Halvorsen said talks with Brussels would continue."
    )
    rec = pick(extracted(text), "talks with Brussels would continue")
    assert rec.speaker.title == "Norwegian Trade Minister"
    assert rec.speaker.mention.text == "Halvorsen"


@pytest.mark.parametrize(
    "text, content, name",
    [
        pytest.param(
            "The river authority's chief engineer, Oskar Lind, said the dam was safe.",
            "the dam was safe",
            "Oskar Lind",
        ),
        pytest.param(
            "Karin Dahl, a professor of medicine at Ravensby University, said the clinic was full.",
            "the clinic was full",
            "Karin Dahl",
        ),
        (
            "Oskar Lind, the dam's chief engineer, said the dam was safe.",
            "the dam was safe",
            "Oskar Lind",
        ),
    ],
)
def test_apposition_names_the_person(extracted, pick, text, content, name):
    rec = pick(extracted(text), content)
    assert rec.speaker.name == name
    assert rec.speaker.kind == "person"


def test_a_given_name_the_parser_read_as_a_preposition(extracted, pick):
    # "Per" parsed as the preposition "per"
    rec = pick(extracted('"The wind was so loud that nobody could sleep," said Per Olsen, 71.'),
               "The wind was so loud that nobody could sleep")
    assert rec.speaker.name == "Per Olsen"


def test_a_body_and_role_the_tagger_put_in_the_name_are_not_the_name(extracted, pick):
    rec = pick(extracted('"We have crews out everywhere," said Statnett spokesperson Ingrid '
                         'Aas.'), "We have crews out everywhere")
    assert rec.speaker.name == "Ingrid Aas"
    assert rec.speaker.key == speaker_key("Ingrid Aas", "person")  # one key with her name


def test_a_name_after_a_body_noun_is_the_body(extracted, pick):
    recs = extracted("Homes were without power, the grid operator Statnett said. Statnett "
                     "said crews were out.")
    for quote in ("Homes were without power", "crews were out"):
        rec = pick(recs, quote)
        assert (rec.speaker.name, rec.speaker.kind) == ("Statnett", "organization")


def test_a_broadcast_role_before_a_name_is_a_title(extracted, pick):
    rec = pick(extracted("Moderator Anne Berg asked both men how they would pay for it."),
               "how they would pay for it")
    assert rec.speaker.name == "Anne Berg"


@pytest.mark.parametrize(
    "text, content, name",
    [
        (
            "Her spokesman, Ibrahim Koroma-Diallo, said the party had collected the sheets.",
            "the party had collected the sheets",
            "Ibrahim Koroma-Diallo",
        ),
        (
            "Opposition leader Amina Sesay spoke first. Later, Koroma-Diallo said the count "
            "was rigged. His colleague Ibrahim Koroma-Diallo had said so for weeks.",
            "the count was rigged",
            "Ibrahim Koroma-Diallo",
        ),
    ],
)
def test_a_joined_family_name_is_kept_whole(extracted, pick, text, content, name):
    # the tokenizer splits "Koroma-Diallo" in three; the record names the whole name
    assert pick(extracted(text), content).speaker.name == name


def test_the_person_after_an_outlet_the_parse_made_the_subject_speaks(extracted, pick):
    texts = [
        "Speaking to Radio Vesta, a station based in neighbouring Lesana, the party's "
        "candidate Daniel Obi-Mensah said the opposition would publish its own tally.",
        "Speaking to Kanal 9, a television channel based in neighbouring Orvia, Roe's "
        "running mate Daniel Obi-Mensah said the opposition would publish its own tally.",
    ]
    for text in texts:
        rec = pick(extracted(text), "the opposition would publish its own tally")
        assert rec.speaker.name == "Daniel Obi-Mensah"
