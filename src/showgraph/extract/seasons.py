"""Find season mentions: "season 2", "Season Two", "the second season", "seasons 2 and 3"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "twenty": 20,
}
_NUM = r"(?:\d{1,2}|" + "|".join(NUMBERS) + r")"
_ORD = r"(?:" + "|".join(ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))"
SEASON_RE = re.compile(
    r"\b(?:seasons?|staffel)\s+(?P<n1>" + _NUM + r")(?:\s*(?:and|&|,|-|to)\s*(?P<n2>" + _NUM + r"))?\b"
    # British "series 2" (not "a series 10 episodes long")
    r"|\bseries\s+(?P<n3>" + _NUM + r")\b(?!\s+episodes)"
    r"|\b(?P<o1>" + _ORD + r")(?:\s+and\s+(?:a\s+|the\s+)?(?P<o2>" + _ORD + r"|final|last))?"
    r"(?:\s+and\s+(?:final|last))?(?:[- ](?:and[- ])?(?:final|last))?(?:\s+|-)(?:season|series|installment|run)\b"
    r"|\b(?P<rel>final|last|new|next|upcoming|latest|sequel)\s+(?:season|series|chapter)\b"
    # "the first two seasons"
    r"|\bthe\s+first\s+(?P<k>two|three|four|five|six|[2-9])\s+(?:seasons|series)\b",
    re.I,
)
# "Part 2", "the second part": a season where the show is released in parts (anime, Money Heist)
PART_RE = re.compile(
    r"\bpart\s+(?P<n>" + _NUM + r")\b|\b(?P<o>" + _ORD + r")\s+part\b",
    re.I,
)
# "the second followed on ...": an ordinal standing for a season after a season was just named
BARE_ORDINAL_RE = re.compile(
    r"\bthe\s+(?P<o>"
    + _ORD
    + r")\b(?!\s+(?:season|episode|part|volume|game|half|time|of|two|three))",
    re.I,
)


@dataclass(frozen=True)
class SeasonMention:
    start: int
    end: int
    numbers: tuple[int, ...]  # empty for "the final/new season" (meaning the upcoming one)


def number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in NUMBERS:
        return NUMBERS[word]
    if word in ORDINALS:
        return ORDINALS[word]
    m = re.match(r"(\d+)(?:st|nd|rd|th)$", word)
    return int(m.group(1)) if m else None


def find_seasons(text: str, parts: bool = False) -> list[SeasonMention]:
    """Season mentions with the season numbers they name (cached; see `_find_seasons`).

    With `parts` (the article's show comes in parts instead of seasons), "Part 2" and "the
    second part" are season mentions too.

    >>> [m.numbers for m in find_seasons("Part 1 ended; series 3 and the second part", parts=True)]
    [(1,), (3,), (2,)]
    """
    found = _find_seasons(text)
    if parts:
        found = tuple(sorted(found + _find_parts(text), key=lambda m: m.start))
    return list(found)


def uses_parts(title: str, text: str) -> bool:
    """Whether an article counts its show's instalments in parts rather than seasons: the
    title names a part, or the text names parts at least twice and never a numbered season."""
    if "part" not in title.lower() and "part" not in text.lower():
        return False  # the usual case, decided without the regular expression
    if PART_RE.search(title) and not _find_seasons(title):
        return True
    return len(PART_RE.findall(text)) >= 2 and not any(m.numbers for m in _find_seasons(text))


@lru_cache(maxsize=4096)
def _find_parts(text: str) -> tuple[SeasonMention, ...]:
    out = []
    for m in PART_RE.finditer(text):
        n = number(m.group("n") or m.group("o"))
        if n:
            out.append(SeasonMention(m.start(), m.end(), (n,)))
    return tuple(out)


@lru_cache(maxsize=4096)
def _find_seasons(text: str) -> tuple[SeasonMention, ...]:
    """Season mentions with the season numbers they name.

    >>> [m.numbers for m in find_seasons("a second and a third season; Season Two; seasons 1 and 3")]
    [(2, 3), (2,), (1, 3)]
    """
    out = []
    for m in SEASON_RE.finditer(text):
        g = m.groupdict()
        if g["n3"]:
            nums = [number(g["n3"])]
        elif g["n1"]:
            nums = [number(g["n1"])]
            if g["n2"]:
                nums.append(number(g["n2"]))
        elif g["k"]:
            nums = list(range(1, (number(g["k"]) or 1) + 1))
        elif g["o1"]:
            nums = [number(g["o1"])]
            if g["o2"] and g["o2"].lower() not in ("final", "last"):
                nums.append(number(g["o2"]))
        else:
            nums = []
        out.append(SeasonMention(m.start(), m.end(), tuple(n for n in nums if n)))
    return tuple(out)
