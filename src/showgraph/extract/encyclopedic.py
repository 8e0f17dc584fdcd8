"""Encyclopedic sentences about a film or show: "X is a 2010 Japanese comedy horror film
written by A, starring B and C, produced by Studio D", "The film was shot in Vancouver".

Gives the release year (`released`, no season), genres, writers, cast named without roles,
production companies, filming locations, and directors named in a list of credits
("written, directed and produced by A"). Country of origin is out of scope.

News articles rarely write like this, so every rule needs its own cue: a definition needs its
subject to be a known show (or "The film", "It") and a media word ("film", "series") or a
genre; a writer is not the author of the work a show is based on; a producer must look like a
company; a filming location must be a capitalised place, not a month.
"""

from __future__ import annotations

import re

from ..model import Fact
from .credits import _agent
from .dates import WEEKDAY_NAMES
from .document import Context, Doc
from .names import STOP, Name, find_names
from .shows import PLATFORMS
from .text import clauses

# -- definitions: "X (...) is a 2010 American comedy horror film" ----------------------------

_MEDIA = (
    r"(?:films?|movies?|shorts?|cartoons?|features?|series|miniseries|mini-series|serials?|"
    r"telenovelas?|sitcoms?|anime|documentary|documentaries|docuseries|telefilms?|specials?|"
    r"animations?|programmes?|programs?|shows?|dramas?)"
)
# Genre names as articles write them (longest first when matched); value: the canonical name.
_GENRE_FORMS: dict[str, str] = {
    "comedy horror": "comedy horror",
    "horror comedy": "comedy horror",
    "horror-comedy": "comedy horror",
    "comedy-horror": "comedy horror",
    "comedy-drama": "comedy-drama",
    "comedy drama": "comedy-drama",
    "romantic comedy": "romantic comedy",
    "romantic comedy-drama": "romantic comedy-drama",
    "romantic drama": "romantic drama",
    "black comedy": "black comedy",
    "dark comedy": "black comedy",
    "action comedy": "action comedy",
    "musical comedy": "musical comedy",
    "sex comedy": "sex comedy",
    "screwball comedy": "screwball comedy",
    "slapstick comedy": "slapstick comedy",
    "crime drama": "crime drama",
    "crime thriller": "crime thriller",
    "action thriller": "action thriller",
    "erotic thriller": "erotic thriller",
    "political thriller": "political thriller",
    "psychological thriller": "psychological thriller",
    "psychological horror": "psychological horror",
    "supernatural horror": "supernatural horror",
    "body horror": "body horror",
    "folk horror": "folk horror",
    "legal drama": "legal drama",
    "medical drama": "medical drama",
    "period drama": "period drama",
    "historical drama": "historical drama",
    "teen drama": "teen drama",
    "war drama": "war drama",
    "science fiction": "science fiction",
    "science-fiction": "science fiction",
    "sci-fi": "science fiction",
    "space opera": "space opera",
    "film noir": "film noir",
    "neo-noir": "neo-noir",
    "martial arts": "martial arts",
    "coming-of-age": "coming-of-age",
    "found footage": "found footage",
    "computer-animated": "computer animation",
    "computer animated": "computer animation",
    "stop-motion": "stop-motion animation",
    "stop motion": "stop-motion animation",
    "slice of life": "slice of life",
    "action": "action",
    "adventure": "adventure",
    "animated": "animated",
    "anime": "anime",
    "biographical": "biographical",
    "comedy": "comedy",
    "crime": "crime",
    "cyberpunk": "cyberpunk",
    "detective": "detective",
    "disaster": "disaster",
    "documentary": "documentary",
    "drama": "drama",
    "epic": "epic",
    "erotic": "erotic",
    "experimental": "experimental",
    "exploitation": "exploitation",
    "fantasy": "fantasy",
    "gangster": "gangster",
    "heist": "heist",
    "hentai": "hentai",
    "horror": "horror",
    "jidaigeki": "jidaigeki",
    "kaiju": "kaiju",
    "mecha": "mecha",
    "mockumentary": "mockumentary",
    "monster": "monster",
    "musical": "musical",
    "mystery": "mystery",
    "noir": "film noir",
    "parody": "parody",
    "propaganda": "propaganda",
    "romance": "romance",
    "romantic": "romance",
    "satirical": "satire",
    "silent": "silent",
    "slasher": "slasher",
    "splatter": "splatter",
    "sports": "sports",
    "spy": "spy",
    "superhero": "superhero",
    "supernatural": "supernatural",
    "teen": "teen",
    "thriller": "thriller",
    "tokusatsu": "tokusatsu",
    "war": "war",
    "western": "western",
    "wuxia": "wuxia",
    "zombie": "zombie",
}
_GENRE_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(g) for g in sorted(_GENRE_FORMS, key=len, reverse=True))
    + r")(?![\w-])",
    re.I,
)
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# "X (Japanese: ...) , also known as Y, is a 2010 ..." -> subject, description words
_GENRE_WORD = "|".join(re.escape(g) for g in sorted(_GENRE_FORMS, key=len, reverse=True))
# "X (Japanese: ...), also known as Y, is a 2010 ... film": subject, then the description up to
# the first media word, or up to a genre word that ends it ("a 1989 horror-comedy written by")
_DEFINITION = re.compile(
    r"^(?P<subj>[^()]+?)\s*(?:\((?:[^()]|\([^()]*\))*\)\s*)?(?:,\s+(?:also |originally |"
    r"later |released |known |titled |retitled )[^,]*,\s*)?\s(?:is|was)\s+(?P<det>an?|the)\s+"
    r"(?P<desc>(?:[\w'’&/.-]+\s+){0,9}?(?:" + _MEDIA + r"(?![\w-])|(?i:" + _GENRE_WORD + r")"
    r"(?=\s*(?:,|\.|;|:|\(|$|\s(?:(?:co-)?written|directed|produced|created|starring|that|"
    r"which|who|about|by|from|based|in|of|with|featuring|set|released|made|adapted)\b))))"
)
_LEAD_IN = re.compile(r"[A-Z][^,()]{0,40},\s+")
_IT = re.compile(r"^(?:The|This|That)\s+(?:film|movie|short|cartoon|series|show|feature)$|^It$")


def _subject_show(doc: Doc, ctx: Context, subject: str) -> str | None:
    """The show a definition's subject names: a known title, or "The film"/"It" for the
    current one."""
    subject = subject.strip()
    if _IT.match(subject):
        return ctx.show
    for title in doc.shows.titles:
        if subject == title or subject.casefold() == title.casefold():
            return title
    return None


def _genres(desc: str) -> list[str]:
    out = []
    for m in _GENRE_RE.finditer(desc):
        genre = _GENRE_FORMS[m.group().lower()]
        if genre not in out:
            out.append(genre)
    return out


