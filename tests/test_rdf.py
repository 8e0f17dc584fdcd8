"""Building the dataset: named graphs, truthy triples, statements, IRIs, and reading facts back."""

from __future__ import annotations

from rdflib import RDF, RDFS, SKOS, XSD, Literal
from rdflib.namespace import PROV

from showgraph.model import Extraction
from showgraph.namespaces import SCHEMA, SG
from showgraph.rdf import (
    add_extraction,
    article_graph_iri,
    article_graphs,
    character_iri,
    date_literal,
    facts_from_dataset,
    person_iri,
    season_iri,
    show_iri,
    slug,
    to_dataset,
)


def test_one_named_graph_per_article(sample_extraction):
    dataset = to_dataset([sample_extraction])
    graphs = list(article_graphs(dataset))
    assert [g.identifier for g in graphs] == [article_graph_iri("moon-garden-s2.txt")]


def test_confirmed_facts_are_truthy_speculative_only_statements(sample_extraction):
    graph = next(article_graphs(to_dataset([sample_extraction])))
    actor, character = person_iri("Han Seo-yeon"), character_iri("Moon Garden", "Kim Da-eun")
    assert (actor, SG.plays, character) in graph
    assert (character, SG.survives, season_iri("Moon Garden", 1)) in graph
    season2 = season_iri("Moon Garden", 2)
    assert (season2, SG.expectedReleaseDate, None) not in graph
    assert (season2, SG.episodeCount, None) not in graph
    speculative = set(graph.subjects(SG.certainty, SG.Speculative))
    assert {graph.value(st, RDF.predicate) for st in speculative} == {
        SG.expectedReleaseDate,
        SG.episodeCount,
    }


def test_every_fact_triple_has_a_statement_with_provenance(sample_extraction):
    graph = next(article_graphs(to_dataset([sample_extraction])))
    statements = set(graph.subjects(RDF.type, SG.Statement))
    # 13 facts; released and based_on each state two triples
    assert len(statements) == 15
    text = sample_extraction.article.text
    for st in statements:
        assert graph.value(st, PROV.wasDerivedFrom) is not None
        evidence = str(graph.value(st, SG.evidence))
        start, end = int(graph.value(st, SG.charStart)), int(graph.value(st, SG.charEnd))
        assert text[start:end] == evidence


def test_article_node(sample_extraction):
    graph = next(article_graphs(to_dataset([sample_extraction])))
    (article,) = graph.subjects(RDF.type, SG.Article)
    assert graph.value(article, SG.sourceName) == Literal("moon-garden-s2.txt")
    assert str(graph.value(article, SCHEMA.headline)).startswith("Moon Garden Season 2")


def test_labels_and_alt_labels(sample_extraction):
    graph = next(article_graphs(to_dataset([sample_extraction])))
    node = character_iri("Moon Garden", "Kim Da-eun")
    assert list(graph.objects(node, RDFS.label)) == [Literal("Kim Da-eun")]
    assert list(graph.objects(node, SKOS.altLabel)) == [Literal("Da-eun")]
    assert graph.value(show_iri("Moon Garden"), SG.hasSeason) is not None


def test_dates_keep_their_precision():
    assert date_literal("2022-06-06").datatype == XSD.date
    assert date_literal("2022-09").datatype == XSD.gYearMonth
    assert date_literal("2023").datatype == XSD.gYear


def test_iris_are_deterministic(sample_extraction):
    def quads(dataset):
        return set(dataset.quads())

    assert quads(to_dataset([sample_extraction])) == quads(to_dataset([sample_extraction]))
    assert slug("Nam On-jo") == "nam-on-jo"
    assert slug("Lee Jae-kyoo's") == "lee-jae-kyoos"
    assert slug("스위트홈").startswith("x")  # no ASCII: a stable hash, never empty


def test_rebuilding_an_article_replaces_its_graph(sample_extraction):
    dataset = to_dataset([sample_extraction])
    smaller = Extraction(sample_extraction.article, sample_extraction.facts[:1])
    add_extraction(dataset, smaller)
    graph = next(article_graphs(dataset))
    assert len(set(graph.subjects(RDF.type, SG.Statement))) == 2  # released: date + platform
    assert (None, SG.plays, None) not in graph


def test_facts_round_trip_through_the_graph(sample_extraction):
    (facts,) = facts_from_dataset(to_dataset([sample_extraction])).values()
    expected = sorted(str(sorted(f.as_gold().items())) for f in sample_extraction.facts)
    assert sorted(str(sorted(f.as_gold().items())) for f in facts) == expected


def test_an_article_that_used_only_a_short_form_labels_with_it(sample_extraction):
    names = {"Da-eun": "Kim Da-eun"}  # the full form came from another article
    extraction = Extraction(sample_extraction.article, sample_extraction.facts, names=names)
    graph = next(article_graphs(to_dataset([extraction])))
    node = character_iri("Moon Garden", "Kim Da-eun")
    assert graph.value(node, RDFS.label) is None
    assert list(graph.objects(node, SKOS.altLabel)) == [Literal("Da-eun")]
    (facts,) = facts_from_dataset(to_dataset([extraction])).values()
    assert {f.character for f in facts if f.rel == "fate"} == {"Da-eun", "Oh Jin-woo"}


def _film_extraction():
    from showgraph.model import Article, Fact

    text = "Glass Harbor is a 2010 comedy horror film written by Ada Quill, starring Bo Arden."
    article = Article("glass-harbor.txt", "Glass Harbor", text)
    facts = (
        Fact("released", "Glass Harbor", date="2010", evidence=text),
        Fact("writer", "Glass Harbor", person="Ada Quill", evidence=text),
        Fact("cast", "Glass Harbor", actor="Bo Arden", evidence=text),
        Fact("genre", "Glass Harbor", genre="comedy horror", evidence=text),
        Fact("producer", "Glass Harbor", company="Tide Pictures", evidence=text),
        Fact("filming_location", "Glass Harbor", place="Vancouver", evidence=text),
    )
    return Extraction(article, facts, names={"Ada Quill": "Ada Quill", "Bo Arden": "Bo Arden"})


def test_encyclopedic_facts_become_typed_labelled_triples():
    from showgraph.rdf import company_iri, genre_iri, place_iri

    graph = next(article_graphs(to_dataset([_film_extraction()])))
    film = show_iri("Glass Harbor")
    assert (film, SG.releaseDate, Literal("2010", datatype=XSD.gYear)) in graph
    assert (film, SG.writtenBy, person_iri("Ada Quill")) in graph
    assert (film, SG.castMember, person_iri("Bo Arden")) in graph
    assert (person_iri("Bo Arden"), RDF.type, SG.Actor) in graph
    genre = genre_iri("comedy horror")
    assert (film, SG.genre, genre) in graph and (genre, RDF.type, SG.Genre) in graph
    assert (genre, RDFS.label, Literal("comedy horror")) in graph
    company, place = company_iri("Tide Pictures"), place_iri("Vancouver")
    assert (film, SG.producedBy, company) in graph and (company, RDF.type, SG.Company) in graph
    assert (film, SG.filmingLocation, place) in graph and (place, RDF.type, SG.Place) in graph
    assert (place, RDFS.label, Literal("Vancouver")) in graph


def test_encyclopedic_facts_round_trip_through_the_graph():
    extraction = _film_extraction()
    (facts,) = facts_from_dataset(to_dataset([extraction])).values()
    assert sorted(map(repr, facts)) == sorted(map(repr, extraction.facts))
