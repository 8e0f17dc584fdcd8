"""The SPARQL endpoint over real HTTP: formats, errors, read-only, limits, the query page."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from showgraph.io import dataset_quads, save_dataset
from showgraph.query import saved_queries
from showgraph.rdf import to_dataset
from showgraph.server import ServerConfig, make_server

SELECT = (
    "SELECT ?actor ?character WHERE { ?a sg:plays ?c ; rdfs:label ?actor . "
    "?c rdfs:label ?character }"
)
# Counts every triple joined with every other twice over (~6M rows here, a second or two):
# it must compute everything before the first byte, so only the time limit can stop waiting.
CROSS_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture
def store(sample_extraction) -> ox.Store:
    memory = ox.Store()
    memory.extend(dataset_quads(to_dataset([sample_extraction])))
    return memory


@pytest.fixture
def endpoint(store):
    """Start a server on a free loopback port; yields a function making servers by config."""
    servers = []

    def start(**config) -> str:
        server = make_server(store, "127.0.0.1", 0, ServerConfig(quiet=True, **config))
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        servers.append(server)
        return server.url.rstrip("/")

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def get(url: str, headers: dict | None = None):
    """(status, headers, body) of a GET, errors included."""
    return _open(urllib.request.Request(url, headers=headers or {}))


def post(url: str, body: bytes, content_type: str, headers: dict | None = None):
    request = urllib.request.Request(
        url, data=body, method="POST", headers={"Content-Type": content_type, **(headers or {})}
    )
    return _open(request)


def _open(request):
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def q(base: str, sparql: str, **params) -> str:
    return f"{base}/query?" + urllib.parse.urlencode({"query": sparql, **params})


# -- formats -----------------------------------------------------------------------------


def test_select_as_json_by_default(endpoint):
    status, headers, body = get(q(endpoint(), SELECT))
    assert status == 200
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    data = json.loads(body)
    assert data["head"]["vars"] == ["actor", "character"]
    rows = {(b["actor"]["value"], b["character"]["value"]) for b in data["results"]["bindings"]}
    assert rows == {("Han Seo-yeon", "Kim Da-eun")}


@pytest.mark.parametrize(
    "accept, media, check",
    [
        ("application/sparql-results+xml", "application/sparql-results+xml", b"<sparql"),
        ("text/csv", "text/csv", b"actor,character\r\nHan Seo-yeon,Kim Da-eun"),
        ("text/tab-separated-values", "text/tab-separated-values", b'?actor\t?character\n"Han'),
        ("text/html, application/json;q=0.5", "application/sparql-results+json", b'"bindings"'),
    ],
)
def test_select_formats_by_accept_header(endpoint, accept, media, check):
    status, headers, body = get(q(endpoint(), SELECT), {"Accept": accept})
    assert status == 200
    assert headers["Content-Type"].startswith(media)
    assert check in body


@pytest.mark.parametrize(
    "fmt, media",
    [
        ("csv", "text/csv"),
        ("xml", "application/sparql-results+xml"),
        ("tsv", "text/tab-separated-values"),
    ],
)
def test_format_parameter_beats_accept(endpoint, fmt, media):
    status, headers, _ = get(q(endpoint(), SELECT, format=fmt), {"Accept": "application/json"})
    assert status == 200 and headers["Content-Type"].startswith(media)


def test_ask_and_construct(endpoint):
    base = endpoint()
    status, _, body = get(q(base, "ASK { ?a sg:plays ?c }"))
    assert status == 200 and json.loads(body)["boolean"] is True

    construct = "CONSTRUCT { ?a sg:plays ?c } WHERE { ?a sg:plays ?c }"
    status, headers, body = get(q(base, construct))
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    graph = Graph().parse(data=body.decode(), format="turtle")
    assert len(graph) == 1

    status, headers, body = get(q(base, construct), {"Accept": "application/n-triples"})
    assert headers["Content-Type"].startswith("application/n-triples")
    assert body.decode().strip().startswith("<https://w3id.org/showgraph/resource/person/")
    assert len(body.decode().strip().splitlines()) == 1


def test_post_form_body_and_sparql_path(endpoint):
    base = endpoint()
    form = urllib.parse.urlencode({"query": SELECT}).encode()
    status, _, body = post(f"{base}/query", form, "application/x-www-form-urlencoded")
    assert status == 200 and b"Kim Da-eun" in body
    status, _, body = post(f"{base}/sparql", SELECT.encode(), "application/sparql-query")
    assert status == 200 and b"Kim Da-eun" in body
    status, _, _ = post(f"{base}/query", SELECT.encode(), "text/plain")
    assert status == 415


def test_default_graph_is_the_union_unless_given(endpoint):
    base = endpoint()
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    _, _, body = get(q(base, count, format="csv"))
    assert int(body.decode().split()[1]) > 50
    _, _, body = get(q(base, count, format="csv", **{"default-graph-uri": "http://nowhere/"}))
    assert body.decode().split()[1] == "0"


# -- errors and safety ---------------------------------------------------------------------


def test_malformed_query_is_400_with_the_parser_message(endpoint):
    status, _, body = get(q(endpoint(), "SELECT ?x WHERE { ?x ?y }"))
    assert status == 400
    assert body.decode().startswith("malformed SPARQL query:")
    assert "expected" in body.decode()


def test_missing_query_unknown_format_and_unknown_path(endpoint):
    base = endpoint()
    assert get(f"{base}/query")[0] == 400
    status, _, body = get(q(base, SELECT, format="yaml"))
    assert status == 400 and b"unknown format" in body
    assert get(f"{base}/nothing-here")[0] == 404
    assert get(f"{base}/static/../server.py")[0] == 404
    assert get(f"{base}/static/%2e%2e%2fserver.py")[0] == 404


UPDATE = "INSERT DATA { GRAPH <urn:test> { <urn:a> <urn:b> 'c' } }"


def test_updates_are_refused_by_default(endpoint, store):
    base = endpoint()
    status, _, body = post(f"{base}/update", UPDATE.encode(), "application/sparql-update")
    assert status == 403 and b"read-only" in body
    form = urllib.parse.urlencode({"update": UPDATE}).encode()
    assert post(f"{base}/update", form, "application/x-www-form-urlencoded")[0] == 403
    assert not store.contains_named_graph(ox.NamedNode("urn:test"))


def test_updates_are_applied_with_allow_update(endpoint):
    base = endpoint(allow_update=True)
    status, _, _ = post(f"{base}/update", UPDATE.encode(), "application/sparql-update")
    assert status == 204
    _, _, body = get(q(base, "ASK { GRAPH <urn:test> { <urn:a> <urn:b> 'c' } }"))
    assert json.loads(body)["boolean"] is True
    status, _, body = post(f"{base}/update", b"INSERT DATA {", "application/sparql-update")
    assert status == 400 and b"malformed SPARQL update" in body


def test_slow_query_is_cut_off_with_503_and_the_worker_slot_comes_back(endpoint):
    base = endpoint(timeout=0.05, max_workers=1)
    status, _, body = get(q(base, CROSS_COUNT))
    assert status == 503
    assert b"time limit" in body
    # its worker still runs in the background and holds the only slot: busy, not queued
    status, _, body = get(q(base, SELECT))
    assert status == 503 and b"busy" in body
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        status, _, body = get(q(base, "ASK {}"))
        if status == 200:
            break
        time.sleep(0.2)
    assert status == 200, body


def test_streaming_result_is_cut_by_the_row_limit_not_computed_whole(endpoint):
    status, headers, body = get(
        q(endpoint(max_rows=3), CROSS_COUNT.replace("(COUNT(*) AS ?n)", "*"))
    )
    assert status == 200 and headers["X-SPARQL-MaxRows"] == "3"
    assert len(json.loads(body)["results"]["bindings"]) == 3


def test_row_limit_cuts_results_and_says_so(endpoint):
    base = endpoint(max_rows=5)
    status, headers, body = get(q(base, "SELECT * WHERE { ?s ?p ?o }"))
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == 5
    assert headers["X-SPARQL-MaxRows"] == "5"
    status, headers, body = get(q(base, "CONSTRUCT WHERE { ?s ?p ?o }", format="nt"))
    assert len(body.decode().strip().splitlines()) == 5
    assert headers["X-SPARQL-MaxRows"] == "5"
    _, headers, body = get(q(base, SELECT, format="csv"))  # under the limit: untouched
    assert "X-SPARQL-MaxRows" not in headers
    assert list(csv.reader(io.StringIO(body.decode()))) == [
        ["actor", "character"],
        ["Han Seo-yeon", "Kim Da-eun"],
    ]


def test_ordered_results_are_sorted_whole_then_cut(endpoint):
    """ORDER BY is done by the server after Oxigraph (see query.run_oxigraph): the rows cut at
    the limit are the first ones of the whole sorted result, in every format."""
    text = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY DESC(?o) ?s ?p"
    _, _, body = get(q(endpoint(), text))  # under the default limit: the whole result
    whole = [
        [b.get(v, {}).get("value") for v in ("s", "p", "o")]
        for b in json.loads(body)["results"]["bindings"]
    ]
    assert len(whole) > 5
    base = endpoint(max_rows=5)
    status, headers, body = get(q(base, text))
    assert status == 200 and headers["X-SPARQL-MaxRows"] == "5"
    cut = [
        [b.get(v, {}).get("value") for v in ("s", "p", "o")]
        for b in json.loads(body)["results"]["bindings"]
    ]
    assert cut == whole[:5]
    _, _, body = get(q(base, text, format="tsv"))
    assert len(body.decode().splitlines()) == 6  # header + 5 rows


# -- the page ---------------------------------------------------------------------------


def test_query_page_and_its_assets_are_served_locally(endpoint):
    base = endpoint()
    status, headers, body = get(base + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    page = body.decode()
    assets = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert assets and all(a.startswith("/static/") for a in assets), assets
    assert "//" not in "".join(assets)  # nothing from another host, no CDN
    for asset in assets:
        status, headers, content = get(base + asset)
        assert status == 200 and len(content) > 100, asset
        assert headers["Content-Type"].split(";")[0] in ("text/css", "text/javascript")
        assert not re.search(rb"https?://", content), f"{asset} refers to another host"

    status, _, body = get(base + "/saved-queries.json")
    info = json.loads(body)
    assert [entry["name"] for entry in info["queries"]] == list(saved_queries())
    assert info["queries"][0]["description"]


def test_every_saved_query_runs_on_the_endpoint(endpoint):
    base = endpoint()
    for name, text in saved_queries().items():
        status, _, body = get(q(base, text))
        assert status == 200, (name, body)


# -- the CLI ------------------------------------------------------------------------------


def test_cli_serve_answers_over_http(tmp_path, sample_extraction):
    graph = tmp_path / "g.trig"
    save_dataset(to_dataset([sample_extraction]), graph)
    proc = subprocess.Popen(
        [sys.executable, "-m", "showgraph.cli", "serve", str(graph), "--port", "0", "-q"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parent,
    )
    try:
        line = proc.stdout.readline()
        assert "read-only" in line
        url = re.search(r"http://127\.0\.0\.1:\d+/", line).group(0)
        status, _, body = get(q(url.rstrip("/"), SELECT, format="csv"))
        assert status == 200 and b"Han Seo-yeon" in body
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_showgraph_query_endpoint_reads_our_own_server(endpoint):
    from showgraph.push import query_endpoint

    result = query_endpoint(endpoint() + "/query", SELECT)
    assert result.kind == "select"
    assert [tuple(map(str, row)) for row in result.rows] == [("Han Seo-yeon", "Kim Da-eun")]
