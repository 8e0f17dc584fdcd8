"""Which shows an article talks about: the main show from the title, shows named in section
headings, and shows mentioned in passing ("directed Parasyte: The Grey", "from Sweet Home, in
which ..."); and where in a sentence they are mentioned."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import WEEKDAY_NAMES
from .names import STOP, find_names
from .text import STATUS_LINE, STATUS_WORDS

# (a word may start in Latin Extended Additional and carry combining tone marks: "Ọ̀sán")
# ("St." before another word: "Night Shift at St. Agnes")
_WORD = r"(?:(?:St|Dr|Mr|Mrs|Ms)\.(?= [A-Z])|[A-Z0-9À-ÖØ-ÞĀ-ſḀ-ỿ][\w'’&\u0300-\u036f-]*)"
_SMALL = (
    r"(?:of|the|to|in|and|&|a|an|on|with|for|at|from|no|or|"
    # particles of other languages' titles: "La Casa de los Cuervos", "Il Nome della Rosa"
    r"de|la|le|du|da|y|los|las|del|el|di|della|des|do|dos|das|der|den|van|von|sa|ng)"
)
TITLE = (
    _WORD
    + r"(?: (?:"
    + _SMALL
    + r" )*"
    + _WORD
    + r")*(?:: "
    + _WORD
    + r"(?: (?:"
    + _SMALL
    + r" )*"
    + _WORD
    + r")*)?"
)
# Streaming services and networks, as articles name them
PLATFORMS = (
    "Netflix",
    "Disney+",
    "Hulu",
    "Amazon Prime Video",
    "Prime Video",
    "HBO Max",
    "HBO",
    "Max",
    "Apple TV+",
    "Peacock",
    "Paramount+",
    "BBC iPlayer",
    "Crunchyroll",
    "tvN",
    "JTBC",
    "SBS",
    "KBS2",
    "MBC",
    "Viki",
    "Starz",
    "Showtime",
    "AMC",
    "FX",
    "Coupang Play",
    "TVING",
    "BBC One",
    "BBC Two",
    "BBC Three",
    "ITVX",
    "ITV",
    "Channel 4",
    "Sky Atlantic",
    "Antena 3",
    "Movistar Plus+",
    "NBC",
    "CBS",
    "ABC",
    "Fox",
    "The CW",
    "Fuji TV",
    "TV Tokyo",
)

_NOT_TITLE = re.compile(
    r"^(?:The|A|An|How|What|When|Where|Who|Why|Is|Are|Will|Did|Does|Can|Has|Netflix|Season|Part|"
    r"In|On|It|He|She|They|We|This|That|Both|Returning|New|Other|Mark|Update|Release|Cast|"
    r"Everything|Plot|Ending|Review|Trailer|Episodes?|IMDb|Rotten Tomatoes|Twitter|TikTok|"
    r"Korean|Japanese|English|American|Hollywood|Christmas|"
    # a roundup's status headings; a site's section names
    r"Renewed|Cancell?ed|Renewals?|Cancell?ations?|Axed|Ended|Upcoming|Premieres?|"
    r"Drama|Dramas|Comedy|Thriller|Horror|Crime|Sci-Fi|Fantasy|Anime|K-Drama|TV|Television|"
    r"Entertainment|News|Features?|Reviews?|Culture|Streaming|Opinion|Interview|Exclusive)$"
)
_LEAD = re.compile(
    r"^(?:(?:How|What|When|Where|Who|Why|Is|Are|Will|Did|Does|Can|Has|Was|In|On|Mark|Update|"
    r"Like|Unlike|Meanwhile|And|But|While|Whereas|Although|Though|Also|Plus|Elsewhere)\s+)+"
)
_NUMBER_WORD = (
    r"(?:\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)\b"
)
# "Season", "Series", "Part" end a title only before a number: "The Wrecking Season series 2"
_CUT = re.compile(
    r"(?:^|\s+)(?:(?i:seasons?|staffel|series|part|volume|vol\.)\s+"
    + _NUMBER_WORD
    + r"|(?:Release|Cast|Plot|Trailer|Renewal|Episodes?|Ending|Review|Everything)\b).*$"
)
# a genre noun before a title names a show in passing: "the legal drama Courtroom Nine"
GENRE_NOUN = (
    r"(?:drama|dramedy|k-drama|thriller|series|sitcom|comedy|anime|show|procedural|saga|[Ww]estern|"
    r"miniseries|soap|docuseries|spin-off|spinoff)"
)

_PASSING = [
    re.compile(
        r"\b(?:directed|created|co-created|revisit|watch|cancell?ed|renewed|axed|scrapped|"
        r"pulled\s+the\s+plug\s+on|images\s+from|first\s+look\s+at)\s+(?P<t>" + TITLE + ")"
    ),
    re.compile(
        r"\b(?:hit|series|special|show|drama|spin-off|comedy|thriller|film|movie)(?: of the year)?,\s+(?P<t>"
        + TITLE
        + r"),"
    ),
    re.compile(
        r"(?P<t>"
        + TITLE
        + r"),\s+(?:whose (?:[a-z]\w* ){0,3}season|which\s+(?:[A-Z][\w+]*(?:\s+[A-Z0-9][\w+]*)?\s+)?"
        r"(?:came out|premiered|arrived|hit|debuted|dropped|landed|began|ran|aired|axed|"
        r"cancell?ed|renewed|scrapped))"
    ),
    re.compile(
        # "the Stan crime drama Red Dirt Road", "Netflix's Polish folk horror series Iron Valley"
        # "the 2021 sports drama Summer of the Ninth Inning"
        r"\b(?:the|a|an|its|hit|[A-Z][\w+]*['’]s)\s+(?:(?:[a-z-]+|[A-Z][\w+-]*|(?:19|20)\d\d)\s+){0,3}"
        + GENRE_NOUN
        + r"\s+(?P<t>"
        + TITLE
        + ")"
    ),
    # "Paper Moons (Jongi Dal), the fantasy drama that became a hit"
    re.compile(
        # (not "on Valentine's Day, a six-part drama about ...": a day)
        r"(?<!\bon )(?<!\bat )(?<!\bby )(?<!['’]s )(?<![\w'’-])(?P<t>"
        + TITLE
        + r")(?:\s*\([^()]*\))?,\s+(?:the|a|an|its|[A-Z][\w+]*['’]s)\s+(?:(?!of\b)[\w'’-]+\s+){0,3}?"
        + GENRE_NOUN
        # ("Tondo Nights, the crime series she created for Netflix")
        + r"(?=\s+(?:that|which|from|about|set|based|created|starring|whose|(?:she|he|they)\s+"
        r"(?:co-)?(?:created|wrote|made|developed))\b|\s*[,.;])"
    ),
    re.compile(r"\b(?:from|for|in|on)\s+(?P<t>" + TITLE + r"),\s+(?:in which|where)\b"),
    # a quoted title after a genre noun, "in", "of" or "created": 'the upcoming ENA drama
    # "Lantern Tide"', 'watch her in "Northbound Train"', 'who created "Paper Moons"' (not
    # "directed" or "wrote": an episode's title is quoted too)
    re.compile(
        r"(?:\b" + GENRE_NOUN + r"|\b(?:in|created|of))\s+[\"“](?P<t>" + TITLE + r")[,.]?[\"”]"
        # '"Ons Klein Geheim," the family drama that ...'
        r"|[\"“](?P<t2>"
        + TITLE
        + r")[,.]?[\"”],?\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?"
        + GENRE_NOUN
        + r"\b"
    ),
    re.compile(r"(?P<t>" + TITLE + r")\s+(?:was|has been|got|is)\s+(?:cancell?ed|renewed|axed)"),
    # a live blog's or newsletter's label and the show it is about: "FIRST LOOK: Norrskenet
    # (The Northern Light)."
    re.compile(r"^[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2}:\s+(?P<t>" + TITLE + r")(?:\s*\([^()]*\))?[.!]?$"),
    # (an alias in brackets between: "Ulvetimen (The Wolf Hour) season 2")
    re.compile(r"(?P<t>" + TITLE + r")(?:\s*\([^()]{1,40}\))?\s+(?:season|Season)\s+\d"),
    re.compile(r"\b(?:the\s+\w+\s+season|season\s+\d{1,2})\s+of\s+(?P<t>" + TITLE + r")"),
    # "as C in Other Show", "who many will recognise as detective C in Other Show", "whom many
    # will know as Inspector C from Other Show"
    re.compile(
        r"\b(?:as|played|plays|playing|portrayed|portrays|voiced|voices|voicing)\s+(?:[a-z][\w-]*\s+){0,2}"
        r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+(?:in|on)\s+(?:the\s+(?:[\w+-]+\s+){0,3}?"
        + GENRE_NOUN
        + r"\s+)?(?P<t>"
        + TITLE
        + r")|\b(?:know|knew|recogni[sz]e|remember|recall)\w*\s+(?:\w+\s+)?as\s+(?:[a-z][\w-]*\s+){0,2}"
        r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+from\s+(?P<t2>"
        + TITLE
        + r")"
    ),
]


_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
)
# a date the title pattern ran into: "Pepper & Sage on June 20"
_DATE_TAIL = re.compile(
    r"\s+(?:on|in|by|from|since|until|before|after)\s+(?:"
    + _MONTHS
    + r"|\d|"
    + WEEKDAY_NAMES
    + r").*$"
)


# a roundup's status before the title: "RENEWED: Harbor Lights (ABC)"
_STATUS_PREFIX = re.compile(r"^\s*(?:" + STATUS_WORDS + r")\s*[:|–—]\s*", re.I)


def clean_title(raw: str, strict: bool = True) -> str | None:
    raw = _STATUS_PREFIX.sub("", _DATE_TAIL.sub("", raw))
    raw = _PLATFORM_OWNER.sub("", raw)  # "Netflix's Harbor Lights": the platform's, not a title
    raw = re.sub(r"^[A-Z]{2,}(?:\s+[A-Z]{2,})*:\s+(?=[A-Z])", "", raw)  # "DATE: Midsommarnatt"
    raw = _PERSON_OWNER.sub("", raw)  # "Farhan Qureshi's Neon Galli": its maker's
    title = _CUT.sub("", _LEAD.sub("", raw.strip())).strip(" ,.:;'’\"“”")
    # "renewed Harbor Nine for Seasons 5 and 6": the cut leaves "Harbor Nine for"
    title = re.sub(r"(?:\s+(?:of|the|to|in|and|&|a|an|on|with|for|at|from|or))+$", "", title)
    # "The Palmwine Syndicate Renewed For Season 3": the headline's verb is no part of it
    title = _STATUS_TAIL.sub("", title)
    title = re.sub(r"['’]s$", "", title)
    if strict and " " not in title and title in STOP or title in PLATFORMS:
        return None
    if (
        not title
        or _NOT_TITLE.match(title)
        or len(title) < 2
        or not re.search(r"[A-Za-z]{2}", title)
    ):
        return None
    if re.search(
        r"\b(?:January|February|March|April|June|July|August|September|October|November|December)\b",
        title,
    ):
        return None
    return title


# a title quoted in a headline: "'The Salt Wardens' Creator Talks Season 2", not the "'s" of
# "Grey's Anatomy"
_QUOTED = re.compile(r"[\"“‘'](?P<t>[A-Z0-9][^\"”’']{0,60}?|[A-Z0-9][^\"”]{0,60}?)[\"”’'](?!\w)")


# a quotation, not a title: "Creator Says 'We Are Not Done Yet'", "Star: 'Mara Deserved
# Better'", "Sophie Lane on 'Mara'" (but "Pulls the Plug on 'Copper Harbor'")
_SPEECH_BEFORE = re.compile(
    r"(?i:\b(?:says?|said|admits?|reveals?|teases?|insists?|promises?|warns?|explains?|"
    r"calls?)\s*|(?<!plug )\bon\s*|:\s*)$"
)
# a list of quoted titles: '5 Dramas To Watch: "Marigold Bakery", "Dust Devils" and More'
_LISTED_AFTER = re.compile(r"\s*,")
_LISTED_BEFORE = re.compile(r"[\"”’'],\s*$")


_STATUS_TAIL = re.compile(
    r"\s+(?:Renewed|Cancell?ed|Axed|Scrapped|Ordered|Picked\s+Up|Returns|Returning)"
    r"(?:\s+(?:For|At|By|After|With|On))*$"
)
_PLATFORM_OWNER = re.compile(
    r"^(?:"
    + "|".join(re.escape(p) for p in sorted(PLATFORMS, key=len, reverse=True))
    + r")['’]s\s+"
)


# (a title of two words or more after it: not "Aunty Chioma's Kitchen")
_PERSON_OWNER = re.compile(
    r"^(?!(?:The|A|An)\b)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)+['’]s\s+(?=[A-Z][\w'’-]*\s+\S)"
)


def quoted_shows(title_line: str, body: str) -> list[str]:
    """Titles quoted in a headline that the article names again: "'Engine 47' Renewed, 'Quiet
    Hours' Cancelled"; not a quotation ("Creator Says 'We Are Not Done Yet'")."""
    found = (
        clean_title(q.group("t"), strict=False)
        for q in _QUOTED.finditer(title_line)
        if _quotes_a_title(q, title_line, body)
    )
    return [t for t in found if t and t in body]


