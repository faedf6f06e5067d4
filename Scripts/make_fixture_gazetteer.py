"""A small gazetteer for the reader's unit tests, cut from the real one (Data/routecheck.gpkg).

Writes Tests/Fixtures/gazetteer/routecheck.gpkg (a few MB instead of 70): the same schema and name index;
every country, its outline simplified (0.1 degrees, topology kept, small islands left out — enough to read text,
not to measure); the capitals and places of 100,000 people or more, and the places of 2,000 or more of the
countries in FOCUS (the sample articles' countries), so homonyms of those still compete; the curated, marine and regional
features (with the areas of the seas, straits, islands and peninsulas, simplified to 0.01 degree), and the first-order divisions of the
focus countries, Indonesia and the United States (no airports or districts); names in the Latin alphabet. The provenance table names the source file's
sha256. Run with Scripts/make-fixtures after Scripts/build-data.
"""
import hashlib
import os
import sqlite3
import struct

import shapely
from shapely import wkb

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
SOURCE = os.path.join(ROOT, "Data", "routecheck.gpkg")
TARGET = os.path.join(ROOT, "Tests", "Fixtures", "gazetteer", "routecheck.gpkg")
FOCUS = ("RU", "UA", "KP", "KR")
MIN_POPULATION = 100_000
TOLERANCE_DEGREES = 0.1
# Islands smaller than this (square degrees, about 25 km across at the equator) are left out, except a country's
# largest part.
MIN_PART_AREA = 0.05
# Places of the focus countries kept below MIN_POPULATION.
MIN_FOCUS_POPULATION = 2_000
FEATURE_KINDS = ("island", "port", "region", "sea", "strait")
# First-order divisions of these countries only.
DIVISION_COUNTRIES = FOCUS + ("ID", "US")


def geometry_of(blob):
    flags = blob[3]
    envelope = [0, 32, 48, 48, 64][(flags >> 1) & 0b111]
    return wkb.loads(bytes(blob[8 + envelope:]))


def blob_of(geometry, srs_id=4326):
    minx, miny, maxx, maxy = geometry.bounds
    header = b"GP" + bytes([0, 0b0000_0011]) + struct.pack("<i", srs_id) + struct.pack("<4d", minx, maxx, miny, maxy)
    return header + shapely.to_wkb(geometry, byte_order=1, output_dimension=2)


def main():
    os.makedirs(os.path.dirname(TARGET), exist_ok=True)
    temporary = TARGET + ".tmp"
    if os.path.exists(temporary):
        os.remove(temporary)
    source = sqlite3.connect(SOURCE)
    target = sqlite3.connect(temporary)
    for (sql,) in source.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"):
        target.execute(sql)
    for table in ("gpkg_spatial_ref_sys", "gpkg_contents", "gpkg_geometry_columns", "provenance"):
        rows = source.execute(f"SELECT * FROM {table}").fetchall()
        if rows:
            marks = ",".join("?" * len(rows[0]))
            target.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    columns = [row[1] for row in source.execute("PRAGMA table_info(countries)")]
    for row in source.execute("SELECT * FROM countries"):
        row = list(row)
        geometry = geometry_of(row[columns.index("geom")])
        parts = sorted(getattr(geometry, "geoms", [geometry]), key=lambda part: part.area, reverse=True)
        parts = parts[:1] + [part for part in parts[1:] if part.area >= MIN_PART_AREA]
        simplified = shapely.simplify(shapely.MultiPolygon(parts), TOLERANCE_DEGREES, preserve_topology=True)
        if simplified.geom_type == "Polygon":
            simplified = shapely.MultiPolygon([simplified])
        row[columns.index("geom")] = blob_of(simplified)
        target.execute(f"INSERT INTO countries VALUES ({','.join('?' * len(row))})", row)
    marks = ",".join("?" * len(FOCUS))
    places = source.execute(
        f"SELECT * FROM places WHERE population >= ? OR capital = 1 OR (country IN ({marks}) AND population >= ?)",
        (MIN_POPULATION, *FOCUS, MIN_FOCUS_POPULATION)).fetchall()
    target.executemany(f"INSERT INTO places VALUES ({','.join('?' * len(places[0]))})", places)
    kinds = ",".join("?" * len(FEATURE_KINDS))
    countries = ",".join("?" * len(DIVISION_COUNTRIES))
    features = source.execute(
        f"SELECT * FROM features WHERE kind IN ({kinds}) OR (kind = 'province' AND country IN ({countries}))",
        (*FEATURE_KINDS, *DIVISION_COUNTRIES)).fetchall()
    target.executemany(f"INSERT INTO features VALUES ({','.join('?' * len(features[0]))})", features)
    # The areas of the kept seas, straits, islands and peninsulas, simplified to 0.01 degree.
    feature_fids = {row[0] for row in features}
    area_columns = [row[1] for row in source.execute("PRAGMA table_info(areas)")]
    for row in source.execute("SELECT * FROM areas"):
        row = list(row)
        if row[area_columns.index("feature_fid")] not in feature_fids:
            continue
        geometry = shapely.simplify(geometry_of(row[area_columns.index("geom")]), TOLERANCE_DEGREES / 10,
                                    preserve_topology=True)
        parts = [part for part in getattr(geometry, "geoms", [geometry]) if part.geom_type == "Polygon"]
        row[area_columns.index("geom")] = blob_of(shapely.MultiPolygon(parts))
        target.execute(f"INSERT INTO areas VALUES ({','.join('?' * len(row))})", row)
    kept = {0: {row[0] for row in target.execute("SELECT fid FROM countries")},
            1: {row[0] for row in places}, 2: {row[0] for row in features}}
    # Names in the Latin alphabet only (English and Indonesian text is what the tests read).
    names = [row for row in source.execute("SELECT key, target, target_fid, name FROM name_index")
             if row[2] in kept[row[1]] and all(ord(ch) < 0x250 for ch in row[0])]
    target.executemany("INSERT INTO name_index VALUES (?,?,?,?)", names)
    digest = hashlib.sha256(open(SOURCE, "rb").read()).hexdigest()
    target.execute("INSERT INTO provenance (source, package, version, input, sha256, licence) VALUES (?,?,?,?,?,?)",
                   ("test fixture cut from Data/routecheck.gpkg by Scripts/make_fixture_gazetteer.py",
                    "routecheck", "-", "Data/routecheck.gpkg", digest, "as the source rows"))
    target.commit()
    target.execute("VACUUM")
    target.close()
    os.replace(temporary, TARGET)
    print(f"{TARGET}: {len(places)} places, {len(features)} features, {len(names)} names, "
          f"{os.path.getsize(TARGET) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
