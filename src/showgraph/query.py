"""SPARQL over a dataset, a graph file or an Oxigraph store, with saved queries and formatting.

Every query form has one result type: `QueryResult.kind` is "select" (`vars`, `rows`),
"ask" (`boolean`) or "graph" (`graph`, from CONSTRUCT or DESCRIBE). Rows hold rdflib terms
whatever engine ran the query, so callers never see the difference. On an Oxigraph store the
rows are read from Oxigraph's TSV output and a final ORDER BY is done here (see
`run_oxigraph`); the terms are made when `rows` is first read.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
import tempfile
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from ._gc import gc_paused
from .errors import QueryError, ShowgraphError
from .io import ALL_PREFIXES, from_ox, to_ox
from .namespaces import PREFIXES

OUTPUT_FORMATS = ("table", "csv", "tsv", "json")


class QueryResult:
    """The result of a query: `kind` is "select" (`vars`, `rows`), "ask" (`boolean`) or "graph"
    (`graph`, from CONSTRUCT or DESCRIBE).

    SELECT rows are tuples of rdflib terms (None where a variable is unbound). A result from
    Oxigraph keeps its rows as SPARQL TSV cells (`cells`: `<iri>`, `_:b`, `"text"@en`,
    `"2024"^^<...>`, `42`, "" when unbound) and makes the rdflib terms when `rows` is first
    read: printing a result never needs them.
    """

    def __init__(
        self,
        kind: str,
        vars: list[str] | None = None,
        rows: list[tuple] | None = None,
        boolean: bool | None = None,
        graph: Graph | None = None,
        *,
        cells: list[list[str]] | None = None,
    ):
        self.kind = kind
        self.vars = list(vars or [])
        self._cells = cells
        self._rows = rows if rows is not None else (None if cells is not None else [])
        self.boolean = boolean
        self.graph = graph

    @property
    def rows(self) -> list[tuple]:
        if self._rows is None:
            terms = _Memo(_term)
            with gc_paused():
                self._rows = [tuple(map(terms.__getitem__, row)) for row in self._cells]
        return self._rows

    @property
    def cells(self) -> list[list[str]]:
        if self._cells is None:
            self._cells = [[cell_of(term) for term in row] for row in self._rows]
        return self._cells

    def __len__(self) -> int:
        if self.kind == "select":
            return len(self._cells if self._rows is None else self._rows)
        return len(self.graph) if self.graph is not None else int(bool(self.boolean))

    def __repr__(self) -> str:
        return f"<QueryResult {self.kind} {len(self)}>"

    def as_dicts(self) -> list[dict[str, object]]:
        """SELECT rows as dictionaries of Python values (for pandas: `DataFrame(r.as_dicts())`):
        IRIs as str, literals as int, float, date... (rdflib's `toPython`), None when unbound."""
        if self._rows is None:  # from cells: no rdflib term needed for plain text and IRIs
            values = _Memo(_python_value)
            with gc_paused():
                return [{v: values[cell] for v, cell in zip(self.vars, row)} for row in self._cells]
        return [{v: _python(term) for v, term in zip(self.vars, row)} for row in self.rows]


def prologue() -> str:
    """PREFIX declarations for the namespaces showgraph uses, to prepend to user queries."""
    return "".join(f"PREFIX {k}: <{v}>\n" for k, v in ALL_PREFIXES.items())


def with_prologue(sparql: str) -> tuple[str, int]:
    """The query with showgraph's prefixes declared (unless it declares them) and the line shift."""
    declared = set(re.findall(r"(?im)^\s*PREFIX\s+([\w-]*)\s*:", sparql))
    lines = [line for line in prologue().splitlines() if line.split()[1][:-1] not in declared]
    return "\n".join(lines) + "\n" + sparql, len(lines)


def query(source, sparql: str, bindings: Mapping[str, object] | None = None) -> QueryResult:
    """Run `sparql` on an rdflib Dataset/Graph or a pyoxigraph Store.

    The default graph is the union of all named graphs. The prefixes `sg:`, `sgr:`, `schema:`,
    `rdfs:`, `skos:`, `prov:`, `xsd:`, `owl:` and `rdf:` are predeclared. `bindings` gives
    variables a value, `{"show": "Kingdom"}`: only the rows where they have it are returned
    (see `values_clause`).
    """
    values = values_clause(sparql, bindings) if bindings else ""
    if isinstance(source, ox.Store):
        return _query_oxigraph(source, sparql, values)
    if isinstance(source, Graph):
        return _query_rdflib(source, sparql + values)
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


def _query_oxigraph(store: ox.Store, sparql: str, values: str = "") -> QueryResult:
    text, shift = with_prologue(sparql)
    try:
        result, order = run_oxigraph(store, text, values, **union_options(store))
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            rows = tsv_rows(result.serialize(format=ox.QueryResultsFormat.TSV), order)
            return QueryResult("select", names, cells=rows if names else [[] for _ in rows])
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


# -- ORDER BY outside Oxigraph -----------------------------------------------------------
#
# Oxigraph sorts by decoding both terms of every comparison from its string table: on a
# RocksDB store, sorting 127k labels takes 5.5 s where reading them takes 0.3 s
# (bench/query.py). A query whose last clause is ORDER BY on variables it returns therefore
# runs without it, and its rows, serialised as TSV inside Oxigraph, are sorted here in
# SPARQL's order (unbound < blank node < IRI < literal; numbers by value, strings by code
# point), with one key made per distinct cell.

_ORDER_BY = re.compile(
    r"\bORDER\s+BY((?:\s*(?:(?:ASC|DESC)\s*\(\s*[?$]\w+\s*\)|[?$]\w+))+)\s*\Z", re.IGNORECASE
)
_ORDER_KEY = re.compile(r"(ASC|DESC)?\s*\(?\s*[?$](\w+)", re.IGNORECASE)


def split_order_by(text: str) -> tuple[str, list[tuple[str, bool]]] | None:
    """(the query without its final ORDER BY, [(variable, descending)]) or None.

    Only a final `ORDER BY` of plain variables, after the last `}` (so not a subquery's) and
    with nothing after it (LIMIT and OFFSET need the order inside the engine).
    """
    tail_start = text.rfind("}") + 1
    tail = re.sub(r"(?m)#[^\n<>\"']*$", "", text[tail_start:])  # comments, not IRIs or strings
    match = _ORDER_BY.search(tail)
    if not match:
        return None
    keys = [(name, how.upper() == "DESC") for how, name in _ORDER_KEY.findall(match[1])]
    return text[:tail_start] + tail[: match.start()], keys


def run_oxigraph(store: ox.Store, text: str, values: str = "", **options):
    """`store.query(text + values, **options)`, and the [(column, descending)] to `sort_cells` by.

    A final ORDER BY on variables the query returns is left out of the query and returned to
    be done by `sort_cells`; a CONSTRUCT's order does not matter without LIMIT. `values` is a
    final VALUES clause (`values_clause`), which comes after the ORDER BY.
    """
    split = split_order_by(text)
    returned = _returned_variables(text)
    if split is not None and (returned is None or {k for k, _ in split[1]} <= returned):
        head, keys = split
        result = store.query(head + values, **options)
        if not isinstance(result, ox.QuerySolutions):
            return result, []
        names = [v.value for v in result.variables]
        if all(name in names for name, _ in keys):
            return result, [(names.index(name), descending) for name, descending in keys]
    return store.query(text + values, **options), []


# -- bindings ------------------------------------------------------------------------------


def values_clause(sparql: str, bindings: Mapping[str, object]) -> str:
    """A final `VALUES (?a ?b) { (1 2) }` clause giving each variable of `bindings` its value.

    SPARQL joins such a clause with the solutions of the WHERE clause, so a saved query answers
    for one show or one character without a word of it changed, on every engine (rdflib,
    Oxigraph, any endpoint). Values are rdflib or pyoxigraph terms, or Python values made into
    literals (`"Kingdom"`, `2`, `date(2024, 5, 1)`); a list of values keeps the rows with any
    of them. As with any VALUES join, a row where the variable is unbound (an OPTIONAL that
    did not match) is kept and shows the value. A name the query does not return, or one its
    SELECT clause computes (`(COUNT(?s) AS ?shows)`: computed after the join), is an error.
    """
    names: list[str] = []
    for name in bindings:
        bare = str(name).lstrip("?$")
        if not re.fullmatch(r"\w+", bare):
            raise ShowgraphError(f"cannot bind {name!r}: not a variable name")
        if bare in names:
            raise ShowgraphError(f"?{bare} is bound twice")
        names.append(bare)
    clause = _select_clause(sparql)
    returned = _returned_variables(sparql)
    code = _IRIS_AND_STRINGS.sub(" ", sparql)
    for name in names:
        if returned is not None and name not in returned:
            have = ", ".join(f"?{v}" for v in sorted(returned)) or "nothing"
            raise ShowgraphError(f"cannot bind ?{name}: the query returns {have}")
        if not re.search(r"[?$]" + name + r"\b", code):
            raise ShowgraphError(f"cannot bind ?{name}: the query has no ?{name}")
        if clause is not None and re.search(r"\bAS\s+[?$]" + name + r"\b", clause, re.I):
            raise ShowgraphError(
                f"cannot bind ?{name}: the SELECT clause computes it; bind a variable it is "
                "computed from"
            )
    if re.search(r"\bVALUES\b[^{}]*\{[^{}]*\}\s*\Z", code, re.I):
        raise ShowgraphError("the query ends in its own VALUES clause; add the values there")
    columns = [
        [_sparql_term(v) for v in (value if isinstance(value, list | tuple) else [value])]
        for value in bindings.values()
    ]
    rows = " ".join(f"({' '.join(row)})" for row in itertools.product(*columns))
    return f"\nVALUES ({' '.join('?' + n for n in names)}) {{ {rows} }}\n"


_PYTHON_VALUES = (str, int, float, Decimal, date, datetime, time)


def _sparql_term(value) -> str:
    """`value` written as a SPARQL term (N-Triples syntax)."""
    if isinstance(value, ox.BlankNode | BNode):
        raise ShowgraphError("a blank node cannot be bound: it names nothing outside its graph")
    if isinstance(value, _PYTHON_VALUES) and not isinstance(value, Literal | URIRef):
        value = Literal(value)
    if isinstance(value, URIRef | Literal):
        value = to_ox(value)
    if not isinstance(value, ox.NamedNode | ox.Literal):
        raise ShowgraphError(f"cannot bind {value!r}: give a term, a string, a number or a date")
    return str(value)


def parse_binding(text: str) -> tuple[str, ox.NamedNode | ox.Literal]:
    """`NAME=VALUE` from the command line as (name, term).

    VALUE is read as a Turtle term when it is one (`<iri>`, `sg:Dies`, `2`, `true`,
    `"2024-05-01"^^xsd:date`, `"text"@en`), and as plain text otherwise (`Nam On-jo`).
    """
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not re.fullmatch(r"\w+", name):
        raise ShowgraphError(f"--bind {text!r}: write NAME=VALUE, e.g. show=Kingdom")
    turtle = "".join(f"@prefix {k}: <{v}> .\n" for k, v in ALL_PREFIXES.items())
    value = value.strip()
    try:
        (quad,) = ox.parse(f"{turtle}<urn:x> <urn:x> {value} .", ox.RdfFormat.TURTLE)
        term = quad.object
    except (SyntaxError, ValueError):
        term = ox.Literal(value)
    return name, term


def parse_bindings(texts: Iterable[str]) -> dict[str, list[ox.NamedNode | ox.Literal]]:
    """`NAME=VALUE` options as `query` bindings; a name given twice keeps either value."""
    out: dict[str, list[ox.NamedNode | ox.Literal]] = {}
    for text in texts:
        name, term = parse_binding(text)
        out.setdefault(name, []).append(term)
    return out


_QUERY_FORM = re.compile(r"\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b", re.IGNORECASE)
_IRIS_AND_STRINGS = re.compile(
    r"(?i)\bPREFIX\s+[\w.-]*:|<[^<>\s]*>|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|#[^\n]*"
)


def _select_clause(text: str) -> str | None:
    """What a SELECT query's SELECT clause lists (None for `SELECT *` and the other forms),
    with IRIs, strings and comments blanked out."""
    text = _IRIS_AND_STRINGS.sub(" ", text)  # a prefix, an IRI or a string may say "select"
    form = _QUERY_FORM.search(text)
    if form is None or form[1].upper() != "SELECT":
        return None
    clause = re.split(r"\{|\bWHERE\b|\bFROM\b", text[form.end() :], maxsplit=1, flags=re.I)[0]
    if clause.strip().upper().removeprefix("DISTINCT").removeprefix("REDUCED").strip() == "*":
        return None
    return clause


def _returned_variables(text: str) -> set[str] | None:
    """The variables a SELECT query returns, or None for `SELECT *` and the other forms.

    Read from the text so that a query is not run twice (Oxigraph does much of the work when
    the query is made): bare `?v` in the SELECT clause and `AS ?v` in its expressions.
    """
    clause = _select_clause(text)
    if clause is None:
        return None
    returned = set(re.findall(r"\bAS\s+[?$](\w+)", clause, re.IGNORECASE))
    depth = 0
    for token in re.findall(r"[()]|[?$]\w+", clause):
        depth += {"(": 1, ")": -1}.get(token, 0)
        if depth == 0 and token[0] in "?$":
            returned.add(token[1:])
    return returned


def tsv_rows(data: bytes, order: list[tuple[int, bool]]) -> list[list[str]]:
    """The rows of SPARQL TSV results (header line first) as cells, sorted by `order`.

    A literal's tabs and newlines are escaped in TSV, so lines and cells split safely.
    """
    with gc_paused():
        rows = [line.split("\t") for line in data.decode().split("\n")[1:-1]]
        return sort_cells(rows, order) if order else rows


def sort_cells(rows: list[list[str]], order: list[tuple[int, bool]]) -> list[list[str]]:
    """Rows of TSV cells sorted as ORDER BY sorts them, by `order` [(column, descending)]."""
    keys = _Memo(_sort_key)
    columns = []  # the sort keys of each ORDER BY column, row by row
    for column, _ in order:
        cells = [row[column] for row in rows]
        text = "\n".join(cells)
        if _NOT_PLAIN.search(text) and _NOT_IRIS.search(text):
            columns.append([keys[cell] for cell in cells])
        else:  # only plain text or only IRIs, the usual case: compared as str, much faster
            columns.append([cell[1:-1] for cell in cells])
    index = list(range(len(rows)))
    if len({descending for _, descending in order}) == 1:  # one sort, on all the keys
        index.sort(key=list(zip(*columns)).__getitem__, reverse=order[0][1])
    else:  # a stable sort per key, the last key first
        for (_, descending), column_keys in reversed(list(zip(order, columns))):
            index.sort(key=column_keys.__getitem__, reverse=descending)
    return [rows[i] for i in index]


_NOT_PLAIN = re.compile(r'(?m)^[^"]|[^"]$|\\')  # a line that is not "text" without escapes
_NOT_IRIS = re.compile(r"(?m)^(?:[^<]|<<)|[^>]$")  # a line that is not <iri>


class _Memo(dict):
    """`function(key)`, made once per distinct key (cells repeat from row to row)."""

    def __init__(self, function):
        super().__init__()
        self.function = function

    def __missing__(self, key):
        value = self[key] = self.function(key)
        return value


def _sort_key(cell: str) -> tuple:
    """A TSV cell's ORDER BY key: numbers by value, then strings by code point (and language),
    then other literals by type and lexical form."""
    kind, value, language, datatype = parse_cell(cell)
    if kind != "literal":
        return (_KIND_RANK[kind], value)
    if datatype in _NUMERIC:
        try:
            return (3, 0, float(value) if datatype in _FLOATS else Decimal(value))
        except (ValueError, ArithmeticError):
            pass
    if datatype is None:
        return (3, 1, value, language or "")
    return (3, 2, datatype, value)


_KIND_RANK = {"unbound": 0, "bnode": 1, "uri": 2}
_XSD = "http://www.w3.org/2001/XMLSchema#"
_FLOATS = {_XSD + "float", _XSD + "double"}
_NUMERIC = _FLOATS | {
    _XSD + name
    for name in (
        "decimal integer long int short byte nonNegativeInteger nonPositiveInteger "
        "negativeInteger positiveInteger unsignedLong unsignedInt unsignedShort unsignedByte"
    ).split()
}


# -- TSV cells and rdflib terms ----------------------------------------------------------

_BARE_NUMBER = re.compile(r"[+-]?(?:(\d+)|(\d*\.\d+)|((?:\d+\.?\d*|\.\d+)[eE][+-]?\d+))\Z")
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_UNESCAPED = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f"}
_ESCAPED = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _unescape(match: re.Match) -> str:
    code = match[1] or match[2]
    return chr(int(code, 16)) if code else _UNESCAPED.get(match[3], match[3])


def parse_cell(cell: str) -> tuple[str, str, str | None, str | None]:
    """(kind, value, language, datatype) of a SPARQL TSV results cell.

    kind is "uri", "bnode", "literal" or "unbound"; the datatype of a plain or language-tagged
    literal is None; bare numbers and booleans get their XSD datatype.
    """
    if not cell:
        return "unbound", "", None, None
    if cell[0] == '"' == cell[-1] and "\\" not in cell:  # the usual case, plain text
        return "literal", cell[1:-1], None, None
    if cell[0] == "<":
        if cell.startswith("<<"):
            raise ShowgraphError(
                "the results hold RDF 1.2 triple terms, which showgraph does not read"
            )
        return "uri", cell[1:-1], None, None
    if cell.startswith("_:"):
        return "bnode", cell[2:], None, None
    if cell[0] == '"':
        end = cell.rindex('"')
        value = cell[1:end]
        if "\\" in value:
            value = _ESCAPE.sub(_unescape, value)
        suffix = cell[end + 1 :]
        if suffix.startswith("@"):
            return "literal", value, suffix[1:], None
        datatype = suffix[3:-1] if suffix.startswith("^^<") else None
        return "literal", value, None, None if datatype == _XSD + "string" else datatype
    if cell in ("true", "false"):
        return "literal", cell, None, _XSD + "boolean"
    number = _BARE_NUMBER.match(cell)
    if number is None:
        raise ShowgraphError(f"not a SPARQL TSV results cell: {cell[:80]!r}")
    kind = "integer" if number[1] else "decimal" if number[2] else "double"
    return "literal", cell, None, _XSD + kind


def cell_of(term) -> str:
    """The SPARQL TSV results cell of an rdflib term ("" for None)."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    text = '"' + re.sub(r'[\\"\n\r\t]', lambda m: _ESCAPED[m[0]], str(term)) + '"'
    if term.language:
        return f"{text}@{term.language}"
    return f"{text}^^<{term.datatype}>" if term.datatype else text


def _term(cell: str) -> URIRef | BNode | Literal | None:
    """The rdflib term of a TSV cell."""
    kind, value, language, datatype = parse_cell(cell)
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    return Literal(value, lang=language, datatype=datatype) if kind == "literal" else None


def _python(term) -> object:
    if isinstance(term, Literal):
        return term.toPython()
    return None if term is None else str(term)


def _python_value(cell: str) -> object:
    """`_python` of the term of a TSV cell, without making the term where it is plain."""
    kind, value, language, datatype = parse_cell(cell)
    if kind in ("uri", "bnode") or (kind == "literal" and not language and not datatype):
        return value
    return _python(_term(cell))


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

    text, shift = with_prologue(sparql)
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
    if fmt not in OUTPUT_FORMATS:
        raise ShowgraphError(
            f"unknown output format {fmt!r}; use one of {', '.join(OUTPUT_FORMATS)}"
        )
    parsed = _Memo(parse_cell)
    if fmt == "json":
        with gc_paused():
            rows = [[parsed[cell] for cell in row] for row in result.cells]
        return json.dumps(_json_results(result.vars, rows), indent=2, ensure_ascii=False)
    with gc_paused():  # the text of each cell, a column at a time
        columns = [_texts(cells, parsed, fmt == "table") for cells in zip(*result.cells)]
        rows = list(zip(*columns)) if columns else [() for _ in result.cells]
    if fmt == "table":
        return _table(result.vars, rows)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
    writer.writerow(result.vars)
    writer.writerows(rows)
    return buffer.getvalue().rstrip("\n")


def _texts(cells: tuple[str, ...], parsed: _Memo, compact_iris: bool) -> list[str]:
    """What a table or CSV shows of each cell of a column: a literal's lexical form, an IRI
    (compacted with the known prefixes in a table), a blank node's label, "" when unbound."""
    text = "\n".join(cells)
    if not _NOT_PLAIN.search(text) or not (compact_iris or _NOT_IRIS.search(text)):
        return [cell[1:-1] for cell in cells]  # only plain text (or IRIs, left whole): fast
    return [
        compact(value) if compact_iris and kind == "uri" else value
        for kind, value, _, _ in map(parsed.__getitem__, cells)
    ]


def _json_results(names: list[str], rows: list[list[tuple]]) -> dict:
    def term(kind: str, value: str, language: str | None, datatype: str | None) -> dict:
        out = {"type": kind, "value": value}
        if language:
            out["xml:lang"] = language
        elif datatype:
            out["datatype"] = datatype
        return out

    bindings = [
        {name: term(*cell) for name, cell in zip(names, row) if cell[0] != "unbound"}
        for row in rows
    ]
    return {"head": {"vars": names}, "results": {"bindings": bindings}}


def compact(iri: str) -> str:
    """`sgr:person/park-ji-hu` for a showgraph IRI: shorter than the IRI, still unambiguous."""
    for prefix, namespace in _COMPACT_PREFIXES:
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return f"<{iri}>"


_COMPACT_PREFIXES = sorted(ALL_PREFIXES.items(), key=lambda kv: -len(kv[1]))


def _table(names: list[str], rows: list[tuple[str, ...]]) -> str:
    widths = [max([len(v)] + [len(r[i]) for r in rows]) for i, v in enumerate(names)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(names), line(["-" * w for w in widths]), *map(line, rows)]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
