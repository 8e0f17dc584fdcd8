"""Rule-based extraction of show facts from entertainment-news articles.

`extract(article)` finds the facts of one article with names resolved within it;
`extract_corpus(articles)` does that for many and resolves names across articles.
"""

from __future__ import annotations

from .pipeline import extract, extract_corpus

__all__ = ["extract", "extract_corpus"]
