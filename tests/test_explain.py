"""explain(): rule/axiom trees down to evidence sentences; term resolution; missing triples."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, XSD

from showgraph.errors import ShowgraphError
from showgraph.explain import explain
from showgraph.namespaces import SCHEMA, SG
from tests.fixtures.reason.datasets import (
    CHO,
    NAMRA,
    PARK,
    S1,
    S2,
    S3,
    SHOW,
    clean_dataset,
    conflicting_dataset,
)


@pytest.fixture(scope="module")
def ds():
    return clean_dataset()


def test_chain_explained_down_to_evidence_sentences(ds):
    e = explain(ds, SHOW, SG.castMember, CHO)
    assert e.step == "inverse of sg:actorIn"
    [actor_in] = e.premises
    assert actor_in.triple == (CHO, SG.actorIn, SHOW)
    assert actor_in.step == "property chain sg:plays ∘ sg:characterIn"
    plays, character_in = actor_in.premises
    assert plays.asserted and plays.triple == (CHO, SG.plays, NAMRA)
    assert plays.evidence[0].sentence == "Cho Yi-hyun returns as class president Choi Nam-ra."
    assert plays.evidence[0].source_name == "aoad-renewal"
    assert character_in.step == "property chain sg:appearsIn ∘ sg:seasonOf"
    appears, season_of = character_in.premises
    assert appears.step == "subproperty sg:infectedIn ⊑ sg:appearsIn"
    assert appears.premises[0].evidence[0].sentence == "Nam-ra was infected in the first season."
    assert season_of.step == "inverse of sg:hasSeason"
    assert season_of.premises[0].asserted and season_of.premises[0].sources == ["aoad-renewal"]
    sentences = [ev.sentence for leaf in e.leaves() for ev in leaf.evidence]
    assert sentences == [
        "Cho Yi-hyun returns as class president Choi Nam-ra.",
        "Nam-ra was infected in the first season.",
    ]


def test_to_text_is_an_indented_tree(ds):
    text = explain(ds, "All of Us Are Dead", "sg:castMember", "Cho Yi-hyun").to_text()
    lines = text.splitlines()
    assert lines[0] == "sgr:show/all-of-us-are-dead sg:castMember sgr:person/cho-yi-hyun"
    assert lines[1] == "  by inverse of sg:actorIn:"
    assert '      asserted: "Nam-ra was infected in the first season." (aoad-renewal)' not in lines
    assert any(
        line.strip() == 'asserted: "Nam-ra was infected in the first season." (aoad-renewal)'
        for line in lines
    )
    indents = [len(line) - len(line.lstrip()) for line in lines]
    assert max(indents) >= 12, "premises of premises are nested deeper"


def test_domain_and_subclass_steps(ds):
    e = explain(ds, PARK, RDF.type, SCHEMA.Person)
    assert e.step == "subclass sg:Actor ⊑ schema:Person"
    assert e.premises[0].triple == (PARK, RDF.type, SG.Actor) and e.premises[0].asserted


def test_range_step():
    from rdflib import Dataset

    from tests.fixtures.reason.datasets import ONJO, ArticleGraph

    bare = Dataset()
    ArticleGraph(bare, "bare", "b").fact(PARK, SG.plays, ONJO, "Park Ji-hu plays On-jo.")
    assert explain(bare, ONJO, "a", "sg:Character").step == "range of sg:plays"
    assert explain(bare, PARK, "a", "sg:Actor").step == "domain of sg:plays"


def test_rule_steps_with_premises(ds):
    e = explain(ds, S2, SG.nextSeason, S3)
    assert e.step == "rule ontology/rules/20-next-season.rq"
    triples = {p.triple for p in e.premises}
    assert (SHOW, SG.hasSeason, S3) in triples and (S3, SG.seasonNumber, Literal(3)) in triples
    renewed = next(p for p in e.premises if p.triple == (SHOW, SG.hasSeason, S3))
    assert renewed.step == "rule ontology/rules/10-renewed-season.rq"
    assert (S3, SG.renewalDate, Literal("2025-06-07", datatype=XSD.date)) in {
        p.triple for p in renewed.premises
    }


def test_aggregate_rule_lists_all_seasons(ds):
    e = explain(ds, "All of Us Are Dead", "sg:knownSeasonCount", "3")
    assert e.triple[2] == Literal(3)
    assert {S1, S2, S3} <= {p.triple[2] for p in e.premises if p.triple[1] == SG.hasSeason}


def test_asserted_triple_is_its_own_explanation(ds):
    e = explain(ds, "<" + str(NAMRA) + ">", "sg:infectedIn", str(S1))
    assert e.asserted and e.premises == []
    assert e.evidence[0].sentence == "Nam-ra was infected in the first season."


def test_term_forms(ds):
    by_label = explain(ds, "cho yi-hyun", "actor in", "All of Us Are Dead")
    by_qname = explain(ds, "sgr:person/cho-yi-hyun", "sg:actorIn", "sgr:show/all-of-us-are-dead")
    assert by_label.triple == by_qname.triple == (CHO, SG.actorIn, SHOW)
    n3 = explain(ds, S3, SG.renewalDate, '"2025-06-07"^^xsd:date')
    assert n3.asserted


def test_triple_not_in_graph(ds):
    with pytest.raises(ShowgraphError, match="not in the graph"):
        explain(ds, CHO, SG.castMember, SHOW)  # wrong direction


def test_speculative_triple_says_so(ds):
    with pytest.raises(ShowgraphError, match="only stated speculatively in aoad-renewal"):
        explain(ds, NAMRA, SG.diesIn, S2)


def test_unknown_terms(ds):
    with pytest.raises(ShowgraphError, match="names no resource"):
        explain(ds, "On-jo", "sg:plays", "Nam On-jo")
    with pytest.raises(ShowgraphError, match="not a term of the showgraph ontology"):
        explain(ds, CHO, "sg:starsIn", SHOW)


def test_ambiguous_label():
    ds = conflicting_dataset()
    from tests.fixtures.reason.datasets import ArticleGraph

    ArticleGraph(ds, "other", "x").label(PARK, SG.Actor, "Cho Yi-hyun")
    with pytest.raises(ShowgraphError, match="ambiguous"):
        explain(ds, "Cho Yi-hyun", "sg:plays", NAMRA)
