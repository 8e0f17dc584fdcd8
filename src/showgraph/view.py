"""Views of a showgraph dataset: first a JSON-able view model, then a renderer.

`view_model(dataset, options)` turns the graph into plain `{"nodes": [...], "edges": [...]}`
(what a person wants to see: who plays whom, fates, seasons, credits; no statement nodes,
types or labels as edges), with filters for one show, a neighbourhood, a relation list and a
spoiler horizon. `write_view` renders it: a self-contained HTML page (`view_html.py`) for the
graph and co-star views, an SVG/PNG chart for the timeline (`view_timeline.py`).

>>> from showgraph.rdf import new_dataset
>>> view_model(new_dataset(), ViewOptions())["nodes"]
[]
"""

from __future__ import annotations

import itertools
from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Literal as TypingLiteral

from rdflib import RDF, RDFS, SKOS, Dataset, Literal, URIRef
from rdflib.namespace import PROV

from .errors import ShowgraphError
from .namespaces import ARTICLE_GRAPH_PREFIX, INFERRED_GRAPH, ONTOLOGY_GRAPH, SCHEMA, SG

__all__ = [
    "KINDS",
    "LARGE_VIEW_NODES",
    "RELATIONS",
    "ViewOptions",
    "WrittenView",
    "view_model",
    "write_view",
]

ViewKind = TypingLiteral["graph", "costar", "timeline"]

#: Node kinds, most specific class first (an sg:Actor is also an sg:Person).
KINDS: dict[str, URIRef] = {
    "show": SG.Show,
    "season": SG.Season,
    "character": SG.Character,
    "actor": SG.Actor,
    "person": SG.Person,
    "platform": SG.Platform,
    "work": SG.SourceWork,
    "company": SG.Company,
    "place": SG.Place,
    "genre": SG.Genre,
}

#: The relations a view draws, by local name. Inverses (playedBy, seasonOf, castMember,
#: previousSeason) and super-properties (appearsIn) are left out: they repeat an edge that
#: is already drawn. actorIn is kept: it is the inferred shortcut actor -> show.
RELATIONS: dict[str, URIRef] = {
    "plays": SG.plays,
    "characterIn": SG.characterIn,
    "survives": SG.survives,
    "diesIn": SG.diesIn,
    "infectedIn": SG.infectedIn,
    "missingIn": SG.missingIn,
    "hasSeason": SG.hasSeason,
    "nextSeason": SG.nextSeason,
    "platform": SG.platform,
    "basedOn": SG.basedOn,
    "createdBy": SG.createdBy,
    "directedBy": SG.directedBy,
    "writtenBy": SG.writtenBy,
    "producedBy": SG.producedBy,
    "genre": SG.genre,
    "filmingLocation": SG.filmingLocation,
    "actorIn": SG.actorIn,
}
FATE_RELATIONS = frozenset({"survives", "diesIn", "infectedIn", "missingIn"})

#: Literal facts shown in a node's hover text, in this order.
NODE_FACTS: dict[URIRef, str] = {
    SG.renewalDate: "renewed",
    SG.filmingDate: "filming",
    SG.releaseDate: "released",
    SG.expectedReleaseDate: "expected release",
    SG.episodeCount: "episodes",
    SG.cancellationDate: "cancelled",
}

#: Above this many nodes the CLI warns and suggests a filter.
LARGE_VIEW_NODES = 3000


@dataclass(frozen=True)
class ViewOptions:
    """What to draw. Defaults draw every confirmed and inferred fact of the dataset."""

    kind: ViewKind = "graph"
    title: str = "showgraph"
    speculative: bool = False  # also draw speculative facts (dotted)
    inferred: bool = True  # draw what reasoning added (dashed)
    show: str | None = None  # only this show's world (a title or alternative title)
    focus: str | None = None  # only the neighbourhood of the nodes with this name
    depth: int = 1  # how many steps around `focus`
    until_season: int | None = None  # spoiler-safe: nothing after season N ...
    with_fates: bool = False  # ... and no fates from season N on, unless this is set
    relations: tuple[str, ...] | None = None  # only these relations (local names)

    @classmethod
    def from_kwargs(cls, **kwargs) -> ViewOptions:
        known = {f.name for f in fields(cls)}
        unknown = set(kwargs) - known
        if unknown:
            raise TypeError(f"unknown view option(s): {', '.join(sorted(unknown))}")
        values = {k: v for k, v in kwargs.items() if v is not None}
        if isinstance(values.get("relations"), str):
            values["relations"] = tuple(r for r in values["relations"].split(",") if r.strip())
        if values.get("relations") is not None:
            values["relations"] = tuple(r.strip() for r in values["relations"])
        return cls(**values)


