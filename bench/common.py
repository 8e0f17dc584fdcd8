"""Small helpers the bench scripts share: wall-clock timing, peak memory, aligned tables, and the
ontology's Wikidata alignment that the extraction benchmarks score through."""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

WDT = "http://www.wikidata.org/prop/direct/"


def peak_rss_mb(children: bool = False) -> float:
    """Peak resident set size in MiB of this process (or of its finished, waited-for children).

    `ru_maxrss` is KiB on Linux and bytes on macOS. For children it is the largest single
    child, not a sum.
    """
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


@contextmanager
def timed(into: dict[str, float], name: str) -> Iterator[None]:
    """Add the wall-clock seconds the block takes to `into[name]`."""
    start = time.perf_counter()
    try:
        yield
    finally:
        into[name] = into.get(name, 0.0) + time.perf_counter() - start


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain aligned text table: first column left-aligned, the others right-aligned.

    >>> print(table(["stage", "s"], [["extract", "1.50"], ["write", "0.20"]]))
    stage       s
    -------  ----
    extract  1.50
    write    0.20
    """
    cells = [[str(c) for c in headers]] + [[_fmt(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: list[str]) -> str:
        parts = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        return "  ".join(parts).rstrip()

    out = [line(cells[0]), "  ".join("-" * w for w in widths)]
    out += [line(row) for row in cells[1:]]
    return "\n".join(out)


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 10 else f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


# -- showgraph facts as Wikidata triples ----------------------------------------------------------


@dataclass
class WikidataAlignment:
    """showgraph properties aligned to Wikidata properties, as ontology/showgraph.ttl says."""

    strict: set[str]  # PIDs reasoning entails (subPropertyOf, equivalentProperty, inverseOf)
    loose: dict[str, str]  # sg property IRI -> PID (skos:exactMatch / skos:closeMatch)
    described: list[tuple[str, str, str]]  # (sg property, axiom, PID) for reports


def wikidata_alignment() -> WikidataAlignment:
    from rdflib import OWL, RDFS, SKOS

    from showgraph.namespaces import SG, load_ontology

    how = {RDFS.subPropertyOf: "subPropertyOf", OWL.equivalentProperty: "equivalentProperty",
           OWL.inverseOf: "inverseOf", SKOS.exactMatch: "exactMatch", SKOS.closeMatch: "closeMatch"}
    strict, loose, described = set(), {}, []
    for s, p, o in load_ontology():
        if p not in how or not str(o).startswith(WDT) or not str(s).startswith(str(SG)):
            continue
        pid = str(o)[len(WDT):]
        described.append((str(s)[len(str(SG)):], how[p], pid))
        if p in (RDFS.subPropertyOf, OWL.equivalentProperty, OWL.inverseOf):
            strict.add(pid)
        else:
            loose[str(s)] = pid
    return WikidataAlignment(strict, loose, sorted(described))


def wikidata_triples(extraction, alignment: WikidataAlignment, ontology):
    """(article graph, [(subject, PID, object, strict)]) for one extraction's confirmed facts.

    Strict triples are the ones OWL RL reasoning over the ontology gives in a Wikidata property
    (cast member from sg:plays + sg:characterIn, for instance); loose ones come from an sg:
    property with a skos match, a season's date standing for its series only for season 1.
    """
    from rdflib import RDF, Dataset

    from showgraph.namespaces import SG
    from showgraph.rdf import article_graphs, to_dataset
    from showgraph.reason import reason

    if not extraction.facts:
        return Dataset().default_context, []
    dataset = to_dataset([extraction], ontology=ontology)
    graph = next(article_graphs(dataset))
    truthy = [t for t in graph if (t[0], RDF.type, SG.Statement) not in graph]
    out: dict[tuple, None] = {}
    for s, p, o in truthy + list(reason(dataset)):
        if str(p).startswith(WDT) and str(p)[len(WDT):] in alignment.strict:
            out[(s, str(p)[len(WDT):], o, True)] = None
        elif str(p) in alignment.loose:
            if (s, RDF.type, SG.Season) in graph:
                if int(graph.value(s, SG.seasonNumber) or 0) != 1:
                    continue
                s = graph.value(None, SG.hasSeason, s)
            if s is not None:
                out[(s, alignment.loose[str(p)], o, False)] = None
    return graph, list(out)
