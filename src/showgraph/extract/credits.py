"""Show credits and reception: based_on (work and its creators), director, creator, rating."""

from __future__ import annotations

import re

from ..model import Fact
from .document import Context, Doc
from .names import Name, find_names
from .shows import TITLE
from .text import previous_word

_GENRE = r"(?i:graphic novels?|short stor(?:y|ies)|video games?|webtoons?|webcomics?|web comics?|manhwa|manga|komiks|serials?|novels?|novellas?|memoirs?|biograph(?:y|ies)|books?|comic books?|comics?|cartoons?|plays?|anime|series)"
_BASED = re.compile(
    r"\b(?:[Bb]ased on|[Aa]dapted (?:it |them )?from|adaptation of|adapts|[Ii]nspired by|"
    # "draws from the webtoon X", not "draws on Korean folklore"
    r"(?:draws|drew|drawn) (?:on|from)(?=\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\w'’-]+\s+){0,3}?"
    + _GENRE
    + r"\b))\s+"
    # "her 2015 novel": the work's creator is the person the pronoun stands for
    r"(?:(?P<poss>his|her|their)\s+(?:own\s+)?(?:\d{4}\s+)?(?=(?:[a-z-]+\s+)?" + _GENRE + r"\b))?"
    # "the bestselling crime novel Y", "the 2019 novel Y", "Henry Lowe's non-fiction book Y"
    r"(?:the\s+)?(?:(?:(?P<pub>[A-Z][\w]+)\s+)?(?:[a-z\d][\w-]*\s+){0,2}(?P<gen1>"
    + _GENRE
    + r")\s+)?"
    r"(?:(?P<owner>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})['’]s\s+(?:[\w-]+\s+){0,2}(?P<gen2>"
    + _GENRE
    + r")\s+)?"
    r"(?P<work>[“\"][^”\"]+[”\"]|"
    + r"[A-ZÀ-ÖØ-ÞĀ-ſ][^,.;()“”\"]*?)(?=\s*(?:,|\.|;|\(|$|\s+(?:which|that|written|by|and|who|from)\b))",
)
_WORK_CREATORS = re.compile(
    r"^[,”\"\s]*(?:(?:which|that)\s+(?:was|were)\s+)?"
    # "Y, the webtoon by X", "Y, a 2019 novel written by X"
    r"(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?" + _GENRE + r"\s+)?"
    r"(?:(?:created|made|written|drawn|illustrated|penned)\s+)?by\s+"
    # "by the writer known as Moonjar": a pen name
    r"(?:(?:the\s+)?(?:[\w-]+\s+)?(?:writer|author|artist|novelist|cartoonist|illustrator|creator)"
    r"\s+(?:known\s+(?:only\s+)?as|who\s+goes\s+by)\s+)?"
)
_OWNED_WORK = re.compile(
    r"(?P<owner>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})['’]s\s+(?P<work>[A-ZÀ-ÖØ-ÞĀ-ſ].*?)\s+"
    + _GENRE
    + r"\b"
)
# "based on the novel of the same name by X": the work has the show's title
_SAME_NAME = re.compile(
    r"\b(?:[Bb]ased on|[Aa]dapted (?:it |them )?from|adaptation of|adapts|[Ii]nspired by|"
    # "draws from the webtoon X", not "draws on Korean folklore"
    r"(?:draws|drew|drawn) (?:on|from)(?=\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\w'’-]+\s+){0,3}?"
    + _GENRE
    + r"\b))\s+"
    r"(?:(?P<poss>his|her|their)|the|a|an)\s+(?:[\w-]+\s+){0,3}?"
    + _GENRE
    + r"\s+(?:of\s+the\s+same\s+(?:name|title)|that\s+shares\s+its\s+(?:name|title))\b"
)
_PRONOUN_WROTE = re.compile(
    r"^,\s+the\s+[\w\s]*?\b(?:he|she|they)\s+(?:wrote|created|made|drew)\b(?:\s+with\s+(?:\w+\s+)?)?"
)
# Cheap cues, tried on the lower-cased sentence first: a case-insensitive alternation is slow.
_CUE_WORDS = re.compile(
    r"creat|direct|helmed by|based on|adapt|inspired by|draws (?:on|from)|drawn from|developed for|"
    r"imdb|rotten tomatoes|metacritic|letterboxd|"
    r"mydramalist|tmdb|douban|naver|showrunner|behind the camera"
)
_CUE_OWNER = re.compile(
    r"['’]s\s+(?:[A-Za-z-]+\s+){0,3}(?:comedy|drama|series|sitcom|thriller|show|creation)\b"
)
_SOURCES = r"IMDb|Rotten Tomatoes|Metacritic|Letterboxd|MyDramaList|TMDB|Douban|Naver"
_RATING = re.compile(
    r"(?P<v>\d{1,3}(?:\.\d)?)\s*(?:/\s*(?P<b>\d{1,3})|\s+out of\s+(?P<b2>\d{1,3})|\s*%|\s+percent)"
    r"[^.;]{0,45}?\b(?:on|from|at)\s+(?P<src>" + _SOURCES + ")"
    # "scored 7.2 on IMDb": no scale given
    r"|\b(?:scored|scores|holds|rated|sits at|sitting at|boasts|earned)\s+(?:an?\s+)?(?:average\s+)?"
    r"(?P<v3>\d{1,2}\.\d)\s+(?:(?:user\s+)?(?:rating|score)\s+)?(?:on|from)\s+(?P<src3>" + _SOURCES + r")\b"
    # "an IMDb rating of 7.2/10", "its IMDb score of 7.2"
    # "With a 7.4 on IMDb, ..."
    r"|\b(?:[Ww]ith|has|have|boasts|earned|earning|holding)\s+an?\s+(?P<v5>\d{1,2}\.\d)\s+(?:on|from)\s+"
    r"(?P<src5>" + _SOURCES + r")\b"
    r"|\b(?P<src4>" + _SOURCES + r")\s+(?:user\s+)?(?:rating|score)\s+(?:of\s+|is\s+|sits at\s+)?"
    r"(?P<v4>\d{1,3}(?:\.\d)?)(?:\s*/\s*(?P<b4>\d{1,3})|\s+out of\s+(?P<b5>\d{1,3})|(?P<pct>\s*%))?"
)


