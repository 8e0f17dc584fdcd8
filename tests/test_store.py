"""The persistent store: incremental builds, removal, crash safety, opening sources."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from showgraph.errors import InputError, StoreError
from showgraph.io import save_dataset
from showgraph.model import Article, Extraction, Fact
from showgraph.namespaces import INFERRED_GRAPH, ONTOLOGY_GRAPH, SG
from showgraph.rdf import article_graph_iri, article_triples, to_dataset
from showgraph.store import (
    CONTENT_HASH,
    content_hash,
    open_source,
    open_store,
    remove_articles,
    stored_articles,
    update_store,
)

ROOT = Path(__file__).resolve().parent.parent


def fake_extract(articles: list[Article]) -> list[Extraction]:
    """Each text line `Actor | Character | Show` is one confirmed `plays` fact."""
    out = []
    for article in articles:
        facts = []
        for line in article.text.splitlines()[1:]:
            if line.count("|") == 2:
                actor, character, show = (part.strip() for part in line.split("|"))
                facts.append(Fact("plays", show, actor=actor, character=character, evidence=line))
        out.append(Extraction(article, tuple(facts)))
    return out


class CountingExtractor:
    def __init__(self):
        self.seen: list[list[str]] = []

    def __call__(self, articles):
        self.seen.append([a.source_name for a in articles])
        return fake_extract(articles)


def article(name: str, *lines: str) -> Article:
    return Article(name, f"Title of {name}", "\n".join([f"Title of {name}", *lines]))


A = article("a.txt", "Park Ji-hu | Nam On-jo | All of Us Are Dead")
B = article("b.txt", "Lee Jung-jae | Seong Gi-hun | Squid Game")


def graph_triples(store: ox.Store, source_name: str) -> set:
    name = ox.NamedNode(str(article_graph_iri(source_name)))
    quads = store.quads_for_pattern(None, None, None, name)
    return {(q.subject, q.predicate, q.object) for q in quads}


def ask(store: ox.Store, text: str) -> bool:
    return bool(store.query(text, use_default_graph_as_union=True))


ON_JO = "https://w3id.org/showgraph/resource/show/all-of-us-are-dead/character/nam-on-jo"
PARK = "https://w3id.org/showgraph/resource/person/park-ji-hu"
PLAYED_BY_ON_JO = f"ASK {{ GRAPH <{INFERRED_GRAPH}> {{ <{ON_JO}> <{SG.playedBy}> <{PARK}> }} }}"


def test_build_writes_article_graphs_with_hashes_ontology_and_inferred(tmp_path):
    store = open_store(tmp_path / "store")
    report = update_store(store, [A, B], extractor=fake_extract)
    assert (report.added, report.changed, report.unchanged) == (["a.txt", "b.txt"], [], [])
    assert stored_articles(store) == {"a.txt": content_hash(A), "b.txt": content_hash(B)}
    names = {g.value for g in store.named_graphs()}
    assert {str(ONTOLOGY_GRAPH), str(INFERRED_GRAPH)} <= names
    # the article graph is exactly what rdf.py writes, plus the content hash
    expected = {tuple(map(_ox, t)) for t in article_triples(fake_extract([A])[0])}
    stored = graph_triples(store, "a.txt")
    assert stored - expected == {
        (
            ox.NamedNode("https://w3id.org/showgraph/resource/article/a-txt"),
            ox.NamedNode(str(CONTENT_HASH)),
            ox.Literal(content_hash(A)),
        )
    }
    assert expected <= stored
    assert ask(store, PLAYED_BY_ON_JO)  # reasoning ran on the stored data


def _ox(term):
    from showgraph.io import to_ox

    return to_ox(term)


def test_rebuild_with_same_articles_extracts_nothing(tmp_path):
    store = open_store(tmp_path / "store")
    update_store(store, [A, B], extractor=fake_extract)
    before = len(store)
    extractor = CountingExtractor()
    report = update_store(store, [A, B], extractor=extractor)
    assert extractor.seen == []
    assert report.unchanged == ["a.txt", "b.txt"] and not report.reasoned
    assert len(store) == before


def test_changed_article_replaces_only_its_graph(tmp_path):
    store = open_store(tmp_path / "store")
    update_store(store, [A, B], extractor=fake_extract)
    b_before = graph_triples(store, "b.txt")
    a2 = article("a.txt", "Yoon Chan-young | Lee Cheong-san | All of Us Are Dead")
    extractor = CountingExtractor()
    report = update_store(store, [a2, B], extractor=extractor)
    assert extractor.seen == [["a.txt"]]
    assert report.changed == ["a.txt"] and report.unchanged == ["b.txt"]
    assert graph_triples(store, "b.txt") == b_before
    assert not ask(store, f"ASK {{ <{PARK}> ?p ?o }}")  # the old version is gone
    assert not ask(store, PLAYED_BY_ON_JO)  # the inferred graph forgot the old fact
    assert stored_articles(store)["a.txt"] == content_hash(a2)


def test_new_articles_are_extracted_together(tmp_path):
    store = open_store(tmp_path / "store")
    update_store(store, [A], extractor=fake_extract)
    c = article("c.txt", "Jung Ho-yeon | Kang Sae-byeok | Squid Game")
    extractor = CountingExtractor()
    report = update_store(store, [A, B, c], extractor=extractor)
    assert extractor.seen == [["b.txt", "c.txt"]]
    assert report.added == ["b.txt", "c.txt"]


def test_remove_drops_the_graph_and_refreshes_inferred(tmp_path):
    store = open_store(tmp_path / "store")
    update_store(store, [A, B], extractor=fake_extract)
    assert ask(store, PLAYED_BY_ON_JO)
    missing = remove_articles(store, ["a.txt", "nope.txt"])
    assert missing == ["nope.txt"]
    assert set(stored_articles(store)) == {"b.txt"}
    assert graph_triples(store, "a.txt") == set()
    assert not ask(store, PLAYED_BY_ON_JO)
    assert store.contains_named_graph(ox.NamedNode(str(INFERRED_GRAPH)))


def test_duplicate_source_names_are_refused(tmp_path):
    store = open_store(tmp_path / "store")
    with pytest.raises(StoreError, match="share the source name"):
        update_store(store, [A, A], extractor=fake_extract)


def test_store_in_use_gives_one_clear_line(tmp_path):
    first = open_store(tmp_path / "store")
    with pytest.raises(StoreError, match="in use by another process"):
        open_store(tmp_path / "store")
    del first


def test_open_source_reads_a_graph_file_or_a_store(tmp_path):
    graph = tmp_path / "g.trig"
    save_dataset(to_dataset(fake_extract([A])), graph)
    from_file = open_source(graph=graph)
    assert ask(from_file, f"ASK {{ ?a <{SG.plays}> ?c }}")
    store = open_store(tmp_path / "store")
    update_store(store, [B], extractor=fake_extract, reason=False)
    del store
    from_store = open_source(store=tmp_path / "store")
    assert len(graph_triples(from_store, "b.txt")) > 5
    with pytest.raises(StoreError, match="either a GRAPH file or --store"):
        open_source()
    with pytest.raises(StoreError, match="no such store"):
        open_source(store=tmp_path / "missing")
    with pytest.raises(InputError, match="is a folder"):
        open_source(graph=tmp_path / "store")


# -- crash safety ---------------------------------------------------------------------------

CRASH_SCRIPT = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {tests!r})
    from test_store import big_articles, fake_extract
    from showgraph.store import open_store, update_store
    store = open_store(sys.argv[1])
    update_store(store, big_articles(), extractor=fake_extract,
                 on_write=lambda name: print("wrote", name, flush=True))
    print("done", flush=True)
    """
)


