"""The `showgraph` command line: each command parses arguments, makes one library call, prints."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from .errors import ShowgraphError

EXIT_PROBLEMS = 1  # `check` found problems, or `build --strict` did
EXIT_ERROR = 2  # bad input, bad query, bad usage


class UserError(click.ClickException):
    """One line on stderr and exit code 2, for any mistake a user can fix."""

    exit_code = EXIT_ERROR

    def show(self, file=None) -> None:
        click.echo(f"showgraph: error: {self.format_message()}", err=True, file=file)


class _Group(click.Group):
    """Turns library errors into one-line messages instead of tracebacks."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ShowgraphError as err:
            raise UserError(str(err)) from None
        except (OSError, UnicodeError) as err:  # e.g. an output folder we may not write to
            raise UserError(
                f"{getattr(err, 'filename', '') or ''} {err.strerror or err}".strip()
            ) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="showgraph")
def main() -> None:
    """Turn TV and streaming news articles into an RDF knowledge graph, then query and view it.

    \b
    Typical session:
      showgraph build data/articles -o out/graph.trig
      showgraph query out/graph.trig -f cast
      showgraph view out/graph.trig -o out/graph.html

    Exit codes: 0 success, 1 problems found (check, build --strict), 2 error.
    """


def _load(path: str):
    from .io import load_dataset

    return load_dataset(path)


# -- build -------------------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("out/graph.trig"),
    show_default=True,
    help="Graph file to write; the suffix picks the format (.trig .nq .jsonld .ttl .nt).",
)
@click.option(
    "--reason/--no-reason",
    default=True,
    show_default=True,
    help="Add the OWL 2 RL closure as sgr:graph/inferred.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Extract with N processes.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
@click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Keep the graph in this on-disk store instead; only new or changed articles are "
    "extracted. Writes GRAPH too only if -o is given.",
)
@click.option("--rebuild", is_flag=True, help="With --store: re-extract every article.")
@click.option(
    "--strict", is_flag=True, help="Run `check` on the result and exit 1 if it finds problems."
)
@click.pass_context
def build(
    ctx: click.Context,
    paths: tuple[Path, ...],
    output: Path,
    reason: bool,
    jobs: int,
    quiet: bool,
    store_dir: Path | None,
    rebuild: bool,
    strict: bool,
) -> None:
    """Extract facts from articles (.txt, .html, .jsonl files or folders) and write the graph.

    In a folder, files other than .txt, .html and .jsonl (such as *.gold.json) are skipped.
    """
    from .io import format_for
    from .pipeline import build_file
    from .store import build_store, export_store, open_store, store_dataset
    from .summary import summarise

    format_for(output)  # fail on a bad suffix before doing the work
    started = time.perf_counter()
    if store_dir is None:
        store = build_file(paths, output, reason=reason, jobs=jobs, progress=not quiet)
        if not quiet:
            click.echo(summarise(store).to_text())
            click.echo(f"Wrote {output} in {time.perf_counter() - started:.1f} s.")
    else:
        report = build_store(
            store_dir, paths, reason=reason, rebuild=rebuild, jobs=jobs, progress=not quiet
        )
        wants_file = ctx.get_parameter_source("output") is not click.core.ParameterSource.DEFAULT
        if wants_file:
            export_store(store_dir, output)
        if not quiet:
            click.echo(report.to_text())
            written = f"Wrote {output} and {store_dir}" if wants_file else f"Updated {store_dir}"
            click.echo(f"{written} in {time.perf_counter() - started:.1f} s.")
        if strict:
            store = open_store(store_dir, create=False)
    if strict:
        from .check import check as run_check

        report = run_check(store_dataset(store, inferred=True))
        if not report.conforms:
            click.echo(report.to_text(), err=True, nl=False)
            sys.exit(EXIT_PROBLEMS)


