"""Speaker registry edits from the review screen: which alias to offer, saving it, taking it out.

A reviewer who corrects a speaker may save the mention as an alias of the name, so the
next extraction resolves it. Three rules keep the registry clean: a title is never part
of a name or an alias ("Mayor Ana Ruiz" -> "Ana Ruiz", title "Mayor"); a mention that
already names another entry is never offered (it would make two people one); and undoing
the correction takes the alias out again (see ``ReviewStore.note_alias``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from quotes.errors import QuotesError

# Mentions that name nobody on their own: never offered as registry aliases.
NOT_ALIASES = {
    "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "their",
    "the spokesman", "the spokeswoman", "the minister", "the president", "officials",
}


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Words that are titles or roles, from the role lexicon and the name matcher's list."""
    from quotes.lexicon import load_lexicon
    from quotes.speakers.names import TITLE_WORDS

    return frozenset(TITLE_WORDS) | frozenset(load_lexicon().roles)


def split_title(name: str, title: str | None = None) -> tuple[str | None, str]:
    """(title, bare name): leading title words ("Foreign Minister") come off the name."""
    words = name.split()
    if title and name.casefold().startswith(title.casefold() + " "):
        return title, name[len(title):].strip()
    cut = 0
    titles = title_words()
    while cut < len(words) - 1 and words[cut].rstrip(".").casefold() in titles:
        cut += 1
    if not cut:
        return None, name.strip()
    return " ".join(words[:cut]), " ".join(words[cut:])


def alias_worthy(mention: str, name: str) -> bool:
    """A name-like mention that differs from the name (not "he", not "the minister")."""
    if not mention or mention.casefold() == name.casefold():
        return False
    if mention.casefold() in NOT_ALIASES or not mention[0].isupper():
        return False
    return not mention.casefold().startswith(("the ", "a ", "an "))


def _key(form: str) -> str:
    s = " ".join(form.casefold().split())
    return s[4:] if s.startswith("the ") else s


@dataclass(frozen=True)
class AliasOffer:
    """What to ask the reviewer: save ``alias`` for ``name`` (a new entry when ``new``)."""

    alias: str
    name: str
    new: bool


def alias_offer(registry_path: Path, mention: str, name: str) -> AliasOffer | str | None:
    """The alias to offer; a reason (str) when the mention belongs to another entry; or None."""
    from quotes.speakers.registry import SpeakerRegistry

    _, alias = split_title(" ".join(mention.split()))
    if not alias_worthy(alias, name):
        return None
    try:
        registry = SpeakerRegistry.load(registry_path)
    except QuotesError:
        return None
    entry = next((e for e in registry.entries if e.name == name), None)
    for other in registry.entries:
        if any(_key(f) == _key(alias) for f in [other.name, *other.aliases]):
            if other is entry:
                return None  # already known
            return f"“{alias}” already names {other.name} in {registry_path.name}; not offered"
    return AliasOffer(alias, name, entry is None)


def save_alias(registry_path: Path, offer: AliasOffer, kind: str | None) -> None:
    """Add the alias (and the entry when new); raises QuotesError or OSError."""
    from quotes.speakers.registry import RegistryEntry, SpeakerRegistry

    registry = SpeakerRegistry.load(registry_path)
    entry = next((e for e in registry.entries if e.name == offer.name), None)
    if entry is None:
        registry.add(RegistryEntry(name=offer.name, aliases=[offer.alias],
                                   kind=kind if kind and kind != "unknown" else "person"))
    elif offer.alias not in entry.aliases:
        entry.aliases.append(offer.alias)
    registry.save(registry_path)


def take_out_alias(registry_path: Path, name: str, alias: str, created: bool) -> None:
    """Undo :func:`save_alias`: drop the alias, and the entry if the save created it."""
    from quotes.speakers.registry import SpeakerRegistry

    registry = SpeakerRegistry.load(registry_path)
    kept = []
    for entry in registry.entries:
        if entry.name == name and alias in entry.aliases:
            entry.aliases.remove(alias)
            if created and not entry.aliases and not entry.ids and not entry.roles:
                continue
        kept.append(entry)
    SpeakerRegistry(kept).save(registry_path)
