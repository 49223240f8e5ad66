"""claimReviewed shortening: under 75 code points, never a broken word."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotes.export.shorten import ELLIPSIS, clean_claim, shorten_claim


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Prices fell last year,"', "Prices fell last year"),
        ("\u201cThe bridge  will\nopen in May.\u201d", "The bridge will open in May."),
        # a first sentence that fills the room is the claim, without an ellipsis
        (
            "The harbour tunnel will open before the winter storms arrive this year. "
            "After that we will see.",
            "The harbour tunnel will open before the winter storms arrive this year.",
        ),
        # an abbreviation is not a sentence end
        (
            "Our town needs a better relationship with the U.S. and at the same time "
            "with the harbour board",
            "Our town needs a better relationship with the U.S. and at the same time" + ELLIPSIS,
        ),
        # function words left dangling go before the ellipsis
        (
            "Our councillors want a better relationship with the harbour board and of the "
            "regional people",
            "Our councillors want a better relationship with the harbour board" + ELLIPSIS,
        ),
        # a comma before the cut is dropped
        (
            "We counted every single boat in the harbour, every sail, every mooring, and every net",
            "We counted every single boat in the harbour, every sail, every mooring" + ELLIPSIS,
        ),
    ],
)
def test_shorten_claim(text: str, expected: str) -> None:
    assert shorten_claim(text) == expected


def test_a_single_overlong_word_is_kept_whole() -> None:
    word = "https://example.org/" + "a" * 80
    assert shorten_claim(word) == word


def test_text_without_spaces_is_cut_only_after_its_punctuation() -> None:
    text = (
        "我们正在与伙伴合作确保生产能力得到充分利用，" * 2
        + "既为了我们今天的共同防御也为了战后伙伴的武器库" * 2
    )
    out = shorten_claim(text)
    assert len(out) < 75
    assert out.endswith("，" + ELLIPSIS) or out.endswith("利用" + ELLIPSIS)
    assert text.startswith(out[: -len(ELLIPSIS)])


words = st.text(alphabet=st.sampled_from("abcxyzéß🌳𝔰,.;"), min_size=1, max_size=14).filter(
    lambda w: w.strip(",.;")
)


@given(st.lists(words, min_size=1, max_size=40))
def test_never_cuts_inside_a_word(ws: list[str]) -> None:
    text = " ".join(ws)
    full = clean_claim(text)
    out = shorten_claim(text)
    if out == full:
        return
    if out.endswith(ELLIPSIS):
        kept = out[: -len(ELLIPSIS)]
        assert len(out) < 75
        assert full.startswith(kept)
        # what follows the kept part starts at a word boundary (after trailing punctuation)
        assert full[len(kept) :].lstrip(",;:-").startswith(" ") or full[len(kept)] == " "
    else:
        # a whole sentence run, ending at a sentence end of the original
        assert full.startswith(out) and out[-1] in ".!?" and len(out) < 75
