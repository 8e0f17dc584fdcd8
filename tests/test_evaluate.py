"""Gold loading and scoring (evaluate.py)."""

from __future__ import annotations

import json

import pytest

from showgraph.errors import GoldError
from showgraph.evaluate import load_gold, score
from showgraph.model import Fact

GOLD = {
    "article": "a.txt",
    "shows": [{"title": "Moon Harbor", "aliases": ["The Harbor"]}],
    "people_aliases": {"Kang Min-seo": ["Min-seo"], "Ada Quill": []},
    "facts": [
        {"rel": "plays", "show": "Moon Harbor", "actor": "Ada Quill", "character": "Kang Min-seo"},
        {
            "rel": "fate",
            "show": "Moon Harbor",
            "season": 1,
            "character": "Kang Min-seo",
            "fate": "dies",
        },
        {
            "rel": "episodes",
            "show": "Moon Harbor",
            "season": 2,
            "count": 10,
            "certainty": "speculative",
        },
        {"rel": "based_on", "show": "Moon Harbor", "work": "Tides", "creator": "Bo Arden"},
        {"rel": "based_on", "show": "Moon Harbor", "work": "Tides", "creator": "Cy Dune"},
        {
            "rel": "released",
            "show": "Moon Harbor",
            "season": 1,
            "date": "2021-03",
            "platform": "Netflix",
        },
        {"rel": "rating", "show": "Moon Harbor", "source": "IMDb", "value": 7.5, "best": 10},
        {"rel": "episodes", "show": "Moon Harbor", "season": 1, "count": 8, "optional": True},
    ],
}


@pytest.fixture
def gold(tmp_path):
    path = tmp_path / "a.gold.json"
    path.write_text(json.dumps(GOLD), encoding="utf-8")
    return load_gold(tmp_path)


def test_load_gold_keys_by_article(gold):
    assert list(gold) == ["a.txt"]
    assert len(gold["a.txt"].facts) == 8
    assert gold["a.txt"].facts[-1].optional


def test_perfect_prediction_with_aliases_scores_one(gold):
    predicted = [
        Fact("plays", "the harbor", actor="Ada  Quill", character="min-seo"),
        Fact("fate", "Moon Harbor", season=1, character="Min-seo", fate="dies"),
        Fact("episodes", "Moon Harbor", season=2, count=10, certainty="speculative"),
        Fact("based_on", "Moon Harbor", work="Tides", creator="Bo Arden"),
        Fact("based_on", "Moon Harbor", work="Tides", creator="Cy Dune"),
        Fact("released", "Moon Harbor", season=1, date="2021-03"),  # platform optional
        Fact("rating", "Moon Harbor", source="IMDb", value=7.5),  # best optional
        Fact("episodes", "Moon Harbor", season=1, count=8),  # optional gold: not a TP nor FP
    ]
    s = score({"a.txt": predicted}, gold)
    assert (s.overall.tp, s.overall.fp, s.overall.fn) == (7, 0, 0)
    assert s.f1 == 1.0 and s.certainty_accuracy == 1.0


def test_errors_and_certainty(gold):
    predicted = [
        Fact("episodes", "Moon Harbor", season=2, count=10),  # certainty wrong
        Fact("released", "Moon Harbor", season=1, date="2021-03", platform="Hulu"),  # disagrees
        Fact("based_on", "Moon Harbor", work="Tides"),  # gold gives creators: key
        Fact("fate", "Moon Harbor", season=2, character="Kang Min-seo", fate="dies"),
        Fact("fate", "Moon Harbor", season=1, character="Kang Min-seo", fate="dies"),
        Fact(
            "fate",
            "Moon Harbor",
            season=1,
            character="Kang Min-seo",
            fate="dies",
            certainty="speculative",
        ),
    ]
    s = score({"a.txt": predicted}, gold)
    assert s.per_relation["episodes"].tp == 1
    assert s.certainty_accuracy == 0.5
    assert s.per_relation["released"].fp == 1
    assert s.per_relation["based_on"].fp == 1 and s.per_relation["based_on"].fn == 2
    # one-to-one: the second season-1 death finds no gold fact left
    assert s.per_relation["fate"].tp == 1 and s.per_relation["fate"].fp == 2
    text = s.to_text(show_errors=True)
    assert "overall (micro)" in text and "false positives (4)" in text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"article": "a.txt",\n "facts": [,]}', "line 2, column"),
        ('{"article": "a.txt", "facts": [{"rel": "stars", "show": "X"}]}', "unknown rel 'stars'"),
        (
            '{"article": "a.txt", "facts": [{"rel": "plays", "show": "X", "actor": "A"}]}',
            'missing field "character"',
        ),
        (
            '{"article": "a.txt", "facts": [{"rel": "episodes", "show": "X", "count": "8"}]}',
            '"count" must be int',
        ),
        ('{"facts": []}', 'missing field "article"'),
        (
            '{"article": "a.txt", "facts": [{"rel": "renewed", "show": "X", "date": "June 2022"}]}',
            "not YYYY",
        ),
    ],
)
def test_broken_gold_files_say_what_and_where(tmp_path, content, message):
    path = tmp_path / "b.gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError) as info:
        load_gold(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_table_columns_widen_for_large_counts():
    """Regression: at 10,000 articles FP and FN ran together ("313620140")."""
    from showgraph.evaluate import RelationScore, Score

    big = RelationScore(tp=158581, fp=3136, fn=20140)
    score = Score(per_relation={"plays": big}, overall=big)
    overall = next(line for line in score.to_text().splitlines() if line.startswith("overall"))
    assert overall.split()[2:5] == ["158581", "3136", "20140"]
