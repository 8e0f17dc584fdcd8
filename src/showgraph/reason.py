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

from ._gc import gc_paused
from .errors import ShowgraphError
from .io import from_ox, to_ox
from .namespaces import (
    ARTICLE_GRAPH_PREFIX,
    INFERRED_GRAPH,
    ONTOLOGY_GRAPH,
    PREFIXES,
    SG,
    SGR,
    load_ontology,
    load_rules,
)

__all__ = [
    "reason",
    "reason_store",
    "truthy_triples",
    "ontology_of",
    "derivations",
    "compile_axioms",
    "Engine",
]

Engine = TypingLiteral["compiled", "owlrl"]
Triple = tuple[Node, Node, Node]

_NOISE_TYPES = {OWL.Thing, OWL.NamedIndividual, RDFS.Resource}
# Constructs whose OWL RL rules the compiled engine does not implement.
_UNSUPPORTED_PREDICATES = {
    OWL.onProperty,
    OWL.hasKey,
    OWL.intersectionOf,
    OWL.unionOf,
    OWL.complementOf,
    OWL.someValuesFrom,
    OWL.allValuesFrom,
    OWL.hasValue,
    OWL.maxCardinality,
    OWL.maxQualifiedCardinality,
    OWL.sameAs,
    OWL.differentFrom,
}
_UNSUPPORTED_TYPES = {
    OWL.FunctionalProperty,
    OWL.InverseFunctionalProperty,
    OWL.IrreflexiveProperty,
    OWL.AsymmetricProperty,
    OWL.ReflexiveProperty,
}


def reason(dataset: Dataset, *, engine: Engine = "compiled", target: Graph | None = None) -> Graph:
    """The triples OWL 2 RL and the rule files add to the dataset's truthy triples.

    Input is the ontology (the dataset's `sgr:graph/ontology`, else the packaged one) plus the
    truthy triples of the article graphs (`truthy_triples`); statement nodes, speculative facts
    and any existing `sgr:graph/inferred` are ignored, so the result is the same every time.
    Only useful triples are returned: their subject is an `sgr:` resource, and owlrl's noise
    (owl:Thing typing, reflexive owl:sameAs, literal typing, inconsistency markers) is left out.
    A `survives`/`diesIn` clash is not an error here; `showgraph.check` reports it.

    The triples go into `target` if given (e.g. `dataset.graph(INFERRED_GRAPH)`, so they are
    stored once, not copied), else into a new Graph; either is returned.
    `engine="owlrl"` computes the OWL step with the owlrl package instead (much slower).
    For a pyoxigraph store, `reason_store` skips the rdflib copies (much faster at scale).
    """
    with gc_paused():
        ontology = ontology_of(dataset)
        if engine == "compiled":
            triples: Iterable[Triple] = _compiled(ontology, truthy_triples(dataset))
        elif engine == "owlrl":
            triples = _owlrl(ontology, truthy_triples(dataset))
        else:
            raise ShowgraphError(f"unknown reasoning engine {engine!r}: use 'compiled' or 'owlrl'")
        if target is None:
            target = Graph()
            for prefix, ns in PREFIXES.items():
                target.bind(prefix, str(ns))
        # the store's own add: Graph.add/addN only add per-triple checks, and terms here are sound
        add = target.store.add
        for t in triples:
            add(t, target, False)
        return target


def _owlrl(ontology: Graph, truthy: Iterable[Triple]) -> Iterator[Triple]:
    base = set(truthy)
    reference = _OwlrlClosure(ontology, base)
    reference.run()
    _run_rules(load_rules(), reference)
    for t in reference.derived():
        if t not in base and is_useful(t):
            yield t


