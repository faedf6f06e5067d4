"""Writing shared by the word-list builders (Scripts/build_person_names.py, Scripts/build_common_words.py): the list
written atomically beside the database, its sha256, and the provenance file next to it."""
import hashlib, json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def sha256(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def write_list(file_name, lines):
    """Writes `lines` (each without its newline) to Data/FILE_NAME through a temporary file; returns the path."""
    output = os.path.join(ROOT, "Data", file_name)
    temporary = output + ".tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line + "\n")
    os.replace(temporary, output)
    return output


def write_provenance(stem, provenance):
    """Writes Data/STEM-provenance.json."""
    with open(os.path.join(ROOT, "Data", f"{stem}-provenance.json"), "w", encoding="utf-8") as handle:
        json.dump(provenance, handle, indent=2)
        handle.write("\n")
