"""A short, human-readable account of what a dataset holds."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import RDF, Dataset

from .namespaces import INFERRED_GRAPH, SG
from .rdf import article_graphs

_CLASSES = (
    ("shows", SG.Show),
    ("seasons", SG.Season),
    ("characters", SG.Character),
    ("actors", SG.Actor),
    ("people", SG.Person),
    ("platforms", SG.Platform),
    ("source works", SG.SourceWork),
)


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


def summarise(dataset: Dataset) -> Summary:
    """Count articles, statements by certainty, entities by class, quads and inferred triples."""
    articles = confirmed = speculative = 0
    typed: dict = {}
    for graph in article_graphs(dataset):
        articles += 1
        for st in graph.subjects(RDF.type, SG.Statement):
            if graph.value(st, SG.certainty) == SG.Speculative:
                speculative += 1
            else:
                confirmed += 1
        for s, o in graph.subject_objects(RDF.type):
            typed.setdefault(o, set()).add(s)
    inferred = dataset.graph(INFERRED_GRAPH)
    for s, o in inferred.subject_objects(RDF.type):
        typed.setdefault(o, set()).add(s)
    return Summary(
        articles=articles,
        confirmed=confirmed,
        speculative=speculative,
        entities={name: len(typed.get(cls, ())) for name, cls in _CLASSES},
        quads=sum(1 for _ in dataset.quads()),
        inferred=len(inferred),
    )
