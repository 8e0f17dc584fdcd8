"""Extraction rules on sentences and an article written for these tests (not from the dev set)."""

from __future__ import annotations

import pytest

from showgraph.articles import article_from_text
from showgraph.extract import extract, extract_corpus
from showgraph.extract.dates import find_dates
from showgraph.extract.hedges import certainty
from showgraph.extract.seasons import find_seasons

HEAD = "Moon Harbor Season 3: Release Date, Cast, Plot And Everything We Know\n\n"


def facts_of(body: str, rel: str | None = None, title: str = HEAD):
    ex = extract(article_from_text("t.txt", title + body))
    return [f for f in ex.facts if rel is None or f.rel == rel]


def pairs(body: str, title: str = HEAD):
    return {(f.actor, f.character, f.show) for f in facts_of(body, "plays", title)}


@pytest.mark.parametrize(
    ("sentence", "actor", "character"),
    [
        (
            "Mira Solberg plays Captain Ines Varga, the harbour master.",
            "Mira Solberg",
            "Ines Varga",
        ),
        ("Tomas Egede as Rune Halvorsen.", "Tomas Egede", "Rune Halvorsen"),
        ("Oh Da-eun seen as Baek Ha-neul.", "Oh Da-eun", "Baek Ha-neul"),
        ("Jun Seo-yeon is seen in the role of Kwon Mi-rae.", "Jun Seo-yeon", "Kwon Mi-rae"),
        (
            "The ferryman Olek Brandt (Piet Vane) returns in the new season.",
            "Piet Vane",
            "Olek Brandt",
        ),
        (
            "Lars Holm, who portrays the lighthouse keeper Edda Rask, is back.",
            "Lars Holm",
            "Edda Rask",
        ),
        ("Edda Rask, the keeper played by Lars Holm, hides the map.", "Lars Holm", "Edda Rask"),
        ("Greta Lind stars as Noor Sahin.", "Greta Lind", "Noor Sahin"),
        ("Viggo Stahl returns as Dr. Pell, the island medic.", "Viggo Stahl", "Dr. Pell"),
        ("Fans loved Hana Ito's Sora Mikami in the finale.", "Hana Ito", "Sora Mikami"),
        (
            "Ben Oduya takes over the role of Sora's older brother Kenji Mikami.",
            "Ben Oduya",
            "Kenji Mikami",
        ),
    ],
)
def test_cast_patterns(sentence, actor, character):
    assert (actor, character, "Moon Harbor") in pairs(sentence)


def test_cast_lists_gapping_and_respectively():
    body = (
        "The returning cast:\n\n"
        "  • Mira Solberg plays Ines Varga\n"
        "  • Tomas Egede as Rune Halvorsen\n\n"
        "New players include:\n\n"
        "Kenji Mikami – Ben Oduya\n"
        "Sora Mikami – Hana Ito\n\n"
        "Greta Lind stars as Noor Sahin, Piet Vane as Olek Brandt and Lars Holm as Edda Rask.\n\n"
        "Ada Quill and Bo Arden play Lina Moss and Cy Dune respectively.\n"
    )
    got = pairs(body)
    for pair in [
        ("Mira Solberg", "Ines Varga"),
        ("Tomas Egede", "Rune Halvorsen"),
        ("Ben Oduya", "Kenji Mikami"),
        ("Hana Ito", "Sora Mikami"),
        ("Greta Lind", "Noor Sahin"),
        ("Piet Vane", "Olek Brandt"),
        ("Lars Holm", "Edda Rask"),
        ("Ada Quill", "Lina Moss"),
        ("Bo Arden", "Cy Dune"),
    ]:
        assert (*pair, "Moon Harbor") in got
    assert len(got) == 9


def test_role_in_another_show_attaches_to_that_show():
    body = "Mira Solberg, who played Elin Dahl in Frost Line, returns as Ines Varga."
    got = pairs(body)
    assert ("Mira Solberg", "Elin Dahl", "Frost Line") in got
    assert ("Mira Solberg", "Ines Varga", "Moon Harbor") in got


def fates(body: str, title: str = HEAD):
    return {(f.character, f.fate, f.season, f.certainty) for f in facts_of(body, "fate", title)}


def test_fates_in_a_recap_section():
    body = (
        "How did Moon Harbor season 2 end?\n\n"
        "Rune Halvorsen, the smuggler, is killed by the coast guard in the storm. "
        "Ines Varga was shot dead on the pier. Noor Sahin did not make it either. "
        "Olek Brandt sacrifices himself to save the ferry. "
        "Edda Rask is bitten during the raid but survives. "
        "The four remaining survivors (Lina Moss, Cy Dune, Sora Mikami and Kenji Mikami) reach the mainland.\n"
    )
    got = fates(body)
    for expected in [
        ("Rune Halvorsen", "dies"),
        ("Ines Varga", "dies"),
        ("Noor Sahin", "dies"),
        ("Olek Brandt", "dies"),
        ("Edda Rask", "infected"),
        ("Edda Rask", "survives"),
        ("Lina Moss", "survives"),
        ("Cy Dune", "survives"),
        ("Sora Mikami", "survives"),
        ("Kenji Mikami", "survives"),
    ]:
        assert (*expected, 2, "confirmed") in got
    assert len(got) == 10


