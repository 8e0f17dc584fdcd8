"""Find dates in text and normalise them to ISO strings only as precise as the text."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<{g}>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_SEASONAL = r"(?:early|late|mid|mid-|the (?:spring|summer|fall|autumn|winter) of|(?:spring|summer|fall|autumn|winter)(?: of)?)"

DATE_RE = re.compile(
    "|".join(
        [
            # January 28, 2022 / Jan. 28, 2022
            _MONTH.format(g="m1") + r"\s+" + _DAY.format(g="d1") + r",?\s+" + _YEAR.format(g="y1"),
            # 28 January 2022 / the 6th of June 2022
            r"(?:the\s+)?"
            + _DAY.format(g="d2")
            + r"(?:\s+of)?\s+"
            + _MONTH.format(g="m2")
            + r",?\s+"
            + _YEAR.format(g="y2"),
            # "from January 7 to March 25, 2024", "from 7 January to 25 March 2024": the first day
            r"\bfrom\s+(?:"
            + _MONTH.format(g="m8")
            + r"\s+"
            + _DAY.format(g="d8")
            + r"|"
            + _DAY.format(g="d9")
            + r"\s+"
            + _MONTH.format(g="m9")
            + r")\s+(?:to|until|through|till|-|–)\s+(?:"
            + _MONTH.format(g="m8e")
            + r"\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+"
            + _MONTH.format(g="m9e")
            + r")?,?\s+"
            + _YEAR.format(g="y8"),
            # "from June to August 2024", "between March and June 2025": when it began
            r"\b(?:from|between)\s+"
            + _MONTH.format(g="m7")
            + r"\s+(?:to|until|through|till|and|-|–)\s+(?:"
            + _MONTH.format(g="m7b")
            + r")\s+"
            + _YEAR.format(g="y7"),
            # (early) September 2022
            r"(?:(?:early|late|mid)[- ]?)?"
            + _MONTH.format(g="m3")
            + r",?\s+"
            + _YEAR.format(g="y3"),
            # 2026-03-14; 14/03/2026 or 03/14/2026 (when a number over 12 says which is the day)
            r"\b" + _YEAR.format(g="y5") + r"-(?P<m5>[01]\d)-(?P<d5>[0-3]\d)\b",
            r"(?<![\d/])(?P<a6>[0-3]?\d)[/.](?P<b6>[0-3]?\d)[/.]" + _YEAR.format(g="y6") + r"\b",
            # late 2023 / in 2024 / the summer of 2023 (a bare year needs a cue word before it)
            r"\b(?:[Ii]n|for|of|by|until|before|after|around|during|since|early|late|mid-|spring|"
            r"summer|fall|autumn|winter|(?<=\b[Aa] )|(?<=guess is )|(?<=money is on ))\s*"
            + _YEAR.format(g="y4")
            + r"\b(?!\s*(?:writers|actors|strike|Hollywood))"
            # "a 2026 release": only with one of these nouns after an indefinite article
            + r"(?:(?<=\b[Aa] \d{4})(?=\s+(?:release|premiere|return|debut|launch)\b)|(?<!\b[Aa] \d{4}))",
        ]
    )
)


# "next year", "early next year", "this autumn", "later this year", "the summer of next year"
RELATIVE_RE = re.compile(
    r"\b(?:(?:early|late|later|mid)[- ]?)?(?:(?:in\s+)?the\s+)?"
    r"(?:(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?)?"
    r"(?P<which>this|next|last)\s+(?P<unit>year|spring|summer|fall|autumn|winter)\b",
    re.I,
)
_SHIFT = {"this": 0, "next": 1, "last": -1}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    iso: str


def find_dates(text: str, anchor: int | None = None) -> list[DateMention]:
    """All dates in `text` with their offsets. Relative dates ("early next year", "this
    autumn") count from the year of the last explicit date before them in `text`, else from
    `anchor`, and are left out when there is neither.

    >>> [d.iso for d in find_dates("On the 6th of June 2022 and in late 2023, then Sept. 3, 2025")]
    ['2022-06-06', '2023', '2025-09-03']
    >>> [d.iso for d in find_dates("It was renewed in May 2024 and returns early next year")]
    ['2024-05', '2025']
    >>> [d.iso for d in find_dates("Filming starts this autumn", anchor=2023)]
    ['2023']
    """
    out = _absolute(text)
    if "this " in text or "next " in text or "last " in text:
        for m in RELATIVE_RE.finditer(text):
            before = [d for d in out if d.end <= m.start()]
            year = int(before[-1].iso[:4]) if before else anchor
            if year is not None:
                iso = str(year + _SHIFT[m.group("which").lower()])
                out.append(DateMention(m.start(), m.end(), iso))
        out.sort(key=lambda d: d.start)
    return out


_HAS_YEAR = re.compile(r"(?:19|20)\d\d")


def _absolute(text: str) -> list[DateMention]:
    # every absolute date has a year: most sentences have none and need no full scan
    if not _HAS_YEAR.search(text):
        return []
    return list(_absolute_cached(text))


@lru_cache(maxsize=4096)
def _absolute_cached(text: str) -> tuple[DateMention, ...]:
    out = []
    for m in DATE_RE.finditer(text):
        g = m.groupdict()
        if g["y1"]:
            iso = _iso(g["y1"], g["m1"], g["d1"])
        elif g["y2"]:
            iso = _iso(g["y2"], g["m2"], g["d2"])
        elif g["y3"]:
            iso = _iso(g["y3"], g["m3"], None)
        elif g["y8"]:
            first, last = g["m8"] or g["m9"], g["m8e"] or g["m9e"] or g["m8"] or g["m9"]
            year = g["y8"]  # "from November 12 to February 3, 2025" began in 2024
            if _month(last) < _month(first):
                year = str(int(year) - 1)
            iso = _iso(year, first, g["d8"] or g["d9"])
        elif g["y7"]:
            iso = _iso(g["y7"], g["m7"], None)
        elif g["y5"]:
            iso = _numeric_iso(g["y5"], g["m5"], g["d5"])
        elif g["y6"]:
            a, b = int(g["a6"]), int(g["b6"])
            # 14/03/2026, 12/12/2026; 12.03.2026 (dots are European: the day first)
            if (a > 12 or a == b or "." in m.group()) and b <= 12:
                iso = _numeric_iso(g["y6"], g["b6"], g["a6"])
            elif b > 12 >= a and "." not in m.group():
                iso = _numeric_iso(g["y6"], g["a6"], g["b6"])  # 03/14/2026
            else:
                iso = None  # 03/04/2026: March 4 or 3 April, the text does not say
        else:
            iso = g["y4"]
        if iso:
            # a bare year's cue word ("in", "late") is not part of the date itself
            start = m.start("y4") if g["y4"] else m.start()
            out.append(DateMention(start, m.end(), iso))
    return tuple(out)


def _month(name: str) -> int:
    return MONTHS.get(name.rstrip(".").lower(), 0)


def _numeric_iso(year: str, month: str, day: str) -> str | None:
    m, d = int(month), int(day)
    return f"{year}-{m:02d}-{d:02d}" if 1 <= m <= 12 and 1 <= d <= 31 else None


def _iso(year: str, month: str, day: str | None) -> str | None:
    number = MONTHS.get(month.rstrip(".").lower())
    if number is None:
        return None
    if day is None:
        return f"{year}-{number:02d}"
    d = int(day)
    if not 1 <= d <= 31:
        return None
    return f"{year}-{number:02d}-{d:02d}"


# "on March 5", "Thursday, 5 March", "March 5th": a day without its year
_YEARLESS = re.compile(
    r"(?<![\w/.])(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:"
    + _MONTH.format(g="m1")
    + r"\s+"
    + _DAY.format(g="d1")
    + r"|(?:the\s+)?"
    + _DAY.format(g="d2")
    + r"(?:\s+of)?\s+"
    + _MONTH.format(g="m2")
    + r")\b(?!,?\s+(?:19|20)\d\d)(?!\s*[-–/]\s*\d)"
)


def find_yearless(text: str) -> list[DateMention]:
    """Days named without a year, as `--MM-DD` (see `with_year`).

    >>> [d.iso for d in find_yearless("It returns on Thursday, March 5, and ends 2 April 2026")]
    ['--03-05']
    """
    out = []
    for m in _YEARLESS.finditer(text):
        month = MONTHS.get((m["m1"] or m["m2"]).rstrip(".").lower())
        day = int(m["d1"] or m["d2"])
        if month and 1 <= day <= 31:
            out.append(DateMention(m.start(), m.end(), f"--{month:02d}-{day:02d}"))
    return out


def with_year(yearless: str, published: str, past: bool) -> str:
    """A `--MM-DD` day in the year that puts it on the right side of the publication date:
    the last such day up to it for what has happened, the first from it for what will.

    >>> with_year("--03-05", "2026-11-24", past=True), with_year("--03-05", "2026-11-24", past=False)
    ('2026-03-05', '2027-03-05')
    """
    year = int(published[:4])
    day = yearless[2:]
    if past and day > published[5:10]:
        year -= 1
    elif not past and day < published[5:10]:
        year += 1
    if day == "02-29" and not calendar.isleap(year):  # the nearest year that has the day
        year = (
            next(y for y in range(year - 1, year - 5, -1) if calendar.isleap(y))
            if past
            else (next(y for y in range(year + 1, year + 5) if calendar.isleap(y)))
        )
    return f"{year}-{day}"


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_NAMES = "|".join(day.capitalize() for day in _WEEKDAYS)  # "Monday|Tuesday|..."
# "yesterday", "on Tuesday" (not "Tuesday, March 4": that day is dated)
_DAY_WORD = re.compile(
    r"(?<![Ee]very )(?<![Ee]ach )\b(?:(?P<rel>(?i:yesterday|tonight))|(?P<wd>"
    + WEEKDAY_NAMES
    + r")(?!,?\s+(?:the\s+)?\d|,?\s+"
    + _MONTH.format(g="m")
    + r"|s\b|['’]s\b|\s+(?:nights?|evenings?|mornings?|afternoons?)\b))\b"
)


# "on the 7th": a day of the article's month
_DAY_OF_MONTH = re.compile(r"\b[Oo]n\s+the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\b|[a-z]))")


def find_day_words(text: str) -> list[DateMention]:
    """Days named relative to the article's own day, as `@yesterday`, `@today`, `@tuesday`
    (see `with_day`).

    >>> [d.iso for d in find_day_words("confirmed yesterday; it airs Friday, March 7 and Sunday")]
    ['@yesterday', '@sunday']
    """
    out = [
        DateMention(
            m.start(), m.end(), "@" + (m["rel"] or m["wd"]).lower().replace("tonight", "today")
        )
        for m in _DAY_WORD.finditer(text)
    ]
    out += [
        DateMention(m.start(), m.end(), f"@{int(m['d']):02d}")
        for m in _DAY_OF_MONTH.finditer(text)
        if 1 <= int(m["d"]) <= 31
    ]
    return sorted(out, key=lambda d: d.start)


def with_day(word: str, published: str, past: bool) -> str:
    """An `@word` day as an ISO date, counted from the article's day `published`: a weekday is
    the last one up to it for what has happened, the next one from it for what will.

    >>> with_day("@yesterday", "2026-11-24", True), with_day("@monday", "2026-11-25", True)
    ('2026-11-23', '2026-11-23')
    >>> with_day("@friday", "2026-11-24", False)
    '2026-11-27'
    """
    day = dt.date.fromisoformat(published)
    if word[1:].isdigit():  # "on the 7th": this month's, or the month before or after
        return _day_of_month(day, int(word[1:]), past)
    if word == "@yesterday":
        return (day - dt.timedelta(days=1)).isoformat()
    if word == "@today":
        return day.isoformat()
    weekday = _WEEKDAYS.index(word[1:])
    if past:  # the last such day up to the article's
        return (day - dt.timedelta(days=(day.weekday() - weekday) % 7)).isoformat()
    return (day + dt.timedelta(days=(weekday - day.weekday()) % 7)).isoformat()


def _day_of_month(day: dt.date, number: int, past: bool) -> str:
    """The `number`th of the month of `day`, else of the nearest month before (past) or after
    that has one (every third month has a 31st)."""
    year, month = day.year, day.month
    while True:
        if number <= calendar.monthrange(year, month)[1]:
            candidate = dt.date(year, month, number)
            if (candidate <= day) if past else (candidate >= day):
                return candidate.isoformat()
        month += -1 if past else 1
        if month == 0:
            year, month = year - 1, 12
        elif month == 13:
            year, month = year + 1, 1
