"""Wordings from the second blind set's failure description, in our own example sentences:
roundup sections, field and question headings, name boundaries, cast, fate and release
wordings, and hedges kept to their own fact."""

from __future__ import annotations

import pytest

from showgraph.articles import article_from_text
from showgraph.extract import extract
from showgraph.extract.document import parse
from showgraph.extract.names import find_names

HEAD = "Harbor Lights Season 2: Release Date, Cast And Everything We Know\n\n"


def facts_of(body: str, rel: str, title: str = HEAD):
    ex = extract(article_from_text("t.txt", title + body))
    return [f for f in ex.facts if f.rel == rel]


ROUNDUP = (
    "Spring Television Roundup: Renewals, Cancellations And Premieres\n\n"
    "It has been a busy month for television, with renewals, premieres and surprises.\n\n"
    "THE GILDED HOUR (HBO)\n\n"
    "HBO renewed The Gilded Hour for a second season on March 3, 2025. "
    "Season 2 begins on HBO on Sunday 5 January 2026.\n"
    "Status: Renewed\n\n"
    "1. Salt Marsh\n\n"
    "Salt Marsh returns on Netflix on April 4, 2025.\n\n"
    "Copper Valley (Netflix)\n\n"
    "Netflix cancelled Copper Valley on February 2, 2025.\n\n"
    "Brightwater — renewed\n\n"
    "Brightwater was renewed for a third season on May 1, 2025.\n"
)


def test_roundup_sections_switch_the_current_show_at_each_heading():
    ex = extract(article_from_text("t.txt", ROUNDUP))
    got = {(f.rel, f.show, f.date) for f in ex.facts}
    assert ("expected_release", "The Gilded Hour", "2026-01-05") in got  # weekday before date
    assert ("expected_release", "Salt Marsh", "2025-04-04") in got  # "1. Show" heading
    assert ("cancelled", "Copper Valley", "2025-02-02") in got
    assert ("renewed", "Brightwater", "2025-05-01") in got
    assert not any(f.show.startswith(("Status", "Release")) for f in ex.facts)


def test_field_and_question_headings_name_no_show():
    body = (
        "Status: Cancelled\n\n"
        "Status: Cancelled\n\n"
        "Q: What Happens To Mara Quill?\n\n"
        "Mara Quill is killed in the season 1 finale, and Mara Quill never returns.\n"
    )
    fates = facts_of(body, "fate")
    assert {(f.show, f.character, f.fate) for f in fates} == {
        ("Harbor Lights", "Mara Quill", "dies")
    }


def test_job_words_are_not_part_of_a_name():
    names = [n.text for n in find_names("Commissioner Rita Vance met Screenwriter Paul Grint.")]
    assert names == ["Rita Vance", "Paul Grint"]
    assert [n.text for n in find_names("Advocate Hale and Dr. Kay")] == ["Hale", "Dr. Kay"]


@pytest.mark.parametrize(
    "aside",
    [
        "best known for Night Harbor",
        "the star of Night Harbor",
        "fresh off Night Harbor",
        "known from her role in Night Harbor",
    ],
)
def test_an_aside_about_other_work_between_actor_and_role(aside):
    body = f"Mara Quill, {aside}, plays Ana Ruiz.\n"
    assert ("Mara Quill", "Ana Ruiz") in _pairs(body, "plays", "actor", "character")
    assert not [a for a, _ in _pairs(body, "plays", "actor", "character") if a == "Night Harbor"]


@pytest.mark.parametrize(
    "body",
    [
        "Ana Ruiz (Mara Quill) and Leo Marsh (Ben Ortiz) return in season 2.\n",
        "Returning cast members: Mara Quill (Ana Ruiz), Ben Ortiz (Leo Marsh).\n",
        "Starring: Mara Quill (Ana Ruiz), Ben Ortiz (Leo Marsh).\n",
        # Mara Quill is known as an actor: the whole list is "actor (role)"
        "Mara Quill plays Ana Ruiz. In season 2, Mara Quill (Ana Ruiz) and Ben Ortiz (Leo Marsh) "
        "return.\n",
    ],
)
def test_bracketed_roles_either_way_round(body):
    got = set(_pairs(body, "plays", "actor", "character"))
    assert got == {("Mara Quill", "Ana Ruiz"), ("Ben Ortiz", "Leo Marsh")}


def test_cast_wordings_with_the_actor_last_or_in_another_show():
    body = (
        "Reprising his role as Elias Crane is Tom Brandt. "
        "Joining the cast as Maggie Lorne is Sun Park. "
        "Nadia Voss is brought to life by Claire Dunmore. "
        "Peter Hale takes on the role of Arlo Finch. "
        "Jenna Ode is cast as a retired detective named Ruth Sallow. "
        "Kofi Mensah, best known as Jamal Price in Copper Valley, joins too.\n"
    )
    got = {(f.show, f.actor, f.character) for f in facts_of(body, "plays")}
    assert got == {
        ("Harbor Lights", "Tom Brandt", "Elias Crane"),
        ("Harbor Lights", "Sun Park", "Maggie Lorne"),
        ("Harbor Lights", "Claire Dunmore", "Nadia Voss"),
        ("Harbor Lights", "Peter Hale", "Arlo Finch"),
        ("Harbor Lights", "Jenna Ode", "Ruth Sallow"),
        ("Copper Valley", "Kofi Mensah", "Jamal Price"),
    }


def test_fate_wordings_and_a_hedge_kept_to_its_own_fate():
    body = (
        "In season 1, Elias Crane is presumed dead, Ruth Sallow succumbs to her wounds, and "
        "Arlo Finch is listed as missing. Maggie Lorne was a casualty of the fire. "
        "Nadia Voss is among the survivors. Rita Vance escapes. "
        "Tomas Reyes is gunned down. Mara Quill makes it out alive.\n"
    )
    got = {(f.character, f.fate, f.certainty) for f in facts_of(body, "fate")}
    assert got == {
        ("Elias Crane", "dies", "speculative"),
        ("Ruth Sallow", "dies", "confirmed"),
        ("Arlo Finch", "missing", "confirmed"),
        ("Maggie Lorne", "dies", "confirmed"),
        ("Nadia Voss", "survives", "confirmed"),
        ("Rita Vance", "survives", "confirmed"),
        ("Tomas Reyes", "dies", "confirmed"),
        ("Mara Quill", "survives", "confirmed"),
    }


def test_release_wordings_kicks_off_and_began_on():
    body = (
        "Season 2 kicks off on Netflix on June 6, 2025. "
        "The first season began on Netflix on May 2, 2023.\n"
    )
    assert {(f.season, f.date) for f in facts_of(body, "expected_release")} == {(2, "2025-06-06")}
    assert {(f.season, f.date) for f in facts_of(body, "released")} == {(1, "2023-05-02")}
    # a story's setting is not a release
    assert facts_of("The story begins in 1923 on a farm.\n", "released") == []


def test_credit_wordings_behind_the_camera_showrunner_and_described_works():
    body = (
        "Dana Whitlock, who directed series 1, is back behind the camera. "
        "Paul Grint serves as showrunner. "
        "The series is based on Henry Lowe's non-fiction book The Drowned Coast. "
        "It was adapted from the bestselling crime novel Cold Harbour by Dan Reyes.\n"
    )
    assert {f.person for f in facts_of(body, "director")} == {"Dana Whitlock"}
    assert {f.person for f in facts_of(body, "creator")} == {"Paul Grint"}
    assert {(f.work, f.creator) for f in facts_of(body, "based_on")} == {
        ("The Drowned Coast", "Henry Lowe"),
        ("Cold Harbour", "Dan Reyes"),
    }


def test_question_heading_season_carries_to_an_undated_season_renewal():
    body = "When is season 3 coming?\n\nNetflix renewed the show on June 1, 2025.\n"
    assert {(f.season, f.date) for f in facts_of(body, "renewed")} == {(3, "2025-06-01")}


def test_earlier_work_of_a_director_stays_on_that_show():
    body = (
        "Copper Valley was cancelled in 2024. "
        "Director Ana Ruiz previously directed Copper Valley.\n"
    )
    assert {(f.show, f.person) for f in facts_of(body, "director")} == {
        ("Copper Valley", "Ana Ruiz")
    }


def test_hedge_in_a_though_clause_leaves_the_main_clause_confirmed():
    body = (
        "Season 2 premieres on Netflix on May 2, 2025, though a third season could arrive "
        "in 2026.\n"
    )
    got = {(f.season, f.date, f.certainty) for f in facts_of(body, "expected_release")}
    assert got == {(2, "2025-05-02", "confirmed"), (3, "2026", "speculative")}


def test_an_undated_season_renewal_is_for_the_season_that_followed_it():
    head = "Harbor Lights Season 3: Release Date, Cast And Everything We Know\n\n"
    body = "Hulu renewed it on November 15, 2023, and season 2 arrived on June 26, 2025.\n"
    assert {(f.season, f.date) for f in facts_of(body, "renewed", title=head)} == {
        (2, "2023-11-15")
    }
    body = "Hulu renewed it on November 15, 2023.\n"  # no later season: the article's
    assert {f.season for f in facts_of(body, "renewed", title=head)} == {3}


def test_renewal_wordings_handed_announced_and_inferred_season():
    two = facts_of("CBS handed Harbor Lights a two-season renewal in March 2024.\n", "renewed")
    assert {(f.season, f.date) for f in two} == {(2, "2024-03"), (3, "2024-03")}
    body = "Harbor Lights will return for a third season, Hulu announced on 19 April 2024.\n"
    assert {(f.season, f.date) for f in facts_of(body, "renewed")} == {(3, "2024-04-19")}
    # no season in the title: the one after the latest released season
    body = (
        "Season 2 of Harbor Lights premiered on Netflix on May 5, 2023. "
        "Harbor Lights was renewed in October 2023.\n"
    )
    got = facts_of(body, "renewed", title="Harbor Lights: What We Know\n\n")
    assert {(f.season, f.date) for f in got} == {(3, "2023-10")}
    # the season only in the heading
    got = facts_of(
        "Harbor Lights was renewed in October 2023.\n",
        "renewed",
        title="Harbor Lights Season 3 Renewal: What We Know\n\n",
    )
    assert {(f.season, f.date) for f in got} == {(3, "2023-10")}
    body = "Season 2 premiered on June 1, 2024, but a third has not been ordered.\n"
    assert facts_of(body, "renewed") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Harbor Lights got the green light for season 2 in May 2022.", (2, "2022-05")),
        (
            "Harbor Lights was given the go-ahead for a third season on 2 May 2022.",
            (3, "2022-05-02"),
        ),
        ("The renewal for season 2 came on June 12, 2022.", (2, "2022-06-12")),
        (
            "Harbor Lights is coming back for season 2, Hulu announced on May 5, 2022.",
            (2, "2022-05-05"),
        ),
        (
            "Harbor Lights has been renewed for a second and final season, Hulu announced in March 2021.",
            (2, "2021-03"),
        ),
    ],
)
def test_renewal_wordings_green_light_renewal_came_and_announced_after(sentence, expected):
    assert {(f.season, f.date) for f in facts_of(sentence + "\n", "renewed")} == {expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbor Lights has not got the green light for season 2 yet, as of May 2022.",
        "The renewal of season 2 is still uncertain in May 2022.",
        "Fans are waiting for the renewal for season 2, expected in May 2022.",
        "Harbor Lights could get the green light for season 2 in May 2022.",
    ],
)
def test_no_renewal_from_a_renewal_not_yet_given(sentence):
    assert [f for f in facts_of(sentence + "\n", "renewed") if f.certainty == "confirmed"] == []


@pytest.mark.parametrize(
    ("sentence", "rel", "expected"),
    [
        ("Season 2 is slated for a spring 2026 release.", "expected_release", (2, "2026")),
        ("Hulu has scheduled season 2 for March 14, 2026.", "expected_release", (2, "2026-03-14")),
        ("Season 2 hits screens on March 14, 2026.", "expected_release", (2, "2026-03-14")),
        (
            "Hulu released all eight episodes of season 1 on May 2, 2025.",
            "released",
            (1, "2025-05-02"),
        ),
        ("Hulu decided not to renew Harbor Lights in May 2024.", "cancelled", (None, "2024-05")),
        (
            "Harbor Lights has been cancelled, Hulu confirmed on May 3, 2024.",
            "cancelled",
            (None, "2024-05-03"),
        ),
    ],
)
def test_dated_wordings_slated_scheduled_all_episodes_not_renewed(sentence, rel, expected):
    assert {(f.season, f.date) for f in facts_of(sentence + "\n", rel)} == {expected}


def test_an_attribution_dates_the_fact_before_it_not_a_renewal():
    body = "Harbor Lights has been cancelled, Hulu confirmed on May 3, 2024.\n"
    assert facts_of(body, "renewed") == []


@pytest.mark.parametrize(
    ("sentence", "rel", "expected"),
    [
        ("Creator Marco Reyes has teased season 2.", "creator", "Marco Reyes"),
        (
            "Marco Reyes, the creator of Harbor Lights, said the story continues.",
            "creator",
            "Marco Reyes",
        ),
        ("The series is helmed by Lee Jae-kyoo.", "director", "Lee Jae-kyoo"),
    ],
)
def test_credit_wordings_title_first_aside_and_helmed(sentence, rel, expected):
    assert {f.person for f in facts_of(sentence + "\n", rel)} == {expected}


def test_draws_from_a_work_but_not_from_folklore():
    body = "Season 2 draws from the webtoon Night Harbor by Joo Dong-geun.\n"
    assert {(f.work, f.creator) for f in facts_of(body, "based_on")} == {
        ("Night Harbor", "Joo Dong-geun")
    }
    assert facts_of("The show draws on Korean Folklore and Joseon history.\n", "based_on") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The first season scored 7.2 on IMDb.", ("IMDb", 7.2, None)),
        ("It has an IMDb rating of 7.2/10.", ("IMDb", 7.2, 10.0)),
        ("Its Rotten Tomatoes score is 94%.", ("Rotten Tomatoes", 94.0, 100.0)),
    ],
)
def test_rating_wordings_without_scale_or_source_first(sentence, expected):
    assert set(_pairs(sentence + "\n", "rating", "source", "value", "best")) == {expected}
    assert not _pairs("It has 2 seasons on IMDb.\n", "rating", "source", "value", "best")


def test_episode_count_with_a_length_between():
    assert {
        f.count for f in facts_of("Season 2 will have eight hour-long episodes.\n", "episodes")
    } == {8}
    assert {f.count for f in facts_of("Season 2 has 10 60-minute episodes.\n", "episodes")} == {10}


def test_source_of_the_same_name_and_author_after_the_work():
    body = (
        "The series is based on the 2019 novel of the same name by Clara Bennet. "
        "A spin-off draws on Night Harbor, the webtoon by Lee Min-ho. "
        "Harbor Lights was developed for television by Marco Reyes.\n"
    )
    got = {(f.work, f.creator) for f in facts_of(body, "based_on")}
    assert got == {("Harbor Lights", "Clara Bennet")}
    body = "The series is based on Night Harbor, the webtoon by Lee Min-ho.\n"
    got = {(f.work, f.creator) for f in facts_of(body, "based_on")}
    assert got == {("Night Harbor", "Lee Min-ho")}
    body += "It was developed for television by Marco Reyes.\n"
    assert {f.person for f in facts_of(body, "creator")} == {"Marco Reyes"}


def test_roundup_field_lines_state_facts_about_the_section_show():
    body = (
        "Fall TV Roundup: Renewals, Cancellations And Premieres\n\n"
        "Here is everything that happened this month.\n\n"
        "HARBOR LIGHTS (HULU)\n\n"
        "Harbor Lights is back after a strong first run, and Harbor Lights fans are thrilled.\n"
        "Status: Renewed\n"
        "Premiere: October 3, 2024\n\n"
        "2. Copper Valley\n\n"
        "Copper Valley failed to find an audience.\n"
        "Status: Cancelled (announced May 2, 2024)\n"
    )
    ex = extract(article_from_text("t.txt", body))
    got = {(f.rel, f.show, f.date) for f in ex.facts}
    assert ("expected_release", "Harbor Lights", "2024-10-03") in got
    assert ("cancelled", "Copper Valley", "2024-05-02") in got


def test_a_headline_sentence_around_the_show_name_gives_the_name_the_body_repeats():
    from showgraph.extract.shows import main_show

    title = "Lantern Bay Is Finally Returning for Season 3 - Here's What We Know"
    body = title + "\n\nLantern Bay will be back next year. Fans of Lantern Bay can relax."
    body += " Lantern Bay season 2 ended on a cliffhanger."
    assert main_show(title, body) == "Lantern Bay"
    # a title the body repeats in full is kept whole
    title = "Night Ferry Rules Season 2: Release Date"
    assert (
        main_show(title, title + "\n\nNight Ferry Rules returns. Night Ferry Rules is back.")
        == "Night Ferry Rules"
    )


# --- third blind set's failure description, in our own example sentences ---


def _pairs(body: str, rel: str, *fields: str):
    return {tuple(getattr(f, k) for k in fields) for f in facts_of(body, rel)}


def test_writer_credits_from_the_scripts():
    body = "The scripts came from Paul Grint, and the show looks great.\n"
    assert ("Harbor Lights", "Paul Grint") in _pairs(body, "writer", "show", "person")
    body = "Rita Vance wrote the scripts for all six episodes.\n"
    assert ("Harbor Lights", "Rita Vance") in _pairs(body, "writer", "show", "person")


def test_director_of_every_episode_and_returning_director():
    body = "Marco Reyes directed all eight episodes of the new season.\n"
    assert ("Harbor Lights", "Marco Reyes") in _pairs(body, "director", "show", "person")
    body = "Ana Ruiz directs every episode this time.\n"
    assert ("Harbor Lights", "Ana Ruiz") in _pairs(body, "director", "show", "person")
    body = "Ana Ruiz, who directed the first two series, returns for the third.\n"
    assert ("Harbor Lights", "Ana Ruiz") in _pairs(body, "director", "show", "person")


def test_also_stars_as_and_signed_on_to_play():
    body = "Tom Hale also stars as Captain Ben Ortiz.\n"
    assert ("Tom Hale", "Ben Ortiz") in _pairs(body, "plays", "actor", "character") or (
        "Tom Hale",
        "Captain Ben Ortiz",
    ) in _pairs(body, "plays", "actor", "character")
    body = "The season adds new faces, also starring Lena Park as Mira Sol.\n"
    assert ("Lena Park", "Mira Sol") in _pairs(body, "plays", "actor", "character")
    body = "Jonah Webb has signed on to play Elias Crane in the second season.\n"
    assert ("Jonah Webb", "Elias Crane") in _pairs(body, "plays", "actor", "character")


def test_more_fate_wordings():
    def fates(body):
        return _pairs(body, "fate", "character", "fate")

    assert ("Mara Quill", "dies") in fates("In season 1, Mara Quill is torn apart by the horde.\n")
    assert ("Ben Ortiz", "dies") in fates(
        "In season 1, Ben Ortiz was killed when the bridge fell.\n"
    )
    assert ("Ben Ortiz", "missing") in fates(
        "By the end of season 1, Ben Ortiz is officially missing.\n"
    )
    assert ("Ben Ortiz", "missing") in fates("In season 1, Ben Ortiz is declared missing.\n")
    assert ("Mara Quill", "dies") in fates("In season 1, Mara Quill is found dead in the lake.\n")
    assert ("Mara Quill", "infected") in fates("In season 1, Mara Quill is bitten on the arm.\n")
    assert ("Mara Quill", "infected") in fates(
        "In season 1, Mara Quill hides a bite mark on her shoulder.\n"
    )


def test_fate_of_a_list_of_characters_before_a_plural_verb():
    def fates(body):
        return set(_pairs(body, "fate", "character", "fate"))

    both = {("Mara Quill", "survives"), ("Ben Ortiz", "survives")}
    assert fates("In season 1, Mara Quill and Ben Ortiz survived the flood.\n") == both
    assert fates("Both Mara Quill and Ben Ortiz survive season 1.\n") == both
    three = fates("In season 1, Ana Ruiz, Mara Quill and Ben Ortiz were bitten.\n")
    assert three == {(n, "infected") for n in ("Ana Ruiz", "Mara Quill", "Ben Ortiz")}
    # a singular verb takes its own subject only; the name after "kills" is its object, who
    # dies of the killing, not of "dies"; the killer lives on
    assert fates("In season 1, Mara Quill kills Ana Ruiz and Ben Ortiz dies.\n") == {
        ("Ana Ruiz", "dies"),
        ("Ben Ortiz", "dies"),
    }


def test_rating_holds_and_sits_at():
    body = "The show holds 7.9 out of 10 on IMDb.\n"
    assert ("IMDb", 7.9, 10.0) in _pairs(body, "rating", "source", "value", "best")
    body = "The first season sits at 94% on Rotten Tomatoes.\n"
    assert ("Rotten Tomatoes", 94.0, 100.0) in _pairs(body, "rating", "source", "value", "best")


