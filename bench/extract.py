"""Benchmark extraction and the whole build on a synthetic corpus whose facts are known.

    .venv/bin/python bench/extract.py                      # 1,000 articles
    .venv/bin/python bench/extract.py --articles 10000 --jobs 2
    .venv/bin/python bench/extract.py --articles 300 --profile   # + cProfile hot spots
    .venv/bin/python bench/extract.py --generate-only --out out/synth   # corpus + gold only

The generator writes N invented "Show Season N: Release Date, Cast, Plot And Everything We
Know" articles as one JSON Lines corpus (`corpus.jsonl`, the format `showgraph build` reads)
plus one gold file per article (`gold/*.gold.json`, data/gold/GOLD_FORMAT.md). Every article is
built from templates, several phrasings per relation, and its gold lists exactly the facts the
chosen templates state (including short name forms as aliases and hedged facts as
speculative); boilerplate "See also" lines name other invented shows and state nothing.

Then it measures:
  extract   `extract_corpus(articles, jobs=N)` in this process (articles/s, no I/O);
  build     `showgraph build corpus.jsonl -o graph.trig --jobs N` in a subprocess: read,
            extract, dataset, reason, write (articles/s, peak RSS of the child, quads written);
  stages    the build's parts timed in this process on the extractions above
            (to_dataset, reason, save_dataset);
  quality   micro P/R/F1 and certainty accuracy of the extracted facts against the gold
            (`showgraph.evaluate.score`), overall and per relation.
`--profile` adds cProfile listings of extraction and of the build/write path.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from common import peak_rss_mb, table, timed

ROOT = Path(__file__).resolve().parent.parent
DEV_ARTICLES = ROOT / "data" / "articles"

# -- invented names ---------------------------------------------------------------------------

KOREAN_FAMILY = (
    "Kim Lee Park Choi Jung Kang Yoon Jang Lim Han Seo Shin Kwon Hwang Ahn Song Ryu Hong Jeon "
    "Ko Moon Yang Son Bae Baek Heo Noh Ha Kwak Sung Cha Joo Woo Min Jin Na Eom Byun Gong Pyo "
    "Tak Yeo Do Ma Gil Chae Ok Bang Seol"
).split()
KOREAN_SYLLABLES = (
    "min jun seo yeon ji woo ha eun do hyun soo jin ye rin tae gyu bin ra hee sung kyung joon "
    "young chan hwa il mi so da on yul geon si hye won bo ah ri na"
).split()
ENGLISH_GIVEN = (
    "Harper Rowan Elliot Mara Silas Juniper Tobias Wren Calla Ezra Imogen Casper Odette Lennox "
    "Thea Jasper Marigold Ansel Delphine Fletcher Greer Hollis Ivo Linnea Magnus Niamh Orson "
    "Petra Quinlan Rosalind Sabine Tamsin Ulric Vesper Wilder Xanthe Yara Zephyr Bram Celeste"
).split()
ENGLISH_FAMILY = (
    "Vance Okafor Lindqvist Marlowe Achterberg Quill Dunmore Halloway Pettigrew Ravensworth "
    "Ashcombe Blackwood Calloway Deverell Everhart Fairbanks Greythorne Holloway Ingleby "
    "Jessop Kilbride Larkspur Merriweather Northcott Oakhurst Penhallow Quartermaine Radcliffe "
    "Stirling Thistlewood Underhill Varga Whitlock Yarrow Zeller Brackenridge Corrigan"
).split()
TITLE_ADJ = (
    "Silent Crimson Hollow Glass Iron Paper Velvet Neon Broken Last Winter Golden Savage Quiet "
    "Burning Sunken Midnight Scarlet Frozen Wandering Hidden Pale Wild Copper Salt"
).split()
TITLE_NOUN = (
    "Orchard Harbor Lantern Kingdom Garden District Signal Tide Covenant Academy Frontier "
    "Mirror Echo Station Citadel Meridian Parade Hotel Lighthouse Archive Circus Monastery "
    "Orbit Valley Verdict Ferry Carnival"
).split()
TITLE_PLACE = "Seoul Busan Jeju Marrowgate Eastvale Port Ellery Hanseong Wolfsbane Bay".split()
WORK_KIND = ("webtoon", "novel", "manga", "web novel", "comic book series")
PLATFORMS = ("Netflix", "Disney+", "Prime Video", "Apple TV+", "Hulu", "Viki", "tvN")
GENRES = ("zombie thriller", "fantasy drama", "crime series", "survival drama", "horror series")

MONTHS = (
    "January February March April May June July August September October November December"
).split()
MONTH_ABBR = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
              "Nov.", "Dec.")
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")
NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve").split()


class Names:
    """Invented, unique names; none of them occurs in the bundled dev articles."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()
        self.forbidden = _dev_text()

    def _fresh(self, make) -> str:
        for _ in range(1000):
            name = make()
            key = name.removeprefix("The ")  # "The X" and "X" would be one show to a reader
            if key not in self.used and name not in self.forbidden:
                self.used.add(key)
                return name
        raise RuntimeError("ran out of invented names; widen the word lists")

    def person(self) -> tuple[str, str]:
        """A full name and the short form an article may also use for it.

        People may recur across shows (as actors do); `make_show` keeps them apart within one.
        """
        rng = self.rng
        while True:
            if rng.random() < 0.6:
                given = "-".join(rng.sample(KOREAN_SYLLABLES, 2)).capitalize()
                full, short = f"{rng.choice(KOREAN_FAMILY)} {given}", given
            else:
                given = rng.choice(ENGLISH_GIVEN)
                full, short = f"{given} {rng.choice(ENGLISH_FAMILY)}", given
            if full not in self.forbidden:
                return full, short

    def show(self) -> str:
        rng = self.rng

        def make() -> str:
            form = rng.random()
            core = f"{rng.choice(TITLE_ADJ)} {rng.choice(TITLE_NOUN)}"
            if form < 0.35:
                return f"The {core}"
            if form < 0.55:
                return f"{core} of {rng.choice(TITLE_PLACE)}"
            return core

        return self._fresh(make)

    def work(self) -> str:
        rng = self.rng
        return self._fresh(lambda: f"{rng.choice(TITLE_NOUN)} of the {rng.choice(TITLE_ADJ)} "
                                   f"{rng.choice(TITLE_NOUN)}")


