"""Page furniture and repeated passages are found, and prose is left alone."""

from __future__ import annotations

import pytest

from quotes.read.boilerplate import classify_line, find_boilerplate, ignore_regions


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Advertisement", "advert"),
        ("ADVERTISEMENT", "advert"),
        ("Story continues below advertisement", "advert"),
        ("Sponsored content", "advert"),
        ("Related Articles", "related"),
        ("More from Politics", None),  # a section name: left to the crumb rule
        ("Recommended stories", "related"),
        ("Read more:", "related"),
        ("You may also like", "related"),
        ("Most read", "related"),
        ("Comments", "comments"),
        ("12 comments", "comments"),
        ("No comments yet...", "comments"),
        ("Be the first to comment", "comments"),
        ("Share this article", "share"),
        ("Share on Facebook", "share"),
        ("Facebook Twitter WhatsApp Email", "share"),
        ("Download the app", "promo"),
        ("DOWNLOAD OUR NEWS APP", "promo"),
        ("Subscribe to our morning newsletter", "promo"),
        ("Sign up", "promo"),
        ("Get the news app on your preferred app store and never miss a story.", "promo"),
        ("Ready for more? Download Harbourside app today from your app store.", "promo"),
        ("App Store Google Play", "promo"),
        ("We use cookies to improve your experience", "promo"),
        ("© 2024 Harbour Gazette. All rights reserved.", "promo"),
        ("3 hours ago", "dateline"),
        ("5 min read", "dateline"),
        ("Updated 14:05 GMT, 3 March 2024", "dateline"),
        ("  • Advertisement  ", "advert"),
    ],
)
def test_furniture_lines(line: str, reason: str | None) -> None:
    assert classify_line(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The mayor said the harbour would stay open.",
        "Apple said the App Store would change its rules next year.",
        "Updated figures released on Monday show 12 more cases in the district.",
        "Comments made by the minister on Friday drew criticism from unions.",
        '"Advertisement is not journalism," the editor said.',
        "Share prices fell by 4% after the announcement, analysts said.",
        "Download speeds doubled, the regulator said on Thursday.",
        "Related reports suggested the talks had stalled before the vote in March.",
        "Subscribers will pay more from June, the company said in a statement.",
        "“Sign up,” she told the volunteers, “and we will train you.”",
    ],
)
def test_prose_is_not_furniture(line: str) -> None:
    assert classify_line(line) is None


SCRAPED = """\
Harbour Gazette
Mayor keeps harbour open despite storm warnings
Mayor keeps harbour open despite storm warnings
The mayor of Port Elling said on Tuesday that the harbour would stay open all winter.
Advertisement
"We will not close the harbour while I am mayor," Ingrid Solberg told reporters.
Fishermen's unions welcomed the decision, which they said would protect 400 jobs.
Share this article
Comments
No comments yet...
Related Articles
Ferry operator warns of winter delays
The ferry operator said crossings could be cut by half, blaming a shortage of crews.
Ferry operator warns of winter delays
The ferry operator said crossings could be cut by half, blaming a shortage of crews. Advertisement
Download the Harbour Gazette app today from your preferred app store.
"""


def _ignored(text: str, snippet: str, occurrence: int = 1) -> bool:
    pos = -1
    for _ in range(occurrence):
        pos = text.index(snippet, pos + 1)
    return any(s <= pos < e for s, e in ignore_regions(text))


@pytest.mark.parametrize(
    ("snippet", "occurrence", "ignored"),
    [
        ("Harbour Gazette\n", 1, True),  # masthead crumb
        ("Mayor keeps harbour", 1, False),  # the headline itself is kept
        ("Mayor keeps harbour", 2, True),  # ... its second printing is not
        ("The mayor of Port Elling", 1, False),
        ("Advertisement", 1, True),
        ('"We will not close', 1, False),
        ("Fishermen's unions", 1, False),
        ("Share this article", 1, True),
        ("Comments", 1, True),
        ("No comments yet", 1, True),
        ("Related Articles", 1, True),
        ("The ferry operator said", 1, False),  # the related story, first copy
        ("The ferry operator said", 2, True),  # the same story printed again
        ("Advertisement", 2, True),  # inline marker after the repeated story
        ("Download the Harbour", 1, True),
    ],
)
def test_scraped_page(snippet: str, occurrence: int, ignored: bool) -> None:
    assert _ignored(SCRAPED, snippet, occurrence) is ignored


def test_regions_never_change_the_text_and_stay_inside_it() -> None:
    before = SCRAPED
    regions = ignore_regions(SCRAPED)
    assert SCRAPED == before
    assert regions == sorted(regions)
    assert all(0 <= s < e <= len(SCRAPED) for s, e in regions)
    assert all(e1 < s2 for (_, e1), (s2, _) in zip(regions, regions[1:], strict=False))


def test_short_line_in_hard_wrapped_text_is_kept() -> None:
    # In a hard-wrapped article a short line is usually the tail of a sentence.
    text = (
        "The council said on Monday that the new bridge over the river\n"
        "would open in May\n"
        "and that tolls would be dropped for residents of the old town.\n"
    )
    assert find_boilerplate(text) == []


def test_short_standalone_lines_are_navigation() -> None:
    text = "Home\n\nWorld News\n\nThe minister resigned on Friday, officials said.\n"
    reasons = {text[r.start:r.end]: r.reason for r in find_boilerplate(text)}
    assert reasons == {"Home": "navigation", "World News": "navigation"}


def test_speaker_labels_and_short_quotes_are_not_navigation() -> None:
    text = 'Interviewer:\nWhat happens next?\nSolberg:\n"We rebuild."\nThat was all she said.\n'
    assert find_boilerplate(text) == []


def test_repeated_sentence_inside_a_longer_paragraph_is_ignored() -> None:
    story = "The harbour authority said the new crane would double the port's capacity by 2026."
    text = f"{story}\nOther news today.\nIn brief: the weather was calm. {story} More soon.\n"
    later = text.index(story, 1)
    regions = ignore_regions(text)
    assert any(s <= later < e for s, e in regions)
    assert not any(s <= 0 < e for s, e in regions)
    assert not any(s <= text.index("In brief") < e for s, e in regions)


def test_crlf_line_endings_keep_offsets_exact() -> None:
    text = SCRAPED.replace("\n", "\r\n")
    # Regions are within lines: no region swallows a line break, CR or LF.
    assert all("\r" not in text[s:e] and "\n" not in text[s:e] for s, e in ignore_regions(text))
    pos = text.index("Advertisement")
    assert any(s <= pos < e for s, e in ignore_regions(text))
    assert not _ignored(text, '"We will not close')
