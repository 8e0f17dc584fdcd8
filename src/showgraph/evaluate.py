"""Load gold annotations (data/gold/GOLD_FORMAT.md) and score predicted facts against them.

Scoring rules (our reading of GOLD_FORMAT.md):

* Scoring is per article. A predicted fact matches a gold fact when `rel`, `show`, `season`
  and the relation's key values are equal. Names (show, actor, character, person, creator,
  work) are compared alias-aware: a predicted name matches when, case-insensitively and
  whitespace-normalised, it equals the gold name or one of its aliases (`people_aliases` for
  people and characters, a show's `aliases` for shows).
* Genres compare case-insensitively and whitespace-normalised; companies and places like names.
* Dates and numbers compare exactly (7.2 == 7.2; count as int).
* Optional attributes (`platform`, `creator` on based_on, `best`, `source`) only have to agree
  when both sides give them. Exception: for `based_on` the gold lists one fact per creator, so
  `creator` is part of the key whenever the gold fact gives one.
* A gold file scores the relations it lists in `"relations"`, by default the twelve of
  GOLD_FORMAT.md: a predicted fact of another relation (an encyclopedic extension such as
  `genre`) was never annotated there, so it is counted as unscored, not as a false positive.
* Matching is one-to-one (each gold fact is used at most once).
* A gold fact marked `"optional": true` is neither rewarded nor penalised: a prediction matching
  it is neither a true nor a false positive, and missing it is not a false negative.
* Certainty accuracy is the share of matched (non-optional) pairs whose certainty agrees.
* Precision, recall and F1 are micro-averaged, overall and per relation.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import GoldError
from .model import CERTAINTIES, CORE_RELATIONS, FATES, RELATIONS, Fact

__all__ = ["GoldArticle", "GoldFact", "Score", "RelationScore", "load_gold", "score"]

# The values each relation is identified by (besides rel, show, season).
KEYS: dict[str, tuple[str, ...]] = {
    "plays": ("actor", "character"),
    "fate": ("character", "fate"),
    "renewed": ("date",),
    "released": ("date",),
    "expected_release": ("date",),
    "filming": ("date",),
    "episodes": ("count",),
    "based_on": ("work",),
    "director": ("person",),
    "creator": ("person",),
    "rating": ("value",),
    "cancelled": ("date",),
    "writer": ("person",),
    "genre": ("genre",),
    "producer": ("company",),
    "filming_location": ("place",),
    "cast": ("actor",),
}
OPTIONAL_ATTRS = ("platform", "creator", "best", "source")
NAME_FIELDS = ("actor", "character", "person", "creator", "work", "company", "place")
_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "show": (str,),
    "season": (int,),
    "actor": (str,),
    "character": (str,),
    "person": (str,),
    "fate": (str,),
    "date": (str,),
    "platform": (str,),
    "count": (int,),
    "work": (str,),
    "creator": (str,),
    "source": (str,),
    "value": (int, float),
    "best": (int, float),
    "genre": (str,),
    "company": (str,),
    "place": (str,),
    "certainty": (str,),
    "optional": (bool,),
}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class GoldFact:
    """One gold entry: the fact, and whether scoring ignores it."""

    fact: Fact
    optional: bool = False


@dataclass(frozen=True)
class GoldArticle:
    """A parsed gold file."""

    article: str
    shows: dict[str, tuple[str, ...]]  # title -> aliases
    people_aliases: dict[str, tuple[str, ...]]
    facts: tuple[GoldFact, ...]
    relations: tuple[str, ...] = CORE_RELATIONS  # what the annotator looked for

    def show_forms(self, title: str) -> set[str]:
        return {_norm(title), *(_norm(a) for a in self.shows.get(title, ()))}

    def name_forms(self, name: str) -> set[str]:
        return {_norm(name), *(_norm(a) for a in self.people_aliases.get(name, ()))}


def _norm(name: str) -> str:
    return " ".join(name.replace("\u2019", "'").split()).casefold()


# --- loading -------------------------------------------------------------------------------


def load_gold(path_or_dir: str | Path) -> dict[str, GoldArticle]:
    """Read one `*.gold.json` file or every such file in a folder, keyed by article file name."""
    path = Path(path_or_dir)
    if path.is_dir():
        files = sorted(path.glob("*.gold.json"))
        if not files:
            raise GoldError(path, "no *.gold.json files in this folder")
    elif path.is_file():
        files = [path]
    else:
        raise GoldError(path, "no such file or folder")
    out: dict[str, GoldArticle] = {}
    for file in files:
        gold = _load_file(file)
        out[gold.article] = gold
    return out


def _load_file(path: Path) -> GoldArticle:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        where = f"line {err.lineno}, column {err.colno}"
        raise GoldError(path, f"not valid JSON at {where}: {err.msg}") from None
    except UnicodeDecodeError:
        raise GoldError(path, "not valid UTF-8") from None
    if not isinstance(data, dict):
        raise GoldError(path, "the top level must be a JSON object")
    for key, kind in (("article", str), ("facts", list)):
        if key not in data:
            raise GoldError(path, f'missing field "{key}"')
        if not isinstance(data[key], kind):
            raise GoldError(path, f'"{key}" must be a {kind.__name__}')
    shows: dict[str, tuple[str, ...]] = {}
    for i, show in enumerate(data.get("shows", [])):
        if not isinstance(show, dict) or not isinstance(show.get("title"), str):
            raise GoldError(path, f'shows[{i}] must be an object with a "title" string')
        aliases = show.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise GoldError(path, f"shows[{i}].aliases must be a list of strings")
        shows[show["title"]] = tuple(aliases)
    people = data.get("people_aliases", {})
    if not isinstance(people, dict) or not all(
        isinstance(v, list) and all(isinstance(a, str) for a in v) for v in people.values()
    ):
        raise GoldError(path, '"people_aliases" must map names to lists of strings')
    facts = tuple(_gold_fact(path, i, entry) for i, entry in enumerate(data["facts"]))
    relations = data.get("relations", list(CORE_RELATIONS))
    if not isinstance(relations, list) or not all(r in RELATIONS for r in relations):
        raise GoldError(path, f'"relations" must list some of: {", ".join(RELATIONS)}')
    for i, gold_fact in enumerate(facts):
        if gold_fact.fact.rel not in relations:
            raise GoldError(
                path, f'facts[{i}]: rel {gold_fact.fact.rel!r} is not in this file\'s "relations"'
            )
    return GoldArticle(
        article=data["article"],
        shows=shows,
        people_aliases={k: tuple(v) for k, v in people.items()},
        facts=facts,
        relations=tuple(relations),
    )


def _gold_fact(path: Path, index: int, entry: object) -> GoldFact:
    where = f"facts[{index}]"
    if not isinstance(entry, dict):
        raise GoldError(path, f"{where} must be an object")
    rel = entry.get("rel")
    if rel not in RELATIONS:
        raise GoldError(
            path, f"{where}: unknown rel {rel!r} (expected one of {', '.join(RELATIONS)})"
        )
    if "show" not in entry:
        raise GoldError(path, f'{where} ({rel}): missing field "show"')
    for key in KEYS[rel]:
        if key not in entry:
            raise GoldError(path, f'{where} ({rel}): missing field "{key}"')
    for key, value in entry.items():
        if key == "rel":
            continue
        if key not in _FIELD_TYPES:
            raise GoldError(path, f'{where} ({rel}): unknown field "{key}"')
        kinds = _FIELD_TYPES[key]
        if isinstance(value, bool) and bool not in kinds or not isinstance(value, kinds):
            names = " or ".join(k.__name__ for k in kinds)
            raise GoldError(path, f'{where} ({rel}): "{key}" must be {names}, not {value!r}')
    if "date" in entry and not _DATE.match(entry["date"]):
        raise GoldError(
            path, f"{where} ({rel}): date {entry['date']!r} is not YYYY, YYYY-MM or YYYY-MM-DD"
        )
    if rel == "fate" and entry["fate"] not in FATES:
        raise GoldError(path, f"{where}: fate must be one of {', '.join(FATES)}")
    if entry.get("certainty", "confirmed") not in CERTAINTIES:
        raise GoldError(path, f'{where}: certainty must be "confirmed" or "speculative"')
    values = {k: v for k, v in entry.items() if k not in ("optional",)}
    return GoldFact(fact=Fact(**values), optional=bool(entry.get("optional", False)))


# --- scoring -------------------------------------------------------------------------------


@dataclass
class RelationScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    """Micro P/R/F1 overall and per relation, certainty accuracy, and the errors."""

    overall: RelationScore = field(default_factory=RelationScore)
    per_relation: dict[str, RelationScore] = field(default_factory=dict)
    certainty_agree: int = 0
    certainty_total: int = 0
    false_positives: list[tuple[str, Fact]] = field(default_factory=list)
    misses: list[tuple[str, Fact]] = field(default_factory=list)
    unscored: dict[str, int] = field(default_factory=dict)  # facts of relations not annotated
    certainty_errors: list[tuple[str, Fact, Fact]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.overall.precision

    @property
    def recall(self) -> float:
        return self.overall.recall

    @property
    def f1(self) -> float:
        return self.overall.f1

    @property
    def certainty_accuracy(self) -> float:
        return self.certainty_agree / self.certainty_total if self.certainty_total else 1.0

    def to_text(self, show_errors: bool = False) -> str:
        """An aligned table; with `show_errors`, the false positives and misses after it."""
        rows = sorted(self.per_relation.items()) + [("overall (micro)", self.overall)]
        # counts get as wide as the largest one needs (a 10,000-article corpus has 6 digits)
        w = max(5, *(len(str(n)) + 1 for _, s in rows for n in (s.tp, s.fp, s.fn)))
        lines = [f"{'relation':<18}{'TP':>{w}}{'FP':>{w}}{'FN':>{w}}{'P':>8}{'R':>8}{'F1':>8}"]
        for name, s in rows:
            lines.append(
                f"{name:<18}{s.tp:>{w}}{s.fp:>{w}}{s.fn:>{w}}"
                f"{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"
            )
        lines.append(
            f"certainty accuracy: {self.certainty_accuracy:.3f} "
            f"({self.certainty_agree}/{self.certainty_total} matched facts)"
        )
        if self.unscored:
            counts = ", ".join(f"{rel} {n}" for rel, n in sorted(self.unscored.items()))
            lines.append(f"not annotated in the gold, so not scored: {counts}")
        if show_errors:
            lines.append("")
            lines.append(f"false positives ({len(self.false_positives)}):")
            lines += [
                f"  {art}: {_describe(f)}  <- {f.evidence[:90]!r}"
                for art, f in self.false_positives
            ]
            lines.append(f"misses ({len(self.misses)}):")
            lines += [f"  {art}: {_describe(f)}" for art, f in self.misses]
            lines.append(f"certainty errors ({len(self.certainty_errors)}):")
            lines += [
                f"  {art}: {_describe(g)} predicted {p.certainty}"
                for art, p, g in self.certainty_errors
            ]
        return "\n".join(lines)


def _describe(fact: Fact) -> str:
    return json.dumps(fact.as_gold(), ensure_ascii=False)


def score(predicted: dict[str, list[Fact]], gold: dict[str, GoldArticle]) -> Score:
    """Score predicted facts (keyed by article file name) against gold articles.

    Articles without gold are ignored; a gold article without predictions counts all misses.
    """
    result = Score()
    for article, gold_article in gold.items():
        _score_article(article, list(predicted.get(article, [])), gold_article, result)
    return result


def _score_article(article: str, predicted: list[Fact], gold: GoldArticle, out: Score) -> None:
    used: set[int] = set()
    for pred in dict.fromkeys(predicted):  # each distinct fact once, in order
        if pred.rel not in gold.relations:
            out.unscored[pred.rel] = out.unscored.get(pred.rel, 0) + 1
            continue
        index = _find_match(pred, gold, used)
        rel = out.per_relation.setdefault(pred.rel, RelationScore())
        if index is None:
            rel.fp += 1
            out.overall.fp += 1
            out.false_positives.append((article, pred))
            continue
        used.add(index)
        gold_fact = gold.facts[index]
        if gold_fact.optional:
            continue
        rel.tp += 1
        out.overall.tp += 1
        out.certainty_total += 1
        if pred.certainty == gold_fact.fact.certainty:
            out.certainty_agree += 1
        else:
            out.certainty_errors.append((article, pred, gold_fact.fact))
    for i, gold_fact in enumerate(gold.facts):
        if i in used or gold_fact.optional:
            continue
        rel = out.per_relation.setdefault(gold_fact.fact.rel, RelationScore())
        rel.fn += 1
        out.overall.fn += 1
        out.misses.append((article, gold_fact.fact))


def _find_match(pred: Fact, gold: GoldArticle, used: set[int]) -> int | None:
    # Prefer a non-optional gold fact so that an optional twin does not swallow a true positive.
    candidates = [
        i for i, g in enumerate(gold.facts) if i not in used and _matches(pred, g.fact, gold)
    ]
    if not candidates:
        return None
    candidates.sort(key=lambda i: gold.facts[i].optional)
    return candidates[0]


def _matches(pred: Fact, gold_fact: Fact, gold: GoldArticle) -> bool:
    if pred.rel != gold_fact.rel or pred.season != gold_fact.season:
        return False
    if _norm(pred.show) not in gold.show_forms(gold_fact.show):
        return False
    for key in KEYS[pred.rel]:
        if not _same(key, getattr(pred, key), getattr(gold_fact, key), gold):
            return False
    for key in OPTIONAL_ATTRS:
        p, g = getattr(pred, key), getattr(gold_fact, key)
        if key == "creator" and pred.rel == "based_on" and g is not None:
            if p is None or not _same(key, p, g, gold):
                return False
        elif p is not None and g is not None and not _same(key, p, g, gold):
            return False
    return True


def _same(key: str, pred: object, gold_value: object, gold: GoldArticle) -> bool:
    if pred is None or gold_value is None:
        return pred is None and gold_value is None
    if key in NAME_FIELDS and isinstance(pred, str) and isinstance(gold_value, str):
        return _norm(pred) in gold.name_forms(gold_value)
    text_keys = ("platform", "source", "genre")
    if key in text_keys and isinstance(pred, str) and isinstance(gold_value, str):
        return _norm(pred) == _norm(gold_value)
    if key in ("value", "best", "count"):
        return float(pred) == float(gold_value)  # type: ignore[arg-type]
    return pred == gold_value