def _dev_text() -> str:
    if not DEV_ARTICLES.is_dir():
        return ""
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(DEV_ARTICLES.glob("*.txt")))


# -- dates ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Date:
    year: int
    month: int | None = None
    day: int | None = None
    vague: str = ""  # "late", "early", "spring" for year-precision dates

    @property
    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


def random_date(rng: random.Random, year: int, precision: str) -> Date:
    if precision == "day":
        return Date(year, rng.randint(1, 12), rng.randint(1, 28))
    if precision == "month":
        return Date(year, rng.randint(1, 12))
    return Date(year, vague=rng.choice(("", "late", "early", "spring", "summer")))


def say_date(rng: random.Random, d: Date) -> str:
    """The date with its preposition: "on January 28, 2022", "in September 2022", "in late 2023"."""
    if d.day:
        month = MONTHS[d.month - 1]
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d.day, "th")
        return rng.choice(
            (
                f"on {month} {d.day}, {d.year}",
                f"on {d.day} {month} {d.year}",
                f"on {MONTH_ABBR[d.month - 1]} {d.day}, {d.year}",
                f"on the {d.day}{suffix} of {month} {d.year}",
            )
        )
    if d.month:
        return f"in {MONTHS[d.month - 1]} {d.year}"
    if d.vague in ("spring", "summer"):
        return f"in the {d.vague} of {d.year}"
    if d.vague:
        return f"in {d.vague} {d.year}"
    return f"in {d.year}"


def say_count(rng: random.Random, n: int) -> str:
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) and rng.random() < 0.5 else str(n)


# -- the invented world -----------------------------------------------------------------------


@dataclass
class Role:
    actor: str
    actor_short: str
    character: str
    character_short: str


@dataclass
class Show:
    title: str
    platform: str
    genre: str
    first_year: int
    seasons: list[tuple[Date, int]]  # released seasons: (release date, episodes)
    cast: list[Role]
    director: str | None
    creator: str | None
    source: tuple[str, str, str] | None  # (kind, work title, its creator)
    rating: tuple[str, float, float] | None  # (source, value, best)


