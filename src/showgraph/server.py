"""A SPARQL 1.1 Protocol endpoint over an Oxigraph store, with a query page (stdlib HTTP server).

Paths (as Oxigraph server has them): `/query` (GET or POST; `/sparql` too), `/update` (POST),
`/` the query page, `/static/...` its assets (served from the package, never from a CDN).
The default graph is the union of the named graphs, and showgraph's prefixes are predeclared.

Safe by default: read-only (updates get 403 unless `allow_update`), a time limit per request
(503 when it runs out) and a cap on result rows (the `X-SPARQL-MaxRows` header says when a
result was cut). pyoxigraph cannot cancel a running query, so each query runs in a worker
thread: a query that streams its results (no ORDER BY, GROUP BY or DISTINCT over everything)
stops at its next batch of rows once its time is up; one that must compute everything first
finishes in the background, holding one of `max_workers` worker slots until it does. When
every slot is busy, requests get 503 at once.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from .io import ALL_PREFIXES, TURTLE_PREFIXES
from .query import (
    merge_union,
    run_oxigraph,
    saved_queries,
    saved_query_description,
    tsv_rows,
    union_options,
)

__all__ = ["ServerConfig", "SparqlServer", "make_server", "serve"]

RESULTS_FORMATS = {  # short name -> format, for SELECT and ASK
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {  # short name -> format, for CONSTRUCT and DESCRIBE
    "turtle": ox.RdfFormat.TURTLE,
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "n-triples": ox.RdfFormat.N_TRIPLES,
}
# Media types clients commonly send that the formats' own media types do not cover.
_ALIASES = {
    "application/json": ox.QueryResultsFormat.JSON,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}
_STATIC_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
}


@dataclass(frozen=True)
class ServerConfig:
    """Limits and switches of the endpoint; the defaults are the safe ones."""

    timeout: float = 30.0  # seconds a query or update may take before the client gets 503
    max_rows: int = 10_000  # result rows (or triples) sent at most
    allow_update: bool = False
    max_workers: int = 4  # queries running at once, counting timed-out ones still finishing
    max_body: int = 10_000_000  # bytes of a request body
    quiet: bool = False  # no request log on stderr


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server; `store` and `config` are what every request handler reads."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: ox.Store, config: ServerConfig):
        self.store = store
        self.config = config
        self.workers = threading.BoundedSemaphore(config.max_workers)
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"


def make_server(
    store: ox.Store,
    host: str = "127.0.0.1",
    port: int = 7878,
    config: ServerConfig | None = None,
) -> SparqlServer:
    """A server bound to `host:port` (port 0 picks a free one); call `serve_forever()` on it."""
    return SparqlServer((host, port), store, config or ServerConfig())


def serve(store: ox.Store, host: str = "127.0.0.1", port: int = 7878, config=None) -> None:
    """Serve `store` until interrupted."""
    server = make_server(store, host, port, config)
    try:
        server.serve_forever()
    finally:
        server.server_close()


# -- running a request off the handler thread ----------------------------------------------


class _Cancelled(Exception):
    pass


class _CappedSink:
    """A binary file that keeps the first `max_lines` lines written to it, then stops the writer.

    Writing raises once enough lines arrived or the request was given up, which makes
    pyoxigraph stop pulling results from a streaming query.
    """

    def __init__(self, max_lines: int, cancelled: threading.Event):
        self.max_lines = max_lines
        self.cancelled = cancelled
        self.chunks: list[bytes] = []
        self.lines = 0
        self.full = False

    def write(self, data) -> int:
        if self.cancelled.is_set():
            raise _Cancelled("time limit")
        data = bytes(data)
        newlines = data.count(b"\n")
        if self.lines + newlines >= self.max_lines:
            keep = self.max_lines - self.lines
            cut = -1
            for _ in range(keep):
                cut = data.index(b"\n", cut + 1)
            self.chunks.append(data[: cut + 1])
            self.lines = self.max_lines
            self.full = True
            raise _Cancelled("row limit")
        self.chunks.append(data)
        self.lines += newlines
        return len(data)

    def flush(self) -> None:
        pass

    def getvalue(self) -> bytes:
        return b"".join(self.chunks)


@dataclass
class _Reply:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] | None = None


def _error(status: int, message: str) -> _Reply:
    return _Reply(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode())


def _run_query(
    store: ox.Store, text: str, accept: list[str], options: dict, config: ServerConfig, cancelled
) -> _Reply:
    try:
        result, order = run_oxigraph(store, text, prefixes=ALL_PREFIXES, **options)
        if isinstance(result, ox.QueryBoolean):
            fmt = _negotiate(accept, RESULTS_FORMATS.values(), ox.QueryResultsFormat.JSON)
            return _Reply(200, fmt.media_type, result.serialize(format=fmt))
        if isinstance(result, ox.QuerySolutions):
            fmt = _negotiate(accept, RESULTS_FORMATS.values(), ox.QueryResultsFormat.JSON)
            # TSV is one line per row (newlines in literals are escaped), so the sink can cut
            # it at the row limit (after sorting, if the ORDER BY is done here); the rows are
            # then turned into the asked format natively.
            data, cut = _capped(
                lambda sink: result.serialize(sink, ox.QueryResultsFormat.TSV),
                sys.maxsize if order else config.max_rows + 1,  # + the header line
                cancelled,
            )
            if order:
                rows = tsv_rows(data, order)
                cut = len(rows) > config.max_rows
                lines = ["\t".join(row) + "\n" for row in rows[: config.max_rows]]
                data = data[: data.index(b"\n") + 1] + "".join(lines).encode()
            if fmt != ox.QueryResultsFormat.TSV or cut:
                solutions = ox.parse_query_results(data, ox.QueryResultsFormat.TSV)
                data = solutions.serialize(format=fmt)
        else:
            fmt = _negotiate(accept, GRAPH_FORMATS.values(), ox.RdfFormat.TURTLE)
            data, cut = _capped(
                lambda sink: result.serialize(sink, ox.RdfFormat.N_TRIPLES),
                config.max_rows,
                cancelled,
            )
            if fmt != ox.RdfFormat.N_TRIPLES:
                triples = ox.parse(data, ox.RdfFormat.N_TRIPLES)
                data = ox.serialize(triples, format=fmt, prefixes=TURTLE_PREFIXES)
    except SyntaxError as err:
        return _error(400, f"malformed SPARQL query: {err}")
    except _Cancelled:
        return _error(503, "the query was stopped: it ran out of time")
    except (RuntimeError, ValueError) as err:
        return _error(400, f"the query could not run: {err}")
    except OSError as err:
        return _error(500, f"the store failed: {err}")
    headers = {"X-SPARQL-MaxRows": str(config.max_rows)} if cut else None
    return _Reply(200, fmt.media_type, data, headers)


def _capped(serialize, max_lines: int, cancelled) -> tuple[bytes, bool]:
    """Run `serialize(sink)`; the bytes it wrote up to `max_lines` lines, and whether it was cut."""
    sink = _CappedSink(max_lines, cancelled)
    try:
        serialize(sink)
    except Exception:
        if sink.full:
            return sink.getvalue(), True
        if cancelled.is_set():
            raise _Cancelled("time limit") from None
        raise
    return sink.getvalue(), False


def _run_update(store: ox.Store, text: str) -> _Reply:
    try:
        store.update(text, prefixes=ALL_PREFIXES)
    except SyntaxError as err:
        return _error(400, f"malformed SPARQL update: {err}")
    except (RuntimeError, ValueError) as err:
        return _error(400, f"the update could not run: {err}")
    except OSError as err:
        return _error(500, f"the store failed: {err}")
    merge_union(store)  # keep the queried default graph the union of the named graphs
    return _Reply(204, "text/plain", b"")


def _negotiate(accept: list[str], offered, default):
    """The first of the client's media types (best first) that is among `offered`."""
    offered = list(offered)
    for media in accept:
        fmt = _ALIASES.get(media)
        if fmt is None:
            fmt = ox.QueryResultsFormat.from_media_type(media) or ox.RdfFormat.from_media_type(
                media
            )
        if fmt in offered:
            return fmt
    return default