def reason_store(store, *, target: URIRef = INFERRED_GRAPH, batch: int = 200_000) -> int:
    """Recompute the inferred graph inside a pyoxigraph Store; return its size.

    Same triples as `reason(dataset)` for the dataset the store holds (its ontology graph,
    else the packaged ontology, and its `sgr:graph/article/...` graphs), but read from and
    written to the store directly as N-Triples text: no rdflib terms, and no pyoxigraph terms
    per triple either (oxigraph parses and prints them much faster than Python builds them).
    """
    import pyoxigraph as ox

    with gc_paused():
        onto_name = ox.NamedNode(str(ONTOLOGY_GRAPH))
        ontology = Graph()
        for q in store.quads_for_pattern(None, None, None, onto_name):
            ontology.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        if not len(ontology):
            ontology = load_ontology()
        closure = _CompiledClosure(compile_axioms(ontology), terms=_NtTerms())
        closure.add_ids(_store_truthy_ids(store, closure.terms))
        nodes, literals = closure.terms.nodes, closure.terms.literals
        graph = ox.NamedNode(str(target))
        if store.contains_named_graph(graph):
            store.remove_graph(graph)
        store.add_graph(graph)
        lines: list[str] = []
        count = 0
        for s, p, o in _closure_ids(closure):
            lines.append(f"{nodes[s]} {nodes[p]} {literals[-o] if o < 0 else nodes[o]} .\n")
            if len(lines) == batch:
                count += _load_nt(store, lines, graph)
        count += _load_nt(store, lines, graph)
        return count


def _load_nt(store, lines: list[str], graph) -> int:
    import pyoxigraph as ox

    if lines:
        store.load("".join(lines), format=ox.RdfFormat.N_TRIPLES, to_graph=graph, lenient=True)
    n = len(lines)
    lines.clear()
    return n


def _store_truthy_ids(store, terms: _NtTerms) -> Iterator[tuple[int, int, int]]:
    """The truthy triples of the store's article graphs, encoded: each graph is dumped as
    N-Triples (one `s p o .` per line; literals escape their line breaks) and split in Python."""
    import pyoxigraph as ox

    ids, intern = terms.ids, terms.intern
    statement_suffix = f" {terms.nt(RDF.type)} {terms.nt(SG.Statement)} ."
    for name in list(store.named_graphs()):
        if not isinstance(name, ox.NamedNode) or not name.value.startswith(ARTICLE_GRAPH_PREFIX):
            continue
        text = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name).decode("utf-8")
        lines = text.split("\n")
        lines.pop()  # after the last line break
        statements = {line.partition(" ")[0] for line in lines if line.endswith(statement_suffix)}
        for line in lines:
            s, p, o = line.split(" ", 2)
            if s in statements:
                continue
            o = o[:-2]  # " ."
            yield (
                ids.get(s) or intern(s),
                ids.get(p) or intern(p),
                ids.get(o) or intern(o),
            )


def _compiled(ontology: Graph, truthy: Iterable[Triple]) -> Iterator[Triple]:
    """The compiled engine end to end: new, useful triples as rdflib terms."""
    closure = _CompiledClosure(compile_axioms(ontology), truthy)
    nodes, literals = closure.terms.nodes, closure.terms.literals
    for s, p, o in _closure_ids(closure):
        yield (nodes[s], nodes[p], literals[-o] if o < 0 else nodes[o])


def _closure_ids(closure: _CompiledClosure) -> Iterator[tuple[int, int, int]]:
    """Run a closure holding the asserted triples (and the rules); yield its new, useful
    triples (see is_useful), encoded. What is new is read off the logs: no copy of the
    asserted triples."""
    asserted = len(closure.log)
    asserted_types = set(closure.asserted_types)
    closure.run()
    _run_rules(load_rules(), closure)
    terms = closure.terms
    same_as, noise = terms.id(OWL.sameAs), {terms.id(t) for t in _NOISE_TYPES}
    ours, blank = terms.ours(), terms.blanks()  # after the last new id
    noise |= blank
    log = closure.log
    for i in range(asserted, len(log)):
        t = log[i]
        s, p, o = t
        if (
            s > 0
            and ours[s]
            and not isinstance(p, tuple)
            and o not in blank
            and not (s == o and p == same_as)
        ):
            yield t
    rdf_type = closure.rdf_type
    for x, c in closure.types:
        if x > 0 and ours[x] and c > 0 and c not in noise and (x, c) not in asserted_types:
            yield (x, rdf_type, c)


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
    return base, closure.derived(), closure.decoded_why()


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


