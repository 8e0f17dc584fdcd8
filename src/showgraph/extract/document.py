"""The parsed article every relation finder works on: sentences with their section context
(current show, the season a section is about, whether it recaps a past season), the article's
shows and its name index."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Article, Fact, Span
from .names import NameIndex, find_names
from .seasons import find_seasons
from .shows import ShowIndex, heading_show, main_show, passing_shows
from .text import Sentence, sentences

_RECAP = re.compile(r"\b(?:end|ended|happened|leave|left|recap|previously)\b", re.I)
_AHEAD = re.compile(r"\b(?:expect|will|next|upcoming|new|coming)\b", re.I)


@dataclass
class Context:
    """A sentence and what the text around it says it is about."""

    sent: Sentence
    show: str | None
    section_season: int | None
    recap: bool
    para_season: int | None  # last single season named earlier in the same paragraph
    prev: Sentence | None  # previous sentence of the same paragraph
    prev_any: Sentence | None  # previous sentence in the article (not a heading)
    section_kind: str = ""


@dataclass
class Doc:
    article: Article
    main: str | None
    shows: ShowIndex
    contexts: list[Context]
    names: NameIndex
    target: dict[str, int] = field(default_factory=dict)
    actors: set[str] = field(default_factory=set)  # resolved names seen as actors
    last_agent: str | None = None  # the last person credited, for "he"/"she" in credits

    def resolve(self, name: str) -> str:
        return self.names.resolve(name)

    def season_before_target(self, show: str | None) -> int:
        t = self.target.get(show or "")
        return t - 1 if t and t > 1 else 1

    def fact(self, rel: str, ctx: Context, show: str | None, **fields: object) -> Fact | None:
        if not show:
            return None
        return Fact(
            rel=rel,
            show=show,
            evidence=ctx.sent.text,
            span=Span(ctx.sent.start, ctx.sent.end),
            **fields,  # type: ignore[arg-type]
        )


def _single_season(text: str) -> int | None:
    found = [m.numbers for m in find_seasons(text) if len(m.numbers) == 1]
    return found[-1][0] if found else None


def parse(article: Article) -> Doc:
    text = article.text
    sents = sentences(text)
    body = [s for s in sents if not (s.heading and s.start == sents[0].start)]
    first_line = article.title or (sents[0].text if sents else "")
    main = main_show(first_line, text)
    titles: list[str] = [main] if main else []
    for s in sents[1:]:
        if s.heading:
            h = heading_show(s.text, titles)
            if h:
                titles.append(h)
        else:
            titles.extend(passing_shows(s.text))
    shows = ShowIndex(titles)
    target: dict[str, int] = {}
    title_season = _single_season(first_line)
    if main and title_season:
        target[main] = title_season

    contexts: list[Context] = []
    current = main
    section_season: int | None = title_season
    recap = False
    kind = ""
    para_season: int | None = None
    prev: Sentence | None = None
    prev_any: Sentence | None = None
    last_block = -1
    for s in body:
        if s is sents[0]:
            continue
        if s.heading:
            h = heading_show(s.text, shows.titles)
            if h:
                current = h
            section_season = _single_season(s.text)
            if (
                h
                and section_season
                and h not in target
                and not (_RECAP.search(s.text) and not _AHEAD.search(s.text))
            ):
                target[h] = section_season
            recap = bool(_RECAP.search(s.text)) and not _AHEAD.search(s.text)
            kind = s.text.lower()
            para_season, prev, last_block = None, None, s.block
            continue
        if s.block != last_block:
            para_season, prev, last_block = None, None, s.block
        contexts.append(
            Context(s, current, section_season, recap, para_season, prev, prev_any, kind)
        )
        found = _single_season(s.text)
        if found:
            para_season = found
        prev = s
        prev_any = s

    forms: list[str] = []
    for ctx in contexts:
        forms.extend(n.text for n in find_names(ctx.sent.text, tuple(shows.titles)))
    return Doc(article, main, shows, contexts, NameIndex(forms), target)
