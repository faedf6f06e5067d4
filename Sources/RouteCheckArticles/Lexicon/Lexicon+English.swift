import RouteCheckGeo

extension ReadingLexicon {
    /// English news vocabulary (hand-curated by the RouteCheck maintainers from general English press usage).
    package static let english = ReadingLexicon(
        notPlaceWords: [
            // function words that open sentences and headlines
            "the", "a", "an", "in", "on", "at", "of", "and", "but", "it", "he", "she", "they", "we", "this", "that",
            "those", "these", "there", "as",
            // calendar
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "christmas", "easter", "thanksgiving", "halloween",
            // titles and generic bodies
            "president", "general", "minister", "nato", "un", "reuters", "kremlin", "pentagon",
        ],
        notPlacePhrases: [
            "white house", "security council", "national security council", "state department",
            "the associated press", "associated press", "ministry of defence", "ministry of defense",
            "joint chiefs of staff", "scroll to top", "read also", "richter scale",
        ],
        titles: [
            "president", "minister", "general", "spokesman", "spokeswoman", "ambassador", "leader", "secretary", "mr",
            "mrs", "ms", "dr",
        ],
        settlementWordsBeforeName: [],
        institutionWordsBeforePlace: [],
        settlementWordsBeforeOf: ["city", "town", "village"],
        streetWordsBefore: [],
        streetWordsAfter: ["street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "drive"],
        organisationWordsBefore: [],
        organisationWordsAfter: [
            "group", "party", "company", "corporation", "corp", "inc", "ltd", "foundation", "club", "brigade",
            "battalion", "elementary", "schools",
        ],
        diseaseWordsAfter: [
            "virus", "viruses", "ebolavirus", "fever", "disease", "flu", "influenza", "encephalitis", "hemorrhagic",
            "haemorrhagic",
        ],
        diseaseWordsBefore: [],
        speechVerbs: ["said", "says"],
        nameAbbreviations: ["st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"],
        boilerplateLinePrefixes: ["read also", "scroll to top", "source"],
        endOfArticlePrefixes: [])
}

extension ClaimWords {
    /// English words of distance claims (hand-curated by the RouteCheck maintainers from general English press
    /// usage).
    package static let english = ClaimWords(
        units: [
            "km": .kilometers, "kilometer": .kilometers, "kilometers": .kilometers, "kilometre": .kilometers,
            "kilometres": .kilometers, "kms": .kilometers, "m": .meters, "meter": .meters, "meters": .meters,
            "metre": .meters, "metres": .meters, "mile": .statuteMiles, "miles": .statuteMiles, "mi": .statuteMiles,
            "nmi": .nauticalMiles, "nm": .nauticalMiles,
        ],
        hedges: [
            (["more", "than"], .moreThan), (["less", "than"], .lessThan), (["fewer", "than"], .lessThan),
            (["at", "least"], .moreThan), (["at", "most"], .lessThan), (["up", "to"], .lessThan),
            (["no", "more", "than"], .lessThan), (["close", "to"], .nearly), (["just", "under"], .lessThan),
            (["just", "over"], .moreThan), (["about"], .approximately), (["approximately"], .approximately),
            (["approx"], .approximately), (["around"], .approximately), (["roughly"], .approximately),
            (["some"], .approximately), (["an", "estimated"], .approximately), (["nearly"], .nearly),
            (["almost"], .nearly), (["just"], .only), (["only"], .only), (["barely"], .only), (["merely"], .only),
            (["within"], .lessThan), (["over"], .moreThan), (["under"], .lessThan), (["beyond"], .moreThan),
        ],
        frontLinePhrases: [
            ["front", "line"], ["front", "lines"], ["frontline"], ["frontlines"], ["front-line"], ["front-lines"],
        ],
        referenceLinks: ["from", "of", "to", "away", "out", "off", "the", "in", "towards", "toward"],
        placePrefixes: [
            "the", "city", "town", "village", "port", "island", "islands", "of", "regional", "center", "centre",
            "downtown", "central", "mainland", "district",
        ],
        settlementWords: ["city", "town", "village"],
        regionWordsAfter: [
            "oblast", "region", "province", "krai", "kray", "raion", "district", "regency", "county", "state",
            "governorate", "prefecture", "territory", "township", "twp",
        ],
        regionWordsBefore: ["region", "province"],
        facilityWordsBefore: ["depot"],
        facilityWordsAfter: [
            "nuclear", "npp", "airport", "airbase", "air", "refinery", "plant", "depot", "base", "airfield", "dam",
            "station", "terminal", "factory", "facility", "reactor", "complex", "arsenal",
        ],
        interiorWords: ["inside", "into", "within"],
        interiorFillers: ["the", "territory", "of"],
        borderWords: ["border", "borders", "frontier"],
        borderWith: ["with"],
        borderPossessives: ["their", "its", "the"],
        capitalWords: [["capital"], ["the", "capital"]],
        distanceNouns: ["distance", "drive", "journey", "trip", "route"],
        distanceJoiners: ["to", "and"],
        sizeNouns: ["depth", "altitude", "height", "elevation", "length", "width", "radius", "diameter"],
        sizeAdjectivesAfter: ["long", "wide", "deep", "high", "tall", "across"],
        coordinateEventWords: [
            "quake", "earthquake", "epicentre", "epicenter", "tremor", "location", "hypocentre", "hypocenter",
        ],
        participleOpeners: ["located", "situated", "lying", "sitting"],
        anaphoricSubjects: [
            "town", "city", "village", "island", "base", "plant", "it", "which", "lies", "located", "sits", "situated",
        ],
        travelWords: [
            "drive", "drives", "driving", "drove", "road", "roads", "highway", "car", "bus", "train", "trains", "rail",
            "railway", "journey", "trip", "voyage", "sail", "sailed", "sailing", "walk", "walked", "trek", "hike",
            "march", "marched", "ride", "rode", "travel", "travelled", "traveled", "travelling", "traveling",
        ],
        proximityWords: ["near", "close", "closer", "nearby", "next"],
        alternativeWords: ["or"])
}
