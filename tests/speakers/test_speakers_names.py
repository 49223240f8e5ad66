"""Name comparison: transliterations and titles fold together, different people stay apart."""

from __future__ import annotations

import pytest

from quotes.speakers.names import fuller, name_key, name_words, same_name

SAME = [
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
    ("Zelenskiy", "Volodymyr Zelenskyy"),
    ("Zelensky", "Zelenskiy"),
    ("Sergey Lavrov", "Sergei Lavrov"),
    ("Lavrov", "Sergei Lavrov"),
    ("Dmitriy Volkov", "Dmitry Volkov"),
    ("Dmitri Volkov", "Dmitry Volkov"),
    ("Yevgeny Orlov", "Yevgeniy Orlov"),
    ("Mikhail Sokolov", "Mihail Sokolov"),
    ("Wolodymyr Petrenko", "Volodymyr Petrenko"),
    ("President Ingrid Halvorsen", "Ingrid Halvorsen"),
    ("Ms. Halvorsen", "Ingrid Halvorsen"),
    ("Dr. Karin Dahl", "Karin Dahl"),
    ("Karin Dahl's", "Karin Dahl"),
    ("K. Dahl", "Karin Dahl"),
    ("José Álvarez", "Jose Alvarez"),
    ("Zoë Brennan", "Zoe Brennan"),
    # a joined family name and its last part, as the tagger may cut it
    ("Samir al-Nouri", "Nouri"),
    ("Ibrahim Koroma-Diallo", "Diallo"),
    ("Ibrahim Koroma-Diallo", "Koroma-Diallo"),
    # Ukrainian and Russian forms of one given name, Ukrainian h for Russian g
    ("Oleksandr Hrytsenko", "Alexander Gritsenko"),
    ("Yevhen Tarasenko", "Yevgeny Tarasenko"),
    ("Mykola Bondar", "Nikolai Bondar"),
    ("Hryhoriy Melnyk", "Grigory Melnyk"),
]


@pytest.mark.parametrize("a, b", SAME)
def test_same_person_in_two_spellings(a, b):
    assert same_name(a, b)
    assert same_name(b, a)


DIFFERENT = [
    ("Anna Kowalski", "Piotr Kowalski"),
    ("Sergey Lavrov", "Sergey Lavrova"),
    ("Lavrov", "Lavrova"),
    ("Ingrid Halvorsen", "Ingrid Halvorson-Berg"),
    ("Samir al-Nouri", "Karim Nouri"),  # the given names clash
    ("Oleksandr Hrytsenko", "Oleksiy Hrytsenko"),  # two given names, not two spellings
    ("Harold Hunt", "Gerald Hunt"),
    ("Marta Rojas", "Marta Rosas"),
    ("Daniel Cole", "Daniel Coles"),
    ("Tomas Berglund", "Tomas Berg"),
    ("Ivan Petrov", "Ivan Petrova"),
    ("Halvorsen", ""),
]


@pytest.mark.parametrize("a, b", DIFFERENT)
def test_different_people_stay_apart(a, b):
    assert not same_name(a, b)
    assert not same_name(b, a)


@pytest.mark.parametrize(
    "name, key",
    [
        ("Volodymyr Zelenskyy", ("volodimir", "zelensky")),
        ("Volodymyr Zelensky", ("volodimir", "zelensky")),
        ("Volodymyr Zelenskiy", ("volodimir", "zelensky")),
        ("Володимир Зеленський", ("volodimir", "zelensky")),  # the Cyrillic original
        ("Сергей Лавров", ("sergey", "lavrov")),
        ("Yulia Tymoshenko", ("yulia", "timoshenko")),
        ("Юлия Тимошенко", ("yulia", "timoshenko")),
        ("Sergei Lavrov", ("sergey", "lavrov")),
        ("Sergey Lavrov", ("sergey", "lavrov")),
        ("Mr. Tomas Berglund", ("tomas", "berglund")),
        ("Foreign Minister Ingrid Halvorsen", ("ingrid", "halvorsen")),
        ("Halvorsen's", ("halvorsen",)),
        ("José Álvarez", ("jose", "alvarez")),
    ],
)
def test_name_key_folds_spellings_and_titles(name, key):
    assert name_key(name) == key


def test_name_key_same_for_every_transliteration():
    forms = ["Dmitriy Volkov", "Dmitry Volkov", "Dmitrij Volkov", "Dmitrii Volkov"]
    assert len({name_key(f) for f in forms}) == 1


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("Halvorsen", "Ingrid Halvorsen", "Ingrid Halvorsen"),
        ("Ingrid Halvorsen", "Halvorsen", "Ingrid Halvorsen"),
        ("Ingrid Halvorsen", "Ingrid Marie Halvorsen", "Ingrid Marie Halvorsen"),
        ("Ms. Halvorsen", "Ingrid Halvorsen", "Ingrid Halvorsen"),
        ("Zelensky", "Zelenskyy", "Zelenskyy"),
    ],
)
def test_fuller_prefers_more_name_words(a, b, expected):
    assert fuller(a, b) == expected


def test_a_generation_suffix_is_not_the_family_name():
    assert same_name("John Roberts", "John G. Roberts Jr.")
    assert same_name("Roberts", "John G. Roberts Jr.")


def test_a_family_name_that_is_also_a_title_is_kept():
    assert name_words("Stephen King") == ("stephen", "king")
    assert same_name("Stephen King", "Stephen E. King")
    assert name_words("Vice President Mike Pence") == ("mike", "pence")


def test_a_family_name_that_is_also_a_title_is_the_name(extracted, pick):
    text = ('"Cost cuts were overdue," said Ritika Sen, an analyst in Mumbai.\n\n'
            "Sen told Reuters that more firms would cut jobs.")
    rec = pick(extracted(text), "more firms would cut jobs")
    assert rec.speaker.name == "Ritika Sen"


@pytest.mark.parametrize("written", ["Simon Ashworth KC", "Simon Ashworth QC", "Simon Ashworth MP"])
def test_letters_after_a_name_are_not_the_name(extracted, pick, written):
    rec = pick(extracted(f"Prosecutor {written} told the court that the money was never repaid."),
               "the money was never repaid")
    assert rec.speaker.name == "Simon Ashworth"


def test_a_family_name_takes_the_full_name_written_with_an_age(extracted, pick):
    # the tagger may miss "Mathis Durand" as a person; the age before it says it is one
    text = ("The Voyageurs acquired 33-year-old Mathis Durand from the Harbour Ravens on "
            "Monday.\n\n"
            "Durand, who has 19 goals this season, is known around the league for his late "
            "goals. He said he learned of the trade from a text message.")
    rec = pick(extracted(text), "he learned of the trade from a text message")
    assert rec.speaker.name == "Mathis Durand"