class _TermTable:
    """Dictionary encoding: every term gets an int (literals negative), so the fixpoint works
    on int tuples; comparing terms in Python would dominate the run time."""

    def __init__(self, unused):
        self.ids: dict[object, int] = {}
        self.nodes: list = [unused]  # id 0 unused
        self.literals: list = [unused]

    def _intern(self, key: object, term, literal: bool) -> int:
        i = self.ids.get(key)
        if i is None:
            if literal:
                self.literals.append(term)
                i = -(len(self.literals) - 1)
            else:
                self.nodes.append(term)
                i = len(self.nodes) - 1
            self.ids[key] = i
        return i

    def term(self, i):
        if isinstance(i, tuple):
            return tuple(self.term(x) for x in i)
        if not isinstance(i, int):
            return i
        return self.literals[-i] if i < 0 else self.nodes[i]


class _Terms(_TermTable):
    """The encoding keyed by rdflib terms, for `reason(dataset)`."""

    def __init__(self):
        super().__init__(RDF.nil)

    def id(self, term) -> object:
        if isinstance(term, tuple):  # auxiliary chain predicate
            return tuple(self.id(x) if isinstance(x, Node) else x for x in term)
        if isinstance(term, URIRef):
            key: object = str.__str__(term)  # a plain str: hashing and == stay in C
        elif isinstance(term, Literal):
            key = ("L", str.__str__(term), term.datatype, term.language)
        else:
            key = ("B", str(term))
        return self._intern(key, term, isinstance(term, Literal))

    def ours(self) -> list[bool]:
        """By node id: is it an `sgr:` IRI?"""
        sgr = str(SGR)
        return [isinstance(n, URIRef) and n.startswith(sgr) for n in self.nodes]

    def blanks(self) -> set[int]:
        return {i for i, n in enumerate(self.nodes) if isinstance(n, BNode)}

    def from_ox(self, term) -> int:
        return self.id(from_ox(term))

    def mirror(self, store, triples: list[tuple[int, int, int]], cache: dict) -> None:
        """Add encoded triples to a pyoxigraph store's default graph."""
        import pyoxigraph as ox

        def ox_term(i):
            found = cache.get(i)
            if found is None:
                found = cache[i] = to_ox(self.term(i))
            return found

        store.extend([ox.Quad(ox_term(s), ox_term(p), ox_term(o)) for s, p, o in triples])


class _NtTerms(_TermTable):
    """The encoding keyed by a term's N-Triples text (`<iri>`, `_:b`, `"v"^^<dt>`, exactly as
    pyoxigraph prints it), for `reason_store`: triples go in and out of the store as text, so
    no rdflib or pyoxigraph term is built per triple."""

    def __init__(self):
        super().__init__("")
        self._ours = "<" + str(SGR)

    @staticmethod
    def nt(term: Node) -> str:
        return str(to_ox(term))

    def id(self, term) -> object:
        if isinstance(term, tuple):  # auxiliary chain predicate
            return tuple(self.id(x) if isinstance(x, Node) else x for x in term)
        return self.intern(self.nt(term))

    def intern(self, text: str) -> int:
        i = self.ids.get(text)  # the common case, without a call
        return i if i is not None else self._intern(text, text, text[0] == '"')

    def ours(self) -> list[bool]:
        """By node id: is it an `sgr:` IRI?"""
        prefix = self._ours
        return [n.startswith(prefix) for n in self.nodes]

    def blanks(self) -> set[int]:
        return {i for i, n in enumerate(self.nodes) if n.startswith("_:")}

    def from_ox(self, term) -> int:
        return self.intern(str(term))

    def mirror(self, store, triples: list[tuple[int, int, int]], cache: dict) -> None:
        """Add encoded triples to a pyoxigraph store's default graph."""
        import pyoxigraph as ox

        if triples:
            nodes, literals = self.nodes, self.literals
            text = "".join(
                f"{nodes[s]} {nodes[p]} {literals[-o] if o < 0 else nodes[o]} .\n"
                for s, p, o in triples
            )
            store.load(text, format=ox.RdfFormat.N_TRIPLES, lenient=True)


