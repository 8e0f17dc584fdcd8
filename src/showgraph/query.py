"""SPARQL over a dataset, a graph file or an Oxigraph store, with saved queries and formatting.

Every query form has one result type: `QueryResult.kind` is "select" (`vars`, `rows`),
"ask" (`boolean`) or "graph" (`graph`, from CONSTRUCT or DESCRIBE). Rows hold rdflib terms
whatever engine ran the query, so callers never see the difference.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from .errors import QueryError, ShowgraphError
from .io import ALL_PREFIXES, from_ox
from .namespaces import PREFIXES

OUTPUT_FORMATS = ("table", "csv", "tsv", "json")


@dataclass
class QueryResult:
    kind: str  # "select" | "ask" | "graph"
    vars: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def __len__(self) -> int:
        if self.kind == "select":
            return len(self.rows)
        return len(self.graph) if self.graph is not None else int(bool(self.boolean))

    def as_dicts(self) -> list[dict[str, object]]:
        """SELECT rows as dictionaries of Python values (for pandas: `DataFrame(r.as_dicts())`)."""
        return [
            {
                v: (t.toPython() if isinstance(t, Literal) else (str(t) if t is not None else None))
                for v, t in zip(self.vars, row)
            }
            for row in self.rows
        ]


def prologue() -> str:
    """PREFIX declarations for the namespaces showgraph uses, to prepend to user queries."""
    return "".join(f"PREFIX {k}: <{v}>\n" for k, v in ALL_PREFIXES.items())


def _with_prologue(sparql: str) -> tuple[str, int]:
    """The query with showgraph's prefixes declared (unless it declares them) and the line shift."""
    declared = set(re.findall(r"(?im)^\s*PREFIX\s+([\w-]*)\s*:", sparql))
    lines = [line for line in prologue().splitlines() if line.split()[1][:-1] not in declared]
    return "\n".join(lines) + "\n" + sparql, len(lines)


def query(source, sparql: str) -> QueryResult:
    """Run `sparql` on an rdflib Dataset/Graph or a pyoxigraph Store.

    The default graph is the union of all named graphs. The prefixes `sg:`, `sgr:`, `schema:`,
    `rdfs:`, `skos:`, `prov:`, `xsd:`, `owl:` and `rdf:` are predeclared.
    """
    if isinstance(source, ox.Store):
        return _query_oxigraph(source, sparql)
    if isinstance(source, Graph):
        return _query_rdflib(source, sparql)
    raise TypeError(
        f"cannot query {type(source).__name__}; pass a Dataset, Graph or pyoxigraph.Store"
    )


def union_options(store: ox.Store) -> dict:
    """How to make a store's default graph the union of its named graphs.

    pyoxigraph 0.5's `use_default_graph_as_union` is a multiset: a triple found in n named
    graphs matches n times (oxigraph issue #1919), so joins over labels repeat rows. Stores
    showgraph opens keep the set union in their default graph instead (`merge_union`); only a
    store without one falls back to the flag.
    """
    if next(store.quads_for_pattern(None, None, None, ox.DefaultGraph()), None) is not None:
        return {}
    return {"use_default_graph_as_union": True}


