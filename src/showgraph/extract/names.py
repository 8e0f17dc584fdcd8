"""Find person and character names in a sentence and resolve short forms within an article.

A name is a run of capitalised tokens ("Nam On-jo", "Millie Bobby Brown", "O Yeong-su"),
optionally after honorifics and ranks. Ranks are dropped when at least two name tokens follow
("Dr. Martin Brenner" -> "Martin Brenner") and kept otherwise ("Dr. Kay", "Uncle Fester");
job words are always dropped ("Commissioner Rita Vance" -> "Rita Vance", "Detective Hale" -> "Hale").
"the" before a single capitalised word makes a role name ("the Recruiter").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

# capitals include accented ones ("Álvaro", "Íñigo"); the ranges leave out "×" and "÷".
# Latin Extended-A ("Ōno Ryōta", "Łukasz Żak") alternates capitals and small letters, so the
# whole block counts as both.
# Latin Extended Additional ("Ṣeun", "Adébáyọ̀") alternates the same way; a combining mark
# (the tone marks of Yoruba or Vietnamese) belongs to the letter before it.
_UP = "A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ"
_LOW = "a-zß-öø-ÿĀ-ſḀ-ỿ\u0300-\u036f"
_TOKEN = (
    f"(?:[{_UP}][{_LOW}]*(?:['’](?!s\\b)[A-Za-z{_LOW}]+)?(?:[{_UP}][{_LOW}]+)*"
    f"(?:-[A-Za-z{_UP}{_LOW}]+)*|O)"
)
# ranks and legal jobs of other countries' police and courts ("Kommissarin Lena Berg",
# "Senior Constable Jack Reid"): dropped like "Detective"
_POLICE_AND_LAW = """Senior Barrister Solicitor Ranger Kommissar Kommissarin Hauptkommissar
    Hauptkommissarin Kriminalkommissar Kriminalkommissarin Inspektor Inspektorin Commissaire
    Capitaine Commandant Inspecteur Inspectrice Comisario Comisaria Inspectora Delegado Delegada
    Subinspector Commissario Commissaria Ispettore Ispettrice Vicequestore Maresciallo
    Brigadiere Avvocato Procureur Procureure Juge""".split()
TITLES = frozenset(
    """Dr. Dr Doctor Mr. Mrs. Ms. Miss Mr Mrs Ms Lt. Lieutenant Sgt. Sergeant Master Captain Capt.
    General Colonel Col. Officer Agent Detective Inspector Principal Professor Prof. Lord Lady Sir
    Dame King Queen Consort Crown Prince Princess Uncle Aunt Sheriff Judge Chairman President
    Lawyer Cheerleader Coach Nurse Chief Commander Deputy Corporal Private Emperor Empress Duke
    Duchess Count Countess Dowager Earl Baron Baroness Viscount Saint Grandpa Grandma Granny Zia Zio Tía Tío Tante Nonna Nonno Madam Father Mother Brother Sister Director
    Producer Mayor Senator Governor Minister Home Prime Foreign Vice Pastor Reverend Rev. Elder Teacher""".split()
) | frozenset(
    """Commissioner Advocate Attorney Screenwriter Showrunner Author Novelist Writer Creator
    Co-creator Co-Creator Co-showrunner Co-Showrunner Directors Writers Producers Creators
    Showrunners Co-creators
    Filmmaker Composer Superintendent Constable Inspector Detective DI DS DCI DC DSI PC WPC Supt
    Det. Insp. Cpl. Pvt. Maj. Adm. Gen. Sgt Intern Resident Surgeon Paramedic Cadet Trainee
    Patriarch Matriarch Fisherman Farmer Reporter Journalist""".split()
) | frozenset(_POLICE_AND_LAW)
# Job words and ranks that describe a person rather than name them: always dropped, even
# before a single name token ("Detective Hale" -> "Hale", "Screenwriter Paul Grint").
JOBS = frozenset(
    """Commissioner Advocate Attorney Screenwriter Showrunner Author Novelist Writer Creator
    Co-creator Co-Creator Co-showrunner Co-Showrunner Directors Writers Producers Creators
    Showrunners Co-creators
    Filmmaker Composer Superintendent Constable Inspector Detective Director Producer Lawyer
    Officer Agent DI DS DCI DC DSI PC WPC Supt Det. Insp.""".split()
) | frozenset(_POLICE_AND_LAW)
# Capitalised words that start sentences or name things other than people.
STOP = frozenset(
    """The A An In On At After Before Then Meanwhile Season Seasons Part Parts Volume Episode
    Set Based Adapted Inspired Filmed Created Written Directed Produced Born Located Warning
    Episodes Netflix Netflix's IMDb Rotten Tomatoes Twitter TikTok Instagram YouTube Disney Hulu
    Korean Japanese English American British North South East West Christmas New Year Year Eve
    January February March April June July August September October November December
    Sept Wednesday's He She They It His Her Their Its We You I This That These Those What How When Where Who
    Why Is Are Was Were Would Did Does Do Can Could Should If But And Or So Both Neither Nor
    Not No Yes Update According Without While With Most Many Some Few Fans Critics Viewers
    Photos Only Other Returning Back Behind Also Still Unless Less One Two Three Four Five Six Seven
    Eight Nine Ten First Second Third Final Last Out Like Just All Every Each Here There Our My Your
    Release Date Cast Plot Everything Know Trailer Renewal Status Ending Explained Review Far Even
    Because Since Until Although Though Whether Once Now Soon Later Long Nearly Almost Over Not
    Against Along Among Around Despite During From For Into Through Under Upon Within As By Of To
    Several Other Another Any Much More Less Such Very Red Green Sadly Luckily Well Instead Yet
    Netflix Prime Video HBO Apple Amazon Peacock Paramount Showtime Starz Hollywood Tudum Geeked
    Week Week's Webtoon Naver Kakao Manga Movie Film Series Show Special Finale Premiere Volume
    OK Okay Sorry Thanks Thank Hopefully Hmm Unless Then Even Although Whatever
    Newcomer Newcomers Veteran Star Stars Actor Actress Actors Singer Rapper Comedian Showrunner
    Spoilers Spoiler Nobody Everyone Someone Anyone Somebody Everybody Joining Filming
    Production Cameras Shooting Reprising Stepping Playing Taking Starring Portraying
    Poor Tragically Unfortunately Fortunately Thankfully Ultimately Eventually Finally
    Tell Let Watch Read Sign Share Subscribe Prediction Predictions Verdict
    Released Known Billed Marketed Titled Retitled Renamed Dubbed Sold Distributed Whereas
    Streaming Comedies Dramas Thrillers Viewers Audiences""".split()
)
_KIND_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,3}(?:drama|thriller|series|comedy|sitcom|show|saga|soap|horror|"
    r"mystery|anime|miniseries|procedural|romance|western|film|movie|original|hit|"
    # "the Uruguayan actor Diego Ferrando": a nationality, then the person
    r"actor|actress|star|singer|comedian|director|writer|filmmaker|producer|showrunner)\b"
)
_PEOPLE_AFTER = re.compile(
    r"\s+(?:audiences?|viewers|fans|critics|television|TV|press|media|broadcasters?|public|"
    r"streamers?)\b"
)
_MODAL = frozenset({"Will", "May", "Mark", "Max", "Can", "Must"})
# Months that are also given names: "June Adebayo" is a person, "in June Netflix..." is not.
_MONTH_NAMES = frozenset({"April", "May", "June", "August"})
_DATE_WORD_BEFORE = re.compile(
    r"(?i)\b(?:in|on|since|by|until|till|from|of|last|next|early|late|mid|this|that|every|"
    r"before|after|through|between|and|or|to|during|around)\s*$|[-–—/]\s*$|"
    # "By 3 June Kim Tae-ri had left": a day number before the month
    r"\b\d{1,2}(?:st|nd|rd|th)?\s*$"
)


def _given_month(tokens: list[str], before: str) -> bool:
    """A month word that starts a person's name here ("as June Adebayo", not "in June")."""
    return (
        len(tokens) >= 2
        and tokens[0] in _MONTH_NAMES
        and tokens[1] not in STOP
        and not _DATE_WORD_BEFORE.search(before)
    )