def big_articles(count: int = 12, facts: int = 300) -> list[Article]:
    """Articles big enough that a kill is likely to land while one is being written."""
    return [
        article(
            f"big-{i:02d}.txt",
            *(f"Actor {i} {j} | Role {i} {j} | Show {i}" for j in range(facts)),
        )
        for i in range(count)
    ]


def _run_until_killed(store_dir: Path, after_lines: int) -> list[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", CRASH_SCRIPT.format(tests=str(ROOT / "tests")), str(store_dir)],
        stdout=subprocess.PIPE,
        text=True,
    )
    lines = []
    try:
        for line in proc.stdout:
            lines.append(line.strip())
            if len(lines) >= after_lines:
                os.kill(proc.pid, signal.SIGKILL)
                break
    finally:
        proc.wait(timeout=60)
        proc.stdout.close()
    return lines


def test_killed_build_leaves_whole_graphs_and_rerun_finishes(tmp_path):
    store_dir = tmp_path / "store"
    lines = _run_until_killed(store_dir, after_lines=3)
    assert lines[-1] != "done", "the build finished before it could be killed"
    expected = {a.source_name: a for a in big_articles()}

    store = open_store(store_dir)
    stored = stored_articles(store)
    assert 3 <= len(stored) < len(expected)  # killed half-way
    for name in stored:  # every article that is there is there whole
        truth = {tuple(map(_ox, t)) for t in article_triples(fake_extract([expected[name]])[0])}
        assert graph_triples(store, name) - truth == {
            (
                ox.NamedNode(
                    f"https://w3id.org/showgraph/resource/article/{name.replace('.', '-')}"
                ),
                ox.NamedNode(str(CONTENT_HASH)),
                ox.Literal(content_hash(expected[name])),
            )
        }
        assert truth <= graph_triples(store, name)
    # the build was unfinished, so reasoning is marked as still to do
    assert not store.contains_named_graph(ox.NamedNode(str(INFERRED_GRAPH)))

    extractor = CountingExtractor()
    report = update_store(store, big_articles(), extractor=extractor)
    assert sorted(extractor.seen[0]) == sorted(set(expected) - set(stored))
    assert set(stored_articles(store)) == set(expected)
    assert report.reasoned
    assert store.contains_named_graph(ox.NamedNode(str(INFERRED_GRAPH)))


