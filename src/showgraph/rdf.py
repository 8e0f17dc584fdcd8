"""Turn extractions into an rdflib Dataset in the showgraph vocabulary, and read facts back.

Each article gets its own named graph holding its `sg:Article` node, descriptions of the
entities it mentions, truthy triples for its confirmed facts and one `sg:Statement` per fact
triple. IRIs are minted from names, so the same input always gives the same graph.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from decimal import Decimal

from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV

from .model import Article, Extraction, Fact
from .namespaces import ARTICLE_GRAPH_PREFIX, SCHEMA, SG, SGR

Triple = tuple[URIRef, URIRef, URIRef | Literal]

FATE_PROPERTIES = {
    "survives": SG.survives,
    "dies": SG.diesIn,
    "infected": SG.infectedIn,
    "missing": SG.missingIn,
}
CERTAINTY_TERMS = {"confirmed": SG.Confirmed, "speculative": SG.Speculative}


def slug(name: str) -> str:
    """A readable, stable IRI segment for a name.

    >>> slug("Nam On-jo")
    'nam-on-jo'
    >>> slug("Señor Ávila's Ward")
    'senor-avilas-ward'
    """
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_ = re.sub(r"['’]", "", ascii_.lower())
    out = re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")
    if out:
        return out
    return "x" + hashlib.sha1(name.encode()).hexdigest()[:12]


def show_iri(title: str) -> URIRef:
    return SGR[f"show/{slug(title)}"]


def season_iri(title: str, number: int) -> URIRef:
    return SGR[f"show/{slug(title)}/season/{number}"]


def character_iri(title: str, name: str) -> URIRef:
    return SGR[f"show/{slug(title)}/character/{slug(name)}"]


def person_iri(name: str) -> URIRef:
    return SGR[f"person/{slug(name)}"]


def platform_iri(name: str) -> URIRef:
    return SGR[f"platform/{slug(name)}"]


def work_iri(title: str) -> URIRef:
    return SGR[f"work/{slug(title)}"]


def genre_iri(name: str) -> URIRef:
    return SGR[f"genre/{slug(name)}"]


def company_iri(name: str) -> URIRef:
    return SGR[f"company/{slug(name)}"]


def place_iri(name: str) -> URIRef:
    return SGR[f"place/{slug(name)}"]


def article_iri(source_name: str) -> URIRef:
    return SGR[f"article/{slug(source_name)}"]


def article_graph_iri(source_name: str) -> URIRef:
    return URIRef(f"{ARTICLE_GRAPH_PREFIX}{slug(source_name)}")


def rating_iri(title: str, source: str, value: float) -> URIRef:
    return SGR[f"show/{slug(title)}/rating/{slug(source)}-{slug(_number_text(value))}"]


def date_literal(iso: str) -> Literal:
    """A date typed only as precisely as it is written: xsd:date, xsd:gYearMonth or xsd:gYear."""
    datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}.get(len(iso))
    if datatype is None:
        raise ValueError(f"not an ISO date of day, month or year precision: {iso!r}")
    return Literal(iso, datatype=datatype)


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _number(literal: Literal) -> int | float:
    number = literal.toPython()
    return number if isinstance(number, int) else float(number)


def _number_literal(value: float) -> Literal:
    if float(value).is_integer():
        return Literal(int(value), datatype=XSD.integer)
    return Literal(Decimal(str(value)), datatype=XSD.decimal)


class _ArticleGraphWriter:
    """Collects the triples of one article's named graph, without duplicates."""

    def __init__(self, extraction: Extraction):
        self.extraction = extraction
        self.article = extraction.article
        self.article_node = article_iri(self.article.source_name)
        self.triples: dict[Triple, None] = {}  # insertion-ordered set
        self.statements: dict[Triple, Fact] = {}
        self._labelled: set[URIRef] = set()

    def add(self, s, p, o) -> None:
        self.triples[(s, p, o)] = None

    def label(self, node: URIRef, name: str, forms: dict[str, str]) -> None:
        """rdfs:label the canonical name and skos:altLabel every other form this article used.

        An article that only used shorter forms labels nothing: the canonical label comes
        from the articles that use it, so the union holds exactly one rdfs:label per node and
        each article graph holds only the names that article wrote.
        """
        if node in self._labelled:
            return
        self._labelled.add(node)
        used = [form for form, canonical in forms.items() if canonical == name]
        if not used or name in used:
            self.add(node, RDFS.label, Literal(name))
        for form in used:
            if form != name:
                self.add(node, SKOS.altLabel, Literal(form))

    # entities -----------------------------------------------------------------------
    def show(self, title: str) -> URIRef:
        node = show_iri(title)
        self.add(node, RDF.type, SG.Show)
        self.label(node, title, self.extraction.show_names)
        return node

    def season(self, title: str, number: int) -> URIRef:
        show = self.show(title)
        node = season_iri(title, number)
        self.add(node, RDF.type, SG.Season)
        self.add(show, SG.hasSeason, node)
        self.add(node, SG.seasonNumber, Literal(number, datatype=XSD.integer))
        if node not in self._labelled:
            self._labelled.add(node)
            self.add(node, RDFS.label, Literal(f"{title} season {number}"))
        return node

    def person(self, name: str, cls: URIRef = SG.Person) -> URIRef:
        node = person_iri(name)
        self.add(node, RDF.type, cls)
        self.label(node, name, self.extraction.names)
        return node

    def character(self, title: str, name: str) -> URIRef:
        node = character_iri(title, name)
        self.add(node, RDF.type, SG.Character)
        self.add(node, SG.characterIn, self.show(title))
        self.label(node, name, self.extraction.names)
        return node

    def platform(self, name: str) -> URIRef:
        node = platform_iri(name)
        self.add(node, RDF.type, SG.Platform)
        self.label(node, name, {})
        return node

    def work(self, title: str) -> URIRef:
        node = work_iri(title)
        self.add(node, RDF.type, SG.SourceWork)
        self.label(node, title, self.extraction.show_names)
        return node

    def named(self, cls: URIRef, iri: URIRef, name: str) -> URIRef:
        """A genre, company or place: typed and labelled with the name as written."""
        self.add(iri, RDF.type, cls)
        self.label(iri, name, {})
        return iri

    def season_or_show(self, fact: Fact) -> URIRef:
        if fact.season is None:
            return self.show(fact.show)
        return self.season(fact.show, fact.season)

    # facts ----------------------------------------------------------------------------
    def fact_triples(self, fact: Fact) -> list[Triple]:
        """The triples a fact states (each gets a statement); entity descriptions are added too."""
        rel = fact.rel
        if rel == "plays":
            return [
                (
                    self.person(fact.actor, SG.Actor),
                    SG.plays,
                    self.character(fact.show, fact.character),
                )
            ]
        if rel == "fate":
            character = self.character(fact.show, fact.character)
            return [(character, FATE_PROPERTIES[fact.fate], self.season(fact.show, fact.season))]
        if rel in ("renewed", "released", "expected_release", "filming"):
            prop = {
                "renewed": SG.renewalDate,
                "released": SG.releaseDate,
                "expected_release": SG.expectedReleaseDate,
                "filming": SG.filmingDate,
            }[rel]
            target = self.season_or_show(fact)
            out = [(target, prop, date_literal(fact.date))]
            if fact.platform and rel in ("released", "expected_release"):
                out.append((target, SG.platform, self.platform(fact.platform)))
            return out
        if rel == "episodes":
            return [
                (
                    self.season_or_show(fact),
                    SG.episodeCount,
                    Literal(fact.count, datatype=XSD.integer),
                )
            ]
        if rel == "cancelled":
            return [(self.show(fact.show), SG.cancellationDate, date_literal(fact.date))]
        if rel == "based_on":
            work = self.work(fact.work)
            out = [(self.show(fact.show), SG.basedOn, work)]
            if fact.creator:
                out.append((work, SG.createdBy, self.person(fact.creator)))
            return out
        if rel in ("director", "creator"):
            prop = SG.directedBy if rel == "director" else SG.createdBy
            return [(self.show(fact.show), prop, self.person(fact.person))]
        if rel == "writer":
            return [(self.show(fact.show), SG.writtenBy, self.person(fact.person))]
        if rel == "cast":
            return [(self.show(fact.show), SG.castMember, self.person(fact.actor, SG.Actor))]
        if rel == "genre":
            genre = self.named(SG.Genre, genre_iri(fact.genre), fact.genre)
            return [(self.show(fact.show), SG.genre, genre)]
        if rel == "producer":
            company = self.named(SG.Company, company_iri(fact.company), fact.company)
            return [(self.show(fact.show), SG.producedBy, company)]
        if rel == "filming_location":
            place = self.named(SG.Place, place_iri(fact.place), fact.place)
            return [(self.show(fact.show), SG.filmingLocation, place)]
        if rel == "rating":
            node = rating_iri(fact.show, fact.source or "unknown", fact.value)
            self.add(node, RDF.type, SG.Rating)
            self.add(node, SG.ratingValue, _number_literal(fact.value))
            if fact.best is not None:
                self.add(node, SG.bestRating, _number_literal(fact.best))
            if fact.source:
                self.add(node, SG.ratingSource, Literal(fact.source))
            return [(self.show(fact.show), SG.rating, node)]
        raise ValueError(f"unknown relation {rel!r}")

    def add_fact(self, fact: Fact) -> None:
        for triple in self.fact_triples(fact):
            known = self.statements.get(triple)
            # One statement per triple per article; a confirmed mention outranks a guess.
            if known is None or (known.certainty != "confirmed" and fact.certainty == "confirmed"):
                self.statements[triple] = fact

    def emit(self) -> Iterator[Triple]:
        article = self.article
        node = self.article_node
        yield (node, RDF.type, SG.Article)
        yield (node, SG.sourceName, Literal(article.source_name))
        yield (node, SCHEMA.headline, Literal(article.title))
        if article.url:
            yield (node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI))
        if article.published:
            yield (node, SCHEMA.datePublished, Literal(article.published))
        yield from self.triples
        for (s, p, o), fact in self.statements.items():
            if fact.certainty == "confirmed":
                yield (s, p, o)
            st = statement_iri(article.source_name, (s, p, o))
            yield (st, RDF.type, SG.Statement)
            yield (st, RDF.subject, s)
            yield (st, RDF.predicate, p)
            yield (st, RDF.object, o)
            yield (st, SG.certainty, CERTAINTY_TERMS[fact.certainty])
            yield (st, PROV.wasDerivedFrom, node)
            yield (st, SG.evidence, Literal(fact.evidence))
            if fact.span is not None:
                yield (st, SG.charStart, Literal(fact.span.start, datatype=XSD.integer))
                yield (st, SG.charEnd, Literal(fact.span.end, datatype=XSD.integer))


