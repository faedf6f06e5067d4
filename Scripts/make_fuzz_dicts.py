#!/usr/bin/env python3
"""Writes libFuzzer dictionaries (Tests/Fuzz/Dictionaries/*.dict) from RouteCheck's own lexicon sources.

The article and numbers dictionaries are the string literals of the reading lexicon (cue words, hedges,
units, number words, compass points, the per-language lexicon files) so the fuzzer composes claims from the words the reader
knows; the GeoJSON and JSON Lines dictionaries are their formats' keywords. Run again after the lexicon changes.
"""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
LEXICON_SOURCES = ["Lexicon/Lexicon+English.swift", "Lexicon/Lexicon+Indonesian.swift", "CompassPoint.swift",
                   "NumberParser.swift", "InTextCoordinates.swift"]
LITERAL = re.compile(r'"((?:[^"\\\n]|\\.){1,40})"')


def entry(word: str) -> str:
    """One dictionary line in libFuzzer's syntax: quoted; quote, backslash and non-ASCII bytes as hex escapes."""
    out = []
    for byte in word.encode("utf-8"):
        if byte in (0x22, 0x5C):
            out.append("\\" + chr(byte))
        elif 0x20 <= byte < 0x7F:
            out.append(chr(byte))
        else:
            out.append(f"\\x{byte:02X}")
    return '"' + "".join(out) + '"'



def lexicon_words() -> list[str]:
    words = set()
    for name in LEXICON_SOURCES:
        text = (ROOT / "Sources/RouteCheckArticles" / name).read_text(encoding="utf-8")
        for match in LITERAL.finditer(text):
            word = match.group(1)
            if "\\(" in word or not word.strip() or any(mark in word for mark in ('")', '("', "*", "\\")):
                continue
            words.add(word.replace("\\\\", "\\"))
    return sorted(words)


def main() -> None:
    out = ROOT / "Tests/Fuzz/Dictionaries"
    out.mkdir(parents=True, exist_ok=True)
    words = lexicon_words()
    prose = words + [" km", " mil", " miles", " nautical miles", ", ", ". ", "°", "(", ")"]
    for harness in ("article", "numbers"):
        (out / f"{harness}.dict").write_text("".join(f"{entry(w)}\n" for w in prose), encoding="utf-8")
    geojson = ['"type"', '"coordinates"', '"geometries"', '"features"', '"geometry"', '"properties"', '"bbox"',
               '"Point"', '"MultiPoint"', '"LineString"', '"MultiLineString"', '"Polygon"', '"MultiPolygon"',
               '"GeometryCollection"', '"Feature"', '"FeatureCollection"', "null", "[[", "]]", "1e308", "-180", "90"]
    (out / "geojson.dict").write_text("".join(f"{entry(w)}\n" for w in geojson), encoding="utf-8")
    jsonl = ['"id"', '"text"', "{", "}", ":", "\\n", "\\u0000", "\\ud800", "\n", "null"]
    (out / "jsonl.dict").write_text("".join(f"{entry(w)}\n" for w in jsonl), encoding="utf-8")
    coordinates = [",", "|", "-", "+", ".", "e", "e308", "nan", "inf", "90", "180", "1e15", " "]
    (out / "coordinates.dict").write_text("".join(f"{entry(w)}\n" for w in coordinates), encoding="utf-8")
    print(f"wrote {len(prose)} lexicon entries and the format dictionaries to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