class _CompiledClosure:
    """Forward chaining over property triples (semi-naive: each new triple joins once), then
    types from domains, ranges and subclasses, all on int-encoded terms. Types never feed
    property rules, because the ontology has no class restrictions (compile_axioms refuses
    them).

    With `record=True`, `self.why` maps each derived triple to its first derivation
    `(step, premises)`, where step is a tuple such as ("inverse", q, p); premises were derived
    before it, so following them always ends at asserted triples (used by showgraph.explain).
    """

    def __init__(
        self,
        axioms: Axioms,
        base: Iterable[Triple] = (),
        *,
        terms: _Terms | _NtTerms | None = None,
        record: bool = False,
    ):
        self.terms = terms = _Terms() if terms is None else terms
        enc = terms.id

        def encode_map(m):
            return {enc(k): tuple(enc(v) for v in vs) for k, vs in m.items() if vs}

        self.superproperties = encode_map(axioms.superproperties)
        self.inverses = encode_map(axioms.inverses)
        self.symmetric = {enc(p) for p in axioms.symmetric}
        self.domains = encode_map(axioms.domains)
        self.ranges = encode_map(axioms.ranges)
        self.superclasses = encode_map(axioms.superclasses)
        self.rdf_type = enc(RDF.type)
        self.chain_first: dict[object, list[tuple[object, object]]] = defaultdict(list)
        self.chain_second: dict[object, list[tuple[object, object]]] = defaultdict(list)
        for first, second, head in axioms.chains:
            self.chain_first[enc(first)].append((enc(second), enc(head)))
            self.chain_second[enc(second)].append((enc(first), enc(head)))
        for p in map(enc, axioms.transitive):
            self.chain_first[p].append((p, p))
            self.chain_second[p].append((p, p))
        self.by_subject: dict[object, dict[int, set[int]]] = {
            p: defaultdict(set) for p in self.chain_second
        }
        self.by_object: dict[object, dict[int, set[int]]] = {
            p: defaultdict(set) for p in self.chain_first
        }
        self.why: dict[tuple, tuple] | None = {} if record else None
        self.props: set[tuple] = set()
        self.log: list[tuple] = []  # every property triple, in order (types and rules sync)
        self.types: set[tuple[int, int]] = set()
        self.types_log: list[tuple[int, int]] = []  # `types` in the order they came
        self.asserted_types: set[tuple[int, int]] = set()
        self.type_log: list[tuple[int, int]] = []
        self.typed = 0  # how much of log / type_log _types has seen
        self.typed_asserted = 0
        self.queue: list[tuple] = []
        self._rule_store: _RuleStore | None = None
        self.rule_iris: frozenset = frozenset()  # set by _run_rules: what the rules can see
        self.add(base)

    def add(self, triples: Iterable[Triple], step: tuple | None = None) -> bool:
        """Add asserted triples, or a rule's output (`step` names the rule); True if any was
        new. Call run() after."""
        enc = self.terms.id
        return self.add_ids(((enc(s), enc(p), enc(o)) for s, p, o in triples), step)

    def add_ids(self, triples: Iterable[tuple], step: tuple | None = None) -> bool:
        """`add` for triples already encoded with `self.terms`."""
        rdf_type = self.rdf_type
        before = len(self.props) + len(self.asserted_types)
        for s, p, o in triples:
            if p == rdf_type:
                if (s, o) not in self.asserted_types:
                    self.asserted_types.add((s, o))
                    self.type_log.append((s, o))
                    if step and self.why is not None and (s, o) not in self.types:
                        self.why.setdefault((s, p, o), (step, ()))
            else:
                self._emit(s, p, o, step, ())
        return len(self.props) + len(self.asserted_types) > before

    def _emit(self, s, p, o, step=None, premises=None) -> None:
        t = (s, p, o)
        if t in self.props:
            return
        self.props.add(t)
        self.log.append(t)
        if step is not None and self.why is not None:
            self.why[t] = (step, premises)
        if p in self.by_subject:
            self.by_subject[p][s].add(o)
        if p in self.by_object:
            self.by_object[p][o].add(s)
        self.queue.append(t)

    def run(self) -> None:
        emit, queue = self._emit, self.queue
        sup, inv, sym = self.superproperties, self.inverses, self.symmetric
        chain_first, chain_second = self.chain_first, self.chain_second
        record = self.why is not None
        while queue:
            t = queue.pop()
            s, p, o = t
            for q in sup.get(p, ()):
                if record:
                    emit(s, q, o, ("subproperty", p, q), (t,))
                else:
                    emit(s, q, o)
            if o > 0:  # not a literal
                for q in inv.get(p, ()):
                    if record:
                        emit(o, q, s, ("inverse", q, p), (t,))
                    else:
                        emit(o, q, s)
                if p in sym:
                    emit(o, p, s, ("symmetric", p), (t,))
            if p in chain_first:
                for second, head in chain_first[p]:
                    for z in tuple(self.by_subject[second].get(o, ())):
                        emit(s, head, z, ("chain", head), (t, (o, second, z)))
            if p in chain_second:
                for first, head in chain_second[p]:
                    for x in tuple(self.by_object[first].get(s, ())):
                        emit(x, head, o, ("chain", head), ((x, first, s), t))
        self._types()

    def _types(self) -> None:
        """Types from the property triples and asserted types not seen yet (types only grow)."""
        domains, ranges, rdf_type = self.domains, self.ranges, self.rdf_type
        add = self._add_type
        new = self.log[self.typed :]
        self.typed = len(self.log)
        for t in new:
            s, p, o = t
            if p in domains:
                for c in domains[p]:
                    add(s, c, ("domain", p), t)
            if o > 0 and p in ranges:
                for c in ranges[p]:
                    add(o, c, ("range", p), t)
        new_asserted = self.type_log[self.typed_asserted :]
        self.typed_asserted = len(self.type_log)
        for x, c in new_asserted:
            add(x, c, None, None)
        del rdf_type

    def _add_type(self, x, c, step, premise) -> None:
        types, why, rdf_type = self.types, self.why, self.rdf_type
        if (x, c) not in types:
            types.add((x, c))
            self.types_log.append((x, c))
            if why is not None and step is not None:
                why.setdefault((x, rdf_type, c), (step, (premise,)))
        for d in self.superclasses.get(c, ()):
            if (x, d) not in types:
                types.add((x, d))
                self.types_log.append((x, d))
                if why is not None:
                    why.setdefault((x, rdf_type, d), (("subclass", c, d), ((x, rdf_type, c),)))

    def encoded(self) -> Iterator[tuple]:
        for t in self.props:
            if not isinstance(t[1], tuple):
                yield t
        rdf_type = self.rdf_type
        for x, c in self.types:
            yield (x, rdf_type, c)

    def derived(self) -> set[Triple]:
        term = self.terms.term
        return {(term(s), term(p), term(o)) for s, p, o in self.encoded()}

    def decoded_why(self) -> dict[tuple, tuple]:
        term = self.terms.term
        return {
            term(t): (term(step), tuple(term(x) for x in premises))
            for t, (step, premises) in (self.why or {}).items()
        }

    def run_rule(self, rule: _Rule) -> bool:
        """Run a rule with oxigraph over the closure triples that use the IRIs rules name,
        synced incrementally into one store; add its output; True if any was new."""
        if self._rule_store is None:
            self._rule_store = _RuleStore()
        return self.add_ids(self._rule_store.query(self, rule), ("rule", rule.name))


