"""reason(): each kind of inference, only new useful triples, idempotence, equality with owlrl."""

from __future__ import annotations

import random

import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import OWL, RDF, XSD

from showgraph.errors import ShowgraphError
from showgraph.namespaces import INFERRED_GRAPH, SCHEMA, SG, SGR, WDT, load_ontology
from showgraph.reason import compile_axioms, reason, truthy_triples
from tests.fixtures.reason.datasets import (
    CHO,
    IMDB,
    NAMRA,
    NETFLIX,
    ONJO,
    PARK,
    S1,
    S2,
    S3,
    SHOW,
    WEBTOON,
    ArticleGraph,
    clean_dataset,
    conflicting_dataset,
)


@pytest.fixture(scope="module")
def inferred() -> Graph:
    return reason(clean_dataset())


@pytest.mark.parametrize(
    "triple, why",
    [
        ((PARK, RDF.type, SG.Person), "Actor subClassOf Person"),
        ((PARK, RDF.type, SCHEMA.Person), "subclass chain Actor ⊑ Person ⊑ schema:Person"),
        ((SHOW, RDF.type, SCHEMA.TVSeries), "Show subClassOf schema:TVSeries"),
        ((NETFLIX, RDF.type, SCHEMA.Organization), "Platform subClassOf schema:Organization"),
        ((ONJO, SG.playedBy, PARK), "inverse of sg:plays"),
        ((S1, SG.seasonOf, SHOW), "inverse of sg:hasSeason"),
        ((NAMRA, SG.appearsIn, S1), "subproperty infectedIn ⊑ appearsIn"),
        ((ONJO, SG.appearsIn, S1), "subproperty survives ⊑ appearsIn"),
        ((NAMRA, SG.characterIn, SHOW), "chain appearsIn ∘ seasonOf"),
        ((CHO, SG.actorIn, SHOW), "chain plays ∘ characterIn over an inferred characterIn"),
        ((PARK, SG.actorIn, SHOW), "chain plays ∘ characterIn"),
        ((SHOW, SG.castMember, PARK), "inverse of actorIn"),
        ((SHOW, WDT.P161, PARK), "castMember ⊑ wdt:P161"),
        ((SHOW, WDT.P144, WEBTOON), "basedOn ⊑ wdt:P144"),
        ((IMDB, SCHEMA.ratingValue, Literal(7.5)), "ratingValue ≡ schema:ratingValue"),
        ((SHOW, SG.hasSeason, S3), "rule 10-renewed-season.rq"),
        ((S3, SG.seasonOf, SHOW), "inverse over a rule's output"),
        ((S2, SG.nextSeason, S3), "rule 20-next-season.rq"),
        ((S1, SG.nextSeason, S2), "rule 20-next-season.rq"),
        ((S3, SG.previousSeason, S2), "inverse of nextSeason"),
        ((SHOW, SG.knownSeasonCount, Literal(3)), "rule 30-known-season-count.rq"),
    ],
)
def test_inference(inferred, triple, why):
    assert triple in inferred, why


def test_domain_and_range_typing():
    ds = Dataset()
    a = ArticleGraph(ds, "bare", "Bare facts, no types")
    a.fact(PARK, SG.plays, ONJO, "Park Ji-hu plays On-jo.")
    out = reason(ds)
    assert (PARK, RDF.type, SG.Actor) in out, "domain of sg:plays"
    assert (ONJO, RDF.type, SG.Character) in out, "range of sg:plays"


def test_only_new_triples_about_our_resources(inferred):
    asserted = set(truthy_triples(clean_dataset()))
    assert not any(t in asserted for t in inferred)
    assert all(str(s).startswith(str(SGR)) for s in inferred.subjects())


def test_no_owlrl_noise(inferred):
    assert (None, RDF.type, OWL.Thing) not in inferred
    assert not any(s == o for s, o in inferred.subject_objects(OWL.sameAs))
    assert not any(isinstance(s, Literal) for s in inferred.subjects())
    assert (None, RDF.type, XSD.integer) not in inferred