def test_open_negated_and_hypothetical_fates_give_nothing():
    body = (
        "How did Moon Harbor season 2 end?\n\n"
        "Rune Halvorsen falls into the sea and his fate is left unclear. "
        "Fans fear Ines Varga could die in season 3. "
        "If Noor Sahin dies, the story loses its heart. "
        "Whether Olek Brandt survives is anyone's guess.\n"
    )
    assert fates(body) == set()


def test_short_names_resolve_to_the_full_name_and_shared_given_names_stay_apart():
    body = (
        "Moon Harbor season 2 cast\n\n"
        "Kwon Ha-rin plays Baek Ye-jin, and Lee Do-won plays Seo Ye-rim.\n\n"
        "How did Moon Harbor season 2 end?\n\n"
        "Ye-jin is killed by the harbour gang. Baek survives nothing here. "
        "Ye-rim survives the flood.\n"
    )
    got = fates(body)
    assert ("Baek Ye-jin", "dies", 2, "confirmed") in got
    assert ("Seo Ye-rim", "survives", 2, "confirmed") in got


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("on January 28, 2022", ["2022-01-28"]),
        ("on 28 January 2022", ["2022-01-28"]),
        ("on Jan. 28, 2022", ["2022-01-28"]),
        ("on the 6th of June 2022", ["2022-06-06"]),
        ("in September 2022", ["2022-09"]),
        ("in late 2023", ["2023"]),
        ("in 2024", ["2024"]),
        ("the 2023 writers' strike", []),
    ],
)
def test_dates_keep_their_precision(text, iso):
    assert [d.iso for d in find_dates(text)] == iso


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("second season", (2,)),
        ("season 2", (2,)),
        ("Season Two", (2,)),
        ("a fourth and final season", (4,)),
    ],
)
def test_season_mentions(text, numbers):
    assert find_seasons(text)[0].numbers == numbers


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("it will likely arrive in 2024", "speculative"),
        ("we expect the show to return in 2025", "speculative"),
        ("the date is rumoured to be May 2025", "speculative"),
        ("Netflix officially confirmed the date", "confirmed"),
        ("the season premieres on March 3, 2025", "confirmed"),
    ],
)
def test_hedges(clause, expected):
    assert certainty(clause) == expected


ARTICLE = """Moon Harbor Season 3: Release Date, Cast, Plot And Everything We Know

Moon Harbor premiered on Netflix on March 5, 2021 with 8 episodes. It holds a 7.9/10 rating on IMDb.
The series was created by Petra Lunde and is based on the novel The Salt Keepers, written by Arne Vik.
Every season has been directed by Jonas Brekke.

See also  Frost Line Season 2: Cast, Plot And Release Date

Moon Harbor season 3 renewal status

Netflix renewed Moon Harbor for a third season on the 4th of August 2023. Filming began in February 2024.

Moon Harbor season 3 release date

Moon Harbor season 3 will premiere on Netflix on October 17, 2025. It will likely have 10 episodes.

Advertisement
"""


def test_whole_article():
    got = {
        (f.rel, f.season, f.date, f.count, f.person, f.work, f.certainty)
        for f in facts_of(ARTICLE.split("\n", 2)[2], title=ARTICLE.split("\n", 2)[0] + "\n\n")
    }
    expected = {
        ("released", 1, "2021-03-05", None, None, None, "confirmed"),
        ("episodes", 1, None, 8, None, None, "confirmed"),
        ("creator", None, None, None, "Petra Lunde", None, "confirmed"),
        ("director", None, None, None, "Jonas Brekke", None, "confirmed"),
        ("based_on", None, None, None, None, "The Salt Keepers", "confirmed"),
        ("renewed", 3, "2023-08-04", None, None, None, "confirmed"),
        ("filming", 3, "2024-02", None, None, None, "confirmed"),
        ("expected_release", 3, "2025-10-17", None, None, None, "confirmed"),
        ("episodes", 3, None, 10, None, None, "speculative"),
        ("rating", None, None, None, None, None, "confirmed"),
    }
    assert got == expected


def test_boilerplate_gives_no_facts():
    body = "See also  Frost Line Season 2: Mira Solberg plays Elin Dahl, premieres on May 1, 2025\n"
    assert facts_of(body) == []


def test_corpus_resolution_merges_show_and_case_variants():
    a = article_from_text("a.txt", HEAD + "Cho Min-ji plays Han So-ra.\n")
    b = article_from_text(
        "b.txt",
        "The Moon Harbor Season 2: Everything We Know\n\nCho Min-Ji plays Han So-ra. "
        "Cho Min-ji returns as Han So-ra in the new season.\n",
    )
    ex = extract_corpus([a, b])
    shows = {f.show for e in ex for f in e.facts}
    actors = {f.actor for e in ex for f in e.facts}
    assert len(shows) == 1 and len(actors) == 1
    assert actors == {"Cho Min-ji"}
