"""The showgraph vocabulary (`sg:`), resource (`sgr:`) namespaces and well-known graph IRIs."""

from __future__ import annotations

from rdflib import Namespace, URIRef

SG = Namespace("https://w3id.org/showgraph/ontology#")
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
