"""Dated production facts: renewed, released, expected_release, filming, cancelled; and
episode counts. Each date in a clause goes to the nearest trigger before it (or, at the start
of a clause, "On June 6, 2022, Netflix renewed ...", to the first trigger after it)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Fact, Span
from .dates import find_dates, find_day_words, find_yearless, with_day, with_year
from .document import Context, Doc
from .hedges import certainty, negated
from .names import find_names
from .seasons import BARE_ORDINAL_RE, NUMBERS, number
from .shows import PLATFORMS
from .text import clauses

_PLATFORM_RE = re.compile(
    r"\b(?:on|to|hit|via|by)\s+(?P<p>"
    + "|".join(re.escape(p) for p in sorted(set(PLATFORMS), key=len, reverse=True))
    + r")(?![\w+])"
)
_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "filming",
        re.compile(
            r"\b(?:(?:filming|shooting|production|principal photography|cameras?)\s+(?:\w+\s+){0,6}?"
            r"(?:began|begins|started|starts|start|begin|kicked off|kicks off|got underway|rolled|began rolling|started rolling|start rolling|"
            r"took place|takes place|happened|ran|runs)"
            r"|(?:filming|shooting|production|principal photography)\s+(?:\w+\s+){0,2}?"
            r"(?:got|gets|is|was)\s+under\s?way"
            # "filming is expected to get going in early 2027"
            r"|(?:filming|shooting|production|principal photography|cameras?)\s+(?:\w+\s+){0,4}?"
            r"(?:get|gets|got|getting)\s+(?:going|started|rolling|under\s?way)"
            r"|(?:began|started|start|begin|begins|starts)\s+(?:filming|shooting|production)"
            r"|(?:was|were|is being|being)\s+(?:filmed|shot))\b",
            re.I,
        ),
    ),
    (
        "renewed",
        re.compile(
            r"\b(?:renewed|recommissioned|greenlit|greenlighted|green-lit|picked up|"
            # "ordered a third season", not "has ordered eight episodes of season 3"
            r"ordered(?!\s+(?:\w+\s+)?(?:more\s+|new\s+)?episodes)|"
            # "Netflix made it official on March 3: X will return for a third season"
            r"made\s+it\s+official|"
            r"confirmed|announced|gave the green light|had to wait until|"
            # "got the green light for season 2", "was given the go-ahead for a second season"
            r"(?:got|gets|received|was given|were given|been given)\s+the\s+"
            r"(?:green[- ]?light|go-ahead)|"
            # "The streamer gave X the green light for season 3"
            r"(?:gave|gives|given|handed)\s+(?:[\w'’:-]+\s+){1,5}?the\s+(?:green[- ]?light|go-ahead)|"
            # "The renewal for season 2 came on June 12, 2022", "The season 3 renewal arrived on"
            r"renewal(?=(?:\s+(?:for|of)\s[^.;]{0,40}?)?\s+(?:came|arrived|was (?:announced|"
            r"confirmed|made official)|became official)\b)|"
            # "CBS handed the show a two-season renewal", "earned a season 3 renewal", "gave X a
            # second season order" (a "series order" is a new show's first season: not this)
            r"(?:handed|gave|given|earned|landed|scored|received|got|secured)\s+"
            r"(?:[\w'-]+\s+){0,5}?(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:renewal|(?:[\w-]+-)?season(?:\s+\d+)?\s+(?:order|pickup|pick-up))|"
            # "AMC handed the drama a third season"
            r"(?:handed|gave|given)\s+(?:[\w'-]+\s+){1,4}?an?\s+(?:second|third|fourth|fifth|sixth|"
            r"seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:season|series)|"
            # "X is officially getting a second season", "X gets a third season"
            r"(?:is|are)\s+(?:officially\s+)?getting(?=\s+(?:a|another)\s+(?:\w+\s+)?(?:season|series)\b)|"
            r"gets(?=\s+(?:a|another)\s+(?:second|third|fourth|fifth|sixth|new)\s+(?:season|series)\b))\b"
        ),
    ),
    (
        "cancelled",
        re.compile(
            r"\b(?:cancell?ed|axed|scrapped|pulled the plug on|"
            r"(?:decided|opted|chose|elected)\s+not\s+to\s+renew)\b"
            r"(?!\s+(?:school|trip|plans?|flight|wedding|event))"
        ),
    ),
    (
        "released",
        re.compile(
            r"\b(?:premiered|debuted|arrived|landed|dropped|was released|were released|(?<!is )(?<!be )released(?= on| in)|"
            # "Netflix released all eight episodes of season 1 on ..."
            r"released(?=\s+(?:all|every|each)\s+(?:\w+\s+){0,2}?episodes?\b)|"
            r"came out|hit (?:Netflix|screens|streaming|the\s+(?:streamer|service|platform))|"
            r"began streaming|started streaming|aired|followed(?!\s+by)|"
            r"launched|went live|bowed|(?:began|kicked off|started)(?=\s+(?:on|airing)\b)|"
            # "The show returned for season 2 on March 14, 2026"
            r"returned(?=\s+(?:for|with)\s+(?:its\s+|a\s+)?(?:\w+\s+)?(?:season|series)\b)|"
            # "came back to Netflix on April 3", "began life on S4C on ...", "put all six
            # episodes online on ..."
            r"came\s+back(?=\s+(?:to|on)\s+[A-Z])|returned(?=\s+to\s+[A-Z])|began\s+life(?=\s+on\b)|"
            # "Netflix added the first two seasons on ...", "CBC Gem added seasons 1 and 2"
            r"added(?=\s+(?:the\s+first\s+\w+\s+seasons|seasons?\s+\d|the\s+(?:series|show)\b))|"
            r"put\s+(?:all\s+)?(?:\w+\s+){0,2}episodes\s+online|"
            r"(?:after|since)\s+(?:launching|premiering|debuting|arriving|landing|dropping)|"
            # "became a hit after its release in January 2025"
            r"(?:after|since|following)\s+(?:its|their|the\s+(?:show|series|drama)['’]s?)\s+"
            r"(?:\w+\s+)?(?:release|premiere|debut|launch))\b"
        ),
    ),
    (
        "expected_release",
        re.compile(
            # "with a premiere likely in spring 2026", "its release is expected in 2027"
            # "the premiere date has been confirmed as March 14"
            r"\b(?:(?:premiere|release|return|debut|launch|arrival)(?:\s+date)?\s+(?:is\s+|seems\s+|"
            r"looks\s+|has\s+been\s+|was\s+)?(?:now\s+|officially\s+)?(?:likely|expected|slated|"
            r"planned|pencil+ed\s+in|scheduled|tipped|rumou?red|confirmed|set|announced|revealed|"
            r"eyed|targeted|mooted)"
            r"(?=\s+(?:for|in|on|by|around|to\s+be|as)\b)|"
            # "Our best guess is 2026", "our money is on early 2026", "eyeing early 2026"
            r"(?:best\s+guess|our\s+guess|our\s+money)\s+(?:is|would\s+be|is\s+on)(?=\s+(?:that\s+)?"
            r"(?:(?:early|late|mid-?|spring|summer|autumn|fall|winter)\s*)?(?:[A-Z][a-z]+\s+)?\d{4})|"
            r"eyeing(?=\s+(?:an?\s+)?(?:(?:early|late|mid-?|spring|summer|autumn|fall|winter)\s*)?"
            r"(?:[A-Z][a-z]+\s+)?\d{4})|"
            # "We would expect it in early 2026", "we'd expect season 3 by 2027"
            r"(?:(?<=\b[Ww]e would )|(?<=\b[Ww]e'd ))expect(?=\s+(?:it|them|(?:the\s+)?(?:new|next|\w+)\s+season|"
            r"(?:the\s+)?new\s+episodes|season\s+\w+)\s+(?:to\s+\w+\s+)?"
            r"(?:on\s+[A-Z][\w+]*(?:\s+[A-Z][\w+]*)?\s+)?(?:in|on|by|around|before)\b)|"
            # "should be ready some time in 2026", "heading for a summer 2026 debut", "has only
            # committed to 2026", "the most likely window for season 3 is spring 2026"
            r"should\s+be\s+(?:ready|out|back|available)\b|(?:heading|headed|on\s+track|aiming)\s+for\b|"
            r"committed\s+to(?=\s+(?:an?\s+)?(?:\w+\s+)?\d{4})|(?:likely|probable|expected|release)\s+window\b|"
            # "is rumoured to be eyeing a 2026 release", "A 2026 release looks just as likely"
            r"(?<=\b[Aa] \d{4} )(?:release|premiere|return|debut)\b|"
            # "A release in late 2026 is the rumour", "our estimate is a premiere in spring 2027"
            r"(?:(?<=\b[Aa] )|(?<=\b[Aa]n ))(?:release|premiere|return|debut)(?:\s+date)?"
            r"(?=\s+(?:in|on|around|by|before|sometime)\b)|"
            # "will be available to stream from March 14, 2026"
            r"(?:will\s+be|is|are|becomes?)\s+available\s+to\s+(?:stream|watch)|"
            # "Expect the new season in spring 2026"
            r"(?<![\w.,;] )(?:Expect|expect)(?=\s+(?:the\s+(?:new|next|\w+)\s+season|season\s+\w+|"
            r"new\s+episodes|it|the\s+(?:show|series))\s+(?:to\s+\w+\s+)?(?:in|on|by|around)\b)|"
            r"premieres|will premiere|to premiere|arrives|will arrive|could arrive|to arrive|arrive|lands|will land|to land|"
            r"drops|will drop|to drop|will be released|is released|are released|is releasing|releases|comes out|will come out|to come out|"
            r"is set for|set for|are coming|is coming|coming|follows|streams|will stream|debuts|will debut|"
            r"(?:is|are)\s+slated\s+(?:for|to)|slated for|(?:has|have)\s+scheduled|scheduled for|"
            r"pencil+ed\s+in\s+(?:(?:a|the|its)\s+(?:premiere|release|return)(?:\s+date)?\s+)?for|"
            r"tipped\s+for|"
            r"hits screens|will hit screens|"
            r"will return|returns|is due|are due|due out|hits Netflix|will hit|bows|will bow|"
            r"(?:to|will|could|may|might|should|would)\s+(?:\w+ly\s+)?"
            r"(?:air|bow|drop|land|arrive|debut|premiere|stream|return|hit)|"
            r"(?:is|are|be)\s+(?:\w+ly\s+)?(?:arriving|premiering|landing|dropping|debuting)|"
            r"airs|(?:put|puts|see|sees)\s+(?:a|the|its)\s+(?:premiere|release|return)|"
            # "Netflix has set March 6 for the return of X", "has dated X's return for ..."
            r"(?:has|have|had)\s+(?:now\s+|officially\s+)?(?:set(?=[^.;]{0,60}?\b(?:return|premiere|"
            r"release|debut|arrival|launch)\b)|dated)|"
            # "begins on BBC One on Sunday 5 January": not "begins in 1923" (a story's setting)
            r"(?:begins|kicks off|starts|will (?:begin|kick off|start))(?=\s+(?:on|streaming|airing)\b))\b"
        ),
    ),
]
_SETTING = re.compile(
    r"\b(?:[Ss]et|takes?\s+place|took\s+place|taking\s+place|unfolds?|unfolding)\s+"
    r"(?:in|during|around)\s+(?:(?:the\s+)?(?:summer|winter|spring|autumn|fall|year|early|late)\s+"
    r"(?:of\s+)?)?$"
)
_RELEASED = dict(_TRIGGERS)["released"]
_RENEWED = dict(_TRIGGERS)["renewed"]
_NOT_SHOW_SUBJECT = re.compile(
    r"\b(?:(?<!Prime )video|trailer|teaser|clip|poster|photos?|images?|statement|synopsis|song|album|book|"
    r"novel|manga|webtoon|comic|news|announcement|confirmation)s?\b[^.,;]{0,25}$",
    re.I,
)
# "The announcement came on March 12, 2024": the date of the renewal the sentence before states
_ANNOUNCED_ON = re.compile(
    r"^(?:(?:The|That|This)\s+(?:[\w'’]+\s+)?(?:news|announcement|confirmation|renewal|decision|"
    r"cancellation)\s+(?:came|arrived|was made|broke|dropped|went public|"
    r"was (?:announced|confirmed|revealed|reported|made public))"
    # "The period drama, set in 1920s Lunenburg, got the bad news on June 10, 2025"
    r"|.{0,80}?\b(?:got|received|learned|heard)\s+the\s+(?:bad\s+|good\s+|sad\s+)?news"
    # "The streamer made the announcement during its Tudum event on June 14, 2025"
    r"|[A-Z][\w+]*(?:\s+[\w+]+)?\s+(?:made|shared|broke)\s+(?:the|this)\s+"
    r"(?:announcement|news))\b"
)
_BORROWS = re.compile(
    r"\b(?:renewed|recommissioned|greenlit|greenlighted|green-lit|picked up|ordered|confirmed|"
    r"announced|gave the green light|had to wait until|cancell?ed|axed|scrapped|pulled the plug)\b"
)
# renewal verbs that need no season named: the season is the one the article is about
_RENEWS_SHOW = re.compile(
    r"\b(?:renewed|recommissioned|greenlit|green-lit|picked up|.*\brenewal)\b"
)
# "that season 2 had been ordered": a season just before a passive renewal verb is its subject
_PASSIVE_BEFORE = re.compile(r"\s+(?:(?:has|had|have)\s+been|(?:is|was|were)(?:\s+officially)?)\s+")
# "renewed in February, shortly after series three concluded": that season is another event's
_OTHER_EVENT = re.compile(
    r"\b(?:after|before|since|following|once|when|until|as)\s+(?:\w+\s+)?$", re.I
)
_ITS_OWN_VERB = re.compile(
    r"\s+(?:(?:had|has|was)\s+)?(?:concluded|ended|aired|premiered|finished|wrapped|debuted|"
    r"dropped|came to an end)\b"
    # "announced that X season 3 premieres on September 18": a date, not a renewal
    r"|\s+(?:premieres|arrives|lands|debuts|drops|will\s+(?:premiere|arrive|land|debut|drop))\b"
)
_GAPPED_COUNT = re.compile(
    r",?\s+and\s+(?:season|series)\s+(?P<s>\d{1,2})\s+(?:stretched|grew|rose|went|jumped|dropped|fell)\s+"
    r"to\s+(?P<n>\d{1,3}|" + "|".join(NUMBERS) + r")\b",
    re.I,
)
_SEASON_OPENS = re.compile(r"(?:Season|Series)\s+(?P<n>\d{1,2})\b(?!\s+(?:and|&|,))")
_THAT_SEASON = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:new|final|last|next|upcoming|coming)\s+(?:season|series)\b")
_RENEWED_FOR = re.compile(r"\b(?:renewed|picked\s+up|ordered)\s+for\s+(?:a|an|its)\s+$")
_ARRIVED_NEXT = re.compile(
    r"[\s,;]*(?:and|before)\s+(?:then\s+)?(?P<season>(?:season|series)\s+\w+|(?:the\s+)?\w+\s+"
    r"(?:season|series))\s+(?:finally\s+)?(?:arrived|premiered|debuted|dropped|landed|followed|"
    r"launched|came\s+out|hit\s+screens)\b"
)
# "announced that it would not be ordering a fourth season": no renewal but an end
_WONT_ORDER = re.compile(
    r"\s+(?:that\s+)?(?:it|they|the\s+\w+)\s+(?:would|will|was|is)\s+not\s+(?:be\s+)?"
    r"(?:ordering|order|renewing|renew|commissioning|bringing\s+back)\b"
)
# "Netflix confirmed the renewal on ...": the renewal of the season the article is about
_ANNOUNCES_RENEWAL = re.compile(
    r"(?:confirmed|announced)\s+(?:the|its|a)\s+(?:[\w'’-]+\s+){0,2}?renewal\b"
)
# "handed it a two-season renewal": how many seasons a renewal covers
_MULTI_RENEWAL = re.compile(r"\b(?P<n>two|three|four|2|3|4)[- ]season\s+renewal\b")
# "X will return for a third season, Hulu announced ...": the season an announcement is about
# "X will return for a third season, Hulu announced on ...", "X is coming back for season 2,
# Netflix announced ...", "X has been renewed for a second and final season, Netflix announced"
_RETURN_FOR = re.compile(
    r"\b(?:return(?:ing)?|come back|coming back|be back|is back|renewed|picked up)\s+for\s+"
    r"(?:(?:a|an|its|the)\s+)?(?:\w+\s+){0,3}?(?:[Ss]eason|[Ss]eries)\b"
)
_COUNT = re.compile(
    # (not the season's number of "Season 2 episodes: 7")
    r"(?<!season )(?<!Season )(?<!series )(?<!Series )\b(?P<n>\d{1,3}|"
    + "|".join(NUMBERS)
    # "eight episodes", "8-episode", "ten more episodes", "eight hour-long episodes", "the
    # six-part first season"
    + r")(?:[- ]episodes?\b|\s+(?:more\s+|new\s+|full\s+|\w+-(?:long|minute|hour)\s+)?episodes\b|"
    r"-part(?=\s+(?:(?:first|second|third|fourth|fifth|new|debut|final|opening)\s+)?(?:season|series)\b))",
    re.I,
)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word.lower()]


def _show_near(
    doc: Doc, ctx: Context, clause_text: str, c0: int, pos: int, after_ok: bool
) -> str | None:
    mentions = doc.shows.mentions(ctx.sent.text)
    before = [m for m in mentions if c0 <= m.start and m.end <= pos]
    if before:
        return before[-1].title
    if after_ok:
        after = [m for m in mentions if m.start >= pos and m.start < c0 + len(clause_text)]
        if after:
            return after[0].title
    return ctx.show


def _seasons_near(doc: Doc, clause: str, pos: int, kind: str) -> tuple[int, ...] | None:
    found = doc.seasons(clause)
    if not found:
        m = BARE_ORDINAL_RE.search(doc.without_titles(clause[:pos]))
        if (
            m
            and kind in ("released", "expected_release")
            and re.fullmatch(r"\s*(?:\w+\s*)?", clause[m.end() : pos])
        ):
            n = number(m.group("o"))
            return (n,) if n else None
        return None
    best = min(found, key=lambda s: min(abs(s.start - pos), abs(s.end - pos)))
    return best.numbers


def _platform(clause: str) -> str | None:
    m = _PLATFORM_RE.search(clause)
    return m.group("p") if m else None


def _announced_on(doc: Doc, ctx: Context) -> list[Fact]:
    """ "The announcement came on March 12, 2024": the date of a renewal or cancellation stated,
    undated, in the sentence before."""
    text = ctx.sent.text
    if ctx.prev is None or not _ANNOUNCED_ON.match(text):
        return []
    dates = find_dates(text)
    if not dates:
        return []
    prev = ctx.prev.text
    for kind in ("cancelled", "renewed"):  # "announced that X was axed" is no renewal
        trigger = dict(_TRIGGERS)[kind].search(prev)
        if trigger:
            break
    else:
        return []
    # undated in its own part of the sentence: "cancelled X, the mystery that premiered in
    # 2023" dates the premiere, not the cancellation
    c0, c1 = next(c for c in clauses(prev) if c[0] <= trigger.start() < c[1])
    later = [
        m.start()
        for k, p in _TRIGGERS
        if k not in ("renewed", "cancelled") and (m := p.search(prev, trigger.end(), c1))
    ]
    if find_dates(prev[c0 : min(later, default=c1)]):
        return []
    prev_ctx = Context(ctx.prev, ctx.show, ctx.section_season, ctx.recap, None, None, None)
    clause = prev[c0:c1]
    t0, t1 = trigger.start() - c0, trigger.end() - c0
    facts = _make(doc, prev_ctx, clause, c0, t0, t1, kind, dates[0].iso)
    span = Span(ctx.sent.start, ctx.sent.end)
    return [replace(f, evidence=text, span=span) for f in facts]


# a roundup's field lines about the section's show: "Premiere: October 3, 2024", "Status:
# Cancelled (May 2, 2024)", "Episodes: 10"
_FIELD = re.compile(
    r"^(?P<k>Premieres?(?:\s+date)?|Release(?:\s+date)?|Returns?|Debut|Status|Episodes)\s*:\s*"
    r"(?P<v>\S.*)$",
    re.I,
)


def _field_line(doc: Doc, ctx: Context, m: re.Match[str]) -> list[Fact]:
    key, value = m.group("k").lower(), m.group("v")
    show = ctx.show
    season = ctx.para_season or ctx.section_season or doc.target.get(show or "")
    dates = find_dates(value, ctx.anchor_year)
    out: list[Fact | None] = []
    if key.startswith("episode"):
        n = re.match(r"(\d{1,3})\b", value)
        if n and season:
            out.append(doc.fact("episodes", ctx, show, season=season, count=int(n.group(1))))
    elif key == "status":
        low = value.lower()
        date = dates[0].iso if dates else _borrowed_date(ctx, "", 0)
        if date and re.search(r"\b(?:cancell?ed|axed|ended)\b", low):
            out.append(doc.fact("cancelled", ctx, show, date=date))
        elif date and "renewed" in low and not negated(low, low.index("renewed")):
            target = doc.target.get(show or "") or _next_season(doc, show)
            if target:
                out.append(doc.fact("renewed", ctx, show, season=target, date=date))
    elif dates:
        date = dates[0].iso
        published = doc.published or ""
        past = bool(re.search(r"\b(?:premiered|aired|released|debuted|arrived)\b", value)) or (
            bool(published) and published[: len(date)] > date
        )
        out.append(
            doc.fact(
                "released" if past else "expected_release",
                ctx,
                show,
                season=season or (1 if past else None),
                date=date,
                **({} if past else {"certainty": certainty(value)}),
            )
        )
    return [f for f in out if f]


def _calendar_entry(doc: Doc, ctx: Context) -> list[Fact]:
    """A calendar's entry: the day of the heading above a show's heading ("MARCH 4" over "Title
    (Alias), Season 1 | iQIYI") is that season's release, the platform after the bar."""
    assert ctx.calendar_day is not None
    date, hedged = ctx.calendar_day
    # "Title, Season 1 | iQIYI", "Title (Netflix, March 5)", "Title (Season 3) – Monday 6
    # April – Viaplay"
    bar = re.search(r"[|–—]\s*(?P<p>[^|–—]+?)\s*$|\((?P<b>[^(),]+),", ctx.sent.text)
    platform = (bar.group("p") or bar.group("b")) if bar else _platform(ctx.sent.text)
    past = bool(doc.published) and date < (doc.published or "")
    fact = doc.fact(
        "released" if past else "expected_release",
        ctx,
        ctx.show,
        season=ctx.section_season or 1,
        date=date,
        platform=platform,
        **({} if past else {"certainty": "speculative" if hedged else "confirmed"}),
    )
    return [fact] if fact else []


def find_dated(doc: Doc, ctx: Context) -> list[Fact]:
    text = ctx.sent.text
    if ctx.calendar_day:
        return _calendar_entry(doc, ctx)
    if ctx.sent.heading:
        return []
    if ":" in text[:20] and (field := _FIELD.match(text.strip())):
        return _field_line(doc, ctx, field)
    out: list[Fact] = _announced_on(doc, ctx)
    # "The decision was confirmed on ...": that verb dated the sentence before, no fact here
    announced = _ANNOUNCED_ON.match(text).end() if out else 0
    # every dated fact needs a date in the sentence, except renewals and cancellations that
    # borrow one: most sentences are ruled out here without trying the triggers
    # "on March 5": a day without its year, placed by the publication day when it is known
    dated_day = doc.published if doc.published and len(doc.published) == 10 else None
    if (
        not find_dates(text, ctx.anchor_year)
        and not _BORROWS.search(text)
        and not (dated_day and _undated_days(text))
    ):
        return out
    for c0, c1 in clauses(text):
        clause = text[c0:c1]
        triggers: list[tuple[int, int, str]] = []
        taken: list[tuple[int, int]] = []
        for kind, pattern in _TRIGGERS:
            for m in pattern.finditer(clause):
                if c0 + m.start() < announced or any(a <= m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                triggers.append((m.start(), m.end(), kind))
        if not triggers:
            continue
        # a trigger inside a longer one is part of it: the "confirmed" of "the premiere date has
        # been confirmed as" is no renewal
        triggers = [
            t
            for t in triggers
            if not any(o != t and o[0] <= t[0] and t[1] <= o[1] for o in triggers)
            and not _person_debuted(doc, clause, t[0], t[1])
        ]
        triggers.sort()
        earlier = find_dates(text[:c0]) if c0 else []
        anchor = int(earlier[-1].iso[:4]) if earlier else ctx.anchor_year
        # "Set in 1923, the series follows ...": a story's time is no date of the show
        dates = [d for d in find_dates(clause, anchor) if not _SETTING.search(clause, 0, d.start)]
        if dated_day:
            dates = sorted(
                dates
                + [
                    d
                    for d in _undated_days(clause)
                    if not any(o.start < d.end and d.start < o.end for o in dates)
                ],
                key=lambda d: d.start,
            )
        if "the same day" in clause and not dates:
            dates = find_dates(text[:c0])[-1:]
            dates = [type(d)(len(clause), len(clause), d.iso) for d in dates]
        assigned: dict[int, str] = {}
        assigned_end: dict[int, int] = {}
        # "will premiere later in 2025, probably in October": a second, hedged date of the same
        # fact, in its own part of the clause: (trigger, date, where that part starts)
        guesses: list[tuple[int, str, int]] = []
        leftover = []
        for d in dates:
            before = [i for i, t in enumerate(triggers) if t[1] <= d.start]
            if before:
                last = before[-1]
                if (
                    last
                    and last - 1 not in assigned
                    and triggers[last - 1][2] in ("renewed", "cancelled")
                    and _ATTRIBUTION.fullmatch(clause, triggers[last - 1][1], triggers[last][1])
                ):
                    last -= 1  # the date of the fact the attribution is about
                if last not in assigned:
                    assigned[last], assigned_end[last] = d.iso, d.end
                elif last in assigned_end and _OWN_GUESS.match(clause, assigned_end[last], d.start):
                    guesses.append((last, d.iso, assigned_end[last]))
                continue
            leftover.append(d)
        # a date before any trigger ("On June 6, 2022, Netflix renewed ...") goes to the first
        # trigger after it that found no date of its own
        for d in leftover:
            if _OF_A_THING.search(clause, max(0, d.start - 30), d.start):
                continue  # "the surprise hit of 2023 is coming back": that year names the hit
            if _IN_RELATIVE.search(clause, 0, d.start) and "," in clause[d.end :]:
                continue  # "X, the series that became a hit last year, is getting ...": the hit's
            after = [i for i, t in enumerate(triggers) if t[0] >= d.end and i not in assigned]
            if after:
                assigned[after[0]] = d.iso
        for i, (t0, t1, kind) in enumerate(triggers):
            date = assigned.get(i)
            if date and date[0] in "-@" and dated_day:
                past = _happened(kind, clause[t0:t1])
                date = (with_year if date[0] == "-" else with_day)(date, dated_day, past)
            if date is None and kind in ("renewed", "cancelled") and not dates:
                date = _borrowed_date(ctx, text, c0)
            if date is None:
                continue
            if negated(clause, t0) and not re.search(r"\b(?:until|before)\b", clause[t0 : t0 + 60]):
                continue
            own = [g for g in guesses if g[0] == i]
            # the stated date is as certain as its own part of the clause, the guess is a guess
            stated = clause[: own[0][2]] if own else clause
            # "Filming began on May 5 and is expected to last five months": the hedge is the
            # next predicate's, not the date's
            end = assigned_end.get(i)
            if end is not None and (later := _NEXT_PREDICATE.search(stated, end)):
                stated = stated[: later.start()]
            # "aired on Kan 11 from 12 June 2022 and arrived on Apple TV+ on January 20, 2023":
            # the next verb's platform and hedges are its own
            if (
                end is not None
                and kind != "renewed"  # "announced on May 2 that X will return for season 2"
                and i + 1 < len(triggers)
                and triggers[i + 1][0] >= end
            ):
                stated = stated[: triggers[i + 1][0]]
            out.extend(_make(doc, ctx, stated, c0, t0, t1, kind, date))
            for _, guess, _ in own:
                out.extend(_make(doc, ctx, clause, c0, t0, t1, kind, guess))
    return out + _gapped(doc, ctx, out)


# "Season 2 followed on May 1, 2024, and season 3 on June 5, 2025": the verb left out
_GAPPED = re.compile(r",?\s+and\s+(?:season|series)\s+(?P<n>\d{1,2})\s+(?:on|in)\s+")


def _gapped(doc: Doc, ctx: Context, found: list[Fact]) -> list[Fact]:
    releases = [f for f in found if f.rel in ("released", "expected_release")]
    out = []
    for m in _GAPPED.finditer(ctx.sent.text) if releases else ():
        dates = find_dates(ctx.sent.text[m.end() :])
        if dates and dates[0].start == 0:
            last = releases[-1]
            out.append(replace(last, season=int(m["n"]), date=dates[0].iso))
    return out


def _person_debuted(doc: Doc, clause: str, t0: int, t1: int) -> bool:
    """Whether a debut is a person's: "Ji-ho Park debuted in 2016" dates a career, not a show."""
    if not clause[t0:t1].lower().startswith("debut"):
        return False
    names = find_names(clause[:t0], tuple(doc.shows.titles))
    return bool(names) and not clause[names[-1].end : t0].strip()


_IN_RELATIVE = re.compile(r"\b(?:that|which|who)\b[^,;]*$")
_NEXT_PREDICATE = re.compile(r",?\s+and\s+(?:is|are|was|were|will|has|have|had)\b")
_OF_A_THING = re.compile(
    r"\b(?!(?:summer|spring|autumn|fall|winter|end|start|beginning|middle|rest|months?|weeks?)\b)"
    r"[a-z]+\s+of\s*$"
)
_OWN_GUESS = re.compile(
    r"[^,;]*,\s*(?:(?:but|and|or)\s+)?(?:\w+\s+){0,4}?(?:probably|likely|possibly|perhaps|maybe|"
    r"we\s+(?:think|guess|reckon|suspect)|our\s+(?:best\s+)?guess|rumou?red)\b[^,;]*$"
)


# "X has been cancelled, Netflix confirmed on May 3, 2024": who said so, right after the fact
# their date belongs to
_ATTRIBUTION = re.compile(
    r"[^,;]*,\s*(?:(?:the|a|an)\s+)?(?:[\w+&'.-]+\s+){1,3}(?:has\s+)?(?:announced|confirmed|"
    r"revealed)"
)


def _undated_days(text: str) -> list:
    """Days the article dates only by its own day: "on March 5"; else "yesterday", "on
    Tuesday" (a weaker clue, used only when nothing else dates the clause)."""
    return find_yearless(text) or ([] if find_dates(text) else find_day_words(text))


def _happened(kind: str, trigger: str) -> bool:
    """Whether a fact told by `trigger` lies before the article's day ("premiered", "began
    filming") rather than after it ("premieres", "starts filming")."""
    if kind in ("renewed", "cancelled", "released"):
        return True
    if kind == "filming":
        return bool(
            re.search(r"\b(?:began|started|kicked|got|rolled|was|were|commenced)\b", trigger)
        )
    return False


def _borrowed_date(ctx: Context, text: str, c0: int) -> str | None:
    dates = find_dates(text[:c0])
    if dates:
        return dates[-1].iso
    if ctx.prev is not None:
        prev_dates = find_dates(ctx.prev.text)
        if len(prev_dates) == 1:
            return prev_dates[0].iso
    return None


def _next_season(doc: Doc, show: str | None) -> int | None:
    """The season after the latest one the article says was released: the one a renewal that
    names no season is for ("Season 2 premiered in May ... The show was renewed in October")."""
    if not show:
        return None
    latest = 0
    for ctx in doc.contexts:
        text = ctx.sent.text
        if ctx.show != show and show not in text or not _RELEASED.search(text):
            continue
        for s in doc.seasons(text):
            if (
                s.numbers
                and _RELEASED.search(text, s.end, s.end + 60)
                or (s.numbers and _RELEASED.search(text, max(0, s.start - 60), s.start))
            ):
                latest = max(latest, max(s.numbers))
    return latest + 1 if latest else None


def _make(
    doc: Doc, ctx: Context, clause: str, c0: int, t0: int, t1: int, kind: str, date: str
) -> list[Fact]:
    cert = certainty(clause)
    if kind == "cancelled":
        show = _show_near(doc, ctx, clause, c0, c0 + t0, after_ok=True)
        if re.match(r"\s+the (?:show|series)\b", clause[t1:]) and ctx.prev is not None:
            prev = doc.shows.mentions(ctx.prev.text)
            if prev:
                show = prev[-1].title
        mentions = doc.shows.mentions(clause)
        # the show right after the verb, perhaps after a description: "axed Neon Dynasty",
        # "pulled the plug on the cosy cooking dramedy Pepper & Sage"
        right = [
            m
            for m in mentions
            if m.start >= t1
            and re.fullmatch(r"\s*(?:(?:the|a|an|its|[a-z-]+)\s+){0,5}", clause[t1 : m.start])
        ]
        if right:
            show = right[0].title
        fact = doc.fact("cancelled", ctx, show, date=date, certainty=cert)
        return [fact] if fact else []
    if _NOT_SHOW_SUBJECT.search(clause[:t0]):
        return []
    if kind == "renewed" and _WONT_ORDER.match(clause, t1):
        # "announced that it would not be ordering a fourth season": the show ends there
        # ("would" there is no hedge: the announcement is the hedge's only verb)
        fact = doc.fact("cancelled", ctx, ctx.show, date=date, certainty=certainty(clause[:t1]))
        return [fact] if fact else []
    seasons = _seasons_near(doc, clause, t0, kind)
    if seasons is not None and not seasons:
        # "X has been renewed for a fourth and final season. The final season will premiere
        # in 2026": the season just renewed; else the article's
        renewed = _upcoming(doc, ctx) if _THAT_SEASON.search(clause) else None
        if renewed:
            seasons = (renewed,)
        else:
            seasons = (doc.target.get(ctx.show or "", 0),) if ctx.show in doc.target else None
    if kind == "renewed":
        # "shortly after series three concluded": a season of another event
        named = [
            s
            for s in doc.seasons(clause)
            if not _OTHER_EVENT.search(clause, max(0, s.start - 25), s.start)
            and not _ITS_OWN_VERB.match(clause, s.end)
        ]
        found = [
            s
            for s in named
            if s.numbers
            and (
                s.start >= t0 - 2
                and s.start - t1 <= 60
                or s.start < 20
                # "that season 2 had been ordered": the season is the passive's subject
                or _PASSIVE_BEFORE.fullmatch(clause, s.end, t0)
                # "announced on June 13 that the series, ..., has been renewed for a fourth"
                or s.start > t1 and _RENEWED_FOR.search(clause, max(t1, s.start - 30), s.start)
            )
        ]
        show = _show_near(doc, ctx, clause, c0, c0 + t0, after_ok=True)
        text = ctx.sent.text
        if (
            not found
            and clause[t0:t1] in ("announced", "confirmed")
            and (ret := _RETURN_FOR.search(text[: c0 + t0]))
        ):
            # "X will return for a third season, Hulu announced on 19 April 2024"
            back = [s for s in doc.seasons(text[: c0 + t0]) if s.numbers and s.end >= ret.start()]
            before = doc.shows.mentions(text[: ret.start()])
            if before:
                show = before[-1].title
            if negated(text, ret.start()):
                # "X will not return for a fourth series, the broadcaster confirmed": it ends
                fact = doc.fact("cancelled", ctx, show, date=date)
                return [fact] if fact else []
            return [
                f
                for s in back[:1]
                for n in s.numbers
                if (f := doc.fact("renewed", ctx, show, season=n, date=date))
            ]
        if (
            not found
            and not named
            and (_RENEWS_SHOW.match(clause[t0:t1]) or _ANNOUNCES_RENEWAL.match(clause, t0))
        ):
            # "the BBC recommissioned the show": the season the article is about, or the one
            # the section's heading asks about ("When is season 3 coming?")
            target = doc.target.get(show or "") or _next_season(doc, show)
            if ctx.section_season and not ctx.recap and show == ctx.show:
                target = ctx.section_season
            # "Hulu renewed it in 2023, and season 2 arrived in 2025": the season that followed
            if arrived := _ARRIVED_NEXT.match(text, c0 + len(clause)):
                target = next((n for s in doc.seasons(arrived["season"]) for n in s.numbers), target)
            if not target:
                return []
            multi = _MULTI_RENEWAL.search(clause[t0:t1])
            count = _number(multi.group("n")) if multi else 1
            return [
                f
                for n in range(target, target + count)
                if (f := doc.fact("renewed", ctx, show, season=n, date=date))
            ]
        if not found:
            return []
        return [
            f
            for n in found[0].numbers
            if (f := doc.fact("renewed", ctx, show, season=n, date=date))
        ]
    show = _show_near(doc, ctx, clause, c0, c0 + t0, after_ok=False)
    if kind == "filming":
        if re.search(r"\bboth seasons\b", clause) and ctx.prev is not None:
            nums = [n for s in doc.seasons(ctx.prev.text) for n in s.numbers]
            seasons = tuple(nums) or seasons
        if not seasons:
            seasons = (ctx.section_season or doc.target.get(show or "", 0),)
        return [
            f
            for n in seasons
            if n and (f := doc.fact("filming", ctx, show, season=n, date=date, certainty=cert))
        ]
    platform = _platform(clause[t0:]) or _platform(clause[:t0])
    if kind == "released":
        if seasons is None and re.match(r"came back|returned", clause[t0:t1]):
            # "The romance came back to Netflix on April 3": the season of the section
            # (a recap's: "Season 2 Ending Explained" / "X came back to Netflix on ...")
            recap = doc.recapped if show == doc.main else None
            back = ctx.para_season or ctx.section_season or recap or doc.target.get(show or "")
            seasons = (back,) if back else None
        if seasons is None:
            # "Season 3 took longer, ..., and finally dropped on 12 March 2024": the season the
            # sentence opens with
            opener = _SEASON_OPENS.match(ctx.sent.text)
            film = re.search(r"\b(?:special|film|movie)\b", ctx.sent.text)
            seasons = (int(opener["n"]),) if opener else (None,) if film else (1,)
        return [
            f
            for n in seasons
            if (f := doc.fact("released", ctx, show, season=n, date=date, platform=platform))
        ]
    if seasons is None:
        seasons = (
            ctx.section_season or doc.target.get(show or "") or _debut(doc, ctx, show, clause),
        )
    return [
        f
        for n in seasons
        if (
            f := doc.fact(
                "expected_release",
                ctx,
                show,
                season=n,
                date=date,
                platform=platform,
                certainty=cert,
            )
        )
    ]


_PACE = re.compile(r"\s+(?:a|per|each|every)\s+(?:week|night|day|weekday)\b|\s+at\s+a\s+time\b|\s+later\b")
_BACK = re.compile(r"\b(?:new|latest)\s+season\b|\b(?:came back|returned|returns)\b")
# "It ran for 12 episodes", "The season had eight": a count said of the season just named
_WAS = re.compile(
    r"^\s*(?:It|The\s+(?:\w+\s+)?(?:season|series|show|run|drama))\s+(?:ran|had|was|consisted|"
    r"comprised|spanned|aired|totall?ed)\b"
)
_EACH_SEASON = re.compile(r"\b(?:[Ee]ach|[Bb]oth|[Ee]very)\s+(?:seasons?|series)\s+(?:had|ran|was|consisted)\b")
_WEEKLY = re.compile(r"\b(?:weekly|each\s+week|every\s+week)\b")
_ALL_OF_THEM = re.compile(r"\s*(?:All|all|Its|its|Those|those)(?:\s+of\s+(?:its|the))?\s+")
_UPCOMING = re.compile(r"\b(?:upcoming|next|new|coming|forthcoming)\b", re.I)
_COMPARED = re.compile(r"\b(?:up|down)\s+from\b|\bcompared\s+(?:to|with)\b|\bthan\b|\bversus\b")
# "ten episodes, up from eight in season 2": the earlier season's count
_UP_FROM = re.compile(
    r",?\s+(?:up|down)\s+from\s+(?:the\s+)?(?P<n>\d{1,3}|"
    + "|".join(NUMBERS)
    + r")\s+(?:episodes\s+)?(?:in|for)\s+season\s+(?P<s>\d{1,2})\b",
    re.I,
)
_EXPECTED = dict(_TRIGGERS)["expected_release"]
_RETURNS = re.compile(
    r"\b(?:return|returns|returning|back|comes back|coming back|new season)\b", re.I
)


def _upcoming(doc: Doc, ctx: Context) -> int | None:
    """The season "the new season" means right after a renewal: "X has been renewed for a third
    season. The new season will have eight episodes." """
    if ctx.prev is None or not _RENEWED.search(ctx.prev.text):
        return None
    named = [s.numbers[-1] for s in doc.seasons(ctx.prev.text) if s.numbers]
    return named[-1] if named else None


def _debut(doc: Doc, ctx: Context, show: str | None, clause: str) -> int | None:
    """1 for a show that premieres with no season named anywhere around ("The 16-episode series
    premieres on tvN on March 8"): a new show's first season. None for one that returns, or
    one the article gives a later season."""
    if ctx.section_season or ctx.para_season or _RETURNS.search(clause):
        return None
    later = (
        n
        for c in doc.contexts
        # "... "Northbound Train" will return for a second season": another show's season
        if show in (mentioned := {m.title for m in doc.shows.mentions(c.sent.text)})
        or (c.show == show and not mentioned)
        for m in doc.seasons(c.sent.text)
        for n in m.numbers
    )
    return None if any(n > 1 for n in later) else 1


_BOX_COUNT = re.compile(r"\s*(?:Season|Series)\s+(?P<s>\d{1,2})\s+episodes\s*[:|–-]\s*(?P<n>\d{1,3})\s*$", re.I)


def find_episodes(doc: Doc, ctx: Context) -> list[Fact]:
    text = ctx.sent.text
    out: list[Fact] = []
    low = text.lower()
    if "episode" not in low and "-part" not in low:
        return out  # every count pattern names episodes or parts
    if box := _BOX_COUNT.match(text):  # a fact box's "Season 2 episodes: 7"
        fact = doc.fact("episodes", ctx, ctx.show, season=int(box["s"]), count=int(box["n"]))
        return [fact] if fact else []
    for c0, c1 in clauses(text):
        clause = text[c0:c1]
        for m in _COUNT.finditer(clause):
            if re.search(r"\b(?:Volume|Part|Vol\.)\s+\w+,?\s+(?:with\s+)?$", clause[: m.start()]):
                continue
            # "A directed six of the ten episodes": a credit, often for a season gone by, not
            # a count; but "it has aired 14 of its 20 episodes" gives the season's total
            if " of " in clause and re.search(
                r"\b(?:\d{1,3}|" + "|".join(NUMBERS) + r"|some|most|several|many|few|half|each|any|"
                r"two-thirds|a third|a couple|a handful|a pair|both)\s+of\s+(?:the|those|these)\s+$",
                clause[max(0, m.start() - 30) : m.start()],
                re.I,
            ):
                continue
            if re.search(r"\beach\s+(?:took|directed|wrote|helmed|directs|writes)\s+$", clause[: m.start()]):
                continue  # "Directors A and B each took three episodes": a share, not a count
            if _PACE.match(clause, m.end()):
                continue  # "two episodes a week": a pace, not a count
            if re.search(r"\bwith\s+$", clause[: m.start()]) and _WEEKLY.search(text):
                continue  # "premieres with two episodes, and new ones follow weekly": a launch
            if negated(clause, m.start(), 25) or re.search(
                r"\b(?:first|last|final|opening|closing|remaining|other|next|extra|additional|"
                r"bonus)\s+$",
                clause[: m.start()],
                re.I,
            ):
                continue
            count = _number(m.group("n"))
            # "the 12-episode series is tentatively scheduled to air ...": a count written as a
            # modifier is stated; a hedge after it is about the rest of the clause
            attributive = re.match(r"[\w]+-(?:episode|part)$", m.group(), re.I)
            cert = certainty(clause[: m.end()] if attributive else clause)
            show = _show_near(doc, ctx, clause, c0, c0 + m.start(), after_ok=False)
            found = doc.seasons(clause)
            before = [s for s in found if s.end <= m.start() and s.numbers]
            # "ten episodes, up from eight in season 2": that season is the comparison's
            after = [
                s
                for s in found
                if s.start >= m.end()
                and s.numbers
                and not _COMPARED.search(clause, m.end(), s.start)
            ]
            ordinal = BARE_ORDINAL_RE.search(doc.without_titles(clause[: m.start()]))  # "the second followed"
            earlier = [s for s in doc.seasons(text[:c0]) if len(s.numbers) == 1]
            target = doc.target.get(show or "")
            if re.search(r"\bboth\b", clause[: m.start()], re.I) and target and target > 2:
                seasons: tuple[int, ...] = (target - 2, target - 1)
            elif len(before) > 1 and re.search(r"\beach\s+(?:had|has|ran|got)\s+$", clause[: m.start()]):
                seasons = tuple(n for s in before for n in s.numbers)  # "1 and 2 each had 8"
            elif target and target > 1 and _EACH_SEASON.search(clause[: m.start()]):
                seasons = tuple(range(1, target))  # "Each season had 10 episodes": those so far
            elif before:
                seasons = before[-1].numbers[:1]
            elif after:
                seasons = after[0].numbers[:1]
            elif ordinal and number(ordinal.group("o")):
                seasons = (number(ordinal.group("o")) or 0,)
            elif earlier and not _RELEASED.search(clause):
                # "The first series aired on ..., and all six episodes went up ..."
                seasons = earlier[-1].numbers
            elif re.search(
                r"\bfirst\s+(?:landed|premiered|arrived|aired|debuted|dropped)\b", clause
            ) or (_RELEASED.search(clause) and not re.search(r"\b(?:Volume|Part)\b", clause)):
                # "X premiered on ... with 8 episodes": the show's debut season; the
                # section's for "came back ... with all 12 episodes", "the new season landed"
                recap = doc.recapped if show == doc.main else None
                back = _BACK.search(clause) and (ctx.section_season or recap)
                seasons = (back or 1,)
            elif (
                ctx.para_season
                and (_WAS.match(clause) or _ALL_OF_THEM.fullmatch(clause[: m.start()]))
                and not _UPCOMING.search(clause)
            ):
                # "The first season aired in 2024. It ran for 12", "... All six episodes hold"
                seasons = (ctx.para_season,)
            elif any(not s.numbers for s in found):  # "the new season will have 8 episodes"
                seasons = (_upcoming(doc, ctx) or target or 0,)
            elif _EXPECTED.search(clause):
                seasons = (ctx.section_season or target or _debut(doc, ctx, show, clause) or 0,)
            else:
                seasons = (ctx.section_season or target or 0,)
            for n in seasons:
                if n and (
                    f := doc.fact("episodes", ctx, show, season=n, count=count, certainty=cert)
                ):
                    out.append(f)
            than = _UP_FROM.match(clause, m.end())
            if than and (
                f := doc.fact(
                    "episodes",
                    ctx,
                    show,
                    season=int(than["s"]),
                    count=_number(than["n"]),
                    certainty=cert,
                )
            ):
                out.append(f)
            same = re.search(r"\bthe same (?:for|in) season (\d+)", clause[m.end() :] + text[c1:])
            if same:
                tail = text[c0 + m.end() :]
                f = doc.fact(
                    "episodes",
                    ctx,
                    show,
                    season=int(same.group(1)),
                    count=count,
                    certainty=certainty(tail),
                )
                if f:
                    out.append(f)
    # "Season 1 and season 2 each had eight episodes, and season 3 stretched to ten"
    for gap in _GAPPED_COUNT.finditer(text) if out else ():
        if f := doc.fact(
            "episodes", ctx, out[-1].show, season=int(gap["s"]), count=_number(gap["n"])
        ):
            out.append(f)
    return out