def merge_union(store: ox.Store, *, bulk: bool = False) -> None:
    """Set the store's default graph to the set union of its named graphs.

    By default one SPARQL update, so one transaction. `bulk=True` dumps every named graph as
    N-Triples and bulk-loads the lot into the default graph (the store drops the repeats);
    graphs with blank nodes (the ontology) are copied last by an update instead, as the bulk
    loader would rename their blank nodes. On an on-disk store of 2.7M quads that takes 40 s
    where the update takes 4 min (bench/query.py), but it is not atomic: meant for a store
    being built (`build_store` checks that the last step, the ontology, is there).
    """
    if not bulk:
        store.update("DROP SILENT DEFAULT ; INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        return
    with_blanks = []
    with tempfile.TemporaryDirectory(prefix="showgraph-merge-") as folder:
        path = Path(folder) / "union.nt"
        with path.open("wb") as out:  # a file, not memory: ~180 bytes a quad
            for name in store.named_graphs():
                data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name)
                # the bulk loader would give this graph's blank nodes fresh ids
                if b"_:" in data and isinstance(name, ox.NamedNode):
                    with_blanks.append(name)
                else:
                    out.write(data)
        store.clear_graph(ox.DefaultGraph())
        store.bulk_load(path=path, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
    if with_blanks:  # the ontology: its canonical blank nodes must be the same in every graph
        graphs = " ".join(str(name) for name in with_blanks)
        store.update(
            f"INSERT {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {graphs} }} GRAPH ?g {{ ?s ?p ?o }} }}"
        )


def _query_oxigraph(store: ox.Store, sparql: str) -> QueryResult:
    text, shift = _with_prologue(sparql)
    try:
        result = store.query(text, **union_options(store))
    except SyntaxError as err:
        raise _oxigraph_syntax_error(str(err.msg or err), text, shift) from None
    except (OSError, RuntimeError, ValueError) as err:
        raise QueryError(str(err)) from None
    return result_from_oxigraph(result)


def result_from_oxigraph(result) -> QueryResult:
    """A `QueryResult` from pyoxigraph's QuerySolutions, QueryBoolean or QueryTriples."""
    if isinstance(result, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(result))
    convert = _term_converter()
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = [tuple([convert(term) for term in solution]) for solution in result]
        return QueryResult("select", vars=names, rows=rows)
    graph = _new_graph()
    for triple in result:
        graph.add((convert(triple.subject), convert(triple.predicate), convert(triple.object)))
    return QueryResult("graph", graph=graph)


def _term_converter():
    """`from_ox` remembered for one result (None stays None, for unbound variables).

    Labels and IRIs repeat from row to row, and making an rdflib term costs many times a dict
    lookup (`sources` at 200k triples: 6.6 s -> 4.6 s with the query, on a loaded machine).
    """
    memo: dict = {None: None}

    def convert(term):
        try:
            return memo[term]
        except KeyError:
            value = memo[term] = from_ox(term)
            return value

    return convert


def _oxigraph_syntax_error(message: str, text: str, shift: int) -> QueryError:
    """A readable QueryError from Oxigraph's "error at L:C: expected one of ..." message."""
    where = re.match(r"error at (\d+):(\d+): ", message)
    if not where:
        return QueryError(message.splitlines()[0])
    line, column = int(where.group(1)), int(where.group(2))
    message = message[where.end() :]
    if "Prefix not found" in message:
        before = text.splitlines()[line - 1][: column - 1]
        prefix = re.search(r"([A-Za-z][\w.-]*)?:[\w.-]*$", before)
        name = f"{prefix.group(1) or ''}:" if prefix else "a prefix"
        message = f"unknown prefix {name}; declare it with PREFIX"
    elif "expected one of" in message:
        message = "unexpected text here"
    return QueryError(message.splitlines()[0][:200], line - shift, column)


def _query_rdflib(graph: Graph, sparql: str) -> QueryResult:
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql import prepareQuery

    text, shift = _with_prologue(sparql)
    try:
        prepared = prepareQuery(text)
    except ParseBaseException as err:
        raise QueryError(err.msg, err.lineno - shift, err.col) from None
    except Exception as err:  # rdflib raises bare Exception for e.g. an unknown prefix
        raise QueryError(str(err)) from None
    try:
        result = graph.query(prepared)
    except Exception as err:
        raise QueryError(f"the query could not run: {err}") from None
    if result.type == "ASK":
        return QueryResult("ask", boolean=bool(result.askAnswer))
    if result.type == "SELECT":
        names = [str(v) for v in result.vars]
        return QueryResult("select", vars=names, rows=[tuple(row) for row in result])
    out = _new_graph()
    for triple in result.graph or []:
        out.add(triple)
    return QueryResult("graph", graph=out)


def _new_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


# -- saved queries -----------------------------------------------------------------------


def saved_queries() -> dict[str, str]:
    """The saved queries shipped with showgraph, by name (file stem)."""
    folder = resources.files("showgraph") / "queries"
    return {
        Path(entry.name).stem: entry.read_text(encoding="utf-8")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".rq")
    }


def saved_query_description(text: str) -> str:
    """The first comment line of a saved query, which says what it answers."""
    for line in text.splitlines():
        if line.startswith("#"):
            return line.lstrip("# ").strip()
    return ""


def load_query(name_or_path: str | Path) -> str:
    """Query text from a file path, or from a saved query's name."""
    path = Path(name_or_path)
    if path.is_file():
        return path.read_text(encoding="utf-8")
    saved = saved_queries()
    name = path.stem if path.suffix == ".rq" else str(name_or_path)
    if name in saved:
        return saved[name]
    raise ShowgraphError(
        f"{name_or_path}: no such query file or saved query (saved: {', '.join(saved)})"
    )


# -- formatting --------------------------------------------------------------------------


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a result: SELECT as table/csv/tsv/json, ASK as true/false, graphs as Turtle."""
    if result.kind == "graph":
        return result.graph.serialize(format="turtle")
    if result.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean})
        return "true" if result.boolean else "false"
    if fmt == "json":
        return json.dumps(_json_results(result), indent=2, ensure_ascii=False)
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.vars)
        for row in result.rows:
            writer.writerow(["" if t is None else str(t) for t in row])
        return buffer.getvalue().rstrip("\n")
    if fmt == "table":
        return _table(result)
    raise ShowgraphError(f"unknown output format {fmt!r}; use one of {', '.join(OUTPUT_FORMATS)}")


def _json_results(result: QueryResult) -> dict:
    def term(t) -> dict:
        if isinstance(t, URIRef):
            return {"type": "uri", "value": str(t)}
        if isinstance(t, BNode):
            return {"type": "bnode", "value": str(t)}
        out = {"type": "literal", "value": str(t)}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype:
            out["datatype"] = str(t.datatype)
        return out

    bindings = [
        {v: term(t) for v, t in zip(result.vars, row) if t is not None} for row in result.rows
    ]
    return {"head": {"vars": result.vars}, "results": {"bindings": bindings}}


def compact(iri: str) -> str:
    """`sgr:person/park-ji-hu` for a showgraph IRI: shorter than the IRI, still unambiguous."""
    for prefix, namespace in _COMPACT_PREFIXES:
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return f"<{iri}>"


_COMPACT_PREFIXES = sorted(ALL_PREFIXES.items(), key=lambda kv: -len(kv[1]))


def _table(result: QueryResult) -> str:
    def cell(t) -> str:
        if t is None:
            return ""
        if isinstance(t, URIRef):
            return compact(str(t))
        return str(t)

    rows = [[cell(t) for t in row] for row in result.rows]
    widths = [max([len(v)] + [len(r[i]) for r in rows]) for i, v in enumerate(result.vars)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(result.vars), line(["-" * w for w in widths])]
    out += [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