def _names_at(
    doc: Doc, text: str, start: int, limit: int = 80, other_roles: bool = True
) -> list[Name]:
    """Names listed from `start`: "A", "A and B", "A, B and C", "A and illustrated by B".

    `other_roles=False` stops at "and written by B": B does not share A's role.
    """
    out: list[Name] = []
    pos = start
    for name in find_names(text, tuple(doc.shows.titles)):
        if name.start < pos:
            continue
        if not out and _NATIONALITY_BEFORE_JOB.match(text, name.start):
            continue  # "directed by Danish filmmaker A": the adjective is no one
        gap = text[pos : name.start]
        if out and not re.fullmatch(
            r"\s*(?:,|and|&|,\s*and)\s*(?:(?:illustrated|drawn|written|co-written)\s+by\s+|(?:artist|writer|illustrator|author)\s+)?",
            gap,
        ):
            break
        if out and not other_roles and re.search(r"\bby\b|\b(?!and\b)[a-z]{3,}\b", gap):
            break
        if not out and not _JOB_BEFORE_NAME.fullmatch(gap.strip()):
            break
        out.append(name)
        pos = name.end
        if name.start - start > limit:
            break
    return out


_NATIONALITY_BEFORE_JOB = re.compile(
    r"[A-Z][a-z]+(?:ish|ian|ese|an|ic|i|ch)\s+(?:filmmaker|director|writer|screenwriter|author|"
    r"novelist|showrunner|producer|creator|playwright|actor|actress)\b"
)
# "created by showrunner Nadia Frost", "based on the novel by acclaimed author A"
_JOB_BEFORE_NAME = re.compile(
    # "the novel by ex-police officer A", "a memoir by retired intelligence officer A"
    r"(?:(?:the|acclaimed|veteran|award-winning|bestselling|best-selling|celebrated|former|"
    r"retired|ex-[a-z]+)\s+){0,2}"
    # "Lagos-born writer A", "Danish filmmaker A", "Thai director A"
    r"(?:[A-Z][\w'’-]*-(?:born|based)\s+|[A-Z][a-z]+(?:ish|ian|ese|an|ic|i|ch)\s+(?=[a-z]))?"
    r"(?:(?:police|intelligence|crime|court|war|investigative|political|radio|television|TV)\s+)?"
    r"(?:artist|writer|author|illustrator|showrunner|director|filmmaker|creator|novelist|"
    r"screenwriter|playwright|writer-director|cartoonist|(?:executive\s+)?producer|PD|"
    r"journalist|reporter|officer|detective|lawyer|historian|professor|poet|host|presenter|"
    r"broadcaster|comedian)?"
)
_CREATORS_NAMED = re.compile(
    r"(?:\b(?:[Ii]ts|[Tt]he\s+(?:show|series|drama)['’]s)\s+(?:co-)?creators?,?\s+"
    r"|(?:^|(?<=[.;]\s))[Cc]o-creators?\s+"
    # "Writer and creator Ruth Penhaligon said ..."
    r"|(?:^|(?<=[.;]\s))(?:[Ww]riter|[Ss]howrunner)\s+and\s+(?:co-)?creator\s+(?=[A-Z]))"
)
_NOT_AGENT_PREV = frozenset("to of the a an in on for from with by at as".split())