@dataclass(frozen=True)
class WrittenView:
    """What `write_view` wrote."""

    path: Path
    kind: str
    nodes: int
    edges: int
    large: bool = field(default=False)  # over LARGE_VIEW_NODES: a filter would help


def write_view(
    dataset: Dataset,
    output: str | Path,
    options: ViewOptions | None = None,
    **kwargs,
) -> WrittenView:
    """Write a view of `dataset` to `output` (atomically) and say how big it is.

    Options come as a `ViewOptions` or as its fields by keyword
    (`write_view(ds, "out/g.html", show="Kingdom", until_season=1)`). Graph and co-star views
    are one self-contained HTML file; the timeline is SVG or PNG, as the suffix says.
    """
    from .io import atomic_output

    options = replace(options, **kwargs) if options else ViewOptions.from_kwargs(**kwargs)
    output = Path(output)
    suffix = output.suffix.lower()
    if options.kind == "timeline":
        from .view_timeline import render_timeline, timeline_model

        if suffix not in (".svg", ".png"):
            raise ShowgraphError(f"{output}: a timeline is an image; name the output .svg or .png")
        model = timeline_model(dataset, options)
        with atomic_output(output) as tmp:
            render_timeline(model, tmp, suffix[1:])
        rows = sum(len(show["seasons"]) for show in model["shows"])
        return WrittenView(output, "timeline", rows, 0)  # nodes: one row per season or show

    if suffix not in (".html", ".htm"):
        raise ShowgraphError(f"{output}: a {options.kind} view is a web page; name it .html")
    from .view_html import render_html

    model = view_model(dataset, options)
    html = render_html(model)
    with atomic_output(output) as tmp:
        tmp.write_text(html, encoding="utf-8")
    n = len(model["nodes"])
    return WrittenView(output, options.kind, n, len(model["edges"]), n > LARGE_VIEW_NODES)


# -- the view model ----------------------------------------------------------------------


def view_model(dataset: Dataset, options: ViewOptions | None = None) -> dict:
    """The nodes and edges to draw, as JSON-able dictionaries.

    A node: `id` (IRI), `label`, `kind` (a key of `KINDS`), `names` (label and altLabels),
    `facts` (dated facts for the hover text), `show` (IRI of the show it belongs to, if any),
    `season` (its number, for seasons). An edge: `id`, `source`, `target`, `relation` (local
    name), `label` (the property's rdfs:label), `status` ("asserted", "inferred" or
    "speculative"), `evidence` (list of `{sentence, article, certainty}`), and for co-star
    edges `weight` and `shows`.
    """
    options = options or ViewOptions()
    if options.relations is not None and options.kind == "graph":
        unknown = [r for r in options.relations if r not in RELATIONS]
        if unknown:
            raise ShowgraphError(
                f"unknown relation(s) {', '.join(unknown)}; use some of {', '.join(RELATIONS)}"
            )
    graph = _GraphFacts(dataset, options)
    if options.kind == "costar":
        nodes, edges = graph.costar()
    elif options.kind == "graph":
        nodes, edges = graph.nodes, graph.edges
    else:
        raise ShowgraphError(f"no view model for kind {options.kind!r}; use graph or costar")

    if options.until_season is not None:
        nodes, edges = _spoiler_safe(nodes, edges, options.until_season, options.with_fates)
    if options.relations is not None and options.kind == "graph":
        nodes, edges = _only_relations(nodes, edges, set(options.relations))
    if options.show is not None:
        nodes, edges = _show_world(nodes, edges, find_nodes(nodes, options.show, kind="show"))
    if options.focus is not None:
        nodes, edges = _neighbourhood(nodes, edges, find_nodes(nodes, options.focus), options.depth)

    kinds_present = {n["kind"] for n in nodes.values()}
    return {
        "title": options.title,
        "kind": options.kind,
        "nodes": sorted(nodes.values(), key=lambda n: (n["kind"], n["label"], n["id"])),
        "edges": edges,
        "legend": {
            "kinds": [k for k in KINDS if k in kinds_present],
            "statuses": sorted({e["status"] for e in edges}, key=_STATUS_ORDER.index),
        },
    }


_STATUS_ORDER = ["asserted", "inferred", "speculative"]


