"""Read and write datasets as TriG, N-Quads, Turtle, N-Triples or JSON-LD.

Parsing and serialising go through pyoxigraph, which is one to two orders of magnitude faster
than rdflib's own parsers and serialisers on graphs of millions of triples; rdflib stays the
in-memory API. Writes are atomic: a temporary file beside the target is renamed into place,
so an interrupted or failed write never leaves a half-written output.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .errors import InputError, ShowgraphError
from .namespaces import PREFIXES

#: Every prefix showgraph declares in queries and writes in Turtle/TriG output.
ALL_PREFIXES: dict[str, str] = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    **{k: str(v) for k, v in PREFIXES.items()},
}
#: The prefixes written in Turtle and TriG: sgr: is left out, as its local names hold "/",
#: which Turtle would have to escape (`sgr:show\/kingdom`); full IRIs read better.
TURTLE_PREFIXES: dict[str, str] = {k: v for k, v in ALL_PREFIXES.items() if k != "sgr"}

# suffix -> (pyoxigraph format, whether the format keeps named graphs)
FORMATS = {
    ".trig": (ox.RdfFormat.TRIG, True),
    ".nq": (ox.RdfFormat.N_QUADS, True),
    ".jsonld": (ox.RdfFormat.JSON_LD, True),
    ".ttl": (ox.RdfFormat.TURTLE, False),
    ".nt": (ox.RdfFormat.N_TRIPLES, False),
}


def format_for(path: str | Path) -> tuple[ox.RdfFormat, bool]:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(FORMATS)
        raise ShowgraphError(
            f"{path}: unknown graph format {suffix or '(no suffix)'!r}; use one of {known}"
        )
    return FORMATS[suffix]


# -- term conversion ---------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def to_ox(term) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot convert {term!r} to an RDF term")


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def from_ox(term) -> URIRef | BNode | Literal:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        # Oxigraph types plain literals as xsd:string; rdflib keeps them untyped.
        return Literal(term.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))
    raise TypeError(f"cannot convert {term!r} to an rdflib term")


def _graph_name(name) -> ox.NamedNode | ox.BlankNode | ox.DefaultGraph:
    if name is None or name == DATASET_DEFAULT_GRAPH_ID:
        return ox.DefaultGraph()
    return to_ox(name)


def dataset_quads(dataset: Dataset) -> Iterator[ox.Quad]:
    """Every quad of `dataset` as pyoxigraph quads."""
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graph = g.identifier if isinstance(g, Graph) else g
        yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), _graph_name(graph))


# -- writing -----------------------------------------------------------------------------


def save_dataset(dataset: Dataset, path: str | Path) -> Path:
    """Write `dataset` to `path` in the format its suffix names (atomically)."""
    store = ox.Store()
    store.extend(dataset_quads(dataset))
    return save_store(store, path)


def save_store(store: ox.Store, path: str | Path) -> Path:
    """Write the named graphs of a pyoxigraph store to `path` (atomically)."""
    return write_quads(store_quads(store), path)


def store_quads(store: ox.Store) -> Iterator[ox.Quad]:
    """The quads of a store's named graphs, graph by graph, each sorted by subject.

    Sorting one graph at a time keeps memory flat and makes the output depend on the content
    only (an in-memory store iterates in insertion order). The default graph is left out: in
    showgraph's stores it only repeats the named graphs.
    """
    for name in sorted(store.named_graphs(), key=str):
        yield from sorted(store.quads_for_pattern(None, None, None, name), key=str)


def write_quads(quads: Iterable[ox.Quad], path: str | Path) -> Path:
    """Serialise quads to `path` (atomically); triple formats get the union of all graphs."""
    path = Path(path)
    fmt, keeps_graphs = format_for(path)
    if not keeps_graphs:
        quads = (ox.Triple(q.subject, q.predicate, q.object) for q in quads)
    kwargs = (
        {"prefixes": TURTLE_PREFIXES} if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE) else {}
    )
    with atomic_output(path) as tmp:
        ox.serialize(_dedupe_triples(quads) if not keeps_graphs else quads, tmp, fmt, **kwargs)
    return path


def _dedupe_triples(triples: Iterable[ox.Triple]) -> Iterator[ox.Triple]:
    seen: set[ox.Triple] = set()
    for triple in triples:
        if triple not in seen:
            seen.add(triple)
            yield triple


class atomic_output:
    """Context manager giving a temporary path that replaces `path` only on success."""

    def __init__(self, path: str | Path):
        self.path = Path(path)

    def __enter__(self) -> Path:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(
            prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent
        )
        os.close(fd)
        self.tmp = Path(name)
        return self.tmp

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            # mkstemp makes owner-only files; outputs get the usual permissions
            umask = os.umask(0)
            os.umask(umask)
            self.tmp.chmod(0o666 & ~umask)
            os.replace(self.tmp, self.path)
        else:
            self.tmp.unlink(missing_ok=True)


# -- reading -----------------------------------------------------------------------------


def load_dataset(path: str | Path) -> Dataset:
    """Read a graph file into a Dataset; triple formats (.ttl, .nt) go to the default graph."""
    from .rdf import new_dataset

    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such graph file")
    fmt, _ = format_for(path)
    dataset = new_dataset()
    graphs: dict = {}

    def graph_for(name) -> Graph:
        if name not in graphs:
            graphs[name] = (
                dataset.default_graph
                if isinstance(name, ox.DefaultGraph)
                else dataset.graph(from_ox(name))
            )
        return graphs[name]

    try:
        dataset.addN(
            (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), graph_for(q.graph_name))
            for q in ox.parse(path=str(path), format=fmt)
        )
    except SyntaxError as err:
        raise InputError(path, f"not valid {fmt.name}: {err}") from None
    return dataset