_NICKNAME = rf"(?:[\"“][{_UP}][\w'’-]*[\"”]|«\s?[{_UP}][\w'’-]*\s?»)"  # "Dani", « Lou »
_TITLE_RE = "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
# Initials before another name token: "J. Elder Wills", "Samuel L. Jackson", "J.J. Abrams",
# "R. S. Kemp"; not "U.S." or "U.K.", which are places, nor "Plan B. Then ...", a sentence's end.
_STOP_AHEAD = "|".join(sorted(STOP, key=len, reverse=True))
_INITIALS = (
    # ("Ma. Victoria Bautista": the Filipino short form of Maria)
    rf"(?!U\.[SK]\.)(?:[{_UP}]|Ma)\.(?:\s?-?[{_UP}]\.)*(?=\s*(?!(?:{_STOP_AHEAD})\b)[{_UP}][{_LOW}])"
)
NAME_RE = re.compile(
    r"(?<![\w'’.-])(?:(?P<the>the)\s+)?(?P<span>(?:(?:"
    + _TITLE_RE
    + r")\s+)*(?:"
    + _INITIALS
    + r"\s*)*"
    + _TOKEN
    # "Ana de la Cruz", "Ludwig van Beethoven": lower-case particles inside a name; "Rosalind
    # St. Clair"; a nickname in quotes, "Daniel "Dani" Ortega" (not part of the recorded name)
    + r"(?:(?:\s+" + _NICKNAME + r")?"
    + r"\s+(?:(?:de|del|della|di|da|dos|das|du|la|le|los|las|delos|dela|van|von|der|den|ter|bin|al|"
    r"el|ap|ab|ferch|St\.)\s+)*(?:"
    + _INITIALS
    + r"\s+)*(?:d['’])?"  # "Élise d'Arcy"
    + _TOKEN
    + r")*)(?![\w-])"
)