def find_nodes(nodes: dict[str, dict], name: str, kind: str | None = None) -> list[str]:
    """Ids of the nodes with `name` as label or alternative label (case-insensitive)."""
    wanted = name.casefold().strip()
    found = [
        node_id
        for node_id, node in nodes.items()
        if (kind is None or node["kind"] == kind)
        and any(wanted == n.casefold() for n in node["names"])
    ]
    if not found:
        what = kind or "node"
        raise ShowgraphError(
            f"no {what} named {name!r} in this view; check the spelling "
            f"(labels and alternative labels match, case does not matter)"
        )
    return found


class _GraphFacts:
    """Reads the dataset once: entities, names, statements, visible edges."""

    def __init__(self, dataset: Dataset, options: ViewOptions):
        self.dataset = dataset
        self.options = options
        self.prop_labels = _property_labels(dataset)
        self.kinds = self._kinds()
        self.truthy = self._truthy_triples()
        self.evidence = self._evidence()
        self.nodes = self._nodes()
        self.edges = self._edges()
        self._drop_isolated()

    # entities -----------------------------------------------------------------------
    def _kinds(self) -> dict[URIRef, str]:
        rank = {cls: i for i, cls in enumerate(KINDS.values())}
        names = {cls: kind for kind, cls in KINDS.items()}
        best: dict[URIRef, URIRef] = {}
        for cls in KINDS.values():
            for s in self.dataset.subjects(RDF.type, cls):
                if isinstance(s, URIRef) and (s not in best or rank[cls] < rank[best[s]]):
                    best[s] = cls
        return {s: names[cls] for s, cls in best.items()}

    def _nodes(self) -> dict[str, dict]:
        ds = self.dataset
        labels: dict[URIRef, set[str]] = defaultdict(set)
        alts: dict[URIRef, set[str]] = defaultdict(set)
        for s, o in ds.subject_objects(RDFS.label):
            if s in self.kinds:
                labels[s].add(str(o))
        for s, o in ds.subject_objects(SKOS.altLabel):
            if s in self.kinds:
                alts[s].add(str(o))
        home: dict[URIRef, URIRef] = {}
        for show, season in ds.subject_objects(SG.hasSeason):
            home[season] = show
        for character, show in ds.subject_objects(SG.characterIn):
            home.setdefault(character, show)
        numbers = {s: int(o) for s, o in ds.subject_objects(SG.seasonNumber)}
        facts = self._literal_facts()
        nodes = {}
        for node, kind in self.kinds.items():
            label = min(labels[node], key=lambda x: (len(x), x)) if labels[node] else _local(node)
            names = [label] + sorted((labels[node] | alts[node]) - {label})
            nodes[str(node)] = {
                "id": str(node),
                "label": label,
                "kind": kind,
                "names": names,
                "facts": facts.get(node, []),
                "show": str(home.get(node, node)) if node in home or kind == "show" else None,
                "season": numbers.get(node),
            }
        return nodes

    def _literal_facts(self) -> dict[URIRef, list[str]]:
        out: dict[URIRef, list[str]] = defaultdict(list)
        for prop, name in NODE_FACTS.items():
            for s, o in sorted(self._truthy_pairs(prop)):
                out[s].append(f"{name}: {o}")
            if self.options.speculative:
                for (s, p, o), items in sorted(self.evidence.items()):
                    if p == prop and _is_speculative(items) and (s, p, o) not in self.truthy:
                        out[s].append(f"{name}: {o} (speculative)")
        for s, o in self.dataset.subject_objects(SG.rating):
            value = self.dataset.value(o, SG.ratingValue)
            best = self.dataset.value(o, SG.bestRating)
            source = self.dataset.value(o, SG.ratingSource)
            if value is not None:
                out[s].append(
                    f"rating: {value}{f'/{best}' if best is not None else ''}"
                    f"{f' ({source})' if source is not None else ''}"
                )
        return out

    def _truthy_triples(self) -> set[tuple]:
        """The article graphs' plain triples of the properties a view uses."""
        wanted = set(NODE_FACTS) | set(RELATIONS.values())
        return {
            (s, p, o)
            for p in wanted
            for s, _, o, g in self.dataset.quads((None, p, None, None))
            if _graph_id(g).startswith(ARTICLE_GRAPH_PREFIX)
        }

    def _truthy_pairs(self, prop: URIRef) -> Iterable[tuple[URIRef, Literal]]:
        return {(s, o) for s, p, o in self.truthy if p == prop}

    # provenance ---------------------------------------------------------------------
    def _evidence(self) -> dict[tuple, list[dict]]:
        """Statement nodes by the triple they state: sentence, article and certainty."""
        ds = self.dataset
        # One pass per property: much faster than ds.value() per statement on a union graph.
        column = {
            p: dict(ds.subject_objects(p))
            for p in (RDF.subject, RDF.predicate, RDF.object, PROV.wasDerivedFrom, SG.certainty)
        }
        sentences = dict(ds.subject_objects(SG.evidence))
        headlines = dict(ds.subject_objects(SCHEMA.headline))
        sources = dict(ds.subject_objects(SG.sourceName))
        out: dict[tuple, list[dict]] = defaultdict(list)
        for st in ds.subjects(RDF.type, SG.Statement):
            triple = tuple(column[p].get(st) for p in (RDF.subject, RDF.predicate, RDF.object))
            article = column[PROV.wasDerivedFrom].get(st)
            headline, source = headlines.get(article), sources.get(article)
            out[triple].append(
                {
                    "sentence": str(sentences.get(st, "")),
                    "article": f"{headline} ({source})"
                    if headline and source
                    else str(headline or source or ""),
                    "certainty": "speculative"
                    if column[SG.certainty].get(st) == SG.Speculative
                    else "confirmed",
                }
            )
        for items in out.values():
            items.sort(key=lambda e: (e["certainty"], e["article"], e["sentence"]))
        return out

    # edges --------------------------------------------------------------------------
    def _edges(self) -> list[dict]:
        local = {p: name for name, p in RELATIONS.items()}
        found: dict[tuple, str] = {}
        for s, p, o in self.truthy:
            if p in local:
                found[(s, p, o)] = "asserted"
        if self.options.inferred:
            for s, p, o in self.dataset.graph(INFERRED_GRAPH).triples((None, None, None)):
                if p in local:
                    found.setdefault((s, p, o), "inferred")
        if self.options.speculative:
            for triple, items in self.evidence.items():
                if triple[1] in local and _is_speculative(items):
                    found.setdefault(triple, "speculative")
        edges = []
        for (s, p, o), status in sorted(found.items(), key=lambda kv: tuple(map(str, kv[0]))):
            if s not in self.kinds or o not in self.kinds or s == o:
                continue
            evidence = self.evidence.get((s, p, o), [])
            if status != "speculative":
                evidence = [e for e in evidence if e["certainty"] == "confirmed"] or evidence
            edges.append(
                {
                    "id": f"e{len(edges)}",
                    "source": str(s),
                    "target": str(o),
                    "relation": local[p],
                    "label": self.prop_labels.get(p, local[p]),
                    "status": status,
                    "evidence": evidence,
                }
            )
        return edges

    def _drop_isolated(self) -> None:
        """Keep shows, and other nodes only when an edge touches them. Without speculative
        facts, also drop what only rumours mention (a rumoured character, a rumoured season)."""
        rumoured: set[str] = set()
        if not self.options.speculative:
            attested = {
                term
                for (s, _, o), items in self.evidence.items()
                if not _is_speculative(items)
                for term in (s, o)
            }
            attested |= set(self.dataset.graph(INFERRED_GRAPH).all_nodes())
            rumoured = {
                str(term)
                for (s, _, o), items in self.evidence.items()
                if _is_speculative(items)
                for term in (s, o)
                if term not in attested
            }
            self.edges = [
                e for e in self.edges if e["source"] not in rumoured and e["target"] not in rumoured
            ]
        touched = {e["source"] for e in self.edges} | {e["target"] for e in self.edges}
        self.nodes = {
            k: n
            for k, n in self.nodes.items()
            if n["kind"] == "show" or (k in touched and k not in rumoured)
        }

    # co-stars -----------------------------------------------------------------------
    def costar(self) -> tuple[dict[str, dict], list[dict]]:
        """Actors linked by the shows they share; edge weight = number of shared shows."""
        import networkx as nx

        show_of = {e["source"]: e["target"] for e in self.edges if e["relation"] == "characterIn"}
        actor_shows: dict[str, set[str]] = defaultdict(set)
        for e in self.edges:
            if e["relation"] == "plays" and e["target"] in show_of:
                actor_shows[e["source"]].add(show_of[e["target"]])
            elif e["relation"] == "actorIn":
                actor_shows[e["source"]].add(e["target"])
        cast: dict[str, set[str]] = defaultdict(set)
        for actor, shows in actor_shows.items():
            for show in shows:
                cast[show].add(actor)
        g = nx.Graph()
        g.add_nodes_from(actor_shows)
        for show, actors in cast.items():
            for a, b in itertools.combinations(sorted(actors), 2):
                if g.has_edge(a, b):
                    g[a][b]["shows"].append(show)
                else:
                    g.add_edge(a, b, shows=[show])
        titles = {k: n["label"] for k, n in self.nodes.items()}
        nodes = {
            a: {**self.nodes[a], "kind": "actor", "shows": sorted(actor_shows[a])} for a in g.nodes
        }
        edges = []
        for a, b, data in sorted(g.edges(data=True)):
            shows = sorted(titles.get(s, s) for s in data["shows"])
            edges.append(
                {
                    "id": f"e{len(edges)}",
                    "source": a,
                    "target": b,
                    "relation": "costar",
                    "label": str(len(shows)),
                    "status": "asserted",
                    "weight": len(shows),
                    "shows": shows,
                    "evidence": [],
                }
            )
        return nodes, edges


