"""The ontology file, the SG namespace and the packaged copies stay in step."""

from __future__ import annotations

from pathlib import Path

import owlrl
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from showgraph.namespaces import SCHEMA, SG, WDT, load_ontology, load_rules, load_shapes

ROOT = Path(__file__).resolve().parents[1]
NS = str(SG._NS)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ROOT / "ontology" / "showgraph.ttl")


def _terms(g: Graph) -> set[str]:
    return {
        str(t)[len(NS) :] for t in g.all_nodes() if isinstance(t, URIRef) and str(t).startswith(NS)
    }


def test_every_ontology_term_is_in_SG_and_back(onto):
    in_file = _terms(onto)
    in_namespace = set(SG.__annotations__)
    assert in_file - in_namespace == set(), "terms used in showgraph.ttl missing from SG"
    assert in_namespace - in_file == set(), "SG names not defined in showgraph.ttl"


def test_SG_refuses_unknown_terms():
    with pytest.raises(AttributeError):
        SG.playz  # noqa: B018


def test_every_term_is_declared_labelled_and_commented(onto):
    for name in _terms(onto):
        term = SG[name]
        assert (term, RDF.type, None) in onto, f"sg:{name} has no rdf:type"
        assert onto.value(term, RDFS.label), f"sg:{name} has no rdfs:label"
        assert onto.value(term, RDFS.comment), f"sg:{name} has no rdfs:comment"
    ontology = next(onto.subjects(RDF.type, OWL.Ontology))
    assert onto.value(ontology, RDFS.label) and onto.value(ontology, RDFS.comment)


@pytest.mark.parametrize("name", ["showgraph.ttl", "shapes.ttl"])
def test_packaged_copy_is_identical(name):
    source = (ROOT / "ontology" / name).read_bytes()
    packaged = (ROOT / "src" / "showgraph" / "data" / name).read_bytes()
    assert source == packaged, f"run: cp ontology/{name} src/showgraph/data/{name}"


def test_packaged_rules_are_identical():
    source = sorted((p.name, p.read_text()) for p in (ROOT / "ontology" / "rules").glob("*.rq"))
    assert source and source == load_rules(), (
        "run: cp ontology/rules/*.rq src/showgraph/data/rules/"
    )


def test_loaders_parse(onto):
    assert len(load_ontology()) == len(onto)
    assert len(load_shapes()) > 0


def test_ontology_is_consistent_under_owl_rl(onto):
    g = Graph()
    g += onto
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    errors = list(g.objects(None, URIRef("http://www.daml.org/2002/03/agents/agent-ont#error")))
    assert errors == []


@pytest.mark.parametrize(
    "sub, sup",
    [
        (SG.Show, SCHEMA.TVSeries),
        (SG.Season, SCHEMA.TVSeason),
        (SG.Actor, SG.Person),
        (SG.Person, SCHEMA.Person),
        (SG.Platform, SCHEMA.Organization),
        (SG.SourceWork, SCHEMA.CreativeWork),
        (SG.Article, SCHEMA.NewsArticle),
        (SG.Article, URIRef("http://www.w3.org/ns/prov#Entity")),
        (SG.Statement, RDF.Statement),
    ],
)
def test_class_hierarchy(onto, sub, sup):
    assert (sub, RDFS.subClassOf, sup) in onto


def test_property_axioms(onto):
    for fate in (SG.survives, SG.diesIn, SG.infectedIn, SG.missingIn):
        assert (fate, RDFS.subPropertyOf, SG.appearsIn) in onto
    assert (SG.survives, OWL.propertyDisjointWith, SG.diesIn) in onto
    assert (SG.plays, OWL.inverseOf, SG.playedBy) in onto
    assert (SG.hasSeason, OWL.inverseOf, SG.seasonOf) in onto
    assert (SG.castMember, OWL.inverseOf, SG.actorIn) in onto
    assert (SG.nextSeason, OWL.inverseOf, SG.previousSeason) in onto
    from rdflib.collection import Collection

    chain = onto.value(SG.actorIn, OWL.propertyChainAxiom)
    assert list(Collection(onto, chain)) == [SG.plays, SG.characterIn]
    chain = onto.value(SG.characterIn, OWL.propertyChainAxiom)
    assert list(Collection(onto, chain)) == [SG.appearsIn, SG.seasonOf]


ALIGNMENT = [
    RDFS.subPropertyOf, OWL.equivalentProperty, OWL.inverseOf, SKOS.exactMatch, SKOS.closeMatch
]


@pytest.mark.parametrize(
    "term, wikidata, strength",
    [
        (SG.castMember, WDT.P161, RDFS.subPropertyOf),
        (SG.directedBy, WDT.P57, RDFS.subPropertyOf),
        (SG.basedOn, WDT.P144, RDFS.subPropertyOf),
        (SG.seasonOf, WDT.P179, RDFS.subPropertyOf),
        (SG.platform, WDT.P449, SKOS.closeMatch),
        (SG.characterIn, WDT.P674, OWL.inverseOf),
        (SG.episodeCount, WDT.P1113, SKOS.exactMatch),
    ],
)
def test_wikidata_alignment_is_machine_readable(onto, term, wikidata, strength):
    found = [p for p in ALIGNMENT if (term, p, wikidata) in onto]
    assert found == [strength], "exactly one alignment triple, of the documented strength"


def test_equivalent_properties_only_where_meaning_is_identical(onto):
    pairs = set(onto.subject_objects(OWL.equivalentProperty))
    assert pairs == {(SG.ratingValue, SCHEMA.ratingValue), (SG.bestRating, SCHEMA.bestRating)}


@pytest.mark.parametrize(
    "term, wikidata",
    [
        (SG.writtenBy, WDT.P58),
        (SG.genre, WDT.P136),
        (SG.producedBy, WDT.P272),
        (SG.filmingLocation, WDT.P915),
    ],
)
def test_encyclopedic_credits_are_subproperties_of_wikidata(onto, term, wikidata):
    found = [p for p in ALIGNMENT if (term, p, wikidata) in onto]
    assert found == [RDFS.subPropertyOf]
    assert (term, RDFS.domain, SG.Show) in onto


def test_release_date_stays_a_close_match_of_publication_date(onto):
    # a season's release date is not the series' publication date: no entailment
    assert [p for p in ALIGNMENT if (SG.releaseDate, p, WDT.P577) in onto] == [SKOS.closeMatch]