def test_set_a_date_for_the_return():
    body = "Netflix has set March 6, 2027 for the return of Harbor Lights.\n"
    assert ("expected_release", "2027-03-06") in {
        (f.rel, f.date) for f in facts_of(body, "expected_release")
    }
    body = "Netflix has dated Harbor Lights' return for March 6, 2027.\n"
    assert "2027-03-06" in {f.date for f in facts_of(body, "expected_release")}


def test_filming_expected_to_get_going():
    body = "Filming is expected to get going in early 2027.\n"
    got = {(f.date, f.certainty) for f in facts_of(body, "filming")}
    assert ("2027", "speculative") in got


def test_filmed_on_a_coast_and_shot_at_a_studio_in_a_city():
    body = "The second season was filmed on the Essex coast over the summer.\n"
    assert "the Essex coast" in {f.place for f in facts_of(body, "filming_location")}
    body = "The series was shot at a studio in Bristol.\n"
    assert "Bristol" in {f.place for f in facts_of(body, "filming_location")}


def test_a_number_of_another_clause_is_no_episode_count():
    body = "Six of the ten episodes were directed by Ana Ruiz.\n"
    assert not facts_of(body, "episodes")
    body = "Season 2 is a ten-episode season.\n"
    assert 10 in {f.count for f in facts_of(body, "episodes")}


def test_scripts_for_a_season_came_from_and_bite_marks_on_others():
    body = "The scripts for season 2 came from Paul Grint and Rita Vance.\n"
    assert {"Paul Grint", "Rita Vance"} <= {f.person for f in facts_of(body, "writer")}
    assert not facts_of("In season 1, Mara Quill finds bite marks on the corpse.\n", "fate")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana de la Cruz plays Mara Quill.", "Ana de la Cruz"),
        ("Ludwig van Beethoven is the subject.", "Ludwig van Beethoven"),
        ("Ana de Armas joins the cast.", "Ana de Armas"),
    ],
)
def test_names_keep_their_lower_case_particles(text, name):
    assert name in [n.text for n in find_names(text)]
    assert "Mara Quill and Leo" not in [n.text for n in find_names("Mara Quill and Leo Marsh.")]


@pytest.mark.parametrize(
    ("sentence", "certainty"),
    [
        ("Season 2 will reportedly premiere in March 2026.", "speculative"),
        ("Insiders say season 2 will arrive in March 2026.", "speculative"),
        ("Season 2 is said to be arriving in March 2026.", "speculative"),
        ("Season 2 is arriving on Hulu in March 2026.", "confirmed"),
        # a reported fact is still stated as a fact
        ("According to reports, season 2 will arrive in March 2026.", "confirmed"),
    ],
)
def test_release_wordings_with_an_adverb_and_their_certainty(sentence, certainty):
    got = {(f.season, f.date, f.certainty) for f in facts_of(sentence + "\n", "expected_release")}
    assert got == {(2, "2026-03", certainty)}


def test_a_seeming_death_is_speculative():
    body = "Mara Quill plays Ana Ruiz. In season 1, Ana Ruiz seemingly dies.\n"
    assert {(f.fate, f.certainty) for f in facts_of(body, "fate")} == {("dies", "speculative")}


def test_facts_about_another_show_in_the_same_sentence():
    body = (
        "Like Kingdom, which Netflix renewed for a third season in May 2023, Harbor Lights was "
        "renewed for season 2 in June 2023.\n"
    )
    got = {(f.show, f.season, f.date) for f in facts_of(body, "renewed")}
    assert got == {("Kingdom", 3, "2023-05"), ("Harbor Lights", 2, "2023-06")}
    body = (
        "Season 2 of Harbor Lights premiered on May 5, 2025, while season 3 of Copper Valley "
        "debuted on June 1, 2025.\n"
    )
    got = {(f.show, f.season, f.date) for f in facts_of(body, "released")}
    assert got == {("Harbor Lights", 2, "2025-05-05"), ("Copper Valley", 3, "2025-06-01")}


def test_a_role_in_another_show_inside_a_who_clause():
    body = "Mara Quill, who also stars in Kingdom as Lady Cho, plays Ana Ruiz.\n"
    ex = extract(article_from_text("t.txt", HEAD + body))
    got = {(f.show, f.actor, f.character) for f in ex.facts if f.rel == "plays"}
    assert got == {
        ("Kingdom", "Mara Quill", "Lady Cho"),
        ("Harbor Lights", "Mara Quill", "Ana Ruiz"),
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hannah Osei joins the cast as Inspector June Adebayo.", ["Hannah Osei", "June Adebayo"]),
        ("May Kwan plays Ada.", ["May Kwan", "Ada"]),
        ("In June Netflix renewed it.", []),  # a month after a date word stays a month
        ("Netflix confirmed in April Season 2 is coming.", []),
        ("It arrives June 2025.", []),
    ],
)
def test_months_that_are_given_names(text, names):
    assert [n.text for n in find_names(text)] == names


def test_a_bare_name_resolves_to_its_only_titled_form():
    body = "Bea Lamont plays Queen Ysolde. In the season 1 finale, Ysolde survived the siege."
    (fate,) = facts_of(body, "fate")
    assert (fate.character, fate.fate) == ("Queen Ysolde", "survives")
    # two titled forms of one bare name: nothing to choose between, the name stays as written
    body = (
        "Bea Lamont plays Queen Ysolde and Ana Ruiz plays Princess Ysolde. "
        "In the season 1 finale, Ysolde survived the siege."
    )
    (fate,) = facts_of(body, "fate")
    assert fate.character == "Ysolde"


@pytest.mark.parametrize(
    ("sentence", "season"),
    [
        (
            "Hulu has given Harbor Lights a second season order, the streamer announced on March 6, 2025.",
            2,
        ),
        ("Hulu gave Harbor Lights a second-season order on March 6, 2025.", 2),
        ("Harbor Lights scored a season 2 pickup on March 6, 2025.", 2),
        ("The third-season renewal came on March 6, 2025.", 3),
        ("The season 3 renewal was announced on March 6, 2025.", 3),
    ],
)
def test_season_orders_and_pickups_are_renewals(sentence, season):
    (fact,) = facts_of(sentence, "renewed")
    assert (fact.season, fact.date) == (season, "2025-03-06")


def test_a_series_order_is_a_new_show_not_a_renewal():
    assert facts_of("Hulu gave the drama a series order on March 6, 2025.", "renewed") == []


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("A premiere is likely in spring 2026.", "2026"),
        ("Expect the new season in spring 2026.", "2026"),
        ("Expect season 2 in early 2027.", "2027"),
        ("Its return is expected in 2027.", "2027"),
        ("The premiere is rumoured for October 2026.", "2026-10"),
    ],
)
def test_a_premiere_named_as_a_noun_and_hedged(sentence, date):
    (fact,) = facts_of(sentence, "expected_release")
    assert (fact.season, fact.date, fact.certainty) == (2, date, "speculative")


def test_a_date_after_a_second_event_belongs_to_that_event():
    body = "Season 2 will begin shooting in Vancouver this summer, with a premiere likely in spring 2026."
    assert facts_of(body, "filming") == []
    assert [f.date for f in facts_of(body, "expected_release")] == ["2026"]


@pytest.mark.parametrize(
    ("sentence", "place", "certainty"),
    [
        ("Filming will take place in Vancouver.", "Vancouver", "confirmed"),
        ("Shooting kicked off in Budapest last week.", "Budapest", "confirmed"),
        ("Filming is set to begin in Prague in May.", "Prague", "confirmed"),  # May: a month
        (
            "Season 2 will reportedly begin shooting in Belfast this summer.",
            "Belfast",
            "speculative",
        ),
    ],
)
def test_filming_locations_in_future_and_hedged_wordings(sentence, place, certainty):
    (fact,) = facts_of(sentence, "filming_location")
    assert (fact.place, fact.certainty) == (place, certainty)


def test_a_job_word_between_by_and_the_name():
    body = "Created by showrunner Nadia Frost, the series stars Ellen Marsh as Dana Cole."
    assert [f.person for f in facts_of(body, "creator")] == ["Nadia Frost"]
    assert [f.person for f in facts_of("It was directed by filmmaker Ana Ruiz.", "director")] == [
        "Ana Ruiz"
    ]
    # the actor has a role in the same sentence: no role-less `cast` fact besides
    assert facts_of(body, "cast") == []
    assert [(f.actor, f.character) for f in facts_of(body, "plays")] == [
        ("Ellen Marsh", "Dana Cole")
    ]


def test_a_year_before_the_kind_of_work_adapted():
    body = "The show is adapted from the 2019 novel The Drowned Road by Peter Lisle."
    (fact,) = facts_of(body, "based_on")
    assert (fact.work, fact.creator) == ("The Drowned Road", "Peter Lisle")


@pytest.mark.parametrize(
    "sentence",
    [
        "Felix's death in the season 1 finale shocked fans.",
        "Fans are still mourning the death of Felix in season 1.",
        "Felix's shocking death in season 1 left viewers reeling.",
    ],
)
def test_a_death_named_as_a_noun(sentence):
    (fate,) = facts_of(sentence, "fate")
    assert (fate.character, fate.fate, fate.season) == ("Felix", "dies", 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "Felix's near-death experience in season 1 changed him.",
        "Season 1 teased Felix's death.",
        "Felix faked his death in season 1.",
        "Felix's death in season 1 turned out to be a ruse.",
    ],
)
def test_a_death_that_is_not_one(sentence):
    assert facts_of(sentence, "fate") == []


def test_an_adjective_before_a_name_is_not_part_of_it():
    (fate,) = facts_of("Poor Felix didn't make it out of season 1.", "fate")
    assert (fate.character, fate.fate) == ("Felix", "dies")


@pytest.mark.parametrize(
    ("sentence", "rel", "date"),
    [
        ("Season 2 lands on Netflix on 14/03/2026.", "expected_release", "2026-03-14"),
        ("Season 2 lands on Netflix on 03/14/2026.", "expected_release", "2026-03-14"),
        ("Season 2 lands on Netflix on 2026-03-14.", "expected_release", "2026-03-14"),
        ("Netflix has dated season 2 for March 14, 2026.", "expected_release", "2026-03-14"),
        (
            "The season 2 premiere date has been confirmed as March 14, 2026.",
            "expected_release",
            "2026-03-14",
        ),
        (
            "Season 2 will be available to stream from March 14, 2026.",
            "expected_release",
            "2026-03-14",
        ),
        ("The show returned for season 2 on March 14, 2026.", "released", "2026-03-14"),
        ("Netflix confirmed the renewal on March 14, 2026.", "renewed", "2026-03-14"),
        ("Netflix announced the show's renewal on March 14, 2026.", "renewed", "2026-03-14"),
    ],
)
def test_more_release_and_renewal_wordings(sentence, rel, date):
    got = [(f.rel, f.season, f.date) for f in facts_of(sentence, rel)]
    assert got == [(rel, 2, date)]
    others = {"renewed", "released", "expected_release"} - {rel}
    assert not [f for other in others for f in facts_of(sentence, other)]


def test_a_numeric_date_that_could_be_either_order_is_no_date():
    assert facts_of("Season 2 lands on Netflix on 03/04/2026.", "expected_release") == []


LEAD_INS = (
    "Every TV Show Renewed and Cancelled in 2025 So Far\n\n"
    "It's been a turbulent year for television.\n\n"
    "Renewed\n\n"
    "Paper Kingdoms (Prime Video): Prime Video renewed the fantasy epic for a third season on "
    "February 2, 2025. Season 2 premiered on August 29, 2024.\n\n"
    "Cancelled\n\n"
    "Orchid Street (Netflix) — Netflix axed the teen drama on 12 February 2025, just a month "
    "after season 1 dropped on January 9, 2025.\n"
)


def test_roundup_paragraphs_that_open_with_their_show_and_network():
    ex = extract(article_from_text("t.txt", LEAD_INS))
    got = {(f.rel, f.show, f.season, f.date) for f in ex.facts}
    assert got == {
        ("renewed", "Paper Kingdoms", 3, "2025-02-02"),
        ("released", "Paper Kingdoms", 2, "2024-08-29"),
        ("cancelled", "Orchid Street", None, "2025-02-12"),
        ("released", "Orchid Street", 1, "2025-01-09"),
    }  # "Renewed" and "Cancelled" are status headings, not shows


def test_a_title_quoted_in_the_headline_is_the_show():
    text = (
        "'The Salt Wardens' Creator Talks Season 2 Plans and That Shocking Finale\n\n"
        "The Salt Wardens was renewed for a second season on April 3, 2025, and its creator "
        "Mina Oduya has plans.\n"
    )
    ex = extract(article_from_text("t.txt", text))
    assert {(f.rel, f.show) for f in ex.facts} == {
        ("renewed", "The Salt Wardens"),
        ("creator", "The Salt Wardens"),
    }


NUMBERED = (
    "10 K-Dramas to Watch This Spring\n\n"
    "Spring is here, and so is a fresh crop of Korean dramas.\n\n"
    '1. "Moonlit Ledger"\n\n'
    "Moonlit Ledger stars Han Ji-woo as a bookkeeper. The 16-episode series premieres on tvN "
    "on March 8, 2026.\n\n"
    "2. 'Iron Tide'\n\n"
    "Iron Tide returns on Netflix on May 1, 2026.\n"
)


def test_numbered_quoted_headings_and_a_new_shows_first_season():
    ex = extract(article_from_text("t.txt", NUMBERED))
    got = {(f.rel, f.show, f.season, f.date, f.count) for f in ex.facts}
    assert ("expected_release", "Moonlit Ledger", 1, "2026-03-08", None) in got
    assert ("episodes", "Moonlit Ledger", 1, None, 16) in got
    # a return is not a first season, and no season is named: none is made up
    assert [f.season for f in ex.facts if f.show == "Iron Tide"] == [None]


BRIEF = (
    "'Harbor Nine' Renewed for Two More Seasons at CBS, 'Quiet Orchard' Cancelled\n\n"
    "CBS has renewed Harbor Nine for Seasons 5 and 6, the network announced on April 10, 2025. "
    "The procedural stars Dana Kim as Rosa Vega.\n\n"
    "Meanwhile, NBC has cancelled Quiet Orchard after one season, a spokesperson confirmed on "
    "April 9, 2025. The comedy, which starred Leo Grant as a widowed farmer, will air its "
    "remaining four episodes in May.\n\n"
    "Elsewhere, ABC picked up the animated comedy Pocket Dragons for a second season. Mia Chen "
    "and Oscar Bell, who voice Pip and Ember, respectively, will return.\n"
)


def test_a_news_brief_about_several_shows_keeps_each_paragraph_with_its_show():
    ex = extract(article_from_text("t.txt", BRIEF))
    got = {(f.rel, f.show, f.season, f.date, f.actor, f.character) for f in ex.facts}
    assert ("genre", "Pocket Dragons", None, None, None, None) in got  # "the animated comedy"
    got = {fact for fact in got if fact[0] != "genre"}
    assert got == {
        ("renewed", "Harbor Nine", 5, "2025-04-10", None, None),  # the date after "announced"
        ("renewed", "Harbor Nine", 6, "2025-04-10", None, None),
        ("plays", "Harbor Nine", None, None, "Dana Kim", "Rosa Vega"),
        ("cancelled", "Quiet Orchard", None, "2025-04-09", None, None),
        ("cast", "Quiet Orchard", None, None, "Leo Grant", None),  # no count of the remaining
        ("plays", "Pocket Dragons", None, None, "Mia Chen", "Pip"),
        ("plays", "Pocket Dragons", None, None, "Oscar Bell", "Ember"),
    }


RECAP = (
    "'The Thaw' Season 2 Finale Recap: Who Lived, Who Died\n\n"
    "The Thaw has been renewed for a third season, AMC announced on June 2, 2025. The new season "
    "will have eight episodes.\n\n"
    "Back in season 1, Ivy Hale (Rosa Lind) lost her brother.\n\n"
    "In the finale, Ivy finally confronts Marek Dorn (Paul Vos). Marek is killed in the "
    "avalanche, while Ivy survives.\n"
)


def test_a_finale_recap_is_about_the_season_that_aired_and_looks_ahead_to_the_next():
    ex = extract(article_from_text("t.txt", RECAP))
    fates = {(f.character, f.fate, f.season) for f in ex.facts if f.rel == "fate"}
    assert fates == {("Marek Dorn", "dies", 2), ("Ivy Hale", "survives", 2)}
    assert {(f.rel, f.season) for f in ex.facts if f.rel in ("renewed", "episodes")} == {
        ("renewed", 3),
        ("episodes", 3),  # "the new season" right after its renewal
    }


@pytest.mark.parametrize(
    "title",
    [
        "Harbor Lights Season 2: Renewal, Returning Cast And That Ending Explained",
        "Harbor Lights Season 2 Finale Date: When To Watch",
    ],
)
def test_a_title_about_what_comes_is_no_recap(title):
    body = "In season 1, Mara survives the storm. Season 2 will have eight episodes."
    ex = extract(article_from_text("t.txt", title + "\n\n" + body))
    assert {(f.rel, f.season) for f in ex.facts} == {("fate", 1), ("episodes", 2)}


@pytest.mark.parametrize(
    ("sentence", "actor", "character"),
    [
        ("Lena Park, who joined the cast in season 1 as Ji-soo, returns.", "Lena Park", "Ji-soo"),
        ("The villain Marek is played by veteran actor Paul Vos.", "Paul Vos", "Marek"),
        ("Tess is played by guest star June Cole.", "June Cole", "Tess"),
        ("Lena Park (as medic Ji-soo) is back.", "Lena Park", "Ji-soo"),
    ],
)
def test_more_cast_wordings(sentence, actor, character):
    assert [(f.actor, f.character) for f in facts_of(sentence, "plays")] == [(actor, character)]


def test_crew_and_source_wordings():
    assert [f.person for f in facts_of("Nadia Frost has written every episode.", "writer")] == [
        "Nadia Frost"
    ]
    body = "Creator and showrunner Nadia Frost, who also directed the finale, said more."
    assert [f.person for f in facts_of(body, "creator")] == ["Nadia Frost"]
    body = "Adapted from Peter Lisle's novel The Drowned Road, the series follows a sheriff."
    assert [(f.work, f.creator) for f in facts_of(body, "based_on")] == [
        ("The Drowned Road", "Peter Lisle")
    ]


def test_renewal_handed_as_a_numbered_season_and_dated_by_the_next_sentence():
    body = "AMC handed the drama a third season. The news came on June 2, 2025."
    assert [(f.season, f.date) for f in facts_of(body, "renewed")] == [(3, "2025-06-02")]


def test_pencilled_in_is_a_tentative_date():
    (fact,) = facts_of("The second season is pencilled in for October 2026.", "expected_release")
    assert (fact.season, fact.date, fact.certainty) == (2, "2026-10", "speculative")


def test_places_after_filmed_on_and_in():
    places = [
        f.place for f in facts_of("It was filmed on Skye and in Glasgow.", "filming_location")
    ]
    assert places == ["Skye", "Glasgow"]
    assert facts_of("It was shot on IMAX cameras.", "filming_location") == []


def test_very_much_alive_survives_and_a_byline_section_is_no_show():
    (fate,) = facts_of("Ivy was left for dead in season 1 but is very much alive.", "fate")
    assert (fate.character, fate.fate) == ("Ivy", "survives")
    text = (
        "Harbor Lights Series 3: Everything We Know\n\n"
        "Drama  |  By Owen Pritchard  |  19 November 2026\n\n"
        "Rourke has written every episode so far.\n\n"
        "See also  The Best British Crime Dramas Of 2026\n"
    )
    ex = extract(article_from_text("t.txt", text))
    assert {f.show for f in ex.facts} == {"Harbor Lights"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Lee Do-hyun and Kim Se-ah will return as Cha Woo-jin and Baek Ha-eun.",
        "Lee Do-hyun and Kim Se-ah play Cha Woo-jin and Baek Ha-eun.",
    ],
)
def test_two_actors_and_two_roles_pair_in_order(sentence):
    assert {(f.actor, f.character) for f in facts_of(sentence, "plays")} == {
        ("Lee Do-hyun", "Cha Woo-jin"),
        ("Kim Se-ah", "Baek Ha-eun"),
    }


def test_a_run_from_one_month_to_another_began_in_the_first():
    body = "The first season, which aired from June to August 2024, was a hit."
    assert [(f.season, f.date) for f in facts_of(body, "released")] == [(1, "2024-06")]


def test_a_season_named_for_another_event_is_not_the_renewed_one():
    text = (
        "Blackthorn Abbey series 4: Release date, cast and latest news\n\n"
        "The period drama was recommissioned by the BBC in February 2025, shortly after series "
        "three concluded with a record audience.\n"
    )
    ex = extract(article_from_text("t.txt", text))
    assert [(f.rel, f.season, f.date) for f in ex.facts if f.rel != "genre"] == [
        ("renewed", 4, "2025-02")
    ]
    body = "The show was renewed for season 3 in May 2024, a month after season 2 premiered."
    assert [f.season for f in facts_of(body, "renewed")] == [3]


