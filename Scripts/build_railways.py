"""Builds Data/railways.gpkg, the railway graph RouteCheck routes rail legs on, and Data/railways-provenance.json.

Input: PyPI scgraph-data (its world_railways graph, derived from OpenStreetMap: © OpenStreetMap contributors,
ODbL 1.0). The file is kept apart from routecheck.gpkg because the ODbL asks that a database derived from
OpenStreetMap stay under the ODbL.

Tables: rail_nodes (Point; the ISO country each node lies in, from routecheck.gpkg's countries; its
connected component) and rail_edges (from, to, length_m: the geodesic between the two nodes;
track_length_m: the edge weight scgraph-data gives, which is the length along the OpenStreetMap way the
edge replaces (its curves were simplified away: long edges weigh 5-11 % more than their chord), never less
than the geodesic; connector = 1 for the links this build adds between fragments, whose track length is
their geodesic). The OSM-derived graph is split into many disconnected pieces; every node
is linked to the nearest node of another component within CONNECT_GAP_M, so routes can cross small gaps.
"""
import ast
import os
import sqlite3
import sys
import time
from importlib.metadata import version

import numpy
import shapely
from pyproj import Geod
from scipy.spatial import cKDTree

sys.path.insert(0, os.path.dirname(__file__))
from build_data import (components, create_geopackage_core, finish_geopackage, gpkg_blob, new_geopackage,  # noqa: E402
                        register, sha256, write_summary)

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
CONNECT_GAP_M = 2_000.0
EARTH_RADIUS_M = 6_371_008.8


def load_graph():
    import scgraph_data
    path = os.path.join(os.path.dirname(scgraph_data.__file__), "world_railways.py")
    source = open(path, encoding="utf-8").read()
    graph_start, nodes_start = source.index("graph=") + 6, source.index("\nnodes=")
    graph = ast.literal_eval(source[graph_start:nodes_start].strip())
    nodes = ast.literal_eval(source[nodes_start + 7:source.index("\nworld_railways_geograph")].strip())
    return path, graph, nodes


def main():
    started = time.time()
    source_path, graph, nodes = load_graph()
    lat = numpy.array([n[0] for n in nodes])
    lon = numpy.array([n[1] for n in nodes])
    weights = {}
    for a, neighbours in enumerate(graph):
        for b, weight in neighbours.items():
            if a != b:
                key = (min(a, b), max(a, b))
                weights[key] = max(weights.get(key, 0.0), float(weight) * 1000.0)
    edges = sorted(weights)
    comp = components(len(nodes), edges)

    # Links between fragments: nearest node of another component within the gap (chord on the unit sphere).
    xyz = numpy.column_stack([numpy.cos(numpy.radians(lat)) * numpy.cos(numpy.radians(lon)),
                              numpy.cos(numpy.radians(lat)) * numpy.sin(numpy.radians(lon)),
                              numpy.sin(numpy.radians(lat))])
    tree = cKDTree(xyz)
    chord = 2 * numpy.sin(CONNECT_GAP_M / EARTH_RADIUS_M / 2)
    connectors = set()
    for i, j in tree.query_pairs(chord, output_type="ndarray"):
        if comp[i] != comp[j]:
            connectors.add((int(min(i, j)), int(max(i, j))))
    connectors -= set(edges)
    all_edges = [(a, b, 0) for a, b in edges] + [(a, b, 1) for a, b in sorted(connectors)]
    geod = Geod(ellps="WGS84")
    a_idx = numpy.array([e[0] for e in all_edges])
    b_idx = numpy.array([e[1] for e in all_edges])
    _, _, lengths = geod.inv(lon[a_idx], lat[a_idx], lon[b_idx], lat[b_idx])
    comp_after = components(len(nodes), [(a, b) for a, b, _ in all_edges])

    # Country of every node, from the committed country polygons.
    main_db = sqlite3.connect(f"file:{os.path.join(ROOT, 'Data', 'routecheck.gpkg')}?mode=ro", uri=True)
    codes, polygons = [], []
    for code, blob in main_db.execute("SELECT iso_a2, geom FROM countries"):
        envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(blob[3] >> 1) & 0b111]
        codes.append(code)
        polygons.append(shapely.from_wkb(bytes(blob[8 + envelope:])))
    strtree = shapely.STRtree(polygons)
    points = shapely.points(lon, lat)
    country = [None] * len(nodes)
    point_index, polygon_index = strtree.query(points, predicate="intersects")
    for p, g in zip(point_index, polygon_index):
        country[p] = codes[g]

    output = os.path.join(ROOT, "Data", "railways.gpkg")
    db, tmp = new_geopackage(output)
    create_geopackage_core(db)
    db.executescript("""
    CREATE TABLE rail_nodes (fid INTEGER PRIMARY KEY, geom POINT NOT NULL, country TEXT, component INTEGER NOT NULL);
    CREATE TABLE rail_edges (fid INTEGER PRIMARY KEY, node_from INTEGER NOT NULL, node_to INTEGER NOT NULL,
      length_m REAL NOT NULL, track_length_m REAL NOT NULL, connector INTEGER NOT NULL);
    """)
    db.executemany("INSERT INTO rail_nodes (fid, geom, country, component) VALUES (?,?,?,?)",
                   ((i + 1, gpkg_blob(shapely.Point(lon[i], lat[i])), country[i], comp_after[i]) for i in range(len(nodes))))
    db.executemany("INSERT INTO rail_edges (node_from, node_to, length_m, track_length_m, connector) VALUES (?,?,?,?,?)",
                   ((a + 1, b + 1, float(length), max(float(length), weights.get((a, b), 0.0)), flag)
                    for (a, b, flag), length in zip(all_edges, lengths)))
    register(db, "rail_nodes", "features", "Railway graph nodes (OpenStreetMap via scgraph-data; ODbL)",
             (float(lon.min()), float(lat.min()), float(lon.max()), float(lat.max())), "POINT")
    register(db, "rail_edges", "attributes", "Railway graph edges: geodesic and along-track length in metres")
    provenance = [("railways", "scgraph-data (PyPI)", version("scgraph-data"), "scgraph_data/world_railways.py",
                   sha256(source_path), "ODbL 1.0, © OpenStreetMap contributors (data); package MIT")]
    finish_geopackage(db, tmp, output, provenance)
    summary = {
        "output": "Data/railways.gpkg", "size_bytes": os.path.getsize(output), "nodes": len(nodes),
        "edges": len(edges), "connectors": len(connectors), "connect_gap_m": CONNECT_GAP_M,
        "components_before": len(set(comp)), "components_after": len(set(comp_after)),
        "build_seconds": round(time.time() - started, 1),
    }
    write_summary(os.path.join(ROOT, "Data", "railways-provenance.json"), summary, provenance)


if __name__ == "__main__":
    main()
