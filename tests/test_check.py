"""check(): SHACL shapes and conflicts, each reported with both sides' evidence and sources."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import SH, XSD

from showgraph.check import check
from showgraph.namespaces import INFERRED_GRAPH, SG
from showgraph.reason import reason
from tests.fixtures.reason.datasets import (
    NAMRA,
    ONJO,
    PARK,
    S1,
    S2,
    S3,
    ArticleGraph,
    clean_dataset,
    conflicting_dataset,
    invalid_dataset,
)


@pytest.fixture(scope="module")
def conflicts():
    return check(conflicting_dataset())


@pytest.fixture(scope="module")
def invalid():
    return check(invalid_dataset())


def _one(report, kind):
    found = [p for p in report.problems if p.kind == kind]
    assert len(found) == 1, [p.message for p in report.problems]
    return found[0]


def test_clean_dataset_conforms_once_inferred_graph_is_stored():
    ds = clean_dataset()
    # season 3 is only renewed: its show link comes from the renewal rule
    before = check(ds)
    assert not before.conforms
    assert [p.kind for p in before.problems] == ["shacl"]
    target = ds.graph(INFERRED_GRAPH)
    for t in reason(ds):
        target.add(t)
    after = check(ds)
    assert after.conforms, after.to_text()
    assert after.problems == []
    assert after.to_text().startswith("Conforms")


def test_survives_and_dies_in_same_season(conflicts):
    p = _one(conflicts, "fate-conflict")
    assert p.focus == ONJO
    assert "Nam On-jo both survives and dies in All of Us Are Dead season 1" == p.message
    assert p.sentences == ["On-jo survives the first season.", "On-jo dies in the season 1 finale."]
    assert p.source_names == ["aoad-deadline", "aoad-variety"]
    assert {e.triple for e in p.evidence} == {(ONJO, SG.survives, S1), (ONJO, SG.diesIn, S1)}


def test_two_renewal_dates(conflicts):
    p = _one(conflicts, "renewal-date-conflict")
    assert p.focus == S2
    assert "2022-06-07" in p.message and "2022-06-08" in p.message
    assert set(p.sentences) == {
        "Netflix renewed the show on June 7, 2022.",
        "The renewal was announced on June 8, 2022.",
    }
    assert p.source_names == ["aoad-deadline", "aoad-variety"]


def test_two_actors_for_one_character(conflicts):
    p = _one(conflicts, "actor-conflict")
    assert p.focus.endswith("cho-yi-hyun")
    assert p.message == "Choi Nam-ra is played by two actors: Cho Yi-hyun and Lee Yoo-mi"
    assert p.source_names == ["aoad-deadline", "aoad-variety"]
    assert all(e.triple[2] == NAMRA for e in p.evidence)


def test_conflicts_make_report_fail_and_appear_in_text_and_graph(conflicts):
    assert not conflicts.conforms
    text = conflicts.to_text()
    assert "3 conflict(s)" in text
    assert '"On-jo dies in the season 1 finale." (aoad-deadline)' in text
    g = Graph().parse(data=conflicts.graph.serialize(format="turtle"), format="turtle")
    assert (None, SH.conforms, Literal(False)) in g
    assert len(list(g.subjects(SH.resultMessage, None))) == 3


def test_refining_date_is_not_a_conflict():
    ds = clean_dataset()
    a = ArticleGraph(ds, "aoad-year", "Season 3 confirmed")
    a.fact(
        S3,
        SG.renewalDate,
        Literal("2025-06", datatype=XSD.gYearMonth),
        "Renewed in June 2025.",
    )
    kinds = {p.kind for p in check(ds).problems}
    assert "renewal-date-conflict" not in kinds


def test_speculative_claims_do_not_conflict():
    ds = clean_dataset()
    a = ArticleGraph(ds, "aoad-rumour", "Rumour mill")
    a.fact(ONJO, SG.diesIn, S1, "On-jo might have died.", certainty=SG.Speculative)
    assert "fate-conflict" not in {p.kind for p in check(ds).problems}


def test_season_without_number_or_show(invalid):
    messages = [p.message for p in invalid.problems if p.kind == "shacl"]
    assert any(
        "season 1 sg:seasonNumber" in m and "exactly one sg:seasonNumber" in m for m in messages
    )
    assert any("belongs to exactly one sg:Show" in m for m in messages)


def test_ill_typed_date_reports_its_evidence(invalid):
    [p] = [p for p in invalid.problems if "renewalDate must be" in p.message]
    assert p.sentences == ["It was renewed in June 2022."]
    assert p.source_names == ["broken"]


def test_actor_playing_two_characters_of_one_show(invalid):
    [p] = [p for p in invalid.problems if "more than one character" in p.message]
    assert p.focus == PARK
    assert "Choi Nam-ra and Nam On-jo" in p.message
    # the statements behind both roles, found through the nodes the message names
    assert sorted(p.sentences) == ["Park Ji-hu also plays Nam-ra.", "Park Ji-hu plays On-jo."]
    assert p.source_names == ["broken"]


def test_rating_above_its_scale(invalid):
    [p] = [p for p in invalid.problems if "ratingValue" in p.message]
    assert "11.5" in p.message


def test_invalid_dataset_has_exactly_its_five_violations(invalid):
    assert not invalid.conforms
    assert [p.kind for p in invalid.problems] == ["shacl"] * 5