def listed_in_headline(title_line: str, body: str) -> list[str]:
    """Shows a newsletter's headline lists as its news ("The Stream Sheet: Harbor Lights Gets
    Season 3, Dry County Finds a Sheriff, ..."): each part's opening capitalised words, when the
    article makes them a sentence's subject ("Dry County has found its new lawman")."""
    masthead = _MASTHEAD.match(title_line)
    out = []
    for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", title_line[masthead.end() :] if masthead else ""):
        words = part.split()
        for n in range(min(4, len(words) - 1), 0, -1):
            title = " ".join(words[:n])
            if title in PLATFORMS or not all(w[:1].isupper() for w in words[:n]):
                continue
            if re.search(r"(?<![\w'’])" + re.escape(title) + _SUBJECT_VERB, body):
                out.append(title)
                break
    return out


_SUBJECT_VERB = r"\s+(?:has|have|had|is|was|will|returns|gets|got|finds|found)\b"


def _quotes_a_title(q: re.Match, title_line: str, body: str) -> bool:
    if _SPOKEN.match(q.group("t")):
        return False  # "'I Knew Colm Had To Go': Creator On ...": somebody's words
    before = title_line[: q.start()]
    speech = _SPEECH_BEFORE.search(before)
    return bool(
        not speech
        or _LISTED_AFTER.match(title_line, q.end())
        or _LISTED_BEFORE.search(before)
        # "Issue #212: 'Dry County' Strikes Oil": after a colon but not a speaker ("Star:
        # 'Mara Deserved Better'"), a title if the article names it outside quotation marks
        or speech.group().startswith(":")
        and not _SPEAKER.search(before)
        and _unquoted_in(q.group("t"), body)
    )


