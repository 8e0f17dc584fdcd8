"""Validate a showgraph dataset: SHACL shapes (`ontology/shapes.ttl`) and conflicts between facts.

`check(dataset)` returns a `CheckReport`: `.conforms`, `.problems`, `.to_text()` and `.graph`
(a SHACL validation report, conflicts included, that serialises as Turtle).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SH
from rdflib.term import Node

from .namespaces import ARTICLE_GRAPH_PREFIX, INFERRED_GRAPH, PREFIXES, SG, load_shapes

__all__ = ["check", "CheckReport", "Problem", "Evidence", "evidence_for", "union_graph"]

SGSH = "https://w3id.org/showgraph/shapes#"


def _two_dates(prop: str, what: str) -> tuple[str, str]:
    """A conflict query: one subject with two `sg:{prop}` dates, neither a prefix of the other
    ("2022" and "2022-06-07" only differ in precision)."""
    query = f"""
        SELECT ?s1 ?p1 ?o1 ?s2 ?p2 ?o2 WHERE {{
            ?s1 sg:{prop} ?o1 , ?o2 .
            FILTER (STR(?o1) < STR(?o2))
            FILTER (!STRSTARTS(STR(?o2), STR(?o1)))
            BIND (sg:{prop} AS ?p1) BIND (?s1 AS ?s2) BIND (sg:{prop} AS ?p2)
        }}"""
    return query, "{s1} has two " + what + " dates: {o1} and {o2}"


# Conflict kinds, each a SPARQL query over the truthy triples that returns the two clashing
# triples as (?s1 ?p1 ?o1) and (?s2 ?p2 ?o2), and a message template over their labels.
_CONFLICTS: dict[str, tuple[str, str]] = {
    "fate-conflict": (
        """
        SELECT ?s1 ?p1 ?o1 ?s2 ?p2 ?o2 WHERE {
            ?s1 sg:survives ?o1 .
            ?s1 sg:diesIn ?o1 .
            BIND (sg:survives AS ?p1) BIND (?s1 AS ?s2) BIND (sg:diesIn AS ?p2) BIND (?o1 AS ?o2)
        }""",
        "{s1} both survives and dies in {o1}",
    ),
    "renewal-date-conflict": _two_dates("renewalDate", "renewal"),
    "release-date-conflict": _two_dates("releaseDate", "release"),
    "actor-conflict": (
        """
        SELECT ?s1 ?p1 ?o1 ?s2 ?p2 ?o2 WHERE {
            ?s1 sg:plays ?o1 .
            ?s2 sg:plays ?o1 .
            FILTER (STR(?s1) < STR(?s2))
            BIND (sg:plays AS ?p1) BIND (sg:plays AS ?p2) BIND (?o1 AS ?o2)
        }""",
        "{o1} is played by two actors: {s1} and {s2}",
    ),
}
"""Two dates conflict only if neither refines the other ("2022" and "2022-06-07" agree)."""

_EVIDENCE_QUERY = """
SELECT ?statement ?p ?evidence ?article ?source ?start ?end WHERE {
    ?statement a sg:Statement ;
        rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
        sg:certainty sg:Confirmed .
    OPTIONAL { ?statement sg:evidence ?evidence }
    OPTIONAL { ?statement prov:wasDerivedFrom ?article .
               OPTIONAL { ?article sg:sourceName ?source } }
    OPTIONAL { ?statement sg:charStart ?start }
    OPTIONAL { ?statement sg:charEnd ?end }
}
ORDER BY ?source ?statement
"""


@dataclass(frozen=True)
class Evidence:
    """Where an asserted triple comes from: one confirmed statement of one article."""

    triple: tuple[Node, Node, Node]
    statement: URIRef
    sentence: str
    article: URIRef | None
    source_name: str
    span: tuple[int, int] | None = None


@dataclass(frozen=True)
class Problem:
    """One finding. `kind` is "shacl" or one of the conflict kinds ("fate-conflict",
    "renewal-date-conflict", "release-date-conflict", "actor-conflict"); `evidence` lists
    the statements behind the clashing (or offending) triples, both sides for a conflict."""

    kind: str
    message: str
    focus: Node | None = None
    evidence: tuple[Evidence, ...] = ()
    shape: Node | None = None

    @property
    def source_names(self) -> list[str]:
        return sorted({e.source_name for e in self.evidence})

    @property
    def sentences(self) -> list[str]:
        return [e.sentence for e in self.evidence]


@dataclass
class CheckReport:
    conforms: bool
    problems: list[Problem] = field(default_factory=list)
    graph: Graph = field(default_factory=Graph)

    def to_text(self) -> str:
        """A readable report: one block per problem with its evidence sentences and sources."""
        if self.conforms:
            return "Conforms: no shape violations, no conflicting facts.\n"
        shapes = sum(p.kind == "shacl" for p in self.problems)
        lines = [
            f"Does not conform: {len(self.problems)} problem(s) "
            f"({shapes} shape violation(s), {len(self.problems) - shapes} conflict(s))."
        ]
        for problem in self.problems:
            lines.append("")
            lines.append(f"[{problem.kind}] {problem.message}")
            for ev in problem.evidence:
                lines.append(f'    {_qname(ev.triple[1])}: "{ev.sentence}" ({ev.source_name})')
        return "\n".join(lines) + "\n"


def check(dataset: Dataset) -> CheckReport:
    """Run the SHACL shapes and the conflict queries over the dataset's article graphs.

    Shapes see the union of the article graphs (truthy triples and statement nodes) plus the
    stored `sgr:graph/inferred`, if any; conflicts are between confirmed facts, each reported
    with the evidence sentence and source article of both sides.
    """
    import pyshacl

    data = union_graph(dataset)
    conforms, report, _text = pyshacl.validate(
        data, shacl_graph=load_shapes(), inference="none", advanced=True, allow_warnings=True
    )
    # sh:detail results (inside sh:or, sh:node) are explained by their parent: skip them
    results = [r for r in report.objects(None, SH.result)]
    problems = [_shacl_problem(report, data, r) for r in results]
    problems.sort(key=lambda p: (str(p.focus), p.message))
    conflicts = find_conflicts(data)
    for conflict in conflicts:
        _add_to_report(report, conflict)
    if conflicts:
        conforms = False
        for node in report.subjects(RDF.type, SH.ValidationReport):
            report.set((node, SH.conforms, Literal(False)))
    for prefix, ns in PREFIXES.items():
        report.bind(prefix, str(ns))
    report.bind("sgsh", SGSH)
    return CheckReport(conforms=bool(conforms), problems=problems + conflicts, graph=report)


def find_conflicts(data: Graph) -> list[Problem]:
    """Conflicting confirmed facts in a union graph, both sides with their evidence."""
    problems = []
    for kind, (query, template) in _CONFLICTS.items():
        for row in data.query(query, initNs=_NS):
            first, second = (row.s1, row.p1, row.o1), (row.s2, row.p2, row.o2)
            names = {k: _name(data, row[k]) for k in ("s1", "o1", "s2", "o2")}
            evidence = tuple(evidence_for(data, first)) + tuple(evidence_for(data, second))
            problems.append(
                Problem(kind, template.format(**names), focus=row.s1, evidence=evidence)
            )
    problems.sort(key=lambda p: (p.kind, str(p.focus), p.message))
    return problems


def evidence_for(data: Graph, triple: tuple[Node, Node | None, Node]) -> list[Evidence]:
    """The confirmed statements that assert `triple`, with sentence and article source name.

    A predicate of None stands for any: every confirmed statement linking subject and object.
    """
    s, p, o = triple
    bindings = {"s": s, "o": o} if p is None else {"s": s, "p": p, "o": o}
    out = []
    for row in data.query(_EVIDENCE_QUERY, initNs=_NS, initBindings=bindings):
        span = (
            (int(row.start), int(row.end))
            if row.start is not None and row.end is not None
            else None
        )
        out.append(
            Evidence(
                triple=(s, row.p, o),
                statement=row.statement,
                sentence=str(row.evidence or ""),
                article=row.article,
                source_name=str(row.source or row.article or "?"),
                span=span,
            )
        )
    return out


def union_graph(dataset: Dataset, *, inferred: bool = True) -> Graph:
    """All article graphs (and the stored inferred graph) merged into one Graph."""
    out = Graph()
    for graph in dataset.graphs():
        name = str(graph.identifier)
        if name.startswith(ARTICLE_GRAPH_PREFIX) or (
            inferred and graph.identifier == INFERRED_GRAPH
        ):
            for t in graph:
                out.add(t)
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, str(ns))
    return out


_IRI = re.compile(r"https://w3id\.org/showgraph/[^\s,;:)>\]]*[^\s,;:.)>\]]")
_NS = {"sg": SG._NS, "rdf": RDF, "prov": PROV}


def _shacl_problem(report: Graph, data: Graph, result: Node) -> Problem:
    focus = report.value(result, SH.focusNode)
    path = report.value(result, SH.resultPath)
    value = report.value(result, SH.value)
    shape = report.value(result, SH.sourceShape)
    message = str(report.value(result, SH.resultMessage) or "violates a shape")
    named = [URIRef(iri) for iri in dict.fromkeys(_IRI.findall(message))]
    message = _IRI.sub(lambda m: _name(data, URIRef(m.group(0))), message)
    where = _name(data, focus) if focus is not None else "?"
    if isinstance(path, URIRef):
        where += f" {_qname(path)}"
    if value is not None and value != focus:
        where += f" {_name(data, value)}"
    evidence: tuple[Evidence, ...] = ()
    if isinstance(path, URIRef) and value is not None:
        evidence = tuple(evidence_for(data, (focus, path, value)))
    elif focus is not None:  # a SPARQL constraint names its nodes in the message instead
        evidence = tuple(ev for node in named for ev in evidence_for(data, (focus, None, node)))
    return Problem("shacl", f"{where}: {message}", focus=focus, evidence=evidence, shape=shape)


def _add_to_report(report: Graph, problem: Problem) -> None:
    """Record a conflict in the SHACL report so that `.graph` tells the whole story."""
    root = next(report.subjects(RDF.type, SH.ValidationReport), None)
    node = BNode()
    if root is not None:
        report.add((root, SH.result, node))
    report.add((node, RDF.type, SH.ValidationResult))
    report.add((node, SH.resultSeverity, SH.Violation))
    report.add((node, SH.focusNode, problem.focus))
    report.add((node, SH.sourceShape, URIRef(SGSH + problem.kind)))
    report.add((node, SH.resultMessage, Literal(problem.message)))
    for ev in problem.evidence:
        report.add((node, PROV.wasDerivedFrom, ev.statement))


def _name(data: Graph, node: Node) -> str:
    if isinstance(node, Literal):
        return str(node)
    label = data.value(node, RDFS.label)
    return str(label) if label is not None else _qname(node)


_QNAME_PREFIXES = {
    **{k: str(v) for k, v in PREFIXES.items()},
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "prov": str(PROV),
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}


def _qname(node: Node) -> str:
    text = str(node)
    for prefix, ns in _QNAME_PREFIXES.items():
        if text.startswith(str(ns)):
            return f"{prefix}:{text[len(str(ns)) :]}"
    return node.n3() if hasattr(node, "n3") else text