def _definition(doc: Doc, ctx: Context, add) -> None:
    text = ctx.sent.text
    m = _DEFINITION.match(text)
    show = m and _subject_show(doc, ctx, m.group("subj"))
    if not show and (lead := _LEAD_IN.match(text)):
        # "For the uninitiated, X is a workplace comedy set in ..."
        m = _DEFINITION.match(text[lead.end() :])
        show = m and _subject_show(doc, ctx, m.group("subj"))
    if not show:
        return
    desc = m.group("desc")
    words = desc.split()
    has_media = bool(re.fullmatch(_MEDIA, words[-1], re.I))
    genres = _genres(desc)
    if not has_media and not (genres and _GENRE_RE.fullmatch(words[-1])):
        return  # "X is a 2010 graduate", "X is the best": not a work described
    year = re.fullmatch(_YEAR, words[0])
    if year and m.group("det") != "the":  # "the 2010 remake" may date another work
        add("released", show, date=year.group())
    # "Salt Road is a family drama": a series' genre as the phrase says it; a film's, word by
    # word as encyclopedias list them ("a 2010 American comedy-drama film")
    # (a nationality alone does not make it one: "an Israeli spy thriller about ...")
    encyclopedic = re.search(
        r"\b(?:films?|movies?|shorts?|cartoons?|features?|telefilms?|specials?|television|TV|"
        r"\d{4})\b",
        desc,
    )
    phrase = None if encyclopedic else _genre_phrase(desc, 2)
    for genre in [phrase] if phrase else genres:
        add("genre", show, genre=genre)


# "the crime drama Saltmarsh", "Netflix's fantasy romance Moonlit", "The Welsh crime drama,
# which starred ...": a genre said in passing, before the title or as the sentence's subject
_GENRE_HEAD = (
    r"(?:(?:[\w-]+-)?(?i:" + _GENRE_WORD + r")|sitcom|procedural|saga|dramedy|series|show|"
    r"k-drama|miniseries|docuseries)"
)
_GENRE_NP = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Aa]n?)|[A-Z][\w+]*['’]s?)\s+(?P<desc>(?:[\w-]+\s+){0,3}?"
    + _GENRE_HEAD
    + r")"
    r"(?:\s+series)?\s+(?=[A-Z\"“‘'])",
)
_DATED_APPOSITION = re.compile(
    r",\s+(?:the|a|an)\s+(?P<year>(?:19|20)\d\d)\s+(?P<desc>(?:[\w-]+\s+){0,3}?"
    + _GENRE_HEAD
    + r")\b"
)
_GENRE_CUE = re.compile(r"\b(?:" + _GENRE_WORD.lower() + r")")
_ANY_GENRE = re.compile(r"(?i:" + _GENRE_WORD + r")(?![\w-])")
_PLATFORM_OWNER = r"(?:" + "|".join(re.escape(p) for p in PLATFORMS) + r")['’]s"
_SUBJECT_NP = re.compile(
    # "The crime drama ...", "Netflix's thriller ...", "Ana Ruiz's comedy, set in ..."
    # (after a lead-in: "Created by Fernanda Iturbide, the psychological thriller follows ...")
    r"^(?:[A-Z][^,;.]{0,60},\s+(?=the\s|this\s|its\s))?"
    r"(?:[Tt]he|[Tt]his|[Ii]ts|" + _PLATFORM_OWNER + r"|(?P<owner>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}['’]s))\s+"
    r"(?P<desc>(?:[\w-]+\s+){0,3}?" + _GENRE_HEAD
    + r")(?:\s+series)?\b"
    r"(?=,|\s+(?:is|was|has|had|will|premiered|returns|returned|follows|stars|starred|centres|"
    r"centers|arrives|debuted|comes|came|ended|ends|concluded|wrapped|airs|aired|streams|"
    r"streamed|launched|landed|dropped|began|begins|opened|opens|became|becomes|won|wins|holds|"
    r"sits|remains)\b)"
)
# "Prime Video cancelled the border crime drama on April 28", "picking up Ana Ruiz's gothic
# thriller for a third season": the section's show as the object of its renewal or end
_OBJECT_NP = re.compile(
    r"\b(?:renewed|renews|cancell?ed|cancels|axed|axes|scrapped|picking\s+up|picked\s+up|"
    r"ordered|greenlit)\s+(?:the|its|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}['’]s)\s+"
    r"(?P<desc>(?:[\w-]+\s+){0,3}?" + _GENRE_HEAD + r")(?:\s+series)?"
    r"(?=\s+(?:for|on|after|in|at|with|this|last)\b|\s*[,.;]|$)"
)
# "The first season, a fantasy romance about ...", "The Stan original, a neo-western drama
# set in ...": the show described in apposition to its own subject
_ITSELF_APPOSITION = re.compile(
    r"^(?:The|Its)\s+(?:(?:[\w-]+\s+)?season|series|show|(?:[A-Z][\w+]*\s+){0,2}original)\s*,\s+"
    r"(?:the|an?)\s+(?P<desc>(?:[\w-]+\s+){0,3}?" + _GENRE_HEAD + r")(?:\s+series)?"
    r"(?=\s*,|\s+(?:about|set|from|that|which|following|starring|created|based|in|on|with)\b)"
)
# "It is one of the best crime series on Netflix": the show as one of a kind
_ONE_OF = re.compile(
    r"^(?:It|The\s+(?:show|series|drama))\s+(?:is|was|remains)\s+(?:\w+ly\s+|still\s+)?one\s+of\s+"
    r"(?:the|\w+['’]s)\s+(?:best|most\s+[\w-]+|top|biggest|\w+est)\s+(?P<desc>(?:[\w-]+\s+){0,3}?"
    + _GENRE_HEAD
    + r")"
)
# "Saltmarsh, Netflix's Spanish-language heist series, returns": a genre in apposition
_APPOSITION = re.compile(
    # (an alias in brackets may come first: "Paper Moons (Jongi Dal), the fantasy drama that")
    r"(?:\s*\([^()]*\))?,\s+(?:the|an?|" + _PLATFORM_OWNER + r")\s+(?P<desc>(?:[\w-]+\s+){0,3}?" + _GENRE_HEAD
    # "X, a dark comedy about two sisters, returns", "X, the hit comedy-drama from Dublin,"
    + r")(?:\s+series)?(?=\s*,|\s+(?:about|set|from|that|which|following|starring|created|"
    r"based|in|on|with|by)\b)"
)


