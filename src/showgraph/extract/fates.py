"""`fate` facts: who dies, survives or is infected in which season.

Only stated outcomes count: passive deaths ("is killed by", "was shot dead"), "dies",
"did not make it", self-sacrifice, "ends up dead", survivor lists ("the survivors (A, B and C)"),
"survives", "made it home alive", "did not die", bites and turning into a monster. A sentence
that leaves a fate open ("his fate is left unclear", "whether she lives") or only fears or
supposes one ("if she dies", "could die") gives nothing; hedged clauses give speculative facts.
"""

from __future__ import annotations

import re

from ..model import Fact
from .document import Context, Doc
from .hedges import OPEN_FATE_RE
from .names import Name, find_names
from .text import clauses, previous_word

_DIES = re.compile(
    r"\b(?:(?:is|was|are|were|gets|got|being|been)\s+(?:\w+ly\s+)?(?:killed|murdered|shot dead|"
    r"shot and killed|executed|slain|stabbed to death|burned to death|burnt to death|beheaded|"
    r"decapitated|poisoned to death|eaten alive|crushed to death|torn apart|torn to pieces|"
    r"ripped apart|ripped to pieces|torn limb from limb|mauled to death)"
    # "is captured and executed", "is dragged into the forest and torn apart"
    r"|(?:is|was|are|were|gets|got)\s+(?:[\w-]+\s+){1,6}?and\s+(?:then\s+|later\s+)?(?:killed|"
    r"executed|torn\s+apart|eaten\s+alive|murdered|beheaded|shot\s+dead|devoured)"
    r"|pass(?:es|ed)\s+away|(?:plunges?|plunged|falls?|fell|jumps?|jumped|leaps?|leapt|tumbles?|tumbled)"
    r"\s+to\s+(?:his|her|their)\s+deaths?|(?:is|was|are|were|gets|got)\s+cut\s+down|dies|died|(?<!to )die(?!\s+(?:from|of)\s+it)|did not make it|didn't make it|does not make it|"
    r"did not survive|didn't survive|(?:does|will) not survive|(?:doesn't|won't) survive|ends? up dead|(?:is|was|are|were) dead|bleeds? out|"
    r"(?:first|second|latest|next|final) victim|whose death|"
    r"(?:sacrifices?|sacrificed|sacrificing)\s+(?:himself|herself|themselves)|"
    r"gives? up (?:his|her|their) (?:own )?li(?:fe|ves)|"
    r"(?:lose|loses|lost) (?:his|her|their) li(?:fe|ves)|perish(?:es|ed)?|"
    r"(?:meets?|met) (?:his|her|their) (?:end|death|maker)|"
    r"(?:meets?|met) (?:an?|the) (?:\w+\s+)?(?:end|death|fate)\b(?!\s+(?:of|to)\b)|"
    r"(?:is|was|are|were) (?:later )?found dead|(?:is|was|are|were|gets|got) killed off|"
    # "is found in the lowest tunnel, long dead"; "her body washes ashore", "his body is pulled
    # from the shaft"
    r"(?:is|was|are|were)\s+(?:later\s+)?found\b[^.;]{1,50}?,\s+(?:long\s+|already\s+)?dead|"
    # "was found hanged", "is found face down in the reeds", "has given his life"
    r"(?:is|was|are|were)\s+(?:later\s+)?found\s+(?:hanged|hanging|strangled|drowned|face\s+down)|"
    r"(?:has\s+|have\s+|had\s+)?(?:given|gave|gives)\s+(?:his|her|their)\s+(?:own\s+)?li(?:fe|ves)|"
    r"(?:his|her|their)\s+(?:lifeless\s+)?(?:body|bodies|corpse)\s+(?:is\s+|was\s+|are\s+|were\s+)?"
    r"(?:later\s+|finally\s+)?(?:found|pulled|washes|washed|recovered|discovered|dragged)|"
    r"drown(?:s|ed)|(?:is|was|are|were|gets|got)\s+(?:\w+ly\s+)?gunned\s+down|succumb(?:s|ed)?\s+to|"
    r"(?:is|was|are|were|becomes?|became)\s+(?:an?\s+|the\s+(?:first|latest|last|final)\s+)?"
    r"casualt(?:y|ies)\s+of|(?:is|was|are|were)\s+presumed\s+dead|"
    r"(?:did not|didn't|never)\s+wak(?:e|es)\s+up|(?:is|was|are|were|gets|got)\s+(?:eaten|devoured)\b(?!\s+up\b)|"
    r"(?:lose|loses|lost)\s+(?:his|her|their)\s+(?:\w+\s+)?(?:battle|fight)\s+(?:with|against|to)\s+"
    r"(?:the\s+|an?\s+)?(?:\w+\s+)?(?:illness|cancer|disease|infection|virus|injuries|wounds|"
    r"sickness|plague|fever)\b|"
    r"(?:pays?|paid)\s+the\s+ultimate\s+price|breathe[sd]?\s+(?:his|her|their)\s+last|"
    r"(?:is|was|are|were)\s+(?:fatally|mortally)\s+(?:wounded|shot|stabbed|injured|hurt)|"
    r"(?:commits?|committed)\s+suicide|(?:takes?|took)\s+(?:his|her|their)\s+own\s+li(?:fe|ves)|"
    r"(?:kills?|killed)\s+(?:himself|herself|themselves))\b"
)
_SURVIVES = re.compile(
    r"\b(?:survives|survived|survive|did not die|didn't die|"
    r"(?:is|are|was|were) (?:(?:still|very much|definitely|now|safe and)\s+)*alive|"
    r"made it (?:out |home |back )?alive|lives through|escapes alive|makes? it out alive|"
    r"(?<!n't\s)(?<!not\s)(?:made|makes?) it out\b(?!\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:season|series))|"
    r"(?:is|are|was|were|gets|got)\s+pulled\s+(?:out\s+)?(?:(?:from|of)\s+(?:the\s+)?[\w-]+\s+)?alive|"
    r"pulled\s+out\s+alive|"
    r"wak(?:es|e|ing)\s+up\s+in\s+(?:a\s+|the\s+)?hospital|"
    r"(?:is|was|are|were)\s+recovering\s+in\s+(?:a\s+|the\s+)?hospital|"
    r"lives? to (?:see|fight) another day|lived to (?:see|fight) another day|pulls? through|"
    r"(?:lives?|lived) to tell the tale|(?:is|was|are|were) still breathing|"

    r"(?:is|was|are|were)\s+not\s+dead|(?:isn't|wasn't|aren't|weren't)\s+dead|"
    r"(?:comes?|came) through (?:it |the \w+ )?(?:unhurt|unharmed|unscathed|alive|safely|intact)|"
    r"pulled through|escapes with (?:his|her|their) li(?:fe|ves)|(?<!to )escape[sd]|"
    r"(?:is|was|are|were)\s+(?:among|one of)\s+the\s+(?:\w+\s+)?survivors|"
    r"(?:is|are|was|were|gets|got)\s+(?:\w+ly\s+)?rescued|"
    r"(?:walk(?:s|ed)?|emerge[sd]?|come|comes|came)\s+(?:away|out)\s+(?:[^,.;]{0,30}?\s+)?"
    r"(?:unscathed|unharmed|unhurt|uninjured|alive|without\s+a\s+scratch)|(?:is|was|are|were)\s+the\s+(?:sole|only|lone|last)\s+survivors?|"
    r"(?:is|was)\s+the\s+last\s+(?:one|man|woman|person)\s+standing|"
    # "is still on her feet when the credits roll", "makes it too", "gets out of Busan alive"
    r"(?:is|was)\s+(?:still\s+)?on\s+(?:his|her|their)\s+feet\s+(?:when|as|at)\b|"
    r"(?:makes?|made)\s+it(?:\s*,)?\s+(?:too|as\s+well)\b|"
    r"(?:gets?|got|getting)\s+out\s+(?:of\s+(?:[A-Z][\w-]*|the\s+[\w-]+)\s+)?alive|"
    r"(?:is|was|gets|got)\s+patched\s+up|(?:makes?|made)\s+it\s+through(?=\s*[,.;]|\s+(?:alive|"
    r"the\s+(?:season|series|finale|night|fire|attack|storm|blast|crash)))\b)\b"
)
_MISSING = re.compile(
    r"\b(?:vanish(?:es|ed|ing)?|disappear(?:s|ed|ing)?|goes missing|went missing|gone missing|"
    # "heads back into the tunnel and doesn't return", "rowed out and never came back"
    r"(?:does\s+not|doesn't|did\s+not|didn't|never)\s+(?:return|returns|returned|come\s+back|"
    r"comes\s+back|came\s+back)(?!\s+(?:to\s+the\s+(?:show|series|role|cast)|for))|"
    r"(?:is|was)\s+nowhere\s+to\s+be\s+(?:found|seen)|"
    r"(?:is|was|are|were) (?:still |now |officially )?missing|(?:has|have|had)\s+been\s+missing|"
    r"(?:is|was|are|were)\s+never\s+(?:found|recovered)|"
    # "at the end of season 1 she still has not been found", "remains missing"
    r"(?:still\s+)?(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?been\s+found|"
    r"(?:hasn't|haven't|hadn't)\s+(?:yet\s+)?been\s+found|remain(?:s|ed)?\s+missing|"
    r"(?:(?:is|was)\s+)?never\s+(?:to\s+be\s+)?seen\s+again|"
    r"(?:is|was|are|were)\s+(?:officially\s+)?(?:listed|reported|declared)\s+(?:as\s+)?missing|"
    r"(?:has|have|had)\s+not\s+been\s+seen\s+since|(?:hasn't|haven't|hadn't)\s+been\s+seen\s+since|"
    # "Ada is gone, and the episode ends without a trace of her"
    r"(?:is|was)\s+gone(?=\s*[,.;]|\s+(?:and|but|without)\b)|without\s+a\s+trace)\b"
)
_INFECTED = re.compile(
    r"\b(?:(?:is|was|are|were|gets|got|been|being)\s+(?:\w+ly\s+)?(?:bitten|infected|scratched)"
    r"|(?:has|had|have|shows?|showed|hides?|hid|hiding|conceals?|concealed|reveals?|revealed)\s+"
    r"(?:a|the|his|her|their)\s+(?:[\w-]+\s+)?bite(?:\s+marks?|\s+wounds?)?"
    r"|(?:becomes?|became|becoming)\s+(?:one\s+of\s+)?the\s+infected"
    r"|(?:tests?|tested|testing)\s+positive\b"
    r"|(?:catches|caught|contracts|contracted)\s+(?:the\s+)?(?:plague|virus|infection|fever|sickness|disease)\b"
    r"|(?:becomes?|became|becoming)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:zombie|monster|ghoul|vampire|"
    r"werewolf|creature|demon|walker|halfbie)s?\b"
    r"|(?:turns?|turned|turning|transforms?|transformed|transforming)\s+into\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,2}(?:zombie|monster|halfbie|vampire|ghoul|infected|walker))\b"
)
FATE_CUE = re.compile(
    r"\b(?:torn|ripped|mauled|kill|slew|slay|strangl|assassin|murder|shot|execut|slain|stabb|burn|behead|decapitat|poison|eaten|crushed|die|dead|"
    r"death|made it|make it|makes it|on his feet|on her feet|on their feet|survi|alive|lives|escapes|victim|bleed|sacrific|gives? up|lose|lost|"
    r"bitten|bite|bit|infect|scratch|turn|transform|neither|perish|meets? (?:his|her|their)|"
    r"met (?:his|her|their)|drown|vanish|disappear|missing|gone|trace|plague|patched|hanged|"
    r"doesn't return|didn't return|not return|never return|never came|never come|nowhere|"
    r"face down|whereabouts|abandoned|given (?:his|her|their)|through|another day|pull(?:s|ed)? through|gunned|succumb|casualt|presum|escape|rescued|"
    r"wake|devour|battle|fight|ultimate price|breathe|wounded|suicide|own li|himself|herself|themselves|"
    r"unscathed|unharmed|unhurt|uninjured|scratch|survivor|standing|seen again|funeral|demise|passing|body|corpse|remains|breathing|came through|comes through|been seen since|positive|met |meets |tell the tale|never found|been found|not dead|becom|cut down|to his death|to her death|to their death|pass(?:es|ed) away|hospital)"
)
_INDEFINITE = re.compile(
    r"\b(?:everyone|everybody|someone|somebody|no one|nobody|anyone|people|others|the rest)"
    r"(?:\s+else)?\s+(?:\w+\s+){0,2}$",
    re.I,
)
_CONDITION = re.compile(r"\s*(?:if|unless|in case|even if|what if|suppose|should)\b", re.I)
_UNDONE = re.compile(r"\b(?:revived|resurrected|brought back|back to life|comes back|came back)\b")
_PLURAL = re.compile(r"\b(?:both|all|themselves|neither|they)\b")
_NEITHER = re.compile(r"\bNeither\s+(?P<a>.+?)\s+nor\s+(?P<b>.+?)\s+(?:made it|survived|lived)\b")
_OBJ_PREV = frozenset(
    """by with to of for from at in on into onto across toward towards through past near along
    against about over kill kills killed bites bit trusts
    trust asking asks save saves saving meets meet help helps tells tell finds find follows follow
    hunts hunt lure lures shoots stabs attacks marries loses lost sees see like than as beside
    behind a an the his her their its our my your leaves leave betrays betray protect protects
    rescue rescues chase chases""".split()
)
# ", the widow," and ", played by newcomer Tom Hale,": asides whose names are not the subject
_APPOSITIVE = re.compile(r",\s+(?:the|a|an|his|her|their|(?:played|portrayed|voiced)\s+by)\b[^,]*,")
_HEDGE = re.compile(
    r"\b(?:likely|probably|possibly|perhaps|maybe|rumou?r(?:s|ed)?|reportedly|appears? to|"
    r"seems? to|could|might|may|presumably|apparently|seemingly|allegedly|supposedly|we think|we believe|suspect|is said to|are said to|"
    r"tipped|speculat\w*|presum\w*|theor(?:y|ies|ise|ize)|fans (?:think|believe|hope|fear|suspect)|"
    r"convinced|(?:are|is)\s+sure)\b",
    re.I,
)
# a hedge before a relative clause does not reach into it: "Fans had hoped for a resolution
# to the cliffhanger, in which Kira Vance disappears"
_SCOPE = re.compile(r",\s+(?:in which|where|when|after which)\b")
_NEGATION = re.compile(r"\b(?:not|never|none|no longer|nobody)\b(?![^,.;]*\b(?:until|before)\b)")


