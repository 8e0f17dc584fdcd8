"""Time every saved query on the stores showgraph opens and on rdflib's in-memory Dataset.

    .venv/bin/python bench/query.py                      # ~1M truthy triples (+ statements)
    .venv/bin/python bench/query.py --triples 100k
    .venv/bin/python bench/query.py --triples 1M --graph /tmp/g1m.trig   # keep/reuse the file

The graph is generated with showgraph's own writer (`rdf.article_triples` on made-up
extractions: shows, seasons, casts with actors shared between shows, fates, renewals,
releases, some speculative facts) and written to a TriG file, so IRIs, named graphs and
statement nodes are exactly what `showgraph build` writes. "Truthy" counts every triple that
is not about a statement node. No reasoning: the inferred graph is left out everywhere.

What users run, each timed from the same file:
- "memory": `store.open_source(GRAPH)`, the store `showgraph query GRAPH` / `serve GRAPH` use
  (the file bulk-loaded into an in-memory Oxigraph store, plus the merged default graph);
- "disk": an on-disk store holding the same quads with its merged default graph (as
  `showgraph build --store` leaves it), reopened with `open_source(store=DIR)` as
  `showgraph query --store DIR` / `serve --store DIR` do;
- "rdflib": `io.load_dataset(GRAPH)` queried through rdflib (union default graph), each
  saved query in its plain form (`plain`: the subqueries that make Oxigraph join by hash
  written as plain patterns, which rdflib runs much faster).

Per query: `showgraph.query.query`, median of `--runs`: the query run by Oxigraph, its rows
serialised as TSV there and, when it ends in ORDER BY, sorted by showgraph (Oxigraph's own
sort decodes strings at every comparison); the result holds the rows as TSV cells, ready to
print. "+ terms": reading the result's `.rows` once, which makes rdflib terms (what the Python
API hands out). In brackets the raw pyoxigraph time, one run: the query as written, ORDER BY
included, serialised as TSV (no Python object per row). Every run happens in a
forked child killed after `--cap` seconds ("> cap"); a run slower than a quarter of the cap
is not repeated (rdflib mostly). The rows of the three engines are compared as multisets
(GROUP_CONCAT cells compared as sets of parts: their order is unspecified).
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from showgraph.io import ALL_PREFIXES, load_dataset, to_ox, write_quads
from showgraph.model import Article, Extraction, Fact
from showgraph.namespaces import SGR
from showgraph.query import merge_union, query, saved_queries, union_options
from showgraph.rdf import article_graph_iri, article_triples
from showgraph.store import open_source, open_store

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


_SUBQUERY = re.compile(r"(OPTIONAL\s*)?\{\s*SELECT\s[^{}]*?WHERE\s*\{([^{}]*)\}\s*\}")


def plain(text: str) -> str:
    """The query with its `{ SELECT ... WHERE { P } }` joins written as plain patterns `P`.

    The saved queries wrap patterns in subqueries so that Oxigraph joins them by hash; rdflib
    evaluates such subqueries whole and slowly, so it gets the plain form, the same rows.
    """
    return _SUBQUERY.sub(lambda m: f"OPTIONAL {{ {m[2]} }}" if m[1] else f"{m[2]} .", text)


def rows_digest(rows) -> str:
    """A digest of rows as a multiset; " | "-joined cells (GROUP_CONCAT) as sets of parts."""

    def cell(term) -> str:
        text = repr(term)
        if " | " in str(term):
            text = " | ".join(sorted(str(term).split(" | ")))
        return text

    lines = sorted("\t".join(cell(t) for t in row) for row in rows)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]


def _child(run, runs: int, cap: float, out) -> None:
    times, result = [], None
    for i in range(runs):
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
        if i == 0:
            out.send(times[0])  # lets the parent give up after one slow run
            if times[0] > cap / 4:
                break
    terms = None
    if not isinstance(result, int):  # rdflib terms are made when `rows` is first read
        started = time.perf_counter()
        terms = len(result.rows) and time.perf_counter() - started
    rows = result if isinstance(result, int) else len(result.rows)
    digest = None if isinstance(result, int) else rows_digest(result.rows)
    out.send((statistics.median(times), rows, len(times), digest, terms))


def capped_time(run, runs: int, cap: float):
    """(median seconds, or None if one run took over `cap`; rows; runs done; rows digest;
    seconds to make the rdflib terms of the last result's rows, once).

    `run()` returns a QueryResult (digested) or a row count. Runs in a forked child, killed
    at the cap: neither rdflib nor pyoxigraph can be interrupted in-process. A run slower than
    a quarter of the cap is not repeated.
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
    return None, 0, 0, None, None


def raw_rows(store: ox.Store, text: str) -> int:
    """Run a query in Oxigraph and serialise its rows as TSV there (what `serve` does)."""
    result = store.query(text, prefixes=ALL_PREFIXES, **union_options(store))
    if isinstance(result, ox.QuerySolutions):
        return result.serialize(format=ox.QueryResultsFormat.TSV).count(b"\n") - 1
    return int(bool(result)) if isinstance(result, ox.QueryBoolean) else len(list(result))


def _timed(label: str, work):
    started = time.perf_counter()
    value = work()
    seconds = time.perf_counter() - started
    print(f"{label}: {seconds:.1f} s", file=sys.stderr, flush=True)
    return value, seconds


def build_disk_store(graph: Path, folder: Path) -> None:
    """An on-disk store with the quads of `graph` and its merged default graph, closed."""
    store = open_store(folder)
    store.bulk_load(path=str(graph), format=ox.RdfFormat.TRIG)
    merge_union(store, bulk=True)  # what `build_store` does after a build
    store.optimize()
    store.flush()


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
    parser.add_argument("--no-rdflib", action="store_true", help="time the stores only")
    parser.add_argument("--no-disk", action="store_true", help="skip the on-disk store")
    parser.add_argument(
        "--graph", type=Path, help="TriG file to reuse if it exists, else to write (kept)"
    )
    parser.add_argument("--only", nargs="*", help="saved queries to time (default: all)")
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="showgraph-bench-"))
    graph = args.graph or folder / "graph.trig"
    if not graph.is_file():
        started = time.perf_counter()
        quads = [
            ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(str(g)))
            for g, triples in generate(args.triples)
            for s, p, o in triples
        ]
        print(f"generate: {time.perf_counter() - started:.1f} s", file=sys.stderr)
        write_quads(quads, graph)
        del quads
    print(f"graph file: {graph} ({graph.stat().st_size / 1e6:,.0f} MB)", file=sys.stderr)

    loads: dict[str, float] = {}
    stores: dict[str, ox.Store] = {}
    stores["memory"], loads["memory"] = _timed(
        "memory store: open_source(GRAPH)", lambda: open_source(graph)
    )
    if not args.no_disk:
        disk = folder / "store"
        _, loads["disk build"] = _timed(
            "disk store: bulk_load + merge_union + optimize", lambda: build_disk_store(graph, disk)
        )
        stores["disk"], loads["disk"] = _timed(
            "disk store: open_source(store=DIR)", lambda: open_source(store=disk)
        )
    print(
        f"store quads (named graphs + merged default graph): {len(stores['memory']):,}",
        file=sys.stderr,
    )
    dataset = None
    if not args.no_rdflib:
        dataset, loads["rdflib"] = _timed(
            "rdflib: load_dataset(GRAPH)", lambda: load_dataset(graph)
        )

    cap = args.cap
    rows_out = []
    mismatches = []
    for name, text in saved_queries().items():
        if args.only and name not in args.only:
            continue
        line, digests, times = [name, ""], {}, {}
        for engine, store in stores.items():
            full_s, rows, _, digests[engine], terms_s = capped_time(
                lambda store=store, text=text: query(store, text), args.runs, cap
            )
            raw_s = capped_time(lambda store=store, text=text: raw_rows(store, text), 1, cap)[0]
            times[engine] = full_s
            line[1] = line[1] or f"{rows:,}"
            line.append(f"{_seconds(full_s, cap)} ({_seconds(raw_s, cap)})")
            if engine == "disk":
                line.append(_seconds(terms_s, cap))
        if dataset is not None:
            plain_text = plain(text)
            rdflib_s, rdflib_rows, done, digests["rdflib"], _ = capped_time(
                lambda text=plain_text: query(dataset, text), args.runs, cap
            )
            note = "" if done in (0, args.runs) else f" ({done} run)"
            line.append(_seconds(rdflib_s, cap) + note)
            for engine in stores:
                mine = times[engine]
                if rdflib_s is None:
                    line.append(f"> {cap / mine:,.0f}x" if mine else "?")
                else:
                    line.append(f"{rdflib_s / mine:,.1f}x" if mine else "?")
        known = {e: d for e, d in digests.items() if d is not None}
        if len(set(known.values())) > 1:
            mismatches.append(f"{name}: rows differ: {known}")
            line[1] += " [rows differ]"
        rows_out.append(line)
        print("  ".join(line), file=sys.stderr, flush=True)

    headers = ["query", "rows", *(f"{e} s (raw)" for e in stores)]
    if "disk" in stores:
        headers.append("+ terms s")
    if dataset is not None:
        headers += ["rdflib s", *(f"rdflib/{e}" for e in stores)]
    print(
        f"\n{args.triples:,} truthy triples requested, {len(stores['memory']):,} quads in the "
        f"store; median of {args.runs} runs (seconds; raw = Oxigraph alone, ORDER BY included, "
        "rows serialised as TSV, one run; + terms = reading `.rows` of the disk result, which "
        "makes its rdflib terms). Load: " + ", ".join(f"{k} {v:.1f} s" for k, v in loads.items())
    )
    print(_table(headers, rows_out))
    for message in mismatches:
        print(message)
    stores.clear()
    shutil.rmtree(folder, ignore_errors=True)
    return 1 if mismatches else 0


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
