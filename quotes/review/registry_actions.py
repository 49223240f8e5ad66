"""The review screen's side of the speaker registry: offering, saving and undoing aliases.

A mixin of :class:`quotes.review.app.ReviewApp`; the rules are in
:mod:`quotes.review.aliases`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from quotes.review.aliases import AliasOffer, alias_offer, save_alias, take_out_alias
from quotes.review.screens import ConfirmScreen
from quotes.write.terminal import sanitize


class RegistryActions:
    """Ask before saving a mention as an alias; remember it so undo can take it out."""

    # Provided by ReviewApp.
    registry_path: Path | None
    registry_names: list[str]
    store: Any
    reviewer: str
    readonly: bool

    def _registry_entry(self, name: str) -> Any:
        if self.registry_path is None:
            return None
        from quotes.errors import QuotesError
        from quotes.speakers.registry import SpeakerRegistry

        try:
            registry = SpeakerRegistry.load(self.registry_path)
        except QuotesError:  # a broken registry must not stop the review
            return None
        return next((e for e in registry.entries if e.name == name), None)

    def _offer_alias(self, record: dict[str, Any], name: str, rid: str, seq: int | None) -> None:
        """Ask (never silently) whether the mention should become an alias of ``name``."""
        if self.registry_path is None or seq is None:
            return
        mention = ((record.get("speaker") or {}).get("mention") or {}).get("text", "")
        offer = alias_offer(self.registry_path, mention, name)
        if isinstance(offer, str):
            self.notify(sanitize(offer), markup=False)
            return
        if offer is None:
            return
        where = self.registry_path.name
        question = (
            f"Add {name} to {where}, with “{offer.alias}” as an alias?"
            if offer.new
            else f"Save “{offer.alias}” as an alias of {name} in {where}?"
        )

        def done(yes: bool | None) -> None:
            if yes:
                self._save_offer(offer, (record.get("speaker") or {}).get("kind"), rid, seq)

        self.push_screen(ConfirmScreen(question), done)

    def _save_alias(self, mention: str, name: str, kind: str | None,
                    rid: str | None = None, seq: int | None = None) -> None:
        """Save ``mention`` as an alias of ``name`` (the entry is created when missing)."""
        offer = AliasOffer(mention, name, self._registry_entry(name) is None)
        self._save_offer(offer, kind, rid, seq)

    def _save_offer(self, offer: AliasOffer, kind: str | None, rid: str | None,
                    seq: int | None) -> None:
        from quotes.errors import QuotesError

        assert self.registry_path is not None
        try:
            save_alias(self.registry_path, offer, kind)
        except (QuotesError, OSError) as exc:
            self.notify(f"Could not save the alias: {sanitize(str(exc))}", severity="error",
                        markup=False)
            return
        # Remembered with the decision, so undoing the correction takes the alias out.
        if seq is not None and rid is not None and not self.readonly:
            self._read(lambda: self.store.note_alias(
                seq, self.doc_id, rid, self.reviewer, str(self.registry_path), offer.name,
                offer.alias, offer.new), None)
        self.registry_names = registry_names(self.registry_path)
        # Article text: a toast parses markup unless told not to.
        self.notify(f"Saved “{sanitize(offer.alias)}” → {sanitize(offer.name)}.", markup=False)

    def _take_out_aliases(self, seq: int) -> None:
        from quotes.errors import QuotesError

        changes = self._read(lambda: self.store.aliases_of(seq), [])
        for registry, name, alias, created in changes:
            try:
                take_out_alias(Path(registry), name, alias, created)
            except (QuotesError, OSError) as exc:
                self.notify(f"Could not take the alias out of {sanitize(registry)}: "
                            f"{sanitize(str(exc))}", severity="error", markup=False)
                return
            self.notify(f"Alias “{sanitize(alias)}” taken out of {sanitize(Path(registry).name)}.",
                        markup=False)
        if changes:
            self._save(lambda: self.store.aliases_taken_out(seq))
            self.registry_names = registry_names(self.registry_path)


def registry_names(path: Path | None) -> list[str]:
    if path is None:
        return []
    from quotes.errors import QuotesError
    from quotes.speakers.registry import SpeakerRegistry

    try:
        return [e.name for e in SpeakerRegistry.load(path).entries]
    except QuotesError:
        return []