def find_genres(doc: Doc, ctx: Context) -> list[Fact]:
    """Genres said in passing: "the crime drama Saltmarsh" (the title must follow), "The Welsh
    crime drama, which starred ..." (the sentence's subject: the current show)."""
    text = ctx.sent.text
    # most sentences name no genre: a plain search of the lower-cased text rules them out fast
    if not _GENRE_CUE.search(text.lower()) and not re.search(
        r",\s+(?:the|an?)\s+(?:19|20)\d\d\s", text
    ):
        return []
    targets: list[tuple[str, str]] = []
    out = []
    for m in _GENRE_NP.finditer(text):
        after = [x for x in doc.shows.mentions(text) if 0 <= x.start - m.end() <= 1]
        if after:  # right before its title a single word is enough: "the neo-western X"
            targets.append((m.group("desc"), after[0].title, 1))
            # "ZEE5's 2018 college comedy Chalta Hai": the year it came out
            year = re.match(r"((?:19|20)\d\d)\s", m.group("desc"))
            if year and (fact := doc.fact("released", ctx, after[0].title, date=year.group(1))):
                out.append(fact)
    one_of = _ONE_OF.match(text)
    if one_of and ctx.show:
        targets.append((one_of.group("desc"), ctx.show, 1))
    subject = _SUBJECT_NP.match(text)
    # not "The rival crime drama, Saltmarsh, premiered ...": that names another show
    named = subject and any(x.start - subject.end() in (1, 2) for x in doc.shows.mentions(text))
    if subject and ctx.show and not named:
        # "Ana Ruiz's comedy", "The Accra-set thriller": one word is enough
        desc = subject.group("desc")
        # (not "Poland's answer to Nordic noir": the owner's genre words are all the words)
        owned = subject.group("owner") and _genre_phrase(desc, 1) == desc.lower()
        one = owned or any(_WHERE.search(w) for w in desc.split())
        targets.append((desc, ctx.show, 1 if one else 2))
    if ctx.show and (itself := _ITSELF_APPOSITION.match(text)):
        targets.append((itself.group("desc"), ctx.show, 1))
    # the object names the section's show when the sentence opens its paragraph or follows one
    # that names the show ("Less fortunate is The Quiet Hours. NBC has cancelled the freshman
    # drama": not the section's)
    if (
        ctx.show
        and not doc.shows.mentions(text)
        and (ctx.prev is None or ctx.show in ctx.prev.text)
    ):
        targets += [(m.group("desc"), ctx.show, 1) for m in _OBJECT_NP.finditer(text)]
    # "Hollowmere, the 2019 gothic mystery created by ...": a year and a genre in apposition
    for mention in doc.shows.mentions(text):
        m = _DATED_APPOSITION.match(text, mention.end)
        if m and not re.search(r"winning|nominated|award", m.group("desc")):  # an award's year
            targets.append((m.group("desc"), mention.title, 1))
            if fact := doc.fact("released", ctx, mention.title, date=m.group("year")):
                out.append(fact)
        elif m := _APPOSITION.match(text, mention.end):
            targets.append((m.group("desc"), mention.title, 1))
    for desc, show, least in targets:
        genre = _genre_phrase(desc, least)
        if genre and (fact := doc.fact("genre", ctx, show, genre=genre)):
            out.append(fact)
    return out


# words that say which kind of story a show tells, besides the genre words themselves
_GENRE_MODIFIERS = frozenset(
    """gothic murder family heist conspiracy period teen zombie psychological political legal
    medical supernatural romantic dark black cosy cozy workplace courtroom spy cop police
    historical costume domestic revenge survival office folk erotic buddy prison workplace
    procedural kitchen legal-thriller hospital detective cop outback coastal rural apocalypse
    apocalyptic post-apocalyptic disaster monster creature slasher vampire werewolf ghost
    haunted college campus school high-school sports small-town corporate island
    religious mafia gangster""".split()
) | frozenset(form for form in _GENRE_FORMS if " " not in form)


# capitalised words that name a kind of story, not a place: "a Southern gothic mystery"
_STYLE_NAMES = frozenset("Southern Victorian Edwardian Regency Elizabethan Tudor Gothic".split())
_COUNTED = re.compile(r"-(?:episodes?|parts?|hours?|minutes?|seasons?)$")
_WHERE = re.compile(r"-(?:set|based|language|speaking|born|made)$")
# "slow-burning", "long-running", "genre-bending": how it is told, not what
_HOW = re.compile(r"-\w+ing$")


def _genre_phrase(desc: str, least: int = 2) -> str | None:
    """The genre as written in "the gothic mystery series", lower case, without the medium
    word: "gothic mystery". The words before it count while they name a kind of story (not
    "the streamer cancelled", not a nationality). None for fewer than `least` words, and for a
    bare "drama" ("the drama is made by ...")."""
    words = desc.split()
    while words and re.fullmatch(r"series|shows?|films?|movies?|miniseries|programmes?", words[-1]):
        words.pop()
    if len(words) > 1 and words[-1] == "anime" and words[-2] in _GENRE_MODIFIERS:
        words.pop()  # "the dark fantasy anime": the medium, after the genre
    kept: list[str] = []
    for word in reversed(words):
        if _COUNTED.search(word) or _WHERE.search(word) or _HOW.search(word):
            break  # "the eight-episode historical horror", "the Accra-set thriller": no genre
        if word[:1].islower() and (word in _GENRE_MODIFIERS or "-" in word):
            kept.insert(0, word)
        elif word in _STYLE_NAMES and kept:  # "Southern gothic", "Victorian crime drama"
            kept.insert(0, word.lower())
        else:
            break
    # "survival-horror" is two words of a genre phrase
    if (
        len(" ".join(kept).replace("-", " ").split()) < least
        or kept == ["drama"]
        or not _ANY_GENRE.search(" ".join(kept))
    ):
        return None
    return " ".join(kept)


# -- credits: "written by A and B", "starring A, B and C", "produced by Studio D" -------------