DATELINED = (
    "'Harbor Nine' Renewed for Two More Seasons, 'Quiet Orchard' Cancelled\n\n"
    "By Ana Ruiz | November 24, 2026\n\n"
    "CBS has renewed Harbor Nine for Seasons 5 and 6, the network announced on March 4.\n\n"
    "Less fortunate is Quiet Orchard. NBC has cancelled the freshman drama after one season, the "
    "network confirmed on December 5. The series premiered on Thursday, 6 January. Filming "
    "began on 2 April. Its second season premieres on March 8.\n"
)


def test_a_day_without_its_year_is_placed_by_the_articles_dateline():
    ex = extract(article_from_text("t.txt", DATELINED))
    got = {(f.rel, f.show, f.season, f.date) for f in ex.facts}
    assert got == {
        ("renewed", "Harbor Nine", 5, "2026-03-04"),
        ("renewed", "Harbor Nine", 6, "2026-03-04"),
        ("cancelled", "Quiet Orchard", None, "2025-12-05"),  # happened: on or before the day
        ("released", "Quiet Orchard", 1, "2026-01-06"),
        ("expected_release", "Quiet Orchard", 2, "2027-03-08"),  # to come: after the day
    }


@pytest.mark.parametrize(
    ("sentence", "date"),
    [("Filming began on April 2.", "2026-04-02"), ("Filming starts on April 2.", "2027-04-02")],
)
def test_filming_said_in_the_past_or_future_tense(sentence, date):
    title = "Harbor Lights Season 2: Everything We Know\n\nPublished November 24, 2026\n\n"
    assert [f.date for f in facts_of(sentence, "filming", title)] == [date]


def test_without_a_dateline_a_day_without_its_year_is_no_date():
    body = "NBC has cancelled the drama, the network confirmed on December 5."
    assert facts_of(body, "cancelled") == []


def test_a_count_of_its_episodes_is_a_total_a_credit_for_some_of_them_is_not():
    body = "The drama has so far aired 14 of its 20 episodes."
    assert [f.count for f in facts_of(body, "episodes")] == [20]
    assert facts_of("Ana Ruiz directed six of the ten episodes.", "episodes") == []


def test_a_count_compared_with_an_earlier_season_and_a_quote_closing_before_and():
    body = (
        'The showrunner said the new season would be "bigger and darker," and that it will '
        "consist of ten episodes, up from eight in season 1."
    )
    got = {(f.season, f.count, f.certainty) for f in facts_of(body, "episodes")}
    assert got == {(2, 10, "confirmed"), (1, 8, "confirmed")}


def test_a_rescue_is_survival():
    (fate,) = facts_of("In season 1, Lily was rescued by a fishing crew.", "fate")
    assert (fate.character, fate.fate) == ("Lily", "survives")


ZOMBIE = (
    "Zombie Academy Season 2: Netflix Release Date, Cast, Plot and What We Know\n\n"
    "Netflix has finally confirmed that Zombie Academy will return for a second season. The "
    "streamer made the announcement during its Tudum event on June 14, 2025.\n\n"
    "The thriller became a global hit after its release in January 2025.\n\n"
    "Who survived season 1?\n\n"
    "Class president Choi Yu-ra (Song Ha-eun) and her best friend Park Tae-min (Jang Woo-seok) "
    "escaped on a helicopter.\n\n"
    "The ending also revealed that Tae-min had been bitten — a setup for season 2.\n\n"
    "Filming for season 2 reportedly began in March 2025 in Incheon.\n"
)


def test_announcement_sentences_nominal_release_listed_survivors_and_recap_sections():
    ex = extract(article_from_text("t.txt", ZOMBIE))
    got = {(f.rel, f.season, f.date, f.character, f.fate, f.place, f.certainty) for f in ex.facts}
    assert {
        ("renewed", 2, "2025-06-14", None, None, None, "confirmed"),
        ("released", 1, "2025-01", None, None, None, "confirmed"),
        ("fate", 1, None, "Choi Yu-ra", "survives", None, "confirmed"),
        ("fate", 1, None, "Park Tae-min", "survives", None, "confirmed"),
        ("fate", 1, None, "Park Tae-min", "infected", None, "confirmed"),  # the section's season
        ("filming", 2, "2025-03", None, None, None, "speculative"),
        ("filming_location", None, None, None, None, "Incheon", "speculative"),
    } <= got


def test_a_quotation_in_the_headline_is_not_the_show():
    text = (
        "Kingdom Season 3: Creator Says 'We Are Not Done Yet'\n\n"
        '"We Are Not Done Yet," the creator said. Kingdom was renewed for a third season on '
        "May 2, 2025.\n"
    )
    ex = extract(article_from_text("t.txt", text))
    assert {f.show for f in ex.facts} == {"Kingdom"}


def test_a_premiere_of_a_show_with_later_seasons_is_not_its_first():
    text = (
        "10 Dramas to Watch This Spring\n\n"
        '1. "Moonlit Ledger"\n\n'
        "Moonlit Ledger was renewed for a third season in 2025. The drama premieres on tvN on "
        "March 8, 2026.\n"
    )
    ex = extract(article_from_text("t.txt", text))
    assert [f.season for f in ex.facts if f.rel == "expected_release"] == [None]


def test_a_body_sentence_is_no_dateline():
    text = (
        "Harbor Lights Season 2: Everything We Know\n\n"
        "By March 3, 2025, filming had wrapped.\n\n"
        "Netflix renewed the show on June 5.\n"
    )
    ex = extract(article_from_text("t.txt", text))
    assert [f for f in ex.facts if f.rel == "renewed"] == []  # no year to give June 5


@pytest.mark.parametrize(
    "sentence",
    ["It was shot on Monday and Tuesday in season 1.", "It was filmed on ARRI cameras."],
)
def test_days_and_brands_after_filmed_on_are_no_places(sentence):
    assert facts_of(sentence, "filming_location") == []


def test_a_death_named_as_a_noun_at_the_start_and_negated():
    (fate,) = facts_of("The death of Felix in season 1 shocked fans.", "fate")
    assert (fate.character, fate.fate) == ("Felix", "dies")
    assert facts_of("Felix's death in season 1 never happens.", "fate") == []


def test_a_sentence_initial_after_names_another_event():
    body = "After season 1's finale, Netflix renewed Harbor Lights on May 2, 2025."
    assert [f.season for f in facts_of(body, "renewed")] == [2]


def test_casting_news_wordings():
    body = (
        "Ola Brandt (The Crown) has been cast as the villainous Sebastian Marr. They join "
        "returning series regulars Hugo Laine (Tom Vesper) and Marta Ruiz (Ines Vesper). The "
        "second season is currently in production in Budapest."
    )
    assert {(f.actor, f.character) for f in facts_of(body, "plays")} == {
        ("Ola Brandt", "Sebastian Marr"),
        ("Hugo Laine", "Tom Vesper"),
        ("Marta Ruiz", "Ines Vesper"),
    }
    assert [f.place for f in facts_of(body, "filming_location")] == ["Budapest"]


CANCELLED = (
    "Netflix Pulls the Plug on 'Copper Harbor' After Two Seasons\n\n"
    "Netflix has cancelled Copper Harbor, the fishing-village mystery that premiered in 2023. "
    "The decision was confirmed to Variety on Friday, April 11, 2025, just weeks after season 2 "
    "hit the streamer on March 20, 2025.\n\n"
    "Copper Harbor, which was based on Ruth Ellery's novel The Low Tide, starred Alice Trent "
    "and Ben Okafor.\n"
)


def test_a_cancellation_dated_by_the_next_sentence_and_what_else_that_sentence_says():
    ex = extract(article_from_text("t.txt", CANCELLED))  # "Pulls the Plug on 'X'": X is the show
    got = {(f.rel, f.show, f.season, f.date, f.actor) for f in ex.facts if f.rel != "based_on"}
    assert got == {
        ("released", "Copper Harbor", 1, "2023", None),
        ("cancelled", "Copper Harbor", None, "2025-04-11", None),  # not a renewal "confirmed"
        ("released", "Copper Harbor", 2, "2025-03-20", None),
        ("cast", "Copper Harbor", None, None, "Alice Trent"),
        ("cast", "Copper Harbor", None, None, "Ben Okafor"),
        ("genre", "Copper Harbor", None, None, None),  # "the fishing-village mystery that ..."
    }
    assert [f.genre for f in ex.facts if f.rel == "genre"] == ["fishing-village mystery"]


ANIME = (
    "'Lantern of Ash' confirmed for season 2\n\n"
    "The official website for the TV anime adaptation of Kazuto Mori's Lantern of Ash manga "
    "announced on Sunday that the series will get a second season.\n\n"
    "The first season aired from January 7 to March 25, 2024 on Tokyo MX. It ran for 12 "
    "episodes.\n"
)


def test_an_owned_work_named_before_its_kind_a_run_of_days_and_a_paragraphs_past_season():
    ex = extract(article_from_text("t.txt", ANIME))
    got = {(f.rel, f.season, f.date, f.count, f.work, f.creator) for f in ex.facts}
    assert got == {
        ("based_on", None, None, None, "Lantern of Ash", "Kazuto Mori"),
        ("released", 1, "2024-01-07", None, None, None),  # the run's first day
        ("episodes", 1, None, 12, None, None),  # "It ran for": the season just named
    }


@pytest.mark.parametrize(
    ("sentence", "character", "fate"),
    [
        ("In season 1, Mara took a bullet for Felix and did not wake up.", "Mara", "dies"),
        ("Season 1 ended with Felix's funeral.", "Felix", "dies"),
        ("In season 1, Cyril was eaten by the horde.", "Cyril", "dies"),
        ("In season 1, Felix lost his battle with the infection.", "Felix", "dies"),
        ("In season 1, Felix paid the ultimate price.", "Felix", "dies"),
        ("In season 1, Felix breathed his last in Mara's arms.", "Felix", "dies"),
        ("In season 1, Felix was fatally wounded.", "Felix", "dies"),
        ("In season 1, Felix took his own life.", "Felix", "dies"),
        ("In season 1, Mara walked away from the crash unscathed.", "Mara", "survives"),
        ("In season 1, Mara is the sole survivor.", "Mara", "survives"),
        ("In season 1, Mara is the last one standing.", "Mara", "survives"),
        ("In season 1, Felix was taken by the creatures and never seen again.", "Felix", "missing"),
        ("In season 1, Mara became one of the infected.", "Mara", "infected"),
    ],
)
def test_deaths_survivals_and_disappearances_in_other_words(sentence, character, fate):
    (got,) = facts_of(sentence, "fate")
    assert (got.character, got.fate, got.season) == (character, fate, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "In season 1, Felix fights for his life.",
        "In season 1, Felix was left fighting for his life.",
    ],
)
def test_a_fight_for_life_is_no_fate(sentence):
    assert facts_of(sentence, "fate") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In the role of Mara is British actress Sophie Lane.",
        "Mara — played with quiet menace by Sophie Lane — returns.",
    ],
)
def test_the_role_named_before_its_actor(sentence):
    assert [(f.actor, f.character) for f in facts_of(sentence, "plays")] == [
        ("Sophie Lane", "Mara")
    ]


TABLOID = (
    "Abergwyn axed: BBC drama cancelled after three series as fans fume\n\n"
    "By Sian Jones | 14 November 2025\n\n"
    "The Welsh crime drama, which starred Rhys Morgan, 41, as DI Owen Price, will not return for "
    "a fourth series, the broadcaster confirmed yesterday.\n\n"
    "Abergwyn first aired on BBC One on 4 March 2021.\n"
)


def test_a_tabloid_headline_an_age_a_police_rank_and_a_day_said_as_yesterday():
    ex = extract(article_from_text("t.txt", TABLOID))
    got = {(f.rel, f.show, f.season, f.date, f.actor, f.character) for f in ex.facts}
    got.discard(("genre", "Abergwyn", None, None, None, None))  # "The Welsh crime drama"
    assert got == {
        ("plays", "Abergwyn", None, None, "Rhys Morgan", "Owen Price"),
        ("cancelled", "Abergwyn", None, "2025-11-13", None, None),  # "will not return", yesterday
        ("released", "Abergwyn", 1, "2021-03-04", None, None),
    }


@pytest.mark.parametrize(
    ("sentence", "rel", "date"),
    [
        ("BBC One cancelled the drama on Tuesday.", "cancelled", "2025-11-11"),  # the last one
        ("Season 2 premieres on Friday on BBC One.", "expected_release", "2025-11-14"),  # that day
        ("Season 2 premieres on Monday.", "expected_release", "2025-11-17"),  # the next one
    ],
)
def test_a_weekday_is_placed_by_the_dateline_and_the_tense(sentence, rel, date):
    title = "Harbor Lights Season 2: Everything We Know\n\nPublished: Friday 14 November 2025\n\n"
    assert [f.date for f in facts_of(sentence, rel, title)] == [date]


def test_a_weekday_beside_a_day_or_every_week_is_no_date():
    title = "Harbor Lights Season 2: Everything We Know\n\nPublished: 14 November 2025\n\n"
    body = "Season 2 premieres on February 7 and will air every Saturday."
    assert [f.date for f in facts_of(body, "expected_release", title)] == ["2026-02-07"]


def test_an_actor_whose_sentence_names_the_show_in_quotes_before_the_role():
    text = (
        'Kim Ha-neul And Park Joon-young Confirmed To Lead New Drama "Lantern Road"\n\n'
        "A source told reporters, \"Kim Ha-neul has confirmed her appearance in 'Lantern Road' and "
        'will play the role of Seo Yeon-hwa."\n'
    )
    ex = extract(article_from_text("t.txt", text))
    assert [(f.show, f.actor, f.character) for f in ex.facts if f.rel == "plays"] == [
        ("Lantern Road", "Kim Ha-neul", "Seo Yeon-hwa")
    ]


GENRES = (
    '5 Dramas To Watch: "Marigold Bakery", "Dust Devils" and More\n\n'
    'ENA\'s romantic comedy "Marigold Bakery" premieres on March 3, 2026.\n\n'
    "Peacock's neo-western Dust Devils returns in May 2026.\n\n"
    "The drama is made by Cardigan Bay Pictures.\n"
)


def test_genres_said_in_passing_as_written():
    ex = extract(article_from_text("t.txt", GENRES))
    assert {(f.show, f.genre) for f in ex.facts if f.rel == "genre"} == {
        ("Marigold Bakery", "romantic comedy"),
        ("Dust Devils", "neo-western"),
    }  # not a bare "drama" that only refers back to a show


def test_the_sentence_subject_genre_of_the_current_show():
    body = "The Welsh crime drama, which starred Rhys Morgan, will not return."
    assert [f.genre for f in facts_of(body, "genre")] == ["crime drama"]  # no nationality


DATELINE_2025 = "Harbor Lights Season 2: Everything We Know\n\nPublished: 14 November 2025\n\n"


@pytest.mark.parametrize(
    ("sentence", "rel", "expected"),
    [
        ("Netflix renewed the show on the 7th.", "renewed", (2, "2025-11-07")),
        ("Netflix renewed the show on the 20th.", "renewed", (2, "2025-10-20")),  # last month
        ("Word came down on Tuesday that season 2 had been ordered.", "renewed", (2, "2025-11-11")),
        ("A premiere is eyed for 2026.", "expected_release", (2, "2026")),
    ],
)
def test_days_of_the_month_passive_renewals_and_eyed_premieres(sentence, rel, expected):
    assert [(f.season, f.date) for f in facts_of(sentence, rel, DATELINE_2025)] == [expected]


def test_places_crew_ratings_and_whose_death():
    (fate,) = facts_of("Season 1 ended with the death of Mara's mentor Aldous Reed.", "fate")
    assert (fate.character, fate.fate) == ("Aldous Reed", "dies")
    body = "The show will shoot in Cardiff next year. Season 2 begins production in Swansea."
    assert [f.place for f in facts_of(body, "filming_location")] == ["Cardiff", "Swansea"]
    body = "Ana Ruiz, who directed this week's episode, returns."
    assert [f.person for f in facts_of(body, "director")] == ["Ana Ruiz"]
    (rating,) = facts_of("With a 7.4 on IMDb, the show is a hit.", "rating")
    assert (rating.source, rating.value, rating.best) == ("IMDb", 7.4, None)


def test_a_timing_hedge_leaves_the_place_confirmed():
    body = "Production is expected to get under way in Belfast next spring."
    assert [(f.place, f.certainty) for f in facts_of(body, "filming_location")] == [
        ("Belfast", "confirmed")
    ]


def test_a_role_herself_a_surnames_character_and_a_dated_apposition():
    text = (
        "Hollowmere Season 2: Everything We Know\n\n"
        "Hollowmere, the 2019 gothic mystery created by Priya Sandhu, is back. Mara herself "
        "(Sophie Lane) returns. Felix, Hale's character, dies in season 1. Tom Hale is back.\n"
    )
    ex = extract(article_from_text("t.txt", text))
    got = {(f.rel, f.date, f.genre, f.actor, f.character) for f in ex.facts}
    assert {
        ("released", "2019", None, None, None),
        ("genre", None, "gothic mystery", None, None),
        ("plays", None, None, "Sophie Lane", "Mara"),
        ("plays", None, None, "Tom Hale", "Felix"),
    } <= got


@pytest.mark.parametrize(
    ("title", "show"),
    [
        ("BBC axes Saltmarsh: the end of an era", None),
        ("Sophie Lane exits Harbor Lights: what we know", None),
        ("Harbor Lights star: 'Mara' deserved better", None),
        ("Abergwyn axed: BBC drama cancelled after three series", "Abergwyn"),
    ],
)
def test_headline_shapes_that_are_and_are_not_a_title(title, show):
    from showgraph.extract.shows import main_show

    body = (
        "Saltmarsh. Saltmarsh. Sophie Lane. Sophie Lane. BBC. BBC. Mara. Mara. Abergwyn. Abergwyn."
    )
    assert main_show(title, body) == show


@pytest.mark.parametrize(
    "sentence",
    [
        "In season 1, Mara lost her custody battle with Felix.",
        "In season 1, Felix is eaten up by jealousy.",
        "In season 1, Mara's murder of Aldous shocked everyone.",
    ],
)
def test_deaths_that_are_not(sentence):
    assert [
        f for f in facts_of(sentence, "fate") if f.fate == "dies" and f.character == "Mara"
    ] == []
    assert [f for f in facts_of(sentence, "fate") if f.character == "Felix"] == []


@pytest.mark.parametrize(
    ("sentence", "genre"),
    [
        ("Last year the streamer cancelled crime drama Harbor Lights.", "crime drama"),
        ("Sophie Lane joined the cast of the crime drama Harbor Lights.", "crime drama"),
        ("The star of the comedy has confirmed the news.", None),
    ],
)
def test_a_genre_phrase_stops_at_words_that_name_no_kind_of_story(sentence, genre):
    assert [f.genre for f in facts_of(sentence, "genre")] == ([genre] if genre else [])


def test_review_false_positives_stay_out():
    # a hedge word inside an adjective; the month May; a role model; a range over New Year
    body = "Season 2, which follows wide-eyed rookie Mara, premieres on March 3, 2026."
    assert [f.certainty for f in facts_of(body, "expected_release")] == ["confirmed"]
    assert [
        f.certainty for f in facts_of("In May, filming began in Belfast.", "filming_location")
    ] == ["confirmed"]
    assert facts_of("Aldous, Felix's role model, returns in season 2.", "plays") == []
    body = "Season 1 aired from November 12 to February 3, 2025."
    assert [f.date for f in facts_of(body, "released")] == ["2024-11-12"]


# -- wordings the Re-DocRED dev split showed (bench/redocred.py), in our own sentences ----------


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Season 2 is directed by J. Elder Wills.", ["J. Elder Wills"]),
        ("It stars Michael B. Jordan and J.J. Abrams.", ["Michael B. Jordan", "J.J. Abrams"]),
        ("Mara joined Plan B. Then Sophie Lane left.", ["Mara", "Plan B", "Sophie Lane"]),
        ("It airs in the U.S. Sophie Lane said so.", ["Sophie Lane"]),
    ],
)
def test_initials_belong_to_the_name_they_start(sentence, names):
    assert [n.text for n in find_names(sentence) if n.text != "the U"] == names


def test_directors_with_initials_and_cast_lists_without_roles():
    body = (
        "Season 1 was directed by R. S. Kemp. The cast included Mira Solano, Ganpat G. Rao and "
        "Tom Hale. The series later featured an ensemble cast of Ada Quill and Bo Arden."
    )
    assert [f.person for f in facts_of(body, "director")] == ["R. S. Kemp"]
    assert [f.actor for f in facts_of(body, "cast")] == [
        "Mira Solano", "Ganpat G. Rao", "Tom Hale", "Ada Quill", "Bo Arden",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # an author's book and an organisation's name are no actor's role
        "The showrunner had adapted other novels, such as Jean Genet's The Balcony and "
        "James Joyce's Ulysses.",
        "The premiere opened the convention of the Harbor People's Party.",
        "It is made by ABC Television Group's Greengrass Television.",
        # the object of "in" is not the subject of "and portrays"
        "The novel is set in World War I and portrays the experiences of Lalu.",
    ],
)
def test_possessives_and_coordinations_that_name_no_role(sentence):
    assert facts_of(sentence, "plays") == []