_DEATH_ADJECTIVES = (
    r"(?:(?:shocking|tragic|untimely|heartbreaking|brutal|sudden|surprising|heroic|"
    r"gruesome|devastating|violent|on-?screen|off-?screen|final|eventual)\s+)?"
)
_DEATH_AFTER = re.compile(
    r"['’]s\s+(?:" + _DEATH_ADJECTIVES + r"(?:death|funeral|murder|killing|demise|passing)\b"
    r"(?!\s+of\b)"  # "Mara's murder of Aldous": Mara is the killer
    # "Felix's body was found on the beach"
    r"|(?:lifeless\s+)?(?:body|corpse|remains)\s+(?:is|was|are|were)\s+(?:later\s+|finally\s+)?"
    r"(?:found|discovered|recovered|pulled|washed|identified|buried)\b)"
)
# "Felix's body was never found": gone, not known dead
_MISSING_AFTER = re.compile(
    r"['’]s\s+(?:(?:body|remains)\s+(?:is|was|were|has|have)\s+never\s+(?:been\s+)?(?:found|recovered)|"
    # "Felix's whereabouts remain unknown", "Felix's car is found abandoned"
    r"whereabouts\s+(?:remain|are|is|were)\s+(?:still\s+)?unknown|"
    r"(?:car|boat|bike|truck|van)\s+(?:is|was)\s+(?:later\s+)?found\s+abandoned)\b"
)
# "the body of fisherman Felix Crane being found": a death
_BODY_OF = re.compile(
    r"\b[Tt]he\s+(?:lifeless\s+)?(?:body|corpse)\s+of\s+(?:(?:the|his|her)\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
_BODY_FOUND = re.compile(r"\s+(?:is|was|being|gets|got)\s+(?:\w+ly\s+)?(?:found|discovered|recovered|pulled|washed)")
_DEATH_OF = re.compile(
    r"\b[Tt]he\s+" + _DEATH_ADJECTIVES + r"(?:death|funeral|murder|killing|demise|passing)\s+of\s+"
    # "the death of Mara's mentor Aldous": the mentor's
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*['’]s\s+(?:[a-z][\w-]*\s+){1,2}"
    # "the death of harbourmaster Felix", "the killing of local publican Mara"
    r"|(?:(?:his|her|their|the)\s+)?(?:[a-z][\w-]*\s+){1,2})?$"
)
# "faked her death", "Felix's near-death experience", "his death turned out to be a ruse"
_NOT_A_DEATH = re.compile(
    r"\b(?:fak(?:e|ed|ing)|staged|ruse|hoax|near[- ]death|apparent|supposed|feared|possible|"
    r"potential|impending|looming|would-be|alleged|teas(?:e|es|ed)|hints?|foreshadow\w*)\b"
)
_OBJECT_VERB = re.compile(r"\b(?:left|leaves|leaving|(?P<pull>pull(?:s|ed)?|drag(?:s|ged)?))\s+$")
_PRONOUN_LEFT = re.compile(
    r"\b(?:left|leaves|leaving)\s+(?:him|her)\s+(?P<state>missing|dead(?!\s+or\b)|alive)\b"
)
_OBJECT_STATE = re.compile(r"\s+(?:missing|dead(?!\s+or\b)|(?P<alive>out\s+alive))\b")
_KILLS = re.compile(
    r"\b(?:(?:kills|killed|murders|murdered|executes|executed|slays|slew|assassinates|"
    r"assassinated|strangles|strangled|beheads|beheaded|(?:shoots|shot|guns|gunned)\s+down|"
    r"kills?\s+off|killed\s+off)"
    r"|(?P<to_death>stabs|stabbed|beats|beat|burns|burned|burnt|crushes|crushed|bludgeons|"
    r"bludgeoned|mauls|mauled|tortures|tortured))\s+"
    r"(?:(?:fan[- ]favou?rite|beloved|poor|young|old|the\s+(?:\w+\s+)?\w+)\s+)?$"
)
# "tries to kill Felix", "almost killed Felix", "plots to murder Felix": not done
_ATTEMPT = re.compile(
    r"\b(?:tries|tried|trying|try|attempts?|attempted|attempting|wants?|wanted|plans?|planned|"
    r"plots?|plotting|almost|nearly|fails?|failed|would|could|might|will|to|if|unless|whether|"
    r"never|not|n't)\s+(?:\w+\s+)?$"
)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[a-z][\w-]*\s+){0,3}$")
_DEAD_AFTER = re.compile(
    r"(?:,\s+(?:played|portrayed)\s+by\s+[^,;.]{3,40},)?\s+(?:(?:shot|stabbed|found|lying|left|"
    r"beaten)\s+)?dead\b"
)
_OBJECT_CUE = re.compile(
    r"\b(?:left|leav|pull|drag|kill|murder|execut|sla[yi]|slew|assassin|strangl|behead|shoots|shot|"
    r"gun|stab|beat|burn|crush|bludgeon|maul|tortur|dead)"
)
_FRONTED_ALIVE = re.compile(
    r"(?:[Bb]ruised|[Bb]attered|[Ss]haken|[Ii]njured|[Ww]ounded|[Hh]urt|[Ss]carred)\s+but\s+alive,\s+"
)
_ALONG_WITH = re.compile(
    r"[^,;]{0,30}?,?\s+(?:along\s+with|alongside|together\s+with|as\s+(?:do|does|did))\s+"
)
_LISTED = re.compile(r"(?:[\w'’ -]*?(?:,\s*(?:and\s+)?|\s+and\s+))*")
_WHO_AFTER = re.compile(r"(?:\s*\([^)]*\))?,\s+(?:who|whose)\b")
_POSSESSIVE = re.compile(r"['’]s\b")




def _season(doc: Doc, ctx: Context, clause: str, show: str | None) -> int:
    def named(text: str) -> int | None:
        found = [m.numbers[0] for m in doc.seasons(text) if len(m.numbers) == 1]
        return found[-1] if found else None

    if season := named(clause):
        return season
    if ctx.recap and ctx.section_season:
        # "Who survived season 1?": another clause's "a setup for season 2" is not the fate's
        return ctx.section_season
    if season := named(ctx.sent.text):
        return season
    if ctx.para_season:
        return ctx.para_season
    if show != ctx.show:
        return 1
    return doc.season_before_target(show)


# a capitalised plural noun opening a sentence, with its plural verb: "Searchlights sweep ..."
_PLURAL_SUBJECT = re.compile(
    r"[A-Z][a-z]+s\s+(?!(?:and|or|but|of|in|on|at|to|for|with|from|by|as|is|was|has|had|does|"
    r"did|will|would|can|could|may|might|must|should|also|still|never|only|then)\b)[a-z]+(?<!s)(?<!ed)\b"
)


class _Sentence:
    """Names of one sentence sorted into possible subjects (characters) and the rest."""

    def __init__(self, doc: Doc, text: str):
        self.text = text
        self.names = find_names(text, tuple(doc.shows.titles))
        inside = [(m.start(), m.end()) for m in _APPOSITIVE.finditer(text)]
        self.who = {n.start for n in self.names if _WHO_AFTER.match(text, n.end)}
        self.characters: list[Name] = []
        for n in self.names:
            if doc.resolve(n.text) in doc.actors:
                continue
            if _POSSESSIVE.match(text, n.end):
                continue
            if text[: n.start].rstrip().endswith("(") and text[n.end : n.end + 1] == ")":
                continue
            if (
                n.start == 0
                and _PLURAL_SUBJECT.match(text)
                and doc.article.text.count(n.text) == 1
            ):
                continue  # "Searchlights sweep the water": a plural noun, named nowhere else
            self.characters.append(n)
        self.subjects = [
            n
            for n in self.characters
            if n.start in self.who
            or (
                previous_word(text, n.start) not in _OBJ_PREV
                and not any(a < n.start < b for a, b in inside)
            )
        ]


def _pronoun_antecedent(doc: Doc, ctx: Context, sent: _Sentence, pos: int) -> Name | None:
    before = [n for n in sent.subjects if n.end <= pos]
    if before:
        return before[0]
    # "Season 2 ended with Mara taking a bullet; she did not survive": the one character the
    # sentence names before the pronoun, though not as a subject
    named = {doc.resolve(n.text) for n in sent.characters if n.end <= pos}
    if len(named) == 1:
        return next(n for n in sent.characters if n.end <= pos)
    if ctx.section_character and (
        ctx.prev is None
        or not [
            n
            for n in _Sentence(doc, ctx.prev.text).characters
            if previous_word(ctx.prev.text, n.start) not in _ACTOR_WORDS
        ]
    ):  # "3. Marco Santos (Paolo Reyes)" / "He was poisoned at his engagement party."; not
        # the actor of "The matriarch, played by Rosa Manalac, ... She does not survive"
        return Name(-1, -1, ctx.section_character)
    if ctx.prev_any is not None:
        prev = _Sentence(doc, ctx.prev_any.text)
        if prev.characters:
            return prev.characters[-1]
    return None


def _listed_subjects(text: str, names: list[Name], start: int, phrase: str) -> list[Name]:
    """ "On-jo and Cheong-san survived", "Su-hyeok, Nam-ra and On-jo make it out": the names of
    a list that ends just before the verb, when the verb is not singular ("dies", "is killed")
    and nothing puts the list after another verb or a preposition ("kills A and B dies")."""
    first = phrase.split()[0].lower()
    if not names or (first.endswith("s") and not first.endswith("ss")):
        return []
    if not re.fullmatch(
        r"\s*(?:\([^()]*\)\s*)?(?:(?:both|all|also|eventually|ultimately|later|then)\s+)*",
        text[names[-1].end : start],
    ):
        return []
    listed = [names[-1]]
    for name in reversed(names[:-1]):
        # "A (Actor) and her best friend B (Actor) escaped"
        if not re.fullmatch(
            r"\s*(?:\([^()]*\)\s*)?(?:,\s*(?:and\s+)?|and\s+|&\s+)"
            r"(?:(?:her|his|their|the)\s+(?:[a-z-]+\s+){0,3})?",
            text[name.end : listed[0].start],
        ):
            break
        listed.insert(0, name)
    if len(listed) < 2 or previous_word(text, listed[0].start) in _OBJ_PREV:
        return []
    return listed


def _victims(doc: Doc, ctx: Context, sent: _Sentence, c0: int, m: re.Match[str]) -> list[Name]:
    text = sent.text
    start = c0 + m.start()
    phrase = m.group()
    if phrase in ("vanishing", "disappearing"):  # "ends with Ada vanishing": the gerund's subject
        # (an actor in brackets between: "with Kacper Lis (Filip Dąbek) vanishing on a boat")
        right_before = [
            n
            for n in sent.characters
            if n.end <= start and not re.sub(r"\([^()]*\)", "", text[n.end : start]).strip()
        ]
        if right_before:
            return right_before
    if _RELATIVE_BEFORE.search(text, max(c0, start - 30), start):
        return []  # "her father was killed by ...": an unnamed relative, not the one named
    plural = bool(_PLURAL.search(text[max(c0, start - 12) : start + len(phrase)]))
    in_clause = [n for n in sent.subjects if c0 <= n.start and n.end <= start]
    who = [n for n in sent.names if n.start in sent.who and n.end <= start]
    if who and re.match(r"(?:\s*\([^)]*\))?,\s+(?:who|whose)\b[^,]*$", text[who[-1].end : start]):
        # "A, whose character C disappeared": C, the role, not its actor
        role = [n for n in sent.names if who[-1].end < n.start and n.end <= start]
        if role and re.match(r",\s+whose\s+(?:character|role)\b", text[who[-1].end :]):
            return role[-1:]
        # "A, who goes home after her brother Sōta disappears": Sōta, named right before it
        right_before = [n for n in role if n in sent.characters and not text[n.end : start].strip()]
        if right_before:
            return right_before[-1:]
        return [who[-1]]
    if plural:
        return in_clause
    listed = _listed_subjects(text, in_clause, start, phrase)
    if listed:
        return listed
    # (and "his body is never recovered": his)
    pron = [
        p
        for p in re.finditer(r"\b(?:he|she|He|She|(?:[Hh]is|[Hh]er)(?=\s+(?:body|corpse|remains)\b))\b", text[c0:start])
    ]
    last_pron = c0 + pron[-1].start() if pron else -1
    if phrase.startswith(("sacrificing", "giving")) and in_clause:
        return [in_clause[0]]
    if in_clause and in_clause[-1].start > last_pron:
        return [in_clause[-1]]
    if last_pron >= 0:
        ante = _pronoun_antecedent(doc, ctx, sent, last_pron)
        return [ante] if ante else []
    if not in_clause:
        if _THING_BEFORE.search(text, max(c0, start - 40), start):
            # "... and the conversation died within a week": a thing's, no one's
            return _described_subject(doc, ctx, text[c0:start])
        before = [n for n in sent.subjects if n.end <= start]
        if before:
            return before[-1:]
        return _described_subject(doc, ctx, text[c0:start])
    return []


# "whereabouts remain unknown" says missing, not an open fate
_WHEREABOUTS = re.compile(r"whereabouts\s+(?:remain|are|is|were)\s+(?:still\s+)?unknown")
_RELATIVE_BEFORE = re.compile(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:father|mother|brother|sister|son|daughter|wife|husband|"
    r"partner|uncle|aunt|grandfather|grandmother|friend|boss|mentor|dog|cat)\s+$"
)
_NOT_LUCKY = re.compile(r"\bnot\s+(?:so|as|that)\s+(?:lucky|fortunate)\b")
_ACTOR_WORDS = frozenset({"by", "actor", "actress", "star", "newcomer"})
_THING_BEFORE = re.compile(r"\b(?:and|but|then)\s+(?:the|its|their|a|an)\s+[a-z][\w-]*\s+$")


def _described_subject(doc: Doc, ctx: Context, head: str) -> list[Name]:
    """ "The journalist who started it all vanishes": a clause whose subject is a description
    refers to the one character the previous sentence of the paragraph names."""
    # "His body is never recovered" is his; "her father was killed" is not hers
    if not re.match(
        r"\s*(?:(?:The|the)\s+[a-z][\w-]*|(?:Her|His|Their|her|his|their)\s+(?:lifeless\s+)?"
        r"(?:body|corpse|remains))\b",
        head,
    ):
        return []
    if ctx.prev is None:  # "The smuggler was shot" under the heading that names him
        return [Name(-1, -1, ctx.section_character)] if ctx.section_character else []
    prev = _Sentence(doc, ctx.prev.text)
    people = {doc.resolve(n.text) for n in prev.characters}
    return prev.characters[-1:] if len(people) == 1 else []


def _own_certainty(clause: str, m: re.Match[str], start: int, cert: str) -> str:
    """A hedge covers only its own fate: in "A is presumed dead, B succumbs to her wounds"
    the hedge before A's fate does not reach B's, which starts after it."""
    if cert == "confirmed":
        return cert
    for pattern in (_DIES, _SURVIVES, _INFECTED, _MISSING):
        for other in pattern.finditer(clause, start, m.start()):
            if other.end() <= m.start() and re.search(r"[,;]", clause[other.end() : m.start()]):
                start = max(start, other.end())
    return "speculative" if _HEDGE.search(clause, start, m.end()) else "confirmed"


# a headline that lists the dead: "Every Character Who Died in X Season 2, Ranked"
_DEATH_LIST = re.compile(r"\b(?:who\s+died|deaths|killed\s+off|(?:every|each)\s+death)\b", re.I)


def find_fates(doc: Doc, ctx: Context) -> list[Fact]:
    text = ctx.sent.text
    if ctx.sent.heading:  # a heading per character: in a list of the dead, each one died
        title = doc.article.title or ""
        if ctx.section_character and _DEATH_LIST.search(title):
            season = _season(doc, ctx, title, ctx.show)
            fact = doc.fact("fate", ctx, ctx.show, season=season, character=ctx.section_character, fate="dies")
            return [fact] if fact else []
        return []
    if not FATE_CUE.search(text) or OPEN_FATE_RE.search(_WHEREABOUTS.sub("", text)):
        return []
    if text.rstrip().endswith("?"):
        return []  # "Have your say: who did you want to survive?": a question states no fate
    sent = _Sentence(doc, text)
    show = ctx.show
    objects = _OBJECT_CUE.search(text) is not None  # most sentences have no such verb
    relative = re.search(r",\s+(?:in which|where)\b", text)
    if relative:
        before = [m for m in doc.shows.mentions(text[: relative.start()])]
        if before:
            show = before[-1].title
    found: list[tuple[Name, str, str, int]] = []
    for c0, c1 in clauses(text):
        clause = text[c0:c1]
        scope = [m.end() for m in _SCOPE.finditer(clause)]
        cert = "speculative" if _HEDGE.search(clause, scope[-1] if scope else 0) else "confirmed"
        season = _season(doc, ctx, clause, show)
        # survivor lists: "the survivors (A, B and C)", "(A, B and C) also survived"
        for pm in re.finditer(r"\(([^()]+)\)", clause):
            items = [n for n in find_names(pm.group(1)) if n.text not in doc.actors]
            if len(items) < 2:
                continue
            if re.search(r"\bsurvivors?\b[^()]{0,60}$", clause[: pm.start()]) or _SURVIVES.search(
                clause[pm.end() : pm.end() + 40]
            ):
                found += [(n, "survives", cert, season) for n in items]
        m = _NEITHER.search(clause)
        if m:
            for part in ("a", "b"):
                found += [(n, "dies", cert, season) for n in find_names(m.group(part))[:1]]
            continue
        for pattern, fate in (
            (_DIES, "dies"),
            (_SURVIVES, "survives"),
            (_INFECTED, "infected"),
            (_MISSING, "missing"),
        ):
            for m in pattern.finditer(clause):
                phrase = m.group()
                # the words just before the trigger, within its own part of the clause: the
                # "not" of "are not so lucky: Rui is killed" does not negate the killing
                window = re.split(r"[:;,—–]", clause[max(0, m.start() - 30) : m.start()])[-1]
                # "was not so lucky and drowned": no negation of the death
                window = _NOT_LUCKY.sub("", window)
                if _INDEFINITE.search(window):
                    continue  # "everyone else has vanished": no named character
                part = re.split(r"[:;,—–]", clause[: m.start()])[-1]
                if _CONDITION.match(part):
                    continue  # "If Kang Tae-oh dies, ...": supposed, not stated
                if fate == "dies" and _UNDONE.search(clause[m.end() : m.end() + 40]):
                    continue
                if re.match(r"(?:is|was)\s+gone", phrase) and not re.search(
                    r"[A-Z][\w'’-]*\s+$", clause[: m.start()]
                ):
                    continue  # "now that her father is gone": gone only right after a name
                if phrase.startswith(("did not", "didn't", "does not")):
                    pass
                elif _NEGATION.search(window) or re.search(
                    r"\b(?:if|unless|could|might|may|would|will|can|cannot)\s+(?:\w+\s+){0,2}$",
                    window,
                    re.I,
                ):
                    continue
                elif re.search(r"\b(?:who|that|which)\s+$", window) and not re.search(
                    r"(?:\b(?:is|was)\s+(?:the|a|an|one)\b[^,.]*|[A-Za-z-]+(?:\s*\([^)]*\))?,)\s*(?:who|that)\s+$",
                    clause[: m.start()],
                ):
                    continue  # "the other people who are still alive": not a named character
                if re.search(r"\(", clause[: m.start()]) and not re.search(
                    r"\)", clause[: m.start()]
                ):
                    continue
                own = _own_certainty(clause, m, scope[-1] if scope else 0, cert)
                for victim in _victims(doc, ctx, sent, c0, m):
                    found.append((victim, fate, own, season))
                # "Mara survives, along with Tom and Cy", "Felix survives, as does Mara"
                also = _ALONG_WITH.match(text, c0 + m.end())
                if also:
                    found += [
                        (n, fate, own, season)
                        for n in sent.characters
                        if also.end() <= n.start and _LISTED.fullmatch(text, also.end(), n.start)
                    ]
        # "Felix's death in the finale", "the death of Felix": a death named as a noun
        for n in sent.names:
            if not (c0 <= n.start and n.end <= c1) or doc.resolve(n.text) in doc.actors:
                continue
            if _MISSING_AFTER.match(text, n.end):
                found.append((n, "missing", cert, season))
                continue
            if _POSSESSIVE.match(text, n.end) and not _DEATH_AFTER.match(text, n.end):
                continue  # "the death of Mara's mentor": not Mara's
            if (
                _DEATH_OF.search(text, max(0, n.start - 40), n.start)
                or _DEATH_AFTER.match(text, n.end)
                or _BODY_OF.search(text, max(0, n.start - 40), n.start) and _BODY_FOUND.match(text, n.end)
            ):
                if not _NOT_A_DEATH.search(clause) and not _NEGATION.search(clause):
                    found.append((n, "dies", cert, season))
        # "A bites B": B is infected
        for m in re.finditer(r"\b(?:bites|bit|infects|scratches)\s+", clause):
            target = next((n for n in sent.names if n.start == c0 + m.end()), None)
            if target:
                found.append((target, "infected", cert, season))
        # "Bruised but alive, Mara makes it to the boat": the state before its subject
        if c0 == 0 and (front := _FRONTED_ALIVE.match(text)):
            found += [(n, "survives", cert, season) for n in sent.names if n.start == front.end()]
        # the character as the object: "The blast left Felix missing", "pulled Ada out alive",
        # "the Captain kills Felix", "stabbed Felix to death", "Season 2 killed off Felix"
        for n in sent.names if objects else ():
            if not (c0 <= n.start and n.end <= c1) or _NEGATION.search(text, c0, n.start):
                continue
            if _POSSESSIVE.match(text, n.end) or doc.resolve(n.text) in doc.actors:
                continue  # "killed Felix's brother"
            verb = _OBJECT_VERB.search(text, max(0, n.start - 12), n.start)
            state = verb and _OBJECT_STATE.match(text, n.end)
            if state and (verb.group("pull") is None) == (state.group("alive") is None):
                fate = "survives" if state.group("alive") else state.group().split()[-1]
                found.append((n, "dies" if fate == "dead" else fate, cert, season))
            kill = _KILLS.search(text, max(0, n.start - 60), n.start)
            if kill and (
                kill.group("to_death") is None or re.match(r"\s+to\s+death\b", text[n.end :])
            ) and not _ATTEMPT.search(text, max(0, kill.start() - 30), kill.start()):
                found.append((n, "dies", cert, season))
            # "The season ended with smuggling boss Roman Wilk shot dead on a pier"
            if _WITH_BEFORE.search(text, max(0, n.start - 40), n.start) and _DEAD_AFTER.match(
                text, n.end
            ):
                found.append((n, "dies", cert, season))
        # "The finale leaves him missing": him, under a heading that names him
        for m in _PRONOUN_LEFT.finditer(text, c0, c1) if objects and ctx.section_character else ():
            state = m.group("state")
            fate = {"dead": "dies", "alive": "survives"}.get(state, state)
            found.append((Name(-1, -1, ctx.section_character), fate, cert, season))
    out = []
    for name, fate, cert, season in found:
        fact = doc.fact(
            "fate", ctx, show, season=season, character=name.text, fate=fate, certainty=cert
        )
        if fact:
            out.append(fact)
    return out
