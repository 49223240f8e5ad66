"""When a predicted speaker counts as the gold speaker.

The rules of the shared scorer: the same name once case, a leading "the", curly
apostrophes and spacing are normalised; or a listed alias of the gold name; or one person
name inside the other, sharing the family name ("Lonechild" and "Darian Lonechild"),
titles ignored. Gold items that name the speaker only by its mention in the text
(``speaker_match: mention``) compare the predicted mention span instead.

No alias table is built in: aliases are evaluation data that belong with the gold set,
so they are read from a file (:func:`load_aliases`).
"""

from __future__ import annotations

import ast
import json
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path

TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "president", "minister", "prime", "gen", "general", "sen", "senator",
    "rep", "gov", "governor", "secretary", "chief", "mayor", "prof", "professor", "sir", "the",
})
UNATTRIBUTED_NAMES = ("", "unknown", "unattributed", "none")

Aliases = Mapping[str, frozenset[str]]


def norm_name(name: str | None) -> str:
    """Lower-cased, NFKC, no leading "the", straight apostrophes, single spaces."""
    s = unicodedata.normalize("NFKC", name or "").lower().strip()
    s = re.sub(r"^(the)\s+", "", s)
    s = re.sub(r"[’`]", "'", s)
    return re.sub(r"\s+", " ", s)


def name_tokens(name: str) -> list[str]:
    """The words of a name without titles ("President Donald Trump" -> donald, trump)."""
    return [t for t in re.findall(r"[\w'-]+", norm_name(name)) if t not in TITLES]


def speaker_ok(pred: str | None, gold: str | None, aliases: Aliases | None = None) -> bool:
    """Whether the predicted speaker name is the gold one (None = no speaker)."""
    if gold is None:
        return pred is None or norm_name(pred) in UNATTRIBUTED_NAMES
    if pred is None:
        return False
    p, g = norm_name(pred), norm_name(gold)
    if p == g:
        return True
    if aliases and p in aliases.get(g, ()):
        return True
    pt, gt = name_tokens(pred), name_tokens(gold)
    if not pt or not gt or pt[-1] != gt[-1]:
        return False
    return set(pt) <= set(gt) or set(gt) <= set(pt)


def mention_ok(
    pred_name: str | None,
    pred_mention: tuple[int, int] | None,
    gold_mention: tuple[int, int] | None,
) -> bool:
    """Mention-span speaker match: the predicted mention overlaps the gold one.

    Gold without a mention means the statement has no source in the text: right when the
    prediction names no speaker.
    """
    if gold_mention is None:
        return not pred_name
    if pred_mention is None:
        return False
    return pred_mention[0] < gold_mention[1] and gold_mention[0] < pred_mention[1]


def load_aliases(path: str | Path) -> dict[str, frozenset[str]]:
    """An alias table: canonical name -> names that also count as that speaker.

    Reads a JSON object ``{"Donald Trump": ["Trump", ...]}``, a speaker registry (a JSON
    list, or ``{"speakers": [...]}``, of entries with ``name`` and ``aliases``), or a Python
    scorer file defining a literal ``SPEAKER_ALIASES = {...}`` (read with ``ast``, never run).
    Raises ValueError when the file holds none of these.
    """
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".py":
        raw = _python_literal(text, "SPEAKER_ALIASES")
    else:
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"not JSON ({exc.msg}, line {exc.lineno})") from None
    if isinstance(raw, dict) and isinstance(raw.get("speakers"), list):
        raw = raw["speakers"]
    table: dict[str, set[str]] = {}
    if isinstance(raw, dict):
        for name, names in raw.items():
            if not isinstance(name, str) or not isinstance(names, (list, set, tuple)):
                raise ValueError("an alias table maps each name to a list of names")
            table.setdefault(norm_name(name), set()).update(norm_name(str(n)) for n in names)
    elif isinstance(raw, list):
        for entry in raw:
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                raise ValueError("a speaker registry entry needs a \"name\"")
            names = entry.get("aliases") or []
            canonical = norm_name(entry["name"])
            table.setdefault(canonical, set()).update(norm_name(str(n)) for n in names)
    else:
        raise ValueError("expected an alias object or a speaker registry list")
    return {k: frozenset(v) for k, v in table.items()}


def find_aliases(gold_path: str | Path) -> Path | None:
    """The alias table that goes with a gold file, when it sits in the usual place.

    ``aliases.json`` beside the gold file, else the reference scorer ``score.py`` one folder
    up (the layout of the shared evaluation sets: ``eval/score.py``, ``eval/SET/gold.jsonl``).
    """
    folder = Path(gold_path).resolve().parent
    for candidate in (folder / "aliases.json", folder.parent / "score.py"):
        if candidate.is_file():
            return candidate
    return None


def _python_literal(source: str, name: str):
    try:
        tree = ast.parse(source)
    except SyntaxError:
        raise ValueError("not a Python file") from None
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            try:
                return ast.literal_eval(node.value)
            except ValueError:
                raise ValueError(f"{name} is not a literal") from None
    raise ValueError(f"no {name} = ... in this file")