_WHO = re.compile(r",\s+who\b")


def _agent(doc: Doc, text: str, pos: int) -> list[str]:
    """Who does the verb at `pos`: names just before it (through an appositive or ', who')."""
    before = [
        n
        for n in find_names(text[:pos], tuple(doc.shows.titles))
        # "adapted by A, who wrote ...": the relative clause makes A the agent after all
        if (
            previous_word(text, n.start) not in _NOT_AGENT_PREV
            or previous_word(text, n.start) == "by" and _WHO.match(text, n.end)
        )
        and not re.match(r"['’]s\b", text[n.end :])
    ]
    if not before:
        if re.search(r"\b(?:he|she|they)\s+(?:\w+\s+){0,2}$", text[:pos], re.I) and doc.last_agent:
            return [doc.last_agent]
        return []
    for last in reversed(before):
        gap = text[last.end : pos]
        if re.fullmatch(
            r"(?:,\s+[^,;]*,)?,?\s*(?:who\s+)?(?:also\s+|previously\s+|has\s+|had\s+|co-)?(?:\w+\s+and\s+)?\s*",
            gap,
        ):
            group = [last]
            for other in reversed([n for n in before if n.end <= last.start]):
                if re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[other.end : group[0].start]):
                    group.insert(0, other)
                else:
                    break
            return [n.text for n in group]
    return []


_DESCRIBED_SHOW = re.compile(
    r"the\s+(?:[a-z-]+\s+){0,3}(?:series|show|drama|dramedy|thriller|comedy|sitcom|anime|saga|"
    r"procedural|miniseries)\s+(?P<t>" + TITLE + ")"
)
# "Haruto Ikeda returns to direct", "X will direct": directing the article's show
_TO_DIRECT = re.compile(
    r"\b(?:returns|is returning|will return|is back|is set|signed on)\s+to\s+direct\b"
    r"|\bwill\s+(?:also\s+|once\s+again\s+|again\s+)?direct\b|\bdirects\s+again\b"
    r"|\b(?:is|are|will be|returns?|comes?)\s+back\s+behind\s+the\s+camera\b"
)
# "Paul Grint serves as showrunner": running the show counts as a creator credit
_SHOWRUNNER = re.compile(
    r"\b(?:serves?|served|serving|stays on|returns|returning|is back|signed on|acts?)\s+as\s+"
    r"(?:the\s+)?(?:[a-z-]+\s+)?showrunner\b"
)


def _described_show(doc: Doc, text: str, pos: int) -> str | None:
    """The show named after a description at `pos`: "the period drama Las Olas"."""
    m = _DESCRIBED_SHOW.match(text, pos)
    if not m:
        return None
    return next((t for t in doc.shows.titles if m.group("t").startswith(t)), None)


