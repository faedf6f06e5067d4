"""Nuclear sites and air bases for the gazetteer, from the hand-curated Data/curated/facilities.json (each entry
names its source), so "the Kursk nuclear plant", "PLTN Kursk" or "Pangkalan Udara Shaykovka" locate the facility
rather than the town it is named after.

Each facility is indexed under its own name, its aliases, and each of its base names with the type words of news
text in English and Indonesian. Nuclear sites are stored as kind "facility", air bases as kind "airport" (the kind
of the airfields of airportsdata, whose type-word forms they share).
"""
import json
import os

from data_airports import ENGLISH_FORMS as AIRFIELD_ENGLISH_FORMS
from data_airports import INDONESIAN_FORMS as AIRFIELD_INDONESIAN_FORMS

NUCLEAR_ENGLISH_FORMS = ("{} nuclear power plant", "{} nuclear power station", "{} nuclear plant",
                         "{} nuclear station", "{} npp", "{} nuclear facility", "{} nuclear site",
                         "{} nuclear complex", "{} atomic power station")
NUCLEAR_INDONESIAN_FORMS = ("pltn {}", "pembangkit listrik tenaga nuklir {}", "fasilitas nuklir {}",
                            "situs nuklir {}", "reaktor nuklir {}", "instalasi nuklir {}")
FORMS = {
    "nuclear": ("facility", NUCLEAR_ENGLISH_FORMS + NUCLEAR_INDONESIAN_FORMS),
    "air_base": ("airport", AIRFIELD_ENGLISH_FORMS + AIRFIELD_INDONESIAN_FORMS),
}


def facilities_path(root):
    return os.path.join(root, "Data", "curated", "facilities.json")


def load_facilities(root):
    """Returns (features, path): one point feature a facility, with its kind and every name it is indexed under."""
    path = facilities_path(root)
    features = []
    for entry in json.load(open(path, encoding="utf-8"))["facilities"]:
        kind, forms = FORMS[entry["type"]]
        names = {entry["name"], *entry["aliases"]}
        names |= {form.format(base) for base in entry["names"] for form in forms}
        lat, lon = entry["lat"], entry["lon"]
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError(f"{path}: {entry['id']}: coordinates out of range")
        features.append({"id": entry["id"], "name": entry["name"], "kind": kind, "country": entry["country"],
                         "lat": lat, "lon": lon, "bbox": [lon, lat, lon, lat], "names": sorted(names),
                         "source": entry["source"]})
    return features, path
