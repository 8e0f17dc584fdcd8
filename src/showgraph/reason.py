"""OWL 2 RL closure of a showgraph dataset, plus the SPARQL rules in `ontology/rules/`.

`reason(dataset)` returns only what reasoning adds; the caller stores it in `sgr:graph/inferred`.
Two engines compute the same OWL step: "compiled" (default) turns the ontology's axioms into
set operations run to a fixpoint, "owlrl" runs the owlrl package (slow; the reference the tests
compare against).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal as TypingLiteral

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS
from rdflib.term import Node

from .errors import ShowgraphError
from .namespaces import (
    ARTICLE_GRAPH_PREFIX,
    ONTOLOGY_GRAPH,
    PREFIXES,
    SG,
    SGR,
    load_ontology,
    load_rules,
)

__all__ = ["reason", "truthy_triples", "ontology_of", "derivations", "compile_axioms", "Engine"]

Engine = TypingLiteral["compiled", "owlrl"]
Triple = tuple[Node, Node, Node]

_NOISE_TYPES = {OWL.Thing, OWL.NamedIndividual, RDFS.Resource}
# Constructs whose OWL RL rules the compiled engine does not implement.
_UNSUPPORTED_PREDICATES = {
    OWL.onProperty, OWL.hasKey, OWL.intersectionOf, OWL.unionOf, OWL.complementOf,
    OWL.someValuesFrom, OWL.allValuesFrom, OWL.hasValue, OWL.maxCardinality,
    OWL.maxQualifiedCardinality, OWL.sameAs, OWL.differentFrom,
}
_UNSUPPORTED_TYPES = {
    OWL.FunctionalProperty, OWL.InverseFunctionalProperty, OWL.IrreflexiveProperty,
    OWL.AsymmetricProperty, OWL.ReflexiveProperty,
}


def reason(dataset: Dataset, *, engine: Engine = "compiled") -> Graph:
    """The triples OWL 2 RL and the rule files add to the dataset's truthy triples.

    Input is the ontology (the dataset's `sgr:graph/ontology`, else the packaged one) plus the
    truthy triples of the article graphs (`truthy_triples`); statement nodes, speculative facts
    and any existing `sgr:graph/inferred` are ignored, so the result is the same every time.
    Only useful triples are returned: their subject is an `sgr:` resource, and owlrl's noise
    (owl:Thing typing, reflexive owl:sameAs, literal typing, inconsistency markers) is left out.
    A `survives`/`diesIn` clash is not an error here; `showgraph.check` reports it.

    `engine="owlrl"` computes the OWL step with the owlrl package instead (much slower).
    """
    ontology = ontology_of(dataset)
    base = set(truthy_triples(dataset))
    rules = load_rules()
    if engine == "compiled":
        closure = _CompiledClosure(compile_axioms(ontology), base)
        closure.run()
        _run_rules(rules, closure)
        derived = closure.derived()
    elif engine == "owlrl":
        closure = _OwlrlClosure(ontology, base)
        closure.run()
        _run_rules(rules, closure)
        derived = closure.derived()
    else:
        raise ShowgraphError(f"unknown reasoning engine {engine!r}: use 'compiled' or 'owlrl'")
    out = Graph()
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, str(ns))
    for t in sorted(t for t in derived if t not in base and is_useful(t)):
        out.add(t)
    return out


def derivations(dataset: Dataset) -> tuple[set[Triple], set[Triple], dict[tuple, tuple]]:
    """`(asserted, closure, why)` for explaining: `why` maps every derived triple to its first
    derivation `(step, premises)`; step is ("subproperty", p, q), ("inverse", q, p),
    ("symmetric", p), ("chain", head), ("domain", p), ("range", p), ("subclass", c, d) or
    ("rule", file name); premises may be auxiliary chain triples (a tuple as predicate) that
    have their own entry."""
    base = set(truthy_triples(dataset))
    closure = _CompiledClosure(compile_axioms(ontology_of(dataset)), base, record=True)
    closure.run()
    _run_rules(load_rules(), closure)
    return base, closure.derived(), closure.why or {}


def truthy_triples(dataset: Dataset) -> Iterator[Triple]:
    """Plain triples of every article graph, without the sg:Statement nodes' own triples."""
    for graph in dataset.graphs():
        if not str(graph.identifier).startswith(ARTICLE_GRAPH_PREFIX):
            continue
        statements = set(graph.subjects(RDF.type, SG.Statement))
        for triple in graph:
            if triple[0] not in statements:
                yield triple


def ontology_of(dataset: Dataset) -> Graph:
    """The dataset's ontology graph if it has one, else the packaged ontology."""
    for graph in dataset.graphs():
        if graph.identifier == ONTOLOGY_GRAPH and len(graph):
            return graph
    return load_ontology()


def is_useful(t: Triple) -> bool:
    """Keep inferences about our resources; drop owlrl's noise."""
    s, p, o = t
    if not isinstance(s, URIRef) or not str(s).startswith(str(SGR)):
        return False
    if isinstance(o, BNode):
        return False
    if p == OWL.sameAs and s == o:
        return False
    if p == RDF.type and (o in _NOISE_TYPES or isinstance(o, Literal)):
        return False
    return True


# --------------------------------------------------------------------------- compiled axioms


@dataclass
class Axioms:
    """The ontology's OWL RL axioms, closed (transitively) at the schema level.

    `chains` maps a pair (first, second) to the properties it implies; longer chains are split
    into pairs through auxiliary keys (tuples), which never reach the output.
    """

    superproperties: dict[Node, set[Node]] = field(default_factory=lambda: defaultdict(set))
    inverses: dict[Node, set[Node]] = field(default_factory=lambda: defaultdict(set))
    symmetric: set[Node] = field(default_factory=set)
    transitive: set[Node] = field(default_factory=set)
    domains: dict[Node, set[Node]] = field(default_factory=lambda: defaultdict(set))
    ranges: dict[Node, set[Node]] = field(default_factory=lambda: defaultdict(set))
    superclasses: dict[Node, set[Node]] = field(default_factory=lambda: defaultdict(set))
    chains: list[tuple[object, object, object]] = field(default_factory=list)


def compile_axioms(ontology: Graph) -> Axioms:
    """Read subproperty, equivalence, inverse, domain/range, subclass and chain axioms."""
    for p in _UNSUPPORTED_PREDICATES:
        if (None, p, None) in ontology:
            raise ShowgraphError(
                f"the compiled reasoner does not implement {p.n3()} axioms; "
                "use reason(dataset, engine='owlrl')"
            )
    for c in _UNSUPPORTED_TYPES:
        if (None, RDF.type, c) in ontology:
            raise ShowgraphError(
                f"the compiled reasoner does not implement {c.n3()}; "
                "use reason(dataset, engine='owlrl')"
            )
    ax = Axioms()
    sub_p: dict[Node, set[Node]] = defaultdict(set)
    for p, q in ontology.subject_objects(RDFS.subPropertyOf):
        sub_p[p].add(q)
    for p, q in ontology.subject_objects(OWL.equivalentProperty):
        sub_p[p].add(q)
        sub_p[q].add(p)
    sub_c: dict[Node, set[Node]] = defaultdict(set)
    for c, d in ontology.subject_objects(RDFS.subClassOf):
        sub_c[c].add(d)
    for c, d in ontology.subject_objects(OWL.equivalentClass):
        sub_c[c].add(d)
        sub_c[d].add(c)
    for p, q in ontology.subject_objects(OWL.inverseOf):
        ax.inverses[p].add(q)
        ax.inverses[q].add(p)
    ax.symmetric = set(ontology.subjects(RDF.type, OWL.SymmetricProperty))
    ax.transitive = set(ontology.subjects(RDF.type, OWL.TransitiveProperty))
    for p, c in ontology.subject_objects(RDFS.domain):
        ax.domains[p].add(c)
    for p, c in ontology.subject_objects(RDFS.range):
        ax.ranges[p].add(c)
    for p in list(sub_p):
        ax.superproperties[p] = _reachable(sub_p, p) - {p}
    for c in list(sub_c):
        ax.superclasses[c] = _reachable(sub_c, c) - {c}
    for head, lst in ontology.subject_objects(OWL.propertyChainAxiom):
        steps = list(Collection(ontology, lst))
        first: object = steps[0]
        for i, step in enumerate(steps[1:], start=1):
            target = head if i == len(steps) - 1 else ("chain", head, tuple(steps[: i + 1]))
            ax.chains.append((first, step, target))
            first = target
    return ax


def _reachable(edges: dict[Node, set[Node]], start: Node) -> set[Node]:
    seen = {start}
    todo = [start]
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


class _CompiledClosure:
    """Forward chaining over property triples (semi-naive: each new triple joins once), then
    types from domains, ranges and subclasses. Types never feed property rules here, because
    the ontology has no class restrictions (compile_axioms refuses them).

    With `record=True`, `self.why` maps each derived triple to its first derivation
    `(step, premises)`, where step is a tuple such as ("inverse", p, q); premises were derived
    before it, so following them always ends at asserted triples (used by showgraph.explain).
    """

    def __init__(self, axioms: Axioms, base: Iterable[Triple], *, record: bool = False):
        self.ax = axioms
        self.why: dict[tuple, tuple] | None = {} if record else None
        self.props: set[tuple] = set()
        self.types: set[tuple[Node, Node]] = set()
        self.asserted_types: set[tuple[Node, Node]] = set()
        self.chain_first: dict[object, list[tuple[object, object]]] = defaultdict(list)
        self.chain_second: dict[object, list[tuple[object, object]]] = defaultdict(list)
        for first, second, head in axioms.chains:
            self.chain_first[first].append((second, head))
            self.chain_second[second].append((first, head))
        for p in axioms.transitive:
            self.chain_first[p].append((p, p))
            self.chain_second[p].append((p, p))
        self.by_subject: dict[object, dict[Node, set[Node]]] = {
            p: defaultdict(set) for p in self.chain_second
        }
        self.by_object: dict[object, dict[Node, set[Node]]] = {
            p: defaultdict(set) for p in self.chain_first
        }
        self.queue: list[tuple] = []
        self.add(base)

    def add(self, triples: Iterable[Triple], step: tuple | None = None) -> bool:
        """Add asserted triples, or a rule's output (`step` names the rule); True if any was
        new. Call run() after."""
        before = len(self.props) + len(self.asserted_types)
        for s, p, o in triples:
            if p == RDF.type:
                if (s, o) not in self.asserted_types and step and self.why is not None:
                    self.why.setdefault((s, p, o), (step, ()))
                self.asserted_types.add((s, o))
            else:
                self._emit(s, p, o, step, ())
        return len(self.props) + len(self.asserted_types) > before

    def _emit(self, s, p, o, step=None, premises=None) -> None:
        t = (s, p, o)
        if t in self.props:
            return
        self.props.add(t)
        if step is not None and self.why is not None:
            self.why[t] = (step, premises)
        if p in self.by_subject:
            self.by_subject[p][s].add(o)
        if p in self.by_object:
            self.by_object[p][o].add(s)
        self.queue.append(t)

    def run(self) -> None:
        ax, emit, queue = self.ax, self._emit, self.queue
        while queue:
            t = queue.pop()
            s, p, o = t
            for q in ax.superproperties.get(p, ()):
                emit(s, q, o, ("subproperty", p, q), (t,))
            if not isinstance(o, Literal):
                for q in ax.inverses.get(p, ()):
                    emit(o, q, s, ("inverse", q, p), (t,))
                if p in ax.symmetric:
                    emit(o, p, s, ("symmetric", p), (t,))
            for second, head in self.chain_first.get(p, ()):
                for z in tuple(self.by_subject[second].get(o, ())):
                    emit(s, head, z, ("chain", head), (t, (o, second, z)))
            for first, head in self.chain_second.get(p, ()):
                for x in tuple(self.by_object[first].get(s, ())):
                    emit(x, head, o, ("chain", head), ((x, first, s), t))
        self._types()

    def _types(self) -> None:
        ax, why = self.ax, self.why
        direct: set[tuple[Node, Node]] = set(self.asserted_types)
        for t in self.props:
            s, p, o = t
            if isinstance(p, tuple):
                continue
            for c in ax.domains.get(p, ()):
                if (s, c) not in direct:
                    direct.add((s, c))
                    if why is not None:
                        why.setdefault((s, RDF.type, c), (("domain", p), (t,)))
            if not isinstance(o, Literal):
                for c in ax.ranges.get(p, ()):
                    if (o, c) not in direct:
                        direct.add((o, c))
                        if why is not None:
                            why.setdefault((o, RDF.type, c), (("range", p), (t,)))
        types = set(direct)
        for x, c in direct:
            for d in ax.superclasses.get(c, ()):
                if (x, d) not in types:
                    types.add((x, d))
                    if why is not None:
                        why.setdefault((x, RDF.type, d), (("subclass", c, d), ((x, RDF.type, c),)))
        self.types = types

    def triples(self) -> Iterator[Triple]:
        for t in self.props:
            if not isinstance(t[1], tuple):
                yield t
        for x, c in self.types:
            yield (x, RDF.type, c)

    def derived(self) -> set[Triple]:
        return set(self.triples())

    def rule_graph(self, predicates: set[Node], classes: set[Node]) -> Graph:
        """The closure's triples a rule can see: those with the predicates or classes it names."""
        g = Graph()
        for t in self.props:
            if t[1] in predicates:
                g.add(t)
        if classes:
            for x, c in self.types:
                if c in classes:
                    g.add((x, RDF.type, c))
        return g


class _OwlrlClosure:
    """The reference: owlrl's OWL 2 RL semantics over ontology + truthy triples."""

    why = None

    def __init__(self, ontology: Graph, base: Iterable[Triple]):
        self.graph = Graph()
        for t in ontology:
            self.graph.add(t)
        for t in base:
            self.graph.add(t)

    def add(self, triples: Iterable[Triple], step: tuple | None = None) -> bool:
        before = len(self.graph)
        for t in triples:
            self.graph.add(t)
        return len(self.graph) > before

    def run(self) -> None:
        import owlrl

        owlrl.DeductiveClosure(
            owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False
        ).expand(self.graph)

    def derived(self) -> set[Triple]:
        return set(self.graph)

    def rule_graph(self, predicates: set[Node], classes: set[Node]) -> Graph:
        return self.graph


def _run_rules(rules: list[tuple[str, str]], closure) -> None:
    """Run the CONSTRUCT rules in file-name order, each to a fixpoint with the OWL step, and
    repeat the whole sequence until it adds nothing (aggregate rules go last: see the files)."""
    prepared = [(name, *_prepare(name, text)) for name, text in rules]
    changed = True
    while changed:
        changed = False
        for name, query, predicates, classes in prepared:
            while True:
                found = list(closure.rule_graph(predicates, classes).query(query))
                if not closure.add(found, ("rule", name)):
                    break
                closure.run()
                changed = True


def _prepare(name: str, text: str):
    """Parse a rule and list the IRIs it names, so the compiled engine only hands it those."""
    from rdflib.plugins.sparql import prepareQuery

    try:
        query = prepareQuery(text)
    except Exception as exc:  # pyparsing raises several kinds
        raise ShowgraphError(f"ontology/rules/{name}: malformed rule: {exc}") from exc
    named = set()

    def visit(node):
        if isinstance(node, URIRef):
            named.add(node)
        elif isinstance(node, dict):
            for v in node.values():
                visit(v)
        elif isinstance(node, (list, tuple)):
            for v in node:
                visit(v)

    visit(query.algebra)
    predicates = {n for n in named if n != RDF.type}
    return query, predicates, named