_SPEAKER = re.compile(
    r"(?i:\b(?:star|creator|actor|actress|showrunner|director|writer|producer|host|cast))s?\s*:\s*$"
    r"|\b[A-Z][a-z]+\s+[A-Z][a-z]+\s*:\s*$"  # "Sophie Lane: 'Mara Deserved Better'"
)
_SPOKEN = re.compile(r"(?:I|I'm|I’m|I've|We|We're|We’re|You|It's|It’s|He|She|They|There's|This Is)\b")


def _unquoted_in(text: str, body: str) -> bool:
    return any(
        body[max(0, m.start() - 1) : m.start()] not in "\"“‘'"
        for m in re.finditer(re.escape(text), body)
    )


# words a headline puts before the title: "7 Things We Know About X Season 2", "Previously On
# X: ...", "Everything We Know About X", "Where Are They Now? The Cast Of X"
_HEADLINE_LEAD = re.compile(
    r"^(?:(?:\d+|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:\w+\s+)?(?:things|facts|"
    r"details|questions|reasons|clues|theories|secrets|takeaways)\s+(?:(?:we\s+know|to\s+know|you\s+"
    r"(?:need\s+to|should)\s+know|we\s+learned|answered)\s+)?(?:about|from|on|in|before|after)\s+|"
    r"(?:here'?s\s+)?(?:everything|all|what)\s+(?:we\s+know|you\s+need\s+to\s+know)\s+(?:so\s+far\s+)?"
    r"about\s+|previously\s+on\s+|(?:meet\s+)?the\s+cast\s+of\s+|where\s+to\s+(?:watch|stream)\s+|"
    r"how\s+to\s+watch\s+|who\s+(?:dies|died|survives|survived|lives)\s+in\s+)",
    re.I,
)


