"""The parsed article every relation finder works on: sentences with their section context
(current show, the season a section is about, whether it recaps a past season), the article's
shows and its name index."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import Article, Fact, Span
from .dates import find_dates, find_yearless
from .names import TITLES, NameIndex, find_names, nicknames
from .seasons import SeasonMention, find_seasons, uses_parts
from .shows import (
    PLATFORMS,
    TIMESTAMP,
    ShowIndex,
    clean_title,
    entry_show,
    heading_show,
    lead_in_show,
    listed_in_headline,
    main_show,
    paragraph_show,
    passing_shows,
    platform_heading,
    quoted_shows,
)
from .text import Sentence, sentences

_RECAP = re.compile(
    r"\b(?:end|ended|happened|leave|left|recap|previously|survived|died|killed|fates?)\b", re.I
)
_AHEAD = re.compile(r"\b(?:expect|will|next|upcoming|new|coming)\b", re.I)
# "Season 2 Finale Recap: Who Lived, Who Died", not "Season 2 finale date: when to watch"
_RECAP_TITLE = re.compile(
    r"^(?!.*\b(?:date|when|expect|will|trailer|know|coming|confirmed|renewed|renewal|release|"
    r"return|returns|returning|cast|plot|premiere|news)\b)"
    r".*\b(?:recap|finale|ending explained|ending|who (?:died|dies|lived|lives|survived)|"
    r"review|reviewed)\b",
    re.I,
)


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
    # the year relative dates ("next year", "this autumn") count from: the last year named
    # before this sentence ("Update, March 2024: ... early next year"), else the published year
    anchor_year: int | None = None
    columns: tuple[int, int] | None = None  # a table row's (actor, character) columns
    # the character a section's heading names ("3. Marco Santos (Paolo Reyes)"): whom "she" and
    # "the smuggler" of its sentences mean when nothing nearer does
    section_character: str | None = None
    # a calendar's day for the show its heading introduces: "MARCH 4" over "Title, Season 1 |
    # iQIYI"; (date, hedged)
    calendar_day: tuple[str, bool] | None = None


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
    parts: bool = False  # the show comes in "Part 1", "Part 2" rather than seasons
    published: str | None = None  # ISO day the article was published or updated, if known
    prose_start: int = 0  # where the first paragraph of prose begins (a masthead is above it)
    # how the article writes "X (Y)" pairs: > 0 for "Actor (Character)", < 0 for
    # "Character (Actor)", 0 when nothing tells (see cast._bracket_order)
    bracket_vote: int | None = None
    row_vote: int | None = None  # the same for list lines "A – C" (see cast._row_order)
    plot_names: set[str] | None = None  # names in sentences about deaths and survivals
    recapped: int | None = None  # the season a recap's headline names ("Season 2 Ending Explained")

    def seasons(self, text: str) -> list[SeasonMention]:
        """Season mentions in `text`, counting parts as seasons where the show uses parts; none
        inside a show's title ("The Eighth Lantern", "The Wrecking Season")."""
        return find_seasons(self.without_titles(text), self.parts)

    def without_titles(self, text: str) -> str:
        """`text` with the shows it names blanked out, offsets kept."""
        for m in self.shows.mentions(text):
            text = text[: m.start] + " " * (m.end - m.start) + text[m.end :]
        return text

    def resolve(self, name: str) -> str:
        return self.names.resolve(name)

    def season_before_target(self, show: str | None) -> int:
        t = self.target.get(show or "")
        return t - 1 if t and t > 1 else 1

    def show_before(self, text: str, pos: int, reach: int) -> str | None:
        """The show named last before `pos` in the same clause of `text`, at most `reach`
        characters before it: whom a credit at `pos` is about."""
        mentions = [
            m for m in self.shows.mentions(text[:pos]) if not _CLAUSE_GAP.search(text, m.end, pos)
        ]
        return mentions[-1].title if mentions and pos - mentions[-1].end < reach else None

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


# a newsletter item's label, a sentence of its own: "RENEWED.", "WHAT WE'RE WATCHING."
_ITEM_LABEL = re.compile(r"[A-Z][A-Z'’&/-]+(?:\s+[A-Z][A-Z'’&/-]*){0,3}[.:!]")
_SUBORDINATE = re.compile(r"(?:If|When|While|After|Before|Like|Unlike|Since|Although|As)\b[^,]{0,80},\s+")
# a live blog entry's time on a line of its own: "11:48 CET", "10:05am"
_LONE_TIME = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?", re.I)


