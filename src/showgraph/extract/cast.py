"""`plays` facts: which actor plays which character, in which show.

Handled forms: "A plays/portrays C", "A stars/returns/is back/is seen/joins as C", "A is seen in
the role of C", "A, who played C", "A as C" (also gapped: ", B as D"), "C, (the ...) played by
A", "C (A)", "A's C", "C – A" list lines, "A and B play C and D respectively", pronoun subjects
("..., in which she plays C") and "in SHOW" after the role for other shows.
"""

from __future__ import annotations

import re

from ..model import Fact
from .document import Context, Doc, table_cells
from .fates import FATE_CUE
from .names import TITLES, Name, find_names
from .shows import GENRE_NOUN, TITLE
from .text import previous_word

_MARKER = re.compile(
    r"\b(?:as(?!\s+well\s+as\b)|(?:in\s+)?the\s+role\s+of|plays|played(?!\s+by)|play|playing|portrays|"
    r"portrayed(?!\s+by)|portray|portraying|voices|voiced(?!\s+by)|voice|voicing|"
    # "A steps into the shoes of C", "A, whose character C ...", "A, who brings C to life"
    r"(?:steps?|stepped|stepping)\s+into\s+the\s+shoes\s+of|"
    r"(?:takes?|took|taking)\s+on\s+the\s+role\s+of|whose\s+(?:character|role)(?=\s+(?!I\b|I['’]m\b)[A-Z])|"
    r"(?:brings?|brought|bringing)(?=\s+[A-Z][^,.;]{2,50}?\s+to\s+life\b))\b"
)
_BANNED_GAP = re.compile(
    r"\b(?:known|such|same|well|rules?|ruled|serves?|served|acts?|acting|doubles?|dressed|disguised|"
    r"posing|poses?|described|referred|introduced|identified|listed|billed|recogni[sz]ed|published|"
    r"translated|released|titled|named|renamed|dubbed|split|works?|worked|trusts?|them|it|us|"
    r"cards?|games?|much|long|soon|far|little|good|bad|feature)\b"
)
_C_GAP_BANNED = re.compile(  # (whole words: not the "in" of "brother-in-law")
    r"(?<![\w-])(?:alongside|with|for|from|in|on|at|by|to|into|than|after|before|while|inside|behind|"
    r"within|among|over|under|about|showrunner|producer|director|writer|creator|host|narrator)(?![\w-])"
)
# an organisation's or a place's name, never an actor's or a role's: "Convention People's Party",
# "ABC Television Group's", "Kardar's United Players Pictures", "the Oval Office"
_GROUP_WORD = re.compile(
    r"\b(?:People|Party|Group|Television|Network|Studios?|Pictures|Films|Productions|"
    r"Entertainment|Company|Records|Council|Army|Church|University|Festival|Awards?|Union|"
    r"League|Club|War|Office)$"
)
# a sentence about written works, where "A's C" is an author's book: "James Joyce's Ulysses"
_WORKS_CUE = re.compile(
    r"\b(?:adapt\w*|novels?|books?|works|wrote|written|authors?|poems?|memoirs?|stories|"
    r"comics?|songs?|albums?)\b",
    re.I,
)
_GAP_OK = re.compile(r"(?:,\s*)?(?:who\s+)?(?:(?:[a-z][\w'’-]*|\d{1,2})(?![\w'’-])\s*){0,9}")
_RESPECTIVELY = re.compile(
    r"\b(?:play|portray|voice|star as|appear as|played|portrayed|voiced)\b.*\brespectively\b"
)
_KNOWN_AS = re.compile(
    r"\b(?:know|knew|remember|recogni[sz]e|recall)\s+(?:him|her|them)\s+(?:best\s+)?as\s+$"
)
# a role in another show, after its actor: "is best known (internationally) as", "is still
# best known for playing", "fresh from his Bafta-nominated turn as"
_OWN_ROLE = re.compile(
    r"\b(?:(?:is|was)\s+(?:still\s+|also\s+)?(?:best\s+)?known\s+(?:[\w-]+\s+){0,3}?(?:as|for\s+playing)"
    r"|(?:his|her|their)\s+(?:[\w-]+\s+){0,2}(?:turn|role|performance|part)\s+as"
    # "A, whom German audiences will know as C in X"
    r"|,\s+(?:who|whom)\s+(?:[\w-]+\s+){0,4}?(?:know|recogni[sz]e|remember)\s+as)"
    r"\s+(?:[a-z][\w-]*\s+){0,2}$"
)
_PRONOUN_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:[a-z]+\s+){0,3}$")
_ROW = re.compile(r"^\s*(?P<a>.+?)\s*(?:\s[–—-]\s|\t+|\s\|\s|:\s)\s*(?P<b>.+?)\s*$")
# "Sora is voiced by Brianna Kell", "C was played by A"
_PASSIVE = re.compile(
    r"\s+(?:is|was|will be|are)\s+(?:(?:\w+ly|once|again|once\s+more|now|still|also|"
    r"previously|originally|first|later|initially)\s+){0,2}"
    r"(?:played|voiced|portrayed|brought\s+to\s+life)\s+(?:to\s+the\s+end\s+|throughout\s+)?by\s+"
    # "played by veteran actor Paul Vos", "by guest star June Cole"
    r"(?:(?:veteran|guest|newcomer|acclaimed|award-winning|rising|former|young|talented|"
    r"legendary|fellow)\s+)*(?:(?:star|actor|actress|performer|newcomer|comedian|singer)\s+)?$"
)
# "Joining the cast as C is A", "In the role of C is British actress A"
# (", is veteran actor A": "Back as the patriarch, C, is veteran actor A")
_INVERTED_GAP = re.compile(
    r",?\s+(?:is|was|will be|are)\s+(?:(?:the\s+)?(?:[A-Za-z][a-z]+\s+){0,2}?(?:actress|actor|star|"
    r"newcomer|veteran|comedian|singer)\s+)?"
)
_AS_BEFORE = re.compile(
    r"\b(?:as|role\s+of)\s+(?:(?:the|his|her|their)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*,\s+)?$"
)
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$|\s+(?:and|who|while)\b)")
# descriptor then a comma before the role: "as the late patriarch, Rafael Medina"
# "plays his deputy, Rosa Delgado", "returns as her boss, Inspector Rhys Morgan", "plays the
# Dowager Countess, Lady Agnes Whitmore"
_TITLE_WORD = "(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + ")"
_RANKS = r"(?:" + _TITLE_WORD + r"\s+)*"
_DESCRIBED = re.compile(
    # "'s" is what is left of "Felix's sister, Mara" once the possessor is taken out
    # "the hospital's ambitious new director, C"
    r"\s*(?:the|a|an|his|her|their|['’]s)\s+(?:(?:(?:[a-z][\w-]*(?:['’]s)?|[A-Z]{2,5})\s+){0,4}"
    r"(?:[a-z][\w-]*|[A-Z]{2,5})|"
    r"(?:[A-Z][a-z]+\s+){0,2}" + _TITLE_WORD + r"),\s*" + _RANKS
)