class _RuleStore:
    """A pyoxigraph store mirroring the part of a compiled closure the rules can see."""

    def __init__(self):
        import pyoxigraph

        self.store = pyoxigraph.Store()
        self.synced = 0  # how much of the closure's log, and of its types_log, is mirrored
        self.types_synced = 0
        self.named: set[int] = set()
        self.cache: dict[int, object] = {}
        self.version = 0  # bumped whenever the mirror changes
        self.changed: dict[int, int] = {}  # predicate -> version that last added to it
        self.last_run: dict[str, int] = {}  # rule name -> version it last ran on

    def query(self, closure: _CompiledClosure, rule: _Rule) -> list[tuple]:
        """The rule's output, encoded; empty if nothing the rule reads has changed since it
        last ran (its output would be the same, and the closure already has it)."""
        terms = closure.terms
        named = {terms.id(n) for n in closure.rule_iris | rule.named}
        if not named <= self.named:
            self.named |= named
            self.synced = self.types_synced = 0  # new IRIs to mirror: start over (first time)
            self.store.clear()
            self.version += 1
        named = self.named
        log = closure.log
        new = [t for t in log[self.synced :] if t[1] in named]
        self.synced = len(log)
        rdf_type = closure.rdf_type
        new += [(x, rdf_type, c) for x, c in closure.types_log[self.types_synced :] if c in named]
        self.types_synced = len(closure.types_log)
        if new:
            terms.mirror(self.store, new, self.cache)
            self.version += 1
            for p in {t[1] for t in new}:
                self.changed[p] = self.version
        last = self.last_run.get(rule.name)
        if last is not None:
            reads = self.changed if rule.reads is None else [terms.id(p) for p in rule.reads]
            if all(self.changed.get(p, 0) <= last for p in reads):
                return []
        self.last_run[rule.name] = self.version
        from_ox = terms.from_ox
        return [
            (from_ox(t.subject), from_ox(t.predicate), from_ox(t.object))
            for t in self.store.query(rule.text)
        ]


