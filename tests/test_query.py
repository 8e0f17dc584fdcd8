"""SPARQL: both engines give the same results, every output format, errors with line and column."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest

from showgraph.errors import QueryError, ShowgraphError
from showgraph.query import format_result, load_query, query, saved_queries, split_order_by
from showgraph.rdf import to_dataset

CAST = "SELECT ?actor ?character WHERE { ?a sg:plays ?c . ?a rdfs:label ?actor . ?c rdfs:label ?character }"


def test_select_over_the_union_of_named_graphs(source):
    result = query(source, CAST)
    assert result.kind == "select"
    assert [tuple(map(str, row)) for row in result.rows] == [("Han Seo-yeon", "Kim Da-eun")]


def test_ask_and_construct(source):
    assert query(source, "ASK { ?c sg:survives ?s }").boolean is True
    assert query(source, "ASK { ?c sg:missingIn ?s }").boolean is False
    graph = query(source, "CONSTRUCT { ?c sg:survives ?s } WHERE { ?c sg:survives ?s }").graph
    assert len(graph) == 1
    assert "sg:survives" in format_result(query(source, "DESCRIBE ?c WHERE { ?c sg:survives ?s }"))


def test_formats(source):
    result = query(source, CAST)
    table = format_result(result, "table").splitlines()
    assert table[0].split() == ["actor", "character"] and table[-1] == "(1 row)"
    assert list(csv.reader(io.StringIO(format_result(result, "csv")))) == [
        ["actor", "character"],
        ["Han Seo-yeon", "Kim Da-eun"],
    ]
    assert format_result(result, "tsv").splitlines()[1] == "Han Seo-yeon\tKim Da-eun"
    data = json.loads(format_result(result, "json"))
    assert data["head"]["vars"] == ["actor", "character"]
    assert data["results"]["bindings"][0]["actor"] == {"type": "literal", "value": "Han Seo-yeon"}


def test_malformed_query_names_line_and_column(source):
    with pytest.raises(QueryError) as info:
        query(source, "SELECT ?x WHERE {\n  ?x sg:plays \n}")
    assert info.value.line in (2, 3)  # where each parser gives up
    assert f"line {info.value.line}, column {info.value.column}" in str(info.value)


def test_unknown_prefix_is_a_query_error(source):
    with pytest.raises(QueryError, match="foo"):  # oxigraph: "unknown prefix foo:"
        query(source, "SELECT ?x WHERE { ?x foo:bar ?y }")


def test_saved_queries_run_and_are_described(source):
    saved = saved_queries()
    assert {
        "cast",
        "survivors",
        "renewal-timeline",
        "actors-in-several-shows",
        "speculative-claims",
    } <= set(saved)
    for name, text in saved.items():
        assert text.startswith("# "), f"{name}.rq needs a first comment line saying what it answers"
        query(source, text)  # parses and runs on both engines
    speculative = query(source, saved["speculative-claims"])
    assert {str(row[2]).rsplit("#", 1)[-1] for row in speculative.rows} == {
        "expectedReleaseDate",
        "episodeCount",
    }


def test_load_query_by_name_or_path(tmp_path):
    assert load_query("cast") == saved_queries()["cast"]
    assert load_query("queries/cast.rq") == saved_queries()["cast"]
    path = tmp_path / "mine.rq"
    path.write_text("ASK {}", encoding="utf-8")
    assert load_query(path) == "ASK {}"
    with pytest.raises(ShowgraphError, match="no such query file or saved query"):
        load_query("nope")


def test_union_of_named_graphs_is_a_set_on_oxigraph(tmp_path, sample_extraction):
    """Regression: pyoxigraph's union default graph repeats a triple once per named graph."""
    from dataclasses import replace

    from showgraph.io import save_dataset
    from showgraph.store import open_source

    second = replace(
        sample_extraction,
        article=replace(sample_extraction.article, source_name="moon-garden-recap.txt"),
    )
    dataset = to_dataset([sample_extraction, second])  # every label now sits in two graphs
    path = save_dataset(dataset, tmp_path / "graph.trig")
    store = open_source(path)
    rows = query(store, CAST).rows
    assert rows == query(dataset, CAST).rows
    assert len(rows) == 1
    # the file written back holds the named graphs only, not the merged default graph
    from showgraph.io import store_quads

    assert len(list(store_quads(store))) == len(list(dataset.quads()))


def _bench_module():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "bench" / "query.py"
    spec = importlib.util.spec_from_file_location("showgraph_bench_query", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _comparable(rows) -> list[tuple]:
    """Rows as a sorted list; GROUP_CONCAT cells as sorted parts (their order is unspecified)."""

    def cell(term):
        if term is not None and " | " in str(term):
            return " | ".join(sorted(str(term).split(" | ")))
        return term

    return sorted((tuple(cell(t) for t in row) for row in rows), key=repr)


def test_saved_queries_give_the_same_rows_on_the_stores_as_on_rdflib(tmp_path):
    """Rewritten saved queries and the merged default graph keep rdflib's rows (shared labels,
    actors in several shows, statements repeated across articles)."""
    from showgraph.io import load_dataset, to_ox, write_quads
    from showgraph.query import merge_union
    from showgraph.store import open_source

    bench = _bench_module()
    quads = [
        ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(str(g)))
        for g, triples in bench.generate(600)
        for s, p, o in triples
    ]
    path = write_quads(quads, tmp_path / "graph.trig")
    dataset = load_dataset(path)
    memory = open_source(path)
    disk = ox.Store(str(tmp_path / "store"))
    disk.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
    merge_union(disk)
    assert len(disk) == len(memory)
    for name, text in saved_queries().items():
        expected = query(dataset, text)
        assert expected.rows, f"{name}: the generated graph should give rows"
        keys = [variable for variable, _ in split_order_by(text)[1]]
        key_columns = [expected.vars.index(k) for k in keys]
        for store in (memory, disk):
            got = query(store, text)
            assert got.vars == expected.vars, name
            assert _comparable(got.rows) == _comparable(expected.rows), name
            # sorted outside Oxigraph (query.sort_cells), in the order rdflib gives
            assert [[str(row[c]) for c in key_columns] for row in got.rows] == [
                [str(row[c]) for c in key_columns] for row in expected.rows
            ], name
        # bound to one value of its first column: the rows that have it, on every engine
        value = expected.rows[len(expected.rows) // 2][0]
        having = [row for row in expected.rows if row[0] == value]
        for engine in (dataset, memory, disk):
            got = query(engine, text, {expected.vars[0]: value})
            assert _comparable(got.rows) == _comparable(having), name
