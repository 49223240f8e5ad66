"""Texts for the safety tests, written for them: a plain news-like article and hostile inputs.

``normal_article(n)`` gives ordinary prose of about ``n`` characters (paragraphs of
reported speech, quotes and hedges), the yardstick the pathological inputs of the same
length are timed against.
"""

from __future__ import annotations

_PARAGRAPHS = (
    "The harbour council voted on Tuesday to close the old ferry pier for repairs, "
    "a decision that drew criticism from traders who rely on the morning crossing.",
    "“We were told nothing until the notice went up,” said Mara Lindqvist, who runs a "
    "bakery on the quay. “Half my customers come off that boat.”",
    "Council leader Tomas Brandt said the pier had failed two inspections and could not "
    "stay open safely. He added that a temporary landing would be ready within a month.",
    "According to the council's own survey, about 1,400 people use the crossing each day.",
    "Engineers reportedly found cracks in three of the supporting piles, though the full "
    "report has not been published.",
    "\"It's not a question of money, it's a question of safety,\" Brandt told reporters. "
    "Critics claimed the repairs had been delayed for years.",
    "A spokeswoman for the ferry operator said it was \"disappointed\" by the timing but "
    "would work with the council on a new timetable.",
    "Residents may attend a public meeting next week, officials said, where the plans "
    "will be explained.",
)


def normal_article(n: int) -> str:
    """About ``n`` characters of ordinary reported-speech prose, one paragraph a line."""
    out: list[str] = []
    size = 0
    k = 0
    while size < n:
        para = _PARAGRAPHS[k % len(_PARAGRAPHS)]
        # Vary the numbers so repeats are not literal copies of each other.
        para = para.replace("1,400", f"{1400 + k:,}")
        out.append(para)
        size += len(para) + 1
        k += 1
    return "\n".join(out)[:n]


# Hostile inputs of about ``n`` characters each: runs the quote pairer, the cue finder
# and the line-based readers could go super-linear on.
def pathological(n: int) -> dict[str, str]:
    """Named adversarial texts of length ``n`` (one long line unless the name says so)."""
    unit_dialogue = "“Yes,” he said. "
    return {
        "double-quote-run": '"' * n,
        "curly-quote-run": ("“" * (n // 2) + "”" * (n // 2)).ljust(n, "”"),
        "apostrophe-run": ("'" * n),
        "apostrophe-words": ("it's Russia's partners' " * (n // 24 + 1))[:n],
        "space-run": ("word" + " " * (n - 8) + "word"),
        "brackets-nested": ("(" * (n // 2) + ")" * (n // 2)),
        "dots-run": "The minister said so " + "." * (n - 22) + "x",
        "dense-dialogue-one-line": (unit_dialogue * (n // len(unit_dialogue) + 1))[:n],
        "open-quotes-words": ("“word " * (n // 6 + 1))[:n],
        "alternating-marks": ("'\"‘“’”«»" * (n // 8 + 1))[:n],
    }
