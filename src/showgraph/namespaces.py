"""The showgraph vocabulary (`sg:`), resource (`sgr:`) namespaces, well-known graph IRIs and
loaders for the packaged ontology, SHACL shapes and inference rules."""

from __future__ import annotations

from importlib.resources import files
from typing import TYPE_CHECKING

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DefinedNamespace

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


class SG(DefinedNamespace):
    """Every term of `ontology/showgraph.ttl`; unknown names raise (a test keeps both in step)."""

    _NS = Namespace("https://w3id.org/showgraph/ontology#")
    _fail = True

    # classes
    Show: URIRef
    Season: URIRef
    Character: URIRef
    Person: URIRef
    Actor: URIRef
    Platform: URIRef
    SourceWork: URIRef
    Article: URIRef
    Rating: URIRef
    Genre: URIRef
    Company: URIRef
    Place: URIRef
    Statement: URIRef
    Certainty: URIRef
    # certainty values
    Confirmed: URIRef
    Speculative: URIRef
    # cast and characters
    plays: URIRef
    playedBy: URIRef
    characterIn: URIRef
    appearsIn: URIRef
    survives: URIRef
    diesIn: URIRef
    infectedIn: URIRef
    missingIn: URIRef
    castMember: URIRef
    actorIn: URIRef
    # shows and seasons
    hasSeason: URIRef
    seasonOf: URIRef
    nextSeason: URIRef
    previousSeason: URIRef
    seasonNumber: URIRef
    knownSeasonCount: URIRef
    episodeCount: URIRef
    renewalDate: URIRef
    releaseDate: URIRef
    expectedReleaseDate: URIRef
    filmingDate: URIRef
    cancellationDate: URIRef
    platform: URIRef
    # origin and credits
    basedOn: URIRef
    createdBy: URIRef
    directedBy: URIRef
    writtenBy: URIRef
    producedBy: URIRef
    genre: URIRef
    filmingLocation: URIRef
    # ratings
    rating: URIRef
    ratingValue: URIRef
    bestRating: URIRef
    ratingSource: URIRef
    # provenance
    certainty: URIRef
    evidence: URIRef
    charStart: URIRef
    charEnd: URIRef
    sourceName: URIRef
    contentHash: URIRef


SGR = Namespace("https://w3id.org/showgraph/resource/")
SCHEMA = Namespace("https://schema.org/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")

ONTOLOGY_GRAPH = URIRef(SGR["graph/ontology"])
INFERRED_GRAPH = URIRef(SGR["graph/inferred"])
ARTICLE_GRAPH_PREFIX = str(SGR["graph/article/"])

PREFIXES = {
    "sg": SG,
    "sgr": SGR,
    "schema": SCHEMA,
    "wdt": WDT,
}


def data_path(name: str) -> Traversable:
    """A file shipped in `showgraph/data/` (copies of `ontology/`; a test keeps them identical)."""
    return files("showgraph") / "data" / name


def load_ontology() -> Graph:
    """The showgraph ontology (`ontology/showgraph.ttl`) as a fresh Graph.

    Its blank nodes (RDF lists of property chains) get canonical labels, so every build
    writes the same bytes.
    """
    from rdflib.compare import to_canonical_graph

    parsed = Graph().parse(
        data=data_path("showgraph.ttl").read_text(encoding="utf-8"), format="turtle"
    )
    ontology = Graph()
    for triple in to_canonical_graph(parsed):  # a read-only view: copy it
        ontology.add(triple)
    return ontology


def load_shapes() -> Graph:
    """The SHACL shapes (`ontology/shapes.ttl`) as a fresh Graph."""
    return Graph().parse(data=data_path("shapes.ttl").read_text(encoding="utf-8"), format="turtle")


def load_rules() -> list[tuple[str, str]]:
    """The SPARQL CONSTRUCT inference rules as `(file name, query text)`, in file-name order."""
    rules = data_path("rules")
    return sorted(
        (p.name, p.read_text(encoding="utf-8")) for p in rules.iterdir() if p.name.endswith(".rq")
    )
