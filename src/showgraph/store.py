"""A persistent, incremental showgraph dataset in an embedded on-disk Oxigraph store.

The store holds the same named graphs as a graph file (docs/ARCHITECTURE.md). Each article's
graph records a content hash of the article (`sg:contentHash` on its `sg:Article` node), so
`update_store` extracts only new or changed articles and rewrites only their graphs. Every
article graph is written in one Oxigraph transaction (a single SPARQL update that drops and
re-inserts it), so a build killed half-way leaves each article whole or absent, and running
it again finishes the job. The inferred graph is dropped before the first change and
recomputed after the last, so a missing inferred graph means "reasoning still to do".

Limitation: names are resolved across the articles extracted together, so an incremental
build resolves a new article's names against the other new articles only, not against the
articles already in the store. Rebuild from scratch (`--rebuild`) to resolve across everything.
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Literal, URIRef

from .errors import InputError, StoreError
from .io import format_for, from_ox, to_ox
from .model import Article, Extraction
from .namespaces import ARTICLE_GRAPH_PREFIX, INFERRED_GRAPH, ONTOLOGY_GRAPH, SG
from .query import merge_union
from .rdf import article_graph_iri, article_iri, article_triples

__all__ = [
    "CONTENT_HASH",
    "StoreReport",
    "build_store",
    "content_hash",
    "default_extractor",
    "export_store",
    "ensure_ontology",
    "open_source",
    "open_store",
    "refresh_inferred",
    "remove_articles",
    "store_dataset",
    "stored_articles",
    "update_store",
    "write_article",
]

#: `sg:contentHash`: SHA-256 of the article (text and metadata), on its `sg:Article` node.
CONTENT_HASH = SG.contentHash

Extractor = Callable[[list[Article]], list[Extraction]]


@dataclass
class StoreReport:
    """What `update_store` did, by article source name."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    reasoned: bool = False

    def to_text(self) -> str:
        parts = [
            f"{len(self.added)} added",
            f"{len(self.changed)} changed",
            f"{len(self.unchanged)} unchanged",
        ]
        tail = " (inferred graph refreshed)" if self.reasoned else ""
        return "Articles: " + ", ".join(parts) + tail


# -- opening -----------------------------------------------------------------------------


def open_store(path: str | Path, *, create: bool = True) -> ox.Store:
    """Open (or create) the on-disk store in folder `path`; one process at a time."""
    path = Path(path)
    if not create and not path.is_dir():
        raise StoreError(f"{path}: no such store (create it with `showgraph build ... --store`)")
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: a store is a folder, and this is a file")
    try:
        return _open_locked(path)
    except OSError as err:
        if "lock" in str(err).lower():
            raise StoreError(
                f"{path}: the store is in use by another process (a running `showgraph serve` "
                "or build); stop it first"
            ) from None
        raise StoreError(f"{path}: cannot open the store: {err}") from None


def _open_locked(path: Path) -> ox.Store:
    try:
        return ox.Store(str(path))
    except OSError as err:
        if "lock" not in str(err).lower():
            raise
    # A store we opened earlier in this process may be unreachable but not yet freed (held by
    # a reference cycle, e.g. through a traceback's frames); freeing it releases the lock.
    gc.collect()
    return ox.Store(str(path))


def open_source(graph: str | Path | None = None, store: str | Path | None = None) -> ox.Store:
    """The Oxigraph store to read from: a graph file loaded in memory, or an on-disk store.

    Exactly one of `graph` (a .trig/.nq/.jsonld/.ttl/.nt file) or `store` (a folder made by
    `showgraph build --store`) must be given.
    """
    if (graph is None) == (store is None):
        raise StoreError("give either a GRAPH file or --store DIR")
    if store is not None:
        return open_store(store, create=False)
    graph = Path(graph)
    if not graph.is_file():
        if graph.is_dir():
            raise InputError(graph, "is a folder; to read a store, pass it with --store")
        raise InputError(graph, "no such graph file")
    fmt, _ = format_for(graph)
    memory = ox.Store()
    try:
        memory.bulk_load(path=str(graph), format=fmt)
    except SyntaxError as err:
        raise InputError(graph, f"not valid {fmt.name}: {err}") from None
    if fmt.supports_datasets:
        merge_union(memory)
    return memory