def make_show(rng: random.Random, names: Names) -> Show:
    year = rng.randint(2016, 2022)
    released = rng.randint(1, 3)
    seasons = []
    y = year
    for _ in range(released):
        seasons.append((random_date(rng, y, "day"), rng.choice((6, 8, 9, 10, 12, 16))))
        y += rng.randint(1, 2)
    cast = []
    shorts: set[str] = set()  # short forms stay unambiguous within a show
    while len(cast) < rng.randint(4, 9) or len(cast) < 4:
        actor, actor_short = names.person()
        character, character_short = names.person()
        if {actor_short, character_short} & shorts or actor_short == character_short:
            continue
        shorts |= {actor_short, character_short}
        cast.append(Role(actor, actor_short, character, character_short))
    creator = names.person()[0] if rng.random() < 0.5 else None
    director = names.person()[0] if rng.random() < 0.7 else None
    source = None
    if rng.random() < 0.6:
        source = (rng.choice(WORK_KIND), names.work(), names.person()[0])
    rating = None
    if rng.random() < 0.7:
        if rng.random() < 0.7:
            rating = ("IMDb", round(rng.uniform(5.5, 9.2), 1), 10.0)
        else:
            rating = ("Rotten Tomatoes", float(rng.randint(60, 99)), 100.0)
    return Show(
        title=names.show(),
        platform=rng.choice(PLATFORMS),
        genre=rng.choice(GENRES),
        first_year=year,
        seasons=seasons,
        cast=cast,
        director=director,
        creator=creator,
        source=source,
        rating=rating,
    )


# -- one article ------------------------------------------------------------------------------


@dataclass
class ArticleWriter:
    """Builds one article's text and, fact by fact, its gold."""

    rng: random.Random
    show: Show
    ident: str
    paragraphs: list[str] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    aliases: dict[str, set[str]] = field(default_factory=dict)

    def fact(self, rel: str, certainty: str = "confirmed", **values: object) -> None:
        entry = {"rel": rel, "show": self.show.title, **values}
        if certainty != "confirmed":
            entry["certainty"] = certainty
        if entry not in self.facts:
            self.facts.append(entry)

    def plays(self, role: Role) -> None:
        self.fact("plays", actor=role.actor, character=role.character)

    def short(self, full: str, short: str) -> str:
        """Use the short form of a name (and record it as an alias of the full one)."""
        self.aliases.setdefault(full, set()).add(short)
        return short

    def char(self, role: Role) -> str:
        return self.short(role.character, role.character_short) if self.rng.random() < 0.5 \
            else role.character

    def gold(self) -> dict:
        return {
            "article": self.ident,
            "shows": [{"title": self.show.title, "aliases": []}],
            "people_aliases": {k: sorted(v) for k, v in sorted(self.aliases.items())},
            "facts": self.facts,
        }


def write_article(
    rng: random.Random, show: Show, ident: str, others: list[Show]
) -> tuple[dict, dict]:
    """One article about the next season of `show`: (JSON Lines record, gold dict)."""
    w = ArticleWriter(rng, show, ident)
    target = len(show.seasons) + 1
    last = target - 1
    title = rng.choice(
        (
            f"{show.title} Season {target}: Release Date, Cast, Plot And Everything We Know",
            f"{show.title} Season {target}: Release Date, Cast, Plot, And Everything We Know",
            f"{show.title} Season {target}: Release Date, Cast, Plot And Everything We Know So Far",
        )
    )
    _intro(w)
    _renewal(w, target)
    _see_also(w, others)
    _recap(w, last)
    _cast(w, target)
    if rng.random() < 0.7:
        _see_also(w, others)
    _release(w, target)
    _episodes(w, target)
    record = {
        "id": ident,
        "title": title,
        "text": "\n\n".join(w.paragraphs),
        "url": f"https://example.org/news/{ident}",
        "published": f"{show.seasons[-1][0].year + 1}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
    }
    return record, w.gold()


