"""Name variants through the pipeline: transliterations merge, relatives do not."""

from __future__ import annotations

import pytest

XF = pytest.mark.xfail

VARIANTS = [
    (
        "Dmitriy Volkov, the regional governor, said the bridge was safe. Later Dmitry Volkov "
        "said repairs would start soon.",
        "repairs would start soon",
        "Dmitriy Volkov",
    ),
    (
        "Governor Sergei Antonov said the roads were clear. Sergey Antonov later added that "
        "schools would open.",
        "schools would open",
        "Sergei Antonov",
    ),
    pytest.param(
        "Yevgeniy Orlov said the plant was closed. Orlov said no one had been hurt.",
        "no one had been hurt",
        "Yevgeniy Orlov",
        marks=XF(
            reason="the NER model tags 'Yevgeniy Orlov' ORG: both records kind organization, "
            "and the later 'Orlov' is not widened to the full name",
            strict=True,
        ),
    ),
]


@pytest.mark.parametrize("text, content, name", VARIANTS)
def test_transliteration_variants_are_one_speaker(extracted, pick, text, content, name):
    records = extracted(text)
    rec = pick(records, content)
    # Both records name the same person; the first full form written is kept.
    assert rec.speaker.name == name
    assert {r.speaker.name for r in records} == {name}
    assert {r.speaker.kind for r in records} == {"person"}


def test_relatives_with_one_family_name_stay_apart(extracted, pick):
    text = "Anna Kowalski said the mine would close. Piotr Kowalski said it would stay open."
    records = extracted(text)
    assert pick(records, "the mine would close").speaker.name == "Anna Kowalski"
    assert pick(records, "it would stay open").speaker.name == "Piotr Kowalski"


def test_ambiguous_family_name_is_not_given_to_the_first_relative(extracted, pick):
    text = (
        "“The mine will close,” Anna Kowalski said. “It will stay open,” said Piotr "
        "Kowalski. “We will see,” Kowalski added."
    )
    rec = pick(extracted(text), "We will see")
    assert rec.speaker.name in ("Piotr Kowalski", "Kowalski")


def test_exact_family_name_wins_over_a_near_spelling(run):
    text = (
        "Architect Mary Ann Kowalczyk designs kennels for Studio Kowalcyk, a firm in Oslo.\n"
        '"The roof is lined with recycled cork," Kowalczyk said.\n'
    )
    recs = [r for r in run(text) if "cork" in r.quote.text]
    assert recs and recs[0].speaker.name == "Mary Ann Kowalczyk"


def test_acronym_speaker_takes_the_name_written_in_full(run):
    text = (
        "The Parliamentary Budget Officer released a report on Tuesday.\n"
        "The PBO said the pipeline would lose money if construction were delayed.\n"
    )
    recs = [r for r in run(text) if "pipeline" in r.quote.text]
    assert recs and recs[0].speaker.name == "Parliamentary Budget Officer"


def test_a_given_name_the_tagger_left_out_completes_the_family_name(extracted, pick):
    # the tagger reads "Lindqvist" as an organisation where the full name stands
    text = ("Lindqvist's late goal sends Falcons into final\n\n"
            "Ana Lindqvist scored with 40 seconds left as the Falcons won 3-2.\n\n"
            '"I just closed my eyes and shot," Lindqvist said.')
    rec = pick(extracted(text), "I just closed my eyes and shot")
    assert rec.speaker.name == "Ana Lindqvist"
    assert rec.speaker.antecedent is not None and rec.speaker.antecedent.text == "Ana Lindqvist"



def test_a_word_inside_a_long_name_is_that_person(extracted, pick):
    text = ("Brazilian President Luiz Inácio Lula da Silva welcomed the deal. On Tuesday, "
            "Lula said the agreement would double exports.")
    rec = pick(extracted(text), "the agreement would double exports")
    assert rec.speaker.name == "Luiz Inácio Lula da Silva"


def test_mrs_and_her_family_name_is_the_woman_not_her_son(extracted, pick):
    text = ("Chloe's mother, Susan Farrant, made an appeal on Thursday. \"We love you,\" she "
            "said.\n\nHer brother, Owen Farrant, 27, said she was an experienced walker.\n\n"
            "Mrs Farrant said the family had been overwhelmed by messages of support.")
    rec = pick(extracted(text), "the family had been overwhelmed by messages of support")
    assert rec.speaker.name == "Susan Farrant"


def test_a_family_name_after_both_have_spoken_leads_a_quote_to_the_latest(extracted, pick):
    text = ("Patricia Okafor was re-elected, while her son, Daniel Okafor, 31, won the "
            "neighbouring seat.\n\n"
            "\"I told him not to run,\" the elder Okafor said.\n\n"
            "Daniel Okafor, a former teacher, said the campaign had been exhausting.\n\n"
            "Asked whether the two would sit side by side, Okafor shrugged. \"That's up to "
            "the Speaker.\"")
    rec = pick(extracted(text), "That's up to the Speaker.")
    assert rec.speaker.name == "Daniel Okafor"


def test_a_later_spelling_of_a_name_does_not_rename_the_person(extracted):
    # the record names the form the article introduced, not the agency's later spelling
    text = ("Deputy Prime Minister Yevhen Tarasenko was targeted on Monday.\n\n"
            "In comments carried by a state agency whose English service spells his name "
            "Yevgeny Tarasenko, the deputy prime minister said the sanctions were theatre.\n\n"
            "“We keep no money there,” Yevgeny Tarasenko was quoted as saying.")
    assert {r.speaker.name for r in extracted(text)} == {"Yevhen Tarasenko"}