def statement_iri(source_name: str, triple: Triple) -> URIRef:
    key = "\x1f".join(term.n3() for term in triple)
    return SGR[f"statement/{slug(source_name)}/{hashlib.sha1(key.encode()).hexdigest()[:16]}"]


def article_triples(extraction: Extraction) -> Iterator[Triple]:
    """Every triple of one article's named graph, in a deterministic order."""
    writer = _ArticleGraphWriter(extraction)
    for fact in extraction.facts:
        writer.add_fact(fact)
    # de-duplicate: descriptions and truthy triples can coincide
    yield from dict.fromkeys(writer.emit())


def to_dataset(extractions: Iterable[Extraction], ontology: Graph | None = None) -> Dataset:
    """Build a Dataset with one named graph per article (and the ontology graph, if given).

    Re-adding an article replaces its graph.
    """
    dataset = new_dataset()
    if ontology is not None:
        from .namespaces import ONTOLOGY_GRAPH

        target = dataset.graph(ONTOLOGY_GRAPH)
        for triple in ontology:
            target.add(triple)
    for extraction in extractions:
        add_extraction(dataset, extraction)
    return dataset


def add_extraction(dataset: Dataset, extraction: Extraction) -> None:
    """Write (or replace) one article's named graph in `dataset`."""
    name = article_graph_iri(extraction.article.source_name)
    dataset.remove_graph(dataset.graph(name))
    graph = dataset.graph(name)
    for triple in article_triples(extraction):
        graph.add(triple)