def _intro(w: ArticleWriter) -> None:
    rng, show = w.rng, w.show
    date, episodes = show.seasons[0]
    sents = []
    k = rng.randrange(4)
    if k == 0:
        sents.append(f"{show.title} first landed on {show.platform} {say_date(rng, date)} with "
                     f"{say_count(rng, episodes)} episodes, and it quickly became one of the "
                     f"platform's most-watched shows.")
        w.fact("episodes", season=1, count=episodes)
    elif k == 1:
        sents.append(f"The first season premiered on {show.platform} {say_date(rng, date)}.")
        sents.append(f"Season 1 had {say_count(rng, episodes)} episodes.")
        w.fact("episodes", season=1, count=episodes)
    elif k == 2:
        sents.append(f"After season 1 came out on {show.platform} {say_date(rng, date)}, "
                     f"{show.title} has become one of the most-anticipated shows of the year.")
    else:
        sents.append(f"{show.platform} released all {say_count(rng, episodes)} episodes of the "
                     f"first season {say_date(rng, date)}.")
        w.fact("episodes", season=1, count=episodes)
    w.fact("released", season=1, date=date.iso, platform=show.platform)
    for number, (d, _) in enumerate(show.seasons[1:], start=2):
        sents.append(rng.choice((f"Season {number} followed {say_date(rng, d)}.",
                                 f"The {ORDINALS[number - 1]} season arrived {say_date(rng, d)}.")))
        w.fact("released", season=number, date=d.iso)
    if show.rating:
        source, value, best = show.rating
        if source == "IMDb":
            sents.append(rng.choice((f"The show holds a {value}/10 rating on IMDb.",
                                     f"It currently sits at {value} out of 10 on IMDb.")))
        else:
            sents.append(f"Critics loved it: the show holds a {int(value)}% score on Rotten "
                         f"Tomatoes.")
        w.fact("rating", source=source, value=value, best=best)
    w.paragraphs.append(" ".join(sents))

    sents = []
    if show.source:
        kind, work, author = show.source
        sents.append(rng.choice((
            f"The series is based on the {kind} {work} by {author}.",
            f"{show.title} is adapted from the {kind} {work}, written by {author}.",
            f"It adapts {author}'s {kind} {work}.",
        )))
        w.fact("based_on", work=work, creator=author)
    if show.creator:
        sents.append(rng.choice((
            f"The show was created by {show.creator}.",
            f"Created by {show.creator}, the {show.genre} follows a group of strangers "
            f"fighting to survive.",
            f"{show.creator} created the series.",
        )))
        w.fact("creator", person=show.creator)
    if show.director:
        sents.append(rng.choice((
            f"{show.director} directed the series.",
            f"The series is directed by {show.director}.",
            f"Director {show.director} is back in charge of the new episodes.",
        )))
        w.fact("director", person=show.director)
    if sents:
        w.paragraphs.append(" ".join(sents))


def _renewal(w: ArticleWriter, target: int) -> None:
    rng, show = w.rng, w.show
    w.paragraphs.append(rng.choice((
        f"{show.title} season {target} renewal status",
        f"Has {show.title} been renewed for season {target}?",
    )))
    last_release = show.seasons[-1][0]
    if rng.random() < 0.2:
        w.paragraphs.append(f"{show.platform} has not officially said anything about the future "
                            f"of {show.title} yet, but the fans remain hopeful.")
        return
    date = random_date(rng, last_release.year + 1, rng.choice(("day", "day", "month")))
    ordinal = ORDINALS[target - 1]
    sent = rng.choice((
        f"{show.platform} renewed {show.title} for a {ordinal} season {say_date(rng, date)}.",
        f"{_cap(say_date(rng, date))}, {show.platform} officially greenlit a {ordinal} season.",
        f"{show.title} was renewed for season {target} {say_date(rng, date)}.",
    ))
    w.paragraphs.append(sent + " The announcement came with a short teaser.")
    w.fact("renewed", season=target, date=date.iso)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _see_also(w: ArticleWriter, others: list[Show]) -> None:
    other = w.rng.choice(others) if others else None
    if other is None or other is w.show:
        return
    n = len(other.seasons) + 1
    w.paragraphs.append(f"See also  {other.title} Season {n}: Release Date, Cast, Plot And "
                        f"Everything We Know")