def test_an_actors_role_in_the_possessive_still_counts():
    assert [(f.actor, f.character) for f in facts_of("Sophie Lane's Mara returns.", "plays")] == [
        ("Sophie Lane", "Mara")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a company or an award in brackets is no actor nor role
        "It was nominated for Best Actress (Sophie Lane) and Best Cinematography (Tom Hale).",
        "It was the first series made by Quill's United Harbor Pictures (Lantern Phototone).",
        # "as well as" lists more actors; it names no role
        "The series features Sophie Lane in a double role as well as Tom Hale and Ada Quill.",
        # a title or a language after "in"/"on" or a media noun is not the actor before "as"
        "Season 1 was remade in Spanish as Luces del Puerto with Ada Quill in the lead.",
        "Tom Hale starred in the hit horror movie Scream as a sheriff.",
        "Tom Hale has starred in the soap operas Generations as Charles Mullen.",
    ],
)
def test_brackets_lists_and_titles_that_name_no_role(sentence):
    got = [(f.actor, f.character) for f in facts_of(sentence, "plays")]
    assert [pair for pair in got if pair != ("Tom Hale", "Charles Mullen")] == []


# -- wordings from the sixth blind set's failure description, in our own sentences ------------


@pytest.mark.parametrize(
    ("sentence", "character", "fate"),
    [
        ("At the end of season 2, Mara is still very much alive.", "Mara", "survives"),
        ("Against the odds, Tom Hale made it out of the mine in season 2.", "Tom Hale", "survives"),
        ("In season 2, rescuers pulled Ada Quill out alive.", "Ada Quill", "survives"),
        ("Mara wakes up in hospital in the season 2 finale.", "Mara", "survives"),
        ("Felix passes away in the season 2 finale.", "Felix", "dies"),
        ("In season 2, the explosion left Felix missing.", "Felix", "missing"),
        ("In season 2, the crash left Felix dead.", "Felix", "dies"),
    ],
)
def test_fates_without_the_usual_verbs(sentence, character, fate):
    assert [(f.character, f.fate) for f in facts_of(sentence, "fate")] == [(character, fate)]


@pytest.mark.parametrize(
    ("sentence", "fates"),
    [
        ("Poor Felix didn't make it out of season 2.", [("Felix", "dies")]),
        ("In season 2, Mara left Felix for dead in the woods.", []),  # he may have lived
    ],
)
def test_what_those_wordings_do_not_state(sentence, fates):
    assert [(f.character, f.fate) for f in facts_of(sentence, "fate")] == fates


def test_a_storys_setting_is_no_date_and_set_is_no_name():
    body = "Set in 1923, the series follows Mara after her husband dies."
    assert facts_of(body, "expected_release") == facts_of(body, "released") == []
    assert [f.character for f in facts_of(body, "fate")] == []


@pytest.mark.parametrize(
    ("body", "pairs"),
    [
        ("Ola Brandt returns as her boss, Inspector Rhys Morgan.", [("Ola Brandt", "Rhys Morgan")]),
        ("Ada Quill plays the Dowager Countess, Lady Agnes Whitmore.",
         [("Ada Quill", "Agnes Whitmore")]),
        ("Ada Quill and Bo Arden return as Captain Mara Vance and Felix Vance.",
         [("Ada Quill", "Mara Vance"), ("Bo Arden", "Felix Vance")]),
        ("Ada Quill's character, Mara Vance, is the lead.", [("Ada Quill", "Mara Vance")]),
        ("The late Earl Aldous Crane was played by Bo Arden.", [("Bo Arden", "Aldous Crane")]),
        ('Daniel "Dani" Ortega is played by Luis Marin.', [("Luis Marin", "Daniel Ortega")]),
        ("Rosalind St. Clair plays Mara.", [("Rosalind St. Clair", "Mara")]),
        ("Cast:\n\nNick “Nicky” Hale – Tom Hale\nMara Vance – Ada Quill",
         [("Tom Hale", "Nick Hale"), ("Ada Quill", "Mara Vance")]),
    ],
)
def test_roles_after_descriptions_ranks_and_nicknames(body, pairs):
    assert [(f.actor, f.character) for f in facts_of(body, "plays")] == pairs


def test_a_nickname_inside_a_name_resolves_to_it():
    body = 'Daniel "Dani" Ortega is played by Luis Marin. In season 2, Dani dies.'
    assert [(f.character, f.fate) for f in facts_of(body, "fate")] == [("Daniel Ortega", "dies")]


@pytest.mark.parametrize(
    ("body", "actors"),
    [
        ("Bo Arden also joins the cast.", ["Bo Arden"]),
        ("Ada Quill and Cy Dune have joined the cast.", ["Ada Quill", "Cy Dune"]),
        ("Tom Hale has been cast in an undisclosed role.", ["Tom Hale"]),
        ("Bo Arden joins the cast as Mara.", []),  # a role: a plays fact instead
        ("The star joined the cast of Salt Harbour in 2020.", []),
    ],
)
def test_cast_members_without_a_role(body, actors):
    assert [f.actor for f in facts_of(body, "cast")] == actors


@pytest.mark.parametrize(
    ("sentence", "genre"),
    [
        ("Harbor Lights, Netflix's heist series, returns in 2026.", "heist"),
        ("Netflix's heist thriller is back for a third season.", "heist thriller"),
        ("The glossy period drama ended its second season in May.", "period drama"),
        ("Harbor Lights, the family drama, returns in 2026.", "family drama"),
        ("Harbor Lights, the show everyone loves, returns in 2026.", None),
    ],
)
def test_genres_in_apposition_and_after_a_platforms_possessive(sentence, genre):
    assert [f.genre for f in facts_of(sentence, "genre")] == ([genre] if genre else [])


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("Cameras started rolling in Lisbon in March 2025.", ["Lisbon"]),
        ("Production then moved on to Porto.", ["Porto"]),
        ("The port city of Valparaíso stands in for 1920s Lisbon.", ["Valparaíso"]),
        ("Filming took place over the summer of 2025 in Kyoto.", ["Kyoto"]),
    ],
)
def test_filming_places_in_other_words(sentence, places):
    assert [f.place for f in facts_of(sentence, "filming_location")] == places


def test_filming_that_took_place_is_dated():
    body = "Filming took place over the summer of 2025 in Kyoto."
    assert [f.date for f in facts_of(body, "filming")] == ["2025"]


@pytest.mark.parametrize(
    ("sentence", "rel", "people"),
    [
        ("Kim Ji-won wrote all six episodes of season 2.", "writer", ["Kim Ji-won"]),
        ("Ada Quill co-wrote every episode with Bo Arden.", "writer", ["Ada Quill", "Bo Arden"]),
        ("The series was adapted by Ada Quill, who wrote all eight episodes.", "writer",
         ["Ada Quill"]),
        ("Directing duties were split between Tom Hale and Cy Dune.", "director",
         ["Tom Hale", "Cy Dune"]),
        ("Created by Ada Quill, the Korean-language series follows a detective.", "creator",
         ["Ada Quill"]),
    ],
)
def test_credits_shared_split_and_in_relative_clauses(sentence, rel, people):
    assert [f.person for f in facts_of(sentence, rel)] == people


def test_a_company_producing_for_a_network():
    body = "It is produced by Lantern Pictures for Netflix."
    assert [f.company for f in facts_of(body, "producer")] == ["Lantern Pictures"]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("A release in late 2026 is the rumour.", "2026"),
        ("The most realistic estimate is a release in spring 2027.", "2027"),
    ],
)
def test_a_release_named_as_a_guess(sentence, date):
    assert [(f.date, f.certainty) for f in facts_of(sentence, "expected_release")] == [
        (date, "speculative")
    ]


@pytest.mark.parametrize(
    ("body", "pairs"),
    [
        ("Ōno Ryōta plays Saitō Kenji.", [("Ōno Ryōta", "Saitō Kenji")]),
        ("Łukasz Żak plays Mara.", [("Łukasz Żak", "Mara")]),
        ("Cast:\n\nSaitō Kenji – Ōno Ryōta\nMara – Ada Quill",
         [("Ōno Ryōta", "Saitō Kenji"), ("Ada Quill", "Mara")]),
    ],
)
def test_names_with_letters_beyond_latin_1(body, pairs):
    assert [(f.actor, f.character) for f in facts_of(body, "plays")] == pairs


def test_a_role_in_another_show_after_know_him_as():
    text = (
        "Harbor Lights Season 2: Everything We Know\n\n"
        "Ada Quill returns as Mara Vance. Viewers may know her as Edie Pike in Salt Harbour, "
        "the crime drama that ended in 2022. Kim Ji-won is back as the ruthless CEO Park "
        "Seo-jin.\n\nSee also: Salt Harbour Season 3\n"
    )
    ex = extract(article_from_text("t.txt", text))
    got = {(f.show, f.actor, f.character) for f in ex.facts if f.rel == "plays"}
    assert got == {
        ("Harbor Lights", "Ada Quill", "Mara Vance"),
        ("Salt Harbour", "Ada Quill", "Edie Pike"),
        ("Harbor Lights", "Kim Ji-won", "Park Seo-jin"),
    }


@pytest.mark.parametrize(
    ("sentence", "rel", "value"),
    [
        ("The streamer gave Harbor Lights the green light for season 3 in February 2025.",
         "renewed", "2025-02"),
        ("Harbor Lights will return for Season 3, Netflix announced on March 4, 2025.",
         "renewed", "2025-03-04"),
        ("Production on season 3 is scheduled to begin in early 2025.", "filming", "2025"),
    ],
)
def test_common_renewal_and_production_wordings(sentence, rel, value):
    assert [f.date for f in facts_of(sentence, rel)] == [value]


def test_new_cast_members_and_a_role_given_later():
    body = "New to the cast are Tom Hale and Cy Dune. Later, Cy Dune plays Mara."
    assert [f.actor for f in facts_of(body, "cast")] == ["Tom Hale"]


def test_a_stated_date_and_a_guess_at_it_are_two_facts():
    body = "Netflix confirmed season 3 will premiere later in 2025, probably in October 2025."
    assert [(f.date, f.certainty) for f in facts_of(body, "expected_release")] == [
        ("2025", "confirmed"),
        ("2025-10", "speculative"),
    ]
    body = "Season 3 premieres on March 3, 2025, and season 4 in 2026."
    assert [f.date for f in facts_of(body, "expected_release")] == ["2025-03-03"]


@pytest.mark.parametrize(
    ("sentence", "fates"),
    [
        ("The Captain killed Felix Crane in season 2.", [("Felix Crane", "dies")]),
        ("In season 2, Mara shoots and kills Felix Crane.", [("Felix Crane", "dies")]),
        ("In season 2, the zombies beat Felix Crane to death.", [("Felix Crane", "dies")]),
        ("Season 2 killed off fan favourite Felix Crane.", [("Felix Crane", "dies")]),
        ("In season 2, the Captain tries to kill Felix Crane.", []),
        ("In season 2, Mara almost killed Felix Crane.", []),
        ("In season 2, Mara shot Felix Crane in the leg.", []),
        ("In season 2, Felix Crane killed Mara's brother.", []),
    ],
)
def test_killings_in_the_active_voice(sentence, fates):
    assert [(f.character, f.fate) for f in facts_of(sentence, "fate")] == fates


@pytest.mark.parametrize(
    ("sentence", "fates"),
    [
        ("Felix Crane's body was found on the beach in the season 2 finale.",
         [("Felix Crane", "dies")]),
        ("Felix Crane met a grisly end in season 2.", [("Felix Crane", "dies")]),
        ("Mara Vance lived to tell the tale in season 2.", [("Mara Vance", "survives")]),
        ("Season 2 ended with Mara Vance taking a bullet for her partner; she did not survive.",
         [("Mara Vance", "dies")]),
        ("In season 2, Mara met the end of her rope.", []),
    ],
)
def test_deaths_and_survivals_said_in_passing(sentence, fates):
    assert [(f.character, f.fate) for f in facts_of(sentence, "fate")] == fates


# -- wordings from the seventh blind set's failure description, in our own sentences ----------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Senior Constable Jack Reid returns.", "Jack Reid"),
        ("Kommissarin Lena Berg is back.", "Lena Berg"),
        ("Commissaire Berg is back.", "Berg"),
        ("Élise d'Arcy plays Mara.", "Élise d'Arcy"),
    ],
)
def test_foreign_ranks_and_particles(sentence, name):
    assert find_names(sentence)[0].text == name


@pytest.mark.parametrize(
    ("body", "pairs"),
    [
        ("Mara Vance is once again played by Ada Quill.", [("Ada Quill", "Mara Vance")]),
        ("Mara Vance, previously played by Bo Arden, is now played by Ada Quill.",
         [("Bo Arden", "Mara Vance"), ("Ada Quill", "Mara Vance")]),
        ("Felix Crane, played to the end by Tom Hale, dies.", [("Tom Hale", "Felix Crane")]),
        ("Ada Quill will play Felix's sister, Mara Vance.", [("Ada Quill", "Mara Vance")]),
    ],
)
def test_roles_recast_and_described_by_kin(body, pairs):
    assert [(f.actor, f.character) for f in facts_of(body, "plays")] == pairs


@pytest.mark.parametrize(
    ("body", "rel", "values"),
    [
        ("Cameras rolled around Tromsø and Bergen in early 2025.", "filming_location",
         ["Tromsø", "Bergen"]),
        ("Head writer Ada Quill returns for season 3.", "writer", ["Ada Quill"]),
        ("Ada Quill created the show. The season was written by Quill and Tom Hale.", "writer",
         ["Ada Quill", "Tom Hale"]),
        ("Ada Quill and Bo Arden share directing duties.", "director", ["Ada Quill", "Bo Arden"]),
        ("The series was created for television by Ada Quill.", "creator", ["Ada Quill"]),
        ("Lantern Pictures co-produces the series.", "producer", ["Lantern Pictures"]),
        ("It is made in co-production with Lantern Pictures.", "producer", ["Lantern Pictures"]),
        ("It is produced in association with Lantern Pictures.", "producer", ["Lantern Pictures"]),
        ("The series is produced by Pátio Filmes.", "producer", ["Pátio Filmes"]),
        ("Tom Hale makes a cameo as himself.", "cast", ["Tom Hale"]),
        ("Bo Arden guest stars in episode 3.", "cast", ["Bo Arden"]),
    ],
)
def test_places_credits_and_guests_in_other_words(body, rel, values):
    field = {"filming_location": "place", "producer": "company", "cast": "actor"}.get(rel, "person")
    assert [getattr(f, field) for f in facts_of(body, rel)] == values


@pytest.mark.parametrize(
    ("body", "pairs"),
    [
        # a rank or a description in the brackets goes with the role
        ("Ada Quill (Detective Mara Vance) returns.", [("Ada Quill", "Mara Vance")]),
        ("Cast:\n\nAda Quill (Felix's sister, Mara Vance)\nTom Hale (Felix Crane, her partner)",
         [("Ada Quill", "Mara Vance"), ("Tom Hale", "Felix Crane")]),
        # ... and tells how the rest of the article's list is written
        ("Cast:\n\nAda Quill (Detective Mara Vance)\nTom Hale (Felix Crane)",
         [("Ada Quill", "Mara Vance"), ("Tom Hale", "Felix Crane")]),
        # nothing tells: a role in brackets is read as the actor ("C (A)")
        ("Mara Vance (Ada Quill) returns.", [("Ada Quill", "Mara Vance")]),
        # not a role: an actor's age, "played by"
        ("Mara Vance (Ada Quill, 34) returns.", []),
        # the story happens to the role: "Felix dies" makes Felix Crane the character
        ("Tom Hale (Felix Crane) is back. In season 2, Felix Crane dies.",
         [("Tom Hale", "Felix Crane")]),
        # prose naming the actor, after the list, settles it too
        ("Cast:\n\nTom Hale (Felix Crane)\nAda Quill (Mara Vance)\n\n"
         "Ada Quill plays a detective, Mara Vance.",
         [("Tom Hale", "Felix Crane"), ("Ada Quill", "Mara Vance")]),
    ],
)
def test_which_name_in_brackets_is_the_role(body, pairs):
    assert [(f.actor, f.character) for f in facts_of(body, "plays")] == pairs


@pytest.mark.parametrize(
    ("body", "pairs"),
    [
        # no sign: "C – A", the common way round
        ("Cast:\n\nMara Vance – Ada Quill\nFelix Crane – Tom Hale",
         [("Ada Quill", "Mara Vance"), ("Tom Hale", "Felix Crane")]),
        # a description before the right name goes with the role, and the list follows suit
        ("Cast:\n\nAda Quill – the tough detective Mara Vance\nBo Arden – Aldous Vance",
         [("Ada Quill", "Mara Vance"), ("Bo Arden", "Aldous Vance")]),
        # the story happens to the right names: the whole list is "A – C"
        ("Cast:\n\nAda Quill – Mara Vance\nTom Hale – Felix Crane\n\n"
         "In season 2, Felix Crane dies.",
         [("Ada Quill", "Mara Vance"), ("Tom Hale", "Felix Crane")]),
    ],
)
def test_which_side_of_a_list_line_is_the_role(body, pairs):
    assert [(f.actor, f.character) for f in facts_of(body, "plays")] == pairs


@pytest.mark.parametrize(
    ("sentence", "fates"),
    [
        ("In season 2, Felix Crane's remains were identified by the police.",
         [("Felix Crane", "dies")]),
        ("At the end of season 2, Mara Vance is still breathing.", [("Mara Vance", "survives")]),
        ("Mara Vance came through unhurt in season 2.", [("Mara Vance", "survives")]),
        ("Felix Crane has not been seen since the season 2 finale.", [("Felix Crane", "missing")]),
        ("In season 2, Felix Crane's body was never found.", [("Felix Crane", "missing")]),
        ("In season 2, Mara Vance tested positive for the virus.", [("Mara Vance", "infected")]),
    ],
)
def test_fates_said_by_their_signs(sentence, fates):
    assert [(f.character, f.fate) for f in facts_of(sentence, "fate")] == fates


def test_fans_being_convinced_is_a_hedge():
    body = "Fans are convinced Felix Crane is alive after season 2, though Netflix hasn't said so."
    assert [f.certainty for f in facts_of(body, "fate")] == ["speculative"]


@pytest.mark.parametrize(
    ("sentence", "work", "creator"),
    [
        ("The series is based on Ada Quill's Harbor novels.", "Harbor", "Ada Quill"),
        ("It is based on the webtoon Night Shift by the writer known as Moonjar.", "Night Shift",
         "Moonjar"),
    ],
)
def test_works_in_the_plural_and_pen_names(sentence, work, creator):
    assert [(f.work, f.creator) for f in facts_of(sentence, "based_on")] == [(work, creator)]


def test_a_place_made_an_adjective_is_no_name():
    body = "The series was created by Lagos-born writer Amaka Obi."
    assert [f.person for f in facts_of(body, "creator")] == ["Amaka Obi"]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("We would expect it in early 2026.", "2026"),
        ("Netflix is rumoured to be eyeing a 2026 release.", "2026"),
        ("A 2026 release looks just as likely.", "2026"),
    ],
)
def test_guessed_releases_in_other_words(sentence, date):
    assert [(f.date, f.certainty) for f in facts_of(sentence, "expected_release")] == [
        (date, "speculative")
    ]


def test_a_past_release_named_with_its_year_is_no_expected_one():
    assert facts_of("The 2021 release of season 1 was a hit.", "expected_release") == []


@pytest.mark.parametrize(
    ("sentence", "genre"),
    [
        ("The hospital drama returns for a fourth season.", "hospital drama"),
        ("It is one of the best crime series on Netflix.", "crime"),
    ],
)
def test_more_genres_said_in_passing(sentence, genre):
    assert [f.genre for f in facts_of(sentence, "genre")] == [genre]


def test_a_year_that_names_a_thing_dates_no_fact():
    body = "The surprise hit export of 2023 is coming back for a second season."
    assert facts_of(body, "expected_release") == []
    body = "In the summer of 2023, Netflix renewed Harbor Lights for season 3."
    assert [f.date for f in facts_of(body, "renewed")] == ["2023"]


# -- wordings from the eighth blind set's failure description, in our own sentences -----------


@pytest.mark.parametrize("status", ["RENEWED", "RENEWED:", "THE RENEWALS", "Renewed shows"])
def test_a_roundups_status_headings_and_title_platform_headings(status):
    text = (
        "TV Renewals And Cancellations: Every Show Renewed Or Cancelled This Spring\n\n"
        "It has been a busy spring for television.\n\n"
        f"{status}\n\n"
        "Harbor Lights (Netflix) — Renewed for Season 3\n\n"
        "Netflix renewed the show for a third season on March 3, 2025.\n\n"
        "Salt Wardens (HBO) — RENEWED\n\n"
        "HBO picked up a second season on April 2, 2025.\n"
    )
    ex = extract(article_from_text("t.txt", text))
    got = {(f.show, f.season, f.date) for f in ex.facts if f.rel == "renewed"}
    assert got == {("Harbor Lights", 3, "2025-03-03"), ("Salt Wardens", 2, "2025-04-02")}