def _accepted(header: str | None) -> list[str]:
    """Media types of an Accept header, best first (q=0 dropped, wildcards dropped)."""
    ranked = []
    for index, part in enumerate((header or "").split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if media and "*" not in media and q > 0:
            ranked.append((-q, index, media.lower()))
    return [media for _, _, media in sorted(ranked)]


# -- the handler ---------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "showgraph"

    # routing ---------------------------------------------------------------------------
    def do_GET(self) -> None:
        path, params = self._target()
        if path in ("/query", "/sparql"):
            if "query" not in params:
                if path == "/sparql" and "update" in params:
                    return self._send(_error(405, "updates must be sent with POST"))
                return self._send(_error(400, "missing the query parameter"))
            return self._query(params["query"][0], params)
        if path in ("/", "/index.html"):
            return self._static("index.html")
        if path == "/saved-queries.json":
            return self._saved_queries()
        if path.startswith("/static/"):
            return self._static(path.removeprefix("/static/"))
        if path == "/update":
            return self._send(_error(405, "updates must be sent with POST"))
        return self._send(_error(404, f"no such page: {path}"))

    def do_POST(self) -> None:
        path, params = self._target()
        if path not in ("/query", "/sparql", "/update"):
            return self._send(_error(404, f"no such endpoint: {path}"))
        body = self._body()
        if body is None:
            return
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/x-www-form-urlencoded":
            params = {**params, **parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)}
        elif media == "application/sparql-query" and path != "/update":
            return self._query(body.decode("utf-8", "replace"), params)
        elif media == "application/sparql-update" and path != "/query":
            return self._update(body.decode("utf-8", "replace"))
        else:
            return self._send(
                _error(
                    415,
                    "send a form (query= or update=), application/sparql-query or "
                    "application/sparql-update",
                )
            )
        if "query" in params and path != "/update":
            return self._query(params["query"][0], params)
        if "update" in params and path != "/query":
            return self._update(params["update"][0])
        wanted = "update" if path == "/update" else "query"
        return self._send(_error(400, f"missing the {wanted} parameter"))

    # endpoints -------------------------------------------------------------------------
    def _query(self, text: str, params: dict[str, list[str]]) -> None:
        explicit = (params.get("format") or params.get("output") or [None])[0]
        if explicit:
            media = _format_media(explicit)
            if media is None:
                known = ", ".join([*RESULTS_FORMATS, *GRAPH_FORMATS])
                return self._send(_error(400, f"unknown format {explicit!r}; use one of {known}"))
            accept = [media]
        else:
            accept = _accepted(self.headers.get("Accept"))
        options = union_options(self.server.store)
        try:
            if params.get("default-graph-uri"):
                options = {"default_graph": [ox.NamedNode(i) for i in params["default-graph-uri"]]}
            if params.get("named-graph-uri"):
                options["named_graphs"] = [ox.NamedNode(i) for i in params["named-graph-uri"]]
        except ValueError as err:
            return self._send(_error(400, f"not a graph IRI: {err}"))
        config = self.server.config
        store = self.server.store
        self._send(
            self._in_worker(
                lambda cancelled: _run_query(store, text, accept, options, config, cancelled)
            )
        )

    def _update(self, text: str) -> None:
        if not self.server.config.allow_update:
            return self._send(
                _error(403, "this endpoint is read-only; start it with --allow-update to change it")
            )
        store = self.server.store
        self._send(self._in_worker(lambda _: _run_update(store, text)))

    def _in_worker(self, job) -> _Reply:
        """Run `job(cancelled)` in a worker thread; 503 if it takes longer than the time limit."""
        config = self.server.config
        slots = self.server.workers
        if not slots.acquire(timeout=min(1.0, config.timeout)):
            return _error(503, "the endpoint is busy (every query worker is running); retry later")
        cancelled = threading.Event()
        done = threading.Event()
        box: list[_Reply] = []

        def work() -> None:
            try:
                box.append(job(cancelled))
            except Exception as err:  # never lose a worker silently
                box.append(_error(500, f"internal error: {err}"))
            finally:
                done.set()
                slots.release()

        threading.Thread(target=work, name="showgraph-query", daemon=True).start()
        if done.wait(config.timeout):
            return box[0]
        cancelled.set()  # a streaming query stops at its next batch of rows
        return _error(
            503, f"the query took longer than the time limit ({config.timeout:g} s) and was stopped"
        )

    def _saved_queries(self) -> None:
        saved = [
            {"name": name, "description": saved_query_description(text), "query": text}
            for name, text in saved_queries().items()
        ]
        page = {
            "queries": saved,
            "prefixes": ALL_PREFIXES,
            "maxRows": self.server.config.max_rows,
            "timeout": self.server.config.timeout,
            "allowUpdate": self.server.config.allow_update,
        }
        body = json.dumps(page, ensure_ascii=False).encode()
        self._send(_Reply(200, "application/json", body))

    def _static(self, name: str) -> None:
        folder = resources.files("showgraph") / "static"
        suffix = "." + name.rsplit(".", 1)[-1] if "." in name else ""
        # Only plain file names from our own folder: no "..", no sub-paths.
        if "/" in name or "\\" in name or name.startswith(".") or suffix not in _STATIC_TYPES:
            return self._send(_error(404, f"no such file: {name}"))
        entry = folder / name
        if not entry.is_file():
            return self._send(_error(404, f"no such file: {name}"))
        headers = {"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"}
        self._send(_Reply(200, _STATIC_TYPES[suffix], entry.read_bytes(), headers))

    # plumbing --------------------------------------------------------------------------
    def _target(self) -> tuple[str, dict[str, list[str]]]:
        parts = urlsplit(self.path)
        return parts.path, parse_qs(parts.query, keep_blank_values=True)

    def _body(self) -> bytes | None:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            self._send(_error(400, "bad Content-Length"))
            return None
        if length > self.server.config.max_body:
            self._send(_error(413, f"request body over {self.server.config.max_body} bytes"))
            return None
        return self.rfile.read(length)

    def _send(self, reply: _Reply) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("Vary", "Accept")
        for key, value in (reply.headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the stdlib's name)
        if not self.server.config.quiet:
            sys.stderr.write(
                f"{time.strftime('%H:%M:%S')} {self.address_string()} {format % args}\n"
            )


def _format_media(name: str) -> str | None:
    """The media type a `format=` value names: a short name (json, csv, turtle...) or a type."""
    name = name.strip().lower()
    if name in RESULTS_FORMATS:
        return RESULTS_FORMATS[name].media_type
    if name in GRAPH_FORMATS:
        return GRAPH_FORMATS[name].media_type
    if "/" in name:
        return name
    return None
