"""Pushing to, and querying, a real SPARQL store: an `oxigraph serve` process started here."""

from __future__ import annotations

import base64
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from showgraph.cli import main
from showgraph.errors import StoreError
from showgraph.io import save_dataset
from showgraph.namespaces import ONTOLOGY_GRAPH, load_ontology
from showgraph.push import push, query_endpoint
from showgraph.query import query
from showgraph.rdf import to_dataset
from showgraph.store import open_source

OXIGRAPH = Path(sys.executable).parent / "oxigraph"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
GRAPHS = "SELECT ?g WHERE { GRAPH ?g { } } ORDER BY ?g"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def oxigraph(request, tmp_path):
    """Base URL of a fresh `oxigraph serve`.

    By default with `--union-default-graph`, as showgraph's queries expect; parametrize
    indirectly with False for a server whose default graph is its own.
    """
    binary = OXIGRAPH if OXIGRAPH.exists() else shutil.which("oxigraph")
    assert binary is not None, "the oxigraph server (test dependency `oxigraph`) is missing"
    union = getattr(request, "param", True)
    port = free_port()
    proc = subprocess.Popen(
        [
            str(binary),
            "serve",
            "--location",
            str(tmp_path / "oxigraph"),
            "--bind",
            f"127.0.0.1:{port}",
            *(["--union-default-graph"] if union else []),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2).close()
            break
        except (urllib.error.URLError, ConnectionError):
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"oxigraph serve did not start: {proc.stderr.read().decode()[-500:]}")
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture
def graph_file(tmp_path, sample_extraction) -> Path:
    path = tmp_path / "graph.trig"
    save_dataset(to_dataset([sample_extraction], ontology=load_ontology()), path)
    return path


def remote_count(base: str) -> int:
    result = query_endpoint(f"{base}/query", COUNT)
    return int(result.rows[0][0])


def test_push_then_query_back_then_push_again_changes_nothing(oxigraph, graph_file):
    runner = CliRunner()
    result = runner.invoke(main, ["push", str(graph_file), "--endpoint", f"{oxigraph}/store"])
    assert result.exit_code == 0, result.output
    assert "Pushed 2 graphs" in result.output

    local = open_source(graph=graph_file)
    local_count = int(query(local, COUNT).rows[0][0])
    assert remote_count(oxigraph) == local_count
    remote_graphs = query_endpoint(f"{oxigraph}/query", GRAPHS).rows
    assert [str(g) for (g,) in remote_graphs] == [str(g) for (g,) in query(local, GRAPHS).rows]
    assert str(ONTOLOGY_GRAPH) in {str(g) for (g,) in remote_graphs}

    result = runner.invoke(main, ["push", str(graph_file), "--endpoint", f"{oxigraph}/store", "-q"])
    assert result.exit_code == 0 and result.output == ""
    assert remote_count(oxigraph) == local_count


