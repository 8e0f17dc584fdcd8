"""Cross-article name resolution: one canonical name per person, per character within a show,
per show and per platform, and every surface form seen mapped to it.

Forms are grouped when they are equal after case/space/"The"/season-suffix normalisation (shows)
or case/space normalisation (people, platforms); a one-token character form that is contained
in exactly one longer character name of the same show joins that name (within an article,
short person names are already resolved by `NameIndex`). The
canonical form of a group is its fullest form; among spellings of equal length the most
frequent, then the first seen.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from ..model import Extraction

_SEASON_SUFFIX = re.compile(r"\s+(?:season|series|part|volume)\s+\w+$", re.I)


def show_key(title: str) -> str:
    """Normalised show title: case, spaces, a leading "The" and a season suffix ignored.

    >>> show_key("The Society") == show_key("society") == show_key("Society Season 2")
    True
    """
    t = _SEASON_SUFFIX.sub("", " ".join(title.split()))
    t = re.sub(r"^the\s+", "", t, flags=re.I)
    return t.casefold()


def _name_key(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).casefold()


class _Groups:
    """Union of name forms under keys, with counts to choose the canonical spelling."""

    def __init__(self) -> None:
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        self.order: dict[str, int] = {}

    def add(self, key: str, form: str) -> None:
        self.counts[key][form] += 1
        self.order.setdefault(form, len(self.order))

    def canonical(self, merge_short: bool = False, known: Iterable[str] = ()) -> dict[str, str]:
        """key -> canonical form; with `merge_short`, one-token keys join the only longer key
        containing them (only safe within one show: across articles a one-token person name
        such as a pen name may be part of an unrelated person's name). `known` are other full
        names the articles use: "Baek" stays short when "Baek Man-sik" is known besides
        "Baek Man-ho", even if no fact names Baek Man-sik."""
        keys = list(self.counts)
        target = {k: k for k in keys}
        multi = [k for k in keys if len(k.split()) >= 2]
        if merge_short:
            by_token: dict[str, set[str]] = defaultdict(set)
            for m in {*multi, *(k for k in known if len(k.split()) >= 2)}:
                for token in m.split():
                    by_token[token].add(m)
            for k in keys:
                hits = by_token.get(k, set()) if len(k.split()) == 1 else set()
                if len(hits) == 1 and (hit := next(iter(hits))) in self.counts:
                    target[k] = hit
        merged: dict[str, Counter[str]] = defaultdict(Counter)
        for k, counter in self.counts.items():
            merged[target[k]].update(counter)
        best = {k: max(c, key=lambda f: (len(f), c[f], -self.order[f])) for k, c in merged.items()}
        return {k: best[target[k]] for k in keys}


def resolve_corpus(extractions: list[Extraction]) -> list[Extraction]:
    shows, people, platforms = _Groups(), _Groups(), _Groups()
    characters: dict[str, _Groups] = defaultdict(_Groups)
    known: dict[str, set[str]] = defaultdict(set)  # show key -> full names its articles use
    for ex in extractions:
        full = {_name_key(v) for v in ex.names.values() if len(v.split()) >= 2}
        for fact in ex.facts:
            known[show_key(fact.show)] |= full
        for form in ex.show_names:
            shows.add(show_key(form), form)
        for fact in ex.facts:
            shows.add(show_key(fact.show), fact.show)
            for key in ("actor", "person", "creator"):
                value = getattr(fact, key)
                if value:
                    people.add(_name_key(value), value)
            if fact.character:
                characters[show_key(fact.show)].add(_name_key(fact.character), fact.character)
            if fact.platform:
                platforms.add(fact.platform.casefold(), fact.platform)
    show_canon = shows.canonical()
    people_canon = people.canonical()
    char_canon = {k: g.canonical(merge_short=True, known=known[k]) for k, g in characters.items()}
    platform_canon = platforms.canonical()

    out = []
    for ex in extractions:
        facts = []
        names: dict[str, str] = {}
        for fact in ex.facts:
            sk = show_key(fact.show)
            changes: dict[str, object] = {"show": show_canon.get(sk, fact.show)}
            for key in ("actor", "person", "creator"):
                value = getattr(fact, key)
                if value:
                    changes[key] = people_canon.get(_name_key(value), value)
                    names[value] = changes[key]  # type: ignore[assignment]
            if fact.character:
                changes["character"] = char_canon[sk].get(_name_key(fact.character), fact.character)
                names[fact.character] = changes["character"]  # type: ignore[assignment]
            if fact.platform:
                changes["platform"] = platform_canon.get(fact.platform.casefold(), fact.platform)
            facts.append(replace(fact, **changes))
        for form, full in ex.names.items():
            names.setdefault(form, names.get(full, people_canon.get(_name_key(full), full)))
        show_names = {form: show_canon.get(show_key(form), form) for form in ex.show_names}
        for fact in ex.facts:
            show_names.setdefault(fact.show, show_canon.get(show_key(fact.show), fact.show))
        unique = tuple(dict.fromkeys(facts))
        out.append(replace(ex, facts=unique, names=names, show_names=show_names))
    return out
