"""Rule dash-credit: a quotation credited after a dash at the end of its line."""

from __future__ import annotations

import pytest

# (text, words said, speaker name)
CREDITED = [
    pytest.param(
        "Readers told us what the ferry means to them.\n\n"
        "\u201cThe ferry is how my children get to school every day.\u201d \u2015 Ingrid Solheim\n"
        "\u201cWithout it the island would empty within ten years.\u201d\u2015 Ola Vik\n",
        "Without it the island would empty within ten years.",
        "Ola Vik",
        id="horizontal-bar-no-space",
    ),
    pytest.param(
        '"We will rebuild the harbour before the winter storms." \u2014 Mayor Ana Roe.\n',
        "We will rebuild the harbour before the winter storms.",
        "Ana Roe",
        id="em-dash-with-title",
    ),
    pytest.param(
        '"Fares must stay low for the people who live out there." - Tor Lund, ferry captain\n',
        "Fares must stay low for the people who live out there.",
        "Tor Lund",
        id="hyphen-with-description",
    ),
    pytest.param(
        "\u201cThe ferry is how my children get to school every day.\u201d\u00a0\u2015\u00a0Ingrid "
        "Solheim\u00a0\n",
        "The ferry is how my children get to school every day.",
        "Ingrid Solheim",
        id="no-break-spaces-keep-the-dash-out-of-the-name",
    ),
    pytest.param(
        "\u201cYou promised a bridge and built a fence.\u201d \u2015\u00a0Julia N Ruiz "
        "Ortega\n\u201cWe need schools, not walls.\u201d \u2015 Karen Bobadilla\n",
        "You promised a bridge and built a fence.",
        "Julia N Ruiz Ortega",
        id="four-word-name-after-a-given-name",
    ),
]


@pytest.mark.parametrize("text, words, name", CREDITED)
def test_the_name_after_the_dash_is_the_speaker(extracted, pick, text, words, name):
    rec = pick(extracted(text), words)
    assert rec.rule == "dash-credit"
    assert rec.type == "direct"
    assert rec.speaker.name == name
    assert rec.speaker.kind == "person"


NOT_CREDITS = [
    pytest.param(
        '"We will rebuild the harbour," she said \u2014 Roe later said the plan had changed.\n',
        id="dash-inside-running-prose",
    ),
    pytest.param(
        '"A view of the harbour after the storm on Monday night." \u2014 Reuters\n',
        id="photo-agency-credit",
    ),
]


@pytest.mark.parametrize("text", NOT_CREDITS)
def test_a_dash_that_credits_no_words_makes_no_dash_credit(extracted, text):
    assert not [r for r in extracted(text) if r.rule == "dash-credit"]