_MASTHEAD = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:Weekly|Newsletter|Digest|Briefing|Dispatch|Bulletin|"
    r"Round-?up|Roundup|Sheet|Memo|Insider)(?:,?\s+(?:Issue|No\.|#)\s*#?\d+)?\s*:\s+"
)
_PEOPLE_OF_SHOW = re.compile(
    r"\s+(?:Creator|Co-Creator|Showrunner|Stars?|Director|Writer|Producer|Cast|Actor|Actress)\s+[A-Z].*$"
)
_HEADLINE_VERB = re.compile(
    r"^(?:[A-Z][\w+&.'’-]*\s+){1,3}(?:Renews|Cancels|Axes|Scraps|Ends|Orders|Picks\s+Up|"
    r"Greenlights|Revives|Drops|Pulls\s+the\s+Plug\s+on)\s+(?P<t>.+?)"
    r"(?=\s+(?:After|For|As|With|Following|Ahead|Amid|Despite|Over|In|At|Season|Series)\b|$)"
)


def main_show(title_line: str, body: str) -> str | None:
    """The show an article's title is about ("Sweet Home Season 2: ..." -> "Sweet Home")."""
    title_line = _MASTHEAD.sub("", title_line)  # "The Watchlist Weekly: ...": a newsletter's name
    # "'I Knew Colm Had To Go': Saltmarsh Creator On ...": a quotation opens it
    quote = _QUOTED.match(title_line)
    if quote and _SPOKEN.match(quote.group("t")):
        title_line = title_line[quote.end() :].lstrip(" :–—-")
    show = _main_show(_HEADLINE_LEAD.sub("", title_line), body)
    if show is None and re.search(r"\?\s", title_line):
        # "Where Are They Now? The Cast Of X": the title after the question
        rest = re.split(r"\?\s+", title_line, maxsplit=1)[1]
        show = _main_show(_HEADLINE_LEAD.sub("", rest), body)
    return show


