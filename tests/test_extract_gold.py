"""Dev-set figures: the seed article is perfect and the whole dev set stays above the bar.

Print the table with: .venv/bin/python -m showgraph.extract.devscore [-e]
"""

from __future__ import annotations

from pathlib import Path

import pytest

from showgraph.articles import read_articles
from showgraph.evaluate import load_gold, score
from showgraph.extract import extract_corpus

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def dev_score():
    gold = load_gold(DATA / "gold")
    extractions = extract_corpus(read_articles([DATA / "articles"]))
    predicted = {e.article.source_name: list(e.facts) for e in extractions}
    return predicted, gold


def test_seed_article_is_perfect(dev_score):
    predicted, gold = dev_score
    name = "all-of-us-are-dead-s2.txt"
    s = score({name: predicted[name]}, {name: gold[name]})
    assert s.f1 == 1.0, s.to_text(show_errors=True)
    assert s.certainty_accuracy == 1.0


def test_dev_set_micro_f1_and_certainty(dev_score):
    predicted, gold = dev_score
    s = score(predicted, gold)
    assert s.f1 >= 0.99, s.to_text(show_errors=True)
    assert s.certainty_accuracy >= 0.99