def _minutes(time: str) -> int:
    """Minutes after midnight of a live blog's "14:06", "2.15pm"."""
    hours, minutes = (int(n) for n in re.findall(r"\d+", time)[:2])
    return (hours % 12 + 12 if re.search(r"p\.?m", time, re.I) else hours) * 60 + minutes


# what ends a show's clause: a full stop, a semicolon, or a new subject ("... of the sitcom Y,
# and it is produced by C": "it" is the sentence's show)
_CLAUSE_GAP = re.compile(r"[;.]|,\s+(?:and|but|while)\s+(?:it|the\s+(?:show|series))\b")


def _single_season(text: str, parts: bool = False) -> int | None:
    found = [m.numbers for m in find_seasons(text, parts) if len(m.numbers) == 1]
    return found[-1][0] if found else None


_HEADER_CELL = re.compile(
    r"^(?:(?P<actor>actors?|cast|star|(?:voice\s+)?actor|actress|played by|voiced by|performer)"
    r"|(?P<character>characters?|roles?|part|name))$",
    re.I,
)
_CELL_SPLIT = re.compile(r"\s*(?:\t+|\s\|\s|\s[–—-]\s)\s*")


def table_cells(text: str) -> list[str]:
    """The cells of a table row: "Mara Vance | Ada Quill | 1–3"."""
    return [c for c in _CELL_SPLIT.split(text.strip(" |")) if c]


def _header_columns(text: str) -> tuple[int, int] | None:
    """(actor column, character column) when `text` is a table header row ("Actor |
    Character", "Character | Actor | Seasons"); other columns are left alone."""
    cells = table_cells(text)
    if len(cells) < 2:
        return None
    kinds: dict[str, list[int]] = {"actor": [], "character": []}
    for i, cell in enumerate(cells):
        m = _HEADER_CELL.match(cell.strip())
        if m:
            kinds["actor" if m.group("actor") else "character"].append(i)
        elif len(cells) == 2:
            return None
    if len(kinds["actor"]) != 1 or len(kinds["character"]) != 1:
        return None
    return kinds["actor"][0], kinds["character"][0]


def _years_before(sents: list[Sentence], published: str | None) -> list[int | None]:
    """For each sentence, the anchor year for relative dates said in it (see Context)."""
    out: list[int | None] = []
    year = int(published[:4]) if published and published[:4].isdigit() else None
    for s in sents:
        out.append(year)
        dates = find_dates(s.text)
        if dates:
            year = int(dates[-1].iso[:4])
    return out


# "Published March 6, 2026", "Last updated: November 3, 2025", "Drama | By A | 19 November 2026"
# (not "By March 3, 2025, filming had wrapped")
_DATELINE = re.compile(
    r"^(?:(?:Last\s+)?(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Mm]odified)\b|By\s+(?!(?:January|"
    r"February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z])"
    r"|\s\|\s"
)


def _dateline(sents: list[Sentence]) -> str | None:
    """The day an article says it was published or last updated, on a short line of its own
    among its first lines."""
    per_block = Counter(s.block for s in sents[:8])
    for s in sents[:6]:
        if len(s.text.split()) > 14 or per_block[s.block] > 1:
            continue
        dates = [d for d in find_dates(s.text) if len(d.iso) == 10]
        alone = dates and len(s.text) - (dates[-1].end - dates[-1].start) < 12
        if dates and (alone or _DATELINE.search(s.text)):
            return dates[-1].iso
    return None


