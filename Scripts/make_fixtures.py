"""Independent reference values for RouteCheck's tests, computed with pyproj and shapely.

Writes Tests/Fixtures/projections.json and Tests/Fixtures/point_polygon_distances.json.
Run with Scripts/make-fixtures (installs pyproj and shapely). The polygons are read from the
committed Data/routecheck.gpkg, so the Swift code and this script measure the same shapes.

Point-to-polygon reference method (different from RouteCheck's): the polygon boundary is cut into
pieces of at most 0.005 degrees along straight lines in longitude/latitude (RFC 7946 edges),
projected with pyproj into an azimuthal equidistant projection centred on the query point, and
shapely's planar distance from the origin is the geodesic distance (aeqd preserves distances from
its centre). Points covered by the polygon have distance 0.
"""
import json
import os
import random
import sqlite3
import struct

import numpy
import shapely
from pyproj import Geod, Transformer
from shapely.ops import nearest_points

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
GPKG = os.path.join(ROOT, "Data", "routecheck.gpkg")
OUT = os.path.join(ROOT, "Tests", "Fixtures")


def gpkg_geometry(blob):
    flags = blob[3]
    envelope = (flags >> 1) & 0b111
    size = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[envelope]
    return shapely.from_wkb(bytes(blob[8 + size:]))


def country(db, code):
    row = db.execute("SELECT geom FROM countries WHERE iso_a2 = ?", (code,)).fetchone()
    return gpkg_geometry(row[0])


def place(db, name, code):
    row = db.execute("SELECT geom FROM places WHERE name = ? AND country = ? ORDER BY population DESC LIMIT 1",
                     (name, code)).fetchone()
    point = gpkg_geometry(row[0])
    return point.y, point.x


def reference_distance(polygon, lat, lon):
    if polygon.covers(shapely.Point(lon, lat)):
        return 0.0, lon, lat
    aeqd = Transformer.from_crs("EPSG:4326", f"+proj=aeqd +lat_0={lat} +lon_0={lon} +ellps=WGS84 +units=m",
                                always_xy=True)
    boundary = shapely.segmentize(polygon.boundary, 0.005)
    projected = shapely.transform(boundary, lambda xy: _forward(aeqd, xy))
    origin = shapely.Point(0, 0)
    nearest = nearest_points(projected, origin)[0]
    back_lon, back_lat = aeqd.transform(nearest.x, nearest.y, direction="INVERSE")
    return projected.distance(origin), back_lon, back_lat


def _forward(transformer, xy):
    x, y = transformer.transform(xy[:, 0], xy[:, 1])
    return numpy.column_stack([x, y])


def projections():
    rng = random.Random(7946)
    targets = {"EPSG:3857": (-80, 80, -180, 180), "EPSG:32637": (30, 60, 33, 45), "EPSG:3035": (35, 70, -10, 40)}
    cases = []
    for crs, (lat0, lat1, lon0, lon1) in targets.items():
        transformer = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
        for _ in range(100):
            lat, lon = rng.uniform(lat0, lat1), rng.uniform(lon0, lon1)
            x, y = transformer.transform(lon, lat)
            cases.append({"crs": crs, "lon": lon, "lat": lat, "x": x, "y": y})
    return cases