# -- check and explain -------------------------------------------------------------------


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "ttl"]),
    default="text",
    show_default=True,
    help="A readable report, or the SHACL validation report graph as Turtle.",
)
def check(graph: Path, fmt: str) -> None:
    """Validate GRAPH against the SHACL shapes and report conflicting facts.

    Conflicts (a character who both survives and dies in a season, two renewal or release
    dates for one season, two actors for one character) are reported with both evidence
    sentences and both source articles. Exit 0 when clean, 1 when problems are found.
    """
    from .check import check as run_check

    report = run_check(_load(str(graph)))
    if fmt == "ttl":
        click.echo(report.graph.serialize(format="turtle"))
    else:
        click.echo(report.to_text(), nl=False)
    if not report.conforms:
        sys.exit(EXIT_PROBLEMS)


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.argument("subject")
@click.argument("predicate")
@click.argument("object")
def explain(graph: Path, subject: str, predicate: str, object: str) -> None:  # noqa: A002
    """Explain why GRAPH holds the triple SUBJECT PREDICATE OBJECT.

    Prints the axiom or rule that inferred it and its premises, down to asserted triples with
    the sentence and article that state each. Terms may be IRIs, prefixed names (sg:actorIn)
    or labels ("Nam On-jo"), e.g.

    \b
      showgraph explain out/graph.trig "Park Ji-hu" sg:actorIn "All of Us Are Dead"
    """
    from .explain import explain as run_explain

    click.echo(run_explain(_load(str(graph)), subject, predicate, object).to_text())


# -- eval --------------------------------------------------------------------------------


@main.command(name="eval")
@click.argument("graph", type=click.Path(path_type=Path))
@click.argument("gold", type=click.Path(path_type=Path))
@click.option("--show-errors", is_flag=True, help="List every false and every missed fact.")
def eval_(graph: Path, gold: Path, show_errors: bool) -> None:
    """Score the facts in GRAPH against gold files (a NAME.gold.json or a folder of them).

    Precision, recall and F1 per relation and overall, and certainty accuracy, as
    data/gold/GOLD_FORMAT.md defines them. Only articles with a gold file are scored.
    """
    from .evaluate import load_gold, score
    from .rdf import facts_from_dataset

    gold_articles = load_gold(gold)
    predicted = facts_from_dataset(_load(str(graph)))
    result = score(
        {name: facts for name, facts in predicted.items() if name in gold_articles}, gold_articles
    )
    click.echo(result.to_text(show_errors=show_errors))


# -- query -------------------------------------------------------------------------------


@main.command()
@click.argument("graph", required=False)
@click.argument("sparql", required=False)
@click.option(
    "-f",
    "--file",
    "query_file",
    metavar="FILE|NAME",
    help="Read the query from a file or a saved query's name.",
)
@click.option(
    "-b",
    "--bind",
    "bindings",
    metavar="NAME=VALUE",
    multiple=True,
    help="Keep only the rows where ?NAME is VALUE, e.g. show=Kingdom, season=2, fate=dies; "
    "repeat a name for any of several values. VALUE is read as a Turtle term when it is one "
    '(<iri>, sg:Name, 2, "text"@en), else as text.',
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
    help="Output for SELECT and ASK; CONSTRUCT and DESCRIBE always print Turtle.",
)
@click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Query this on-disk store (from `build --store`) instead of a GRAPH file.",
)
@click.option(
    "--endpoint",
    metavar="URL",
    help="Query this SPARQL endpoint instead, e.g. http://127.0.0.1:7878/query.",
)
def query(
    graph: str | None,
    sparql: str | None,
    query_file: str | None,
    bindings: tuple[str, ...],
    fmt: str,
    store_dir: Path | None,
    endpoint: str | None,
) -> None:
    """Run a SPARQL query on GRAPH (or --store DIR, or --endpoint URL) and print the results.

    The default graph is the union of all named graphs; the sg:, sgr:, schema:, rdfs:, skos:,
    prov:, xsd:, owl: and rdf: prefixes are declared for you. `showgraph queries` lists the
    saved queries; `--bind` narrows one to a show, a character...:

      showgraph query out/graph.trig -f cast --bind show="All of Us Are Dead"
    """
    from .query import format_result, load_query, parse_bindings, values_clause
    from .query import query as run_query

    graph, sparql = _graph_or_store(graph, sparql, store_dir, endpoint)
    if (sparql is None) == (query_file is None):
        raise UserError("give either a SPARQL query or -f FILE|NAME")
    text = sparql if sparql is not None else load_query(query_file)
    values = parse_bindings(bindings)
    if values:
        values_clause(text, values)  # a wrong name is an error before any graph is loaded
    if endpoint is not None:
        from .push import query_endpoint

        result = query_endpoint(endpoint, text, values)
    else:
        from .store import open_source

        result = run_query(open_source(graph, store_dir), text, values)
    click.echo(format_result(result, fmt))


