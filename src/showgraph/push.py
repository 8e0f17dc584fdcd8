"""Talk to a remote SPARQL 1.1 store over HTTP: push named graphs, run queries.

`push` writes every named graph with the Graph Store HTTP Protocol: one `PUT URL?graph=IRI`
per graph with an N-Triples body, which replaces that graph on the server, so pushing twice
changes nothing. Graphs the server has and the source does not are left alone.
`query_endpoint` runs a query through the SPARQL 1.1 Protocol and returns a `QueryResult`.
Basic auth comes from the environment (`SHOWGRAPH_USER`, `SHOWGRAPH_PASSWORD`), never from
the command line, where other users could read it.
"""

from __future__ import annotations

import base64
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox

from .errors import StoreError
from .query import QueryResult, result_from_oxigraph, values_clause, with_prologue

__all__ = ["PushReport", "push", "query_endpoint"]

USER_VARIABLE = "SHOWGRAPH_USER"
PASSWORD_VARIABLE = "SHOWGRAPH_PASSWORD"
TIMEOUT = 60.0  # seconds to wait for the server's answer to one request


@dataclass
class PushReport:
    graphs: int = 0
    triples: int = 0

    def to_text(self) -> str:
        return f"Pushed {self.graphs} graphs ({self.triples} triples)"


def push(
    store: ox.Store,
    url: str,
    *,
    timeout: float = TIMEOUT,
    on_graph: Callable[[str, int], None] | None = None,
    union_default: bool = False,
) -> PushReport:
    """PUT every named graph of `store` to the GSP `url`.

    With `union_default`, the server's default graph is also replaced by the set union of
    the named graphs, for servers whose own union default graph repeats triples (Oxigraph
    server's `--union-default-graph`, oxigraph#1919) or that have none.

    `url` is the server's Graph Store Protocol endpoint, e.g. `http://host:7878/store`
    (Oxigraph) or `http://host:3030/ds/data` (Fuseki); see docs/deploy.md.
    """
    _check_url(url)
    report = PushReport()
    graphs: list = sorted(
        (g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value
    )
    if union_default:
        graphs.append(ox.DefaultGraph())
    for graph in graphs:
        if isinstance(graph, ox.DefaultGraph):
            triples = list(
                {
                    ox.Triple(q.subject, q.predicate, q.object)
                    for g in graphs[:-1]
                    for q in store.quads_for_pattern(None, None, None, g)
                }
            )
            target, name = f"{url}{_joiner(url)}default", "(default graph: the union)"
        else:
            triples = [
                ox.Triple(q.subject, q.predicate, q.object)
                for q in store.quads_for_pattern(None, None, None, graph)
            ]
            query = urllib.parse.urlencode({"graph": graph.value})
            target, name = f"{url}{_joiner(url)}{query}", graph.value
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        try:
            _request(
                "PUT", target, body, {"Content-Type": "application/n-triples"}, timeout=timeout
            )
        except StoreError as err:
            raise StoreError(f"{err} (while pushing {name})") from None
        report.graphs += 1
        report.triples += len(triples)
        if on_graph is not None:
            on_graph(name, len(triples))
    return report


def query_endpoint(
    url: str, sparql: str, bindings: Mapping[str, object] | None = None, *, timeout: float = TIMEOUT
) -> QueryResult:
    """Run `sparql` on the SPARQL endpoint at `url` (POST); showgraph's prefixes are declared.

    `bindings` gives variables a value, as in `showgraph.query.query`.
    """
    _check_url(url)
    text, shift = with_prologue(sparql + (values_clause(sparql, bindings) if bindings else ""))
    body = urllib.parse.urlencode({"query": text}).encode()
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8",
    }
    try:
        content_type, data = _request("POST", url, body, headers, timeout=timeout)
    except StoreError as err:  # point at the user's line, not the line with our prefixes
        where = lambda m: f"line {int(m[1]) - shift}, column {m[2]}"  # noqa: E731
        raise StoreError(re.sub(r"error at (\d+):(\d+)", where, str(err))) from None
    media = content_type.split(";")[0].strip().lower()
    try:
        if media in ("application/sparql-results+json", "application/json"):
            return result_from_oxigraph(ox.parse_query_results(data, ox.QueryResultsFormat.JSON))
        rdf_format = ox.RdfFormat.from_media_type(media)
        if rdf_format is None:
            raise StoreError(
                f"{url}: answered with {media or 'no content type'}, not SPARQL results"
            )
        triples = (quad.triple for quad in ox.parse(data, rdf_format))
        return result_from_oxigraph(triples)
    except SyntaxError as err:
        raise StoreError(f"{url}: answered with unreadable results ({err})") from None


def _joiner(url: str) -> str:
    return "&" if "?" in url else "?"


def _check_url(url: str) -> None:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"{url}: not an http(s) URL of an endpoint")


def _request(
    method: str, url: str, body: bytes, headers: dict[str, str], *, timeout: float
) -> tuple[str, bytes]:
    """Send one request; (content type, body) of a 2xx answer, else StoreError in one line."""
    headers = dict(headers)
    user = os.environ.get(USER_VARIABLE)
    if user:
        password = os.environ.get(PASSWORD_VARIABLE, "")
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as err:
        detail = err.read().decode("utf-8", "replace").strip().splitlines()
        hint = " (set SHOWGRAPH_USER and SHOWGRAPH_PASSWORD)" if err.code in (401, 403) else ""
        first = f": {detail[0][:300]}" if detail else ""
        raise StoreError(
            f"{_redacted(url)} answered {err.code} {err.reason}{first}{hint}"
        ) from None
    except urllib.error.URLError as err:
        reason = getattr(err.reason, "strerror", None) or err.reason
        raise StoreError(f"cannot reach {_redacted(url)}: {reason}") from None
    except TimeoutError:
        raise StoreError(f"{_redacted(url)} did not answer within {timeout:g} s") from None
    except OSError as err:
        raise StoreError(f"cannot reach {_redacted(url)}: {err.strerror or err}") from None


def _redacted(url: str) -> str:
    """The URL without its query string (which can be long) and without user:password@."""
    parts = urllib.parse.urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, "", ""))