def test_saved_query_gives_the_same_rows_remotely(oxigraph, graph_file):
    local = open_source(graph=graph_file)
    push(local, f"{oxigraph}/store")
    runner = CliRunner()
    result = runner.invoke(
        main, ["query", "--endpoint", f"{oxigraph}/query", "-f", "cast", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    expected = runner.invoke(main, ["query", str(graph_file), "-f", "cast", "--format", "csv"])
    assert result.output == expected.output
    assert "Han Seo-yeon" in result.output
    bound = ["-f", "cast", "--format", "csv", "--bind", "actor=Han Seo-yeon"]
    result = runner.invoke(main, ["query", "--endpoint", f"{oxigraph}/query", *bound])
    assert result.exit_code == 0, result.output
    assert result.output == runner.invoke(main, ["query", str(graph_file), *bound]).output
    assert [line.split(",")[1] for line in result.output.splitlines()[1:]] == ["Han Seo-yeon"]

    ask = query_endpoint(f"{oxigraph}/query", "ASK { ?a sg:plays ?c }")
    assert ask.kind == "ask" and ask.boolean is True
    graph = query_endpoint(
        f"{oxigraph}/query", "CONSTRUCT { ?a sg:plays ?c } WHERE { ?a sg:plays ?c }"
    )
    assert graph.kind == "graph" and len(graph.graph) == 1


def test_push_from_a_store(oxigraph, tmp_path, sample_extraction):
    from showgraph.store import open_store, update_store

    store = open_store(tmp_path / "store")
    update_store(store, [sample_extraction.article], extractor=lambda _: [sample_extraction])
    del store
    result = CliRunner().invoke(
        main, ["push", "--store", str(tmp_path / "store"), "--endpoint", f"{oxigraph}/store"]
    )
    assert result.exit_code == 0, result.output
    assert "Pushed 3 graphs" in result.output  # article, ontology, inferred
    assert remote_count(oxigraph) > 100


def test_remote_errors_are_one_line(oxigraph, graph_file):
    runner = CliRunner()
    result = runner.invoke(main, ["query", "--endpoint", f"{oxigraph}/query", "SELECT ?x {"])
    assert result.exit_code == 2
    assert result.output.startswith("showgraph: error: ") and "answered 400" in result.output
    assert "line 1, column 12" in result.output  # the user's line, not counting our prefixes
    assert result.output.count("\n") == 1

    result = runner.invoke(main, ["push", str(graph_file), "--endpoint", f"{oxigraph}/nothing"])
    assert result.exit_code == 2
    assert "answered 404" in result.output and result.output.count("\n") == 1


def test_unreachable_endpoint_is_one_clear_line(graph_file):
    url = f"http://127.0.0.1:{free_port()}/store"  # nothing listens there
    result = CliRunner().invoke(main, ["push", str(graph_file), "--endpoint", url])
    assert result.exit_code == 2
    assert result.output.startswith(f"showgraph: error: cannot reach {url}")
    assert result.output.count("\n") == 1
    with pytest.raises(StoreError, match="not an http"):
        query_endpoint("ftp://example.org/sparql", "ASK {}")


class _Recorder(BaseHTTPRequestHandler):
    seen: list = []

    def do_PUT(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.seen.append((self.path, self.headers.get("Authorization")))
        code = 401 if self.headers.get("Authorization") is None else 204
        self.send_response(code)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_basic_auth_comes_from_the_environment(graph_file, monkeypatch):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/data"
    try:
        monkeypatch.delenv("SHOWGRAPH_USER", raising=False)
        with pytest.raises(StoreError, match="401.*SHOWGRAPH_USER"):
            push(open_source(graph=graph_file), url)
        monkeypatch.setenv("SHOWGRAPH_USER", "editor")
        monkeypatch.setenv("SHOWGRAPH_PASSWORD", "s3cret")
        _Recorder.seen.clear()
        report = push(open_source(graph=graph_file), url)
        assert report.graphs == 2
        token = base64.b64encode(b"editor:s3cret").decode()
        assert {auth for _, auth in _Recorder.seen} == {f"Basic {token}"}
        assert all(
            path.startswith("/data?graph=https%3A%2F%2Fw3id.org") for path, _ in _Recorder.seen
        )
    finally:
        server.shutdown()
        server.server_close()
    help_text = CliRunner().invoke(main, ["push", "--help"]).output
    assert "--password" not in help_text and "--user" not in help_text


@pytest.mark.parametrize("oxigraph", [False], indirect=True)
def test_union_default_gives_set_semantics_on_oxigraph_server(
    oxigraph, tmp_path, sample_extraction
):
    """Regression: Oxigraph's own union default graph repeats a triple once per named graph."""
    from dataclasses import replace

    second = replace(
        sample_extraction, article=replace(sample_extraction.article, source_name="again.txt")
    )
    path = tmp_path / "two.trig"
    save_dataset(to_dataset([sample_extraction, second], ontology=load_ontology()), path)
    runner = CliRunner()
    result = runner.invoke(
        main, ["push", str(path), "--endpoint", f"{oxigraph}/store", "--union-default"]
    )
    assert result.exit_code == 0, result.output
    assert "(default graph: the union)" in result.output
    remote = runner.invoke(main, ["query", "--endpoint", f"{oxigraph}/query", "-f", "cast"])
    local = runner.invoke(main, ["query", str(path), "-f", "cast"])
    assert remote.output == local.output
    assert "(1 row)" in remote.output