_CREDIT_VERB = (
    r"(?:co-)?(?:written|directed|produced|co-produced|narrated|edited|scripted|animated|"
    r"created|storyboarded|cinematographed|photographed|scored|composed|penned|helmed|"
    r"executive[- ]produced|conceived|designed|developed|starred|shot|choreographed|made)"
)
# one or more credit verbs ending in "by": "written and directed by", "directed, written,
# narrated and produced by", "written by, directed by, and starring"
_CREDITS_BY = re.compile(
    r"\b(?P<verbs>" + _CREDIT_VERB + r"(?:(?:\s+by)?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
    r"(?:" + _CREDIT_VERB + r"|starring))*)\s+by\s+"
    # "written by a team led by A"
    r"(?:a\s+(?:writers['’]?\s+)?(?:team|group|room)\s+(?:led|headed|run)\s+by\s+)?",
    re.I,
)
_WRITING = re.compile(
    r"\b(?:screenplay|script|teleplay|screen story)s?(?:\s+for(?:\s+[\w'’-]+){1,4}?(?=\s+(?:came|come|comes|were|are|was|is|will)\b))?"
    # "The script, again by A"
    r"(?:,\s+(?:again|once\s+more|also))?"
    r"\s+(?:(?:was\s+|were\s+)?(?:written\s+)?by|from|"
    r"(?:came|come|comes|will come|are coming|is coming)\s+from)\s+"
    r"(?:(?:the\s+)?(?:writers?|screenwriters?|scriptwriters?)\s+)?",  # "comes from writer A"
    re.I,
)
_WROTE = re.compile(
    r"\b(?:also\s+)?(?:wrote|co-wrote|penned|writes|write|co-writes|is writing|are writing|"
    r"has written|had written|has penned)\s+(?:(?:all|every|each)\s+(?:of\s+)?)?"
    r"(?:(?:it|the\s+(?:(?:new|next|first|second|third)\s+)?(?:pilot|finale|premiere|series|show|"
    r"season|first\s+episode))\b|(?=with\s)|"
    # "wrote the screenplay", "has written every episode (of the series)", "all six episodes"
    r"(?:the\s+(?:screenplays?|scripts?|teleplays?)|(?:the\s+)?(?:single\s+|\w+\s+)?"
    r"(?:(?:of\s+the\s+)?\w+\s+)?episodes?)\b)"
    # "co-wrote every episode with B": B is a writer too
    r"(?:\s*(?:[^,.;]{0,30}?\s+)?with\s+(?P<with>[A-Z]))?"
)
# "Directing duties were split between A and B", "writing duties are shared by A and B"
_DUTIES = re.compile(
    r"\b(?P<job>directing|directorial|writing|screenwriting)\s+(?:duties|chores|reins)\s+"
    r"(?:(?:are|were|is|was|will\s+be)\s+)?(?:split|shared|divided)\s+(?:between|by|among)\s+",
    re.I,
)
# "stars" is a verb only after the work ("The film stars A"); "star A" is a noun
_STARRING = re.compile(
    # "X, which was based on a novel, starred A, B and C"
    r"(?:\b(?:starring|co-starring)|,\s+(?:also\s+)?(?:starred|stars)(?=\s+[A-Z])|"
    r"(?:\b(?:film|movie|series|show|short|cartoon|[Ii]t|comedy|"
    r"drama|thriller|sitcom|procedural|anime|[Kk]-drama|miniseries|docuseries|dramedy|which|that|"
    r"(?P<title>[A-Z][\w'’!?.-]*))\s+(?:also\s+)?(?:stars|starred)))"
    r"\s+(?!as\b|in\b|on\b|alongside\b|with\b)"
)
# "The cast included A, B and C", "featured the ensemble cast of A, B, ...": a list of actors
_CAST_LIST = re.compile(
    r"\b(?:[Cc]ast\s+(?:also\s+)?(?:includes|included|including|features|featured|featuring|"
    r"comprises|comprised|consists\s+of|consisted\s+of)|"
    r"(?:ensemble|all-star|star-studded)\s+cast\s+(?:of|includes|included|featuring)|"
    # "New to the cast are A and B", "New to the cast this season is A"
    r"[Nn]ew\s+to\s+the\s+cast\s+(?:this\s+(?:season|time)\s+)?(?:are|is)|"
    # "Also in the cast are A and B"
    r"(?:[Aa]lso\s+)?[Ii]n\s+the\s+cast\s+(?:are|is)|"
    # "Netflix confirmed appearances from A and B"
    r"(?:appearances|cameos|returns)\s+(?:from|by)|"
    r"(?:[Aa]lso\s+)?[Rr]eturning\s+(?:are|is)|"
    # "Also back: A and B", "Also starring are A and B", "Also appearing: A"
    r"[Aa]lso\s+(?:back|returning|starring|appearing|on\s+board)(?:\s+(?:are|is)|\s*:)|"
    # "Newcomers for season 3 include A and B"
    r"[Nn]ewcomers\s+(?:for\s+(?:season|series)\s+\w+\s+|this\s+(?:season|time)\s+)?"
    r"(?:include|are)|"
    # "(Also) joining the cast are A and B", "the new season adds A"
    r"(?:[Aa]lso\s+)?[Jj]oining\s+the\s+(?:\w+\s+)?(?:cast|ensemble)\s+(?:are|is)|"
    r"\bseason\s+adds|\bplus(?=\s+[A-Z][^.;]*\bin\s+(?:undisclosed|unnamed|secret|small)\s+roles\b))\s+"
    # "The cast also includes veterans A and B"
    r"(?:(?:veterans?|newcomers?|stars?|actors?|actress(?:es)?|(?:fellow\s+)?returnees?)\s+)?"
)
# "A (also) joins the cast", "A and B have joined the cast", "A has been cast in an undisclosed
# role", cameos and guest stars: cast without a role, the actors just before
_JOINS_CAST = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:joins|join|joined)\s+the\s+(?:\w+\s+)?cast\b"
    r"(?!\s+(?:as(?!\s+well\b)|of)\b)|"
    # "C has also been cast, although her role is secret"
    r"\s+(?:has|have)\s+(?:also\s+)?been\s+cast(?=\s*(?:[,.;]|$))|"
    # "A and B are also coming aboard", "A and B also turn up in small parts", "A joins in an
    # undisclosed role", "A joins the cast as a retired judge"
    r"\s+(?:are|is|will\s+be)\s+(?:also\s+)?(?:coming|climbing|jumping)\s+(?:aboard|on\s+board)\b|"
    r"\s+(?:also\s+)?(?:turn|turns|turned|pop|pops|popped)\s+up\s+in\s+(?:\w+\s+){0,4}?"
    r"(?:parts?|roles?|cameos?)\b|"
    r"\s+(?:(?:has|have)\s+)?(?:also\s+)?(?:joins|joined|join),?\s+in\s+(?:an?\s+(?:\w+\s+)?role|roles)\b|"
    # "Bella Frost and Simon Achterberg are also returning."
    r"\s+(?:is|are)\s+also\s+(?:returning|back)(?=\s*(?:[.;]|$))|"
    r"\s+(?:has|have)\s+(?:also\s+)?been\s+added\s+to\s+the\s+(?:\w+\s+)?cast\b|"
    r"\s+(?:is|are)\s+(?:also\s+)?new\s+to\s+the\s+(?:cast|show|series)\b|"
    # "A and B round out the ensemble", "A and B have also joined the production", "A has a
    # recurring part as a patron"
    r"\s+(?:round|rounds|rounded)\s+out\s+the\s+(?:\w+\s+)?(?:cast|ensemble|line-?up)\b|"
    r"\s+(?:has|have)\s+(?:also\s+)?joined\s+the\s+(?:production|ensemble|series|show)\b|"
    r"\s+(?:has|have)\s+an?\s+(?:recurring|small|guest|supporting)\s+(?:part|role)\s+as\s+an?\s+[a-z]|"
    r"\s+(?:also\s+)?(?:joins|joined|join)\s+the\s+(?:\w+\s+)?cast\s+as\s+an?\s+[a-z]|"
    r"\s+(?:has|have|had|was|were|is|are)\s+(?:also\s+)?(?:been\s+)?cast\s+in\s+an?\s+"
    r"(?:undisclosed|unknown|unnamed|secret|mystery|unannounced|key|recurring|guest)\s+role\b|"
    # "A makes a cameo", "B guest stars in episode 3", "C will appear in a guest role"
    r"\s+(?:(?:also|will|briefly)\s+)?(?:makes|made|make|has|had)\s+an?\s+(?:\w+\s+)?cameo\b|"
    r"\s+(?:(?:also|will)\s+)?guest[- ]star(?:s|red|ring)?\b|"
    # "B also has a part in season 3", "C has joined in a recurring role"
    r"\s+(?:also\s+)?(?:has|had|have|gets|got)\s+an?\s+(?:small\s+|minor\s+|recurring\s+|"
    r"supporting\s+|key\s+|major\s+)?(?:part|role)\b(?!\s+(?:as|of|in\s+(?!season|episode)))|"
    r"\s+(?:has\s+|have\s+)?(?:also\s+)?joined\s+in\s+an?\s+(?:\w+\s+)?role\b|"
    r"\s+(?:has\s+|have\s+)?(?:also\s+)?signed\s+on\b(?!\s+(?:as|to\s+(?:play|direct|write)))|"
    # "B starred as himself"
    r"\s+(?:also\s+)?(?:stars?|starred|appears?|appeared)\s+as\s+(?:himself|herself|themselves)\b|"
    # "A, whose role is being kept secret", "B, cast as a young recruiter"
    r",\s+whose\s+(?:role|character|part)\s+(?:is|has|remains|was)\b[^.;]{0,25}?\b(?:secret|"
    r"under\s+wraps|revealed|announced|disclosed|unknown|a\s+mystery)\b|"
    r",\s+(?:who\s+(?:is|was|has\s+been)\s+)?cast\s+as\s+an?\s+(?:[a-z-]+\s+){0,2}[a-z]+\s*(?=[,.;]|$)"
)
# "Veteran actor C also joins, although ...": an actor, not a character joining something
_ACTOR_ALSO_JOINS = re.compile(
    r"\b(?:[Aa]ctor|[Aa]ctress|[Ss]tar|[Nn]ewcomer)\s+(?P<name>[A-Z][^,.;]{2,40}?)\s+also\s+"
    r"(?:joins|joined)(?=\s*(?:[,.;]|$))"
)
_OUTFIT = re.compile(
    r"(?:(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:indie|independent|studio|production\s+company|"
    r"production\s+house|outfit|banner|producers?)\s+)"
)
_HEAD_WRITER = re.compile(
    r"\b(?:(?:[Hh]ead|[Ll]ead|[Cc]hief)\s+(?:writers?|scriptwriters?)|[Ss]creenwriters?|"
    r"[Ss]criptwriters?|(?:^|(?<=[.;]\s))Writers?(?:\s+and\s+(?:co-)?creators?)?)\s+(?=[A-Z])"
)
_BACK_AS_JOB = re.compile(
    r"\s+(?:returns|is\s+back|comes\s+back|stays\s+on)\s+as\s+(?:the\s+)?(?:head\s+|lead\s+|chief\s+)?"
    r"(?P<job>writer|director)\b"
)
# "Ada Quill directs", "Bo Arden will direct the finale"
_DIRECTS = re.compile(
    r"(?:,\s+who)?\s+(?:also\s+)?(?:directs|is\s+directing|will\s+(?:also\s+|once\s+again\s+|again\s+)?"
    r"direct)(?=\s*(?:[.;,]|$|\s+(?:the|all|every|each|both|episodes?|season|series|show|again|"
    r"once\s+more|too|as\s+well)\b))"
)
_DIRECTORS = re.compile(r"(?:^|(?<=[.;]\s))[Dd]irectors\s+(?=[A-Z])")
_SHARE_DUTIES = re.compile(
    r"\s+(?:share|shares|shared|split|splits)\s+(?:the\s+)?(?P<job>directing|directorial|writing|"
    r"screenwriting)\s+(?:duties|chores|reins)\b"
)
# "A shares writing duties with B": B's share, after the verb
_DUTIES_WITH = re.compile(
    r"\s+(?:share|shares|shared|split|splits)\s+(?:the\s+)?(?P<job>directing|directorial|writing|"
    r"screenwriting)\s+(?:duties|chores|reins)\s+with\s+"
)
# "Lantern Pictures co-produces the series", "in co-production with Lantern Pictures"
_COPRODUCES = re.compile(
    # "Bellwether Films, who produce the show, ..."
    r"(?:,\s+(?:who|which))?\s+(?:(?:once\s+again|again|also|still)\s+)?"
    r"(?:co-)?(?:produces|produced|produce|makes|is\s+producing|will\s+produce)"
    # "Studio Dalbit is producing.", "Baan Saeng Pictures produced the season", "X once again
    # produces for Prime Video"
    r"(?:\s+(?:the\s+(?:series|show|drama|(?:new\s+|first\s+|second\s+|third\s+)?season)|it)\b"
    r"|\s*(?:[.;]|$)|(?=\s+for\s+[A-Z]))"
)
_COPRODUCTION_WITH = re.compile(r"\bin\s+(?:co-production|association)\s+with\s+")
_ORG_BEFORE = re.compile(r"((?:[A-Z][\w.'’&-]*\s+)*[A-Z][\w.'’&-]*)$")
# the author of the work adapted is not a writer of the show
_SOURCE_BEFORE = re.compile(
    r"\b(?:based (?:on|upon)|adapted from|adaptation of|inspired by|novel|webtoon|webcomic|"
    r"manga|manhwa|comic|book|short story|play|poem|memoir|article|song|album|game)\b[^;.]*$",
    re.I,
)
_BYLINE = re.compile(r"^\s*(?:Written|Words|Story|Reporting)\s+by\s+[^,.;]+\.?$")
_COMPANY_WORD = re.compile(
    r"\b(?:Studios?|Pictures|Films?|Screen|Entertainment|Animations?|Productions?|Company|Co\.|"
    r"Corporation|Corp\.?|Inc\.?|Ltd\.?|LLC|Media|Television|TV|Networks?|Works|Cartoons|"
    r"Filmes|Filmproduktion|Producciones|Produções|Produzioni|Produktion|Fiction|Originals|"
    r"Bros\.|Brothers|Features|Releasing|Group|Unit|Board|Movies|Cinema|Filmworks|Toons|"
    r"Comics|Animation Studio|Pictures Corporation)$"
    r"|^(?:Studios?|Productions?|Producciones|Produções|Films)\s+[A-Z]"  # "Studio Bellwether"
)
_ORG = re.compile(
    r"(?:[A-Z0-9][\w.'’&-]*(?:\s+(?:of|and|&|de|du|the|for)\s+|\s+|/))*[A-Z0-9][\w.'’&-]*"
)
_MONTH_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_PLACE_VERB = re.compile(
    r"\b(?:(?:was|were|is|are|being)\s+)?(?:(?:primarily|mostly|mainly|largely|entirely|"
    r"partly|partially|principally|also)\s+)?(?:filmed|shot|lensed)\s+(?:once\s+again\s+|again\s+)?"
    r"(?:(?:almost\s+|nearly\s+)?(?:entirely|mostly|largely|primarily|mainly|partly|on location)\s+)?"
    r"(?:in|at|around|outside|near|on(?=\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*)(?:[,.;]|\s+(?:and|in|at|near|off)\b|$)"
    # "shot on the grey shores of Lake Eğirdir", "filmed on the island of Rügen"
    r"|\s+the\s+(?:[a-z]+\s+){0,2}(?:shores?|banks?|coast|streets|outskirts|island|isle)\s+of\s+"
    r"(?-i:[A-Z])))\s+"
    r"|\b(?:filming|shooting|principal photography|photography|production)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:took place|began|started|commenced|began shooting|moved|wrapped|occurred|was done|"
    r"was held|was completed|happened|lasted|takes? place|taking place|begins?|starts?|"
    r"kick(?:s|ed)? off|(?:is|got|gets|get)\s+under\s?way|continued|continues|resumed|resumes)"
    # "began in March 2025 in Incheon": past the date to the place
    r"\s+(?:(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)(?:\s+\d{1,2})?,?(?:\s+\d{4})?\s+|"
    # "took place over the summer of 2025 in Kyoto"
    r"(?:over|during|throughout|in)\s+(?:the\s+)?(?:summer|spring|autumn|fall|winter)"
    r"(?:\s+of)?(?:\s+\d{4})?\s+)?"
    r"(?:\w+\s+){0,2}?(?:in|at)\s+"
    # "Production then moved on to Porto"
    r"|\b(?:filming|shooting|production)\s+(?:\w+\s+){0,2}?moved\s+(?:on\s+)?to\s+"
    # "Cameras started rolling in Lisbon (in March)"
    r"|\bcameras\s+(?:\w+\s+){0,3}?(?:rolling|rolled|roll)\s+(?:on\s+(?:season|series)\s+\w+\s+)?(?:(?:in|on)\s+(?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?,?(?:\s+\d{4})?"
    r"\s+)?(?:in|at|around)\s+"
    # "shot on sets in Oslo", "filmed on location in Oslo"
    r"|\b(?:filmed|shot|lensed)\s+on\s+(?:(?:sound\s*)?(?:sets?|stages?)|location)\s+(?:in|at)\s+"
    # "is currently in production in Budapest", "went into production in Prague"
    r"|\b(?:in|into)\s+production\s+(?:\w+\s+){0,2}?in\s+"
    # "will shoot in Cardiff next year"
    r"|\b(?:will|to|would|set\s+to)\s+(?:shoot|film)\s+(?:\w+\s+)?(?:in|at)\s+"
    # "will begin shooting in Vancouver", "begins production in Cardiff and Swansea"
    r"|\b(?:begin|begins|began|start|starts|started|resume|resumed)\s+(?:filming|shooting|production)\s+"
    r"(?:(?:on\s+location|again)\s+)?(?:in|at)\s+"
    r"|\b(?:filming|shooting)\s+locations?\s+(?:included|include|were|was)\s+",
    re.I,
)
_STANDS_IN = re.compile(
    r"(?<![\w'’-])(?P<p>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:stands|stood|standing|doubles|"
    r"doubled|doubling)\s+(?:in\s+)?for\s+(?:\d{4}s\s+)?[A-Z]"
)
# "filmed on the Essex coast": the place keeps its lower-case landform word
_PLACE_ON = re.compile(
    r"\b(?:filmed|shot|lensed)\s+(?:\w+ly\s+)?(?:on|along)\s+(?P<p>the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+"
    r"(?:coast|coastline|shore|shores|island|islands|peninsula|moors|moor|hills|highlands|border|"
    r"riviera|waterfront|seafront))\b"
)
# "shot at a studio in Bristol": the place is the town the studio is in
_PLACE_STUDIO = re.compile(
    r"\b(?:filmed|shot|lensed)\s+(?:\w+ly\s+)?at\s+(?:a|the|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:studios?|stages?|soundstages?|lot|facility|complex)\s+(?:in|near|outside(?:\s+of)?)\s+"
)
_PLACE = re.compile(
    # ("Bodrum on June 1": "on" joins no place to a month)
    # (a combining tone mark is part of the word: "Abẹ́òkúta")
    r"(?:the\s+)?(?P<p>[A-Z][\w.'’\u0300-\u036f-]*(?:\s+(?:(?:de|del|da|do|di|la|le|of|upon|on(?!\s+"
    + _MONTH_WORD
    + r")|the)\s+)?[A-Z][\w.'’\u0300-\u036f-]*){0,3})"
)
_NOT_PLACE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|" + WEEKDAY_NAMES + r"|Spring|Summer|Autumn|Christmas|Easter|"
    r"Fall|Winter|Black|Color|Colour|Technicolor|IMAX|"
    r"Cinemascope|CinemaScope|Panavision|Super|Just|Only|Two|Three|Four|Five|Six|Seven|Eight|"
    r"Nine|Ten|The)\b"
)
_CUES = (
    " is a",
    " was a",
    " is an",
    " was an",
    " is the",
    " was the",
    "written",
    "direct",
    "writes",
    "write ",
    "genre:",
    "cast:",
    "stars:",
    "also back",
    "also appearing",
    "also on board",
    "aboard",
    "joining",
    "round out",
    "rounds out",
    "adds",
    "joined the",
    "recurring",
    "turn up",
    "turns up",
    "newcomers",
    "duties",
    "co-produc",
    "produces",
    "producing",
    "produce ",
    "makes",
    "made by",
    " part",
    "role",
    "association with",
    "produced",
    "screenplay",
    "script",
    "teleplay",
    "starring",
    "stars",
    "starred",
    "cast",
    "cameo",
    "guest",
    "appearance",
    "signed on",
    "returning",
    "writer",
    "filmed",
    "shot ",
    "shoot",
    "film in",
    "lensed",
    "filming",
    "shooting",
    "roll",
    "in for",
    "doubl",
    "photography",
    "production",
    "wrote",
    "penned",
    "animated by",
    "created",
    "edited",
    "narrated",
)


