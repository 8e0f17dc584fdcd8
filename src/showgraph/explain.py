"""Explain a triple: the axiom or rule that inferred it, its premises, down to the article
sentences that assert them.

    explain(dataset, "Cho Yi-hyun", "sg:actorIn", "All of Us Are Dead").to_text()

Terms may be given as rdflib terms, full IRIs (with or without <>), prefixed names (sg:, sgr:,
rdf:, rdfs:, owl:, xsd:, schema:, wdt:, prov:, skos:; "a" for rdf:type), or, where exactly one
resource has it, an rdfs:label / skos:altLabel (case-insensitive; for the predicate, the label of
an sg: property such as "actor in"). An object may also be an N3 literal ('"2025-06-07"^^xsd:date')
or the lexical form of the one literal the subject has for that predicate ("3").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD, Namespace
from rdflib.term import Node, Variable
from rdflib.util import from_n3

from .check import Evidence, _qname, evidence_for, union_graph
from .errors import ShowgraphError
from .namespaces import ARTICLE_GRAPH_PREFIX, PREFIXES, SG, load_rules
from .reason import derivations, ontology_of

__all__ = ["explain", "Explanation", "resolve_term"]

Triple = tuple[Node, Node, Node]

_PREFIXES = {
    **{k: str(v) for k, v in PREFIXES.items()},
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "prov": str(PROV),
    "skos": str(SKOS),
}


@dataclass
class Explanation:
    """Why a triple holds. `step` is "asserted" or the axiom/rule applied (e.g. "inverse of
    sg:hasSeason", "property chain sg:plays ∘ sg:characterIn", "rule 20-next-season.rq");
    `premises` explain the triples it was applied to. An asserted triple carries the
    `evidence` of its confirmed statements and the `sources` (article source names) whose
    graphs contain it."""

    triple: Triple
    step: str
    premises: list[Explanation] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    @property
    def asserted(self) -> bool:
        return self.step == "asserted"

    def leaves(self) -> list[Explanation]:
        """The asserted triples the explanation rests on."""
        if self.asserted:
            return [self]
        return [leaf for p in self.premises for leaf in p.leaves()]

    def to_text(self) -> str:
        """An indented tree: each triple, the step that gives it, its premises below."""
        lines: list[str] = []
        self._render(lines, 0)
        return "\n".join(lines) + "\n"

    def _render(self, lines: list[str], depth: int) -> None:
        pad = "  " * depth
        lines.append(pad + " ".join(_show(t) for t in self.triple))
        if self.asserted:
            if self.evidence:
                for ev in self.evidence:
                    lines.append(f'{pad}  asserted: "{ev.sentence}" ({ev.source_name})')
            else:
                lines.append(f"{pad}  asserted (description) in: {', '.join(self.sources) or '?'}")
            return
        lines.append(f"{pad}  by {self.step}:")
        for premise in self.premises:
            premise._render(lines, depth + 2)


def explain(dataset: Dataset, s: Node | str, p: Node | str, o: Node | str) -> Explanation:
    """Explain why the triple (s, p, o) holds in the dataset (asserted or inferred).

    Inferences are recomputed with showgraph.reason's compiled engine, so the explanation
    matches `reason(dataset)` whether or not `sgr:graph/inferred` is stored.
    Raises ShowgraphError if a term cannot be resolved or the triple is not in the graph.
    """
    data = union_graph(dataset, inferred=False)
    asserted = set(data)
    base, closure, why = derivations(dataset)
    ontology = ontology_of(dataset)
    subject = resolve_term(s, data, ontology)
    predicate = resolve_term(p, data, ontology, predicate=True)
    obj = resolve_term(o, data, ontology)
    for given, term in ((s, subject), (p, predicate)):
        if type(term) is str:
            raise ShowgraphError(
                f"{given!r} names no resource: use an IRI, a prefixed name (sgr:...) "
                "or the exact label of one resource"
            )
    if type(obj) is str:
        obj = _literal_object(obj, subject, predicate, closure | asserted)
    triple = (subject, predicate, obj)
    if triple not in asserted and triple not in closure:
        raise ShowgraphError(_not_found(triple, data))
    builder = _Builder(dataset, data, asserted, closure, why, ontology)
    return builder.explain(triple, frozenset())


def resolve_term(term: Node | str, data: Graph, ontology: Graph, *, predicate: bool = False):
    """An rdflib term for `term` (see the module docstring); a plain string that names no
    resource is returned as is (it may be a literal's lexical form)."""
    if not isinstance(term, str) or isinstance(term, (URIRef, Literal)):
        return term
    text = term.strip()
    if predicate and text == "a":
        return RDF.type
    if text.startswith("<") and text.endswith(">"):
        return URIRef(text[1:-1])
    if re.match(r"^https?://", text):
        return URIRef(text)
    if text.startswith('"'):
        try:
            return from_n3(text, nsm=_namespace_manager())
        except Exception as exc:
            raise ShowgraphError(f"cannot read the literal {text}: {exc}") from exc
    prefix, colon, local = text.partition(":")
    if colon and prefix in _PREFIXES and " " not in text:
        if prefix == "sg" and local not in SG:
            raise ShowgraphError(f"sg:{local} is not a term of the showgraph ontology")
        return URIRef(_PREFIXES[prefix] + local)
    graph = ontology if predicate else data
    matches = sorted(
        {
            node
            for label_p in (RDFS.label, SKOS.altLabel)
            for node, label in graph.subject_objects(label_p)
            if isinstance(node, URIRef) and str(label).casefold() == text.casefold()
        }
    )
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        options = ", ".join(_qname(m) for m in matches)
        raise ShowgraphError(f"{text!r} is ambiguous: it labels {options}; give an IRI instead")
    if predicate:
        raise ShowgraphError(
            f"{text!r} is not a property: use a prefixed name (sg:plays), an IRI or a label"
        )
    return text


class _Builder:
    def __init__(self, dataset, data, asserted, closure, why, ontology):
        self.dataset = dataset
        self.data = data
        self.asserted = asserted
        self.closure = closure
        self.why = why
        self.ontology = ontology
        self._closure_graph: Graph | None = None

    def explain(self, triple: Triple, path: frozenset) -> Explanation:
        if triple in self.asserted:
            return Explanation(
                triple,
                "asserted",
                evidence=evidence_for(self.data, triple),
                sources=self._sources(triple),
            )
        step, premises = self.why[triple]
        if step[0] == "rule":
            premises = self._rule_premises(step[1], triple)
        premises = self._flatten(premises)
        path = path | {triple}
        children = [self.explain(t, path) for t in premises if t not in path]
        return Explanation(triple, self._describe(step), children)

    def _flatten(self, premises) -> list[Triple]:
        """Replace auxiliary chain triples (longer chains) by their own premises."""
        out: list[Triple] = []
        for t in premises:
            if isinstance(t[1], tuple):
                out.extend(self._flatten(self.why[t][1]))
            else:
                out.append(t)
        return out

    def _describe(self, step: tuple) -> str:
        kind = step[0]
        if kind == "subproperty":
            p, q = step[1], step[2]
            o = self.ontology
            if (p, OWL.equivalentProperty, q) in o or (q, OWL.equivalentProperty, p) in o:
                return f"equivalent property {_qname(p)} ≡ {_qname(q)}"
            return f"subproperty {_qname(p)} ⊑ {_qname(q)}"
        if kind == "inverse":
            return f"inverse of {_qname(step[2])}"
        if kind == "symmetric":
            return f"symmetric property {_qname(step[1])}"
        if kind == "chain":
            head = step[1]
            lst = self.ontology.value(head, OWL.propertyChainAxiom)
            if lst is None:
                return f"transitive property {_qname(head)}"
            return "property chain " + " ∘ ".join(_qname(x) for x in Collection(self.ontology, lst))
        if kind in ("domain", "range"):
            return f"{kind} of {_qname(step[1])}"
        if kind == "subclass":
            return f"subclass {_qname(step[1])} ⊑ {_qname(step[2])}"
        if kind == "rule":
            return f"rule ontology/rules/{step[1]}"
        return " ".join(map(str, step))

    def _rule_premises(self, name: str, triple: Triple) -> list[Triple]:
        """The triples a rule's WHERE matched to produce `triple` (first match, in order)."""
        from rdflib.plugins.sparql import prepareQuery

        text = dict(load_rules())[name]
        template = prepareQuery(text).algebra.template
        select = re.sub(r"CONSTRUCT\s*\{[^}]*\}", "SELECT *", text, count=1, flags=re.I)
        query = prepareQuery(select)
        patterns = _bgp_triples(query.algebra)
        for row in sorted(self.closure_graph.query(query), key=lambda r: [str(v) for v in r]):
            binding = row.asdict()
            if any(_bind(t, binding) == triple for t in template):
                found = {_bind(t, binding) for t in patterns}
                if None in found:
                    # an aggregate's inner variables are not projected: every match counts
                    found = self._all_matches(patterns, binding)
                return sorted((t for t in found if t is not None and t != triple), key=str)
        return []

    def _all_matches(self, patterns: list[tuple], binding: dict) -> set[Triple]:
        where = " ".join(" ".join(term.n3() for term in t) + " ." for t in patterns)
        variables = {str(term) for t in patterns for term in t if isinstance(term, Variable)}
        init = {k: v for k, v in binding.items() if k in variables}
        found: set[Triple] = set()
        for row in self.closure_graph.query(f"SELECT * WHERE {{ {where} }}", initBindings=init):
            values = {**init, **row.asdict()}
            found.update(t for t in (_bind(p, values) for p in patterns) if t is not None)
        return found

    @property
    def closure_graph(self) -> Graph:
        if self._closure_graph is None:
            g = Graph()
            for t in self.closure | self.asserted:
                g.add(t)
            self._closure_graph = g
        return self._closure_graph

    def _sources(self, triple: Triple) -> list[str]:
        out = []
        for graph in self.dataset.graphs():
            if str(graph.identifier).startswith(ARTICLE_GRAPH_PREFIX) and triple in graph:
                name = next(graph.objects(None, SG.sourceName), None)
                out.append(
                    str(name) if name else str(graph.identifier)[len(ARTICLE_GRAPH_PREFIX) :]
                )
        return sorted(out)


def _bgp_triples(algebra) -> list[tuple]:
    out: list[tuple] = []

    def visit(node):
        if isinstance(node, dict):
            if getattr(node, "name", None) == "BGP":
                out.extend(node["triples"])
            for v in node.values():
                visit(v)
        elif isinstance(node, list):
            for v in node:
                visit(v)

    visit(algebra)
    return out


def _bind(pattern: tuple, binding: dict) -> Triple | None:
    out = []
    for term in pattern:
        if isinstance(term, Variable):
            if str(term) not in binding:
                return None
            term = binding[str(term)]
        out.append(term)
    return tuple(out)  # type: ignore[return-value]


def _literal_object(text: str, s: Node, p: Node, triples: set[Triple]) -> Node:
    candidates = sorted({o for (ts, tp, o) in triples if ts == s and tp == p and str(o) == text})
    if len(candidates) == 1:
        return candidates[0]
    if len(candidates) > 1:
        raise ShowgraphError(f"{text!r} matches several literals; give it in N3 with its datatype")
    raise ShowgraphError(
        f"{text!r} names no resource (no IRI, prefixed name or unique label) "
        f"and is not a value of {_qname(s)} {_qname(p)}"
    )


def _not_found(triple: Triple, data: Graph) -> str:
    shown = " ".join(_show(t) for t in triple)
    msg = f"{shown} is not in the graph: no article asserts it and reasoning does not infer it"
    for st in data.subjects(RDF.subject, triple[0]):
        if (st, RDF.predicate, triple[1]) in data and (st, RDF.object, triple[2]) in data:
            if (st, SG.certainty, SG.Speculative) in data:
                article = data.value(st, PROV.wasDerivedFrom)
                source = data.value(article, SG.sourceName) if article is not None else None
                msg += (
                    f" (it is only stated speculatively in {source or article}: "
                    f'"{data.value(st, SG.evidence)}")'
                )
                break
    return msg


def _show(term: Node) -> str:
    if isinstance(term, Literal):
        return term.n3(_namespace_manager())
    return _qname(term)


def _namespace_manager():
    g = Graph()
    for prefix, ns in _PREFIXES.items():
        g.bind(prefix, Namespace(ns))
    return g.namespace_manager