def main():
    import pyproj
    db = sqlite3.connect(f"file:{GPKG}?mode=ro", uri=True)
    rng = random.Random(20231013)
    cases = []
    for code in ["UA", "PL", "KP", "CY", "LK", "CH", "CR"]:
        polygon = country(db, code)
        minx, miny, maxx, maxy = polygon.bounds
        for _ in range(200):
            lat = rng.uniform(miny - 3, maxy + 3)
            lon = rng.uniform(minx - 3, maxx + 3)
            distance, near_lon, near_lat = reference_distance(polygon, lat, lon)
            cases.append({"country": code, "lat": lat, "lon": lon, "distance_m": distance,
                          "nearest_lon": near_lon, "nearest_lat": near_lat})
    named = []
    geod = Geod(ellps="WGS84")
    for name, place_code, target in [("Tikhoretsk", "RU", "UA"), ("Rostov-on-Don", "RU", "UA"),
                                     ("Vladivostok", "RU", "KP"), ("Kaliningrad", "RU", "PL")]:
        lat, lon = place(db, name, place_code)
        distance, near_lon, near_lat = reference_distance(country(db, target), lat, lon)
        check = geod.inv(lon, lat, near_lon, near_lat)[2]
        named.append({"place": name, "place_country": place_code, "country": target, "lat": lat, "lon": lon,
                      "distance_m": distance, "nearest_lon": near_lon, "nearest_lat": near_lat,
                      "geod_inv_to_nearest_m": check})
    # Towns to the water of a sea or the land of an island (the `areas` polygons the database stores).
    waters = []
    for name, place_code, sea, kind in [("Krasnodar", "RU", "Black Sea", "sea"),
                                        ("Rostov-on-Don", "RU", "Sea of Azov", "sea"),
                                        ("Bucharest", "RO", "Black Sea", "sea"), ("Yogyakarta", "ID", "Java Sea", "sea"),
                                        ("Mataram", "ID", "Bali Island", "region"),
                                        ("Zamboanga", "PH", "Palawan Island", "region"),
                                        ("Kherson", "UA", "Crimea", "region"),
                                        ("Atlanta", "US", "Tennessee", "province")]:
        row = db.execute("SELECT areas.geom FROM areas JOIN features ON features.fid = areas.feature_fid "
                         "WHERE features.name = ? AND features.kind = ?", (sea, kind)).fetchone()
        lat, lon = place(db, name, place_code)
        distance, near_lon, near_lat = reference_distance(gpkg_geometry(row[0]), lat, lon)
        waters.append({"place": name, "place_country": place_code, "sea": sea, "kind": kind, "lat": lat, "lon": lon,
                       "distance_m": distance, "nearest_lon": near_lon, "nearest_lat": near_lat})
    # Curated facilities (nuclear sites, air bases) to a country's border and to a town (WGS84 geodesic).
    facilities = []
    for name, target in [("Kursk Nuclear Power Plant", "UA"), ("Shaykovka Air Base", "UA"),
                         ("Zaporizhzhia Nuclear Power Plant", "RU")]:
        lat, lon = db.execute("SELECT lat, lon FROM features WHERE name = ?", (name,)).fetchone()
        distance, near_lon, near_lat = reference_distance(country(db, target), lat, lon)
        facilities.append({"facility": name, "country": target, "lat": lat, "lon": lon, "distance_m": distance,
                           "nearest_lon": near_lon, "nearest_lat": near_lat})
    for name, town, town_code in [("Kursk Nuclear Power Plant", "Kursk", "RU"),
                                  ("Shaykovka Air Base", "Moscow", "RU")]:
        lat, lon = db.execute("SELECT lat, lon FROM features WHERE name = ?", (name,)).fetchone()
        town_lat, town_lon = place(db, town, town_code)
        facilities.append({"facility": name, "place": town, "lat": lat, "lon": lon, "place_lat": town_lat,
                           "place_lon": town_lon, "distance_m": geod.inv(lon, lat, town_lon, town_lat)[2]})
    # Islands the DCW outline gives to a neighbour: the distance to the neighbour's land without the island group,
    # the group given here as a box around its islands (the parts of the outline wholly inside it are left out).
    island_groups = []
    for label, sql, arguments, target, box in [
            ("Yeonpyeong Island", "SELECT lat, lon FROM features WHERE name = ?", ("Yeonpyeong Island",), "KP",
             (125.6, 37.55, 125.8, 37.72)),
            ("Jincheng", None, ("Jincheng", "TW"), "CN", (118.14, 24.37, 118.52, 24.545))]:
        lat, lon = db.execute(sql, arguments).fetchone() if sql else place(db, *arguments)
        parts = list(country(db, target).geoms)
        rectangle = shapely.box(*box)
        kept = shapely.MultiPolygon([part for part in parts if not rectangle.contains(part)])
        distance, near_lon, near_lat = reference_distance(kept, lat, lon)
        island_groups.append({"place": label, "country": target, "lat": lat, "lon": lon, "box": list(box),
                              "parts_left_out": len(parts) - len(kept.geoms), "distance_m": distance,
                              "nearest_lon": near_lon, "nearest_lat": near_lat})
    meta = {"generator": "Scripts/make_fixtures.py", "pyproj": pyproj.__version__, "shapely": shapely.__version__,
            "proj": pyproj.proj_version_str, "geos": shapely.geos_version_string,
            "method": "segmentize 0.005 deg in lon/lat, aeqd centred on the point, shapely distance from origin"}
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "point_polygon_distances.json"), "w") as handle:
        json.dump({"meta": meta, "cases": cases, "named": named, "waters": waters, "facilities": facilities,
                   "island_groups": island_groups}, handle,
                  indent=1)
    with open(os.path.join(OUT, "projections.json"), "w") as handle:
        json.dump({"meta": meta, "cases": projections()}, handle, indent=1)
    for item in named:
        print(f"{item['place']} -> {item['country']}: {item['distance_m'] / 1000:.3f} km")
    for item in waters:
        print(f"{item['place']} -> {item['sea']}: {item['distance_m'] / 1000:.3f} km")


if __name__ == "__main__":
    main()
