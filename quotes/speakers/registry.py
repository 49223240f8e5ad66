"""The speaker registry: canonical names, aliases, roles, kinds and external ids.

A JSON file, a list of entries::

    [{"name": "Volodymyr Zelenskyy", "aliases": ["Zelensky"], "kind": "person",
      "roles": ["President of Ukraine"], "ids": {"wikidata": "Q3874799"}}]

One ships in ``seeds/speakers.json``; users pass theirs with ``--speakers FILE``.
Speakers found in the registry get its canonical name and ids.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from quotes.errors import InputError
from quotes.speakers.names import ascii_fold, name_words, same_name

KINDS = ("person", "organization", "media", "group", "unknown")


@dataclass
class RegistryEntry:
    """One known speaker."""

    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str = "person"
    roles: list[str] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "aliases": self.aliases,
            "kind": self.kind,
            "roles": self.roles,
            "ids": self.ids,
        }


class SpeakerRegistry:
    """Look speakers up by any of their names."""

    def __init__(self, entries: list[RegistryEntry] | None = None) -> None:
        self.entries: list[RegistryEntry] = []
        self._exact: dict[str, RegistryEntry] = {}
        for e in entries or []:
            self.add(e)

    def add(self, entry: RegistryEntry) -> None:
        """Add an entry; its name and aliases become look-up keys."""
        self.entries.append(entry)
        for form in [entry.name, *entry.aliases]:
            self._exact.setdefault(_exact_key(form), entry)

    def lookup(self, name: str, kind: str | None = None) -> RegistryEntry | None:
        """The entry for a name as written: exact alias first, then the person-name match."""
        hit = self._exact.get(_exact_key(name))
        if hit is not None:
            return hit
        if kind not in (None, "person"):
            return None
        matches = [
            e
            for e in self.entries
            if e.kind == "person" and any(same_name(name, form) for form in [e.name, *e.aliases])
        ]
        if len(matches) == 1 and len(name_words(name)) >= 1:
            return matches[0]
        return None

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def load(cls, path: str | Path) -> SpeakerRegistry:
        """Read a registry file; a clear ``InputError`` when it is missing or malformed."""
        p = Path(path)
        try:
            raw = json.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(str(p), "speaker registry not found") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(str(p), f"speaker registry is not valid JSON ({exc})") from None
        items = raw.get("speakers") if isinstance(raw, dict) else raw
        if not isinstance(items, list):
            raise InputError(str(p), "speaker registry must be a JSON list of entries")
        entries = []
        for n, item in enumerate(items, 1):
            if not isinstance(item, dict) or not isinstance(item.get("name"), str):
                raise InputError(str(p), f"entry {n} has no 'name'")
            kind = item.get("kind", "person")
            entries.append(
                RegistryEntry(
                    name=item["name"],
                    aliases=[str(a) for a in item.get("aliases", [])],
                    kind=kind if kind in KINDS else "unknown",
                    roles=[str(r) for r in item.get("roles", [])],
                    ids={str(k): str(v) for k, v in (item.get("ids") or {}).items()},
                )
            )
        return cls(entries)

    def save(self, path: str | Path) -> None:
        """Write the registry back (used when a reviewer adds an alias)."""
        Path(path).write_text(
            json.dumps([e.to_dict() for e in self.entries], ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )


def _exact_key(name: str) -> str:
    s = ascii_fold(name).strip()
    if s.startswith("the "):
        s = s[4:]
    return " ".join(s.replace("'s ", " ").split())