def _body_spelling(caps: str, text: str) -> str:
    """How the text spells an all-capitals heading title elsewhere; else in title case ("LUCKY
    NUMBER" -> "Lucky Number", "THE HOUR OF THE WOLF" -> "The Hour of the Wolf")."""
    for m in re.finditer(r"(?<!\w)" + re.escape(caps) + r"(?!\w)", text, re.I):
        if not m.group().isupper():
            return m.group()
    words = caps.lower().split()
    return " ".join(
        w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


_SMALL_WORDS = frozenset("a an and at by for from in of on or the to with".split())


# a surname after a heading's single word: "Greta" over "Greta Köhler was played by ..."
_SURNAME_AFTER = r"\s+(?!(?:Season|Series|Part|Staffel|Volume|Episode)\b)[A-Z][a-zß-ÿ]+\b"
# what follows a character's name, never a show's: "Mara (Ada Quill)", "Mara, played by",
# "Mara dies", "Mara is played by", "Mara's fate"
_AS_A_ROLE = (
    r"(?:['’]s)?\s*(?:\((?!(?:"
    + "|".join(re.escape(p) for p in PLATFORMS)
    + r")\))[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\)|,\s*(?:played|portrayed|voiced)\b|\s+(?:dies|died|"
    r"survives|survived|is\s+killed|was\s+killed|is\s+played|was\s+played|is\s+back\s+as)"
    # "Felix Crane (Tom Hale)" under the heading "Felix"; "Felix's fate"
    r"|\s+[A-Z][\w'’-]+\s*\([A-Z][\w'’-]+\s+[A-Z]|['’]s\s+(?:fate|death|arc|story|storyline|journey|"
    r"survival|character)\b)"
)


_NEW_SHOW = re.compile(
    r"\b(?:upcoming|new|brand-new|forthcoming|debut)\s+(?:[\w+-]+\s+){0,2}?(?:drama|series|show|"
    r"thriller|comedy|sitcom|anime|miniseries|k-drama)\b",
    re.I,
)
_ANY_SEASON = re.compile(
    r"\b(?:seasons?|series\s+(?:\d|one|two|three|four|five)|renew\w*|return\w*|comes? back)\b",
    re.I,
)


# what follows a title in a heading that introduces it: an alias in brackets, then its season
_SEASON_AFTER_TITLE = re.compile(
    r"(?:\s*\([^()]*\))?,?\s*(?:[-–—:|]\s*)?(?i:(?:season|series)\s+(?:\d|one|two|three|four|five)|"
    r"limited\s+series|miniseries|mini-series)"
)
_BRACKET_TAIL = re.compile(r"\s*(?:\((?P<b>[^()]*)\))?")


# a heading that is only a day: "MARCH 27 (PROVISIONAL)", "Friday, March 6"
_DAY_HEADING = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<d>[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+)(?:,?\s+\d{4})?\s*(?:\((?P<note>[^()]*)\))?"
)
_HEDGED_DAY = re.compile(
    r"\b(?:provisional|tbc|tba|expected|rumou?red|tentative|estimated)\b", re.I
)


def _calendar_day(heading: str, published: str | None) -> tuple[str, bool] | None:
    """(date, hedged) for a heading that is only a day, its year from the dateline's."""
    m = _DAY_HEADING.fullmatch(heading.strip().title() if heading.isupper() else heading.strip())
    if not m:
        return None
    found = find_dates(m.group())
    if found and len(found[0].iso) == 10:
        iso = found[0].iso
    elif published and (days := find_yearless(m.group())):
        iso = published[:4] + days[0].iso[1:]
    else:
        return None
    return iso, bool(m.group("note") and _HEDGED_DAY.search(m.group("note")))


_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+")
_NUMBER_BEFORE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[.)][ \t]+$")


def _heading_character(heading: str, shows: ShowIndex) -> str | None:
    """The name a heading consists of, "Mara Vance" or "3. Marco Santos (Paolo Reyes)" (the
    name before the brackets), unless it is a show's."""
    text = _NUMBERED.sub("", heading).strip()
    m = re.fullmatch(r"(?P<head>[^()]+?)\s*(?:\((?P<actor>[^()]+)\))?", text)
    head = m.group("head") if m else ""
    if not head or shows.mentions(head) or platform_heading(heading):
        return None
    if m and m.group("actor") and len(find_names(m.group("actor"))) != 1:
        return None  # "Barrio Sur (ViX)": a network in the brackets, not an actor
    names = find_names(head, tuple(shows.titles))
    # (the whole heading, but for a rank: "Commissario Aldo Ferrante")
    ranks = head[: names[0].start].split() if len(names) == 1 else None
    return (
        names[0].text
        if ranks is not None and all(w in TITLES for w in ranks) and names[0].end == len(head)
        else None
    )