def _graph_or_store(
    graph: str | None, then: str | None, *elsewhere
) -> tuple[Path | None, str | None]:
    """The GRAPH argument and the argument after it, when GRAPH may be replaced by an option.

    With `--store DIR` (or `--endpoint URL`) there is no GRAPH, so what click took for GRAPH
    is the next argument.
    """
    given = [x for x in elsewhere if x is not None]
    if len(given) > 1 or (given and then is not None):
        raise UserError("give one of GRAPH, --store DIR or --endpoint URL")
    if given:
        return None, graph
    if graph is None:
        raise UserError("give a GRAPH file or --store DIR")
    return Path(graph), then


@main.command()
def queries() -> None:
    """List the saved queries (use one with `showgraph query GRAPH -f NAME`)."""
    from .query import saved_queries, saved_query_description

    saved = saved_queries()
    width = max(map(len, saved))
    for name, text in saved.items():
        click.echo(f"{name.ljust(width)}  {saved_query_description(text)}")


# -- store -------------------------------------------------------------------------------


@main.command()
@click.option(
    "--store",
    "store_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="The on-disk store (from `build --store`).",
)
@click.argument("names", nargs=-1, required=True)
@click.option(
    "--reason/--no-reason",
    default=True,
    show_default=True,
    help="Refresh sgr:graph/inferred afterwards.",
)
def remove(store_dir: Path, names: tuple[str, ...], reason: bool) -> None:
    """Drop the graphs of the articles NAME... (their source names, e.g. kingdom-s3.txt)."""
    from .errors import StoreError
    from .store import open_store, remove_articles

    missing = remove_articles(open_store(store_dir, create=False), names, reason=reason)
    if missing:
        raise StoreError(f"not in the store (nothing done for them): {', '.join(missing)}")
    click.echo(f"Removed {len(names)} article{'s' if len(names) != 1 else ''} from {store_dir}.")


_STORE_OPTION = click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Use this on-disk store (from `build --store`) instead of a GRAPH file.",
)


