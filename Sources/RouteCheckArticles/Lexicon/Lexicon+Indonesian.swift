import RouteCheckGeo

extension ReadingLexicon {
    /// Indonesian news vocabulary (hand-curated by the RouteCheck maintainers from general Indonesian press usage;
    /// spelling per KBBI).
    package static let indonesian = ReadingLexicon(
        notPlaceWords: [
            // function words that open sentences and headlines
            "para", "dia", "hal", "namun", "sejak", "dalam", "pada", "beberapa", "menurut", "meskipun", "sebagai",
            "mereka", "kami", "lebih", "lanjut", "juga", "ada",
            // calendar
            "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "januari", "februari", "maret", "april",
            "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember",
            // titles, offices and generic bodies
            "badan", "pihak", "juru", "bicara", "duta", "besar", "presiden", "menteri", "jenderal", "pasukan",
            "intelijen", "pemerintahan", "pemerintah", "wakil", "ketua", "kepala", "staf", "gabungan", "dewan",
            "keamanan", "nasional", "kementerian", "pertahanan", "gedung", "putih", "pbb",
            // compass words and generic geographic nouns written before names
            "barat", "timur", "utara", "selatan", "korea", "republik", "federasi", "kota", "laut", "selat",
            "pelabuhan",
            // facility nouns that stand before a place's name ("Pangkalan Udara X", "Bandara X", "PLTN X")
            "pangkalan", "bandara", "pltn", "pltu", "kilang", "lanud",
        ],
        notPlacePhrases: [
            "dewan keamanan pbb", "dewan keamanan nasional", "dewan keamanan", "gedung putih", "partai demokrat",
            "partai republik", "dewan perwakilan rakyat", "departemen luar negeri", "kementerian pertahanan",
            "kepala staf gabungan", "uni eropa", "baca juga", "skala richter", "magnitudo richter",
        ],
        titles: [
            "presiden", "menteri", "jenderal", "juru", "bicara", "duta", "besar", "pemimpin", "kepala", "wakil",
            "pak", "bu", "sdr",
        ],
        settlementWordsBeforeName: ["kota", "desa", "kampung"],
        // Regional government (pemerintah provinsi, kabupaten, kota, daerah), police (kepolisian daerah, resor, resor
        // kota, resor kota besar, sektor; "ma-": its headquarters, "ka-": its chief) and army territorial commands
        // (komando daerah militer, resor militer, distrik militer, rayon militer), as the press abbreviates them.
        institutionWordsBeforePlace: [
            "pemprov", "pemkab", "pemkot", "pemda", "polda", "polres", "polresta", "polrestabes", "polsek", "mapolda",
            "mapolres", "mapolresta", "mapolrestabes", "mapolsek", "kapolda", "kapolres", "kapolresta",
            "kapolrestabes", "kapolsek", "kodam", "korem", "kodim", "koramil",
        ],
        settlementWordsBeforeOf: [],
        streetWordsBefore: ["jalan", "jl", "jln"],
        streetWordsAfter: [],
        organisationWordsBefore: [
            "grup", "partai", "perusahaan", "pt", "yayasan", "klub", "maskapai", "brigade", "batalion",
        ],
        organisationWordsAfter: [],
        diseaseWordsAfter: [],
        diseaseWordsBefore: ["virus", "demam", "flu"],
        speechVerbs: ["kata", "ujar"],
        nameAbbreviations: [:],
        boilerplateLinePrefixes: ["baca juga", "sumber", "editor", "gabung ke", "bagikan"],
        endOfArticlePrefixes: ["editor"])
}

extension ClaimWords {
    /// Indonesian words of distance claims (hand-curated by the RouteCheck maintainers from general Indonesian
    /// press usage, BMKG's earthquake bulletins among it; spelling per KBBI).
    package static let indonesian = ClaimWords(
        units: [
            "km": .kilometers, "kilometer": .kilometers, "m": .meters, "meter": .meters, "mil": .statuteMiles,
        ],
        hedges: [
            (["kurang", "lebih"], .approximately), (["kira", "kira"], .approximately), (["kira-kira"], .approximately),
            (["lebih", "dari"], .moreThan), (["kurang", "dari"], .lessThan), (["tidak", "sampai"], .lessThan),
            (["sekitar"], .approximately), (["sekira"], .approximately), (["kira"], .approximately),
            (["hampir"], .nearly), (["nyaris"], .nearly), (["setidaknya"], .moreThan), (["sedikitnya"], .moreThan),
            (["minimal"], .moreThan), (["maksimal"], .lessThan), (["hanya"], .only), (["cuma"], .only),
        ],
        frontLinePhrases: [["garis", "depan"], ["garis", "pertempuran"], ["garis", "front"]],
        referenceLinks: ["dari", "ke", "sebelah", "di", "arah", "jauhnya", "jaraknya"],
        placePrefixes: [
            "kota", "desa", "kampung", "pulau", "kepulauan", "kabupaten", "kab", "provinsi", "kecamatan", "kelurahan",
            "pelabuhan", "pusat", "daratan", "wilayah", "kawasan",
        ],
        settlementWords: ["kota", "desa", "kampung"],
        regionWordsAfter: [],
        regionWordsBefore: ["wilayah", "provinsi", "kabupaten", "kab", "daerah"],
        facilityWordsBefore: [
            "pltn", "pltu", "bandara", "pangkalan", "kilang", "gudang", "pabrik", "pembangkit", "lanud",
        ],
        facilityWordsAfter: [],
        interiorWords: ["dalam"],
        interiorFillers: ["wilayah", "negara"],
        borderWords: ["perbatasan", "tapal", "batas"],
        borderWith: ["dengan"],
        borderPossessives: ["mereka", "negara", "itu", "tersebut", "kedua"],
        capitalWords: [["ibu", "kota"], ["ibukota"]],
        distanceNouns: ["jarak", "perjalanan", "rute"],
        distanceJoiners: ["ke", "dan", "dengan"],
        sizeNouns: ["kedalaman", "ketinggian", "panjang", "lebar", "tinggi", "radius", "diameter"],
        sizeAdjectivesAfter: ["panjangnya", "lebarnya"],
        coordinateEventWords: ["gempa", "gempabumi", "lindu", "episentrum", "episenter", "titik", "lokasi", "pusat"],
        participleOpeners: ["terletak", "berjarak", "berada"],
        anaphoricSubjects: [
            "kota", "desa", "pulau", "ini", "itu", "tersebut", "letaknya", "yang", "berjarak", "terletak",
        ],
        travelWords: [
            "perjalanan", "berkendara", "mobil", "bus", "kereta", "darat", "tol", "rute", "berlayar", "pelayaran",
            "menempuh", "ditempuh", "tempuh", "berjalan", "mudik",
        ],
        proximityWords: ["dekat", "berdekatan", "bersebelahan"],
        alternativeWords: ["atau"])
}

extension ClaimLexicon {
    /// Indonesian administrative units below the regency, written before their name ("Desa X", "Kel. X").
    /// "desa", "dusun" and "distrik" are also the common nouns for any village or district ("Desa Nahariya" in
    /// Israel, "Distrik Amreli" in India); the others name Indonesia's own units only (``indonesianUnitWords``).
    static let administrativeTypeWords: Set<String> = [
        "desa", "kelurahan", "kecamatan", "dusun", "kel", "kec", "distrik",
    ]
    static let indonesianUnitWords: Set<String> = ["kelurahan", "kecamatan", "kel", "kec"]
    /// The country whose units ``indonesianUnitWords`` name (ISO 3166-1 alpha-2).
    static let administrativeTypeCountry = "ID"
}