def new_dataset() -> Dataset:
    from .namespaces import PREFIXES

    dataset = Dataset(default_union=True)
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    dataset.bind("prov", PROV)
    dataset.bind("skos", SKOS)
    return dataset


def article_graphs(dataset: Dataset) -> Iterator[Graph]:
    """The named graphs that hold one article each."""
    for graph in dataset.graphs():
        if str(graph.identifier).startswith(ARTICLE_GRAPH_PREFIX):
            yield graph


# -- reading facts back (for `showgraph eval`) ----------------------------------------

_DATE_RELATIONS = {
    SG.renewalDate: "renewed",
    SG.releaseDate: "released",
    SG.expectedReleaseDate: "expected_release",
    SG.filmingDate: "filming",
    SG.cancellationDate: "cancelled",
}
_FATES = {prop: fate for fate, prop in FATE_PROPERTIES.items()}
# show -> named thing: (relation, the Fact field the object's name goes in)
_SHOW_LINKS = {
    SG.writtenBy: ("writer", "person"),
    SG.castMember: ("cast", "actor"),
    SG.genre: ("genre", "genre"),
    SG.producedBy: ("producer", "company"),
    SG.filmingLocation: ("filming_location", "place"),
}
_CERTAINTIES = {term: name for name, term in CERTAINTY_TERMS.items()}