def _main_show(title_line: str, body: str) -> str | None:
    m = re.match(
        # ("Series Two", not "Nordic Series Day")
        r"(.+?)\s+(?i:season|staffel|series|part|volume|vol\.)\s+(?:\d+|" + _NUMBER_WORD
        + r"|(?:First|Second|Third|Fourth|Fifth|Sixth|Final|Finale|Premiere|Opener)\b)",
        title_line,
    )
    quoted = quoted_shows(m.group(1) if m else title_line, body)
    if quoted:  # "'The Salt Wardens' Creator Talks Season 2": the quoted part is the title
        return quoted[0]
    if m:
        # "Previously On X: How Season 1 Ended": the title ends at the colon before the question;
        # "Spoiler-Free Guide: Who Is Who In X Season 2": unless the body never names that part
        head, *question = re.split(
            r":\s+(?=(?:How|What|Why|When|Who|Where|Is|Are|Will|Everything|All|Here)\b)", m.group(1)
        )
        head = _PEOPLE_OF_SHOW.sub("", head)  # "Saltmarsh Creator Imogen Pryce On That Finale"
        named = _named_in_body(clean_title(head), body)
        if question and (named is None or body.count(named) < 2):
            return _named_in_body(clean_title(question[-1]), body) or named
        return named
    # "Bleach: Hell Verse (...) is a 2023 film": the body defines the whole title line
    whole = clean_title(title_line)
    if (
        whole
        and ": " in whole
        and re.search(re.escape(whole) + r"\s*(?:\([^)]*\)\s*)?,?\s(?:is|was)\s(?:an?|the)\s", body)
    ):
        return whole
    head = re.split(r"\s*[:–|-]\s+", title_line, maxsplit=1)[0]
    candidates = [head]
    # "CBC Cancels Harrow Point After Three Seasons As Cast Says Goodbye": the verb's object
    if verb := _HEADLINE_VERB.match(head):
        candidates.insert(0, verb.group("t"))
    # "Abergwyn axed: BBC drama cancelled after three series": the title-shaped start, when only
    # lower-case words follow it (not "BBC axes Saltmarsh", "Sophie Lane exits Harbor Lights")
    start = re.match(TITLE, head)
    if start and not re.search(r"[A-Z]", head[start.end() :]) and start.group() not in PLATFORMS:
        candidates.append(start.group())
    for candidate in candidates:
        title = clean_title(candidate)
        if title and body.count(title) >= 2:
            return title
        # "Is Harbor Lights Based on a True Story?": a question about the show the body names
        if title and _LEAD.match(title_line) and (named := _named_in_body(title, body)) != title:
            return named
    return None


def _named_in_body(title: str | None, body: str) -> str | None:
    """The title, or its longest leading words the body repeats, when the title line wraps
    the show's name in a sentence ("Cedar Lane Is Officially Coming Back for Season 2")."""
    if not title or body.count(title) >= 2:  # the title line itself is one
        return title
    words = title.split()
    for n in range(len(words) - 1, 1, -1):  # two words at least: "The" names no show
        head = " ".join(words[:n])
        if body.count(head) >= 3:  # the title line and twice more: the body's name for it
            return head
    # the words just before "Season N", after the headline's own ("NBC Renews HARBOR LIGHTS
    # for Season 3", "Every Character Who Died in Harbor Lights Season 2")
    low = body.lower()
    if low.count(title.lower()) >= 2:  # "Bahay Sa Dulo" written "Bahay sa Dulo"
        return title
    for n in range(len(words) - 1, 0, -1):
        tail = " ".join(words[-n:])
        if tail in STOP or not tail[0].isupper() or len(tail) < 4:
            continue
        # the title line and once more: the words before "Season N" are the title's end
        if tail.isupper() and low.count(tail.lower()) >= 2:
            return tail
        if body.count(tail) >= 2:
            return tail
    return title


# field lines ("Status: Cancelled", "Release date: May 2", "Q: What ...?") and questions
# name no new show, only one already known
_FIELD = re.compile(
    r"^(?:(?:Q|A|Status|Verdict|Platform|Network|Channel|Premiere|Genre|Cast|Stars|Starring|"
    r"Creators?|Showrunners?|Episodes|Seasons?|Runtime|Rating|Update|Date|Streaming|Renewal|"
    r"Release|Released|Trailer|Plot|Synopsis)|[A-Z][a-z]+(?:\s+[a-z]+)+)\s*:\s"
)
_QUESTION = re.compile(
    r"\?\s*$|^(?:How|What|When|Where|Who|Why|Is|Are|Will|Did|Does|Do|Can|Has|Have|Was|Should)\b"
)


