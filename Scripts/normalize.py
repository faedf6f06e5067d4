"""Name normalisation shared by the data build. Must match RouteCheckGazetteer's NameNormalizer:
compatibility decomposition, nonspacing marks dropped, lower case, a few letters spelled out,
apostrophes removed, every other non-letter/digit turned into one space."""
import unicodedata

APOSTROPHES = set("'\u2019\u2018\u02bc\u02b9\u0060\u00b4\u02bb")
SPELLED = {"ß": "ss", "ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ð": "d"}


def normalize(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.category(ch) == "Mn":
            continue
        for low in ch.lower():
            low = SPELLED.get(low, low)
            if low in APOSTROPHES:
                continue
            if low.isalnum():
                out.append(low)
            else:
                out.append(" ")
    return " ".join("".join(out).split())


def is_latin(text: str) -> bool:
    for ch in text:
        code = ord(ch)
        if code < 0x250 or 0x1E00 <= code <= 0x1EFF or 0x2018 <= code <= 0x2019 or code == 0x2BC:
            continue
        return False
    return True
