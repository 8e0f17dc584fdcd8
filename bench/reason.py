"""Benchmark showgraph.reason against plain owlrl on generated show graphs.

    .venv/bin/python bench/reason.py                  # 10k and 100k truthy triples
    .venv/bin/python bench/reason.py --sizes 10k,100k,1M
    .venv/bin/python bench/reason.py --sizes 1M --engines compiled

Engines: "owlrl" is one plain owlrl expansion (OWL step only, no rules), "compiled" is
reason(ds) (returns an rdflib Graph), "store" is reason_store(store) on a pyoxigraph Store
holding the same dataset.
Each measurement runs in a fresh process: the dataset is generated there, then reasoned over;
"wall" is the reason() call alone and "peak" the process's peak RSS growth during it
(resource.getrusage, so no tracemalloc slow-down). owlrl is skipped above 100k triples.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from showgraph.namespaces import ARTICLE_GRAPH_PREFIX, ONTOLOGY_GRAPH, SG, SGR, load_ontology

OWLRL_LIMIT = 100_000
FATES = (SG.survives, SG.diesIn, SG.infectedIn, SG.missingIn)


def parse_size(text: str) -> int:
    text = text.strip().lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1], 1)
    return int(float(text.rstrip("km")) * factor)


def generate(size: int, seed: int = 7) -> Dataset:
    """About `size` truthy triples: shows with seasons, characters, actors, fates, renewals,
    one article graph per show; some links left for reasoning to fill in (characters without
    sg:characterIn, a renewed season without sg:hasSeason)."""
    rng = random.Random(seed)
    ds = Dataset()
    onto = ds.graph(ONTOLOGY_GRAPH)
    for t in load_ontology():
        onto.add(t)
    actors = max(10, size // 60)
    count = 0
    show_no = 0
    while count < size:
        show = SGR[f"show/show-{show_no}"]
        g = ds.graph(URIRef(f"{ARTICLE_GRAPH_PREFIX}article-{show_no}"))
        article = SGR[f"article/article-{show_no}"]
        triples = [
            (article, RDF.type, SG.Article),
            (article, SG.sourceName, Literal(f"article-{show_no}")),
            (show, RDF.type, SG.Show),
            (show, RDFS.label, Literal(f"Show {show_no}")),
        ]
        n_seasons = rng.randint(1, 5)
        seasons = []
        for n in range(1, n_seasons + 1):
            season = SGR[f"show/show-{show_no}/season/{n}"]
            seasons.append(season)
            triples += [
                (season, RDF.type, SG.Season),
                (season, SG.seasonNumber, Literal(n)),
            ]
            if n < n_seasons:
                triples.append((show, SG.hasSeason, season))
            else:  # the newest season is only renewed: a rule links it to the show
                triples.append(
                    (season, SG.renewalDate, Literal(f"{2015 + n}-06-01", datatype=XSD.date))
                )
        for c in range(rng.randint(5, 20)):
            character = SGR[f"show/show-{show_no}/character/c{c}"]
            actor = SGR[f"person/actor-{rng.randrange(actors)}"]
            triples += [
                (character, RDFS.label, Literal(f"Character {c}")),
                (actor, SG.plays, character),
            ]
            if rng.random() < 0.7:
                triples.append((character, SG.characterIn, show))
            for season in rng.sample(seasons, rng.randint(0, min(2, len(seasons)))):
                triples.append((character, rng.choice(FATES), season))
        for t in triples:
            g.add(t)
        count += len(triples)
        show_no += 1
    return ds


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def to_store(ds: Dataset):
    import pyoxigraph as ox

    from showgraph.reason import _to_ox

    store = ox.Store()
    store.bulk_extend(
        ox.Quad(_to_ox(s), _to_ox(p), _to_ox(o), ox.NamedNode(str(g.identifier)))
        for g in ds.graphs()
        if g.identifier != ds.default_context.identifier
        for s, p, o in g
    )
    return store


def plain_owlrl(ds: Dataset) -> int:
    """One owlrl OWL-RL expansion of ontology + truthy triples (no rules), filtered the way
    reason() filters; reason(ds, engine="owlrl") re-expands after every rule round, about
    four times this."""
    import owlrl

    from showgraph.reason import is_useful, ontology_of, truthy_triples

    g = Graph()
    for t in ontology_of(ds):
        g.add(t)
    base = set(truthy_triples(ds))
    for t in base:
        g.add(t)
    owlrl.DeductiveClosure(
        owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False
    ).expand(g)
    return sum(1 for t in g if t not in base and is_useful(t))


def worker(size: int, engine: str) -> dict:
    from showgraph.reason import reason, reason_store

    ds = generate(size)
    truthy = sum(len(g) for g in ds.graphs() if str(g.identifier).startswith(ARTICLE_GRAPH_PREFIX))
    if engine == "store":
        store = to_store(ds)
        del ds
    before = _rss_mb()
    start = time.perf_counter()
    if engine == "store":
        inferred = reason_store(store)
    elif engine == "owlrl":
        inferred = plain_owlrl(ds)
    else:
        inferred = len(reason(ds, engine=engine))
    wall = time.perf_counter() - start
    return {
        "size": size,
        "engine": engine,
        "truthy": truthy,
        "inferred": inferred,
        "wall": wall,
        "peak_mb": _rss_mb() - before,
        "total_peak_mb": _rss_mb(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k", help="comma-separated, e.g. 10k,100k,1M")
    parser.add_argument(
        "--engines",
        default="owlrl,compiled,store",
        help="owlrl (plain owlrl, OWL step only), compiled (reason() on an rdflib Dataset), "
        "store (reason_store() on a pyoxigraph Store)",
    )
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(int(args.worker[0]), args.worker[1])))
        return
    print(f"{'truthy':>9} {'engine':>9} {'inferred':>9} {'wall s':>8} {'peak MB':>8} {'RSS MB':>8}")
    for size in map(parse_size, args.sizes.split(",")):
        for engine in args.engines.split(","):
            if engine == "owlrl" and size > OWLRL_LIMIT:
                print(
                    f"{size:>9} {engine:>9}   skipped: owlrl above {OWLRL_LIMIT:,} takes too long"
                )
                continue
            out = subprocess.run(
                [sys.executable, __file__, "--worker", str(size), engine],
                capture_output=True,
                text=True,
                check=True,
            )
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(
                f"{r['truthy']:>9} {engine:>9} {r['inferred']:>9} {r['wall']:>8.2f} "
                f"{r['peak_mb']:>8.0f} {r['total_peak_mb']:>8.0f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
