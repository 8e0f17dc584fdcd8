"""Benchmark showgraph.reason against plain owlrl on generated show graphs.

    .venv/bin/python bench/reason.py                  # 10k and 100k truthy triples
    .venv/bin/python bench/reason.py --sizes 10k,100k,1M --repeat 3
    .venv/bin/python bench/reason.py --sizes 1M --engines store,dataset

Engines: "owlrl" is one plain owlrl expansion (OWL step only, no rules), "compiled" is
reason(ds) (returns a new rdflib Graph), "dataset" is pipeline.add_inferred(ds) (reason() into
the dataset's inferred graph: the Python API), "store" is reason_store(store) on a pyoxigraph
Store holding the same graphs (the build pipeline; that process never builds an rdflib Dataset).
Each measurement runs in a fresh process: the data is generated there, then reasoned over;
"wall" is the reasoning call alone, "+MB" the process's peak RSS growth during it and
"RSS MB" its peak RSS overall (resource.getrusage, so no tracemalloc slow-down). With
--repeat N the row shows the best wall time of N runs and the highest peaks. "x owlrl" is
plain owlrl's wall time over the engine's at that size. "load" is the 1-minute load average
when the row's first run started (other processes share the cores). owlrl is skipped above
--owlrl-limit truthy triples.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from showgraph.namespaces import ARTICLE_GRAPH_PREFIX, ONTOLOGY_GRAPH, SG, SGR, load_ontology

OWLRL_LIMIT = 100_000
ENGINES = ("owlrl", "compiled", "dataset", "store")
FATES = (SG.survives, SG.diesIn, SG.infectedIn, SG.missingIn)


def parse_size(text: str) -> int:
    text = text.strip().lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1], 1)
    return int(float(text.rstrip("km")) * factor)


def generate(size: int, seed: int = 7) -> Dataset:
    """`generate_quads` as an rdflib Dataset."""
    ds = Dataset()
    graphs: dict[URIRef, Graph] = {}
    for name, s, p, o in generate_quads(size, seed):
        g = graphs.get(name)
        if g is None:
            g = graphs[name] = ds.graph(name)
        g.add((s, p, o))
    return ds


def generate_quads(size: int, seed: int = 7):
    """`(graph, s, p, o)`: the ontology graph, then about `size` truthy triples: shows with
    seasons, characters, actors, fates, renewals, one article graph per show; some links left
    for reasoning to fill in (characters without sg:characterIn, a renewed season without
    sg:hasSeason)."""
    rng = random.Random(seed)
    for t in load_ontology():
        yield (ONTOLOGY_GRAPH, *t)
    actors = max(10, size // 60)
    count = 0
    show_no = 0
    while count < size:
        show = SGR[f"show/show-{show_no}"]
        g = URIRef(f"{ARTICLE_GRAPH_PREFIX}article-{show_no}")
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
        for t in dict.fromkeys(triples):  # a Graph would drop repeats too
            yield (g, *t)
        count += len(triples)
        show_no += 1


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def to_store(quads):
    """A pyoxigraph Store holding `(graph, s, p, o)` rdflib quads."""
    import pyoxigraph as ox

    from showgraph.io import to_ox

    cache: dict = {}

    def term(t):
        found = cache.get(t)
        if found is None:
            found = cache[t] = to_ox(t)
        return found

    store = ox.Store()
    store.extend(ox.Quad(term(s), term(p), term(o), term(g)) for g, s, p, o in quads)
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
    import pyoxigraph as ox

    from showgraph.pipeline import add_inferred
    from showgraph.reason import reason, reason_store

    if engine == "store":
        store = to_store(generate_quads(size))
        truthy = sum(
            1
            for g in store.named_graphs()
            if isinstance(g, ox.NamedNode) and g.value.startswith(ARTICLE_GRAPH_PREFIX)
            for _ in store.quads_for_pattern(None, None, None, g)
        )
    else:
        ds = generate(size)
        truthy = sum(
            len(g) for g in ds.graphs() if str(g.identifier).startswith(ARTICLE_GRAPH_PREFIX)
        )
    before = _rss_mb()
    start = time.perf_counter()
    if engine == "store":
        inferred = reason_store(store)
    elif engine == "owlrl":
        inferred = plain_owlrl(ds)
    elif engine == "dataset":
        inferred = add_inferred(ds)
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
        help="comma-separated: owlrl (plain owlrl, OWL step only), compiled (reason() into a "
        "new Graph), dataset (pipeline.add_inferred: reason() into the dataset), store "
        "(reason_store() on a pyoxigraph Store)",
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs per row; best wall time")
    parser.add_argument("--owlrl-limit", type=parse_size, default=OWLRL_LIMIT)
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(int(args.worker[0]), args.worker[1])))
        return
    print(
        f"{'truthy':>9} {'engine':>9} {'inferred':>9} {'wall s':>8} {'x owlrl':>8} "
        f"{'+MB':>6} {'RSS MB':>7} {'load':>5}"
    )
    for size in map(parse_size, args.sizes.split(",")):
        owlrl_wall = None
        for engine in args.engines.split(","):
            if engine not in ENGINES:
                parser.error(f"unknown engine {engine!r}: use {', '.join(ENGINES)}")
            if engine == "owlrl" and size > args.owlrl_limit:
                print(f"{size:>9} {engine:>9}   skipped: above --owlrl-limit {args.owlrl_limit:,}")
                continue
            load = os.getloadavg()[0]
            runs = []
            for _ in range(args.repeat):
                out = subprocess.run(
                    [sys.executable, __file__, "--worker", str(size), engine],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
            r = min(runs, key=lambda run: run["wall"])
            peak = max(run["peak_mb"] for run in runs)
            total = max(run["total_peak_mb"] for run in runs)
            if engine == "owlrl":
                owlrl_wall = r["wall"]
            ratio = f"{owlrl_wall / r['wall']:.1f}" if owlrl_wall else "-"
            print(
                f"{r['truthy']:>9} {engine:>9} {r['inferred']:>9} {r['wall']:>8.2f} "
                f"{ratio:>8} {peak:>6.0f} {total:>7.0f} {load:>5.2f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
