"""The whole job in one call: read articles, extract, build the graph, reason."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from .articles import read_articles
from .io import format_for
from .model import Extraction
from .namespaces import INFERRED_GRAPH


def extract_paths(
    paths: Iterable[str | Path], jobs: int = 1, progress: bool = False
) -> list[Extraction]:
    """Read and extract every article under `paths`, with names resolved across the corpus."""
    from .extract import extract_corpus

    return extract_corpus(read_articles(paths), jobs=jobs, progress=progress)


def build(
    paths: Iterable[str | Path],
    *,
    reason: bool = True,
    jobs: int = 1,
    progress: bool = False,
) -> Dataset:
    """Build the knowledge graph of the articles under `paths` as an rdflib Dataset.

    The result has one named graph per article, the ontology graph and (unless
    `reason=False`) the inferred graph: the same graph `showgraph build` writes.
    """
    from .store import store_dataset

    return store_dataset(
        build_in_memory(paths, reason=reason, jobs=jobs, progress=progress), inferred=True
    )


def build_file(
    paths: Iterable[str | Path],
    output: str | Path,
    *,
    reason: bool = True,
    jobs: int = 1,
    progress: bool = False,
) -> ox.Store:
    """Build the graph of the articles under `paths` and write it to `output` (atomically).

    Returns the in-memory store it was assembled in.
    """
    from .io import save_store

    format_for(output)  # a bad suffix fails before the work, not after
    store = build_in_memory(paths, reason=reason, jobs=jobs, progress=progress)
    save_store(store, output)
    return store


def build_in_memory(
    paths: Iterable[str | Path],
    *,
    reason: bool = True,
    jobs: int = 1,
    progress: bool = False,
) -> ox.Store:
    """Build the graph of the articles under `paths` in an in-memory Oxigraph store.

    Several times faster and smaller than an rdflib Dataset at corpus scale; `build` and
    `build_file` both go through here.
    """
    from .store import default_extractor, update_store

    articles = list(read_articles(paths))  # read everything first: a bad file stops us early
    store = ox.Store()
    update_store(store, articles, reason=reason, extractor=default_extractor(jobs, progress))
    return store


def add_inferred(dataset: Dataset) -> int:
    """Replace the inferred graph of `dataset` with a fresh closure; return its size."""
    from .reason import reason as closure

    dataset.remove_graph(dataset.graph(INFERRED_GRAPH))
    # reasoned straight into the dataset's graph: a copy costs as much as the reasoning
    return len(closure(dataset, target=dataset.graph(INFERRED_GRAPH)))