def test_statements_and_speculation_are_not_reasoned_over(inferred):
    statement_nodes = [s for s in inferred.subjects() if "/statement/" in str(s)]
    assert statement_nodes == []
    # "Nam-ra may die in season 2" is speculative: she must not appear in season 2
    assert (NAMRA, SG.appearsIn, S2) not in inferred
    assert (NAMRA, SG.diesIn, S2) not in inferred


def test_idempotent_with_existing_inferred_graph(inferred):
    ds = clean_dataset()
    target = ds.graph(INFERRED_GRAPH)
    for t in reason(ds):
        target.add(t)
    again = reason(ds)
    assert set(again) == set(inferred)


def test_reasoning_over_the_closure_adds_nothing(inferred):
    ds = clean_dataset()
    a = ArticleGraph(ds, "closure", "The closure, asserted")
    for t in inferred:
        a.describe(*t)
    # only the extra article node itself is new
    assert set(reason(ds).subjects()) == {a.article}


def test_deterministic_serialisation():
    one = reason(clean_dataset()).serialize(format="nt", encoding="utf-8")
    two = reason(clean_dataset()).serialize(format="nt", encoding="utf-8")
    assert sorted(one.splitlines()) == sorted(two.splitlines())


def test_ontology_from_package_when_dataset_has_none():
    with_graph = set(reason(clean_dataset(with_ontology=True)))
    without = set(reason(clean_dataset(with_ontology=False)))
    assert with_graph == without


def test_conflicting_facts_do_not_stop_reasoning():
    out = reason(conflicting_dataset())
    assert (ONJO, SG.appearsIn, S1) in out
    assert len(list(out.objects(NAMRA, SG.playedBy))) == 2


@pytest.mark.parametrize("build", [clean_dataset, conflicting_dataset])
def test_same_as_owlrl_on_fixtures(build):
    assert set(reason(build())) == set(reason(build(), engine="owlrl"))


def random_dataset(seed: int, shows: int = 3) -> Dataset:
    """Random shows with gaps: some seasons only renewed, characters with and without
    sg:characterIn, several fates per character, actors in several shows."""
    rng = random.Random(seed)
    ds = Dataset()
    a = ArticleGraph(ds, f"random-{seed}", "random")
    actors = [SGR[f"person/actor-{i}"] for i in range(shows * 2)]
    fates = [SG.survives, SG.diesIn, SG.infectedIn, SG.missingIn, SG.appearsIn]
    for s in range(shows):
        show = SGR[f"show/show-{s}"]
        if rng.random() < 0.8:
            a.label(show, SG.Show, f"Show {s}")
        seasons = [SGR[f"show/show-{s}/season/{n}"] for n in range(1, 5)]
        for n, season in enumerate(seasons, start=1):
            if rng.random() < 0.6:
                a.describe(show, SG.hasSeason, season)
            elif rng.random() < 0.5:
                a.describe(season, SG.seasonOf, show)
            if rng.random() < 0.8:
                a.describe(season, SG.seasonNumber, Literal(n))
            if rng.random() < 0.3:
                a.fact(season, SG.renewalDate, Literal(f"202{n}", datatype=XSD.gYear), "r")
        for c in range(3):
            character = SGR[f"show/show-{s}/character/c{c}"]
            if rng.random() < 0.4:
                a.describe(character, SG.characterIn, show)
            for season in rng.sample(seasons, rng.randint(0, 2)):
                a.fact(character, rng.choice(fates), season, "f")
            a.fact(rng.choice(actors), SG.plays, character, "p")
        if rng.random() < 0.5:
            a.describe(show, SG.castMember, rng.choice(actors))
    return ds


