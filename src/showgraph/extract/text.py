"""Split an article into blocks (headings, paragraphs, list lines) and sentences with offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

_BOILERPLATE = re.compile(
    r"^\s*(?:see also\b|advertisement\b|read more\b|related\s*:|also read\b|recommended\b|"
    r"sponsored\b|subscribe\b|share this\b|click here\b)",
    re.I,
)
# two short capitalised cells: "Kang Tae-oh – Lee Jun-seok", "Diego Arrieta | Álvaro Medina"
# a name in a table cell or list line, maybe with a nickname in quotes: 'Nick "Nicky" Hale'
_CELL = r"[A-ZÀ-ÝĀ-ſ][\w'’.-]*(?:\s+[\"“]?[A-ZÀ-ÝĀ-ſ][\w'’.-]*[\"”]?){0,4}"
# what a roundup says of a show in a heading beside its title
STATUS_WORDS = (
    r"(?:renewed|cancell?ed|axed|ending|ended|ends|returning|new|final\s+season|on\s+the\s+bubble|"
    r"undecided|pending|coming\s+back|not\s+returning|picked\s+up|greenlit|status)"
)
STATUS_LINE = re.compile(
    r"^\s*(?:" + STATUS_WORDS + r"\s*[|:–—-]\s*(?P<t1>.+?)|(?P<t2>.+?)\s*[|–—-]\s*" + STATUS_WORDS
    + r"(?:\s+.*)?)\s*$",
    re.I,
)
_LAST_WORD = re.compile(r"([A-Za-z']+)\W*$")


def previous_word(text: str, pos: int) -> str:
    """The word just before `pos`, lower-cased ("" if none): "played by |A" -> "by"."""
    # only the last few characters: a "$"-anchored search would scan the whole prefix
    m = _LAST_WORD.search(text, max(0, pos - 40), pos)
    return m.group(1).lower() if m else ""


_ROW = re.compile(
    # headings such as "Sweet Home – Release Date, Cast" are not rows
    r"^(?!.*\b(?:Release|Date|Cast|Plot|Trailer|Everything|Know|Season|Series|Part|Episodes?|"
    r"Review|Ending|Explained|News|Update|Renewal|How|What|When|Why|Who|Where|Will|Is|Are)\b)"
    + _CELL
    + r"\s*(?:\s[–—-]|\t|\s\||:)\s*"  # "Inés Calvo: Lucía Ordóñez" too
    + _CELL
    + r"$"
)
# "1. Salt Marsh (Netflix)", "1. Lagoa Escura: Season 2 (8.4 million views)"
_NUMBERED_HEADING = re.compile(
    r"^\d{1,2}[.)]\s+[\"“‘']?[A-Z0-9](?:[^.!:;,()]|:\s|(?<=\d)\.(?=\d)|\([^()]{0,40}\)){0,80}$(?<![.!:;,])"
)
_FIELD_LINE = re.compile(r"^[A-Z][\w ]{0,20}:\s+\S")
_BULLET = re.compile(r"^\s*(?:[•\-*–·▪●]|\d+[.)])\s+")
# A full stop ends a sentence unless it closes a common abbreviation or an initial.
_ABBREV = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Lt|Sgt|Capt|Col|Gen|Prof|St|Jr|Sr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|"
    r"Sept|Oct|Nov|Dec|vs|No|Vol|Inc|Ltd|Co|Ma|U\.S|e\.g|i\.e|etc)|\b[A-Z])\.$"
)
_SENT_END = re.compile(r"[.!?]+[\"”’')\]]*\s+(?=[\"“‘(]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    block: int  # index of the block (paragraph, heading or list line) it belongs to
    heading: bool = False
    bullet: bool = False


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    text: str
    heading: bool
    bullet: bool
    boilerplate: bool


def blocks(text: str) -> list[Block]:
    """One block per line. A short line on its own without a full stop is a heading; lines of a
    paragraph with several short lines are list items; long lines are prose."""
    out: list[Block] = []
    for para in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text):
        lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", para.group())]
        several = len(lines) > 1
        # "1. Barrio Sur (ViX)" over "Verdict: RENEWED": a numbered heading with its fields
        fielded = (
            several
            and bool(_NUMBERED_HEADING.match(lines[0].group().strip()))
            and all(_FIELD_LINE.match(line.group().strip()) for line in lines[1:])
        )
        for i, line in enumerate(lines):
            raw = line.group()
            start = para.start() + line.start() + (len(raw) - len(raw.lstrip()))
            stripped = raw.strip()
            end = start + len(stripped)
            short = len(stripped.split()) <= 12 and not re.search(r"[.!?]\s+[A-Z]", stripped)
            bullet = bool(_BULLET.match(stripped)) or (several and short)
            # a lone "Name – Name" or "Name | Name" row (a cast line) is a list item, not a
            # heading, unless one side is a status: "RENEWED | Harbor Lights"
            # so is a lone row of a wider table ("Mara Vance | Ada Quill | 1–3")
            if (
                not several
                and (_ROW.match(stripped) or stripped.count(" | ") >= 2)
                and not STATUS_LINE.match(stripped)
            ):
                bullet = True
            heading = (
                not several
                and not bullet
                and len(stripped.split()) <= 16
                # 'directed "Winter Letters."' ends a sentence too
                and not re.search(r"[.!:;,][\"”’')\]]*$", stripped)
            )
            # a lone numbered line is a section heading in a roundup ("1. Salt Marsh (Netflix)")
            if (not several or fielded and i == 0) and bullet and _NUMBERED_HEADING.match(stripped):
                heading, bullet = True, False
            out.append(
                Block(start, end, stripped, heading, bullet, bool(_BOILERPLATE.match(stripped)))
            )
    return out


def sentences(text: str) -> list[Sentence]:
    """Every sentence outside boilerplate, in order, with offsets into `text`."""
    out: list[Sentence] = []
    for index, block in enumerate(blocks(text)):
        if block.boilerplate:
            continue
        if block.heading or block.bullet:
            body = _BULLET.sub("", block.text)
            offset = block.start + len(block.text) - len(body)
            out.append(Sentence(offset, block.end, body, index, block.heading, block.bullet))
            continue
        pos = 0
        for m in _SENT_END.finditer(block.text):
            candidate = block.text[pos : m.start() + 1]
            if _ABBREV.search(candidate):
                continue
            piece = block.text[pos : m.end()].rstrip()
            out.append(Sentence(block.start + pos, block.start + pos + len(piece), piece, index))
            pos = m.end()
        piece = block.text[pos:].rstrip()
        if piece:
            out.append(Sentence(block.start + pos, block.start + pos + len(piece), piece, index))
    return out


_CLAUSE_SPLIT = re.compile(
    # a quotation may close before the comma's conjunction: '"bigger and darker," and that'
    r";\s+|,[\"”’]?\s+but\s+|,[\"”’]?\s+(?:and|while|so|although|though|whereas)\s+(?=[A-Za-z])|"
    r"\s+[—–]\s+(?=[a-z])"
)


def clauses(sentence: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the coordinated clauses of a sentence (split at '; ', ', but',
    ', and', ', while', ', so', ', although', ' — ')."""
    out = []
    pos = 0
    for m in _CLAUSE_SPLIT.finditer(sentence):
        if sentence.count("(", 0, m.start()) > sentence.count(")", 0, m.start()):
            continue  # inside a parenthesised list
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(sentence)))
    return out