class _OwlrlClosure:
    """The reference: owlrl's OWL 2 RL semantics over ontology + truthy triples."""

    why = None
    rule_iris: frozenset = frozenset()

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

    def run_rule(self, rule: _Rule) -> bool:
        return self.add(list(self.graph.query(rule.prepared)))


@dataclass(frozen=True)
class _Rule:
    name: str
    text: str
    prepared: object
    named: frozenset  # every IRI the rule mentions
    reads: frozenset | None  # the predicates its patterns match; None: any (a variable or path)


def _run_rules(rules: list[tuple[str, str]], closure) -> None:
    """Run the CONSTRUCT rules in file-name order, each to a fixpoint with the OWL step, and
    repeat the whole sequence until it adds nothing (aggregate rules go last: see the files)."""
    prepared = [_prepare(name, text) for name, text in rules]
    closure.rule_iris = frozenset().union(*(r.named for r in prepared))
    changed = True
    while changed:
        changed = False
        for rule in prepared:
            while True:
                if not closure.run_rule(rule):
                    break
                closure.run()
                changed = True


def _prepare(name: str, text: str) -> _Rule:
    """Parse a rule and list the IRIs it names, so the compiled engine only mirrors those."""
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
    return _Rule(name, text, query, frozenset(named), _predicates_read(query.algebra))


def _predicates_read(algebra) -> frozenset | None:
    """The IRIs in predicate position of a query's triple patterns (not its CONSTRUCT
    template), or None if one is a variable or a path."""
    found: set = set()

    def visit(node) -> bool:
        if isinstance(node, dict):
            for key, v in node.items():
                if key == "template":
                    continue
                if key == "triples":
                    for t in v:
                        if not isinstance(t[1], URIRef):
                            return False
                        found.add(t[1])
                elif not visit(v):
                    return False
        elif isinstance(node, (list, tuple)):
            return all(visit(v) for v in node)
        return True

    return frozenset(found) if visit(algebra) else None