def _recap(w: ArticleWriter, season: int) -> None:
    rng, show = w.rng, w.show
    w.paragraphs.append(rng.choice((
        f"How did season {season} end?",
        f"How did the {ORDINALS[season - 1]} season of {show.title} end?",
        f"What happened in {show.title} season {season}?",
    )))
    roles = rng.sample(show.cast, k=min(len(show.cast), rng.randint(2, 5)))
    sents = []
    survivors = []
    for role in roles:
        fate = rng.choice(("dies", "dies", "survives", "survives", "infected", "missing"))
        w.fact("fate", season=season, character=role.character, fate=fate)
        name = w.char(role)
        if fate == "survives" and rng.random() < 0.5:
            survivors.append(name)  # named in one list sentence below
            continue
        if rng.random() < 0.3:
            name = f"{role.character} ({role.actor})"
            w.plays(role)
        if fate == "dies":
            sents.append(rng.choice((
                f"{name} dies in the final battle.",
                f"{name} is killed by the soldiers in the finale.",
                f"{name} was shot dead by the guards.",
                f"{name} did not make it out of the season alive.",
            )))
        elif fate == "survives":
            sents.append(rng.choice((
                f"{name} survives the last night.",
                f"{name} made it out alive.",
            )))
        elif fate == "infected":
            sents.append(rng.choice((
                f"{name} is bitten during the escape, and nobody knows whether the bite will "
                f"turn them.",
                f"{name} was infected by the virus in the last episode.",
            )))
        else:
            sents.append(f"{name} goes missing after the explosion, and their fate is left "
                         f"unclear.")
    if len(survivors) >= 2:
        listed = ", ".join(survivors[:-1]) + f" and {survivors[-1]}"
        sents.append(rng.choice((
            f"The survivors ({listed}) are rescued by the army.",
            f"{listed} all survive the season.",
        )))
    elif survivors:
        sents.append(f"{survivors[0]} survives the last night.")
    rng.shuffle(sents)
    w.paragraphs.append(" ".join(sents))


def _cast(w: ArticleWriter, target: int) -> None:
    rng, show = w.rng, w.show
    w.paragraphs.append(rng.choice((
        f"{show.title} Season {target} cast: Who will be in it?",
        f"Who is in the cast of {show.title} season {target}?",
    )))
    roles = list(show.cast)
    rng.shuffle(roles)
    split = rng.randint(0, len(roles))
    bullets, prose = roles[:split], roles[split:]
    if bullets:
        mark = rng.choice(("•", "-", "*"))
        lines = ["On the official list of cast members are:"]
        for r in bullets:
            lines.append(f"  {mark} " + rng.choice((
                f"{r.actor} as {r.character}",
                f"{r.actor} plays {r.character}",
                f"{r.actor} stars as {r.character}",
                f"{r.actor} seen in the role of {r.character}",
                f"{r.character} ({r.actor})",
            )))
            w.plays(r)
        w.paragraphs.append("\n".join(lines))
    sents = []
    for r in prose:
        sents.append(rng.choice((
            f"{r.actor} returns as {r.character}.",
            f"{r.character}, played by {r.actor}, is also back.",
            f"Joining them is {r.actor} as {r.character}.",
            f"{r.actor} stars as {r.character}.",
            f"{r.actor} plays {r.character}.",
        )))
        w.plays(r)
    if sents:
        w.paragraphs.append(" ".join(sents))


def _release(w: ArticleWriter, target: int) -> None:
    rng, show = w.rng, w.show
    w.paragraphs.append(rng.choice((
        f"When will {show.title} season {target} be released?",
        f"{show.title} season {target} release date",
    )))
    base = show.seasons[-1][0].year + 1
    sents = []
    filming = random_date(rng, base, rng.choice(("month", "day", "year")))
    if rng.random() < 0.6:
        sents.append(rng.choice((
            f"Filming began {say_date(rng, filming)}.",
            f"Cameras started rolling {say_date(rng, filming)}.",
            f"Production on season {target} kicked off {say_date(rng, filming)}.",
        )))
        w.fact("filming", season=target, date=filming.iso)
    else:
        sents.append(rng.choice((
            f"Filming could start {say_date(rng, filming)}.",
            f"Filming is rumoured to begin {say_date(rng, filming)}.",
            f"Filming will likely begin {say_date(rng, filming)}.",
        )))
        w.fact("filming", "speculative", season=target, date=filming.iso)
    release = random_date(rng, base + 1, rng.choice(("year", "year", "month", "day")))
    if release.day and rng.random() < 0.5:
        sents.append(f"{show.platform} has confirmed that season {target} will premiere "
                     f"{say_date(rng, release)}.")
        w.fact("expected_release", season=target, date=release.iso, platform=show.platform)
    else:
        platform = rng.random() < 0.5
        on = f" on {show.platform}" if platform else ""
        sents.append(rng.choice((
            f"If everything goes to plan, we expect season {target} to arrive{on} "
            f"{say_date(rng, release)}.",
            f"Season {target} will likely premiere{on} {say_date(rng, release)}.",
            f"The new season could land{on} {say_date(rng, release)}.",
            f"Season {target} is rumoured to be released{on} {say_date(rng, release)}.",
        )))
        extra = {"platform": show.platform} if platform else {}
        w.fact("expected_release", "speculative", season=target, date=release.iso, **extra)
        sents.append("But since this is just a guess on our part, take it with a pinch of salt.")
    w.paragraphs.append(" ".join(sents))


