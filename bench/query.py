"""Time every saved query on the on-disk Oxigraph store and on rdflib's in-memory Dataset.

    .venv/bin/python bench/query.py                      # ~1M truthy triples (+ statements)
    .venv/bin/python bench/query.py --triples 100k
    .venv/bin/python bench/query.py --triples 1M --cap 60 --runs 3

The graph is generated with showgraph's own writer (`rdf.article_triples` on made-up
extractions: shows, seasons, casts with actors shared between shows, fates, renewals,
releases, some speculative facts), so IRIs, named graphs and statement nodes are exactly what
`showgraph build` writes. "Truthy" counts every triple that is not about a statement node.
No reasoning: the inferred graph is left out on both sides.

Three ways to run each query (median of `--runs`, rows turned into rdflib terms as
`showgraph.query` returns them): "store" queries the store's merged default graph (the set
union of the named graphs, see `merge_default_graph`); "union" queries the same store the way
`showgraph.query` does today (pyoxigraph's union default graph, which repeats rows); "rdflib"
queries a `Dataset(default_union=True)`. Every run happens in a forked child killed after
`--cap` seconds ("> cap"); a run slower than a quarter of the cap is not repeated.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from showgraph.io import ALL_PREFIXES, to_ox
from showgraph.model import Article, Extraction, Fact
from showgraph.namespaces import SGR
from showgraph.query import query, result_from_oxigraph, saved_queries
from showgraph.rdf import article_graph_iri, article_triples, new_dataset

STATEMENT_PREFIX = str(SGR["statement/"])
PLATFORMS = ("Netflix", "Disney+", "Prime Video", "Apple TV+", "Max", "Hulu")
FATES = ("survives", "dies", "infected", "missing")


def parse_size(text: str) -> int:
    text = text.strip().lower().replace("_", "").replace(",", "")
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1], 1)
    return int(float(text.rstrip("km")) * factor)


def generate(truthy_target: int, seed: int = 7):
    """(graph IRI, triples) per article until about `truthy_target` truthy triples."""
    rng = random.Random(seed)
    actors: list[str] = []
    truthy = total = 0
    show_number = 0
    while truthy < truthy_target:
        show_number += 1
        show = f"Show {show_number}"
        seasons = rng.randint(1, 5)
        cast = []
        for c in range(rng.randint(8, 30)):
            if actors and rng.random() < 0.3:  # actors in several shows
                actor = rng.choice(actors)
            else:
                actor = f"Actor {len(actors) + 1}"
                actors.append(actor)
            cast.append((actor, f"Character {show_number}-{c + 1}"))
        for season in range(1, seasons + 1):
            name = f"show-{show_number}-s{season}.txt"
            article = Article(name, f"{show} season {season}", f"{show} season {season}")
            facts = [
                Fact("plays", show, actor=a, character=c, evidence=f"{a} plays {c}.")
                for a, c in rng.sample(cast, k=max(1, len(cast) // 2))
            ]
            for _, character in rng.sample(cast, k=max(1, len(cast) // 3)):
                fate = rng.choice(FATES)
                facts.append(
                    Fact(
                        "fate",
                        show,
                        season,
                        character=character,
                        fate=fate,
                        certainty=rng.choice(("confirmed",) * 4 + ("speculative",)),
                        evidence=f"{character} {fate} in season {season}.",
                    )
                )
            year = 2015 + rng.randint(0, 10)
            facts += [
                Fact(
                    "renewed",
                    show,
                    season,
                    date=f"{year - 1}-{rng.randint(1, 12):02d}-01",
                    evidence=f"{show} was renewed.",
                ),
                Fact(
                    "filming",
                    show,
                    season,
                    date=f"{year - 1}-{rng.randint(1, 12):02d}",
                    evidence="Filming started.",
                ),
                Fact(
                    "released",
                    show,
                    season,
                    date=f"{year}-{rng.randint(1, 12):02d}-15",
                    platform=rng.choice(PLATFORMS),
                    evidence=f"{show} premiered.",
                ),
                Fact(
                    "episodes", show, season, count=rng.randint(6, 16), evidence="It has episodes."
                ),
            ]
            if season == seasons:
                facts.append(
                    Fact(
                        "expected_release",
                        show,
                        season + 1,
                        date=str(year + 2),
                        certainty="speculative",
                        evidence="It will likely return.",
                    )
                )
            triples = list(article_triples(Extraction(article, tuple(facts))))
            truthy += sum(not str(s).startswith(STATEMENT_PREFIX) for s, _, _ in triples)
            total += len(triples)
            yield article_graph_iri(name), triples
    print(
        f"generated {show_number:,} shows, {len(actors):,} actors: {truthy:,} truthy "
        f"triples, {total:,} in all",
        file=sys.stderr,
    )


def _child(run, runs: int, cap: float, out) -> None:
    times, rows = [], 0
    for i in range(runs):
        started = time.perf_counter()
        rows = len(run())
        times.append(time.perf_counter() - started)
        if i == 0:
            out.send(times[0])  # lets the parent give up after one slow run
            if times[0] > cap / 4:
                break
    out.send((statistics.median(times), rows, len(times)))


def capped_time(run, runs: int, cap: float) -> tuple[float | None, int, int]:
    """(median seconds, or None if one run took over `cap`; rows; runs done).

    Runs in a forked child, which is killed at the cap: neither rdflib nor pyoxigraph can be
    interrupted in-process. A run slower than a quarter of the cap is not repeated.
    """
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(run, runs, cap, send))
    child.start()
    if receive.poll(cap):
        first = receive.recv()
        if receive.poll(max(cap, first * runs * 2)):
            result = receive.recv()
            child.join()
            return result
    child.kill()
    child.join()
    return None, 0, 0


def merge_default_graph(store: ox.Store) -> None:
    """Copy the set union of the named graphs into the default graph (one update).

    pyoxigraph 0.5's `use_default_graph_as_union` is a bag: a triple stated in n graphs
    matches n times (oxigraph issue #1919, fixed upstream by PR #1920), so joins over triples
    that several articles repeat multiply rows. Querying a merged default graph gives the
    set semantics SPARQL specifies (and rdflib gives).
    """
    store.update("DROP SILENT DEFAULT ; INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--triples",
        type=parse_size,
        default=1_000_000,
        help="truthy triples to generate (e.g. 10k, 1M)",
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--cap",
        type=float,
        default=120.0,
        help="seconds one run may take before it is given up",
    )
    parser.add_argument("--no-rdflib", action="store_true", help="time the store only")
    parser.add_argument(
        "--union", action="store_true", help="also time the store queried as a union (slow)"
    )
    parser.add_argument("--store", type=Path, help="store folder (default: a temporary one)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    articles = list(generate(args.triples))
    print(f"generate: {time.perf_counter() - started:.1f} s", file=sys.stderr)

    folder = args.store or Path(tempfile.mkdtemp(prefix="showgraph-bench-"))
    store = ox.Store(str(folder))
    started = time.perf_counter()
    store.bulk_extend(
        ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(str(graph)))
        for graph, triples in articles
        for s, p, o in triples
    )
    merge_default_graph(store)
    store.optimize()
    print(
        f"store load: {time.perf_counter() - started:.1f} s ({len(store):,} quads in {folder})",
        file=sys.stderr,
    )

    dataset = None
    if not args.no_rdflib:
        started = time.perf_counter()
        dataset = new_dataset()
        for graph, triples in articles:
            target = dataset.graph(graph)
            target.addN((s, p, o, target) for s, p, o in triples)
        print(f"rdflib load: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    del articles

    def on_merged(text):
        return lambda: result_from_oxigraph(store.query(text, prefixes=ALL_PREFIXES))

    def on_union(text):
        return lambda: query(store, text)  # what showgraph.query does today

    def on_rdflib(text):
        return lambda: query(dataset, text)

    cap = args.cap
    rows_out = []
    for name, text in saved_queries().items():
        merged_s, rows, _ = capped_time(on_merged(text), args.runs, cap)
        line = [name, f"{rows:,}", _seconds(merged_s, cap)]
        if args.union:
            union_s, union_rows, _ = capped_time(on_union(text), args.runs, cap)
            line += [_seconds(union_s, cap), f"{union_rows:,}" if union_s is not None else "?"]
        if dataset is not None:
            rdflib_s, rdflib_rows, done = capped_time(on_rdflib(text), args.runs, cap)
            note = "" if done in (0, args.runs) else f" ({done} run)"
            if rdflib_s is not None and rdflib_rows != rows:
                note += f" [rows: {rdflib_rows:,}]"
            line.append(_seconds(rdflib_s, cap) + note)
            if rdflib_s is None:
                line.append(f"> {cap / merged_s:,.0f}x" if merged_s else "?")
            else:
                line.append(f"{rdflib_s / merged_s:,.1f}x" if merged_s else "?")
        rows_out.append(line)
        print("  ".join(line), file=sys.stderr)

    headers = ["query", "rows", "store s"]
    headers += ["union s", "union rows"] if args.union else []
    headers += ["rdflib s", "rdflib/store"] if dataset is not None else []
    print(
        f"\n{args.triples:,} truthy triples requested; median of {args.runs} runs (seconds, "
        "rows included as rdflib terms). store = on-disk Oxigraph store, merged default graph"
        + (
            "; union = the same store queried as showgraph.query does today "
            "(use_default_graph_as_union, which repeats rows: oxigraph #1919)"
            if args.union
            else ""
        )
    )
    print(_table(headers, rows_out))
    if args.store is None:
        del store
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    return 0


def _seconds(value: float | None, cap: float) -> str:
    return f"> {cap:g}" if value is None else f"{value:.3f}"


def _table(headers: list[str], rows: list[list[str]]) -> str:
    cells = [headers, *rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: list[str]) -> str:
        return "  ".join(
            [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        )

    return "\n".join([line(headers), "  ".join("-" * w for w in widths), *map(line, rows)])


if __name__ == "__main__":
    sys.exit(main())