_ALUM_AFTER = re.compile(r"\s+(?:alum|alumna|alumnus|star|favou?rite|breakout)\s+")


# between two names of a list: "A, B and C", "A and the Uruguayan actor B"
_LIST_GAP = re.compile(
    r"\s*(?:,|and|&|,\s*and)\s*(?:(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:actor|actress|star|singer|"
    r"comedian|newcomer|veteran)\s+)?"
)


def _list_at(doc: Doc, text: str, start: int) -> list[Name]:
    """People listed from `start`: "A", "A and B", "A, B, and C"; stops at anything else."""
    out: list[Name] = []
    pos = start
    names = find_names(text, tuple(doc.shows.titles))
    for name in names:
        if name.start < pos:
            continue
        if not out and name.start == pos and (alum := _ALUM_AFTER.match(text, name.end)):
            pos = alum.end()  # "Scream Queens alum Odette Fairweather": a credit, then the actor
            continue
        gap = text[pos : name.start]
        if out and not _LIST_GAP.fullmatch(gap):
            break
        if not out and gap.strip():
            break
        if " " not in doc.resolve(name.text):  # a single word is a studio or a stray capital
            break
        out.append(name)
        pos = name.end
    return out


def _list_before(doc: Doc, text: str, end: int) -> list[Name]:
    """People listed just before `end`: "A", "A and B", "A, B and C"."""
    out: list[Name] = []
    for name in reversed(find_names(text, tuple(doc.shows.titles))):
        gap = text[name.end : out[0].start if out else end]
        if name.end > end or out and not _LIST_GAP.fullmatch(gap):
            if out:
                break
            continue
        if not out and gap.strip() or " " not in doc.resolve(name.text):
            break
        out.insert(0, name)
    return out