# a roundup paragraph that opens with its show: "Paper Kingdoms (Prime Video): Prime Video
# renewed the fantasy epic ...", "Orchid Street (Netflix) — Netflix axed the teen drama ..."
_TITLE_AND_PLATFORM = (
    r"^(?:\d{1,2}[.)]\s+)?(?P<t>"
    + TITLE
    + r")\s*\((?:"
    + "|".join(re.escape(p) for p in sorted(PLATFORMS, key=len, reverse=True))
    # "(Netflix, March 5)": the day it arrives may follow
    + r")(?:,\s*[^()]*)?\)"
)
_LEAD_IN = re.compile(_TITLE_AND_PLATFORM + r"\s*(?::|[—–-])\s+\S")


# a paragraph's first sentence about another show: "Meanwhile, NBC has cancelled Quiet Orchard
# ...", "Elsewhere, ABC picked up the animated comedy Pocket Dragons ..."
_OPENS_WITH = re.compile(
    r"^(?:(?:Meanwhile|Elsewhere|Also|Separately|Finally|Plus|In other news|Over at [\w+ ]+),?\s+)?"
    r"(?:(?:[A-Z][\w+&'.-]*\s+){1,3}(?:has\s+|have\s+)?(?:renewed|cancell?ed|axed|picked up|"
    r"ordered|greenlit|scrapped|recommissioned)\s+(?:(?:the|its|a|an)\s+)?(?:[\w-]+\s+){0,3}?)?$"
)


def paragraph_show(first_sentence: str, shows: ShowIndex) -> str | None:
    """The show a paragraph is about when its first sentence opens with it or with its renewal or
    cancellation ("Meanwhile, NBC has cancelled Quiet Orchard after one season"), or is a short
    lead-in naming it ("Less fortunate is Quiet Orchard.")."""
    mentions = shows.mentions(first_sentence)
    if len({m.title for m in mentions}) != 1:
        return None
    first = mentions[0]
    if _OPENS_WITH.match(first_sentence[: first.start]):
        return first.title
    # "The move to streaming came with Tondo Nights, the crime series she created": introduced
    # (not an aside: "know the story from X, the 2019 anime")
    if _INTRODUCED.match(first_sentence, first.end) and not re.search(
        r"\b(?:from|like|unlike|than|of|in|as)\s+$", first_sentence[: first.start]
    ):
        return first.title
    # a short lead-in: "Less fortunate is Quiet Hours.", "Then there's Pocket Dragons."
    return first.title if len(first_sentence.split()) <= 8 else None


_INTRODUCED = re.compile(r",\s+(?:the|a|an|her|his|their)\s+(?:[\w'’-]+\s+){0,3}?" + GENRE_NOUN + r"\b")
# a live blog's entry: "10:11am: Harbor Nine is coming back!", "14:05 – New series! ..."
TIMESTAMP = re.compile(
    r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*(?:[:–—-]\s*|$)", re.I
)
# a sentence that opens with the show it is about: "Salt Road is a family drama ...", "Pepper
# Soup, a six-episode sitcom ...", "Harbor Nine is coming back!"
_ENTRY = re.compile(
    r"(?P<t>" + TITLE + r")(?=\s+(?:is|are)\s+(?:coming\s+back|back|returning)\b|"
    r"\s+(?:returns|premieres|has\s+been\s+(?:renewed|cancell?ed|axed|picked\s+up))\b|"
    r",?\s+(?:is\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}" + GENRE_NOUN + r"\b)"
)


def entry_show(text: str) -> str | None:
    """The show a live blog's entry opens with, after its time and a short cry ("10:31am: New
    series! Salt Road is a family drama ...")."""
    text = TIMESTAMP.sub("", text)
    text = re.sub(r"^(?:[A-Z][\w'’-]*\s+){0,3}[A-Za-z'’-]+!\s+", "", text)  # "New series! "
    m = _ENTRY.match(text)
    return clean_title(m.group("t")) if m else None


def lead_in_show(text: str) -> str | None:
    """The show a paragraph opens with, "Title (Network): ...", if it does."""
    m = _LEAD_IN.match(text)
    return clean_title(m.group("t")) if m else None


# a roundup's status headings: "RENEWED", "Cancelled shows", "THE RENEWALS:", "On the bubble"
_STATUS_HEADING = re.compile(
    r"^\s*(?:the\s+)?(?:renewed|cancell?ed|renewals?|cancell?ations?|axed|ended|ending|returning|"
    r"new|upcoming|coming\s+soon|on\s+the\s+bubble|undecided|pending|still\s+waiting)"
    r"(?:\s+(?:and\s+\w+\s+)?(?:shows?|series|dramas?|so\s+far|this\s+(?:year|season|week)))?\s*:?\s*$",
    re.I,
)
# "Harbor Lights (Netflix) – renewed for season 3": a heading that introduces a show
_PLATFORM_HEADING = re.compile(
    _TITLE_AND_PLATFORM + r"(?:\s*(?::|[—–,-])\s*.*)?$"
    # any network in brackets when a season or a status follows: "Title (Canal+) – season 3"
    r"|^(?:\d{1,2}[.)]\s+)?(?P<t2>"
    + TITLE
    + r")\s*\([A-Z][\w+&.'’-]*(?:\s+[A-Z][\w+&.'’-]*){0,2}\)"
    r"\s*[:—–-]\s*(?i:season|series|part|renewed|cancell?ed|axed|ending|ended|returning|new)\b.*$"
    # a title of two words or more with a one-word network: "3. Barrio Sur (ViX)" (one word
    # in brackets is rarely an actor's whole name)
    r"|^(?:\d{1,2}[.)]\s+)?(?P<t3>" + _WORD + r"\s" + TITLE + r")\s*\([A-Z][\w+]*\)$"
)