# -- filters over the model --------------------------------------------------------------


def _restrict(nodes: dict[str, dict], edges: list[dict], keep: set[str]):
    kept = {k: n for k, n in nodes.items() if k in keep}
    return kept, [e for e in edges if e["source"] in kept and e["target"] in kept]


def _spoiler_safe(nodes, edges, until: int, with_fates: bool):
    """Nothing from seasons after `until`; no fates from season `until` on unless asked."""
    season_no = {k: n["season"] for k, n in nodes.items() if n["kind"] == "season"}
    later = {k for k, number in season_no.items() if number is not None and number > until}
    fate_limit = until if with_fates else until - 1

    def fate_shown(e) -> bool:
        number = season_no.get(e["target"])
        return number is None or number <= fate_limit

    # A character seen only in later seasons is itself a spoiler.
    seasons_of: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        if e["relation"] in FATE_RELATIONS:
            seasons_of[e["source"]].add(e["target"])
    new_characters = {c for c, seasons in seasons_of.items() if seasons <= later}
    keep = set(nodes) - later - new_characters
    nodes, edges = _restrict(nodes, edges, keep)
    return nodes, [e for e in edges if e["relation"] not in FATE_RELATIONS or fate_shown(e)]


def _only_relations(nodes, edges, relations: set[str]):
    edges = [e for e in edges if e["relation"] in relations]
    touched = {e["source"] for e in edges} | {e["target"] for e in edges}
    return {k: n for k, n in nodes.items() if k in touched}, edges