def _company_at(text: str, start: int, loose: bool) -> list[str]:
    """Companies listed from `start` ("Blue Sky Studios", "Toho and Rankin/Bass"). A name
    counts if it ends like a company; with `loose`, a single capitalised word does too."""
    out = []
    pos = start
    while True:
        m = _ORG.match(text, pos)
        if not m:
            break
        # "Cardiff-based Triongl Pictures": where it is based is no part of its name
        name = re.sub(r"^(?:[A-Z][\w'’]*[ -])*[A-Z][\w'’]*-based\s+", "", m.group().rstrip(".,"))
        # "Istanbul's Ayaz Film": the city's (or the owner's) company, named without it
        name = re.sub(r"^[A-Z][\w-]*['’]s\s+(?=[A-Z])", "", name)
        if m.group().endswith(("Inc.", "Ltd.", "Co.", "Corp.", "Bros.")):
            name = m.group().rstrip(",")
        ok = _COMPANY_WORD.search(name) or (loose and re.fullmatch(r"[A-Z][\w'’-]+", name))
        if not ok and " for " in name:  # "produced by Lantern Pictures for Netflix"
            name = name.split(" for ")[0]
            if _COMPANY_WORD.search(name):
                out.append(name)
            break
        if not ok or name in STOP:
            break
        # "Blackthorn Pictures and Tidewater Films": two companies, each named in full
        pair = re.fullmatch(r"(.+?)\s+(?:and|&)\s+(.+)", name)
        if pair and all(_COMPANY_WORD.search(part) for part in pair.groups()):
            out += pair.groups()
        else:
            out.append(name)
        rest = re.match(r"\s*(?:,\s*and|,|and|&|with|alongside)\s+", text[m.end() :])
        if not rest:
            break
        pos = m.end() + rest.end()
    return out


