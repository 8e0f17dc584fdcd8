"""The command line end to end: build, query, eval, and one clear line for every user mistake."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from showgraph.cli import main

from .conftest import GOLD, SEED


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory):
    """The seed article built once into a TriG file."""
    out = tmp_path_factory.mktemp("seed") / "graph.trig"
    result = CliRunner().invoke(main, ["build", str(SEED), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def assert_one_line_error(result, *fragments):
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("showgraph: error: ")
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in lines[0]


def test_build_writes_graph_and_summary(tmp_path):
    out = tmp_path / "out" / "graph.trig"
    result = run("build", SEED, "-o", out)
    assert result.exit_code == 0, result.output
    assert out.is_file()
    assert "Articles: 1" in result.output
    assert "confirmed" in result.output and "speculative" in result.output


def test_query_saved_and_inline(seed_graph):
    result = run("query", seed_graph, "-f", "cast")
    assert result.exit_code == 0, result.output
    assert "Park Ji-hu" in result.output and "Nam On-jo" in result.output
    result = run(
        "query", seed_graph, "SELECT (COUNT(*) AS ?n) WHERE { ?a sg:plays ?c }", "--format", "json"
    )
    assert int(json.loads(result.output)["results"]["bindings"][0]["n"]["value"]) == 10


def test_queries_lists_saved_queries():
    result = run("queries")
    assert result.exit_code == 0
    assert "cast" in result.output and "Speculative claims" in result.output


def test_eval_on_the_seed_article_is_perfect(seed_graph):
    result = run("eval", seed_graph, GOLD / "all-of-us-are-dead-s2.gold.json")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    overall = next(line for line in lines if line.startswith("overall"))
    assert [float(x) for x in overall.split()[-3:]] == [1.0, 1.0, 1.0], result.output
    certainty = next(line for line in lines if line.startswith("certainty accuracy"))
    assert float(certainty.split()[2]) == 1.0


@pytest.mark.parametrize(
    "content, fragment",
    [
        (b"", "the file is empty"),
        (b"\x00\x01\x02binary", "binary file"),
        (b"Caf\xe9 Season 2\n", "not valid UTF-8"),
    ],
)
def test_build_bad_article_is_one_line_and_writes_nothing(tmp_path, content, fragment):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out.trig"
    result = run("build", bad, "-o", out, "--quiet")
    assert_one_line_error(result, "bad.txt", fragment)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["bad.txt"]


def test_build_missing_path(tmp_path):
    assert_one_line_error(
        run("build", tmp_path / "nope", "-o", tmp_path / "g.trig"), "no such file"
    )


def test_build_bad_output_suffix(tmp_path):
    assert_one_line_error(run("build", SEED, "-o", tmp_path / "g.xyz"), "unknown graph format")


def test_failed_build_keeps_previous_output(tmp_path, seed_graph):
    out = tmp_path / "graph.trig"
    out.write_bytes(seed_graph.read_bytes())
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    assert run("build", bad, "-o", out, "--quiet").exit_code == 2
    assert out.read_bytes() == seed_graph.read_bytes()


def test_malformed_query(seed_graph):
    result = run("query", seed_graph, "SELECT ?x WHERE {\n ?x sg:plays \n}")
    assert_one_line_error(result, "malformed SPARQL query", "line 3")


def test_query_needs_exactly_one_query(seed_graph):
    assert_one_line_error(run("query", seed_graph), "give either")
    assert_one_line_error(run("query", seed_graph, "ASK {}", "-f", "cast"), "give either")


def test_query_missing_graph(tmp_path):
    assert_one_line_error(
        run("query", tmp_path / "none.trig", "ASK {}"), "none.trig", "no such graph file"
    )


def test_query_malformed_graph_file(tmp_path):
    bad = tmp_path / "bad.trig"
    bad.write_text("this is not trig", encoding="utf-8")
    assert_one_line_error(run("query", bad, "ASK {}"), "bad.trig", "not valid TriG")


def test_eval_broken_gold_file(tmp_path, seed_graph):
    gold = tmp_path / "x.gold.json"
    gold.write_text('{"article": "x.txt", "facts": [', encoding="utf-8")
    assert_one_line_error(run("eval", seed_graph, gold), "x.gold.json")


def test_every_command_has_help():
    for name, command in main.commands.items():
        result = run(name, "--help")
        assert result.exit_code == 0, name
        assert command.help and len(command.help.split()) >= 5, f"{name} needs a real help text"


def test_building_twice_writes_the_same_bytes(tmp_path):
    """Regression: ontology blank nodes and store iteration order made builds differ."""
    first, second = tmp_path / "a.trig", tmp_path / "b.trig"
    assert run("build", SEED, "-o", first, "-q").exit_code == 0
    assert run("build", SEED, "-o", second, "-q").exit_code == 0
    assert first.read_bytes() == second.read_bytes()
