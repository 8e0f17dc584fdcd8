"""Run the relation finders over a parsed article and resolve the names in their facts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..model import Article, Extraction, Fact
from .cast import find_plays
from .credits import find_credits
from .document import Doc, parse
from .encyclopedic import find_encyclopedic, find_genres
from .fates import find_fates
from .production import find_dated, find_episodes

FINDERS = (find_fates, find_dated, find_episodes, find_credits, find_encyclopedic, find_genres)
# a true story's history, not the show's: "The real Dalva died in 2016", "In real life she left
# for Portugal in 1976"
# (or the book's: "In the novel, Astrid is killed in the avalanche")
_REAL_LIFE = re.compile(
    r"^(?:In\s+real\s+life|In\s+reality|In\s+the\s+(?:original\s+)?(?:novel|book|manga|webtoon|comic|"
    r"source\s+material))\b|\b[Tt]he\s+real(?:-life)?\s+[A-Z]"
)
_STORY_FINDERS = (find_fates, find_dated)
_NAME_FIELDS = ("actor", "character", "person", "creator")


def _resolve(doc: Doc, fact: Fact) -> Fact:
    changes = {}
    for key in _NAME_FIELDS:
        value = getattr(fact, key)
        if value:
            changes[key] = doc.names.resolve(value)
    return replace(fact, **changes) if changes else fact


def extract(article: Article) -> Extraction:
    """All facts one article states, names resolved to the fullest form the article uses."""
    doc = parse(article)
    facts: list[Fact] = []
    seen: set[Fact] = set()
    # Cast first: knowing who the actors are keeps them out of character slots. Sentences
    # with brackets come last, so that "A (C)" or "C (A)" is read knowing the actors the
    # prose names, wherever it names them.
    plays: dict[int, list[Fact]] = {}
    for bracketed in (False, True):
        for i, ctx in enumerate(doc.contexts):
            if ("(" in ctx.sent.text) == bracketed:
                plays[i] = [_resolve(doc, fact) for fact in find_plays(doc, ctx)]
                doc.actors.update(fact.actor or "" for fact in plays[i])
    for i in range(len(doc.contexts)):
        for fact in plays[i]:
            if fact not in seen:
                seen.add(fact)
                facts.append(fact)
    for ctx in doc.contexts:
        real_life = _REAL_LIFE.search(ctx.sent.text) is not None
        for finder in FINDERS:
            if real_life and finder in _STORY_FINDERS:
                continue
            for fact in finder(doc, ctx):
                fact = _resolve(doc, fact)
                if fact not in seen:
                    seen.add(fact)
                    facts.append(fact)
    facts = _without_roleless_duplicates(_settled_missing(facts))
    show_names = {t: t for t in doc.shows.titles}
    return Extraction(
        article=article, facts=tuple(facts), names=doc.names.forms(), show_names=show_names
    )


def _without_roleless_duplicates(facts: list[Fact]) -> list[Fact]:
    """Drop `cast` (an actor named without a role) where the article gives the actor's role in
    that show: "the series stars A as C", or "starring A" and later "A plays C", is A plays C.
    A name a role pair of the same sentence has, either way round, is no role-less actor
    either ("Also back: A (C) and B as D")."""
    with_role = {(f.show, f.actor) for f in facts if f.rel == "plays"}
    paired = {(f.evidence, name) for f in facts if f.rel == "plays" for name in (f.actor, f.character)}
    return [
        f
        for f in facts
        if not (f.rel == "cast" and ((f.show, f.actor) in with_role or (f.evidence, f.actor) in paired))
    ]


def _settled_missing(facts: list[Fact]) -> list[Fact]:
    """Drop "missing" where the article also says how the character ends up that season: one
    who disappears and is later found dead, or turns up alive, was only missing for a while."""
    settled = {
        (f.show, f.season, f.character)
        for f in facts
        if f.rel == "fate" and f.fate in ("dies", "survives") and f.certainty == "confirmed"
    }
    return [
        f
        for f in facts
        if not (
            f.rel == "fate" and f.fate == "missing" and (f.show, f.season, f.character) in settled
        )
    ]


def extract_corpus(
    articles: Iterable[Article], jobs: int = 1, progress: bool = False
) -> list[Extraction]:
    """Extract every article (in a process pool when jobs > 1), then resolve names across them."""
    from .corpus import resolve_corpus

    items = list(articles)
    if jobs > 1:
        from multiprocessing import Pool

        with Pool(jobs) as pool:
            iterator = pool.imap(extract, items, chunksize=16)
            results = list(_bar(iterator, len(items), progress))
    else:
        results = list(_bar(map(extract, items), len(items), progress))
    return resolve_corpus(results)


def _bar(iterator: Iterable[Extraction], total: int, progress: bool) -> Iterable[Extraction]:
    if not progress:
        return iterator
    from tqdm import tqdm

    return tqdm(iterator, total=total, unit="article", file=None)
