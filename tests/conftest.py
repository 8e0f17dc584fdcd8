"""Shared fixtures: paths to the bundled corpus and a small hand-made extraction."""

from __future__ import annotations

from pathlib import Path

import pytest

from showgraph.model import Article, Extraction, Fact, Span

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
GOLD = ROOT / "data" / "gold"
SEED = ARTICLES / "all-of-us-are-dead-s2.txt"


def _fact(text: str, sentence: str, rel: str, show: str, **values) -> Fact:
    start = text.index(sentence)
    return Fact(rel, show, evidence=sentence, span=Span(start, start + len(sentence)), **values)


@pytest.fixture
def sample_extraction() -> Extraction:
    """One article with one fact of every relation, two name forms and a speculative fact."""
    text = (
        "Moon Garden Season 2: Everything We Know\n\n"
        "Moon Garden premiered on Netflix on March 3, 2023. "
        "Han Seo-yeon plays Kim Da-eun. "
        "Da-eun survives the first season, while Oh Jin-woo dies. "
        "Netflix renewed the show on May 1, 2023. "
        "Filming started in August 2023. "
        "Season 2 will likely arrive in 2024 with 8 episodes. "
        "The series is based on the novel Night Bloom by Lee Sun-mi. "
        "It was directed by Park Min-ho and created by Choi Yu-na. "
        "It holds an 8.1/10 rating on IMDb. "
        "The spin-off Moon Garden Kids was cancelled on 2 February 2024."
    )
    article = Article("moon-garden-s2.txt", "Moon Garden Season 2: Everything We Know", text)
    s = {
        "release": "Moon Garden premiered on Netflix on March 3, 2023.",
        "cast": "Han Seo-yeon plays Kim Da-eun.",
        "fates": "Da-eun survives the first season, while Oh Jin-woo dies.",
        "renewal": "Netflix renewed the show on May 1, 2023.",
        "filming": "Filming started in August 2023.",
        "expected": "Season 2 will likely arrive in 2024 with 8 episodes.",
        "based": "The series is based on the novel Night Bloom by Lee Sun-mi.",
        "crew": "It was directed by Park Min-ho and created by Choi Yu-na.",
        "rating": "It holds an 8.1/10 rating on IMDb.",
        "cancel": "The spin-off Moon Garden Kids was cancelled on 2 February 2024.",
    }
    show = "Moon Garden"
    facts = (
        _fact(
            text, s["release"], "released", show, season=1, date="2023-03-03", platform="Netflix"
        ),
        _fact(text, s["cast"], "plays", show, actor="Han Seo-yeon", character="Kim Da-eun"),
        _fact(text, s["fates"], "fate", show, season=1, character="Kim Da-eun", fate="survives"),
        _fact(text, s["fates"], "fate", show, season=1, character="Oh Jin-woo", fate="dies"),
        _fact(text, s["renewal"], "renewed", show, season=2, date="2023-05-01"),
        _fact(text, s["filming"], "filming", show, season=2, date="2023-08"),
        _fact(
            text,
            s["expected"],
            "expected_release",
            show,
            season=2,
            date="2024",
            certainty="speculative",
        ),
        _fact(text, s["expected"], "episodes", show, season=2, count=8, certainty="speculative"),
        _fact(text, s["based"], "based_on", show, work="Night Bloom", creator="Lee Sun-mi"),
        _fact(text, s["crew"], "director", show, person="Park Min-ho"),
        _fact(text, s["crew"], "creator", show, person="Choi Yu-na"),
        _fact(text, s["rating"], "rating", show, source="IMDb", value=8.1, best=10),
        _fact(text, s["cancel"], "cancelled", "Moon Garden Kids", date="2024-02-02"),
    )
    names = {"Kim Da-eun": "Kim Da-eun", "Da-eun": "Kim Da-eun"}
    return Extraction(article, facts, names=names, show_names={show: show})


@pytest.fixture(params=["rdflib", "oxigraph"])
def source(request, sample_extraction):
    """The sample extraction as an rdflib Dataset and as an in-memory Oxigraph store."""
    import pyoxigraph as ox

    from showgraph.io import dataset_quads
    from showgraph.rdf import to_dataset

    dataset = to_dataset([sample_extraction])
    if request.param == "rdflib":
        return dataset
    store = ox.Store()
    store.extend(dataset_quads(dataset))
    return store
