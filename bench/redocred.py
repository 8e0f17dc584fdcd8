"""Score showgraph's extractor on Re-DocRED's film and TV documents (document-level, Wikipedia).

    .venv/bin/python bench/redocred.py                  # test split, 70 documents
    .venv/bin/python bench/redocred.py --split dev      # the split to look at while developing
    .venv/bin/python bench/redocred.py --show 20        # also print 20 wrong and 20 missed triples

Data: `bench/data/re-docred/` (the "core" subset of Re-DocRED's revised dev and test splits:
documents with a cast member, characters or original network triple; see its README). Each
document's tokens are joined back into text (no space before "," "." ")" "'s", none after
"("), the document title without its Wikipedia disambiguation ("Tiana (Disney)") is the
article title, and the whole document is one `Article`.

Facts become Wikidata triples exactly as in bench/text2kgbench.py, through the ontology's
alignment (`common.wikidata_triples`): reasoning gives P161 cast member, P57 director,
P58 screenwriter, P136 genre, P272 production company, P144 based on...; skos matches give
P577 publication date (a series' date is its first season's), P449 original network,
P170 creator. Only confirmed facts count.

Scoring follows upstream `evaluation.py` (summarised in the data README): micro P/R/F1 over
unique (document, relation, head entity, tail entity), entities being indices into the gold
`vertexSet`. A free-text extractor has to be aligned to those entities first: a showgraph
node matches an entity when one of its names (rdfs:label, skos:altLabel) equals one of the
entity's mentions, compared lowercased with everything but letters and digits removed and a
leading "the" dropped; a date matches a TIME entity whose mention reads as the same date
(year, year-month or day, as written). A triple counts as correct when some pair of matching
entities is a gold triple; one that cannot be aligned is a false positive. Only the relations
showgraph's vocabulary covers are scored (the rest are listed with their gold counts), so
this measures the covered relations, not DocRED's 96. Published Re-DocRED results (trained
models, all relations, the full 500-document split) are not comparable and are not shown.

Figures (`.venv/bin/python bench/redocred.py`, test split): see the README's "Extraction on
unseen text" section.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from common import peak_rss_mb, table, wikidata_alignment, wikidata_triples

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "re-docred"
SPLITS = {
    "test": DATA / "test_revised_tvfilm_core.jsonl",
    "dev": DATA / "dev_revised_tvfilm_core.jsonl",
}
REL_INFO = DATA / "rel_info.json"

Key = tuple[int, int, str]  # (head entity, tail entity, PID)


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# -- document -> article --------------------------------------------------------------------------

_NO_SPACE_BEFORE = re.compile(r" (?=[,.;:!?)\]%]|'s\b|'\s|n't\b)")
_NO_SPACE_AFTER = re.compile(r"(?<=[(\[$]) ")


def detokenize(tokens: list[str]) -> str:
    """Tokens joined back into text.

    >>> detokenize("Rambaan ( Rama 's Arrow ) is a 1948 film , directed by Vijay Bhatt .".split())
    "Rambaan (Rama's Arrow) is a 1948 film, directed by Vijay Bhatt."
    """
    text = " ".join(tokens).replace("``", '"').replace("''", '"')
    return _NO_SPACE_AFTER.sub("", _NO_SPACE_BEFORE.sub("", text))


_DISAMBIGUATION = re.compile(r"\s+\([^()]*\)$")


def to_article(doc: dict, index: int):
    from showgraph.model import Article

    body = " ".join(detokenize(sentence) for sentence in doc["sents"])
    title = _DISAMBIGUATION.sub("", doc["title"])  # the page "Tiana (Disney)" is about "Tiana"
    return Article(source_name=f"doc{index:03d}", title=title, text=f"{title}\n\n{body}")


# -- aligning showgraph's nodes to the gold entities ----------------------------------------------


def name_key(name: str) -> str:
    """A name as compared with mentions: lowercased, letters and digits only, no leading "the".

    >>> name_key("The Sound Barrier"), name_key("Rama 's Arrow")
    ('soundbarrier', 'ramasarrow')
    """
    key = re.sub(r"[\W_]+", " ", name.lower()).strip()
    return re.sub(r"^the ", "", key).replace(" ", "")


@dataclass
class Entities:
    """A document's gold entities, indexed by mention name and by the dates mentions read as."""

    by_name: dict[str, set[int]] = field(default_factory=dict)
    by_date: dict[str, set[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: dict) -> Entities:
        from showgraph.extract.dates import find_dates

        out = cls()
        for index, mentions in enumerate(doc["vertexSet"]):
            for mention in mentions:
                text = detokenize(mention["name"].split())
                out.by_name.setdefault(name_key(text), set()).add(index)
                if mention["type"] == "TIME":
                    dates = [d.iso for d in find_dates(text)] or re.findall(r"^\d{4}$", text)
                    for iso in dates:
                        out.by_date.setdefault(iso, set()).add(index)
        return out

    def match(self, names: list[str], date: str | None) -> set[int]:
        if date is not None:
            return self.by_date.get(date, set())
        return set().union(*(self.by_name.get(name_key(n), set()) for n in names))


def node_names(graph, node) -> tuple[list[str], str | None]:
    """(names, None) for a resource, ([], ISO date) for a date literal, ([text], None) else."""
    from rdflib import RDFS, SKOS, Literal

    if isinstance(node, Literal):
        datatype = str(node.datatype or "")
        if datatype.endswith(("#date", "#gYearMonth", "#gYear")):
            return [], str(node)
        return [str(node)], None
    names = [str(o) for o in graph.objects(node, RDFS.label)]
    names += [str(o) for o in graph.objects(node, SKOS.altLabel)]
    return names or [str(node).rsplit("/", 1)[-1]], None


# -- the run --------------------------------------------------------------------------------------


@dataclass
class Prediction:
    doc: int
    pid: str
    subject: str
    object: str
    hit: Key | None  # the gold triple it matches
    aligned: bool  # both ends matched some gold entity


@dataclass
class Result:
    gold: dict[int, set[Key]]
    predictions: list[Prediction]
    pids: set[str]  # the relations scored
    seconds: float
    other_gold: Counter = field(default_factory=Counter)  # gold triples of relations not scored


def run(docs: list[dict], jobs: int) -> Result:
    from showgraph.extract import extract_corpus
    from showgraph.namespaces import load_ontology

    alignment = wikidata_alignment()
    # DocRED's relations that showgraph covers; P179 (part of the series) is left out: its
    # subjects in showgraph are seasons, which are no DocRED entities.
    pids = alignment.strict | set(alignment.loose.values())
    pids &= set(json.loads(REL_INFO.read_text()))
    pids.discard("P179")
    ontology = load_ontology()
    start = time.perf_counter()
    extractions = extract_corpus([to_article(d, i) for i, d in enumerate(docs)], jobs=jobs)
    gold: dict[int, set[Key]] = {}
    other = Counter()
    predictions = []
    for i, (doc, extraction) in enumerate(zip(docs, extractions)):
        gold[i] = {(lab["h"], lab["t"], lab["r"]) for lab in doc["labels"] if lab["r"] in pids}
        other.update(lab["r"] for lab in doc["labels"] if lab["r"] not in pids)
        entities = Entities.of(doc)
        graph, triples = wikidata_triples(extraction, alignment, ontology)
        seen = set()
        for s, pid, o, _ in triples:
            if pid not in pids:
                continue
            s_names, _ = node_names(graph, s)
            o_names, o_date = node_names(graph, o)
            heads, tails = entities.match(s_names, None), entities.match(o_names, o_date)
            pairs = {(h, t, pid) for h in heads for t in tails if h != t}
            hits = sorted(pairs & gold[i])
            label = (s_names[0], o_date or o_names[0], pid)
            if label in seen:
                continue
            seen.add(label)
            predictions.append(Prediction(i, pid, label[0], label[1], hits[0] if hits else None,
                                          bool(pairs)))
    return Result(gold, predictions, pids, time.perf_counter() - start, other)


def scores(
    result: Result, pid: str | None = None, leave_out: str | None = None
) -> tuple[int, int, int, float, float, float]:
    """(gold, predicted, correct, P, R, F1) over all scored relations (but `leave_out`) or one."""

    def counted(rel: str) -> bool:
        return pid in (None, rel) and rel != leave_out

    gold = {(d, k) for d, keys in result.gold.items() for k in keys if counted(k[2])}
    predicted = [p for p in result.predictions if counted(p.pid)]
    correct = {(p.doc, p.hit) for p in predicted if p.hit is not None}
    p = len(correct) / len(predicted) if predicted else 0.0
    r = len(correct) / len(gold) if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return len(gold), len(predicted), len(correct), p, r, f1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 2)[2])
    parser.add_argument("--split", choices=tuple(SPLITS), default="test")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--jobs", type=int, default=1, help="extraction processes")
    parser.add_argument("--show", type=int, default=0, help="print N wrong and N missed triples")
    parser.add_argument("--json", type=Path, help="also write the figures here as JSON")
    args = parser.parse_args(argv)

    docs = read_jsonl(SPLITS[args.split])[: args.limit]
    labels = json.loads(REL_INFO.read_text())
    result = run(docs, args.jobs)
    print(f"Re-DocRED {args.split} (core film/TV subset): {len(docs)} documents extracted in "
          f"{result.seconds:.1f} s; peak RSS {peak_rss_mb():.0f} MB")

    rows = []
    for pid in sorted(result.pids, key=lambda p: int(p[1:])):
        figures = scores(result, pid)
        if figures[0] or figures[1]:
            rows.append([f"{pid} {labels.get(pid, '?')}", *figures])
    total = scores(result)
    rows.append(["micro, scored relations", *total])
    rows.append(["micro, without P136 genre", *scores(result, leave_out="P136")])
    print(table(["relation", "gold", "predicted", "correct", "P", "R", "F1"], rows))
    unaligned = sum(not p.aligned for p in result.predictions)
    print(f"(predictions whose subject or object is no gold entity: {unaligned} of "
          f"{len(result.predictions)}, all counted wrong; DocRED seldom marks a film's genre "
          "as an entity, so genres are mostly among them)")
    top = ", ".join(f"{pid} {labels.get(pid, '?')} {n}"
                    for pid, n in result.other_gold.most_common(8))
    print(f"Not scored (no showgraph property): {sum(result.other_gold.values())} gold triples; "
          f"most common: {top}")

    if args.show:
        _show(docs, result, labels, args.show)
    if args.json:
        gold, predicted, correct, p, r, f1 = total
        args.json.write_text(json.dumps({"split": args.split, "documents": len(docs),
                                         "gold": gold, "predicted": predicted,
                                         "correct": correct, "p": p, "r": r, "f1": f1}, indent=1))
    return 0


def _show(docs: list[dict], result: Result, labels: dict, limit: int) -> None:
    def entity(doc: dict, index: int) -> str:
        return detokenize(doc["vertexSet"][index][0]["name"].split())

    wrong = [p for p in result.predictions if p.hit is None][:limit]
    print(f"\nWrong ({len(wrong)} shown):")
    for p in wrong:
        why = "" if p.aligned else "  [not a gold entity]"
        print(f"  {docs[p.doc]['title']}: {p.subject} | {labels.get(p.pid)} | {p.object}{why}")
    hit = {(p.doc, p.hit) for p in result.predictions}
    missed = [(d, k) for d, keys in result.gold.items() for k in sorted(keys) if (d, k) not in hit]
    print(f"\nMissed ({min(limit, len(missed))} of {len(missed)} shown):")
    for d, (h, t, pid) in missed[:limit]:
        print(f"  {docs[d]['title']}: {entity(docs[d], h)} | {labels.get(pid)} | "
              f"{entity(docs[d], t)}")


if __name__ == "__main__":
    sys.exit(main())
