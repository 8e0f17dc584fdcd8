"""ORDER BY done outside Oxigraph and results read from its TSV: the same rows, in SPARQL's order."""

from __future__ import annotations

import csv
import io
import random

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef

from showgraph.query import (
    cell_of,
    parse_cell,
    query,
    result_from_oxigraph,
    run_oxigraph,
    split_order_by,
)

EX = "http://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a", [("a", False)]),
        (
            "SELECT * WHERE { ?a ?b ?c }\norder by desc(?b) ASC( ?a ) $c\n",
            [("b", True), ("a", False), ("c", False)],
        ),
        ("SELECT * WHERE { ?a ?b ?c } ORDER BY ?a # by name\n# done\n", [("a", False)]),
        (
            "SELECT ?a (COUNT(*) AS ?n) WHERE { ?a ?b ?c } GROUP BY ?a ORDER BY DESC(?n)",
            [("n", True)],
        ),
    ],
)
def test_a_final_order_by_on_variables_is_split_off(text, expected):
    head, keys = split_order_by(text)
    assert keys == expected
    assert head.strip() == text[: text.upper().rindex("ORDER")].strip()


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?a WHERE { ?a ?b ?c }",
        "SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a LIMIT 10",  # the engine needs the order
        "SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a OFFSET 5",
        "SELECT ?a WHERE { ?a ?b ?c } ORDER BY STR(?a)",  # an expression, not a variable
        "SELECT ?a WHERE { { SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a } }",  # a subquery's
    ],
)
def test_other_queries_keep_their_order_by(text):
    assert split_order_by(text) is None


def _store(rows: list[dict[str, object]]) -> ox.Store:
    """A store with one resource per row, whose properties hold the row's values."""
    store = ox.Store()
    for i, row in enumerate(rows):
        subject = ox.NamedNode(f"{EX}r{i}")
        for name, value in row.items():
            store.add(ox.Quad(subject, ox.NamedNode(EX + name), value))
    return store


def _numbers(rng: random.Random) -> list[ox.Literal]:
    values = []
    for _ in range(60):
        kind = rng.choice(["integer", "decimal", "double"])
        number = rng.randint(-50, 50) / rng.choice([1, 4])
        text = str(int(number)) if kind == "integer" else str(number)
        values.append(ox.Literal(text, datatype=ox.NamedNode(XSD + kind)))
    return values


def _strings(rng: random.Random) -> list[ox.Literal]:
    # prefixes of each other, spaces and '!' (below '"'), escapes, non-ASCII, upper/lower case
    parts = ["ab", "ab c", "ab!", "Ab", "a\tb", 'say "hi"', "back\\slash", "é", "zz", "line\nbreak"]
    return [ox.Literal(rng.choice(parts) + rng.choice(["", " ", "x", "!"])) for _ in range(60)]


def _dates(rng: random.Random) -> list[ox.Literal]:
    return [
        ox.Literal(
            f"{rng.randint(1990, 2030)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            datatype=ox.NamedNode(XSD + "date"),
        )
        for _ in range(60)
    ]


def _iris(rng: random.Random) -> list[ox.NamedNode]:
    return [
        ox.NamedNode(f"{EX}{rng.choice(['a', 'b', 'a/b', 'a#'])}{rng.randint(0, 99)}")
        for _ in range(60)
    ]


@pytest.mark.parametrize("make", [_numbers, _strings, _dates, _iris])
@pytest.mark.parametrize("direction", ["", "DESC"])
def test_rows_come_in_the_order_oxigraph_gives_them(make, direction):
    """Sorted here or in Oxigraph, the key column comes out the same, ties broken by ?k."""
    rng = random.Random(make.__name__ + direction)
    values = make(rng)
    store = _store([{"v": v, "k": ox.Literal(str(i))} for i, v in enumerate(values)])
    text = (
        f"SELECT ?v ?k WHERE {{ ?r <{EX}v> ?v ; <{EX}k> ?k }} ORDER BY {direction}(?v) ?k"
        if direction
        else f"SELECT ?v ?k WHERE {{ ?r <{EX}v> ?v ; <{EX}k> ?k }} ORDER BY ?v ?k"
    )
    assert split_order_by(text) is not None
    ours = query(store, text)
    oxigraph = result_from_oxigraph(store.query(text))  # ORDER BY run by Oxigraph
    assert ours.rows == oxigraph.rows


