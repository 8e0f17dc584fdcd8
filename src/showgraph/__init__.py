"""showgraph: turn TV and streaming news articles into an RDF knowledge graph.

>>> import showgraph
>>> dataset = showgraph.build(["data/articles"])          # doctest: +SKIP
>>> showgraph.query(dataset, "SELECT * WHERE { ?a sg:plays ?c }")   # doctest: +SKIP
"""

from __future__ import annotations

from .articles import read_articles
from .check import CheckReport, check
from .errors import GoldError, InputError, QueryError, ShowgraphError, StoreError
from .explain import Explanation, explain
from .io import load_dataset, save_dataset
from .model import Article, Extraction, Fact, Span
from .pipeline import add_inferred, build, build_file, extract_paths
from .query import QueryResult, format_result, load_query, query, saved_queries
from .rdf import facts_from_dataset, to_dataset
from .view import write_view

__all__ = [
    "Article",
    "CheckReport",
    "Explanation",
    "Extraction",
    "Fact",
    "GoldError",
    "InputError",
    "QueryError",
    "QueryResult",
    "ShowgraphError",
    "Span",
    "StoreError",
    "add_inferred",
    "build",
    "build_file",
    "check",
    "explain",
    "extract_paths",
    "facts_from_dataset",
    "format_result",
    "load_dataset",
    "load_query",
    "query",
    "read_articles",
    "save_dataset",
    "saved_queries",
    "to_dataset",
    "write_view",
]