@dataclass(frozen=True)
class Name:
    start: int  # offsets into the text searched
    end: int
    text: str  # the name as it should be recorded (ranks dropped where the rule says)


_PLACE_ADJECTIVE = re.compile(
    r"-(?:born|based|bred|raised|set|language|speaking|nominated|winning|award-winning)$"
)


def _clean(span: str, given_month: bool = False) -> tuple[str, int]:
    """The recorded form of a matched span and how many real name tokens it has."""
    tokens = re.sub(_NICKNAME, " ", span).split()  # 'Daniel "Dani" Ortega' is Daniel Ortega
    # "Lagos-born writer", "Oslo-based": a place made an adjective is not part of a name
    while tokens and _PLACE_ADJECTIVE.search(tokens[0]):
        tokens = tokens[1:]
    i = 0
    while i < len(tokens) and tokens[i] in TITLES:
        i += 1
    rest = tokens[i:]
    kept = [t for t in tokens[:i] if t not in JOBS]
    while rest and rest[-1] in STOP:
        rest = rest[:-1]
    while rest and rest[0] in STOP and not (given_month and _given_month(rest, "")):
        rest = rest[1:]
    if not rest:
        return "", 0
    if len(rest) >= 2:
        return " ".join(rest), len(rest)
    return " ".join(kept + rest), 1


@lru_cache(maxsize=4096)
def _find_names_cached(text: str, exclude: tuple[str, ...]) -> tuple[Name, ...]:
    return tuple(_find_names(text, exclude))


def find_names(text: str, exclude: tuple[str, ...] = ()) -> list[Name]:
    """Person/character names in `text`, skipping spans equal to an excluded title (shows).

    >>> [n.text for n in find_names("Dr. Martin Brenner (Matthew Modine) meets Dr. Kay and the Recruiter.")]
    ['Martin Brenner', 'Matthew Modine', 'Dr. Kay', 'the Recruiter']
    """
    return list(_find_names_cached(text, exclude))


