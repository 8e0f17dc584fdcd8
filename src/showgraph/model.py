"""Plain, frozen data types that flow through the pipeline; no I/O here."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

Relation = Literal[
    "plays",
    "fate",
    "renewed",
    "released",
    "expected_release",
    "filming",
    "episodes",
    "based_on",
    "director",
    "creator",
    "rating",
    "cancelled",
    # encyclopedic credits ("a 2010 horror film written by A, starring B, produced by C")
    "writer",
    "genre",
    "producer",
    "filming_location",
    "cast",
]
RELATIONS: tuple[str, ...] = Relation.__args__  # type: ignore[attr-defined]
# The relations every gold file annotates unless it lists its own (data/gold/GOLD_FORMAT.md),
# and the encyclopedic extensions that only gold files listing them are scored on.
ENCYCLOPEDIC_RELATIONS: tuple[str, ...] = (
    "writer",
    "genre",
    "producer",
    "filming_location",
    "cast",
)
CORE_RELATIONS: tuple[str, ...] = tuple(r for r in RELATIONS if r not in ENCYCLOPEDIC_RELATIONS)
FATES: tuple[str, ...] = ("survives", "dies", "infected", "missing")
CERTAINTIES: tuple[str, ...] = ("confirmed", "speculative")


@dataclass(frozen=True)
class Article:
    """One article: `text` is what offsets refer to; `title` is its first line or given title."""

    source_name: str
    title: str
    text: str
    url: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Span:
    """A half-open character range `[start, end)` into `Article.text`."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class Fact:
    """One fact as the article states it, in the shape of a gold-file entry.

    Fields that a relation does not use stay `None`. `evidence` is the sentence that states
    the fact and `span` its position in the article text.
    """

    rel: str
    show: str
    season: int | None = None
    actor: str | None = None
    character: str | None = None
    person: str | None = None
    fate: str | None = None
    date: str | None = None
    platform: str | None = None
    count: int | None = None
    work: str | None = None
    creator: str | None = None
    source: str | None = None
    value: float | None = None
    best: float | None = None
    genre: str | None = None
    company: str | None = None
    place: str | None = None
    certainty: str = "confirmed"
    evidence: str = field(default="", compare=False)
    span: Span | None = field(default=None, compare=False)

    def as_gold(self) -> dict:
        """The fact as a gold-file dictionary (no evidence, no empty fields)."""
        out = {k: v for k, v in asdict(self).items() if v is not None}
        out.pop("evidence", None)
        out.pop("span", None)
        return out


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article.

    `names` maps each surface form seen for a person or character to the full name it was
    resolved to (within the article), so the graph can record every form as an altLabel.
    `show_names` does the same for show titles.
    """

    article: Article
    facts: tuple[Fact, ...]
    names: dict[str, str] = field(default_factory=dict, compare=False)
    show_names: dict[str, str] = field(default_factory=dict, compare=False)