# a listing's line: "Frostnætter (Season 3) – Monday 6 April – Viaplay"
_LISTED_ENTRY = re.compile(
    r"^(?P<t>[A-Z0-9À-ÖØ-ÞĀ-ſ][^()–—|]{0,60}?)\s*\((?i:season|series|staffel)\s+(?P<n>\d{1,2})\)"
    r"\s*[–—|-]\s*(?P<d>[^–—|]+?)\s*[–—|-]\s*(?P<p>[^–—|]+?)\s*$"
)


def _heading_context(
    s: Sentence, show: str | None, season: int | None, kind: str, recap: bool = False, **fields
) -> Context:
    """A context for a heading or listing line that states facts itself (a character's role, a
    calendar day), outside any paragraph."""
    return Context(s, show, season, recap, None, None, None, kind, **fields)


def _entry_text(s: Sentence, sents: list[Sentence]) -> str:
    """A live blog entry's first sentence, and the next one when the first is a short cry
    ("10:31am: New series!")."""
    if len(TIMESTAMP.sub("", s.text).split()) > 4:
        return s.text
    i = sents.index(s)
    following = sents[i + 1] if i + 1 < len(sents) else None
    return following.text if following is not None and following.block == s.block else s.text


def _dominant_show(shows: ShowIndex, body: list[Sentence]) -> str | None:
    """The show a body whose headline names none is about: the first one its lead (first three
    sentences) names that the article names again; else the one it names most, if any other
    is named less."""
    counts = Counter(m.title for s in body for m in shows.mentions(s.text))
    for s in body[:3]:
        for m in shows.mentions(s.text):
            if counts[m.title] >= 2:
                return m.title
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) == 2 and ranked[1][1] >= ranked[0][1]:
        return None
    return ranked[0][0]