# "an Auckland detective named C", "a former soldier called C"
_NAMED = re.compile(r"\s*(?:(?:an?|the)\s+)?(?:[\w'’-]+\s+){0,4}?(?:named|called)\s+")


def _possessive(text: str, name: Name) -> bool:
    return bool(re.match(r"['’]s\b", text[name.end :]))


def _character_after(text: str, pos: int, names: list[Name]) -> Name | None:
    """The role named after a marker, skipping descriptors ("the hunter", "Morticia's mother")."""
    skipped: list[str] = []
    for name in names:
        if name.start < pos:
            continue
        gap = text[pos : name.start]
        for other in skipped:
            gap = gap.replace(other, " ")
        # "plays his deputy, Rosa Delgado", "plays the hospital's new director, Mara Vance"
        # (a job word in a possessive description is the role's, not the actor's)
        if _DESCRIBED.fullmatch(gap) and (
            re.search(r"['’]s\s", gap) or not _C_GAP_BANNED.search(gap)
        ):
            return name
        if _NAMED.fullmatch(gap):
            return name  # "plays an Auckland detective named Mara Vance"
        if _NAMED.match(text, name.end):
            skipped.append(text[name.start : name.end])  # "Auckland" of "an Auckland detective"
            continue
        # ranks the name finder dropped ("Dr. Miriam Foss") are part of the role, not a gap
        gap = " ".join(t for t in gap.split() if t not in TITLES)
        # "as a ferry hand and Mi-ok ...": the role was the common noun (but "plays Bree's
        # brother-in-law and local fisherman Dale": two descriptions of one role)
        if _C_GAP_BANNED.search(gap) or re.search(r"\b[a-z][\w-]*\s+and\s*$", gap):
            return None
        if re.search(r"[,.;:()\"“”!?]", gap) or len(gap.split()) > 7:
            return None
        # capitalised words in the gap belong to a name, except ranks and acronyms ("the CEO")
        caps = [
            c
            for c in re.findall(r"\b[A-Z][\w.-]*(?:['’]s)?", gap)
            if c not in TITLES and not c.isupper()
        ]
        if any(not c.endswith(("'s", "’s")) for c in caps) and not re.search(r"['’]s\b", gap):
            return None
        if _possessive(text, name) or re.match(r"\s+and\s+[A-Z][\w-]*['’]s", text[name.end :]):
            skipped.append(text[name.start : name.end])
            continue
        # "as Guardia Civil sergeant Tomás Ruiz": the name of the force, then the role's; "as a
        # retired High Court judge": a description, no role's name
        job = _JOB_AFTER.match(text, name.end)
        if job:
            if any(n.start == job.end() for n in names):
                skipped.append(text[name.start : name.end])
                continue
            return None
        return name
    return None