def find_credits(doc: Doc, ctx: Context) -> list[Fact]:
    text = ctx.sent.text
    out: list[Fact] = []
    if not _CUE_WORDS.search(text.lower()) and not (
        ("'s" in text or "’s" in text) and _CUE_OWNER.search(text)
    ):
        return out
    show = ctx.show

    def add(rel: str, target: str | None, **fields: object) -> None:
        fact = doc.fact(rel, ctx, target, **fields)
        if fact:
            out.append(fact)

    def clause_show(pos: int) -> str | None:
        return doc.show_before(text, pos, 40) or show

    # "Its creators, A and B,", "Co-creator A says", "the show's creator, A,"
    for m in _CREATORS_NAMED.finditer(text):
        for p in [n.text for n in _names_at(doc, text, m.end())]:
            add("creator", clause_show(m.start()), person=p)
    # created by A (and B); creators A and B; A's (dark) comedy
    for m in re.finditer(
        r"\b(?:(?:[Cc]reated|[Cc]o-created)(?:\s+for\s+(?:television|TV|the\s+(?:small\s+)?screen))?|"
        r"[Dd]eveloped\s+for\s+(?:television|TV|the\s+(?:small\s+)?screen))"
        r"(?:\s+and\s+\w+)?\s+by\s+",
        text,
    ):
        people = [n.text for n in _names_at(doc, text, m.end())]
        for p in people:
            add("creator", clause_show(m.start()), person=p)
        if people:
            doc.last_agent = people[0]
            rest = text[m.end() :]
            also = re.search(
                r"^[^.;]*?,\s+who\s+(?:also\s+|previously\s+)?created\s+(" + TITLE + ")", rest
            )
            if also:
                other = next((t for t in doc.shows.titles if also.group(1).startswith(t)), None)
                for p in people:
                    add("creator", other, person=p)
    # "creator Mina Oduya", "Creator and showrunner Nadia Frost"
    for m in re.finditer(
        r"(?:\bcreators?|(?:^|[.;:]\s+)Creators?)(?:\s+and\s+(?P<also>showrunner|executive\s+producer|"
        r"head\s+writer|writer|director))?\s+(?=[A-Z])",
        text,
    ):
        also = {"director": "director", "writer": "writer", "head writer": "writer"}.get(
            m.group("also") or ""
        )
        for n in _names_at(doc, text, m.end()):
            add("creator", clause_show(m.start()), person=n.text)
            if also:  # "Creator and director Ada Quill"
                add(also, clause_show(m.start()), person=n.text)
    # "A, the creator of TITLE, said": the name just before the aside
    for m in re.finditer(
        r",\s+(?:the|its)\s+(?:series\s+|show\s+)?(?:co-)?creator\b(?:\s+of\s+(?P<t>"
        + TITLE
        + "))?",
        text,
    ):
        who = [
            n for n in find_names(text[: m.start()], tuple(doc.shows.titles)) if n.end == m.start()
        ]
        target = show
        if m.group("t"):
            target = next((t for t in doc.shows.titles if m.group("t").startswith(t)), None)
        for n in who:
            add("creator", target, person=n.text)
    for m in re.finditer(
        r"\b(?:created|co-created)(?:\s+and\s+(?:directed|wrote|written))?\s+(?!by\b)[\"“‘]?"
        r"(?P<obj>the (?:[a-z-]+\s+){0,3}(?:series|show|drama|dramedy|thriller|comedy|sitcom|saga)|"
        + TITLE
        + ")",
        text,
    ):
        agents = _agent(doc, text, m.start())
        target = (
            _described_show(doc, text, m.start("obj")) or show
            if m.group("obj").startswith("the ")
            else next((t for t in doc.shows.titles if m.group("obj").startswith(t)), None)
        )
        if re.search(r"who\s+(?:also\s+|previously\s+)?$", text[: m.start()]) and re.search(
            r"created\s+by", text[: m.start()]
        ):
            continue  # handled with "created by"
        for a in agents:
            add("creator", target, person=a)
            if "directed" in m.group():
                add("director", target, person=a)
        if agents:
            doc.last_agent = agents[0]
    for m in re.finditer(
        r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})['’]s\s+(?:[A-Za-z-]+\s+){0,3}(?:comedy|drama|series|sitcom|thriller|show|creation)\b",
        text,
    ):
        names = find_names(m.group("who"), tuple(doc.shows.titles))
        # (the whole owner a person: not "BBC Scotland's chilling crime thriller")
        if len(names) == 1 and names[0].start == 0 and names[0].end == len(m.group("who")):
            add("creator", show, person=names[0].text)

    # directed by A; A directed the series / TITLE; the show's director, A; Director A
    for m in _TO_DIRECT.finditer(text):
        for a in _agent(doc, text, m.start())[:1]:
            add("director", show, person=a)
            doc.last_agent = a
    for m in _SHOWRUNNER.finditer(text):
        for a in _agent(doc, text, m.start())[:1]:
            add("creator", show, person=a)
            doc.last_agent = a
    for m in re.finditer(r"\b(?:directed|helmed)\s+by\s+", text):
        for n in _names_at(doc, text, m.end(), other_roles=False):
            add("director", clause_show(m.start()), person=n.text)
            doc.last_agent = n.text
    for m in re.finditer(
        r"\b(?:co-)?direct(?:ed|s)\s+(?!by\b)[\"“‘]?(?P<obj>(?:the|every|all|half|episodes|several|some|most|each|an|one|its|(?:this|last|next)\s+week['’]s|tonight['’]s|(?:series|season)\s+\d+)\b|"
        + TITLE
        + ")",
        text,
    ):
        if re.search(r"\bcreated\s+and\s+$", text[: m.start()]):
            continue
        agents = _agent(doc, text, m.start())
        obj = m.group("obj")
        if obj[0].islower():
            target = _described_show(doc, text, m.start("obj")) or show
        else:
            target = next((t for t in doc.shows.titles if obj.startswith(t)), None)
        for a in agents:
            add("director", target, person=a)
        if agents:
            doc.last_agent = agents[0]
        took = re.search(
            r",\s+and\s+(?P<n>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})\s+took over\b",
            text[m.end() :],
        )
        if took and agents:
            add("director", target, person=took.group("n"))
    for m in re.finditer(
        r"(?:\b(?:the|its|the show['’]s|the series['’])\s+director,\s+|(?:^|[.;]\s+)Director\s+|"
        r"\bfrom\s+(?:(?:acclaimed|veteran|award-winning)\s+)?director\s+(?=[A-Z])|"
        # "Writer Lee So-ra and director Choi Jae-won are both returning"
        r"\b(?:[Ww]riter|[Pp]roducer|[Cc]reator|[Ss]howrunner)\s+[A-Z][^,.;]{2,30}?\s+and\s+"
        r"director\s+(?=[A-Z]))",
        text,
    ):
        names = _names_at(doc, text, m.end())
        for n in names[:1]:
            doc.last_agent = n.text
            # "Director Ana Ruiz previously directed Other Show": a credit on that show only
            # (but "Director A, who previously directed Other Show, is back" directs this one)
            if re.match(r"\s+(?:\w+ly\s+|also\s+|once\s+|has\s+|had\s+)*directed\b", text[n.end :]):
                continue
            add("director", clause_show(m.start()), person=n.text)

    # based on / adapted from WORK (by CREATORS)
    for m in _BASED.finditer(text):
        work = m.group("work").strip(" “”\"',")
        creators: list[str] = []
        # "an adaptation of Kazuto Mori's Lantern of Ash manga announced on Sunday"
        owned = _OWNED_WORK.match(work)
        if owned:
            work = owned["work"]
            creators += [n.text for n in find_names(owned["owner"])[-1:]]
        if not work or not work[0].isupper() or len(work) > 60:
            continue
        if m.group("owner"):
            owners = find_names(m.group("owner"), tuple(doc.shows.titles))
            creators += [o.text for o in owners[-1:]]
        rest = text[m.end() :]
        c = _WORK_CREATORS.match(rest)
        if c:
            creators += [n.text for n in _names_at(doc, rest, c.end())]
        if m.group("poss"):
            creators += _agent(doc, text, m.start()) or ([doc.last_agent] if doc.last_agent else [])
        p = _PRONOUN_WROTE.match(rest)
        if p:
            pron_agent = _agent(doc, text, m.start()) or (
                [doc.last_agent] if doc.last_agent else []
            )
            creators += pron_agent[:1]
            if rest[: p.end()].rstrip().endswith(
                ("with", "artist", "writer", "illustrator")
            ) or re.search(r"with(?:\s+\w+)?\s*$", rest[: p.end()]):
                creators += [n.text for n in _names_at(doc, rest, p.end())[:1]]
        target = show
        if creators:
            for cr in dict.fromkeys(creators):
                add("based_on", target, work=work, creator=cr)
        else:
            add("based_on", target, work=work)

    for m in _SAME_NAME.finditer(text):
        work = clause_show(m.start()) or show
        if not work:
            continue
        rest = text[m.end() :]
        c = _WORK_CREATORS.match(rest)
        creators = [n.text for n in _names_at(doc, rest, c.end())] if c else []
        if m.group("poss"):
            creators += _agent(doc, text, m.start())[:1]
        for cr in dict.fromkeys(creators):
            add("based_on", work, work=work, creator=cr)
        if not creators:
            add("based_on", work, work=work)

    # ratings
    for m in _RATING.finditer(text):
        value = float(m.group("v") or m.group("v3") or m.group("v4") or m.group("v5"))
        best = m.group("b") or m.group("b2") or m.group("b4") or m.group("b5")
        best_value = (
            float(best) if best else (100.0 if re.search(r"%|percent", m.group()) else None)
        )
        source = m.group("src") or m.group("src3") or m.group("src4") or m.group("src5")
        # the one show the sentence names: '"Ons Klein Geheim," the drama ..., holds a 7.4'
        named = {x.title for x in doc.shows.mentions(text)}
        add("rating", named.pop() if len(named) == 1 else show, source=source, value=value, best=best_value)
    return out