def parse(article: Article) -> Doc:
    text = article.text
    sents = sentences(text)
    body = [s for s in sents if not (s.heading and s.start == sents[0].start)]
    first_line = article.title or (sents[0].text if sents else "")
    main = main_show(first_line, text)
    if main and main.isupper():
        main = _body_spelling(main, text)  # "NBC Renews HARBOR LIGHTS" -> "Harbor Lights"
    parts = uses_parts(first_line, text)
    titles: list[str] = [main] if main else []
    titles += [
        t
        for t in quoted_shows(first_line, text) + listed_in_headline(first_line, text)
        if t not in titles
    ]
    stamped = {s.block for s in sents if TIMESTAMP.match(s.text)}  # a live blog's entries
    # an article with a heading per character ("Lola Pilar", "Celia", "Tonyo"): names, not shows
    known = ShowIndex(titles)
    named_heads = {s.text for s in sents[1:] if s.heading and _heading_character(s.text, known)}
    if len(named_heads) < 3:
        named_heads = set()
    # a numbered list of three entries or more ("1. The Quiet Tide", "2. Greyfriars Lane"): each
    # names the show its entry is about, even if only there
    numbered = {
        s.start
        for s in sents[1:]
        if s.heading and _NUMBER_BEFORE.search(text, max(0, s.start - 6), s.start)
    }
    if len(numbered) < 3:
        numbered = set()
    roles_listed = re.search(r"\bcharacters?\b", first_line, re.I) is not None
    for s in sents[1:]:
        if s.heading:
            h = heading_show(s.text, titles)
            if h and h.isupper() and h not in titles:
                h = _body_spelling(h, text)  # "THE GILDED HOUR (HBO)" -> "The Gilded Hour"
            # a heading names a show only if the article names it again ("Main cast" does not),
            # and not as a role ("1. Mara Quill" over a ranked list of characters, "7. The
            # Appraiser" under the headline "10 Best Characters ..., Ranked")
            if h and (s.text in named_heads or s.start in numbered and roles_listed) and h not in titles:
                h = None
            if h and (
                h in titles
                # "Title (Netflix) – renewed", "TIDEWATER (HBO)": even if named once
                or h.casefold() == (platform_heading(s.text) or "").casefold()
                # "Paper Moons (Jongi Dal), Season 2 | Netflix": a calendar's entry
                or s.text.startswith(h)
                and _SEASON_AFTER_TITLE.match(s.text, len(h))
                # (the whole heading is the title: "1. The Quiet Tide", not "2. It is back",
                # nor a role and its actor, "6. Comisario Héctor Larrea (Guillermo Bastías)")
                or s.start in numbered
                and s.text not in named_heads
                and s.text.strip().startswith(h)
                and (whole := _BRACKET_TAIL.fullmatch(s.text.strip(), len(h)))
                and not (
                    whole["b"]
                    and re.fullmatch(
                        r"[A-Z][\w'’.-]+(?:\s+[\"“]?[A-Z][\w'’.-]+[\"”]?)+", whole["b"]
                    )
                )
                or text.count(h) >= 2
                and not re.search(r"\b(?:as|plays|played)\s+" + re.escape(h), text)
                # "Mara" over a section of an "ending explained": a character, not a show
                and not re.search(re.escape(h) + _AS_A_ROLE, text)
                # "A new face for Greta" over "Greta Köhler was played by ...": a first name
                and not (" " not in h and re.search(re.escape(h) + _SURNAME_AFTER, text))
            ):
                titles.append(h)
        else:
            titles.extend(passing_shows(s.text))
            listed = _LISTED_ENTRY.match(s.text)
            lead = (
                lead_in_show(s.text)
                or (entry_show(_entry_text(s, sents)) if s.block in stamped else None)
                or (clean_title(listed["t"]) if listed else None)
            )
            if lead and lead not in titles:
                titles.append(lead)
    shows = ShowIndex(titles)
    if main is None:  # a headline that names no show: "A and B Confirmed To Lead New Drama"
        main = _dominant_show(shows, body)
    target: dict[str, int] = {}
    title_season = _single_season(first_line, parts)
    recapped = None
    published = article.published or _dateline(sents)
    anchors = _years_before(sents, published)
    columns: tuple[int, int] | None = None
    width = 0  # the header's cells
    if main and title_season:
        # a recap of a season that has aired looks ahead to the next one
        recapped = title_season if _RECAP_TITLE.search(first_line) else None
        target[main] = title_season + 1 if recapped else title_season
    elif (
        main
        and _NEW_SHOW.search(text)
        and not any(
            _ANY_SEASON.search(s.text)
            for s in body
            if main in (named := {m.title for m in shows.mentions(s.text)}) or not named
        )
    ):
        target[main] = 1  # "the upcoming drama" and no other season of it: its first

    contexts: list[Context] = []
    current = main
    section_season: int | None = title_season
    recap = False
    kind = ""
    character: str | None = None
    pending_day: tuple[str, bool] | None = None
    para_season: int | None = None
    prev: Sentence | None = None
    prev_any: Sentence | None = None
    para_show: str | None = None  # the show of a paragraph about another one than the section's
    last_block = -1
    item = False  # in a newsletter's item or a live blog's entry that has named no show yet
    second = False  # the paragraph's first sentence named no show: the second may
    entry = after_time = False  # in a live blog's entry; the block before was its time
    times = [_minutes(s.text) for s in sents if _LONE_TIME.fullmatch(s.text)]
    newest_first = len(times) >= 2 and times[0] > times[-1]
    anchor_of = {id(s): y for s, y in zip(sents, anchors)}
    for s in body:
        if s is sents[0]:
            continue
        if s.heading:
            if day := _calendar_day(s.text, published):
                pending_day = day
                continue
            h = heading_show(s.text, shows.titles)
            if h and h in shows.titles:
                current = h
            section_season = _single_season(s.text, parts)
            # "1. The Night Ferris Wheel (Netflix, March 5)": the day in its own brackets
            bracket = re.search(r"\([^(),]+,\s*([^()]+)\)", s.text)
            pending_day = (bracket and _calendar_day(bracket.group(1), published)) or pending_day
            if pending_day and h in shows.titles:
                contexts.append(
                    _heading_context(s, h, section_season, s.text.lower(), calendar_day=pending_day)
                )
                pending_day = None
            if (
                h
                and section_season
                and h not in target
                and not (_RECAP.search(s.text) and not _AHEAD.search(s.text))
            ):
                target[h] = section_season
            recap = bool(_RECAP.search(s.text)) and not _AHEAD.search(s.text)
            kind = s.text.lower()
            columns = None  # a table ends with its section
            character = None if h in shows.titles else _heading_character(s.text, shows)
            if character:  # "1. Tomas Vidal (Rico Bautista)": a role, and a list's death
                contexts.append(
                    _heading_context(
                        s, current, section_season, kind, recap=recap, section_character=character
                    )
                )
            para_season, prev, last_block = None, None, s.block
            continue
        if s.block != last_block:
            # a table goes on while its lines have its header's cells; a note between rows
            # (one cell) does not end it, a list line of another shape does
            if columns and s.bullet and len(table_cells(s.text)) not in (1, width):
                columns = None
            para_season, prev, last_block = None, None, s.block
            lead = lead_in_show(s.text)
            listed = _LISTED_ENTRY.match(s.text)
            if lead:  # "Orchid Street (Netflix): ...": a section without a heading line
                current, section_season, recap = lead, None, False
            elif listed and (title := clean_title(listed["t"])):
                # "Frostnætter (Season 3) – Monday 6 April – Viaplay": a listing's entry, its
                # note below it; the day is a release unless the section lists what leaves
                current, section_season, recap = title, int(listed["n"]), False
                day = _calendar_day(listed["d"], published)
                if day and "leav" not in kind:
                    contexts.append(
                        _heading_context(s, title, section_season, kind, calendar_day=day)
                    )
                para_season, prev, last_block = None, s, s.block
                continue
            elif s.block in stamped and not _LONE_TIME.fullmatch(s.text):
                # each entry of a live blog is about its own show
                current, section_season, recap = entry_show(_entry_text(s, sents)), None, False
                named = {m.title for m in shows.mentions(TIMESTAMP.sub("", s.text))}
                current = current or (named.pop() if len(named) == 1 else None)
            para_show = paragraph_show(s.text, shows) if not s.bullet else None
            # a newsletter's item ("RENEWED.") or a live blog's entry under its time alone
            # ("11:48 CET"): about the one show its first sentence to name one names
            entry, after_time = after_time, bool(_LONE_TIME.fullmatch(s.text))
            if entry and (para_show or newest_first):
                # an entry about a show of its own; else it goes on with the one before it, if
                # the blog reads from the oldest entry down
                current = para_show
            item = entry and not para_show or bool(_ITEM_LABEL.fullmatch(s.text))
            # "She didn't stay down for long. Bagyo, the disaster drama she co-created, ...":
            # a first sentence that names no show leaves it to the second
            second = not s.bullet and not para_show and not shows.mentions(s.text)
        elif second:
            para_show, second = paragraph_show(s.text, shows) or para_show, False
        # ("If you need something to fill the X hole, Peacock dropped Y": Y, the main clause's)
        main_clause = s.text[lead.end() :] if (lead := _SUBORDINATE.match(s.text)) else s.text
        if item and len(named := {m.title for m in shows.mentions(main_clause)}) == 1:
            para_show, item = named.pop(), False
            if entry:
                current = para_show
        show = para_show or current
        if s.bullet and (header := _header_columns(s.text)):
            columns, width = header, len(table_cells(s.text))
            prev = s
            continue
        contexts.append(
            Context(
                s,
                show,
                section_season,
                recap,
                para_season,
                prev,
                prev_any,
                kind,
                anchor_of.get(id(s)),
                columns if columns and len(table_cells(s.text)) == width else None,
                character,
            )
        )
        found = _single_season(s.text, parts)
        if found:
            para_season = found
        prev = s
        prev_any = s

    forms: list[str] = []
    nicks: dict[str, str] = {}
    # a heading per character ("Mara Vance") gives the full name the section then shortens
    forms += [
        n.text for s in sents[1:] if s.heading for n in find_names(s.text, tuple(shows.titles))
    ]
    for ctx in contexts:
        forms.extend(n.text for n in find_names(ctx.sent.text, tuple(shows.titles)))
        if "“" in ctx.sent.text or '"' in ctx.sent.text:
            nicks.update(nicknames(ctx.sent.text, tuple(shows.titles)))
    index = NameIndex(forms, nicks)
    prose = next((s.start for s in body if not (s.heading or s.bullet)), len(text))
    return Doc(
        article,
        main,
        shows,
        contexts,
        index,
        target,
        parts=parts,
        published=published,
        prose_start=prose,
        recapped=recapped,
    )
