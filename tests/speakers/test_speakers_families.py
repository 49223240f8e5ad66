"""People who share a family name: the title written with a full name tells them apart,
a child or sibling named by given name takes the relative's family name, and "the younger
Okafor" is told from the elder by the ages the article gives."""

from __future__ import annotations

import pytest

# Two people of one family name, each introduced in full with a different title.
TITLED = (
    "Professor Helga Brandvold of the Tromvik Institute led the study. Its results were "
    "checked by Dr Anders Brandvold, her cousin and a statistician in Bergen.\n\n"
    "\"The numbers hold up,\" Dr Brandvold said.\n\n"
    "Professor Brandvold said the team would publish its data in March."
)


def test_the_title_written_with_a_full_name_picks_that_person(extracted, pick):
    records = extracted(TITLED)
    assert pick(records, "The numbers hold up").speaker.name == "Anders Brandvold"
    assert pick(records, "the team would publish its data in March").speaker.name == (
        "Helga Brandvold")


KIN = [
    (
        "Waiting outside the court were Colm Maguire, 62, a retired bus driver, and his son "
        "Declan, 29.\n\nHis son said the family had waited six years for the verdict.",
        "the family had waited six years for the verdict",
        "Declan Maguire",
    ),
    (
        "Helen Marsh, 44, runs the farm with her sister, Claire, who joined in 2019.\n\n"
        "\"We share every job,\" Claire said.",
        "We share every job",
        "Claire Marsh",
    ),
]


@pytest.mark.parametrize("text, quote, name", KIN)
def test_a_child_or_sibling_named_by_given_name_takes_the_family_name(
    extracted, pick, text, quote, name
):
    assert pick(extracted(text), quote).speaker.name == name


def test_a_given_name_after_a_spouse_keeps_its_own_name(extracted, pick):
    # a husband or wife need not share the family name: nobody invents one
    text = ("Among the volunteers were Rosa Quintero and her husband Tomas.\n\n"
            "\"We come every Saturday,\" Tomas said.")
    assert pick(extracted(text), "We come every Saturday").speaker.name == "Tomas"


AGES = (
    "Two generations of the Okafor family run the bakery: Grace Okafor, 71, and her "
    "grandson, Samuel Okafor, 24.\n\n"
    "\"We start at four every morning,\" Samuel Okafor said.\n\n"
    "\"I started at three when I was his age,\" the elder Okafor said.\n\n"
    "\"She likes to remind me,\" the younger Okafor said."
)


def test_the_elder_and_the_younger_follow_the_ages_the_article_gives(extracted, pick):
    records = extracted(AGES)
    assert pick(records, "I started at three when I was his age").speaker.name == "Grace Okafor"
    assert pick(records, "She likes to remind me").speaker.name == "Samuel Okafor"


RELATIVES = [
    # the daughter is introduced as a daughter; "her mother" spoken of her is the mother
    (
        "\"Nobody has told us anything,\" Rania Selim said outside the depot.\n\n"
        "Her daughter, Nour Selim, stood beside her with the family's papers.\n\n"
        "Nour Selim said the buses had not come for two days. Her mother said she had "
        "not eaten since Sunday.",
        "she had not eaten since Sunday",
        "Rania Selim",
    ),
    # and the other way round: "his son" spoken of the father
    (
        "Colm Maguire, 62, waited outside the court with his son, Declan Maguire.\n\n"
        "\"It has been six years,\" Colm Maguire said. His son said the family would "
        "appeal.",
        "the family would appeal",
        "Declan Maguire",
    ),
]


@pytest.mark.parametrize("text, content, name", RELATIVES)
def test_a_relative_named_once_is_found_by_the_relation(extracted, pick, text, content, name):
    rec = pick(extracted(text), content)
    assert rec.speaker.name == name
    assert rec.speaker.resolution == "description"


def test_a_relation_nobody_was_introduced_in_names_nobody(extracted, pick):
    text = ("Rania Selim said the buses had not come for two days. Her brother said the "
            "family would wait.")
    rec = pick(extracted(text), "the family would wait")
    assert rec.speaker.name != "Rania Selim"


def test_the_younger_follows_the_relation_when_no_ages_are_given(extracted, pick):
    text = ("Jesse Lavallee scored twice on Saturday.\n\n"
            "\"I just threw it at the net,\" Lavallee said.\n\n"
            "The winner came after his younger brother, Cody Lavallee, fired a point shot.\n\n"
            "\"He's been bugging me all year to shoot more,\" the younger Lavallee said.")
    rec = pick(extracted(text), "He's been bugging me all year to shoot more")
    assert rec.speaker.name == "Cody Lavallee"


def test_an_age_written_as_a_year_old_description_counts(extracted, pick):
    text = ("Petra Holm, a 17-year-old defender, scored her first goal. Her teammate Ida "
            "Lund, 29, set it up.\n\n\"I owe her dinner,\" the 17-year-old said.")
    rec = pick(extracted(text), "I owe her dinner")
    assert rec.speaker.name == "Petra Holm"


def test_her_husband_is_the_one_named_beside_her(extracted, pick):
    # "Denise and Luc Moreau" names a pair; "her husband" after Denise speaks is Luc
    text = ("Jessica's parents, Denise and Luc Moreau, sat in the front row every day.\n\n"
            "Outside the courthouse, Denise Moreau said the family had found the closing "
            "arguments painful.\n\n"
            "Her husband said the family was not looking for revenge.\n\n"
            '"We want the truth said out loud," Luc Moreau said.')
    rec = pick(extracted(text), "the family was not looking for revenge")
    assert rec.speaker.name == "Luc Moreau"


def test_is_the_daughter_of_links_mother_and_daughter(extracted, pick):
    text = ("Hannah Kowal, a 34-year-old lawyer, is the daughter of Irene Kowal, who held the "
            "seat for 14 years.\n\n"
            "“They vote for who shows up,” Hannah Kowal said.\n\n"
            "Her mother, standing a few steps behind her, was blunter.\n\n"
            "“She’s smarter than I was at her age.”")
    rec = pick(extracted(text), "She’s smarter than I was at her age.")
    assert rec.speaker.name == "Irene Kowal"