@pytest.mark.parametrize(
    ("sentence", "fates"),
    [
        ("In season 2, Mara Vance survives, along with Tom Hale and Cy Dune.",
         [("Mara Vance", "survives"), ("Tom Hale", "survives"), ("Cy Dune", "survives")]),
        ("In season 2, Felix Crane survives, as does Mara Vance.",
         [("Felix Crane", "survives"), ("Mara Vance", "survives")]),
        ("Mara Vance walked away from the crash unhurt in season 2.", [("Mara Vance", "survives")]),
        ("In season 2, Felix Crane plunges to his death.", [("Felix Crane", "dies")]),
        ("In season 2, Felix Crane is cut down by the soldiers.", [("Felix Crane", "dies")]),
        ("Felix Crane has been missing since the season 2 finale.", [("Felix Crane", "missing")]),
    ],
)
def test_more_fates_and_survivors_named_after_one(sentence, fates):
    assert [(f.character, f.fate) for f in facts_of(sentence, "fate")] == fates


def test_a_role_played_by_someone_else_in_the_next_clause():
    body = "Ada Quill plays Mara Vance, and Felix Crane is played by Tom Hale."
    assert sorted((f.actor, f.character) for f in facts_of(body, "plays")) == [
        ("Ada Quill", "Mara Vance"),
        ("Tom Hale", "Felix Crane"),
    ]


@pytest.mark.parametrize(
    ("body", "rel", "values"),
    [
        ("Its creators, Ada Quill and Bo Arden, return as showrunners.", "creator",
         ["Ada Quill", "Bo Arden"]),
        ("Co-creator Ada Quill says season 3 will be darker.", "creator", ["Ada Quill"]),
        ("Ada Quill wrote six of the nine episodes.", "writer", ["Ada Quill"]),
        ("Lantern Pictures produces the series for Netflix.", "producer", ["Lantern Pictures"]),
        ("It is made by Lantern Pictures for Channel 4.", "producer", ["Lantern Pictures"]),
        ("The drama is made by Welsh indie Afon Films.", "producer", ["Afon Films"]),
        ("The season is made by Netflix.", "producer", []),
        ("Tom Hale also has a part in season 3.", "cast", ["Tom Hale"]),
        ("Cy Dune has joined in a recurring role.", "cast", ["Cy Dune"]),
    ],
)
def test_credits_and_cast_of_the_eighth_sets_kinds(body, rel, values):
    field = {"producer": "company", "cast": "actor"}.get(rel, "person")
    assert [getattr(f, field) for f in facts_of(body, rel)] == values


@pytest.mark.parametrize(
    ("sentence", "rel", "expected"),
    [
        ("Our best guess is 2026.", "expected_release", [("2026", "speculative")]),
        ("Netflix is rumoured to be eyeing early 2026.", "expected_release",
         [("2026", "speculative")]),
        ("Filming began on May 5, 2025 and is expected to last five months.", "filming",
         [("2025-05-05", "confirmed")]),
        ("In March 2025, Netflix has ordered eight episodes of season 3.", "renewed", []),
    ],
)
def test_guesses_a_hedge_that_is_another_predicates_and_episode_orders(sentence, rel, expected):
    assert [(f.date, f.certainty) for f in facts_of(sentence, rel)] == expected


@pytest.mark.parametrize(
    ("sentence", "genre"),
    [
        ("The Korean survival-horror series returns in 2026.", "survival-horror"),
        ("Harbor Lights, a dark comedy about two sisters, returns in 2026.", "dark comedy"),
        ("In the zombie apocalypse series Harbor Lights, the survivors fight on.",
         "zombie apocalypse"),
        ("Harbor Lights, the hit comedy-drama from Dublin, is back.", "comedy-drama"),
    ],
)
def test_genres_with_compounds_and_appositions_that_go_on(sentence, genre):
    assert [f.genre for f in facts_of(sentence, "genre")] == [genre]


def test_a_roundup_with_status_and_title_headings():
    text = (
        "Streaming Scorecard: What Got Renewed And Cancelled This Month\n\n"
        "The streamers made some big calls this month.\n\n"
        "RENEWED | Harbor Lights\n\n"
        "Netflix has ordered a second season of Harbor Lights. The news came on March 3, 2025.\n\n"
        "Cancelled: Salt Wardens\n\n"
        "HBO has cancelled the show after one season, a spokesperson confirmed on April 2, 2025.\n"
    )
    ex = extract(article_from_text("t.txt", text))
    got = {(f.rel, f.show, f.season, f.date) for f in ex.facts if f.rel in ("renewed", "cancelled")}
    assert got == {
        ("renewed", "Harbor Lights", 2, "2025-03-03"),
        ("cancelled", "Salt Wardens", None, "2025-04-02"),
    }


# -- wordings from the ninth blind set's failure description, in our own sentences ------------


@pytest.mark.parametrize(
    ("sentence", "fates"),
    [
        ("In season 2, Felix Crane is dragged into the forest and torn apart.",
         [("Felix Crane", "dies")]),
        ("In season 2, Felix Crane is captured and executed.", [("Felix Crane", "dies")]),
        ("In season 2, Felix Crane is never found.", [("Felix Crane", "missing")]),
        ("In season 2, Mara Vance is not dead.", [("Mara Vance", "survives")]),
        ("In season 2, Mara Vance ends up becoming a ghoul.", [("Mara Vance", "infected")]),
    ],
)
def test_fates_of_the_ninth_sets_kinds(sentence, fates):
    assert [(f.character, f.fate) for f in facts_of(sentence, "fate")] == fates


@pytest.mark.parametrize(
    ("body", "rel", "values"),
    [
        ("Ada Quill, who co-writes with Bo Arden, returns.", "writer", ["Ada Quill", "Bo Arden"]),
        ("Screenwriter Ada Quill adapted the novel.", "writer", ["Ada Quill"]),
        ("Ada Quill, who wrote the pilot, returns.", "writer", ["Ada Quill"]),
        ("Ada Quill directs.", "director", ["Ada Quill"]),
        ("Directors Ada Quill and Bo Arden each took three episodes.", "director",
         ["Ada Quill", "Bo Arden"]),
        ("It is produced by Lantern Pictures with Harbor Films.", "producer",
         ["Lantern Pictures", "Harbor Films"]),
        ("The eight-episode historical horror series returns in 2026.", "genre",
         ["historical horror"]),
    ],
)
def test_credits_and_genres_of_the_ninth_sets_kinds(body, rel, values):
    field = {"producer": "company", "genre": "genre"}.get(rel, "person")
    assert [getattr(f, field) for f in facts_of(body, rel)] == values


@pytest.mark.parametrize(
    ("body", "pairs"),
    [
        ("Felix Crane, played in season 1 by Bo Arden, has been recast.",
         [("Bo Arden", "Felix Crane")]),
        ("Ada Quill plays an Auckland detective named Mara Vance.", [("Ada Quill", "Mara Vance")]),
        ("Felix Crane's actor, Tom Hale, said the season is darker.",
         [("Tom Hale", "Felix Crane")]),
    ],
)
def test_roles_of_the_ninth_sets_kinds(body, pairs):
    assert [(f.actor, f.character) for f in facts_of(body, "plays")] == pairs


def test_counts_of_parts_and_shares_of_episodes():
    assert [(f.season, f.count) for f in facts_of("The six-part first season premiered in 2024.",
                                                  "episodes")] == [(1, 6)]
    body = "Directors Ada Quill and Bo Arden each took three episodes of season 2."
    assert facts_of(body, "episodes") == []


def test_an_ending_explained_with_a_heading_per_character():
    text = (
        "Harbor Lights Season 2 Ending Explained: Who Lives And Who Dies\n\n"
        "Spoilers ahead for the whole of Harbor Lights season 2.\n\n"
        "Mara Vance\n\n"
        "Mara, played by Ada Quill, survives the storm.\n\n"
        "Felix\n\n"
        "Felix's fate is sealed early. Felix Crane (Tom Hale) dies saving Mara.\n\n"
        "What's next?\n\n"
        "Netflix made it official on March 3, 2025: Harbor Lights will return for a third "
        "season. In the finale, Mara is pulled from the flames alive.\n"
    )
    ex = extract(article_from_text("t.txt", text))
    got = {(f.rel, f.show, f.character or f.date, f.fate) for f in ex.facts if f.rel != "plays"}
    assert got == {
        ("fate", "Harbor Lights", "Mara Vance", "survives"),  # the heading gives the full name
        ("fate", "Harbor Lights", "Felix Crane", "dies"),  # "Felix" is no show
        ("renewed", "Harbor Lights", "2025-03-03", None),  # not an expected release
    }


# -- wordings from the tenth blind set's failure description, in our own sentences ------------


@pytest.mark.parametrize(
    ("body", "rel", "expected"),
    [
        ("Tom Hale is cast as the ambitious MP, Ravi Mehra, better known as Rocky.", "plays",
         [("Tom Hale", "Ravi Mehra")]),
        ("Tom Hale, playing the ambitious MP, Ravi Mehra, is back.", "plays",
         [("Tom Hale", "Ravi Mehra")]),
        ("Bruised but alive, Mara Vance makes it to the boat in season 2.", "fate",
         [("Mara Vance", "survives")]),
        ("Directed by Ada Quill and written by Bo Arden, Harbor Lights follows a family.",
         "director", [("Ada Quill",)]),
        ("Tom Hale starred as himself in season 2.", "cast", [("Tom Hale",)]),
        ("Netflix has pencilled in a premiere for March 2026.", "expected_release", [("2026-03",)]),
    ],
)
def test_wordings_of_the_tenth_sets_kinds(body, rel, expected):
    fields = {"plays": ("actor", "character"), "fate": ("character", "fate"),
              "director": ("person",), "cast": ("actor",), "expected_release": ("date",)}[rel]
    assert [tuple(getattr(f, k) for k in fields) for f in facts_of(body, rel)] == expected


def test_a_roundup_heading_with_any_network_in_brackets():
    text = (
        "Roundup: Every Renewal This Week\n\n"
        "Two more shows are coming back.\n\n"
        "Harbor Lights (Canal+) – season 3\n\n"
        "The streamer renewed the show on March 3, 2025.\n\n"
        "Salt Wardens (Shahid) – season 2\n\n"
        "The platform renewed the drama on April 2, 2025.\n"
    )
    ex = extract(article_from_text("t.txt", text))
    got = {(f.show, f.season, f.date) for f in ex.facts if f.rel == "renewed"}
    assert got == {("Harbor Lights", 3, "2025-03-03"), ("Salt Wardens", 2, "2025-04-02")}


# -- layouts from the eleventh blind set's failure description, in our own sentences ----------


@pytest.mark.parametrize(
    ("title", "show"),
    [
        ("7 Things We Know About Harbor Lights Season 2", "Harbor Lights"),
        ("Previously On Harbor Lights: How Season 1 Ended And What To Expect", "Harbor Lights"),
        ("Everything We Know About Harbor Lights Season 2", "Harbor Lights"),
        ("Where Are They Now? The Cast Of Harbor Lights", "Harbor Lights"),
    ],
)
def test_words_a_headline_puts_before_the_title(title, show):
    from showgraph.extract.shows import main_show

    body = "Harbor Lights is back. Harbor Lights season 2 is coming. Mara. Mara."
    assert main_show(title, body) == show


def test_a_listicle_item_that_names_a_place_is_no_show():
    text = (
        "7 Things We Know About Harbor Lights Season 2\n\n"
        "Here is what we know.\n\n"
        "1. It is coming back\n\n"
        "Netflix renewed Harbor Lights for a second season on March 3, 2025.\n\n"
        "2. The crew is leaving Lisbon\n\n"
        "Lisbon was home to season 1, but filming began in Porto in May 2025. Lisbon fans are sad.\n"
    )
    ex = extract(article_from_text("t.txt", text))
    assert {f.show for f in ex.facts} == {"Harbor Lights"}
    assert {(f.rel, f.season) for f in ex.facts if f.rel in ("renewed", "filming")} == {
        ("renewed", 2), ("filming", 2)
    }


@pytest.mark.parametrize(
    ("body", "rel", "values"),
    [
        ("Season 2 was filmed between March and June 2025.", "filming", ["2025-03"]),
        ("Season 2 was shot on sets in Oslo.", "filming_location", ["Oslo"]),
        ("Tom Hale has signed on for season 2, his role kept secret.", "cast", ["Tom Hale"]),
        ("Netflix confirmed appearances from Ada Quill and Bo Arden.", "cast",
         ["Ada Quill", "Bo Arden"]),
        ("Ada Quill shares writing duties with Bo Arden.", "writer", ["Ada Quill", "Bo Arden"]),
    ],
)
def test_wordings_of_the_eleventh_sets_kinds(body, rel, values):
    field = {"filming": "date", "filming_location": "place", "cast": "actor"}.get(rel, "person")
    assert [getattr(f, field) for f in facts_of(body, rel)] == values


CASTING_NEWS = (
    "Mara Voss And Ji-ho Park Confirmed To Lead New Fantasy Drama\n\n"
    "by staff  |  Feb 12, 2025\n\n"
    'Mara Voss and Ji-ho Park have been cast as the leads of the upcoming ENA drama "The Salt '
    'Lantern."\n\n'
    '"The Salt Lantern" follows a ghost who grants wishes. Mara Voss takes on the role of Sol-bi. '
    "The 12-episode series is tentatively scheduled to air in the second half of 2025.\n\n"
    'Ji-ho Park recently starred in the MBC drama "Winter Letters" as the detective Seo Jae-kyung. '
    'The broadcaster said "Winter Letters" will return for a second season.\n\n'
    "Ji-ho Park debuted in 2016.\n\n"
    'While you wait, watch Ji-ho Park in "Winter Letters" below:\n'
)


def test_a_headline_that_names_no_show_leaves_the_body_to_name_it():
    ex = extract(article_from_text("t.txt", CASTING_NEWS))
    got = {(f.rel, f.show, f.actor or f.date or f.count, f.character, f.certainty) for f in ex.facts}
    assert ("plays", "The Salt Lantern", "Mara Voss", "Sol-bi", "confirmed") in got
    # a count written as a modifier is stated; "tentatively" hedges the air date only
    assert ("episodes", "The Salt Lantern", 12, None, "confirmed") in got
    assert ("expected_release", "The Salt Lantern", "2025", None, "speculative") in got
    # a role in another show, named between the actor and "as"
    assert ("plays", "Winter Letters", "Ji-ho Park", "Seo Jae-kyung", "confirmed") in got
    # an actor's debut is no release; "watch A in X" names no show "A"
    assert not any(f.rel == "released" for f in ex.facts)
    assert {f.show for f in ex.facts} == {"The Salt Lantern", "Winter Letters"}
    # a new show with no other season named: its first season
    assert {f.season for f in ex.facts if f.show == "The Salt Lantern" and f.season} == {1}


@pytest.mark.parametrize(
    ("body", "rel", "values"),
    [
        ("The series will be directed by PD Kwon Ha-neul.", "director", ["Kwon Ha-neul"]),
        # a line that ends in a closing quote is a sentence, not a heading
        ('The series will be directed by Kwon Ha-neul, who directed "Paper Moons."', "director",
         ["Kwon Ha-neul"]),
        ("The script comes from writer Ahn Ye-rin.", "writer", ["Ahn Ye-rin"]),
        ("Studio Bellwether is producing.", "producer", ["Studio Bellwether"]),
        ("The series is produced by Studio Bellwether.", "producer", ["Studio Bellwether"]),
    ],
)
def test_credits_of_casting_news(body, rel, values):
    field = "company" if rel == "producer" else "person"
    assert [getattr(f, field) for f in facts_of(body, rel)] == values


def test_a_quoted_title_a_credit_names_is_a_show():
    facts = facts_of('Kwon Ha-neul, who created "Paper Moons," is back.', "creator")
    assert [(f.show, f.person) for f in facts] == [("Paper Moons", "Kwon Ha-neul")]


def test_a_casting_in_talks_is_speculative():
    facts = facts_of("Mara Voss is reportedly in talks to join the cast as Kang Min-ji.", "plays")
    assert [(f.actor, f.character, f.certainty) for f in facts] == [
        ("Mara Voss", "Kang Min-ji", "speculative")
    ]


@pytest.mark.parametrize(
    "title",
    [
        "NBC Renews HARBOR LIGHTS for Season Three, Adds Four to Cast",
        "Every Character Who Died in Harbor Lights Season 2, Ranked",
        "Who Will Survive Harbor Lights Season 3? Our Predictions",
        "Is Harbor Lights Based on a True Story?",
    ],
)
def test_headline_words_around_the_title_are_dropped(title):
    body = (
        "\n\nHarbor Lights is back. Netflix renewed Harbor Lights for a third season on March 3, "
        "2025. Harbor Lights.\n"
    )
    ex = extract(article_from_text("t.txt", title + body))
    assert {f.show for f in ex.facts} == {"Harbor Lights"}


CALENDAR = (
    "New on Streaming in April 2026: The Dramas Worth Your Time\n\n"
    "By Staff Writer | March 28, 2026\n\n"
    "April is packed. Here is what is coming and where to watch it.\n\n"
    "April 3\n\n"
    "Paper Moons (Jongi Dal), Season 2 | Netflix\n\n"
    "The romance comes back to Netflix on April 3, with all 12 episodes at once. "
    "Kim Ha-neul plays Yoon Seo-ra.\n\n"
    "April 17\n\n"
    "Winter Letters (Gyeoul Pyeonji), Season 1 | Viki\n\n"
    "This 16-episode thriller from director Park Min-jae is adapted from Lee Soo-ah's web novel "
    "Cold Post. Jung Woo-jin plays Han Gyeol.\n"
)


def test_a_calendar_whose_headings_name_each_show_once():
    ex = extract(article_from_text("t.txt", CALENDAR))
    got = {(f.rel, f.show, f.season, f.count or f.person or f.actor) for f in ex.facts}
    assert ("episodes", "Paper Moons", 2, 12) in got
    assert ("plays", "Paper Moons", None, "Kim Ha-neul") in got
    assert ("episodes", "Winter Letters", 1, 16) in got
    assert ("director", "Winter Letters", None, "Park Min-jae") in got
    assert ("plays", "Winter Letters", None, "Jung Woo-jin") in got


def test_a_return_in_the_past_is_a_release_of_the_sections_season():
    facts = facts_of("The show came back to Netflix on April 3, 2025.", "released")
    assert [(f.season, f.date, f.platform) for f in facts] == [(2, "2025-04-03", "Netflix")]


LIVE_BLOG = (
    "LIVE: Every Announcement From The Streamfest 2026 Showcase\n\n"
    "By Staff Writer | October 14, 2026\n\n"
    "We are live from the showcase in Lagos. Refresh for updates.\n\n"
    "10:11am: Harbor Nine is coming back! The thriller was renewed for a third season on "
    "October 14, 2026, by creator Kofi Mensah.\n\n"
    "10:31am: New series! Salt Road is a family drama based on Ama Owusu's novel The Long Salt. "
    "Efua Boateng plays the matriarch, Adjoa Asante.\n\n"
    "10:42am: Pepper Soup, a six-episode sitcom written by Tunde Bello, premieres on Netflix on "
    "December 5.\n\n"
    "10:58am: That's a wrap. Thanks for following along.\n"
)


def test_each_entry_of_a_live_blog_is_about_the_show_it_opens_with():
    ex = extract(article_from_text("t.txt", LIVE_BLOG))
    got = {(f.rel, f.show, f.season, f.date or f.actor or f.person or f.work) for f in ex.facts}
    assert ("renewed", "Harbor Nine", 3, "2026-10-14") in got
    assert ("based_on", "Salt Road", None, "The Long Salt") in got
    assert ("plays", "Salt Road", None, "Efua Boateng") in got
    assert ("expected_release", "Pepper Soup", 1, "2026-12-05") in got
    assert ("writer", "Pepper Soup", None, "Tunde Bello") in got


CAST_TABLE = (
    "Harbor Lights Cast Guide: Who's Who In The Family Drama\n\n"
    "Here is everyone in Harbor Lights, the Netflix drama about a fishing family in Cebu.\n\n"
    "CHARACTER | ACTOR | Seasons\n\n"
    "Lola Nena Reyes | Carmen Dizon | 1–3\n"
    "The matriarch, who runs the fish market and, lately, the whole town.\n\n"
    "Mika Reyes | Anna Cruz (season 1), Bea Lim (seasons 2–3) | 1–3\n"
    "The youngest, recast after the first season.\n\n"
    "Father Tomas Vidal | Rico Bautista | 2–3\n"
)


def test_a_table_with_more_columns_and_notes_between_its_rows():
    facts = facts_of(CAST_TABLE, "plays", title="")
    assert {(f.actor, f.character) for f in facts} == {
        ("Carmen Dizon", "Lola Nena Reyes"),
        ("Anna Cruz", "Mika Reyes"),
        ("Bea Lim", "Mika Reyes"),
        ("Rico Bautista", "Tomas Vidal"),
    }


