"""Rules added for articles unlike the dev set: relative dates, parts, missing characters,
lone cast rows and tables, hedged or negated statements, shows named in passing."""

from __future__ import annotations

import pytest

from showgraph.articles import article_from_text
from showgraph.extract import extract
from showgraph.extract.dates import find_dates
from showgraph.extract.hedges import certainty
from showgraph.extract.seasons import find_seasons

HEAD = "Harbor Lights Season 2: Release Date, Cast And Everything We Know\n\n"


def facts_of(body: str, rel: str, title: str = HEAD):
    ex = extract(article_from_text("t.txt", title + body))
    return [f for f in ex.facts if f.rel == rel]


def test_relative_dates_count_from_the_year_before_them():
    assert [d.iso for d in find_dates("renewed in May 2024, back early next year")] == [
        "2024-05",
        "2025",
    ]
    assert [d.iso for d in find_dates("filming starts this autumn", anchor=2023)] == ["2023"]
    assert find_dates("it returns next year") == []  # no anchor: no guess


def test_update_line_anchors_next_year():
    body = (
        "Update, March 2024: Netflix has renewed Harbor Lights for a second season, and the "
        "new episodes will arrive early next year.\n"
    )
    got = {(f.season, f.date, f.certainty) for f in facts_of(body, "expected_release")}
    assert got == {(2, "2025", "confirmed")}


def test_parts_are_seasons_where_the_show_uses_parts():
    assert [m.numbers for m in find_seasons("Part 2 lands in April")] == []
    assert [m.numbers for m in find_seasons("Part 2 lands in April", parts=True)] == [(2,)]
    body = (
        "Part 1 dropped on Netflix on July 6, 2023, with 12 episodes. "
        "Part 2 lands on Netflix on April 11, 2024.\n"
    )
    title = "Moon Gate Part 2: Release Date And Voice Cast\n\n"
    assert {(f.season, f.date) for f in facts_of(body, "released", title)} == {(1, "2023-07-06")}
    assert {(f.season, f.date) for f in facts_of(body, "expected_release", title)} == {
        (2, "2024-04-11")
    }
    assert {(f.season, f.count) for f in facts_of(body, "episodes", title)} == {(1, 12)}


def test_missing_characters_unless_the_article_settles_their_fate():
    body = (
        "How did season 1 end?\n\n"
        "The journalist Yoon Seo-ah vanishes on the night of the storm. "
        "Elowen Penhallow goes missing from the harbour. "
        "Choi Deok-su disappears midway through the season. "
        "The final episode reveals that Choi Deok-su was murdered by the cartel.\n"
    )
    got = {(f.character, f.fate) for f in facts_of(body, "fate")}
    assert got == {
        ("Yoon Seo-ah", "missing"),
        ("Elowen Penhallow", "missing"),
        ("Choi Deok-su", "dies"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Fans fear Kang Tae-oh could die in season 2.",
        "It is not confirmed whether Kang Tae-oh survives the crash.",
        "If Kang Tae-oh dies, the show loses its heart.",
        "Kang Tae-oh does not die in the finale, whatever fans say.",
    ],
)
def test_feared_supposed_or_negated_fates_are_never_confirmed(sentence):
    body = "How did season 1 end?\n\n" + sentence + "\n"
    assert [f for f in facts_of(body, "fate") if f.certainty == "confirmed"] == []


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("the star is said to return in 2025", "speculative"),
        ("Baek Man-ho is tipped to be the villain", "speculative"),
        ("the season reportedly picks up in 2025", "speculative"),
        ("fans hope it lands in 2025", "speculative"),
        ("the date is not confirmed", "speculative"),
        ("Netflix officially confirmed the date", "confirmed"),
        ("the streamer announced a June 2025 premiere", "confirmed"),
    ],
)
def test_hedges_and_strong_statements(clause, expected):
    assert certainty(clause) == expected


def test_rumoured_fate_is_speculative():
    body = "How did season 1 end?\n\nA rumour says that Annie Colter is killed off in season 2.\n"
    assert {(f.character, f.certainty) for f in facts_of(body, "fate")} == {
        ("Annie Colter", "speculative")
    }


def test_a_lone_cast_row_is_not_a_heading():
    body = "The cast so far:\n\nKang Tae-oh – Lee Jun-seok\n\nMore names are expected.\n"
    got = {(f.actor, f.character) for f in facts_of(body, "plays")}
    assert got == {("Lee Jun-seok", "Kang Tae-oh")}


def test_table_rows_follow_their_header():
    body = (
        "Main cast\n\n"
        "Actor | Character\n"
        "Diego Arrieta | Álvaro Medina\n"
        "Marta Quiroga | Lucía Ferrer\n"
    )
    facts = facts_of(body, "plays")
    assert {(f.actor, f.character) for f in facts} == {
        ("Diego Arrieta", "Álvaro Medina"),
        ("Marta Quiroga", "Lucía Ferrer"),
    }
    assert {f.show for f in facts} == {"Harbor Lights"}  # "Main cast" names no show


def test_show_after_a_genre_noun_gets_its_own_facts():
    body = (
        "Yang Si-woo has since moved on to the legal drama Courtroom Nine, in which he plays a "
        "public defender named Ahn Jae-sung. Calvo previously co-created the period drama Las "
        "Olas, which Antena 3 cancelled in 2020.\n"
    )
    assert {(f.show, f.actor, f.character) for f in facts_of(body, "plays")} == {
        ("Courtroom Nine", "Yang Si-woo", "Ahn Jae-sung")
    }
    assert {(f.show, f.date) for f in facts_of(body, "cancelled")} == {("Las Olas", "2020")}


def test_british_series_and_new_verbs():
    title = "The Wrecking Season series 2: BBC return date and cast\n\n"
    body = (
        "The first series aired on BBC One on 8 January 2023. The BBC recommissioned the show "
        "on 2 March 2023. Filming got under way in Falmouth in May 2023.\n\n"
        "How did series 1 end?\n\n"
        "Denny Rowe meets his end at the bottom of the cliffs. "
        "Tom Kessell is stabbed in the finale but lives to see another day.\n"
    )
    assert {(f.show, f.season, f.date) for f in facts_of(body, "released", title)} == {
        ("The Wrecking Season", 1, "2023-01-08")
    }
    assert {(f.season, f.date) for f in facts_of(body, "renewed", title)} == {(2, "2023-03-02")}
    assert {(f.season, f.date) for f in facts_of(body, "filming", title)} == {(2, "2023-05")}
    assert {(f.character, f.fate) for f in facts_of(body, "fate", title)} == {
        ("Denny Rowe", "dies"),
        ("Tom Kessell", "survives"),
    }


def test_sentence_initial_pronoun_takes_the_previous_subject_as_actor():
    body = "Imogen Tate leads the cast again. She plays Sarah Penhallow, a lifeboat volunteer.\n"
    assert {(f.actor, f.character) for f in facts_of(body, "plays")} == {
        ("Imogen Tate", "Sarah Penhallow")
    }
