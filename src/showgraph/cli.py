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
def build(paths: tuple[Path, ...], output: Path, reason: bool, jobs: int, quiet: bool) -> None:
    """Extract facts from articles (.txt, .html, .jsonl files or folders) and write the graph.

    In a folder, files other than .txt, .html and .jsonl (such as *.gold.json) are skipped.
    """
    from .io import format_for, save_dataset
    from .pipeline import build as build_dataset
    from .summary import summarise

    format_for(output)  # fail on a bad suffix before doing the work
    started = time.perf_counter()
    dataset = build_dataset(paths, reason=reason, jobs=jobs, progress=not quiet)
    save_dataset(dataset, output)
    if not quiet:
        click.echo(summarise(dataset).to_text())
        click.echo(f"Wrote {output} in {time.perf_counter() - started:.1f} s.")


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
@click.argument("graph", type=click.Path(path_type=Path))
@click.argument("sparql", required=False)
@click.option(
    "-f",
    "--file",
    "query_file",
    metavar="FILE|NAME",
    help="Read the query from a file or a saved query's name.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
    help="Output for SELECT and ASK; CONSTRUCT and DESCRIBE always print Turtle.",
)
def query(graph: Path, sparql: str | None, query_file: str | None, fmt: str) -> None:
    """Run a SPARQL query on GRAPH and print the results.

    The default graph is the union of all named graphs; the sg:, sgr:, schema:, rdfs:, skos:,
    prov:, xsd:, owl: and rdf: prefixes are declared for you. `showgraph queries` lists the
    saved queries.
    """
    from .query import format_result, load_query
    from .query import query as run_query

    if (sparql is None) == (query_file is None):
        raise UserError("give either a SPARQL query or -f FILE|NAME")
    text = sparql if sparql is not None else load_query(query_file)
    click.echo(format_result(run_query(_open_store(graph), text), fmt))


def _open_store(graph: Path):
    """A graph file loaded into an in-memory Oxigraph store (fast to load and to query)."""
    import pyoxigraph as ox

    from .errors import InputError
    from .io import format_for

    if not graph.is_file():
        raise InputError(graph, "no such graph file")
    fmt, _ = format_for(graph)
    store = ox.Store()
    try:
        store.bulk_load(path=str(graph), format=fmt)
    except SyntaxError as err:
        raise InputError(graph, f"not valid {fmt.name}: {err}") from None
    return store


@main.command()
def queries() -> None:
    """List the saved queries (use one with `showgraph query GRAPH -f NAME`)."""
    from .query import saved_queries, saved_query_description

    saved = saved_queries()
    width = max(map(len, saved))
    for name, text in saved.items():
        click.echo(f"{name.ljust(width)}  {saved_query_description(text)}")


# -- view --------------------------------------------------------------------------------


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("out/graph.html"),
    show_default=True,
)
@click.option("--speculative", is_flag=True, help="Also draw speculative facts (dotted).")
@click.option(
    "--inferred/--no-inferred",
    default=True,
    show_default=True,
    help="Draw inferred edges (dashed).",
)
@click.option("--title", help="Page title (default: the graph file name).")
def view(graph: Path, output: Path, speculative: bool, inferred: bool, title: str | None) -> None:
    """Write an interactive HTML view of GRAPH: one self-contained file that works offline."""
    from .view import write_view

    written = write_view(
        _load(str(graph)),
        output,
        speculative=speculative,
        inferred=inferred,
        title=title or graph.name,
    )
    click.echo(f"Wrote {output} ({written.nodes} nodes, {written.edges} edges).")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