DEATH_LIST = (
    "Every Character Who Died in Harbor Lights Season 2, Ranked\n\n"
    "Harbor Lights season 2 was brutal. Here is every death, ranked.\n\n"
    "1. Tomas Vidal (Rico Bautista)\n\n"
    "The smuggler was shot in a car park in episode 3. Nobody missed him.\n\n"
    "2. Elena Cruz (Bea Lim)\n\n"
    "She fell from the balcony of the family house.\n\n"
    "Tell us who you think survives in the comments.\n"
)


def test_a_list_of_the_dead_with_a_heading_per_character():
    ex = extract(article_from_text("t.txt", DEATH_LIST))
    got = {(f.rel, f.show, f.season, f.character, f.actor, f.fate) for f in ex.facts}
    assert got == {
        ("plays", "Harbor Lights", None, "Tomas Vidal", "Rico Bautista", None),
        ("plays", "Harbor Lights", None, "Elena Cruz", "Bea Lim", None),
        ("fate", "Harbor Lights", 2, "Tomas Vidal", None, "dies"),
        ("fate", "Harbor Lights", 2, "Elena Cruz", None, "dies"),
    }


def test_a_pronoun_under_a_characters_heading_means_that_character():
    text = (
        "Harbor Lights Season 2 Ending Explained\n\n"
        "Harbor Lights season 2 ended last week.\n\n"
        "Mara Vance\n\n"
        "The detective is killed in the finale.\n\n"
        "Tom Hale\n\n"
        "Nobody saw it coming. He survives the fire.\n\n"
        "Ada Quill\n\n"
        "She is still alive.\n"
    )
    ex = extract(article_from_text("t.txt", text))
    assert {(f.character, f.fate) for f in ex.facts if f.rel == "fate"} == {
        ("Mara Vance", "dies"), ("Tom Hale", "survives"), ("Ada Quill", "survives")
    }


@pytest.mark.parametrize(
    ("body", "rel", "values"),
    [
        ("Mara Vance will once again direct.", "director", ["Mara Vance"]),
        ("The show was created by Ana Ruiz, who also directs.", "director", ["Ana Ruiz"]),
        ("Ada Quill directs again.", "director", ["Ada Quill"]),
        ("Creator and director Ada Quill is back.", "director", ["Ada Quill"]),
        ("Ana Ruiz, who wrote the first season with Bo Arden, returns as lead writer.", "writer",
         ["Ana Ruiz", "Bo Arden"]),
        ("The series is written by a team led by Ada Quill.", "writer", ["Ada Quill"]),
        ("Ada Quill and Bo Arden write the new season with Cy Twombly.", "writer",
         ["Ada Quill", "Bo Arden", "Cy Twombly"]),
        ("Bellwether Films, who produce the show, are scouting locations.", "producer",
         ["Bellwether Films"]),
        ("The show is made by Cardiff-based Afon Pictures.", "producer", ["Afon Pictures"]),
        ("Also back: Mara Vance and Tom Hale.", "cast", ["Mara Vance", "Tom Hale"]),
        ("Also starring are Ada Quill and Bo Arden.", "cast", ["Ada Quill", "Bo Arden"]),
        # a name with a role in the same sentence is no role-less actor
        ("Also back: Keisha Obi (Dot) and Leo Chen as the crime boss Sable.", "cast", []),
        ("The season 2 finale closed with the death of harbourmaster Felix Crane.", "fate",
         ["Felix Crane"]),
        ("Detectives investigate the killing of local publican Mara Vance.", "fate", ["Mara Vance"]),
        # a thing that "died" is no character's death
        ("Mara Vance led the cast, but it never cracked the top 10 and the buzz died within a week.",
         "fate", []),
    ],
)
def test_wordings_of_the_twelfth_to_fourteenth_sets_kinds(body, rel, values):
    field = {"producer": "company", "cast": "actor", "fate": "character"}.get(rel, "person")
    assert [getattr(f, field) for f in facts_of(body, rel)] == values


@pytest.mark.parametrize(
    ("body", "genres"),
    [
        ("Prime Video cancelled the border crime drama on April 28, 2026.", ["crime drama"]),
        ("Netflix renewed the show, picking up Ana Ruiz's gothic thriller for a third season.",
         ["gothic thriller"]),
        ("Ana Ruiz's comedy, set on one street, premiered in 2024.", ["comedy"]),
        ("The Accra-set thriller has been renewed for a third season.", ["thriller"]),
        ("Harbor Lights is a family drama based on a novel.", ["family drama"]),
        # a sentence after one that names another show is about that one
        ("Less fortunate is Quiet Hours. NBC has cancelled the freshman psychological drama.", []),
    ],
)
def test_genres_of_a_show_the_sentence_calls_by_its_kind(body, genres):
    assert [f.genre for f in facts_of(body, "genre")] == genres


CHART = (
    "Netflix Top 10 This Week: A Brazilian Thriller Takes The Crown\n\n"
    "By Staff Writer | June 2, 2026\n\n"
    "Here are the shows everyone watched this week.\n\n"
    "1. Lagoa Escura: Season 2 (8.4 million views)\n\n"
    "All eight episodes of the new season landed on May 29, 2026. Carla Nunes is back as the "
    "detective Rita Sampaio.\n\n"
    "2. Dona Flor e a Casa: Limited Series (5.1 million views)\n\n"
    "The comedy premiered on May 22, 2026, with ten episodes.\n\n"
    '"Grandmother is not finished"\n\n'
    "Episode 2: Kołysanka (Lullaby)\n\n"
    "The telenovela's finale drew a record audience.\n"
)


def test_a_chart_whose_entries_name_their_show_and_season():
    ex = extract(article_from_text("t.txt", CHART))
    got = {(f.rel, f.show, f.season, f.count or f.date or f.actor) for f in ex.facts}
    assert ("released", "Lagoa Escura", 2, "2026-05-29") in got
    assert ("episodes", "Lagoa Escura", 2, 8) in got  # "the new season": the entry's
    assert ("plays", "Lagoa Escura", None, "Carla Nunes") in got
    # lower-case words of another language's title; "Limited Series" is no part of it
    assert ("episodes", "Dona Flor e a Casa", 1, 10) in got
    # a quotation is no show, an episode's translated title no role
    assert {f.show for f in ex.facts} == {"Lagoa Escura", "Dona Flor e a Casa"}
    assert not any(f.actor == "Lullaby" for f in ex.facts)


@pytest.mark.parametrize(
    ("body", "rel", "values"),
    [
        ("Raúl del Olmo returns as Guardia Civil sergeant Tomás Ruiz.", "plays", ["Tomás Ruiz"]),
        ("Ada Quill plays the hospital's ambitious new director, Mara Vance.", "plays",
         ["Mara Vance"]),
        ("Series four brought in Tom Hale as Inspector Felix Crane.", "plays", ["Felix Crane"]),
        ("Niamh de Búrca joins the cast as a retired High Court judge.", "plays", []),
        ("Niamh de Búrca joins the cast as a retired High Court judge.", "cast", ["Niamh de Búrca"]),
        ("Tom Hale and Ada Quill are also coming aboard.", "cast", ["Tom Hale", "Ada Quill"]),
        ("Newcomers for season 3 include Tom Hale and Ada Quill.", "cast", ["Tom Hale", "Ada Quill"]),
        ("Tom Hale and Ada Quill also turn up in small but sharp parts.", "cast",
         ["Tom Hale", "Ada Quill"]),
        ("Newcomer Bo Arden also joins in an undisclosed role.", "cast", ["Bo Arden"]),
        ("Netflix added the first two seasons on March 3, 2024.", "released", [1, 2]),
        ("CBC Gem added seasons 1 and 2 on March 3, 2024.", "released", [1, 2]),
        ("Season 2 followed on Netflix on May 1, 2024, and season 3 on June 5, 2025.", "released",
         [2, 3]),
        ("Mara Vance does not survive the season 2 finale.", "fate", ["Mara Vance"]),
        ("The show is sitting at 8.1 on IMDb.", "rating", [8.1]),
        ("It holds an 8.4 rating on IMDb.", "rating", [8.4]),
        ("It is produced by Productions Sainte-Marthe.", "producer", ["Productions Sainte-Marthe"]),
    ],
)
def test_wordings_of_the_fifteenth_and_sixteenth_sets_kinds(body, rel, values):
    field = {"plays": "character", "cast": "actor", "released": "season", "fate": "character",
             "rating": "value", "producer": "company"}[rel]
    assert [getattr(f, field) for f in facts_of(body, rel)] == values


def test_a_roundup_heading_in_capitals_names_its_show_even_if_the_text_does_not():
    text = (
        "Fall TV Scorecard: Every Renewal And Cancellation\n\n"
        "Here is where things stand.\n\n"
        "TIDEWATER (HBO)\n\n"
        "Status: Renewed\n\n"
        "HBO renewed its gothic mystery for a second season on March 3, 2024.\n\n"
        "LUCKY NUMBER (ABC)\n\n"
        "ABC cancelled the sitcom on May 10, 2024.\n"
    )
    ex = extract(article_from_text("t.txt", text))
    assert {(f.rel, f.show) for f in ex.facts if f.rel in ("renewed", "cancelled")} == {
        ("renewed", "Tidewater"), ("cancelled", "Lucky Number")
    }


def test_the_one_show_a_rating_sentence_names_gets_the_rating():
    body = '"Paper Moons," the family drama that made her name, holds a 7.4 rating on IMDb.'
    assert [(f.show, f.value) for f in facts_of(body, "rating")] == [("Paper Moons", 7.4)]


@pytest.mark.parametrize(
    ("body", "fates"),
    [
        ("Felix never comes back up: his body is pulled from the flooded shaft.", [("Felix", "dies")]),
        ("Mara Vance is found in the lowest tunnel, long dead.", [("Mara Vance", "dies")]),
        ("Ada Quill is gone, and the episode ends without a trace of her.", [("Ada Quill", "missing")]),
        ("Now that her father is gone, Ada Quill runs the farm.", []),
        ("Felix Crane, played by newcomer Tom Hale, survives the raid.", [("Felix Crane", "survives")]),
        ("Season 2 opened with the body of fisherman Felix Crane being found on the beach.",
         [("Felix Crane", "dies")]),
        ("Ada Quill was not so lucky and drowned in the harbour.", [("Ada Quill", "dies")]),
        ("Mara Vance catches the plague while nursing the sick.", [("Mara Vance", "infected")]),
        ("Mara Vance goes over the edge; her body washes ashore the next morning.",
         [("Mara Vance", "dies")]),
        ("Felix Crane takes a bullet but is patched up in hospital.", [("Felix Crane", "survives")]),
    ],
)
def test_fates_told_without_a_fate_word(body, fates):
    assert [(f.character, f.fate) for f in facts_of(body, "fate")] == fates


@pytest.mark.parametrize(
    ("body", "show", "genre"),
    [
        ("She spent six years on the Stan crime drama Red Dirt Road.", "Red Dirt Road", "crime drama"),
        ("She is shooting the Nigerian legal thriller Mizani.", "Mizani", "legal thriller"),
        ("Netflix's Polish folk horror series Iron Valley (Żelazna Dolina) returns.", "Iron Valley",
         "folk horror"),
        ("Paper Moons (Jongi Dal), the fantasy drama that became a hit, returns.", "Paper Moons",
         "fantasy drama"),
    ],
)
def test_genres_before_or_after_another_shows_title(body, show, genre):
    assert [(f.show, f.genre) for f in facts_of(body, "genre")] == [(show, genre)]


def test_a_nationality_or_a_network_after_the_is_no_name_and_a_place_no_actor():
    body = (
        "She is heading to Lagos to shoot the Nigerian legal thriller Mizani, in which she will "
        "play a judge named Adaeze Okafor."
    )
    assert not any(f.actor in ("Lagos", "the Nigerian") for f in facts_of(body, "plays"))
    assert "the Stan" not in [n.text for n in find_names("on the Stan crime drama Red Dirt Road")]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        ("It was shot on the grey shores of Lake Eğirdir.", ["Lake Eğirdir"]),
        ("It was filmed in Connemara, mostly around Clifden and Roundstone.",
         ["Connemara", "Clifden", "Roundstone"]),
        ("The first series was shot in and around Clifden and on Inis Mór.", ["Clifden", "Inis Mór"]),
        ("The series is being shot in the salt farms of Samut Sakhon.", ["Samut Sakhon"]),
        ("The exteriors were shot in and around Dömitz and on the river near Hitzacker.",
         ["Dömitz", "Hitzacker"]),
        ("It is shot almost entirely on the Isle of Harris.", ["Isle of Harris"]),
        ("Cameras rolled on season 3 in February 2025 in Quezon City and Tagaytay.",
         ["Quezon City", "Tagaytay"]),
        ("It was filmed once again in and around the Silesian city of Bytom.", ["Bytom"]),
        ("Production on the eight new one-hour episodes begins in May 2025 in Lunenburg.",
         ["Lunenburg"]),
    ],
)
def test_filming_places_after_descriptions_and_in_lists(body, places):
    assert [f.place for f in facts_of(body, "filming_location")] == places


LISTICLE_WITH_DAYS = (
    "The Best New Shows of March 2026\n\n"
    "Streamwise | TV Explainers\n\n"
    "By Staff Writer | February 27, 2026\n\n"
    "These are the new series we are most excited about this month.\n\n"
    "1. The Night Wheel (Netflix, March 5)\n\n"
    "Tom Hale stars as Koji Otani, a shy ride operator.\n\n"
    "2. Broken Clock (Disney+, March 12)\n\n"
    "Ada Quill stars as Yusuf Erdem. Cameras rolled in Kapadokya (Cappadocia) in 2025.\n"
)


def test_a_listicle_whose_entries_give_the_network_and_day_in_brackets():
    ex = extract(article_from_text("t.txt", LISTICLE_WITH_DAYS))
    got = {(f.rel, f.show, f.date or f.actor, f.platform) for f in ex.facts}
    assert ("expected_release", "The Night Wheel", "2026-03-05", "Netflix") in got
    assert ("expected_release", "Broken Clock", "2026-03-12", "Disney+") in got
    assert ("plays", "The Night Wheel", "Tom Hale", None) in got
    assert ("plays", "Broken Clock", "Ada Quill", None) in got
    # a masthead is no cast line, a place's other name in brackets no role
    assert {f.actor for f in ex.facts if f.rel == "plays"} == {"Tom Hale", "Ada Quill"}


@pytest.mark.parametrize(
    ("body", "rel", "expected"),
    [
        ("Netflix has confirmed the date: season 3 starts on 12.03.2026.", "expected_release",
         [(3, "2026-03-12")]),
        ("Harbor Lights returns with Staffel 3 in 2027.", "expected_release", [(3, "2027")]),
    ],
)
def test_european_dates_and_staffel(body, rel, expected):
    assert [(f.season, f.date) for f in facts_of(body, rel)] == expected


@pytest.mark.parametrize(
    ("body", "rel", "values"),
    [
        ("Created by: Ana Ruiz.", "creator", ["Ana Ruiz"]),
        ("Written by: Ana Ruiz with her longtime co-writer Bo Arden.", "writer",
         ["Ana Ruiz", "Bo Arden"]),
        ("Genre: Crime drama.", "genre", ["crime drama"]),
        ("Production company: Northmoor Films.", "producer", ["Northmoor Films"]),
        ("Filmed in: Cardiff and Swansea.", "filming_location", ["Cardiff", "Swansea"]),
        ("Starring: Tom Hale, Ada Quill and Mara Vance.", "cast", ["Tom Hale", "Ada Quill", "Mara Vance"]),
        ("Cast: Tom Hale (Felix Crane), Ada Quill (Mara Vance).", "cast", []),
    ],
)
def test_fact_box_lines(body, rel, values):
    field = {"genre": "genre", "producer": "company", "filming_location": "place", "cast": "actor"}
    assert [getattr(f, field.get(rel, "person")) for f in facts_of(body, rel)] == values


WEEKLY_LISTING = (
    "Coming And Going On Streaming This Week (6–12 April 2026)\n\n"
    "By Staff Writer | Published Sunday 5 April 2026\n\n"
    "Here is everything arriving and leaving this week.\n\n"
    "COMING THIS WEEK\n\n"
    "Frost Nights (Season 3) – Monday 6 April – Viaplay\n"
    "Mads Holm is back as chief inspector Karl Bøgh for eight new episodes.\n\n"
    "Border King (Season 1) – Tuesday 7 April – Yle Areena\n"
    "A Finnish thriller created by Aino Kärkkäinen.\n\n"
    "LEAVING THIS WEEK\n\n"
    "Old Harbour (Season 2) – Friday 10 April – Netflix\n"
)


def test_a_weekly_listing_line_per_show():
    ex = extract(article_from_text("t.txt", WEEKLY_LISTING))
    got = {(f.rel, f.show, f.season, f.date or f.person or f.actor, f.platform) for f in ex.facts}
    assert ("expected_release", "Frost Nights", 3, "2026-04-06", "Viaplay") in got
    assert ("expected_release", "Border King", 1, "2026-04-07", "Yle Areena") in got
    assert ("plays", "Frost Nights", None, "Mads Holm", None) in got
    assert ("creator", "Border King", None, "Aino Kärkkäinen", None) in got
    assert not any(f.show == "Old Harbour" for f in ex.facts)  # what leaves is no release


def test_a_guide_label_before_the_question_in_a_headline():
    from showgraph.extract.shows import main_show

    body = "Moonlit Ledger returns. Moonlit Ledger is great."
    assert main_show("Spoiler-Free Guide: Who Is Who In Moonlit Ledger Season 2", body) == (
        "Moonlit Ledger"
    )


@pytest.mark.parametrize(
    ("body", "rel", "values"),
    [
        ("Genre: family crime drama. Stop calling it a telenovela, please.", "genre",
         ["family crime drama"]),
        ("Filmed in: Puebla and Atlixco. The ash scenes were done on a soundstage.",
         "filming_location", ["Puebla", "Atlixco"]),
        ("Adapted from Birthe Lykkegaard's novel Øens døtre, with Freja Holm.", "based_on",
         [("Øens døtre", "Birthe Lykkegaard")]),
        ("Series four will then be shot mostly in Glasgow, where filming starts in 2027.", "filming",
         [("Harbor Lights", "2027")]),
    ],
)
def test_label_values_end_with_their_sentence_and_other_cases(body, rel, values):
    facts = facts_of(body, rel)
    got = {
        "genre": lambda f: f.genre,
        "filming_location": lambda f: f.place,
        "based_on": lambda f: (f.work, f.creator),
        "filming": lambda f: (f.show, f.date),
    }[rel]
    assert [got(f) for f in facts] == values


@pytest.mark.parametrize(
    ("body", "rel", "values"),
    [
        ("Ada Quill was found hanged in the boathouse.", "fate", [("Ada Quill", "dies")]),
        ("Felix Crane is found face down in the reeds.", "fate", [("Felix Crane", "dies")]),
        ("Tom Hale has given his life for the village.", "fate", [("Tom Hale", "dies")]),
        ("Tom Hale makes it through, bruised but defiant.", "fate", [("Tom Hale", "survives")]),
        ("Felix Crane's car is found abandoned.", "fate", [("Felix Crane", "missing")]),
        ("Mara Vance's whereabouts remain unknown.", "fate", [("Mara Vance", "missing")]),
        ("Intern Mara Vance survives the fire.", "fate", [("Mara Vance", "survives")]),
        ("The cast also includes veterans Tom Hale and Ada Quill.", "cast", ["Tom Hale", "Ada Quill"]),
        ("Tom Hale and Ada Quill have also been added to the cast.", "cast", ["Tom Hale", "Ada Quill"]),
        ("Netflix released two episodes a week.", "episodes", []),
    ],
)
def test_wordings_of_the_nineteenth_sets_kinds(body, rel, values):
    facts = facts_of(body, rel)
    got = (lambda f: (f.character, f.fate)) if rel == "fate" else (lambda f: f.actor)
    assert [got(f) for f in facts] == values


def test_a_status_word_before_a_roundup_title_is_no_part_of_it():
    text = (
        "Renewed Or Cancelled? Every Decision This Week\n\n"
        "Here is where things stand.\n\n"
        "RENEWED: Harbor Lights (ABC)\n\n"
        "ABC renewed the drama for a third season on April 2, 2025.\n\n"
        "CANCELED: Copper County (Paramount+)\n\n"
        "Paramount+ cancelled the show on April 3, 2025.\n"
    )
    ex = extract(article_from_text("t.txt", text))
    assert {(f.rel, f.show) for f in ex.facts if f.rel in ("renewed", "cancelled")} == {
        ("renewed", "Harbor Lights"), ("cancelled", "Copper County")
    }


SHOWS_LIKE = (
    "5 Shows Like Salt And Ash To Watch Next\n\n"
    "Here are five series from around the world that scratch the same itch.\n\n"
    "1. The Quiet Tide\n\n"
    "Platform: Netflix\nCreated by: Lucía Berrocal\nGenre: Mystery thriller\n\n"
    "A body washes up on a beach in Asturias.\n\n"
    "2. Greyfriars Lane\n\n"
    "This BBC psychological drama was created by Rhys Pemberton and stars Imogen Hale.\n\n"
    "3. Harbor of Crows\n\n"
    "Platform: Disney+ | Creator: Yoon Ha-seul | Genre: Noir thriller\n\n"
    "A customs inspector uncovers a smuggling ring.\n"
)


