"""Encyclopedic film/show sentences (extract/encyclopedic.py), and that they stay quiet on news."""

from __future__ import annotations

import pytest

from showgraph.extract import extract
from showgraph.model import Article


def _facts(title: str, sentence: str) -> set[tuple]:
    # the title named twice makes it the article's main show, as in a real article
    article = Article("x.txt", title, f"{title}\n\nAbout {title}. {sentence}")
    out = set()
    for f in extract(article).facts:
        value = f.person or f.actor or f.genre or f.company or f.place or f.date or f.work
        out.add((f.rel, f.show, value))
    return out


def test_definition_gives_year_and_genres():
    facts = _facts(
        "Harbor Lights", "Harbor Lights is a 1987 Danish comedy horror film directed by Ole Brandt."
    )
    assert ("released", "Harbor Lights", "1987") in facts
    assert ("genre", "Harbor Lights", "comedy horror") in facts
    assert ("director", "Harbor Lights", "Ole Brandt") in facts
    assert not any(rel == "genre" and v == "horror" for rel, _, v in facts)


def test_subtitle_is_part_of_the_defined_title():
    facts = _facts(
        "Iron Veil: Rebirth", "Iron Veil: Rebirth is a 2019 animated science fiction film."
    )
    assert ("released", "Iron Veil: Rebirth", "2019") in facts
    assert ("genre", "Iron Veil: Rebirth", "science fiction") in facts
    assert ("genre", "Iron Veil: Rebirth", "animated") in facts


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Dust Road is a 2001 western written by Mara Quinn and Tom Ellery.",
            {("writer", "Mara Quinn"), ("writer", "Tom Ellery"), ("genre", "western")},
        ),
        (
            "Dust Road is a film written and directed by Mara Quinn.",
            {("writer", "Mara Quinn"), ("director", "Mara Quinn")},
        ),
        (
            "Dust Road was directed, written, edited and produced by Mara Quinn.",
            {("writer", "Mara Quinn"), ("director", "Mara Quinn")},
        ),
        ("The screenplay was written by Hal Brenner.", {("writer", "Hal Brenner")}),
        (
            "Dust Road is a 2001 drama film starring Ana Ruiz, Ben Cole, and Cy Dean.",
            {("cast", "Ana Ruiz"), ("cast", "Ben Cole"), ("cast", "Cy Dean")},
        ),
        ("Dust Road stars Ana Ruiz and Ben Cole.", {("cast", "Ana Ruiz"), ("cast", "Ben Cole")}),
        (
            "Dust Road is a 2001 film produced by Redwood Pictures.",
            {("producer", "Redwood Pictures")},
        ),
        (
            "It is a short film by Lantern Animation Studios.",
            {("producer", "Lantern Animation Studios")},
        ),
        (
            "The film was shot in Lisbon and Porto.",
            {("filming_location", "Lisbon"), ("filming_location", "Porto")},
        ),
        (
            "Principal photography began in Vancouver, British Columbia, in May 2010.",
            {("filming_location", "Vancouver")},
        ),
        ("Dust Road starring Georg H. Tall was a hit.", {("cast", "Georg H. Tall")}),
    ],
)
def test_credits(sentence, expected):
    facts = {(rel, value) for rel, show, value in _facts("Dust Road", sentence)}
    assert expected <= facts


def test_directed_by_a_and_written_by_b_keeps_roles_apart():
    facts = _facts(
        "Dust Road", "Dust Road is a film directed by Mara Quinn and written by Hal Brenner."
    )
    assert ("director", "Dust Road", "Hal Brenner") not in facts
    assert ("writer", "Dust Road", "Hal Brenner") in facts


def test_based_on_a_novel_by():
    facts = _facts(
        "Dust Road", "Dust Road is a 2001 film based on the novel Red Mesa by Lena Ortiz."
    )
    assert ("based_on", "Dust Road", "Red Mesa") in facts


@pytest.mark.parametrize(
    "sentence, rel",
    [
        # the author of the adapted work is not the show's writer
        ("Dust Road adapts the webtoon Red Mesa, written by Lena Ortiz.", "writer"),
        # "star" is a noun here, and the cast is a role
        ("Joining them is Spanish star Lena Ortiz, who will play a judge.", "cast"),
        # a month is not a place; a year after a description is not a release year
        ("Filming began in March 2023.", "filming_location"),
        ("Mara Quinn is a 2010 graduate of the film school.", "released"),
        ("Mara Quinn is the star of the show.", "genre"),
        # a byline
        ("Written by Hal Brenner.", "writer"),
        ("A Pixar film by Studio Dean Kay came out.", "producer_person"),
    ],
)
def test_rules_stay_quiet_on_news_sentences(sentence, rel):
    facts = _facts("Dust Road", sentence)
    assert not any(r == rel for r, _, _ in facts), facts


def test_new_relations_are_not_scored_against_gold_that_does_not_annotate_them():
    from showgraph.evaluate import GoldArticle, GoldFact, score
    from showgraph.model import Fact

    gold = GoldArticle(
        "a.txt",
        {"Dust Road": ()},
        {},
        (GoldFact(Fact("director", "Dust Road", person="Mara Quinn")),),
    )
    predicted = {
        "a.txt": [
            Fact("director", "Dust Road", person="Mara Quinn"),
            Fact("genre", "Dust Road", genre="western"),
        ]
    }
    result = score(predicted, gold={"a.txt": gold})
    assert (result.overall.tp, result.overall.fp) == (1, 0)
    assert result.unscored == {"genre": 1}
    annotated = GoldArticle(
        "a.txt", {"Dust Road": ()}, {}, gold.facts, relations=("director", "genre")
    )
    result = score(predicted, gold={"a.txt": annotated})
    assert (result.overall.tp, result.overall.fp) == (1, 1)