# -- reading -----------------------------------------------------------------------------


def content_hash(article: Article) -> str:
    """SHA-256 of everything of an article that reaches its graph (text, title, url, date)."""
    record = [article.source_name, article.title, article.text, article.url, article.published]
    return hashlib.sha256(json.dumps(record, ensure_ascii=False).encode()).hexdigest()


def stored_articles(store: ox.Store) -> dict[str, str | None]:
    """Source name -> content hash (None if not recorded) of every article graph in `store`."""
    query = f"""
        SELECT ?name ?hash WHERE {{
          GRAPH ?g {{ ?a a <{SG.Article}> ; <{SG.sourceName}> ?name .
                      OPTIONAL {{ ?a <{CONTENT_HASH}> ?hash }} }}
          FILTER STRSTARTS(STR(?g), "{ARTICLE_GRAPH_PREFIX}")
        }}"""
    return {
        sol["name"].value: (sol["hash"].value if sol["hash"] is not None else None)
        for sol in store.query(query)
    }


def _graph_names(store: ox.Store) -> list[ox.NamedNode]:
    return [g for g in store.named_graphs() if isinstance(g, ox.NamedNode)]


def store_dataset(store: ox.Store, *, inferred: bool = False) -> Dataset:
    """An rdflib Dataset copy of the store's ontology and article graphs (and inferred graph)."""
    from .rdf import new_dataset

    dataset = new_dataset()
    for name in _graph_names(store):
        iri = name.value
        wanted = (
            iri.startswith(ARTICLE_GRAPH_PREFIX)
            or iri == str(ONTOLOGY_GRAPH)
            or (inferred and iri == str(INFERRED_GRAPH))
        )
        if not wanted:
            continue
        graph = dataset.graph(URIRef(iri))
        graph.addN(
            (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), graph)
            for q in store.quads_for_pattern(None, None, None, name)
        )
    return dataset


# -- writing -----------------------------------------------------------------------------


def _replace_graph_update(graph: URIRef, triples: Iterable[tuple]) -> str:
    """One SPARQL update that replaces `graph` by `triples`: Oxigraph runs it as one transaction."""
    body = "\n".join(f"{to_ox(s)} {to_ox(p)} {to_ox(o)} ." for s, p, o in triples)
    return (
        f"DROP SILENT GRAPH <{graph}> ;\n"
        f"CREATE GRAPH <{graph}> ;\n"
        f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}"
    )


def write_article(store: ox.Store, extraction: Extraction, digest: str | None = None) -> None:
    """Write (or replace) one article's named graph, whole or not at all."""
    article = extraction.article
    digest = digest or content_hash(article)
    graph = article_graph_iri(article.source_name)
    triples = list(article_triples(extraction))
    triples.append((article_iri(article.source_name), CONTENT_HASH, Literal(digest)))
    name = ox.NamedNode(str(graph))
    if store.contains_named_graph(name):
        store.update(_replace_graph_update(graph, triples))
    else:  # `extend` is one transaction too, and twice as fast as parsing an update
        store.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in triples)


def remove_articles(store: ox.Store, names: Sequence[str], *, reason: bool = True) -> list[str]:
    """Drop the graphs of the articles with these source names; return the names not found.

    The inferred graph is refreshed if anything was removed (unless `reason=False`).
    """
    known = stored_articles(store)
    missing = [name for name in names if name not in known]
    present = [name for name in names if name in known]
    if present:
        drops = " ;\n".join(f"DROP SILENT GRAPH <{article_graph_iri(n)}>" for n in present)
        store.update(f"DROP SILENT GRAPH <{INFERRED_GRAPH}> ;\n{drops}")
        if reason:
            refresh_inferred(store)
        merge_union(store)
    return missing


def ensure_ontology(store: ox.Store) -> bool:
    """Load the packaged ontology into `sgr:graph/ontology` unless it is there; True if loaded."""
    from .namespaces import load_ontology

    name = ox.NamedNode(str(ONTOLOGY_GRAPH))
    if store.contains_named_graph(name):
        return False
    # `extend`, not an INSERT DATA update: it keeps the ontology's canonical blank-node labels
    store.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in load_ontology())
    return True


