"""Builds Data/common-words.txt: ordinary lower-case words of English and Indonesian, for telling a capitalised
word ("Center", "Council", "Mobil", "Hingga") from the small town that shares its name.

Sources (Debian): wamerican (/usr/share/dict/american-english, SCOWL, permissive licence) and hunspell-id
(/usr/share/hunspell/id_ID.dic, LGPL-3, from the LibreOffice dictionaries). Kept: entries written in lower case
(both lists capitalise proper nouns), letters only, at least three of them; hunspell affix flags are dropped.

Output: one word a line, "word<TAB>en|id|en,id", sorted; Data/common-words-provenance.json records the packages,
versions, the inputs' sha256 and the licences."""
import os, subprocess, sys

from word_list_output import sha256, write_list, write_provenance

SOURCES = [
    ("en", "wamerican", "/usr/share/dict/american-english", "SCOWL word list: permissive (copyright Kevin Atkinson and others)"),
    ("id", "hunspell-id", "/usr/share/hunspell/id_ID.dic", "LGPL-3 (Ali Ahmadi, LibreOffice dictionaries)"),
]


def package_version(name):
    return subprocess.run(["dpkg-query", "-W", "-f=${Version}", name], capture_output=True, text=True, check=True).stdout



def words(path, hunspell):
    found = set()
    with open(path, encoding="utf-8", errors="replace") as handle:
        lines = iter(handle)
        if hunspell:
            next(lines, None)  # the first line of a .dic file is its entry count
        for line in lines:
            word = line.strip().split("/")[0]
            if len(word) >= 3 and word.isalpha() and word == word.lower():
                found.add(word)
    return found


def main():
    languages = {}
    inputs = []
    for language, package, path, licence in SOURCES:
        if not os.path.exists(path):
            sys.exit(f"{path} is missing: apt-get install {package}")
        for word in words(path, path.endswith(".dic")):
            languages.setdefault(word, set()).add(language)
        inputs.append({"package": package, "version": package_version(package), "input": path,
                       "sha256": sha256(path), "licence": licence})
    output = write_list("common-words.txt", (f"{word}\t{','.join(sorted(languages[word]))}" for word in sorted(languages)))
    provenance = {"output": "Data/common-words.txt", "words": len(languages),
                  "english": sum(1 for v in languages.values() if "en" in v),
                  "indonesian": sum(1 for v in languages.values() if "id" in v),
                  "sha256": sha256(output), "inputs": inputs}
    write_provenance("common-words", provenance)
    print(f"Data/common-words.txt: {len(languages)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
