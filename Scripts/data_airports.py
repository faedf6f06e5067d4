"""Airports and air bases for the gazetteer, from the PyPI package airportsdata (MIT; ICAO-keyed, with military
fields), so "Pskov airport", "Bandara Pskov" or "Pathankot Air Force Station" locate the airfield itself rather
than the town it is named after.

Each airfield is indexed under its own name and, where it has an IATA code or is military and is the only airfield of that base name, under the base
name (the name without its type words, else its city) with the type words of news text in English and Indonesian.
"""
import csv
import importlib.util
import os

from normalize import is_latin, normalize

# Trailing type words removed to find an airfield's base name ("Engels Airbase" -> "Engels").
TYPE_SUFFIXES = (
    "international airport", "regional airport", "municipal airport", "air force station", "air force base",
    "air base", "airbase", "air station", "airfield", "aerodrome", "airport", "airstrip", "airpark", "air field",
    "naval air station", "army airfield",
)
MILITARY_WORDS = {"air", "airbase", "military", "naval", "army", "force"}
# The forms news text uses for an airfield named after its town.
ENGLISH_FORMS = ("{} airport", "{} air base", "{} airbase", "{} airfield", "{} air force base",
                 "{} air force station", "{} military airfield", "{} aerodrome")
INDONESIAN_FORMS = ("bandara {}", "bandar udara {}", "pangkalan udara {}", "lanud {}", "pangkalan militer {}",
                    "lapangan udara {}")


def airports_path():
    # Located without importing the package (its import needs dependencies the build does not).
    spec = importlib.util.find_spec("airportsdata")
    return os.path.join(list(spec.submodule_search_locations)[0], "airports.csv")


def base_name(name, city):
    key = normalize(name)
    for suffix in sorted(TYPE_SUFFIXES, key=len, reverse=True):
        if key.endswith(" " + suffix):
            return key[: -len(suffix) - 1].strip()
    return normalize(city) if city else None


def load_airports():
    """Returns (features, path): one feature an airfield with an ICAO code and a Latin name."""
    path = airports_path()
    rows = []
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if not row["icao"] or not row["name"] or not is_latin(row["name"]) or not row["country"]:
                continue
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except ValueError:
                continue
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                continue
            rows.append((row, lat, lon, base_name(row["name"], row["city"])))
    by_base = {}
    for row, _, _, base in rows:
        if base:
            by_base[base] = by_base.get(base, 0) + 1
    features = []
    for row, lat, lon, base in rows:
        names = {row["name"]}
        # Type-word forms for airfields news names (with an IATA code, or military), not for every private strip.
        newsworthy = bool(row["iata"]) or any(word in normalize(row["name"]).split() for word in MILITARY_WORDS)
        if newsworthy and base and by_base[base] == 1 and len(base) >= 3:
            names |= {form.format(base) for form in ENGLISH_FORMS + INDONESIAN_FORMS}
        features.append({"id": f"airport:{row['icao']}", "name": row["name"], "country": row["country"],
                         "lon": lon, "lat": lat, "bbox": [lon, lat, lon, lat], "names": sorted(names)})
    return features, path
