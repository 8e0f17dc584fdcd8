"""A short, human-readable account of what a dataset or store holds."""

from __future__ import annotations

from dataclasses import dataclass

from .namespaces import INFERRED_GRAPH, SG
from .query import query

_ENTITY_CLASSES = (
    ("shows", "sg:Show"),
    ("seasons", "sg:Season"),
    ("characters", "sg:Character"),
    ("actors", "sg:Actor"),
    ("people", "sg:Person"),
    ("platforms", "sg:Platform"),
    ("source works", "sg:SourceWork"),
)

_ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a sg:Article }"
_STATEMENTS = """
SELECT ?certainty (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st a sg:Statement ; sg:certainty ?certainty }
GROUP BY ?certainty
"""
_ENTITIES = (
    "SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE { VALUES ?class { "
    + " ".join(cls for _, cls in _ENTITY_CLASSES)
    + " } ?x a ?class } GROUP BY ?class"
)
_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
_INFERRED = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + str(INFERRED_GRAPH) + "> { ?s ?p ?o } }"


@dataclass(frozen=True)
class Summary:
    articles: int
    confirmed: int
    speculative: int
    entities: dict[str, int]
    quads: int
    inferred: int

    def to_text(self) -> str:
        entities = ", ".join(f"{n} {name}" for name, n in self.entities.items() if n)
        return "\n".join(
            [
                f"Articles: {self.articles}",
                f"Fact statements: {self.confirmed + self.speculative} "
                f"({self.confirmed} confirmed, {self.speculative} speculative)",
                f"Entities: {entities or 'none'}",
                f"Quads: {self.quads} (inferred: {self.inferred})",
            ]
        )


def summarise(source) -> Summary:
    """Count articles, statements by certainty, entities by class, quads and inferred triples.

    `source` is anything `showgraph.query` takes: an rdflib Dataset or a pyoxigraph Store.
    """

    def count(sparql: str) -> int:
        return int(query(source, sparql).rows[0][0])

    def counts(sparql: str) -> dict[str, int]:
        return {str(key): int(n) for key, n in query(source, sparql).rows}

    certainties = counts(_STATEMENTS)
    by_class = counts(_ENTITIES)
    return Summary(
        articles=count(_ARTICLES),
        confirmed=certainties.get(str(SG.Confirmed), 0),
        speculative=certainties.get(str(SG.Speculative), 0),
        entities={name: by_class.get(str(SG._NS) + cls[3:], 0) for name, cls in _ENTITY_CLASSES},
        quads=count(_QUADS),
        inferred=count(_INFERRED),
    )
