import RouteCheckGeo

/// The words the claim grammar reads, per language, in one place (English and Indonesian). Lower-case;
/// multi-word cues are word arrays. General vocabulary of news about distances, not words of any one text.
enum ClaimLexicon {
    /// Length units and their spellings.
    static let units: [String: LengthUnit] = [
        "km": .kilometers, "kilometer": .kilometers, "kilometers": .kilometers, "kilometre": .kilometers,
        "kilometres": .kilometers, "kms": .kilometers, "m": .meters, "meter": .meters, "meters": .meters,
        "metre": .meters, "metres": .meters, "mil": .statuteMiles, "mile": .statuteMiles, "miles": .statuteMiles,
        "mi": .statuteMiles, "nmi": .nauticalMiles, "nm": .nauticalMiles,
    ]

    /// Hedges before a figure. Longer cues are tried first.
    static let hedges: [(words: [String], qualifier: Qualifier)] = [
        (["kurang", "lebih"], .approximately), (["kira", "kira"], .approximately), (["kira-kira"], .approximately),
        (["lebih", "dari"], .moreThan), (["more", "than"], .moreThan), (["kurang", "dari"], .lessThan),
        (["less", "than"], .lessThan), (["fewer", "than"], .lessThan), (["at", "least"], .moreThan),
        (["at", "most"], .lessThan), (["up", "to"], .lessThan), (["no", "more", "than"], .lessThan),
        (["close", "to"], .nearly), (["just", "under"], .lessThan), (["just", "over"], .moreThan),
        (["tidak", "sampai"], .lessThan), (["sekitar"], .approximately), (["sekira"], .approximately),
        (["kira"], .approximately), (["about"], .approximately), (["approximately"], .approximately),
        (["approx"], .approximately), (["around"], .approximately), (["roughly"], .approximately),
        (["some"], .approximately), (["an", "estimated"], .approximately), (["hampir"], .nearly),
        (["nyaris"], .nearly), (["nearly"], .nearly), (["almost"], .nearly), (["setidaknya"], .moreThan),
        (["sedikitnya"], .moreThan), (["minimal"], .moreThan), (["maksimal"], .lessThan), (["hanya"], .only),
        (["cuma"], .only), (["just"], .only), (["only"], .only), (["barely"], .only), (["merely"], .only),
        (["within"], .lessThan), (["over"], .moreThan), (["under"], .lessThan), (["beyond"], .moreThan),
    ]

    /// ``hedges`` with the longest cues first, so "kurang dari" wins over "dari"-less "kurang" forms.
    static let hedgesLongestFirst = hedges.sorted { $0.words.count > $1.words.count }

    /// Words between a figure and its reference that carry no meaning for the measure
    /// ("berjarak 40 km *dari*", "20 km *away from*", "10 km *out of*", "*sebelah* utara").
    /// A front line as a distance's reference ("20 km from the front line", "24 km dari garis depan"): it has no
    /// geometry in RouteCheck's data, so the check needs one from the user (`analyze --front-line FILE`).
    static let frontLinePhrases: [[String]] = [
        ["front", "line"], ["front", "lines"], ["frontline"], ["frontlines"], ["front-line"], ["front-lines"],
        ["garis", "depan"], ["garis", "pertempuran"], ["garis", "front"],
    ]

    static let referenceLinks: Set<String> = [
        "dari", "from", "of", "to", "ke", "away", "out", "off", "sebelah", "di", "arah", "the", "jauhnya",
        "jaraknya", "in", "towards", "toward",
    ]

    /// Words before a place name that say what kind of place it is; skipped to reach the name
    /// ("the city of Kursk", "Kota Davao", "Pulau Rote", "Kabupaten Lampung Barat", "the town of").
    static let placePrefixes: Set<String> = [
        "the", "city", "town", "village", "port", "island", "islands", "of", "kota", "desa", "kampung", "pulau",
        "kepulauan", "kabupaten", "kab", "provinsi", "kecamatan", "kelurahan", "pelabuhan", "regional", "pusat",
        "center", "centre", "downtown", "central", "daratan", "mainland", "wilayah", "kawasan", "district",
    ]

    /// Indonesian administrative units below the regency, written before their name ("Desa X", "Kel. X").
    /// "desa" and "dusun" are also the common nouns for any village ("Desa Nahariya" in Israel); the others name
    /// Indonesia's own units only (``indonesianUnitWords``).
    static let administrativeTypeWords: Set<String> = [
        "desa", "kelurahan", "kecamatan", "dusun", "kel", "kec", "distrik",
    ]
    static let indonesianUnitWords: Set<String> = ["kelurahan", "kecamatan", "kel", "kec", "distrik"]
    /// The country whose units ``indonesianUnitWords`` name (ISO 3166-1 alpha-2).
    static let administrativeTypeCountry = "ID"