# what comes between "filmed in" and the place: "in and around", "the Silesian city of", "the
# grey shores of", "the salt farms of"
_BEFORE_PLACE = re.compile(
    r"(?:and\s+around\s+)?(?:the\s+(?:[a-zA-Z-]+\s+){0,2}?(?:city|town|village|region|island|"
    r"port|district|county|province|shores?|banks?|streets|outskirts|hills|farms?|coast)\s+of\s+)?"
)
# what goes on from one place to the next: "and", "mostly around", "and on the river near"
_NEXT_PLACE = re.compile(
    r"\s*(?:,\s*and|and|&|,?\s+(?:mostly|mainly|largely|chiefly)\s+(?:around|in|at))\s+"
    r"(?:(?:in|at|on)\s+)?(?:the\s+[a-z]+\s+near\s+)?"
)


def _places_at(text: str, start: int) -> list[str]:
    out = []
    pos = _BEFORE_PLACE.match(text, start).end()
    while True:
        m = _PLACE.match(text, pos)
        if not m or _NOT_PLACE.match(m.group("p")):
            break
        place = m.group("p").rstrip(".")
        if place in STOP:
            break
        out.append(place)
        # "Vancouver, British Columbia": the city is the place; "London and Paris": both
        # "London and Paris", "on Skye and in Glasgow"
        rest = _NEXT_PLACE.match(text, m.end())
        if not rest:
            break
        pos = _BEFORE_PLACE.match(text, rest.end()).end()
    return out


# who vouches for a place: "will reportedly begin shooting in Vancouver" is hearsay; "filming is
# expected to get under way in Belfast next spring" hedges the timing, not the place
_HEARSAY = re.compile(
    r"\b(?:reportedly|rumou?r(?:s|ed)?|allegedly|supposedly|apparently|could|might|(?-i:may)|"
    r"possibly|perhaps|maybe|insiders?|sources?\s+say|we\s+(?:think|believe|guess|hear))\b",
    re.I,
)


def _place_certainty(before: str) -> str:
    return "speculative" if _HEARSAY.search(before) else "confirmed"


_LABEL = re.compile(
    r"^\s*(?P<k>Created\s+by|Creators?|Written\s+by|Writers?|Directed\s+by|Directors?|Genre|"
    r"Production\s+company|Produced\s+by|Producers?|Filmed\s+in|Filming\s+locations?|"
    r"Starring|Cast|Stars)\s*:\s*(?P<v>\S.*)$",
    re.I,
)
_LABEL_REL = {
    "creat": "creator",
    "writ": "writer",
    "direct": "director",
    "star": "cast",
    "cast": "cast",
    "genre": "genre",
    "produc": "producer",
    "film": "filming_location",
}


def _label_line(doc: Doc, m: re.Match[str], add) -> None:
    """The facts of a fact box's line: people, a genre, companies or places after the label."""
    key = m.group("k").lower()
    rel = next(r for stem, r in _LABEL_REL.items() if key.startswith(stem))
    # "Genre: family crime drama. Stop calling it a telenovela": the value ends with its sentence
    value = re.split(r"[.;!?](?:\s|$)", m.group("v").strip())[0]
    if rel == "genre":
        if _ANY_GENRE.search(value):
            add("genre", genre=value.lower())
    elif rel == "producer":
        for company in re.split(r"\s*(?:,|\band\b|&)\s*", value):
            if company[:1].isupper():
                add("producer", company=company)
    elif rel == "filming_location":
        for place in _places_at(value, 0):
            add("filming_location", place=place)
    else:
        field = "actor" if rel == "cast" else "person"
        for name in find_names(value, tuple(doc.shows.titles)):
            add(rel, **{field: name.text})