def test_a_numbered_list_of_titles_and_one_line_fact_boxes():
    ex = extract(article_from_text("t.txt", SHOWS_LIKE))
    got = {(f.rel, f.show, f.person or f.genre) for f in ex.facts if f.rel in ("creator", "genre")}
    assert got == {
        ("creator", "The Quiet Tide", "Lucía Berrocal"),
        ("genre", "The Quiet Tide", "mystery thriller"),
        ("creator", "Greyfriars Lane", "Rhys Pemberton"),
        ("genre", "Greyfriars Lane", "psychological drama"),
        ("creator", "Harbor of Crows", "Yoon Ha-seul"),
        ("genre", "Harbor of Crows", "noir thriller"),
    }


def test_a_headline_whose_verb_names_the_show():
    from showgraph.extract.shows import main_show

    body = "Harrow Point ended after three seasons. Harrow Point was good."
    assert main_show("CBC Cancels Harrow Point After Three Seasons As Cast Says Goodbye", body) == (
        "Harrow Point"
    )


def test_a_nationality_before_a_job_word_is_no_name():
    facts = facts_of("The series is directed by Danish filmmaker Mads Holm.", "director")
    assert [f.person for f in facts] == ["Mads Holm"]


@pytest.mark.parametrize(
    ("body", "rel", "values"),
    [
        ("Mara Vance heads back into the tunnel and doesn't return.", "fate", [("Mara Vance", "missing")]),
        ("Felix Crane rowed out onto the lake in the storm and never came back.", "fate",
         [("Felix Crane", "missing")]),
        ("The season ends with Ada Quill vanishing from the boat.", "fate", [("Ada Quill", "missing")]),
        ("Jonah Kerrigan, last seen at the stern, is nowhere to be found.", "fate",
         [("Jonah Kerrigan", "missing")]),
        ("Tom Hale does not return for season 3.", "fate", []),
        ("Season 3 should be ready some time in 2026.", "expected_release", [(3, "2026", "speculative")]),
        ("The most likely window for season 3 is spring 2026.", "expected_release",
         [(3, "2026", "speculative")]),
        ("Season 3 is rumoured to be heading for a summer 2026 debut.", "expected_release",
         [(3, "2026", "speculative")]),
        ("We would expect the new episodes on BBC One in autumn 2026.", "expected_release",
         [(3, "2026", "speculative")]),
    ],
)
def test_wordings_of_the_twenty_first_and_second_sets_kinds(body, rel, values):
    facts = facts_of(body, rel, title="Harbor Lights Season 3: Release Date, Cast And News\n\n")
    got = (lambda f: (f.character, f.fate)) if rel == "fate" else (lambda f: (f.season, f.date, f.certainty))
    assert [got(f) for f in facts] == values


@pytest.mark.parametrize(
    ("body", "rel", "values"),
    [
        ("On 12 February 2025, the broadcaster announced that it would not be ordering a fourth "
         "season.", "cancelled", [("2025-02-12", "confirmed")]),
        ("On 12 February 2025, the broadcaster announced that it would not be ordering a fourth "
         "season.", "renewed", []),
        ("Released internationally as Cold Harbour, the series built a loyal audience.", "plays", []),
        ("Netflix will want to repeat the Valentine's Day trick.", "plays", []),
        ("By the end, Mara Vance has the truth: her father was killed by Felix Crane.", "fate", []),
        ("Harbor Lights, the dark fantasy anime that won awards, returns.", "genre", ["dark fantasy"]),
    ],
)
def test_wordings_of_the_twenty_second_sets_kinds(body, rel, values):
    facts = facts_of(body, rel)
    got = {
        "cancelled": lambda f: (f.date, f.certainty),
        "renewed": lambda f: f.season,
        "plays": lambda f: f.actor,
        "fate": lambda f: f.character,
        "genre": lambda f: f.genre,
    }[rel]
    assert [got(f) for f in facts] == values


def test_is_getting_a_season_and_the_announcement_after_it():
    body = (
        "Harbor Lights is officially getting a third season. Netflix made the announcement on "
        "March 22, 2025, at its Tudum event."
    )
    assert [(f.season, f.date) for f in facts_of(body, "renewed")] == [(3, "2025-03-22")]


def test_a_year_in_a_relative_clause_dates_that_clause_not_the_renewal():
    body = "Harbor Lights, the series that became a hit last year, is getting a third season."
    dated = HEAD + "By Staff Writer | March 3, 2026\n\n"
    assert [f.date for f in facts_of(body, "renewed", title=dated)] == []


@pytest.mark.parametrize(
    ("body", "actors"),
    [
        ("Also joining the cast are Tom Hale and Ada Quill.", ["Tom Hale", "Ada Quill"]),
        ("Tom Hale and Ada Quill round out the ensemble.", ["Tom Hale", "Ada Quill"]),
        ("The new season adds Bo Arden, plus Tom Hale and Ada Quill in undisclosed roles.",
         ["Bo Arden", "Tom Hale", "Ada Quill"]),
        ("Tom Hale and Ada Quill have also joined the production.", ["Tom Hale", "Ada Quill"]),
        ("Tom Hale has a recurring part as a patron.", ["Tom Hale"]),
        # a credit before the actor is no actor
        ("Joining the cast is Scream Queens alum Odette Fair as Dr. Lena Voss.", []),
    ],
)
def test_cast_without_roles_of_the_twenty_third_and_fourth_sets(body, actors):
    assert [f.actor for f in facts_of(body, "cast")] == actors


def test_a_subordinating_word_is_no_show():
    facts = facts_of("Whereas season 1 was shot in Cardiff, season 2 moved to Swansea.", "filming_location")
    assert {f.show for f in facts} == {"Harbor Lights"}


def test_a_cast_list_of_character_colon_actor_lines():
    body = (
        "Here's the confirmed returning cast:\n\n"
        "Inés Calvo: Lucía Ordóñez Paredes\n"
        "Julián Beltrán: Hugo Arteaga\n"
        "Nerea Castaño: Alba Rubio Sanz\n\n"
        "Emmys: TV Academy Sets New Rules For Limited Series Category\n"
    )
    assert {(f.actor, f.character) for f in facts_of(body, "plays")} == {
        ("Lucía Ordóñez Paredes", "Inés Calvo"),
        ("Hugo Arteaga", "Julián Beltrán"),
        ("Alba Rubio Sanz", "Nerea Castaño"),
    }


def test_a_nationality_does_not_split_a_genre_phrase_and_a_word_opening_a_sentence_is_no_one():
    assert [f.genre for f in facts_of("Harbor Lights is an Israeli spy thriller about spies.", "genre")] == [
        "spy thriller"
    ]
    body = "Streaming comedies live and die on completion rates."
    assert facts_of(body, "fate") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It is loosely adapted from Salt Roads, the 2014 novel by ex-police officer Hana Vos.",
        "It is inspired by Salt Roads, a memoir by retired intelligence officer Hana Vos.",
        "Based on the memoir Salt Roads by radio host Hana Vos, the drama was a hit.",
    ],
)
def test_a_works_author_after_a_description_of_their_job(sentence):
    got = {(f.work, f.creator) for f in facts_of(sentence + "\n", "based_on")}
    assert got == {("Salt Roads", "Hana Vos")}


def test_each_release_verb_keeps_its_own_platform():
    body = "Season 1 aired on Kan 11 from 12 June 2022 and arrived on Apple TV+ on January 20, 2023.\n"
    got = {(f.date, f.platform) for f in facts_of(body, "released")}
    assert got == {("2022-06-12", None), ("2023-01-20", "Apple TV+")}


@pytest.mark.parametrize(
    "sentence, genre",
    [
        ("For the uninitiated, Harbor Lights is a workplace comedy set in Ohio.", "workplace comedy"),
        ("The first season, a fantasy romance about a pharmacist, ran for 16 episodes.", "fantasy romance"),
        ("The Stan original, a slow-burning neo-western drama set in a mining town, was a hit.", "neo-western drama"),
    ],
)
def test_genres_after_a_lead_in_and_in_apposition_to_the_show_itself(sentence, genre):
    assert {f.genre for f in facts_of(sentence + "\n", "genre")} == {genre}


def test_a_credit_after_a_new_it_clause_is_the_sentences_show():
    body = (
        "Harbor Lights was created by Ana Ruiz, who met her partner on the sitcom Second Shift, "
        "and it is produced by Lakeview Avenue Productions.\n"
    )
    got = {(f.show, f.company) for f in facts_of(body, "producer")}
    assert got == {("Harbor Lights", "Lakeview Avenue Productions")}


@pytest.mark.parametrize(
    "sentence, places",
    [
        ("Both seasons were filmed on the island of Rügen.", {"Rügen"}),
        ("The series was shot around Broken Hill and the ghost town of Silverton.", {"Broken Hill", "Silverton"}),
        ("The finale was shot around Christmas.", set()),
    ],
)
def test_filming_places_on_an_island_and_around_a_town(sentence, places):
    assert {f.place for f in facts_of(sentence + "\n", "filming_location")} == places


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("The new arrivals include stage actor Gérard Lemoine, whose role is being kept secret.", "Gérard Lemoine"),
        ("New faces include Hila Sabag, cast as a young recruiter.", "Hila Sabag"),
        ("Veteran actor Moshe Avraham also joins, although his role has not been revealed.", "Moshe Avraham"),
    ],
)
def test_cast_members_whose_role_is_not_told(sentence, actor):
    assert {f.actor for f in facts_of(sentence + "\n", "cast")} == {actor}


def test_a_writer_and_a_director_named_by_their_jobs():
    body = "Writer Lee So-ra and director Choi Jae-won are both returning.\n"
    assert {f.person for f in facts_of(body, "writer")} == {"Lee So-ra"}
    assert {f.person for f in facts_of(body, "director")} == {"Choi Jae-won"}


@pytest.mark.parametrize(
    "sentence",
    [
        "At the end of season 1, backpacker Sophie Lind still has not been found.",
        "Sophie Lind remains missing at the end of season 1.",
    ],
)
def test_missing_said_as_not_found(sentence):
    got = {(f.character, f.fate, f.season) for f in facts_of(sentence + "\n", "fate")}
    assert got == {("Sophie Lind", "missing", 1)}


def test_an_actor_before_whose_and_a_city_before_where_are_no_shows():
    body = (
        "Netflix announced the renewal at its showcase in Lagos, where the cast appeared.\n\n"
        "Ada Okafor, whose Chief Bola Ade dominated season 1, will only appear in flashbacks.\n"
    )
    titles = parse(article_from_text("t.txt", HEAD + body)).shows.titles
    assert "Lagos" not in titles and "Ada Okafor" not in titles


def test_names_with_tone_marks_and_filipino_particles_stay_whole():
    body = (
        "Adébáyọ̀ Ṣóbọ̀wálé plays Chief Ọlábísí Àjàyí.\n\n"
        "Maria delos Santos plays Lorna dela Cruz.\n\n"
        "The show was shot in Abẹ́òkúta.\n"
    )
    ex = extract(article_from_text("t.txt", HEAD + body))
    assert {(f.actor, f.character) for f in ex.facts if f.rel == "plays"} == {
        ("Adébáyọ̀ Ṣóbọ̀wálé", "Ọlábísí Àjàyí"),
        ("Maria delos Santos", "Lorna dela Cruz"),
    }
    assert {f.place for f in ex.facts if f.rel == "filming_location"} == {"Abẹ́òkúta"}


@pytest.mark.parametrize(
    "sentence, pair",
    [
        ("Bryony Falk, whose character Nell Dwyer disappeared in the finale, is back.", ("Bryony Falk", "Nell Dwyer")),
        ("New faces include Segun Ade, who brings Senator Gbenga Oduwole to life.", ("Segun Ade", "Gbenga Oduwole")),
        ("Nivedita Karat steps into the shoes of Home Minister Saraswathi Devi.", ("Nivedita Karat", "Saraswathi Devi")),
        ("Mara Lind takes on the role of Detective Ana Ruiz.", ("Mara Lind", "Ana Ruiz")),
    ],
)
def test_more_ways_to_say_who_plays_whom(sentence, pair):
    assert {(f.actor, f.character) for f in facts_of(sentence + "\n", "plays")} == {pair}


def test_the_fate_of_whose_character_is_the_roles():
    body = "Bryony Falk, whose character Nell Dwyer disappeared in the season 3 finale, is back.\n"
    assert {(f.character, f.fate) for f in facts_of(body, "fate")} == {("Nell Dwyer", "missing")}
    body = "Maja Ekholm, whose role I'm not allowed to describe, joins the cast.\n"
    assert facts_of(body, "plays") == []


NEWSLETTER = (
    "The Remote, Issue #12: 'Dry Wells' Strikes Oil, Peacock Pulls the Plug on 'Saltbox'\n\n"
    "Happy Friday. It was a loud week for TV.\n\n"
    "RENEWED. Dry Wells is going back to the well. HBO handed the oil drama a third season on "
    "Monday, June 2, 2025.\n\n"
    "PREMIERE DATE. Finally: Apple TV+ has set Friday, August 15, 2025 for the return of The "
    "Quiet Floor, its hospital thriller about a night shift.\n\n"
    "CANCELLED. Bad news for fans of Saltbox: Peacock cancelled the coastal mystery on Tuesday, "
    "June 3, 2025.\n\n"
    "IN PRODUCTION. Cameras rolled on season 3 of Netflix's Copper Bay on May 27, 2025 in "
    "Wilmington.\n"
)


def test_a_newsletters_items_are_each_about_the_show_their_first_sentence_names():
    ex = extract(article_from_text("t.txt", NEWSLETTER))
    got = {(f.rel, f.show, f.date) for f in ex.facts if f.date}
    assert ("renewed", "Dry Wells", "2025-06-02") in got
    assert ("expected_release", "The Quiet Floor", "2025-08-15") in got
    assert ("cancelled", "Saltbox", "2025-06-03") in got
    assert ("filming", "Copper Bay", "2025-05-27") in got  # not "Netflix's Copper Bay"
    assert not any(f.show != "Dry Wells" and f.rel == "renewed" for f in ex.facts)


@pytest.mark.parametrize(
    "sentence, show",
    [
        ("Park Ha-neul, who many viewers will recognise as detective Yang Soo-min in Midnight Precinct, plays the captain.", "Midnight Precinct"),
        ("Ferrer, whom many will know as Inspector Ana Robles from Tierra Quemada, is back.", "Tierra Quemada"),
    ],
)
def test_a_role_viewers_know_from_another_show_is_that_shows(sentence, show):
    assert {f.show for f in facts_of(sentence + "\n", "plays")} == {show}


def test_back_as_a_described_role_is_an_actor_named_last():
    body = "Back as the family patriarch, Don Álvaro Montalbán, is veteran actor Ramón Esquivel.\n"
    assert {(f.actor, f.character) for f in facts_of(body, "plays")} == {
        ("Ramón Esquivel", "Don Álvaro Montalbán")
    }


def test_real_life_history_in_a_true_story_explainer_is_no_fact_of_the_show():
    body = (
        "The real Dalva died in 2016, and the series is dedicated to her.\n\n"
        "In real life she left for Portugal in 1976 and returned to Brazil in 1979.\n"
    )
    ex = extract(article_from_text("t.txt", HEAD + body))
    assert [f for f in ex.facts if f.rel in ("fate", "released")] == []


def test_a_plural_noun_opening_a_sentence_is_no_victim():
    body = (
        "Kang Do-hyun jumps from the ferry in the finale.\n\n"
        "Searchlights sweep the water, nobody finds him, and his body is never recovered.\n"
    )
    assert {f.character for f in facts_of(body, "fate")} == {"Kang Do-hyun"}


def test_filipino_ma_guillemet_nicknames_and_a_citys_company():
    body = (
        'Reyes-Dizon co-wrote the scripts with Ma. Victoria "Vicky" Bautista.\n\n'
        "Louis-Philippe « Lou » Beaudry plays the new coroner, Dr. Simon Lafrenière.\n\n"
        "Both seasons were made by Istanbul's Ayaz Film.\n\n"
        'The show is based on Dugo ng Buwan, a 1970s komiks serial by Teodoro "Doroy" Agustin.\n'
    )
    ex = extract(article_from_text("t.txt", HEAD + body))
    got = {(f.rel, f.person or f.actor or f.company or f.creator) for f in ex.facts}
    assert ("writer", "Ma. Victoria Bautista") in got
    assert ("plays", "Louis-Philippe Beaudry") in got
    assert ("producer", "Ayaz Film") in got
    assert ("based_on", "Teodoro Agustin") in got


def test_a_dated_genre_before_a_title_and_tagalog_particles_make_a_passing_title():
    body = (
        "Ren Hayakawa watched the 2021 sports drama Summer of the Ninth Inning closely.\n\n"
        "Enrique Villareal, from the 2023 romance series Kilig sa Kanto, joins the cast.\n"
    )
    titles = parse(article_from_text("t.txt", HEAD + body)).shows.titles
    assert {"Summer of the Ninth Inning", "Kilig sa Kanto"} <= set(titles)


def test_a_ranked_list_of_characters_gives_actors_said_of_him_and_her():
    body = (
        '10. Gennaro "Rino" Esposito\n\n'
        "The hapless cousin would sit lower on this list if Paolo Lo Russo didn't play him so well.\n\n"
        "9. Commissario Aldo Ferrante\n\n"
        "The old cop nobody trusts, played by veteran Renato Scognamiglio.\n\n"
        "8. Matteo Vitale\n\n"
        "Valentina De Lorenzis gives him a restless energy. The finale leaves him missing.\n\n"
        "7. Rosaria Vitale\n\n"
        "Aunt Rosaria Vitale (a scene-stealing Marisa Baldacci) rules the kitchen.\n"
    )
    ex = extract(article_from_text("t.txt", HEAD + body))
    plays = {(f.actor, f.character) for f in ex.facts if f.rel == "plays"}
    assert plays == {
        ("Paolo Lo Russo", "Gennaro Esposito"),
        ("Renato Scognamiglio", "Aldo Ferrante"),
        ("Valentina De Lorenzis", "Matteo Vitale"),
        ("Marisa Baldacci", "Rosaria Vitale"),
    }
    assert {(f.character, f.fate) for f in ex.facts if f.rel == "fate"} == {("Matteo Vitale", "missing")}
    assert "Commissario Aldo Ferrante" not in parse(article_from_text("t.txt", HEAD + body)).shows.titles


@pytest.mark.parametrize(
    "sentence, fate",
    [
        ("Seo Ji-won is still on her feet when the credits roll.", "survives"),
        ("Nam Eun-chae makes it too.", "survives"),
        ("Oh Tae-sik gets out of Busan alive.", "survives"),
        ("The season ended with smuggling boss Roman Wilk shot dead on a pier.", "dies"),
    ],
)
def test_fates_told_as_an_image(sentence, fate):
    assert {f.fate for f in facts_of(sentence + "\n", "fate")} == {fate}


def test_the_subject_of_a_gerund_is_before_it_not_a_place_after_it():
    body = (
        "The season ended with boss Roman Wilk, played by Henryk Sowa, shot dead on a pier, "
        "and with Kacper Lis (Filip Dąbek) vanishing on a boat bound for Kaliningrad.\n"
    )
    got = {(f.character, f.fate) for f in facts_of(body, "fate")}
    assert got == {("Roman Wilk", "dies"), ("Kacper Lis", "missing")}


def test_a_recap_that_came_back_is_the_headlines_season():
    title = "Ferry Lights Season 2 Ending Explained: Who Dies, Who Survives\n\n"
    body = "Ferry Lights came back to Netflix on February 28, 2025 with seven new episodes.\n"
    ex = extract(article_from_text("t.txt", title + body))
    got = {(f.rel, f.season) for f in ex.facts if f.rel in ("released", "episodes")}
    assert got == {("released", 2), ("episodes", 2)}


def test_a_dated_genre_before_a_title_dates_it_and_a_makers_possessive_is_no_part_of_it():
    body = (
        "ZEE5's 2018 college comedy Chalta Hai made him famous.\n\n"
        "In 2022 he took the lead in Farhan Qureshi's Neon Galli, a Netflix drama set in Mumbai.\n\n"
        "Aunty Chioma's Kitchen, a cooking comedy, premieres soon.\n"
    )
    ex = extract(article_from_text("t.txt", HEAD + body))
    assert ("released", "Chalta Hai", "2018") in {(f.rel, f.show, f.date) for f in ex.facts}
    assert ("genre", "Chalta Hai", "college comedy") in {(f.rel, f.show, f.genre) for f in ex.facts}
    titles = parse(article_from_text("t.txt", HEAD + body)).shows.titles
    assert "Neon Galli" in titles and "Aunty Chioma's Kitchen" in titles


def test_actors_new_to_the_cast():
    body = "Vinay Chaturvedi and Ruhi Sawant are also new to the cast, though their roles are secret.\n"
    assert {f.actor for f in facts_of(body, "cast")} == {"Vinay Chaturvedi", "Ruhi Sawant"}