_PLACE_PREP = frozenset({"to", "in", "at", "from", "into", "near", "around"})
_PLACE_BEFORE_BRACKET = frozenset({"in", "at", "near", "around"})
_JOB_AFTER = re.compile(
    r"\s+(?:sergeant|officer|judge|detective|inspector|agent|captain|doctor|nurse|lawyer|"
    r"teacher|priest|chief|commander|constable|superintendent|lieutenant|colonel|senator|"
    r"minister|boss|heir|heiress|pilot|soldier|reporter|journalist|editor|cop|guard|"
    r"professor|student|operative|official|analyst|surgeon|attorney|prosecutor|ranger|"
    r"sheriff|deputy|marshal|trooper|garda)\b\s*"
)


# "stars in Kingdom as C": the name before "as" is the show, not an actor
_EPISODE_LINE = re.compile(r"(?i)\s*(?:episode|ep\.?|chapter|part)\s+\d{1,2}\s*[:.–—-]")
_CASTING_HEDGE = re.compile(
    r"\b(?:in\s+(?:early\s+|final\s+)?talks|rumou?red|reportedly|tipped|linked|eyed|"
    r"(?:could|might|may)\s+(?:play|join|be)|is\s+said\s+to|negotiat\w+)\b"
)
_STARS_IN = re.compile(r"\b(?:stars?|starred|starring|appears?|appeared)\s+in\s+$")
_STARRED_IN = re.compile(
    r"\s+(?:(?:recently|previously|also|once|last)\s+)?(?:starred|appeared)\s+in\s+"
    r"(?:(?:the|a)\s+(?:[\w+-]+\s+){0,4}?)?[\"“‘']?"
)
_WHO_STARS_IN = re.compile(
    r",\s+who\s+(?:\w+\s+){0,2}?(?:stars?|starred|appears?|appeared)\s+in\s+"
)
# words before a list of "A (C)": the names are actors, their roles in brackets
_CAST_LEAD = re.compile(
    r"\b(?:cast|starring|stars|actors?|actress(?:es)?|line-?up|regulars|newcomers?|performers?)\b",
    re.I,
)
# ", best known for ", ", the star of ", ", fresh off ": an aside naming the actor's other work
_APPOSITIVE = re.compile(
    r",\s+(?:(?:(?:perhaps\s+)?best|well|mostly)\s+)?(?:known|famous|recogni[sz]able)\s+"
    r"(?:for|from)\s+(?:(?:his|her|their|the|a|an)\s+)?(?:[\w'-]+\s+){0,3}?"
    r"|,\s+(?:the\s+)?star\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?"
    r"|,\s+fresh\s+(?:off|from)\s+(?:[\w'-]+\s+){0,3}?"
)


def _actor_before(
    text: str, pos: int, names: list[Name], roles: set[str], elsewhere: bool = False
) -> Name | None:
    """The actor named just before a role marker; `elsewhere` when the role is in another
    show ("A, best known as C in Other Show": an alias there is a role)."""
    before = [n for n in names if n.end <= pos and n.text not in roles]
    if not before:
        return None
    name = before[-1]
    # "Ola Brandt (The Crown) has been cast as": the actor's credit in brackets is no gap
    # nor the actor's age: "Rhys Morgan, 41, as DI Owen Price"
    gap = re.sub(r"^\s*(?:\([^()]*\)|,\s*\d{1,3},)", "", text[name.end : pos]).strip()
    # a quoted title is one word: "A has confirmed her appearance in 'Lantern Road' and will play"
    gap = re.sub(r"[\"“‘'][A-Z][^\"”’']{0,60}[\"”’']", "title", gap)
    # and a network is one: "A recently starred in the MBC drama 'X' as C"
    gap = re.sub(r"\bthe\s+[A-Z][\w+]{1,8}\s+(?=" + GENRE_NOUN + r"\b)", "the ", gap)
    if gap == "," and len(before) > 1:
        # "A, best known for Other Show, plays C", "A, who also stars in X as B, plays C": the
        # actor is before the aside
        for earlier in reversed(before[:-1]):
            aside = text[earlier.end : name.start]
            if _APPOSITIVE.fullmatch(aside) or re.fullmatch(r",\s+who\s+[^,;.()]*", aside):
                return None if _possessive(text, earlier) else earlier
    if _possessive(text, name):
        return None
    if not _GAP_OK.fullmatch(gap):
        return None
    # "a novel set in World War I and portrays Lalu": a preposition's object is no subject;
    # "starred on General Hospital as Marty", "remade in Telugu as ...": it is a show or place
    before_name = text[max(0, name.start - 20) : name.start]
    # "Series four brought in A as Inspector C": a phrasal verb's object is the actor
    brought_in = re.search(r"\b(?:brought|brings?|bringing|roped|ropes|drafted|drafts)\s+in\s+$", before_name)
    if re.match(r"and\b", gap) and re.search(
        r"\b(?:in|of|on|at|from|with|into|during|after|before|since)\s+$", before_name
    ):
        return None
    # ("A, who stars in X as C" is the caller's to read)
    if not gap and not brought_in and not _STARS_IN.search(before_name) and re.search(
        r"\b(?:in|on|at|from|movie|film|series|show|sitcom|soap operas?|telenovela)\s+$",
        before_name,
    ):
        return None
    banned = _BANNED_GAP.search(gap)
    if banned and not (
        banned.group() == "known"
        and (re.search(r"known\s+for\s*$", gap) or elsewhere and gap.endswith("known"))
    ):
        return None  # "known as" names an alias; "best known for playing" is a role
    return name


