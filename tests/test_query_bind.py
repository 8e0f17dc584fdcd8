"""`--bind NAME=VALUE` / `query(..., bindings)`: a saved query narrowed to one show, one season."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef

from showgraph.cli import main
from showgraph.errors import QueryError, ShowgraphError
from showgraph.io import save_dataset
from showgraph.namespaces import SG
from showgraph.query import parse_binding, query, saved_queries, values_clause
from showgraph.rdf import to_dataset

XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.mark.parametrize(
    ("text", "name", "term"),
    [
        ("show=Kingdom", "show", ox.Literal("Kingdom")),
        ("?show=Star Wars: Andor", "show", ox.Literal("Star Wars: Andor")),  # not a prefixed name
        ("character=Nam On-jo", "character", ox.Literal("Nam On-jo")),
        ("season=2", "season", ox.Literal("2", datatype=ox.NamedNode(XSD + "integer"))),
        ("rating=7.5", "rating", ox.Literal("7.5", datatype=ox.NamedNode(XSD + "decimal"))),
        ("p=sg:diesIn", "p", ox.NamedNode(str(SG.diesIn))),
        ("s=<https://example.org/x>", "s", ox.NamedNode("https://example.org/x")),
        ('title="Kingdom"@en', "title", ox.Literal("Kingdom", language="en")),
        (
            'date="2024-05-01"^^xsd:date',
            "date",
            ox.Literal("2024-05-01", datatype=ox.NamedNode(XSD + "date")),
        ),
        ('x=a" . <urn:a> <urn:b> "c', "x", ox.Literal('a" . <urn:a> <urn:b> "c')),  # plain text
        ("x=", "x", ox.Literal("")),
        ("show= Kingdom ", "show", ox.Literal("Kingdom")),
    ],
)
def test_a_value_is_a_turtle_term_or_else_text(text, name, term):
    assert parse_binding(text) == (name, term)


@pytest.mark.parametrize("text", ["show", "=Kingdom", "two words=x"])
def test_a_binding_needs_a_name_and_a_value(text):
    with pytest.raises(ShowgraphError, match="NAME=VALUE"):
        parse_binding(text)


def test_values_clause_writes_every_kind_of_value():
    clause = values_clause(
        "SELECT ?a ?b ?c ?d WHERE { ?a ?b ?c . ?c ?b ?d }",
        {
            "a": URIRef("https://example.org/a"),
            "b": 'say "hi"',
            "c": 2,
            "d": Literal("x", lang="ko"),
        },
    )
    assert clause.strip() == (
        'VALUES (?a ?b ?c ?d) { (<https://example.org/a> "say \\"hi\\"" '
        '"2"^^<http://www.w3.org/2001/XMLSchema#integer> "x"@ko) }'
    )


def test_only_a_returned_variable_can_be_bound():
    with pytest.raises(ShowgraphError, match=r"cannot bind \?shw: the query returns \?actor"):
        values_clause(saved_queries()["cast"], {"shw": "x"})
    # SELECT * and CONSTRUCT: any variable (the engine decides)
    assert "?x" in values_clause("SELECT * WHERE { ?x ?p ?o }", {"x": "a"})
    assert "?x" in values_clause("CONSTRUCT WHERE { ?x ?p ?o }", {"x": "a"})


def test_a_query_with_its_own_final_values_clause_is_refused():
    with pytest.raises(ShowgraphError, match="its own VALUES clause"):
        values_clause('SELECT ?x WHERE { ?x ?p ?o } VALUES ?x { "a" }', {"x": "b"})


def test_a_binding_keeps_the_rows_with_that_value(source):
    fates = saved_queries()["fates"]
    everything = query(source, fates)
    assert len({row[2] for row in everything.rows}) == 2
    character = everything.rows[-1][2]
    bound = query(source, fates, {"character": character})
    assert bound.rows == [row for row in everything.rows if row[2] == character]
    assert query(source, fates, {"character": character, "season": 1}).rows == bound.rows
    assert query(source, fates, {"character": character, "season": 2}).rows == []
    assert query(source, fates, {"character": "Nobody"}).rows == []


def test_a_bound_variable_set_by_bind_filters_too(source):
    """A BIND's result joins with the value, on both engines (rdflib's initBindings would not)."""
    text = "SELECT ?a ?name WHERE { ?a sg:plays ?c . ?a rdfs:label ?l BIND (UCASE(?l) AS ?name) }"
    names = {str(row[1]) for row in query(source, text).rows}
    name = sorted(names)[0]
    assert {str(row[1]) for row in query(source, text, {"name": name}).rows} == {name}


def test_bindings_do_not_move_where_a_broken_query_is_said_to_break(source):
    broken = "SELECT ?x WHERE {\n  ?x ?p \n}"
    with pytest.raises(QueryError) as plain:
        query(source, broken)
    with pytest.raises(QueryError) as bound:
        query(source, broken, {"x": "a"})
    assert plain.value.line in (2, 3)
    assert str(bound.value) == str(plain.value)


def test_cli_bind(tmp_path, sample_extraction):
    graph_file = save_dataset(to_dataset([sample_extraction]), tmp_path / "graph.trig")
    runner = CliRunner()
    fates = ["query", str(graph_file), "-f", "fates", "--format", "tsv"]
    lines = runner.invoke(main, fates).output.splitlines()
    assert len(lines) == 3
    result = runner.invoke(main, [*fates, "--bind", "fate=dies", "-b", "season=1"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [lines[0]] + [
        line for line in lines[1:] if line.endswith("\tdies")
    ]
    wrong = runner.invoke(main, ["query", str(graph_file), "-f", "cast", "-b", "shw=x"])
    assert wrong.exit_code == 2
    assert wrong.output.strip().splitlines() == [
        "showgraph: error: cannot bind ?shw: the query returns ?actor, ?character, ?show"
    ]


def test_a_computed_variable_cannot_be_bound():
    with pytest.raises(ShowgraphError, match=r"cannot bind \?shows: the SELECT clause computes it"):
        values_clause(saved_queries()["actors-in-several-shows"], {"shows": 2})


@pytest.mark.parametrize(
    ("bindings", "message"),
    [
        ({"s) {(1)} #": 1}, "not a variable name"),
        ({"s": 1, "?s": 2}, r"\?s is bound twice"),
        ({"nowhere": 1}, r"the query has no \?nowhere"),
        ({"s": None}, "cannot bind None"),
    ],
)
def test_bad_bindings_are_refused_in_one_line(bindings, message):
    with pytest.raises(ShowgraphError, match=message):
        values_clause("SELECT * WHERE { ?s ?p ?o }", bindings)


def test_several_values_of_one_name_keep_the_rows_with_any(source):
    fates = saved_queries()["fates"]
    everything = query(source, fates)
    characters = sorted({str(row[2]) for row in everything.rows})
    assert len(characters) == 2
    both = query(source, fates, {"character": characters})
    assert both.rows == everything.rows
    assert query(source, fates, {"character": [characters[0], "Nobody"]}).rows == [
        row for row in everything.rows if str(row[2]) == characters[0]
    ]


def test_an_unbound_optional_variable_takes_the_bound_value(source):
    """SPARQL's VALUES join: documented in `values_clause`, the same on both engines."""
    text = "SELECT ?a ?x WHERE { ?a sg:plays ?c OPTIONAL { ?a sg:nothing ?x } }"
    rows = query(source, text, {"x": "given"}).rows
    assert rows and all(str(row[1]) == "given" for row in rows)


def test_a_query_with_its_own_values_runs_when_nothing_is_bound(tmp_path, sample_extraction):
    graph_file = save_dataset(to_dataset([sample_extraction]), tmp_path / "graph.trig")
    text = 'SELECT ?a WHERE { ?a rdfs:label ?l } VALUES ?l { "Han Seo-yeon" }'
    result = CliRunner().invoke(main, ["query", str(graph_file), text, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == 2
