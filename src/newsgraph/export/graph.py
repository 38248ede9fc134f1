"""The actor graph for Gephi and friends: GraphML or GEXF via networkx.

Nodes are the global actors that take part in at least one edge (attributes:
``label``, ``type``, ``country``, ``sector``, ``articles``, ``mentions``);
edges are the store's edges, one per (source, target, type), so a pair of
actors may have several (a directed multigraph). Edge attributes: ``relation``
(the edge type; also ``label``, for Gephi; GEXF reserves ``type``),
``count`` (also ``weight``), ``first_date``, ``last_date``,
``mean_intensity`` (absent when no event gave one) and ``evidence``: up to
three evidence sentences joined by `` | ``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..store.backends import Database

__all__ = ["build_graph", "write_graph"]

_EVIDENCE = 3


if TYPE_CHECKING:
    import networkx as nx


def _clean(attributes: dict[str, Any]) -> dict[str, Any]:
    """Drop None values: GraphML and GEXF have no null."""
    return {k: v for k, v in attributes.items() if v is not None}


def build_graph(db: Database) -> nx.MultiDiGraph:
    """The actor graph as a networkx MultiDiGraph (node ids: ``a<actor id>``)."""
    import networkx as nx  # only exports need it: not imported at start-up

    graph = nx.MultiDiGraph(name="newsgraph actor graph")
    nodes = db.fetchall(
        "SELECT id, name, type, country, sector, articles, mentions FROM actors WHERE id IN "
        "(SELECT source_id FROM edges UNION SELECT target_id FROM edges) ORDER BY id")
    for actor_id, name, kind, country, sector, articles, mentions in nodes:
        graph.add_node(f"a{actor_id}", **_clean({
            "label": name, "type": kind, "country": country, "sector": sector,
            "articles": int(articles), "mentions": int(mentions)}))
    edges = db.fetchall(
        "SELECT source_id, target_id, type, count, first_date, last_date, intensity_sum, "
        "intensity_n FROM edges ORDER BY source_id, target_id, type")
    for number, (source, target, kind, count, first, last, total, n) in enumerate(edges):
        evidence = _evidence(db, int(source), int(target), str(kind))
        graph.add_edge(f"a{source}", f"a{target}", key=f"e{number}", **_clean({
            "relation": kind, "label": kind, "count": int(count), "weight": float(count),
            "first_date": first,
            "last_date": last, "mean_intensity": round(total / n, 3) if n else None,
            "evidence": " | ".join(evidence) or None}))
    return graph


def _evidence(db: Database, source: int, target: int, kind: str) -> list[str]:
    rows = db.fetchall(
        "SELECT sentence FROM events WHERE actor_id = ? AND recipient_id = ? AND type = ? "
        "ORDER BY day DESC NULLS LAST, id DESC LIMIT ?", (source, target, kind, _EVIDENCE))
    rows += db.fetchall(
        "SELECT sentence FROM relations WHERE source_id = ? AND target_id = ? AND type = ? "
        "ORDER BY day DESC NULLS LAST, id DESC LIMIT ?", (source, target, kind, _EVIDENCE))
    return [" ".join(str(r[0]).split()) for r in rows[:_EVIDENCE] if r[0]]


def write_graph(db: Database, path: Path, fmt: str) -> tuple[int, int]:
    """Write the actor graph as ``graphml`` or ``gexf``; return (nodes, edges)."""
    import networkx as nx

    graph = build_graph(db)
    if fmt == "graphml":
        nx.write_graphml(graph, path)
    elif fmt == "gexf":
        nx.write_gexf(graph, path)
    else:
        raise ValueError(f"unknown graph format {fmt!r}")
    return graph.number_of_nodes(), graph.number_of_edges()