@pytest.mark.parametrize("seed", range(6))
def test_same_as_owlrl_on_random_graphs(seed):
    compiled = set(reason(random_dataset(seed)))
    reference = set(reason(random_dataset(seed), engine="owlrl"))
    assert compiled == reference, (
        sorted(compiled - reference)[:5],
        sorted(reference - compiled)[:5],
    )


def test_compiled_engine_refuses_axioms_it_does_not_implement():
    onto = load_ontology()
    onto.add((SG.plays, RDF.type, OWL.FunctionalProperty))
    with pytest.raises(ShowgraphError, match="engine='owlrl'"):
        compile_axioms(onto)


def test_unknown_engine():
    with pytest.raises(ShowgraphError, match="unknown reasoning engine"):
        reason(clean_dataset(), engine="magic")  # type: ignore[arg-type]


def _store_of(ds: Dataset):
    import pyoxigraph as ox

    from showgraph.io import to_ox

    store = ox.Store()
    for g in ds.graphs():
        for s, p, o in g:
            store.add(ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(str(g.identifier))))
    return store


def _inferred_in(store) -> set:
    import pyoxigraph as ox

    from showgraph.io import from_ox

    return {
        (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object))
        for q in store.quads_for_pattern(None, None, None, ox.NamedNode(str(INFERRED_GRAPH)))
    }


def test_reason_store_writes_the_same_inferred_graph():
    import pyoxigraph as ox

    from showgraph.io import to_ox
    from showgraph.reason import reason_store

    ds = clean_dataset()
    store = _store_of(ds)
    stale = ox.Quad(to_ox(SHOW), to_ox(SG.plays), to_ox(SHOW), ox.NamedNode(str(INFERRED_GRAPH)))
    store.add(stale)
    expected = set(reason(ds))
    assert reason_store(store) == len(expected)
    assert _inferred_in(store) == expected, "the stale triple is gone and nothing else differs"


def test_reason_store_equals_reason_on_a_generated_graph():
    """Guards the store path's N-Triples reading and writing (statement nodes, literals with
    datatypes, several write batches) against reason() on ~5k truthy triples."""
    from showgraph.reason import reason_store

    ds = random_dataset(3, shows=70)
    with_statements = sum(len(g) for g in ds.graphs())
    assert with_statements > 5_000
    ds.graph(SGR["graph/article/extra"]).add((SHOW, SG.sourceName, Literal('a "quoted"\nline')))
    store = _store_of(ds)
    expected = set(reason(ds))
    assert reason_store(store, batch=500) == len(expected)
    assert _inferred_in(store) == expected
    assert reason_store(store) == len(expected), "idempotent"


def test_add_inferred_fills_the_datasets_inferred_graph():
    from showgraph.pipeline import add_inferred

    ds = clean_dataset()
    expected = set(reason(clean_dataset()))
    assert add_inferred(ds) == len(expected)
    assert add_inferred(ds) == len(expected), "replaced, not added to"
    assert set(ds.graph(INFERRED_GRAPH)) == expected


def test_rules_rerun_only_when_what_they_read_changed():
    from showgraph.namespaces import load_rules
    from showgraph.reason import _prepare

    reads = {name: _prepare(name, text).reads for name, text in load_rules()}
    assert reads["20-next-season.rq"] == {SG.hasSeason, SG.seasonNumber}
    assert _prepare("any", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").reads is None


def test_pipeline_dataset_reasons_like_owlrl_and_checks(sample_extraction):
    """Guards the contract with rdf.to_dataset: its layout is what reason/check expect."""
    from showgraph.check import check
    from showgraph.rdf import to_dataset

    ds = to_dataset([sample_extraction], ontology=load_ontology())
    inferred = reason(ds)
    assert len(inferred) > 0
    assert set(inferred) == set(reason(ds, engine="owlrl"))
    assert (None, SG.actorIn, None) in inferred
    report = check(ds)
    assert report.to_text()
    assert not [p for p in report.problems if p.kind != "shacl" and not p.evidence]