def _find_names(text: str, exclude: tuple[str, ...] = ()) -> list[Name]:
    """Person/character names in `text`, skipping spans equal to an excluded title (shows).

    >>> [n.text for n in find_names("Dr. Martin Brenner (Matthew Modine) meets Dr. Kay and the Recruiter.")]
    ['Martin Brenner', 'Matthew Modine', 'Dr. Kay', 'the Recruiter']
    """
    out: list[Name] = []
    lowered = {e.casefold() for e in exclude}
    for m in NAME_RE.finditer(text):
        span = m.group("span")
        tokens = span.split()
        # Leading stop words ("Then Cheong-san", "After Season") are not part of the name.
        offset = m.start("span")
        given_month = _given_month(
            [t for t in tokens if t not in TITLES], text[max(0, offset - 12) : offset]
        )
        while tokens and (tokens[0] in STOP or tokens[0] == "O" and len(tokens) == 1):
            if given_month and _given_month(tokens, ""):
                break
            offset += len(tokens[0])
            offset += len(span[len(tokens[0]) :]) - len(span[len(tokens[0]) :].lstrip())
            span = span[len(tokens[0]) :].lstrip()
            tokens = tokens[1:]
        if not tokens:
            continue
        if len(tokens) == 1 and tokens[0] in _MODAL and text[:offset].strip() == "":
            continue  # "Will the show return?", "May 3 is ..."
        name, count = _clean(span, given_month)
        if m.group("the") and len(tokens) == 1 and re.search(r"-[a-z]", tokens[0]):
            continue  # "the Korean-language series", "the Seoul-set thriller": an adjective
        if len(tokens) == 1 and _PEOPLE_AFTER.match(text, offset + len(span)):
            continue  # "whom German audiences will know as": a nationality, not a name
        if m.group("the") and len(tokens) == 1 and _KIND_AFTER.match(text, offset + len(span)):
            continue  # "the Nigerian legal thriller", "the Stan crime drama": an adjective
        if not name and m.group("the") and len(tokens) == 1 and offset == m.start("span"):
            out.append(Name(m.start(), offset + len(span), f"the {tokens[0]}"))  # "the King"
            continue
        if not name or count == 0:
            continue
        if name.casefold() in lowered or span.casefold() in lowered:
            continue
        if any(span.casefold() in e or name.casefold() in e for e in lowered if len(e) > len(span)):
            # part of a longer show title ("Squid" of "Squid Game: The Challenge")
            before = text[max(0, offset - 40) : offset + len(span) + 40].casefold()
            if any(e in before for e in lowered):
                continue
        start = offset
        if m.group("the") and count == 1 and len(tokens) == 1 and offset == m.start("span"):
            name, start = f"the {name}", m.start()
        elif m.group("the") and len(tokens) > 1:
            continue  # "the Upside Down", "the New Truth": places and groups
        if start == offset and name != span and span.endswith(name):
            start = offset + len(span) - len(name)  # "Director Lee Eung-bok" starts at "Lee"
        out.append(Name(start, offset + len(span), name))
    return out


def nicknames(text: str, exclude: tuple[str, ...] = ()) -> dict[str, str]:
    """Nicknames written inside a name, mapped to it: {"Dani": "Daniel Ortega"} for
    'Daniel "Dani" Ortega'."""
    out = {}
    for name in find_names(text, exclude):
        for nick in re.findall(_NICKNAME, text[name.start : name.end]):
            out[nick.strip("\"“”«» ")] = name.text
    return out


def _key(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).casefold()


def _bare(name: str) -> list[str]:
    return [
        t
        for t in _key(name).split()
        if t.capitalize() not in TITLES and t not in ("dr.", "lt.", "the")
    ]


class NameIndex:
    """Within-article resolution of name forms to the fullest form the article uses.

    Case variants are one name (the majority spelling wins, ties go to the first seen); a short
    form (one token, "On-jo", "Applegate", "Dr. Brenner") resolves to the only longer name that
    contains it, and stays as it is when several do (two characters sharing a given name). With
    no longer name, a bare token resolves to the only titled form of it ("Ysolde" to "Queen
    Ysolde"). A nickname written inside a name ('Daniel "Dani" Ortega') resolves to it.
    """

    def __init__(self, forms: list[str], nicknames: dict[str, str] | None = None):
        self._nicknames = {_key(k): _key(v) for k, v in (nicknames or {}).items()}
        self._spelling: dict[str, str] = {}
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        order: dict[str, int] = {}
        for i, form in enumerate(forms):
            counts[_key(form)][form] += 1
            order.setdefault(form, i)
        for key, counter in counts.items():
            best = max(counter, key=lambda f: (counter[f], -order[f]))
            self._spelling[key] = best
        self._resolved: dict[str, str] = {}
        self._full = [k for k in self._spelling if len(_bare(k)) >= 2]
        self._by_token: dict[str, list[str]] = defaultdict(list)
        for key in self._full:
            for token in set(_bare(key)):
                self._by_token[token].append(key)
        self._titled: dict[str, list[str]] = defaultdict(list)
        for key in self._spelling:
            bare = _bare(key)
            if len(bare) == 1 and len(key.split()) > 1 and not key.startswith("the "):
                self._titled[bare[0]].append(key)

    def resolve(self, form: str) -> str:
        # finders resolve the same few names over and over: remember the answers
        done = self._resolved.get(form)
        if done is None:
            done = self._resolved[form] = self._resolve(form)
        return done

    def _resolve(self, form: str) -> str:
        key = _key(form)
        bare = _bare(key)
        if key in self._nicknames:
            key = self._nicknames[key]
        elif len(bare) == 1:
            candidates = self._by_token.get(bare[0], [])
            if not candidates and key == bare[0]:
                candidates = self._titled.get(key, [])
            if len(candidates) == 1:
                key = candidates[0]
        return self._spelling.get(key, form)

    def forms(self) -> dict[str, str]:
        """Every spelling seen mapped to what it resolves to."""
        return {s: self.resolve(s) for s in self._spelling.values()}
