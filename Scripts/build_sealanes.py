"""Builds Data/sealanes.gpkg, the global shipping-lane graph RouteCheck routes the open-sea part of sea legs
on, and Data/sealanes-provenance.json.

Input: PyPI searoute (its marnet_searoute.geojson network; Apache License 2.0, which the package's
credits trace to Eurostat's SeaRoute). The licence text is copied beside the output as
Data/LICENSE-searoute.txt, as the Apache licence asks of redistributions.

Tables: sea_nodes (Point) and sea_edges (LineString between two nodes, geodesic length in metres, the named
passage such as "suez" or "panama" when the network marks one). The network's longitudes run past 180 in
places; they are wrapped into [-180, 180) and the nodes on the antimeridian (+180 and -180) are merged, so
routes cross the Pacific. The coastline ends of sea legs are not in this file: RouteCheck routes them
around the land polygons of routecheck.gpkg at query time.
"""
import json
import os
import shutil
import sys
import time
from importlib.metadata import version

import shapely
from pyproj import Geod

sys.path.insert(0, os.path.dirname(__file__))
from build_data import (components, create_geopackage_core, finish_geopackage, gpkg_blob, new_geopackage,  # noqa: E402
                        register, sha256, write_summary)

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))


def wrapped(lon, lat):
    """The node key: longitude wrapped into [-180, 180), both rounded to 1e-6 degrees."""
    lon = ((lon + 180.0) % 360.0) - 180.0
    return (round(lon, 6), round(lat, 6))


def main():
    started = time.time()
    import searoute
    package_dir = os.path.dirname(searoute.__file__)
    source_path = os.path.join(package_dir, "data", "marnet_searoute.geojson")
    network = json.load(open(source_path, encoding="utf-8"))

    node_index, nodes, edges = {}, [], {}

    def node(coordinate):
        key = wrapped(coordinate[0], coordinate[1])
        if key not in node_index:
            node_index[key] = len(nodes)
            nodes.append(key)
        return node_index[key]

    for feature in network["features"]:
        geometry = feature["geometry"]
        lines = [geometry["coordinates"]] if geometry["type"] == "LineString" else geometry["coordinates"]
        passage = (feature.get("properties") or {}).get("passage")
        for line in lines:
            ids = [node(c) for c in line]
            for a, b in zip(ids, ids[1:]):
                if a != b:
                    edges.setdefault((min(a, b), max(a, b)), passage)

    geod = Geod(ellps="WGS84")
    ordered = sorted(edges.items())
    lengths = []
    for (a, b), _ in ordered:
        (lon1, lat1), (lon2, lat2) = nodes[a], nodes[b]
        lengths.append(geod.inv(lon1, lat1, lon2, lat2)[2])
    comp = components(len(nodes), [e for e, _ in ordered])

    output = os.path.join(ROOT, "Data", "sealanes.gpkg")
    db, tmp = new_geopackage(output)
    create_geopackage_core(db)
    db.executescript("""
    CREATE TABLE sea_nodes (fid INTEGER PRIMARY KEY, geom POINT NOT NULL, component INTEGER NOT NULL);
    CREATE TABLE sea_edges (fid INTEGER PRIMARY KEY, geom LINESTRING NOT NULL, node_from INTEGER NOT NULL,
      node_to INTEGER NOT NULL, length_m REAL NOT NULL, passage TEXT);
    """)
    db.executemany("INSERT INTO sea_nodes (fid, geom, component) VALUES (?,?,?)",
                   ((i + 1, gpkg_blob(shapely.Point(lon, lat)), comp[i]) for i, (lon, lat) in enumerate(nodes)))

    def edge_line(a, b):
        (lon1, lat1), (lon2, lat2) = nodes[a], nodes[b]
        if abs(lon2 - lon1) > 180:  # drawn the short way round, across the antimeridian
            lon2 += 360 if lon2 < lon1 else -360
        return shapely.LineString([(lon1, lat1), (lon2, lat2)])
    db.executemany("INSERT INTO sea_edges (geom, node_from, node_to, length_m, passage) VALUES (?,?,?,?,?)",
                   ((gpkg_blob(edge_line(a, b)), a + 1, b + 1, float(length), passage)
                    for ((a, b), passage), length in zip(ordered, lengths)))
    lons = [n[0] for n in nodes]
    lats = [n[1] for n in nodes]
    bounds = (min(lons), min(lats), max(lons), max(lats))
    register(db, "sea_nodes", "features", "Shipping-lane graph nodes (searoute marnet; Apache-2.0)", bounds, "POINT")
    register(db, "sea_edges", "features", "Shipping-lane graph edges, geodesic length in metres", bounds, "LINESTRING")
    provenance = [("sea lanes", "searoute (PyPI)", version("searoute"), "searoute/data/marnet_searoute.geojson",
                   sha256(source_path), "Apache-2.0 (package and data; network credited to Eurostat SeaRoute)")]
    finish_geopackage(db, tmp, output, provenance)

    dist_info = os.path.join(os.path.dirname(package_dir), f"searoute-{version('searoute')}.dist-info", "licenses", "LICENCE.txt")
    if os.path.exists(dist_info):
        shutil.copyfile(dist_info, os.path.join(ROOT, "Data", "LICENSE-searoute.txt"))

    summary = {
        "output": "Data/sealanes.gpkg", "size_bytes": os.path.getsize(output), "nodes": len(nodes),
        "edges": len(ordered), "components": len(set(comp)),
        "passages": sorted({p for p in edges.values() if p}),
        "build_seconds": round(time.time() - started, 1),
    }
    write_summary(os.path.join(ROOT, "Data", "sealanes-provenance.json"), summary, provenance)

if __name__ == "__main__":
    main()