_ROW_DESCRIPTION = re.compile(r"(?:(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){0,3})?" + _RANKS)
_VOTE = {True: 1, False: -1, None: 0}  # a pair's or row's say in the article's vote
_BRACKET = re.compile(r"\s*(?:(?:him|her|them)sel(?:f|ves)\s*)?\(([^()]*)\)")
_RANK_BEFORE = re.compile(r"(?<![\w.])" + _TITLE_WORD + r"\s+$")


# a role's description beside its name in brackets: "her partner", "the Earl", "Mara's father"
_ROLE_WORDS = (
    r"(?:(?:his|her|their|the|a|an)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*"
    r"|[A-Z][\w'’-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
)


_BEFORE_ROLE = re.compile(r"\s*" + _RANKS + r"(?:" + _ROLE_WORDS + r",\s*)?")
_AFTER_ROLE = re.compile(r"\s*(?:,\s*" + _ROLE_WORDS + r")?\s*")
_AND_RANKS = re.compile(r",?\s+and\s+" + _RANKS)
_ONLY_RANKS = re.compile(r"\s*" + _RANKS)


# praise of a performance before the actor in brackets: "C (a scene-stealing A)", "C (the
# excellent A)", "C (a very funny A)"
_PRAISED = re.compile(
    r"\s*(?:an?|the|an\s+always|the\s+ever)\s+(?:(?:very|truly|quietly|wonderfully|always|ever)[- ])?"
    r"(?:[\w-]+-stealing|career-best|never-better|brilliant|excellent|superb|terrific|wonderful|"
    r"great|fantastic|magnetic|mesmeri[sz]ing|reliable|funny|hilarious|menacing|chilling|"
    r"moving|luminous|riveting|electric|fearless|sublime|note-perfect|outstanding|remarkable|"
    r"formidable|scary|heartbreaking|charismatic|delightful|marvell?ous)\s+"
)


def _bracket_pairs(text: str, names: list[Name]) -> list[tuple[Name, Name, bool | None]]:
    """ "X (Y)" pairs with what the writing says of their order: True when X must be the actor
    ("A (Detective C)", "A (C, her partner)", "A (Mara's father, C)": a rank or description
    inside the brackets goes with a role), False when X must be the role ("Detective C (A)"),
    None when nothing does."""
    out = []
    for i, name in enumerate(names):
        m = _BRACKET.match(text, name.end)
        if not m or previous_word(text, name.start) in _PLACE_BEFORE_BRACKET:
            continue  # "Cameras roll in Kapadokya (Cappadocia)": a place and its other name
        inside = [n for n in names[i + 1 :] if m.start(1) <= n.start and n.end <= m.end(1)]
        inside = [n for n in inside if not _possessive(text, n)]
        if len(inside) != 1:
            continue
        role = inside[0]
        before, after = text[m.start(1) : role.start], text[role.end : m.end(1)]
        praised = _PRAISED.fullmatch(before) and not after.strip()
        if not praised and (not _BEFORE_ROLE.fullmatch(before) or not _AFTER_ROLE.fullmatch(after)):
            continue  # "(played by A)", "(A, 34)": not a role in brackets
        if praised:
            signal = False  # "Aunt Rosaria (a scene-stealing A)": a performance praised
        elif before.strip() or after.strip():
            signal: bool | None = True
        elif _RANK_BEFORE.search(text[max(0, name.start - 25) : name.start]):
            signal = False
        else:
            signal = None
        out.append((name, role, signal))
    return out


def _row(doc: Doc, text: str, names: list[Name]) -> tuple[str, str, bool | None] | None:
    """(left name, right name, what the row's words say of its order) for a list line or table
    row "A – C", "A – the tough detective C", "Commandant C – A", "A | C"; None for anything
    else. The order is True when a description or rank before the right name makes it the role,
    False when a rank before the left one does, None when nothing tells."""
    m = _ROW.match(text)
    if not m or len(names) != 2:
        return None
    if ":" in text[m.end("a") : m.start("b")] and len(m.group("b").split()) > 4:
        return None  # "Emmys: TV Academy Sets New Rules ...": a headline, not "C: A"
    left, right = names
    ranked = left.start != m.start("a") and _ONLY_RANKS.fullmatch(text, m.start("a"), left.start)
    if left.start != m.start("a") and not ranked or right.end != m.end("b"):
        return None
    described = _ROW_DESCRIPTION.fullmatch(text, m.start("b"), right.start)
    order = True if described and described.group() else False if ranked else None
    return doc.resolve(left.text), doc.resolve(right.text), order


def _row_signal(doc: Doc, left: str, right: str, order: bool | None) -> bool | None:
    """Whether a row reads "Actor – Character", as far as the row tells: a description or rank
    goes with a role; a known actor; the names the story happens to."""
    if order is not None:
        return order
    if left in doc.actors or right in doc.actors:
        return left in doc.actors
    plot = _plot_names(doc)
    if (left in plot) != (right in plot):
        return right in plot
    return None


