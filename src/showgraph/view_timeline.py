"""The timeline view: each show's seasons on a time axis (renewal, filming, release, expected
release, cancellation), as a JSON-able model and then a static SVG or PNG drawn by matplotlib.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Dataset

from .errors import ShowgraphError
from .namespaces import ARTICLE_GRAPH_PREFIX, SG

__all__ = ["EVENTS", "timeline_model", "render_timeline"]

#: Dated properties, in drawing order, with their marker and colour.
EVENTS: dict[str, dict] = {
    "renewed": {"prop": SG.renewalDate, "marker": "o", "color": "#1f77b4"},
    "filming": {"prop": SG.filmingDate, "marker": "s", "color": "#9467bd"},
    "released": {"prop": SG.releaseDate, "marker": "*", "color": "#2ca02c"},
    "expected release": {"prop": SG.expectedReleaseDate, "marker": "D", "color": "#ff7f0e"},
    "cancelled": {"prop": SG.cancellationDate, "marker": "X", "color": "#d62728"},
}


def timeline_model(dataset: Dataset, options) -> dict:
    """`{"title", "shows": [{"id", "title", "seasons": [{"number", "events": [...]}]}]}`.

    An event is `{"event", "date" (ISO, as precise as stated), "certainty"}`; show-level
    events (a cancellation, a release with no season) sit under season number `None`.
    """
    from .view import find_nodes

    if options.focus or options.relations:
        raise ShowgraphError("--focus and --relations apply to graph views, not the timeline")
    certain: set[tuple] = set()
    for name, spec in EVENTS.items():
        for s, _, o, g in dataset.quads((None, spec["prop"], None, None)):
            if str(getattr(g, "identifier", g)).startswith(ARTICLE_GRAPH_PREFIX):
                certain.add((s, name, str(o), "confirmed"))
    if options.speculative:
        props = {spec["prop"]: name for name, spec in EVENTS.items()}
        for st in dataset.subjects(SG.certainty, SG.Speculative):
            p = dataset.value(st, RDF.predicate)
            if p in props:
                s, o = dataset.value(st, RDF.subject), dataset.value(st, RDF.object)
                if (s, props[p], str(o), "confirmed") not in certain:
                    certain.add((s, props[p], str(o), "speculative"))

    season_of = {season: show for show, season in dataset.subject_objects(SG.hasSeason)}
    numbers = {s: int(o) for s, o in dataset.subject_objects(SG.seasonNumber)}
    shows: dict = defaultdict(lambda: defaultdict(list))
    for s, event, iso, certainty in sorted(certain, key=lambda t: tuple(map(str, t))):
        show, number = (season_of[s], numbers.get(s)) if s in season_of else (s, None)
        if options.until_season is not None and number is not None:
            if number > options.until_season:
                continue
        shows[show][number].append({"event": event, "date": iso, "certainty": certainty})

    titles = {show: str(dataset.value(show, RDFS.label) or show) for show in shows}
    if options.show is not None:
        candidates = {
            str(show): {"kind": "show", "names": [titles[show]] + _alt_labels(dataset, show)}
            for show in shows
        }
        wanted = set(find_nodes(candidates, options.show, kind="show"))
        shows = {k: v for k, v in shows.items() if str(k) in wanted}
    return {
        "title": options.title,
        "shows": [
            {
                "id": str(show),
                "title": titles[show],
                "seasons": [
                    {"number": n, "events": seasons[n]}
                    for n in sorted(seasons, key=lambda n: (n is not None, n or 0))
                ],
            }
            for show, seasons in sorted(shows.items(), key=lambda kv: titles[kv[0]].casefold())
        ],
    }


def render_timeline(model: dict, path: str | Path, fmt: str) -> None:
    """Draw the model as one row per season, grouped by show; imprecise dates (a month, a
    year) as a bar over the period with the marker in its middle; speculative ones hollow."""
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    rows = [(show["title"], season) for show in model["shows"] for season in show["seasons"]]
    if not rows:
        raise ShowgraphError("nothing to draw: no dated facts match these options")
    fig = Figure(figsize=(11, 1.2 + 0.34 * len(rows)), layout="constrained")
    ax = fig.add_subplot()
    labels = []
    for y, (title, season) in enumerate(rows):
        number = season["number"]
        labels.append(f"{title} — S{number}" if number is not None else f"{title} (show)")
        for event in season["events"]:
            start, end = _period(event["date"])
            mid = start + (end - start) / 2
            style = EVENTS[event["event"]]
            hollow = event["certainty"] == "speculative"
            if end > start:
                ax.plot(
                    [start, end],
                    [y, y],
                    color=style["color"],
                    alpha=0.35,
                    linewidth=5,
                    solid_capstyle="butt",
                )
            ax.plot(
                [mid],
                [y],
                linestyle="none",
                marker=style["marker"],
                markersize=9,
                markeredgecolor=style["color"],
                markerfacecolor="none" if hollow else style["color"],
            )
    ax.set_yticks(range(len(rows)), labels, fontsize=8)
    ax.invert_yaxis()
    ax.grid(axis="x", alpha=0.3)
    ax.set_title(model["title"])
    handles = [
        Line2D([], [], linestyle="none", marker=s["marker"], color=s["color"], label=name)
        for name, s in EVENTS.items()
    ]
    handles.append(
        Line2D(
            [],
            [],
            linestyle="none",
            marker="o",
            markerfacecolor="none",
            color="#555",
            label="speculative",
        )
    )
    ax.legend(
        handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False
    )
    fig.savefig(path, format=fmt, dpi=120)


def _period(iso: str) -> tuple[date, date]:
    """The first and last day an ISO date of day, month or year precision covers."""
    parts = [int(x) for x in iso.split("-")[:3]]
    if len(parts) == 3:
        d = date(*parts)
        return d, d
    if len(parts) == 2:
        year, month = parts
        end = date(year + month // 12, month % 12 + 1, 1)
        return date(year, month, 1), date.fromordinal(end.toordinal() - 1)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def _alt_labels(dataset: Dataset, node) -> list[str]:
    return [str(o) for o in dataset.objects(node, SKOS.altLabel)]