def _episodes(w: ArticleWriter, target: int) -> None:
    rng, show = w.rng, w.show
    if rng.random() < 0.3:
        return
    w.paragraphs.append(f"How many episodes will there be in season {target} of {show.title}?")
    count = rng.choice((6, 8, 10, 12))
    if rng.random() < 0.6:
        sent = rng.choice((
            f"Season {target} will likely have {say_count(rng, count)} episodes.",
            f"We expect season {target} to have {say_count(rng, count)} episodes.",
            f"It's likely that there will be another {say_count(rng, count)} episodes.",
        ))
        w.fact("episodes", "speculative", season=target, count=count)
    else:
        sent = (f"{show.platform} confirmed that season {target} will have "
                f"{say_count(rng, count)} episodes.")
        w.fact("episodes", season=target, count=count)
    w.paragraphs.append(sent + " When we know more, we'll let you know.")


def generate(n: int, seed: int = 1) -> tuple[list[dict], list[dict]]:
    """`n` article records and their gold dicts; the same seed gives the same corpus."""
    rng = random.Random(seed)
    names = Names(rng)
    shows = [make_show(rng, names) for _ in range(max(1, n // 3))]
    records, golds = [], []
    for i in range(n):
        show = shows[i % len(shows)] if i < len(shows) else rng.choice(shows)
        record, gold = write_article(rng, show, f"synth-{i:06d}", shows)
        records.append(record)
        golds.append(gold)
    return records, golds


def write_corpus(folder: Path, records: list[dict], golds: list[dict]) -> Path:
    """Write `corpus.jsonl` and `gold/*.gold.json` under `folder`; return the corpus path."""
    folder.mkdir(parents=True, exist_ok=True)
    corpus = folder / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    gold_dir = folder / "gold"
    gold_dir.mkdir(exist_ok=True)
    for old in gold_dir.glob("*.gold.json"):
        old.unlink()
    for gold in golds:
        (gold_dir / f"{gold['article']}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    return corpus


# -- measuring --------------------------------------------------------------------------------


def measure_extract(corpus: Path, jobs: int) -> tuple[list, dict[str, float]]:
    """Read and extract the corpus in this process; the extractions and the seconds taken."""
    from showgraph.articles import read_articles
    from showgraph.extract import extract_corpus

    seconds: dict[str, float] = {}
    with timed(seconds, "read"):
        articles = list(read_articles([corpus]))
    with timed(seconds, "extract"):
        extractions = extract_corpus(articles, jobs=jobs)
    return extractions, seconds


def measure_stages(extractions: list, out: Path) -> tuple[dict[str, float], int]:
    """The rest of the build in this process, stage by stage: dataset, reason, write."""
    from showgraph.io import save_dataset
    from showgraph.namespaces import load_ontology
    from showgraph.pipeline import add_inferred
    from showgraph.rdf import to_dataset

    seconds: dict[str, float] = {}
    with timed(seconds, "to_dataset"):
        dataset = to_dataset(extractions, ontology=load_ontology())
    with timed(seconds, "reason"):
        inferred = add_inferred(dataset)
    with timed(seconds, "save_dataset"):
        save_dataset(dataset, out)
    return seconds, inferred


def measure_build(corpus: Path, out: Path, jobs: int, timeout: float) -> dict[str, float]:
    """`showgraph build` in a child process: wall seconds, the child's peak RSS, quads written."""
    import pyoxigraph as ox

    exe = Path(sys.executable).with_name("showgraph")
    command = [str(exe), "build", str(corpus), "-o", str(out), "--jobs", str(jobs), "-q"]
    start = time.perf_counter()
    try:
        subprocess.run(command, check=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"wall": float("nan"), "peak_mb": float("nan"), "quads": 0, "bytes": 0,
                "timeout": timeout}
    wall = time.perf_counter() - start
    quads = sum(1 for _ in ox.parse(path=str(out), format=ox.RdfFormat.TRIG))
    return {"wall": wall, "peak_mb": peak_rss_mb(children=True), "quads": quads,
            "bytes": out.stat().st_size}


def quality(extractions: list, gold_dir: Path):
    from showgraph.evaluate import load_gold, score

    predicted = {e.article.source_name: list(e.facts) for e in extractions}
    return score(predicted, load_gold(gold_dir))


def profile(call, top: int) -> str:
    """cProfile listing of `call()`: the functions with the most own time, then most total time."""
    profiler = cProfile.Profile()
    profiler.enable()
    call()
    profiler.disable()
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return text.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 2)[2])
    parser.add_argument("--articles", type=int, default=1000, help="corpus size (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--jobs", type=int, default=1, help="extraction processes (default 1)")
    parser.add_argument("--out", type=Path, help="keep corpus, gold and graph in this folder "
                        "(default: a temporary folder)")
    parser.add_argument("--generate-only", action="store_true",
                        help="write the corpus and gold, measure nothing")
    parser.add_argument("--no-build", action="store_true",
                        help="skip the `showgraph build` subprocess and the stage timings")
    parser.add_argument("--no-stages", action="store_true",
                        help="skip the in-process stage timings (dataset, reason, write)")
    parser.add_argument("--timeout", type=float, default=1800,
                        help="seconds allowed for the build subprocess (default 1800)")
    parser.add_argument("--profile", action="store_true",
                        help="print cProfile listings of extraction and of dataset/reason/write")
    parser.add_argument("--top", type=int, default=25, help="rows per profile listing")
    parser.add_argument("--errors", action="store_true", help="list false and missed facts")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="showgraph-bench-") as tmp:
        folder = args.out or Path(tmp)
        started = time.perf_counter()
        records, golds = generate(args.articles, args.seed)
        corpus = write_corpus(folder, records, golds)
        n_gold = sum(len(g["facts"]) for g in golds)
        print(f"generated {len(records):,} articles, {n_gold:,} gold facts, "
              f"{corpus.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s "
              f"-> {folder}")
        if args.generate_only:
            return 0

        del records, golds
        # The build child runs first: a child's peak RSS starts at its parent's size at fork
        # time (Linux carries ru_maxrss across exec), so it must be forked from a small parent.
        build = None
        if not args.no_build:
            build = measure_build(corpus, folder / "graph.trig", args.jobs, args.timeout)
        extractions, ex = measure_extract(corpus, args.jobs)
        n = len(extractions)
        rows = [
            ["read .jsonl", ex["read"], n / ex["read"], ""],
            [f"extract_corpus (jobs={args.jobs})", ex["extract"], n / ex["extract"], ""],
        ]
        inferred = None
        if build is not None and not args.no_stages:
            stages, inferred = measure_stages(extractions, folder / "stages.trig")
            for name, secs in stages.items():
                rows.append([f"  {name}", secs, n / secs, ""])
            in_process = ex["read"] + ex["extract"] + sum(stages.values())
            rows.append(["in-process total", in_process, n / in_process, ""])
        if build is not None and "timeout" in build:
            rows.append([f"showgraph build -j {args.jobs} (subprocess)",
                         f"> {build['timeout']:.0f} (stopped)", "", ""])
        elif build is not None:
            rows.append([f"showgraph build -j {args.jobs} (subprocess)", build["wall"],
                         n / build["wall"], f"{build['peak_mb']:,.0f}"])
        rows.append(["this process (peak)", "", "", f"{peak_rss_mb():,.0f}"])
        print()
        print(table(["stage", "seconds", "articles/s", "peak RSS MB"], rows))
        if build is not None and "timeout" not in build:
            extra = f" ({inferred:,} inferred)" if inferred is not None else ""
            print(f"\ngraph: {build['quads']:,} quads{extra}, "
                  f"{build['bytes'] / 1e6:.1f} MB TriG; target: 10,000 articles < 120 s, < 2 GB")

        result = quality(extractions, folder / "gold")
        print()
        print(result.to_text(show_errors=args.errors))

        if args.profile:
            sample = extractions[: min(n, 1000)]
            from showgraph.extract import extract_corpus

            articles = [e.article for e in sample]
            print(f"\n== cProfile: extract_corpus over {len(articles)} articles (jobs=1) ==")
            print(profile(lambda: extract_corpus(articles, jobs=1), args.top))
            print(f"== cProfile: to_dataset + reason + save_dataset over {len(sample)} "
                  f"extractions ==")
            print(profile(lambda: measure_stages(sample, folder / "profile.trig"), args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