def _row_order(doc: Doc) -> bool | None:
    """Whether the article's list lines read "Actor – Character": the vote of its rows that
    tell, once per article."""
    if doc.row_vote is None:
        doc.row_vote = 0
        for ctx in doc.contexts:
            if ctx.sent.bullet and not ctx.columns:
                names = find_names(ctx.sent.text, tuple(doc.shows.titles))
                if (row := _row(doc, ctx.sent.text, names)) is not None:
                    signal = _row_signal(doc, *row)
                    doc.row_vote += _VOTE[signal]
    return doc.row_vote > 0 if doc.row_vote else None


# the word before an actor's name
_ACTOR_BEFORE = frozenset("by actor actress star stars starring with alongside portrayer".split())



def _plot_names(doc: Doc) -> set[str]:
    """Names the article's sentences about deaths and survivals use, once per article: the
    characters, for telling "A (C)" from "C (A)" when nothing else does."""
    if doc.plot_names is None:
        doc.plot_names = {
            doc.resolve(n.text)
            for ctx in doc.contexts
            if "(" not in ctx.sent.text and FATE_CUE.search(ctx.sent.text)
            for n in find_names(ctx.sent.text, tuple(doc.shows.titles))
            # not "Tom Hale's Felix dies", "Felix, played by Tom Hale, dies"
            if not _possessive(ctx.sent.text, n)
            and previous_word(ctx.sent.text, n.start) not in _ACTOR_BEFORE
        }
    return doc.plot_names


def _bracket_order(doc: Doc) -> bool | None:
    """Whether the article writes "Actor (Character)": the vote of the pairs whose writing
    tells their order (a rank or a description with one of the names) or whose actor the prose
    names, once per article (after the sentences without brackets: see pipeline.extract)."""
    if doc.bracket_vote is None:
        doc.bracket_vote = 0
        for ctx in doc.contexts:
            if "(" not in ctx.sent.text:
                continue
            names = find_names(ctx.sent.text, tuple(doc.shows.titles))
            for x, y, signal in _bracket_pairs(ctx.sent.text, names):
                if signal is None and doc.resolve(x.text) in doc.actors:
                    signal = True
                elif signal is None and doc.resolve(y.text) in doc.actors:
                    signal = False
                doc.bracket_vote += _VOTE[signal]
    return doc.bracket_vote > 0 if doc.bracket_vote else None


def _show_after(doc: Doc, text: str, end: int, default: str | None) -> str | None:
    # "as C in the border drama X", "as C on the Netflix drama X"
    m = re.match(
        r"\s+(?:in|from|on)\s+(?:the\s+\w+\s+season\s+of\s+|the\s+(?:[\w+-]+\s+){0,3}?"
        + GENRE_NOUN
        + r"\s+)?("
        + TITLE
        + ")",
        text[end:],
    )
    if m:
        for title in sorted(doc.shows.titles, key=len, reverse=True):
            if m.group(1).startswith(title):
                return title
    return default


def _show_before(doc: Doc, text: str, pos: int) -> str | None:
    """A show named just before ', in which' / ', where' that leads to this position."""
    for mention in reversed(doc.shows.mentions(text[:pos])):
        if re.match(r",\s+(?:in which|where)\b", text[mention.end :]):
            return mention.title
    return None


def _subject_of_previous(doc: Doc, ctx: Context, pron_start: int) -> Name | None:
    """The person a sentence-initial "He"/"She" refers to: the name the previous sentence of
    the paragraph starts with ("Imogen Tate leads the cast again. She plays ...")."""
    if pron_start != 0 or ctx.prev is None:
        return None
    names = find_names(ctx.prev.text, tuple(doc.shows.titles))
    if names and names[0].start == 0 and not _possessive(ctx.prev.text, names[0]):
        first = names[0]
        return Name(-1, -1, first.text)  # offsets outside this sentence
    return None


# under a heading per character: "if A didn't play him with such dignity", "The old boss, played
# by veteran A", "A gives her a raw, restless energy"
_PLAYS_PRONOUN = re.compile(
    r"\b(?:plays?|played|playing|portrays?|portrayed|gives?|gave)\s+(?:him|her)\b"
)
_DESCRIPTION_PLAYED_BY = re.compile(
    r"^(?:The|A|An|His|Her|Their)\s+[^.;]*,\s+(?:played|portrayed|voiced)\s+by\s+"
    r"(?:(?:veteran|newcomer|the\s+\w+)\s+)?$"
)


_PLAYS_DESCRIBED = re.compile(
    r"\s+(?:plays|played|portrays|portrayed)\s+(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?"
    r"[a-z][\w-]*(?=\s+(?:with|as|like|in|so)\b|\s*[,.;])"
)
_IN_THE_ROLE = re.compile(r"\s+(?:is|was)\s+(?:[a-z]+\s+){0,2}in\s+the\s+(?:role|part)\b")
_GIVES_ROLE = re.compile(r"\s+(?:gives?|gave|makes?|made)\s+(?P<c>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:a|an|the)\s")