# -- CLI ------------------------------------------------------------------------------------


def test_cli_build_store_query_and_remove(tmp_path, monkeypatch):
    from showgraph import store as store_module
    from showgraph.cli import main

    monkeypatch.setattr(store_module, "default_extractor", lambda **_: fake_extract)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(A.text, encoding="utf-8")
    (folder / "b.txt").write_text(B.text, encoding="utf-8")
    runner = CliRunner()
    store_dir = str(tmp_path / "store")

    result = runner.invoke(main, ["build", str(folder), "--store", store_dir, "-q"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "out").exists()  # no graph file unless -o is given

    result = runner.invoke(main, ["build", str(folder), "--store", store_dir])
    assert result.exit_code == 0, result.output
    assert "0 added, 0 changed, 2 unchanged" in result.output

    result = runner.invoke(main, ["query", "--store", store_dir, "-f", "cast", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "Nam On-jo" in result.output and "Seong Gi-hun" in result.output

    result = runner.invoke(main, ["remove", "--store", store_dir, "a.txt"])
    assert result.exit_code == 0, result.output
    plays = "SELECT ?c WHERE { ?a sg:plays ?c }"
    result = runner.invoke(main, ["query", "--store", store_dir, plays, "--format", "csv"])
    assert "nam-on-jo" not in result.output and "seong-gi-hun" in result.output

    result = runner.invoke(main, ["remove", "--store", store_dir, "a.txt"])
    assert result.exit_code == 2
    assert "a.txt" in result.output and "not in the store" in result.output

    result = runner.invoke(main, ["query", "--store", str(tmp_path / "nowhere"), "ASK {}"])
    assert result.exit_code == 2 and "no such store" in result.output


# -- bench/query.py -------------------------------------------------------------------------


def test_query_bench_runs_small_and_store_and_rdflib_agree():
    """Smoke test of bench/query.py on a tiny graph: both stores give rdflib's rows."""
    bench = ROOT / "bench" / "query.py"
    result = subprocess.run(
        [sys.executable, str(bench), "--triples", "1k", "--runs", "1", "--cap", "60"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "rows differ" not in result.stdout  # memory store, disk store and rdflib agree
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("query "))
    assert "memory s (raw)" in lines[header] and "disk s (raw)" in lines[header]
    assert {line.split()[0] for line in lines[header + 2 :]} >= {"cast", "fates", "sources"}