def find_encyclopedic(doc: Doc, ctx: Context) -> list[Fact]:
    text = ctx.sent.text
    low = text.lower()
    if not any(cue in low for cue in _CUES):  # plain substrings: faster than one alternation
        return []
    out: list[Fact] = []

    def add(rel: str, target: str | None, **fields: object) -> None:
        fact = doc.fact(rel, ctx, target, **fields)
        if fact:
            out.append(fact)

    def clause_show(pos: int) -> str | None:
        """The show a credit at `pos` is about: one named just before it in the same clause,
        else the current one."""
        return doc.show_before(text, pos, 60) or ctx.show

    _definition(doc, ctx, add)
    if _BYLINE.match(text):
        return out
    # a fact box's line: "Created by: A", "Genre: crime drama"; or several on one line,
    # "Platform: Disney+ | Creator: A | Genre: Noir thriller"
    labels = [m for part in text.split(" | ") if (m := _LABEL.match(part))]
    if labels:
        for label in labels:
            _label_line(doc, label, lambda rel, **fields: add(rel, ctx.show, **fields))
        return out

    for m in _CREDITS_BY.finditer(text):
        verbs = m.group("verbs").lower()
        show = clause_show(m.start())
        writes = re.search(r"\b(?:co-)?(?:written|scripted|penned)\b", verbs)
        if writes and _SOURCE_BEFORE.search(text[max(0, m.start() - 80) : m.start()]):
            writes = None  # "based on the novel written by A": A wrote the novel
        # "directed by" alone is find_credits' job
        directs = re.search(r"\b(?:co-)?directed\b", verbs) and (verbs != "directed" or m.start() == 0)
        produces = re.search(r"\b(?:co-)?(?:produced|animated|made)\b", verbs)
        # "made by Welsh indie Afon Films": the company after what kind of outfit it is
        kind = _OUTFIT.match(text, m.end()) if produces else None
        companies = _company_at(text, kind.end() if kind else m.end(), loose=False)
        if companies:
            if produces:
                for company in companies:
                    add("producer", show, company=company)
            continue
        people = [n.text for n in _list_at(doc, text, m.end())]
        for person in people:
            if writes:
                add("writer", show, person=person)
            if directs:
                add("director", show, person=person)
            if "starring" in verbs:
                add("cast", show, actor=person)
        if produces and not people and verbs != "made":  # "made by" alone is too loose
            for company in _company_at(text, m.end(), loose=True):
                add("producer", show, company=company)
    # the rarer wordings below are tried only when a word they need is there
    writer = "writer" in low
    for m in _HEAD_WRITER.finditer(text) if writer else ():  # "Head writer A returns"
        for n in _list_at(doc, text, m.end()):
            add("writer", clause_show(m.start()), person=n.text)
    # "Zielińska returns as head writer", "A is back as director"
    for m in _BACK_AS_JOB.finditer(text) if "writer" in low or "director" in low else ():
        for n in _list_before(doc, text, m.start()):
            add(m["job"], clause_show(m.start()), person=n.text)
    for m in _WRITING.finditer(text):
        for n in _list_at(doc, text, m.end()):
            add("writer", clause_show(m.start()), person=n.text)
    for m in _WROTE.finditer(text):
        plural = re.match(r"\s*(?:write|are)\b", m.group())  # "A and B write the new season"
        for person in _agent(doc, text, m.start())[: None if plural else 1]:
            add("writer", clause_show(m.start()), person=person)
        if m.group("with"):
            for n in _list_at(doc, text, m.start("with")):
                add("writer", clause_show(m.start()), person=n.text)
    # "Directing duties were split between A and B", "A and B share directing duties"
    duties = "duties" in low or "chores" in low or "reins" in low
    for m in [*_DUTIES.finditer(text), *_SHARE_DUTIES.finditer(text), *_DUTIES_WITH.finditer(text)] if duties else ():
        job = "writer" if "writ" in m.group("job").lower() else "director"
        people = _list_before(doc, text, m.start()) if m.re is _SHARE_DUTIES else _list_at(doc, text, m.end())
        for n in people:
            add(job, clause_show(m.start()), person=n.text)
    produces = "produc" in low or "makes" in low or "association" in low
    for m in _COPRODUCTION_WITH.finditer(text) if produces else ():
        for company in _company_at(text, m.end(), loose=False):
            add("producer", clause_show(m.start()), company=company)
    for m in _COPRODUCES.finditer(text) if produces else ():
        owner = _ORG_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if owner and _COMPANY_WORD.search(owner.group(1)):
            add("producer", clause_show(m.start()), company=owner.group(1))
    # "a 1972 animated film by Soyuzmultfilm", "a Pixar Animation Studios film"
    for m in re.finditer(r"\b" + _MEDIA + r"\s+by\s+", text):
        for company in _company_at(text, m.end(), loose=False):
            add("producer", clause_show(m.start()), company=company)

    cast = any(
        w in low
        for w in ("cast", "role", "part", "cameo", "guest", "himself", "herself", "signed", "appearance", "return", "also", "newcomer", "aboard", "joining", "ensemble", "adds", "production")
    )
    for m in [*_DIRECTS.finditer(text), *_DIRECTORS.finditer(text)] if "direct" in low else ():
        people = _list_before(doc, text, m.start()) if m.re is _DIRECTS else _list_at(doc, text, m.end())
        for n in people:
            add("director", clause_show(m.start()), person=n.text)
    for m in _JOINS_CAST.finditer(text) if cast else ():
        for n in _list_before(doc, text, m.start()):
            add("cast", clause_show(m.start()), actor=n.text)
    for m in _ACTOR_ALSO_JOINS.finditer(text) if cast else ():
        for n in _list_before(doc, text, m.end("name")):
            add("cast", clause_show(m.start()), actor=n.text)
    for m in _CAST_LIST.finditer(text) if cast else ():
        for n in _list_at(doc, text, m.end()):
            add("cast", clause_show(m.start()), actor=n.text)
    for m in _STARRING.finditer(text):
        if m.group("title"):  # "Pink Collar stars A": the title must be a known show's end
            known = [
                x for x in doc.shows.mentions(text[: m.end("title")]) if x.end == m.end("title")
            ]
            if not known:
                continue
        show = clause_show(m.start())
        for n in _list_at(doc, text, m.end()):
            add("cast", show, actor=n.text)

    for m in _PLACE_VERB.finditer(text):
        # "will reportedly begin shooting in Vancouver": hearsay in its clause, before the place
        c0 = next((c[0] for c in clauses(text) if c[0] <= m.start() < c[1]), 0)
        for place in _places_at(text, m.end()):
            add(
                "filming_location",
                clause_show(m.start()),
                place=place,
                certainty=_place_certainty(text[c0 : m.end()]),
            )
    # "The port city of Valparaíso stands in for 1920s Lisbon": a place doubling for another
    for m in _STANDS_IN.finditer(text) if "in for" in low or "doubl" in low else ():
        add("filming_location", clause_show(m.start()), place=m.group("p"))
    if " on " in text or " along " in text:
        for m in _PLACE_ON.finditer(text):
            add("filming_location", clause_show(m.start()), place=m.group("p"))
    if " at " in text:
        for m in _PLACE_STUDIO.finditer(text):
            for place in _places_at(text, m.end()):
                add("filming_location", clause_show(m.start()), place=place)
    return out