def _pronoun_role(text: str, names: list[Name], ctx: Context) -> list[tuple[Name, Name, str | None]]:
    """An actor said to play "him" or "her": the character the section's heading names, or the
    one the sentence opens with ("Dao, the maker's daughter, runs the workshop, and A plays
    her"); under a heading per character, also "The old boss, played by A"."""
    role = Name(-1, -1, ctx.section_character) if ctx.section_character else None
    for m in _PLAYS_PRONOUN.finditer(text):
        before = [
            n for n in names if n.end <= m.start() and _GAP_OK.fullmatch(text[n.end : m.start()].strip())
        ]
        opener = names[0] if names and names[0].start == 0 and before and names[0] is not before[-1] else None
        if before and (role or opener):
            return [(before[-1], role or opener, ctx.show)]
    for n in names if role else ():
        if _DESCRIPTION_PLAYED_BY.match(text[: n.start]):
            return [(n, role, ctx.show)]
        # "A plays the family's freeloading uncle with ...", "A is terrifying in the role",
        # "A gave Tunde a swagger", "A makes Chidi the coolest man in every scene"
        after = text[n.end :]
        first = (ctx.section_character or "").split()[0]
        if (
            _PLAYS_DESCRIBED.match(after)
            or _IN_THE_ROLE.match(after)
            or (m := _GIVES_ROLE.match(after)) and m["c"] in (first, ctx.section_character)
        ):
            return [(n, role, ctx.show)]
    return []