@main.command()
@click.argument("graph", required=False, type=click.Path(dir_okay=False, path_type=Path))
@_STORE_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True)
@click.option(
    "--allow-update",
    is_flag=True,
    help="Accept SPARQL updates on /update (with a GRAPH file, changes stay in memory).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=30.0,
    show_default=True,
    help="Seconds a query may run before the client gets 503.",
)
@click.option(
    "--max-rows",
    type=click.IntRange(1),
    default=10_000,
    show_default=True,
    help="Result rows (or triples) sent at most.",
)
@click.option("-q", "--quiet", is_flag=True, help="Do not log requests.")
def serve(
    graph: Path | None,
    store_dir: Path | None,
    host: str,
    port: int,
    allow_update: bool,
    timeout: float,
    max_rows: int,
    quiet: bool,
) -> None:
    """Serve GRAPH (or --store DIR) as a SPARQL 1.1 endpoint with a query page.

    \b
    /          the query page, with the saved queries as examples
    /query     SPARQL queries (GET or POST); /sparql too
    /update    SPARQL updates (POST; refused unless --allow-update)
    Results as JSON, XML, CSV or TSV (SELECT, ASK) or Turtle and N-Triples (CONSTRUCT,
    DESCRIBE), chosen by the Accept header or a format=json|xml|csv|tsv|turtle|nt parameter.
    """
    from .server import ServerConfig, make_server
    from .store import open_source

    config = ServerConfig(
        timeout=timeout, max_rows=max_rows, allow_update=allow_update, quiet=quiet
    )
    source = open_source(graph, store_dir)
    try:
        server = make_server(source, host, port, config)
    except OSError as err:
        raise UserError(f"cannot listen on {host}:{port}: {err.strerror or err}") from None
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}, reachable from other machines", err=True)
    mode = "read-write" if allow_update else "read-only"
    click.echo(f"Serving {store_dir or graph} ({mode}) at {server.url} (Ctrl+C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@main.command()
@click.argument("graph", required=False, type=click.Path(dir_okay=False, path_type=Path))
@_STORE_OPTION
@click.option(
    "--endpoint",
    metavar="URL",
    required=True,
    help="The store's Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store "
    "(Oxigraph) or http://127.0.0.1:3030/ds/data (Fuseki); see docs/deploy.md.",
)
@click.option(
    "--union-default",
    is_flag=True,
    help="Also replace the server's default graph with the set union of the named graphs "
    "(for Oxigraph server, whose own union default graph repeats triples).",
)
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
def push(
    graph: Path | None, store_dir: Path | None, endpoint: str, union_default: bool, quiet: bool
) -> None:
    """Write every named graph of GRAPH (or --store DIR) to a SPARQL 1.1 store.

    One HTTP PUT per named graph (Graph Store Protocol), which replaces that graph on the
    server: pushing twice changes nothing. For basic auth set SHOWGRAPH_USER and
    SHOWGRAPH_PASSWORD in the environment.
    """
    from .push import push as push_graphs
    from .store import open_source

    source = open_source(graph, store_dir)
    progress = None if quiet else (lambda name, n: click.echo(f"  {name} ({n} triples)"))
    report = push_graphs(source, endpoint, on_graph=progress, union_default=union_default)
    if not quiet:
        click.echo(f"{report.to_text()} to {endpoint}.")


# -- view --------------------------------------------------------------------------------


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write [default: out/graph.html; out/timeline.svg for --kind timeline]. "
    "A timeline is .svg or .png.",
)
@click.option(
    "--kind",
    type=click.Choice(["graph", "costar", "timeline"]),
    default="graph",
    show_default=True,
    help="graph: the knowledge graph; costar: actors linked by shared shows; "
    "timeline: seasons on a time axis.",
)
@click.option("--speculative", is_flag=True, help="Also draw speculative facts (dotted).")
@click.option(
    "--inferred/--no-inferred",
    default=True,
    show_default=True,
    help="Draw inferred edges (dashed).",
)
@click.option("--show", "show_title", metavar="TITLE", help="Only this show's world.")
@click.option("--focus", metavar="NAME", help="Only the neighbourhood of the node(s) named NAME.")
@click.option(
    "--depth", type=click.IntRange(0), default=1, show_default=True, help="Steps around --focus."
)
@click.option(
    "--until-season",
    type=click.IntRange(1),
    metavar="N",
    help="Spoiler-safe: nothing from later seasons, no fates from season N on.",
)
@click.option("--with-fates", is_flag=True, help="With --until-season: keep fates up to season N.")
@click.option("--relations", metavar="LIST", help="Only these relations, e.g. plays,diesIn.")
@click.option("--title", help="Page title (default: the graph file name).")
def view(
    graph: Path,
    output: Path | None,
    kind: str,
    speculative: bool,
    inferred: bool,
    show_title: str | None,
    focus: str | None,
    depth: int,
    until_season: int | None,
    with_fates: bool,
    relations: str | None,
    title: str | None,
) -> None:
    """Write a view of GRAPH: an interactive page (one self-contained file that works
    offline) or, with --kind timeline, an SVG/PNG chart."""
    from .view import LARGE_VIEW_NODES, ViewOptions, write_view

    if output is None:
        output = Path("out/timeline.svg" if kind == "timeline" else "out/graph.html")
    options = ViewOptions.from_kwargs(
        kind=kind,
        title=title or graph.name,
        speculative=speculative,
        inferred=inferred,
        show=show_title,
        focus=focus,
        depth=depth,
        until_season=until_season,
        with_fates=with_fates,
        relations=relations,
    )
    written = write_view(_load(str(graph)), output, options)
    if written.kind == "timeline":
        click.echo(f"Wrote {output} ({written.nodes} timeline rows).")
        return
    click.echo(f"Wrote {output} ({written.nodes} nodes, {written.edges} edges).")
    if written.large:
        click.echo(
            f"showgraph: warning: {written.nodes} nodes (over {LARGE_VIEW_NODES}) is slow to "
            "explore; narrow it with --show TITLE, --focus NAME --depth 2 or --relations.",
            err=True,
        )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