def refresh_inferred(store: ox.Store) -> int:
    """Recompute `sgr:graph/inferred` from the ontology and article graphs; return its size."""
    from .reason import reason_store

    return reason_store(store)


def update_store(
    store: ox.Store,
    articles: Iterable[Article],
    *,
    reason: bool = True,
    rebuild: bool = False,
    extractor: Extractor | None = None,
    on_write: Callable[[str], None] | None = None,
) -> StoreReport:
    """Bring `store` up to date with `articles`: extract and write only new or changed ones.

    Articles already in the store but not among `articles` are kept (`remove_articles` drops
    them). `rebuild=True` re-extracts every given article. `extractor` turns a batch of
    articles into extractions (default: `showgraph.extract.extract_corpus`); `on_write` is
    called with each source name once its graph is committed.
    """
    if extractor is None:
        extractor = default_extractor()
    report = StoreReport()
    known = stored_articles(store)
    todo: dict[str, tuple[Article, str]] = {}
    for article in articles:
        digest = content_hash(article)
        if article.source_name in todo:
            raise StoreError(f"two articles share the source name {article.source_name!r}")
        if not rebuild and known.get(article.source_name) == digest:
            report.unchanged.append(article.source_name)
            continue
        todo[article.source_name] = (article, digest)
        (report.changed if article.source_name in known else report.added).append(
            article.source_name
        )

    ontology_loaded = ensure_ontology(store)
    inferred_missing = not store.contains_named_graph(ox.NamedNode(str(INFERRED_GRAPH)))
    if todo:
        # Dropped first so that a build killed half-way is seen as unfinished next time.
        store.update(f"DROP SILENT GRAPH <{INFERRED_GRAPH}>")
        extractions = extractor([article for article, _ in todo.values()])
        for extraction in extractions:
            name = extraction.article.source_name
            write_article(store, extraction, todo[name][1])
            if on_write is not None:
                on_write(name)
    if reason and (todo or ontology_loaded or inferred_missing):
        refresh_inferred(store)
        report.reasoned = True
    store.flush()
    return report


def default_extractor(jobs: int = 1, progress: bool = False) -> Extractor:
    """`showgraph.extract.extract_corpus` with these settings, as an `Extractor`."""

    def extract(articles: list[Article]) -> list[Extraction]:
        from .extract import extract_corpus

        return extract_corpus(articles, jobs=jobs, progress=progress)

    return extract


def build_store(
    store_dir: str | Path,
    paths: Iterable[str | Path],
    *,
    reason: bool = True,
    rebuild: bool = False,
    jobs: int = 1,
    progress: bool = False,
) -> StoreReport:
    """`update_store` on the store in `store_dir` (created if needed) from the files in `paths`."""
    from .articles import read_articles

    articles = list(read_articles(paths))  # read everything first: a bad file stops us early
    store = open_store(store_dir)
    report = update_store(
        store,
        articles,
        reason=reason,
        rebuild=rebuild,
        extractor=default_extractor(jobs=jobs, progress=progress),
    )
    if report.added or report.changed or report.reasoned or not _merged(store):
        # what `query` and `serve` read as the default graph; the bulk path is several times
        # faster on disk (2.7M quads: 40 s instead of 4 min) but not one transaction, hence
        # the `_merged` check, which sees a merge killed half-way
        merge_union(store, bulk=True)
    return report


def _merged(store: ox.Store) -> bool:
    """Whether the default graph holds the ontology's triples, which a bulk merge copies last
    (they have blank nodes): False after a merge killed half-way."""
    ontology = ox.NamedNode(str(ONTOLOGY_GRAPH))
    first = next(store.quads_for_pattern(None, None, None, ontology), None)
    return (
        first is None
        or next(
            store.quads_for_pattern(
                first.subject, first.predicate, first.object, ox.DefaultGraph()
            ),
            None,
        )
        is not None
    )


def export_store(store_dir: str | Path, path: str | Path) -> Path:
    """Write the store's named graphs to a graph file, in `save_dataset`'s order."""
    from .io import save_store

    return save_store(open_store(store_dir, create=False), path)