    /// Prefixes that ask for a settlement ("Kota Gaza" is the city, not the Strip).
    static let settlementWords: Set<String> = ["kota", "city", "town", "village", "desa", "kampung"]

    /// Words that make a place name a region rather than a point ("Kaluga Oblast", "the Ryazan region",
    /// "wilayah Pskov", "Provinsi Lampung"): before or after the name.
    static let regionWordsAfter: Set<String> = [
        "oblast", "region", "province", "krai", "kray", "raion", "district", "regency", "county", "state",
        "governorate", "prefecture", "territory",
    ]
    static let regionWordsBefore: Set<String> = [
        "wilayah", "provinsi", "kabupaten", "kab", "region", "province", "daerah",
    ]

    /// Facilities named after the town they are near ("PLTN Kursk", "Kursk Nuclear Power Plant", "Bandara
    /// Pskov", "the Pathankot air base"): the facility is near the town, not at its centre.
    static let facilityWordsBefore: Set<String> = [
        "pltn", "pltu", "bandara", "pangkalan", "kilang", "depot", "gudang", "pabrik", "pembangkit", "lanud",
    ]
    static let facilityWordsAfter: Set<String> = [
        "nuclear", "npp", "airport", "airbase", "air", "refinery", "plant", "depot", "base", "airfield", "dam",
        "station", "terminal", "factory", "facility", "reactor", "complex", "arsenal",
    ]

    /// Words naming a border.
    /// Words that measure inward from a country's edge: "124 km inside Pakistan", "ke dalam wilayah Rusia".
    static let interiorWords: Set<String> = ["inside", "into", "within", "dalam"]
    /// Words between an interior word and the country: "into Russian territory", "dalam wilayah Rusia".
    static let interiorFillers: Set<String> = ["the", "wilayah", "territory", "negara", "of"]

    static let borderWords: Set<String> = ["perbatasan", "border", "borders", "frontier", "tapal", "batas"]
    /// "border *with* X", "perbatasan *dengan* X".
    static let borderWith: Set<String> = ["with", "dengan"]
    /// Possessives that point back to a country named in context ("perbatasan *mereka*", "*their* border").
    static let borderPossessives: Set<String> = ["mereka", "their", "its", "the", "negara", "itu", "tersebut", "kedua"]

    /// "the capital", "ibu kota", "ibukota": the capital of the country in context, or of the name that follows.
    static let capitalWords: [[String]] = [["ibu", "kota"], ["ibukota"], ["capital"], ["the", "capital"]]

    /// Cues that a distance is stated between two places named before it ("jarak A ke B …", "the distance
    /// from A to B is …").
    static let distanceNouns: Set<String> = ["jarak", "distance"]
    static let distanceJoiners: Set<String> = ["ke", "to", "dan", "and", "dengan"]

    /// Nouns before a figure that make it a size, not a distance between places ("pada kedalaman 10 km",
    /// "at a depth of 10 km", "ketinggian 3.000 meter").
    static let sizeNouns: Set<String> = [
        "kedalaman", "depth", "ketinggian", "altitude", "height", "elevation", "panjang", "length", "lebar", "width",
        "radius", "diameter", "tinggi",
    ]
    /// Adjectives right after a figure's unit that make it a size ("10 km deep", "a 5 km long bridge").
    static let sizeAdjectivesAfter: Set<String> = [
        "long", "wide", "deep", "high", "tall", "across", "panjangnya", "lebarnya",
    ]

    /// Nouns of events located by coordinates (earthquakes): in a sentence with one, the coordinates given in
    /// the text are the subject of its distances.
    static let coordinateEventWords: Set<String> = [
        "gempa", "gempabumi", "lindu", "episentrum", "episenter", "quake", "earthquake", "epicentre", "epicenter",
        "tremor", "titik", "lokasi", "pusat", "location", "hypocentre", "hypocenter",
    ]

    /// Subjects that are not places but point back to one ("the town lies …", "kota itu berjarak …").
    /// Participles that open a sentence whose subject follows the participial phrase ("Located 20 km from X, Y …",
    /// "Terletak 30 km dari X, desa Y …").
    static let participleOpeners: Set<String> = [
        "located", "situated", "lying", "sitting", "terletak", "berjarak", "berada",
    ]

    static let anaphoricSubjects: Set<String> = [
        "town", "city", "village", "island", "base", "plant", "kota", "desa", "pulau", "it", "ini", "itu",
        "tersebut", "letaknya", "which", "yang", "lies", "located", "sits", "situated", "berjarak", "terletak",
    ]
}