def test_unbound_sorts_first_then_blank_nodes_iris_and_literals():
    store = _store(
        [
            {"k": ox.Literal("1"), "v": ox.Literal("text")},
            {"k": ox.Literal("2"), "v": ox.NamedNode(EX + "x")},
            {"k": ox.Literal("3")},
            {"k": ox.Literal("4"), "v": ox.BlankNode("b1")},
        ]
    )
    text = f"SELECT ?k ?v WHERE {{ ?r <{EX}k> ?k OPTIONAL {{ ?r <{EX}v> ?v }} }} ORDER BY ?v"
    assert [str(k) for k, _ in query(store, text).rows] == ["3", "4", "2", "1"]


def test_order_by_a_variable_the_query_does_not_return_is_left_to_oxigraph():
    store = _store(
        [
            {"k": ox.Literal(name), "v": ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer"))}
            for name, n in [("b", 2), ("a", 3), ("c", 1)]
        ]
    )
    text = f"SELECT ?k WHERE {{ ?r <{EX}k> ?k ; <{EX}v> ?v }} ORDER BY ?v"
    assert [str(k) for (k,) in query(store, text).rows] == ["c", "b", "a"]


# one term of every kind showgraph reads back from Oxigraph's TSV cells
EVERY_KIND = [
    ox.NamedNode(EX + "a#b"),
    ox.BlankNode("b0"),
    ox.Literal("plain"),
    ox.Literal('tab\tnew\nline "quoted" back\\slash \u00e9 \U0001f600'),
    ox.Literal("hello", language="en-GB"),
    ox.Literal("42", datatype=ox.NamedNode(XSD + "integer")),
    ox.Literal("-0.5", datatype=ox.NamedNode(XSD + "decimal")),
    ox.Literal("1E3", datatype=ox.NamedNode(XSD + "double")),
    ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean")),
    ox.Literal("2024-05-01", datatype=ox.NamedNode(XSD + "date")),
    ox.Literal("2024-05", datatype=ox.NamedNode(XSD + "gYearMonth")),
    ox.Literal("not a number", datatype=ox.NamedNode(XSD + "integer")),
    ox.Literal("x", datatype=ox.NamedNode(EX + "custom")),
]


def test_cells_turn_into_the_same_terms_as_oxigraphs_own():
    """Every kind of term read back from TSV cells equals the term pyoxigraph gives."""
    values = EVERY_KIND
    store = _store([{"v": v, "k": ox.Literal(f"{i:02d}")} for i, v in enumerate(values)])
    text = f"SELECT ?k ?v WHERE {{ ?r <{EX}k> ?k ; <{EX}v> ?v }} ORDER BY ?k"
    ours = query(store, text)
    assert ours.rows == result_from_oxigraph(store.query(text)).rows
    # and rdflib terms written back as cells read back as the same terms
    for _, term in ours.rows:
        assert _term(parse_cell(cell_of(term))) == term


def _term(parsed):
    kind, value, language, datatype = parsed
    if kind == "uri":
        return URIRef(value)
    return BNode(value) if kind == "bnode" else Literal(value, lang=language, datatype=datatype)


def test_cell_of_and_parse_cell_agree_on_rdflib_terms():
    for term in [
        URIRef(EX + "x"),
        BNode("n1"),
        Literal('a"b\\c\td'),
        Literal("x", lang="fr"),
        Literal("7", datatype=URIRef(XSD + "integer")),
        None,
    ]:
        kind, value, language, datatype = parse_cell(cell_of(term))
        assert kind == {URIRef: "uri", BNode: "bnode", Literal: "literal"}.get(
            type(term), "unbound"
        )
        assert value == ("" if term is None else str(term))
        if isinstance(term, Literal):
            assert (language, datatype) == (
                term.language,
                str(term.datatype) if term.datatype else None,
            )


@pytest.mark.parametrize("value", [ox.Literal, lambda text: ox.NamedNode(EX + text)])
def test_unbound_sorts_first_in_a_column_of_text_or_of_iris(value):
    """The fast path for columns of plain text or of IRIs still puts unbound cells first."""
    store = _store(
        [
            {"k": ox.Literal(str(i))} | ({"v": value(t)} if t else {})
            for i, t in enumerate(["b", "", "a/b", "a", ""])
        ]
    )
    text = f"SELECT ?k ?v WHERE {{ ?r <{EX}k> ?k OPTIONAL {{ ?r <{EX}v> ?v }} }} ORDER BY ?v ?k"
    assert [str(k) for k, _ in query(store, text).rows] == ["1", "4", "3", "2", "0"]


def test_table_and_csv_show_values_from_cells_of_every_kind():
    from showgraph.query import format_result

    store = _store(
        [
            {"k": ox.Literal("1"), "v": ox.NamedNode("https://w3id.org/showgraph/ontology#plays")},
            {"k": ox.Literal("2"), "v": ox.Literal('say "hi"\tthere', language="en")},
            {"k": ox.Literal("3"), "v": ox.Literal("7", datatype=ox.NamedNode(XSD + "integer"))},
            {"k": ox.Literal("4")},
        ]
    )
    result = query(
        store, f"SELECT ?k ?v WHERE {{ ?r <{EX}k> ?k OPTIONAL {{ ?r <{EX}v> ?v }} }} ORDER BY ?k"
    )
    table = format_result(result, "table").splitlines()
    assert [line.split(None, 1)[1] if " " in line else "" for line in table[2:6]] == [
        "sg:plays",
        'say "hi"\tthere',
        "7",
        "",
    ]
    rows = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert rows[1:] == [
        ["1", "https://w3id.org/showgraph/ontology#plays"],
        ["2", 'say "hi"\tthere'],
        ["3", "7"],
        ["4", ""],
    ]


class _Counting:
    """A store that records the queries it is asked."""

    def __init__(self, store: ox.Store):
        self.store, self.asked = store, []

    def query(self, text: str, **options):
        self.asked.append(text)
        return self.store.query(text, **options)


@pytest.mark.parametrize(
    ("select", "sorted_here"),
    [
        ("SELECT ?k ?v", True),
        ("SELECT DISTINCT *", True),
        ("SELECT (STR(?v) AS ?text) ?k", False),  # ?v only inside an expression: not returned
        ("SELECT ?k", False),
    ],
)
def test_a_query_runs_once_whoever_sorts(select, sorted_here):
    store = _Counting(
        _store([{"k": ox.Literal(c), "v": ox.Literal(str(i))} for i, c in enumerate("cab")])
    )
    text = f"PREFIX select: <{EX}> {select} WHERE {{ ?r select:k ?k ; select:v ?v }} ORDER BY ?v"
    result, order = run_oxigraph(store, text)
    assert len(store.asked) == 1
    assert bool(order) == sorted_here
    assert ("ORDER BY" in store.asked[0]) != sorted_here


def test_triple_terms_in_results_are_a_clear_error():
    from showgraph.errors import ShowgraphError
    from showgraph.query import format_result

    result = query(
        ox.Store(), f"SELECT ?t WHERE {{ BIND(TRIPLE(<{EX}a>, <{EX}b>, <{EX}c>) AS ?t) }}"
    )
    with pytest.raises(ShowgraphError, match="triple terms"):
        format_result(result, "csv")


def test_as_dicts_from_cells_equals_as_dicts_from_terms():
    from showgraph.query import QueryResult

    values = EVERY_KIND
    store = _store(
        [{"k": ox.Literal(f"{i:02d}"), "v": v} for i, v in enumerate(values)]
        + [{"k": ox.Literal("99")}]
    )
    result = query(
        store, f"SELECT ?k ?v WHERE {{ ?r <{EX}k> ?k OPTIONAL {{ ?r <{EX}v> ?v }} }} ORDER BY ?k"
    )
    from_cells = result.as_dicts()
    from_terms = QueryResult("select", result.vars, rows=result.rows).as_dicts()
    assert from_cells == from_terms
    types = [type(d["v"]).__name__ for d in from_cells]
    assert (types[0], types[5], types[7], types[8], types[9], types[-1]) == (
        "str",
        "int",
        "float",
        "bool",
        "date",
        "NoneType",
    )