def find_plays(doc: Doc, ctx: Context) -> list[Fact]:
    text = ctx.sent.text
    names = find_names(text, tuple(doc.shows.titles))
    # one name is enough after a sentence-initial pronoun: "She plays Sarah Penhallow"
    if len(names) < 2 and not (
        names
        and (
            ctx.section_character
            or re.match(r"(?:He|She|They)\s", text)
            or " as " in text
            and _KNOWN_AS.search(text, 0, names[0].start)
        )
    ):
        return []
    pairs: list[tuple[Name, Name, str | None]] = []  # actor, character, show
    roles: set[str] = set()

    def add(actor: Name | None, character: Name | None, show: str | None) -> None:
        if actor is None or character is None or actor.text == character.text:
            return
        if character.text in doc.shows.titles or actor.text in doc.shows.titles:
            return
        if _GROUP_WORD.search(actor.text) or _GROUP_WORD.search(character.text):
            return
        if re.match(r"Best\b", character.text):  # an award: "Best Actress (A)"
            return
        pairs.append((actor, character, show))
        roles.add(character.text)

    # "Reprising his role as C is A", "Joining the cast as C is A": the actor comes last
    for i, name in enumerate(names[:-1]):
        nxt = names[i + 1]
        if (
            _INVERTED_GAP.fullmatch(text, name.end, nxt.start)
            and _AS_BEFORE.search(text, max(0, name.start - 50), name.start)
            and not [n for n in names[:i] if n.text not in TITLES]
            and _CLAUSE_END.match(text, nxt.end)
        ):
            add(nxt, name, ctx.show)
    # C (A) or A (C): see _bracket_pairs and _bracket_order
    # (not "Episode 2: Kołysanka (Lullaby)": an episode's title and its translation)
    bracketed = [] if _EPISODE_LINE.match(text) else _bracket_pairs(text, names)
    actors_first = bool(names) and _CAST_LEAD.search(text, 0, names[0].start) is not None
    actors_first |= any(doc.names.resolve(name.text) in doc.actors for name, _, _ in bracketed)
    for name, nxt, signal in bracketed:
        if signal is None and not actors_first:
            if any(doc.names.resolve(nxt.text) in doc.actors for _, nxt, _ in bracketed):
                signal = False
            elif (plot := _plot_names(doc)) and (
                (doc.resolve(name.text) in plot) != (doc.resolve(nxt.text) in plot)
            ):
                signal = doc.resolve(nxt.text) in plot  # the one the story happens to is the role
            else:
                signal = _bracket_order(doc)
        if signal if signal is not None else actors_first:
            add(name, nxt, ctx.show)
        else:
            add(nxt, name, ctx.show)
    # A (as C), "Lena Park (as medic Ji-soo)"
    for name, nxt in zip(names, names[1:]):
        if re.fullmatch(
            r"\s*\(\s*as\s+(?:(?:the\s+)?[a-z][\w-]*\s+){0,3}", text[name.end : nxt.start]
        ):
            if re.match(r"\s*\)", text[nxt.end :]):
                add(name, nxt, ctx.show)
    # C, (the ...) played by A
    # (or "C — played with quiet menace by A — returns")
    for m in re.finditer(
        r"\b(?:is\s+|was\s+)?(?:(?:previously|originally|first|now|later|initially)\s+)?"
        r"played\s+(?:with\s+(?:[a-z]+\s+){1,3}|to\s+the\s+end\s+|throughout\s+|in\s+season\s+\w+\s+)?"
        # "played by veteran (actor) A"
        r"by\s+(?:(?:veteran|newcomer|acclaimed|award-winning|rising|young|fellow)\s+)?"
        r"(?:(?:actor|actress|star|comedian|singer)\s+)?",
        text,
    ):
        actor = next((n for n in names if n.start == m.end()), None)
        candidates = [
            n
            for n in names
            if n.end <= m.start()
            # "C, previously played by A, is now played by B": A is an actor, not the role
            and not re.search(r"\bby\s+$", text[max(0, n.start - 4) : n.start])
            # "C, played by A", "C, the keeper played by A", "C — played with quiet menace by
            # A —"; not "A plays C, and D is played by B", where D is the one played
            # ("C was played in season 1 by A": right after it, when the verb is passive)
            and re.fullmatch(
                r"(?:\s+(?:himself|herself))?\s*(?:,[^;.()]*|\s[—–]\s+)"
                + ("?" if re.match(r"is|was", m.group()) else ""),
                text[n.end : m.start()],
            )
            and not any(
                n.end < o.start and o.end <= m.start() and not text[o.end : m.start()].strip()
                for o in names
            )
        ]
        if actor and candidates:
            add(actor, candidates[-1], ctx.show)
    # "Mara, Lane's character, ...": C, then the actor's surname with "character"
    for name, nxt in zip(names, names[1:]):
        if re.fullmatch(r",\s+", text[name.end : nxt.start]) and re.match(
            r"['’]s\s+(?:\w+\s+)?(?:character|role)\b(?!\s+(?:model|foil|arc))", text[nxt.end :]
        ):
            add(nxt, name, ctx.show)
    # "Felix's actor, Tom Hale, ...": the role's possessive, then the actor after a comma
    for name, nxt in zip(names, names[1:]):
        if re.fullmatch(r"['’]s\s+(?:\w+\s+)?(?:actor|actress|portrayer),\s+", text[name.end : nxt.start]):
            add(nxt, name, ctx.show)
    # "Lane's character, Mara, ...": the actor's possessive, then the role after a comma
    for name, nxt in zip(names, names[1:]):
        if re.fullmatch(r"['’]s\s+(?:\w+\s+)?(?:character|role),\s+", text[name.end : nxt.start]):
            add(name, nxt, ctx.show)
    # A's C (not "James Joyce's Ulysses" nor "the Convention People's Party")
    for i, name in enumerate(names[:-1]):
        nxt = names[i + 1]
        if (
            re.fullmatch(r"['’]s\s+", text[name.end : nxt.start])
            and len(name.text.split()) >= 2
            and not name.text.startswith("the ")  # "the Valentine's Day trick"
            and not _possessive(text, nxt)
            and not _GROUP_WORD.search(name.text)
            and not _WORKS_CUE.search(text)
        ):
            add(name, nxt, ctx.show)
    # a table row under a header that says which column is which: "Character | Actor |
    # Seasons"; a cell may name several actors ("A (season 1), B (seasons 2–3)")
    if ctx.columns:
        cells = table_cells(text)
        a, c = ctx.columns
        if max(a, c) < len(cells):
            titles = tuple(doc.shows.titles)
            played = find_names(cells[c], titles)
            for actor in find_names(cells[a], titles) if played else ():
                add(actor, played[0], ctx.show)
    # list lines: "C – A", "A – the tough detective C": what the row tells; else the
    # article's rows' vote; else "C – A"
    # (not a masthead above the article's first paragraph: "Streamwise | TV Explainers")
    elif ctx.sent.bullet and ctx.sent.start > doc.prose_start and (row := _row(doc, text, names)) is not None:
        actor_first = _row_signal(doc, *row)
        if actor_first is None:
            actor_first = _row_order(doc) or False
        left, right = names
        if actor_first:
            add(left, right, ctx.show)
        else:
            add(right, left, ctx.show)
    # C is played/voiced by A (and C2 by A2)
    for i, name in enumerate(names[:-1]):
        nxt = names[i + 1]
        if _PASSIVE.fullmatch(text[name.end : nxt.start]):
            add(nxt, name, ctx.show)
            rest = names[i + 2 :]
            for c2, a2 in zip(rest, rest[1:]):
                if re.fullmatch(r",?\s+and\s+", text[nxt.end : c2.start]) and re.fullmatch(
                    r"\s+by\s+", text[c2.end : a2.start]
                ):
                    add(a2, c2, ctx.show)
                break
    # A and B play C and D respectively
    if _RESPECTIVELY.search(text):
        m = _RESPECTIVELY.search(text)
        before = [n for n in names if n.end <= m.start()][-2:]
        after = [n for n in names if n.start >= m.end() - len(m.group()) and n.start > m.start()][
            :2
        ]
        if len(before) == 2 and len(after) == 2:
            add(before[0], after[0], ctx.show)
            add(before[1], after[1], ctx.show)
    # A and B (will return) as C and D: in that order, "respectively" or not
    paired: set[int] = set()
    for m in _MARKER.finditer(text):
        before = [n for n in names if n.end <= m.start()][-2:]
        after = [n for n in names if n.start >= m.end()][:2]
        if (
            len(before) == 2
            and len(after) == 2
            and re.fullmatch(r",?\s+and\s+", text[before[0].end : before[1].start])
            # ranks the name finder left out of a role ("as Captain Mara Vance") are no gap
            and _AND_RANKS.fullmatch(text, after[0].end, after[1].start)
            and _ONLY_RANKS.fullmatch(text, m.end(), after[0].start)
            and _GAP_OK.fullmatch(text[before[1].end : m.start()].strip())
            and not _BANNED_GAP.search(text[before[1].end : m.start()])
            and _CLAUSE_END.match(text, after[1].end)
        ):
            add(before[0], after[0], ctx.show)
            add(before[1], after[1], ctx.show)
            paired.add(m.start())
    # A <verb/as/role of> C
    respectively = _RESPECTIVELY.search(text) is not None
    for m in _MARKER.finditer(text):
        if respectively:
            break
        if m.start() in paired:
            continue
        character = _character_after(text, m.end(), names)
        if character is None or re.match(r"\s+of\s+[A-Z]", text[character.end :]):
            continue
        show = _show_after(doc, text, character.end, None)
        actor = _actor_before(text, m.start(), names, roles, elsewhere=show is not None)
        if actor is None:
            # "$"-anchored searches look only at the last characters, not the whole prefix
            low = max(0, m.start() - 60)
            pron = _PRONOUN_BEFORE.search(text, low, m.start())
            known = _KNOWN_AS.search(text, low, m.end() + 1)
            own = _OWN_ROLE.search(text, low, character.start)
            if known and show is not None:
                # "Viewers may know him as C in Other Show": the actor the sentence before names
                actor = _subject_of_previous(doc, ctx, 0)
            elif own and show is not None:
                # "A is best known as C in the drama X", "A, fresh from his turn as C in X"
                prior = [n for n in names if n.end <= own.start() and n.text not in roles]
                actor = prior[-1] if prior else None
            elif pron:
                # (not "heading to Lagos ..., in which she will play C": a place)
                prior = [
                    n
                    for n in names
                    if n.end <= pron.start()
                    and n.text not in roles
                    and previous_word(text, n.start) not in _PLACE_PREP
                ]
                actor = prior[-1] if prior else _subject_of_previous(doc, ctx, pron.start())
                show = show or _show_before(doc, text, pron.start())
            elif re.search(
                r",\s+(?:[a-z][\w'’-]*\s+){0,6}$", text[max(0, m.start() - 120) : m.start()]
            ) and not _BANNED_GAP.search(text[max(0, m.start() - 40) : m.start()]):
                first = names[0] if names else None
                if first and first.start == 0 and re.match(r"\s*,", text[first.end :]):
                    actor = first
        if actor is not None and _STARS_IN.search(text, max(0, actor.start - 30), actor.start):
            # "A, who also stars in Kingdom as C": the name before "as" is a show, A the actor
            title = actor.text
            subject = [
                n
                for n in names
                if n.end <= actor.start and _WHO_STARS_IN.fullmatch(text, n.end, actor.start)
            ]
            actor, show = (subject[-1] if subject else None), title
        if (
            actor is None
            or actor.end > character.start
            or doc.resolve(actor.text) == doc.resolve(character.text)
        ):
            continue
        if show is None:  # 'A recently starred in the MBC drama "X" as C': a role in X
            show = next(
                (
                    mention.title
                    for mention in doc.shows.mentions(text[: m.start()])
                    if mention.start >= actor.end
                    and _STARRED_IN.fullmatch(text, actor.end, mention.start)
                    and re.fullmatch(r"[\"”’']?,?\s+", text[mention.end : m.start()])
                ),
                None,
            )
        if show is None:
            show = (
                _show_before(doc, text, actor.start) if _show_before(doc, text, m.start()) else None
            )
        add(actor, character, show or ctx.show)
    # A is C, next to another plays fact in the same sentence
    if pairs:
        for i, name in enumerate(names[:-1]):
            nxt = names[i + 1]
            gap = text[name.end : nxt.start]
            # "A is C", "A is Wade's estranged son, C"
            described = re.fullmatch(
                r"\s+is\s+(?:[A-Z][\w-]*['’]s|the|his|her)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+",
                gap,
            )
            if name.text in roles:
                continue
            if (re.fullmatch(r"\s+is\s+", gap) or described) and re.match(
                r"\s*(?:[,.;]|$)", text[nxt.end :]
            ):
                add(name, nxt, ctx.show)

    if not pairs:
        pairs += _pronoun_role(text, names, ctx)

    out = []
    for actor, character, show in pairs:
        # "A is reportedly in talks to join the cast as C": a casting not yet made
        start, end = sorted((max(actor.start, 0), character.start))
        hedged = _CASTING_HEDGE.search(text, start, end)
        fact = doc.fact(
            "plays",
            ctx,
            show,
            actor=actor.text,
            character=character.text,
            certainty="speculative" if hedged else "confirmed",
        )
        if fact:
            out.append(fact)
    return out