def platform_heading(heading: str) -> str | None:
    """The show of a heading that introduces one whatever the text says next: "Title
    (Platform)", with a status after it or not; "RENEWED | Title"; "Title – cancelled"."""
    m = _PLATFORM_HEADING.match(heading.strip())
    if m:
        return clean_title(m.group("t") or m.group("t2") or m.group("t3"))
    m = STATUS_LINE.match(heading)
    if m and (title := clean_title(m.group("t1") or m.group("t2"))):
        return title if re.fullmatch(TITLE, title) else None
    return None


_TITLE_BEFORE_SEASON = re.compile(
    r"(?P<t>[A-Z0-9À-ÖØ-ÞĀ-ſ][^:()|,]{0,60}?)\s*(?:\([^()]*\))?\s*[:,|–—-]\s*"
    r"(?i:(?:season|staffel|series|part)\s+(?:\d+|one|two|three|four|five)\b|limited\s+series|miniseries)"
)
# a heading that is a quotation: lower-case words besides the small ones of titles
_QUOTATION = re.compile(r"[\"“‘'][^\"”’]*\b(?!" + _SMALL + r"\b)[a-z][\w'’]*\b[^\"”’]*[\"”’']")
_HEADING_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|gets?|got|heads?|headed|moves?|moved|"
    r"leav(?:es|ing)|left|goes|going|went|travels?|shoots?|shot|films?|filmed)\s+(?:\w+\s+){0,3}$"
)


def _cast_row(line: str) -> bool:
    """ "Commandant Élodie Marchetti – Camille Vasseur": a person's name on each side of a dash."""
    sides = re.split(r"\s+[–—-]\s+", line.strip())
    if len(sides) != 2:
        return False
    names = [find_names(side) for side in sides]
    return all(
        len(found) == 1 and " " in found[0].text and side.endswith(found[0].text)
        for found, side in zip(names, sides)
    )


# "Camille Vasseur as Inès Barbier", 'Enzo "Lupo" Ferri, played by Renato Galli'
_ROLE_HEADING = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:[\"“][^\"”]+[\"”]\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]*)+"
    r"(?:\s+(?:as|plays)|,?\s+(?:played|portrayed)\s+by)\s+[A-ZÀ-ÖØ-Þ]"
)


def heading_show(heading: str, known: list[str]) -> str | None:
    """The show a section heading names, if any."""
    heading = heading.strip("*_ ")  # "**Is Kuroda really gone?**": Markdown's bold
    if _STATUS_HEADING.match(heading) or _QUOTATION.fullmatch(heading):
        return None  # '"Grandmother is not finished"': a quotation, not a title
    if _ROLE_HEADING.match(heading) or _cast_row(heading):
        return None  # "Camille Vasseur as Inès Barbier", "Commandant Élodie Marchetti – Camille Vasseur"
    if (introduced := platform_heading(heading)) is not None:
        heading = introduced  # "RENEWED | Harbor Lights": the status is no title
    for title in sorted(known, key=len, reverse=True):
        if re.search(r"(?<!\w)" + re.escape(title) + r"(?!\w)", heading, re.I):
            return title
    if _FIELD.match(heading) or _QUESTION.search(heading):
        return None
    heading = re.sub(r"^\s*\d{1,2}[.)]\s+", "", heading)
    # "Dziewczyna z Mgły: Season 1 (2.9 million views)": all before the season is the title,
    # whatever its small words
    if (before := _TITLE_BEFORE_SEASON.match(heading)) and (title := clean_title(before["t"])):
        return title
    for m in re.finditer(TITLE, heading):
        title = clean_title(m.group())
        # a heading that is a sentence names a place, not a show, after its verb ("3. The crew
        # is leaving Lisbon", "Production moves to Porto")
        if title and not _HEADING_VERB.search(heading, 0, m.start()):
            return title
    return None