def test_a_title_with_an_ordinal_names_no_season():
    title = "'The Eighth Lantern' Season 2 Premiere Review: A Darker Flame\n\n"
    body = "When The Eighth Lantern premiered on Netflix in October 2023, it was a six-episode curiosity.\n"
    ex = extract(article_from_text("t.txt", title + body))
    assert {(f.rel, f.season) for f in ex.facts if f.rel in ("released", "episodes")} == {
        ("released", 1),
        ("episodes", 1),
    }


@pytest.mark.parametrize(
    "sentence, pair",
    [
        ("Khun Ying Sumalee, the family's benefactor, played by veteran Saowalak Boonmee, is found dead.", ("Saowalak Boonmee", "Khun Ying Sumalee")),
        ('Dao, the lantern maker\'s daughter, runs the workshop, and Pimchanok "Fai" Ruangsri plays her well.', ("Pimchanok Ruangsri", "Dao")),
    ],
)
def test_a_role_described_before_played_by_and_an_actor_who_plays_her(sentence, pair):
    assert {(f.actor, f.character) for f in facts_of(sentence + "\n", "plays")} == {pair}


def test_a_company_that_produced_the_season_and_a_script_again_by_the_creator():
    body = (
        "Series creator Nattapong Srisuwan returns. The script, again by Nattapong Srisuwan, is tight.\n\n"
        "Baan Saeng Pictures produced the season.\n\n"
        "Chalida Prasertsuk also joins, in a role the premiere keeps vague.\n"
    )
    ex = extract(article_from_text("t.txt", HEAD + body))
    got = {(f.rel, f.person or f.company or f.actor) for f in ex.facts}
    assert {("writer", "Nattapong Srisuwan"), ("producer", "Baan Saeng Pictures"), ("cast", "Chalida Prasertsuk")} <= got


def test_a_fact_boxs_episode_count_and_all_episodes_of_the_season_just_named():
    body = (
        "Where to watch: Prime Video\nSeason 2 episodes: 7\nGenre: Family drama\n\n"
        "The first season arrived on Prime Video on 8 December 2023. All six episodes hold a 7.4 on IMDb.\n"
    )
    assert {(f.season, f.count) for f in facts_of(body, "episodes")} == {(2, 7), (1, 6)}


def test_cast_joined_as_well_and_been_cast_and_a_relative_named_before_the_verb():
    body = (
        "Newcomers Damla Öztürk and Kaan Sevindik have joined the cast as well, in secret roles.\n\n"
        "Veteran actress Ōba Setsuko has also been cast, although her role is being kept secret.\n\n"
        "The show follows Hinata Mizusawa, a translator played by Kanae Ōtsuki, who goes home after "
        "her younger brother Sōta disappears.\n"
    )
    ex = extract(article_from_text("t.txt", HEAD + body))
    assert {f.actor for f in ex.facts if f.rel == "cast"} == {"Damla Öztürk", "Kaan Sevindik", "Ōba Setsuko"}
    assert {f.character for f in ex.facts if f.rel == "fate"} == {"Sōta"}


@pytest.mark.parametrize(
    "sentence, fact",
    [
        ("Paulina Esquivel is best known internationally as Renata Garza in the border drama Hermanas del Norte.", ("Hermanas del Norte", "Paulina Esquivel", "Renata Garza")),
        ("Rachel Ambrose is still best known for playing surgeon Maya Strand on the medical drama Night Rounds.", ("Night Rounds", "Rachel Ambrose", "Maya Strand")),
        ("Joining them is Rhys Penberthy, fresh from his Bafta-nominated turn as Owen Garrick in the Channel 4 thriller The Quiet Hours.", ("The Quiet Hours", "Rhys Penberthy", "Owen Garrick")),
    ],
)
def test_an_actors_best_known_role_is_in_the_show_it_names(sentence, fact):
    assert {(f.show, f.actor, f.character) for f in facts_of(sentence + "\n", "plays")} == {fact}


def test_credits_and_cast_in_more_wordings():
    body = (
        "Harbor Lights is a Southern gothic mystery series. Writer and creator Ruth Penhaligon said "
        "she had barely slept.\n\n"
        "The series is made by Melbourne's Southerly Screen.\n\n"
        "Jolene Marsh and Dev Anand Patel have also joined, in roles Hulu is keeping secret. "
        "Bella Frost and Simon Achterberg are also returning.\n\n"
        "Season 2 premieres on Prime Video on Friday, November 21, 2025, with two episodes, and new "
        "episodes will follow weekly. #HarborLights Season 2 arrives soon.\n"
    )
    ex = extract(article_from_text("t.txt", HEAD + body))
    got = {(f.rel, f.genre or f.person or f.company or f.actor) for f in ex.facts}
    assert {
        ("genre", "southern gothic mystery"),
        ("writer", "Ruth Penhaligon"),
        ("creator", "Ruth Penhaligon"),
        ("producer", "Southerly Screen"),
        ("cast", "Jolene Marsh"),
        ("cast", "Simon Achterberg"),
    } <= got
    assert not [f for f in ex.facts if f.rel == "episodes"]  # two at launch is no season's count
    assert {f.show for f in ex.facts} == {"Harbor Lights"}  # no hashtag, no platform as a show


WEEKLY = (
    "The Watchlist Weekly: Copper Bay lives on and a first look at Saltgrass\n\n"
    "Welcome back to The Watchlist Weekly.\n\n"
    "FIRST LOOK. Apple TV+ has released the first images from Saltgrass, a slow-burning Western. "
    "The series was shot outside Santa Fe.\n\n"
    "CASTING. NBC's medical drama Night Shift at St. Agnes has found its new chief of surgery.\n\n"
    "CANCELLED. Peacock has pulled the plug on Dinner for Strangers after two seasons. It got "
    "the news on March 10, 2025.\n"
)


def test_a_newsletters_name_is_no_show_and_its_items_find_their_own():
    titles = parse(article_from_text("t.txt", WEEKLY)).shows.titles
    assert "The Watchlist Weekly" not in titles
    assert {"Saltgrass", "Night Shift at St. Agnes", "Dinner for Strangers"} <= set(titles)
    ex = extract(article_from_text("t.txt", WEEKLY))
    assert ("filming_location", "Saltgrass") in {(f.rel, f.show) for f in ex.facts}


LIVE = (
    "LIVE: Nordic Showcase 2025 – every renewal as it happens\n\n"
    "11:48 CET\nOne sad note. Viaplay confirmed that Skärgårdsliv has been cancelled after three "
    "seasons, on November 12, 2025.\n\n"
    "11:31 CET\nMore casting news. Midsommarnatt, the period drama, returns next year. Newcomer "
    "Saga Holm has joined the cast for season 2.\n\n"
    "10:58 CET\nDATE: Norrskenet. The first season arrives on Viaplay on March 3, 2026.\n"
)


def test_a_live_blogs_entries_under_a_lone_time_are_each_about_their_show():
    ex = extract(article_from_text("t.txt", LIVE))
    got = {(f.rel, f.show) for f in ex.facts}
    assert ("cancelled", "Skärgårdsliv") in got
    assert ("cast", "Midsommarnatt") in got
    assert "DATE: Norrskenet" not in parse(article_from_text("t.txt", LIVE)).shows.titles


def test_a_heading_naming_a_characters_first_name_is_no_show():
    body = (
        "Who is back?\n\nMarie's daughter Greta Köhler was played in season 1 by Paula Wendt.\n\n"
        "A new face for Greta\n\nGreta is portrayed by Emilia Storch in the new episodes.\n"
    )
    assert "Greta" not in parse(article_from_text("t.txt", HEAD + body)).shows.titles


def test_two_companies_named_in_full():
    body = "The series is produced by Blackthorn Pictures and Tidewater Films.\n"
    assert {f.company for f in facts_of(body, "producer")} == {"Blackthorn Pictures", "Tidewater Films"}


def test_a_recast_role_and_a_role_german_audiences_know():
    body = (
        "Greta Köhler was played in season 1 by Paula Wendt, and Greta is portrayed by Emilia "
        "Storch in the new episodes.\n\n"
        "Kim Nguyen-Berg, whom German audiences will know as Lotte Sander in the ARD series "
        "Spreewald Nights, joins as Carla Wend.\n"
    )
    got = {(f.show, f.actor, f.character) for f in facts_of(body, "plays")}
    assert got == {
        ("Harbor Lights", "Paula Wendt", "Greta Köhler"),
        ("Harbor Lights", "Emilia Storch", "Greta Köhler"),
        ("Spreewald Nights", "Kim Nguyen-Berg", "Lotte Sander"),
        ("Harbor Lights", "Kim Nguyen-Berg", "Carla Wend"),
    }


PROFILE = (
    "Connie Vera Doesn't Write Happy Endings\n\n"
    "The showrunner behind Tondo Nights and Bagyo on second chances\n\n"
    "The move to streaming came with Tondo Nights, the crime series she created for Netflix. "
    "Its first season premiered on October 27, 2023.\n\n"
    "She didn't stay down for long. Bagyo, the disaster drama she co-created, had been waiting "
    "since 2019. It was released on Prime Video on November 8, 2024.\n\n"
    "Fans already know the story from Hollow Moon, the 2019 anime. Peacock cancelled Sunny Side "
    "Up on Nov. 18, 2024.\n"
)


def test_a_profiles_paragraphs_are_about_the_show_they_introduce():
    ex = extract(article_from_text("t.txt", PROFILE))
    got = {(f.show, f.date) for f in ex.facts if f.rel == "released"}
    assert ("Tondo Nights", "2023-10-27") in got and ("Bagyo", "2024-11-08") in got
    assert "Sunny Side Up on Nov" not in parse(article_from_text("t.txt", PROFILE)).shows.titles


def test_a_role_described_twice_and_a_genre_after_a_lead_in():
    body = (
        "Tom Whitlam, who plays Bree's brother-in-law and local fisherman Dale Hartigan, returns.\n\n"
        "Created by Fernanda Iturbide, the psychological thriller follows the Albarrán family.\n\n"
        "Series 1 and 2 are streaming now. The Victorian crime drama holds a rating of 8.1/10 on IMDb.\n"
    )
    ex = extract(article_from_text("t.txt", HEAD + body))
    assert {(f.actor, f.character) for f in ex.facts if f.rel == "plays"} == {("Tom Whitlam", "Dale Hartigan")}
    assert {f.genre for f in ex.facts if f.rel == "genre"} == {"psychological thriller", "victorian crime drama"}


def test_a_character_section_credits_its_actor_in_more_wordings():
    body = (
        "8. Uncle Dapo\n\nFemi Adegbite plays the family's freeloading uncle with shameless charm.\n\n"
        "7. Tunde Bakare\n\nSegun Adewale gave Tunde a swagger: he is shot dead in the season 1 finale.\n\n"
        "6. Folake Hassan\n\nFunmilayo Oke-Williams is terrifying in the role.\n"
    )
    ex = extract(article_from_text("t.txt", HEAD + body))
    assert {(f.actor, f.character) for f in ex.facts if f.rel == "plays"} == {
        ("Femi Adegbite", "Uncle Dapo"),
        ("Segun Adewale", "Tunde Bakare"),
        ("Funmilayo Oke-Williams", "Folake Hassan"),
    }
    assert {(f.character, f.fate) for f in ex.facts if f.rel == "fate"} == {("Tunde Bakare", "dies")}


def test_a_renewal_announced_that_and_the_final_season_it_orders():
    body = (
        "ICI Tou.tv announced on June 13, 2025 that the French-language series, adapted from a "
        "novel, has been renewed for a fourth and final season. The final season will premiere "
        "on ICI Tou.tv Extra in 2026.\n"
    )
    ex = extract(article_from_text("t.txt", HEAD + body))
    got = {(f.rel, f.season, f.date) for f in ex.facts if f.rel in ("renewed", "expected_release")}
    assert got == {("renewed", 4, "2025-06-13"), ("expected_release", 4, "2026")}


def test_a_cancellations_date_in_the_next_sentence():
    body = (
        "CBC has cancelled Quiet Harbour after two seasons. The period drama got the bad news on "
        "June 10, 2025.\n\n"
        "Global has cancelled the sitcom Maple Lane after one season. The network's decision was "
        "made public on June 12, 2025.\n"
    )
    got = {(f.show, f.date) for f in facts_of(body, "cancelled")}
    assert got == {("Quiet Harbour", "2025-06-10"), ("Maple Lane", "2025-06-12")}


def test_counts_and_releases_said_of_seasons_in_a_chain():
    body = (
        "Season 1 and season 2 each had eight episodes, and season 3 stretched to ten.\n\n"
        "Season 3 took longer, with production delayed by flooding, and finally dropped on 12 March 2024.\n"
    )
    ex = extract(article_from_text("t.txt", HEAD + body))
    assert {(f.season, f.count) for f in ex.facts if f.rel == "episodes"} == {(1, 8), (2, 8), (3, 10)}
    assert {(f.season, f.date) for f in ex.facts if f.rel == "released"} == {(3, "2024-03-12")}


def test_more_credit_and_cast_wordings_of_an_explainer():
    body = (
        "Marta Zielińska returns as head writer.\n\n"
        "Faro Norte Producciones once again produces for Prime Video.\n\n"
        "Also in the cast are Renata Góis and Pedro Albuquerque Lima, as two of the seamstresses.\n\n"
        "The Glass Tower, a corporate thriller, was cancelled on June 4, 2025.\n"
    )
    ex = extract(article_from_text("t.txt", HEAD + body))
    got = {(f.rel, f.person or f.company or f.actor or f.genre) for f in ex.facts}
    assert {
        ("writer", "Marta Zielińska"),
        ("producer", "Faro Norte Producciones"),
        ("cast", "Renata Góis"),
        ("cast", "Pedro Albuquerque Lima"),
        ("genre", "corporate thriller"),
    } <= got


def test_headlines_that_open_with_a_quote_or_name_an_event_or_a_creator():
    def main(title, body):
        return parse(article_from_text("t.txt", title + "\n\n" + body)).main

    body = "Saltmarsh is back. Saltmarsh series 4 films in Norfolk."
    assert main("'I Knew Colm Had To Go': Saltmarsh Creator Imogen Pryce On That Finale And Series 4", body) == "Saltmarsh"
    body = (
        "The day was held in Copenhagen, where it rained. Ulvetimen (The Wolf Hour) season 2 will "
        "premiere on Netflix. Ulvetimen is adapted from a novel."
    )
    assert main("Nordic Series Day 2025 live: Ulvetimen gets a date", body) == "Ulvetimen"


def test_a_ranked_list_of_characters_has_no_show_headings_and_viewers_know_an_actor_from_a_show():
    body = (
        "10. The Appraiser\n\nThe Appraiser is the pawnshop's oldest customer. The Appraiser never smiles.\n\n"
        "9. Mara Quill\n\nMara Quill runs the shop.\n\n8. Tom Reyes\n\nTom Reyes is her brother.\n\n"
        "Most viewers know Nivedita Pillai from Kaayal Kathakal (Backwater Tales), the crime thriller "
        "that premiered on SonyLIV.\n"
    )
    title = "The 10 Best Characters In Harbor Lights, Ranked\n\n"
    titles = parse(article_from_text("t.txt", title + body)).shows.titles
    assert "The Appraiser" not in titles and "Kaayal Kathakal" in titles


def test_a_renewal_headline_and_a_cast_guides_entries_name_no_extra_shows():
    title = "The Palmwine Syndicate Renewed For Season 3 At Prime Video\n\n"
    body = "Prime Video has renewed The Palmwine Syndicate for a third season on May 2, 2025.\n"
    assert parse(article_from_text("t.txt", title + body)).main == "The Palmwine Syndicate"
    title = "Who's Who In Quai des Ombres Season 4: Cast And Characters Guide\n\n"
    body = (
        "Quai des Ombres is back.\n\nCommandant Élodie Marchetti – Camille Vasseur\n\n"
        "Camille Vasseur as Élodie Marchetti\n\nCamille Vasseur returns as the commandant.\n"
    )
    assert parse(article_from_text("t.txt", title + body)).shows.titles == ["Quai des Ombres"]


def test_cast_rows_with_a_rank_before_the_role_and_no_fate_in_a_question():
    body = (
        "Lyon's grimmest police squad is back for a fourth season of the police procedural.\n\n"
        "The main cast at a glance\n\n"
        "Commandant Élodie Marchetti – Camille Vasseur\n"
        "Lieutenant Bastien Roux – Théo Lemaire\n"
        "Procureur Henri Lavigne – Jean-Marc Duprat\n\n"
        "Have your say: who did you want to survive?\n"
    )
    ex = extract(article_from_text("t.txt", HEAD + body))
    assert {(f.actor, f.character) for f in ex.facts if f.rel == "plays"} == {
        ("Camille Vasseur", "Élodie Marchetti"),
        ("Théo Lemaire", "Bastien Roux"),
        ("Jean-Marc Duprat", "Henri Lavigne"),
    }
    assert not [f for f in ex.facts if f.rel == "fate"]


def test_a_live_blog_entry_that_names_no_show_goes_on_with_the_one_before():
    body = (
        "Welcome to our live coverage.\n\n"
        "14:06\nFirst up, Netflix. Ulvetimen season 2 will premiere on Netflix on 9 October 2025.\n\n"
        "14:11\nCreator Karoline Holm is on stage. Sofie Kjærgaard, who plays Ida Brønnum, gets a cheer.\n\n"
        "14:30\nFIRST LOOK: Norrskenet (The Northern Light). It was shot in Kiruna.\n"
    )
    title = "Series Day 2025 live: every announcement\n\n"
    ex = extract(article_from_text("t.txt", title + body))
    got = {(f.rel, f.show) for f in ex.facts}
    assert ("plays", "Ulvetimen") in got and ("filming_location", "Norrskenet") in got
    assert ("filming_location", "Ulvetimen") not in got


def test_each_season_so_far_and_an_announced_premiere_is_no_renewal():
    body = (
        "Each season had 10 episodes.\n\n"
        "UPDATE (July 2, 2025): Netflix has announced that Harbor Lights season 3 premieres on "
        "September 18, 2025.\n\n"
        "Here's what we know about the return of BBC Scotland's chilling crime thriller.\n"
    )
    ex = extract(article_from_text("t.txt", HEAD.replace("Season 2", "Season 3") + body))
    assert {(f.season, f.count) for f in ex.facts if f.rel == "episodes"} == {(1, 10), (2, 10)}
    assert not [f for f in ex.facts if f.rel in ("renewed", "creator")]


def test_a_newest_first_live_blog_carries_no_show_down_and_more_name_and_heading_forms():
    body = (
        "Newest entries are at the top.\n\n"
        "14:30\nThat's a wrap. Creator Efua Mensah was the star of the day.\n\n"
        "14:06\nOsu Nights season 2 will premiere on Netflix on 9 October 2025.\n"
    )
    ex = extract(article_from_text("t.txt", "Upfront live: every announcement\n\n" + body))
    assert not [f for f in ex.facts if f.rel == "creator"]  # not Osu Nights': that entry is older
    body = (
        "Porto Nero is back.\n\n"
        'Enzo "il Calabrese" Caruso, played by Gianmarco Riva\n\n'
        "Enzo arrives from the south. Enzo is the new rival.\n\n"
        "The cast:\nDafydd ap Iorwerth as Emrys Pugh\nNest Pennant as Mari Pugh\n\n"
        "Newcomers include Mercedes Lamberti and the Uruguayan actor Diego Ferrando, whose roles "
        "have not been revealed.\n\n"
        "In the novel, Astrid is killed in the avalanche.\n"
    )
    title = "Porto Nero Season 2 Cast: Meet The New Characters\n\n"
    assert parse(article_from_text("t.txt", title + body)).shows.titles == ["Porto Nero"]
    ex = extract(article_from_text("t.txt", title + body))
    assert ("Dafydd ap Iorwerth", "Emrys Pugh") in {(f.actor, f.character) for f in ex.facts}
    assert {f.actor for f in ex.facts if f.rel == "cast"} == {"Mercedes Lamberti", "Diego Ferrando"}
    assert not [f for f in ex.facts if f.rel == "fate"]


def test_a_newsletters_headline_lists_its_shows_and_an_item_is_its_main_clauses_show():
    text = (
        "The Stream Sheet: Harbor Lights Gets Season 3, Dry County Finds a Sheriff\n\n"
        "Welcome back to The Stream Sheet, the Friday newsletter.\n\n"
        "RENEWED. The streamer renewed Harbor Lights for a third season on March 10, 2025.\n\n"
        "CASTING. Dry County has found its new lawman. Tessa Greenhalgh has also joined the cast.\n\n"
        "WATCH THIS WEEKEND. If you need something to fill the Harbor Lights hole, Peacock dropped "
        "all of Marrow Creek season 2 on March 13, 2025. The crime drama stars Hal Brodsky.\n"
    )
    ex = extract(article_from_text("t.txt", text))
    got = {(f.rel, f.show, f.actor) for f in ex.facts if f.rel == "cast"}
    assert got == {("cast", "Dry County", "Tessa Greenhalgh"), ("cast", "Marrow Creek", "Hal Brodsky")}