def _show_world(nodes, edges, shows: list[str]):
    """A show, its seasons and characters, and what they link to directly (cast, credits,
    platforms, source works and their authors); not other shows' worlds."""
    core = {k for k, n in nodes.items() if n["show"] in shows}
    keep = set(core)
    for e in edges:
        if e["source"] in core or e["target"] in core:
            keep.update((e["source"], e["target"]))
    works = {k for k in keep if nodes[k]["kind"] == "work"}
    for e in edges:
        if e["source"] in works and e["relation"] == "createdBy":
            keep.add(e["target"])
    other_shows = {k for k in keep if nodes[k]["kind"] == "show" and k not in shows}
    keep -= other_shows
    nodes, edges = _restrict(nodes, edges, keep)
    edges = [e for e in edges if e["source"] in core or e["target"] in core or e["source"] in works]
    return nodes, edges


def _neighbourhood(nodes, edges, seeds: list[str], depth: int):
    """Nodes within `depth` steps of `seeds` (either direction). Platforms are not crossed:
    through "Netflix" everything is two steps from everything."""
    adjacent: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        adjacent[e["source"]].add(e["target"])
        adjacent[e["target"]].add(e["source"])
    seen = dict.fromkeys(seeds, 0)
    queue = deque(seeds)
    while queue:
        node = queue.popleft()
        if seen[node] >= depth:
            continue
        if nodes[node]["kind"] == "platform" and node not in seeds:
            continue
        for other in adjacent[node]:
            if other not in seen:
                seen[other] = seen[node] + 1
                queue.append(other)
    return _restrict(nodes, edges, set(seen))


# -- small helpers -----------------------------------------------------------------------


def _property_labels(dataset: Dataset) -> dict[URIRef, str]:
    """rdfs:label of each property in the ontology graph (English first), if it is there."""
    ontology = dataset.graph(ONTOLOGY_GRAPH)
    out: dict[URIRef, str] = {}
    for prop in RELATIONS.values():
        labels = list(ontology.objects(prop, RDFS.label))
        if labels:
            english = [lb for lb in labels if getattr(lb, "language", None) in ("en", None)]
            out[prop] = str(min(english or labels))
    return out


def _is_speculative(items: list[dict]) -> bool:
    return bool(items) and all(e["certainty"] == "speculative" for e in items)


def _local(iri) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _graph_id(g) -> str:
    return str(getattr(g, "identifier", g))