# Words one of which each pattern above needs, looked for as plain substrings of the
# lower-cased sentence (fast): most sentences have none, and the patterns that start with a
# title would otherwise be tried at every capital letter.
_CUES: list[tuple[str, ...]] = [
    ("directed", "created", "revisit", "watch", "cancel", "renewed", "axed", "scrapped", "plug", "images", "look"),
    (
        "hit",
        "series,",
        "special,",
        "show,",
        "drama,",
        "spin-off,",
        "comedy,",
        "thriller,",
        "film,",
        "movie,",
    ),
    (", whose", ", which"),
    (
        "drama",
        "thriller",
        "series",
        "sitcom",
        "comedy",
        "anime",
        "show",
        "procedural",
        "saga",
        "soap",
        "spin-off",
        "spinoff",
    ),
    ("drama", "thriller", "series", "sitcom", "comedy", "anime", "show", "saga", "soap", "horror"),
    (", in which", ", where"),
    ('"', "“"),
    ("cancel", "renew", "axed"),
    (":",),
    ("season",),
    ("season",),
    ("as ", "play", "portray", "voic"),
]
assert len(_CUES) == len(_PASSING)


_IN_WHICH = next(i for i, p in enumerate(_PASSING) if "in which|where" in p.pattern)
_PLACE_BEFORE = re.compile(
    r"\b(?:shot|filmed|set|based|lives?|lived|born|moved?|moving|located|mostly|mainly|largely|"
    r"production|filming|showcase|event|festival|ceremony|conference|convention|gala|summit|"
    r"screening|party|panel|studios?|offices?|headquarters|raised|grew\s+up)\s+(?:\w+\s+)?(?:in|on)\s+$"
)
_IN_QUOTED = re.compile(r"\s+in\s+[\"“]")


def passing_shows(text: str) -> list[str]:
    """Titles of shows a sentence mentions in passing ("directed Parasyte: The Grey")."""
    out = []
    low = text.lower()
    for index, pattern in enumerate(_PASSING):
        if not any(cue in low for cue in _CUES[index]):
            continue
        for m in pattern.finditer(text):
            raw = m.group("t") or m.groupdict()["t2"]
            where = m.start("t") if m.group("t") else m.start("t2")
            if where and text[where - 1] in "#@":
                continue  # "#MayonakaKoban": a hashtag, not a title as written
            if index == _IN_WHICH and _PLACE_BEFORE.search(
                text, max(0, m.start("t") - 40), m.start("t")
            ):
                continue  # "shot mostly in Glasgow, where filming starts": a place
            if index == _IN_WHICH and (
                re.search(r" in [A-Z]", raw) or " " not in raw.strip() and m.group().endswith("where")
            ):
                continue  # "from Cirkus in Stockholm, where", "in Copenhagen, where": places
            if index == 0 and _IN_QUOTED.match(text, m.end()):
                continue  # "watch Yoon Tae-rim in "Northbound Train"": a name, then the title
            if " from " in raw and re.search(
                r"\b(?:know|knew|recogni[sz]e|remember|recall)\s+$", text[: where]
            ):
                raw = raw.partition(" from ")[2]  # "know Pillai from Kaayal Kathakal, the ..."
            if " in " in raw:
                head, _, tail = raw.rpartition(" in ")
                # "(as) Park Yong-sik in Squid Game": a role, then the show it is in
                if (
                    index == len(_PASSING) - 1
                    or re.search(
                        r"\b(?:as|played|plays|playing|portrays|portrayed|voices|voiced)\s+$",
                        text[: m.start("t")],
                    )
                    or re.search(r"[A-Z][a-z]+-[a-z]", head)
                ):
                    raw = tail
            title = clean_title(raw, strict=index != len(_PASSING) - 1)
            if title:
                out.append(title)
    return out


@dataclass(frozen=True)
class ShowMention:
    start: int
    end: int
    title: str


class ShowIndex:
    """The shows of one article and a finder for their mentions in a sentence."""

    def __init__(self, titles: list[str]):
        seen: dict[str, str] = {}
        for t in titles:
            seen.setdefault(t.casefold(), t)
        self.titles = list(seen.values())
        alts = sorted(self.titles, key=len, reverse=True)
        self._re = (
            re.compile(
                r"(?<![\w-])(?:"
                + "|".join(re.escape(t) for t in alts)
                # not the head of a longer title, "X: The Challenge" (but "fans of X: Peacock
                # cancelled it" is X)
                + r")(?![\w-]|:\s+[A-Z][\w'’-]*(?:\s+[A-Z0-9]|[,.;:!?]|$))"
            )
            if alts
            else None
        )

    def mentions(self, text: str) -> list[ShowMention]:
        if self._re is None:
            return []
        out = []
        for m in self._re.finditer(text):
            title = next((t for t in self.titles if t == m.group()), m.group())
            out.append(ShowMention(m.start(), m.end(), title))
        return out