def facts_from_dataset(dataset: Dataset) -> dict[str, list[Fact]]:
    """Rebuild each article's facts from its statements, keyed by the article's source name.

    Names are the article's own: the canonical label where the article used it, else the
    longest form it did use, so facts can be scored against that article's gold file.
    """
    out: dict[str, list[Fact]] = {}
    for graph in article_graphs(dataset):
        source = next(graph.objects(None, SG.sourceName), None)
        if source is not None:
            out[str(source)] = _graph_facts(graph)
    return out


def _graph_facts(graph: Graph) -> list[Fact]:
    def name(node) -> str:
        label = graph.value(node, RDFS.label)
        if label is not None:
            return str(label)
        forms = [str(o) for o in graph.objects(node, SKOS.altLabel)]
        return max(forms, key=len) if forms else str(node)

    def show_of(node) -> tuple[str, int | None]:
        if (node, RDF.type, SG.Season) in graph:
            show = graph.value(None, SG.hasSeason, node)
            return name(show), int(graph.value(node, SG.seasonNumber))
        return name(node), None

    statements = []
    for st in graph.subjects(RDF.type, SG.Statement):
        s, p, o = (graph.value(st, x) for x in (RDF.subject, RDF.predicate, RDF.object))
        certainty = _CERTAINTIES.get(graph.value(st, SG.certainty), "confirmed")
        statements.append((s, p, o, certainty, str(graph.value(st, SG.evidence) or "")))
    platforms = {(s, cert): o for s, p, o, cert, _ in statements if p == SG.platform}
    creators: dict = {}
    for s, p, o, _, _ in statements:
        if p == SG.createdBy and (s, RDF.type, SG.SourceWork) in graph:
            creators.setdefault(s, []).append(name(o))

    facts = []
    for s, p, o, certainty, evidence in sorted(statements, key=lambda t: tuple(map(str, t))):
        common = {"certainty": certainty, "evidence": evidence}
        if p == SG.plays:
            show = graph.value(o, SG.characterIn)
            facts.append(Fact("plays", name(show), actor=name(s), character=name(o), **common))
        elif p in _FATES:
            show, season = show_of(o)
            facts.append(Fact("fate", show, season, character=name(s), fate=_FATES[p], **common))
        elif p in _DATE_RELATIONS:
            show, season = show_of(s)
            platform = platforms.get((s, certainty))
            rel = _DATE_RELATIONS[p]
            facts.append(
                Fact(
                    rel,
                    show,
                    season,
                    date=str(o),
                    platform=name(platform)
                    if platform and rel in ("released", "expected_release")
                    else None,
                    **common,
                )
            )
        elif p == SG.episodeCount:
            show, season = show_of(s)
            facts.append(Fact("episodes", show, season, count=int(o), **common))
        elif p == SG.basedOn:
            for creator in creators.get(o) or [None]:
                facts.append(Fact("based_on", name(s), work=name(o), creator=creator, **common))
        elif p in (SG.directedBy, SG.createdBy) and (s, RDF.type, SG.Show) in graph:
            rel = "director" if p == SG.directedBy else "creator"
            facts.append(Fact(rel, name(s), person=name(o), **common))
        elif p in _SHOW_LINKS:
            rel, key = _SHOW_LINKS[p]
            facts.append(Fact(rel, name(s), **{key: name(o)}, **common))
        elif p == SG.rating:
            value = graph.value(o, SG.ratingValue)
            best = graph.value(o, SG.bestRating)
            source = graph.value(o, SG.ratingSource)
            facts.append(
                Fact(
                    "rating",
                    name(s),
                    value=_number(value),
                    best=_number(best) if best is not None else None,
                    source=str(source) if source is not None else None,
                    **common,
                )
            )
    return facts


__all__ = [
    "Article",
    "add_extraction",
    "article_graphs",
    "article_triples",
    "date_literal",
    "facts_from_dataset",
    "new_dataset",
    "slug",
    "to_dataset",
]
