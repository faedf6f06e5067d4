/// The fixed words of the Markdown report — headings, table heads, labels — in English or Indonesian.
struct ReportWords {
    let language: ReportLanguage

    init(_ language: ReportLanguage) { self.language = language }

    private var english: Bool { language == .en }

    /// "5 article(s) analysed; 9 check(s): **5 supported**, **2 contradicted**, 2 unverifiable." and a blank line;
    /// `counts` in the order of `Verdict.allCases`.
    func summary(articles: Int, checks: Int, counts: [Int]) -> String {
        let (supported, contradicted, unverifiable) = (counts[0], counts[1], counts[2])
        return english
            ? "\(articles) article(s) analysed; \(checks) check(s): **\(supported) supported**, "
                + "**\(contradicted) contradicted**, \(unverifiable) unverifiable.\n\n"
            : "\(articles) artikel dianalisis; \(checks) pemeriksaan: **\(supported) didukung**, "
                + "**\(contradicted) dibantah**, \(unverifiable) tidak dapat diverifikasi.\n\n"
    }

    var method: String {
        english
            ? "Distances are geodesics on WGS 84 (PROJ); borders are the internationally recognised ones of DCW-GMT; "
                + "tolerances add the figure's precision, its hedge, the subject's extent and the boundary data's "
                + "resolution."
            : "Jarak adalah geodesik pada WGS 84 (PROJ); perbatasan adalah perbatasan yang diakui secara internasional "
                + "menurut DCW-GMT; toleransi menjumlahkan ketelitian angka, kata perkiraannya, luas tempat subjek, "
                + "dan "
                + "resolusi data batas."
    }

    var mapAlt: String { english ? "Map of the analysis" : "Peta hasil analisis" }
    var acrossArticles: String { english ? "Across the articles" : "Antarartikel" }
    var inconsistentEvent: String { english ? "Inconsistent event location" : "Lokasi peristiwa tidak konsisten" }
    var article: String { english ? "Article" : "Artikel" }

    func source(_ source: String, mentions: Int, claims: Int) -> String {
        english
            ? "Source: \(source). \(mentions) place mentions, \(claims) claims.\n\n"
            : "Sumber: \(source). \(mentions) sebutan tempat, \(claims) klaim.\n\n"
    }

    var noClaims: String {
        english
            ? "No geographic claim with a figure, a route or a placement was found."
            : "Tidak ditemukan klaim geografis berupa angka jarak, rute, atau letak."
    }

    var tableHeadings: [String] {
        english
            ? ["Claim", "Check", "Claimed", "Computed", "Deviation", "Tolerance", "Verdict"]
            : ["Klaim", "Pemeriksaan", "Menurut teks", "Hasil hitung", "Selisih", "Toleransi", "Putusan"]
    }

    func checkName(_ kind: CheckKind) -> String {
        guard !english else { return kind.rawValue.replacingOccurrences(of: "_", with: " ") }
        switch kind {
        case .borderDistance: return "jarak ke perbatasan"
        case .interiorDistance: return "jarak dari tepi"
        case .placeDistance: return "jarak antartempat"
        case .frontLineDistance: return "jarak ke garis depan"
        case .unitConversion: return "konversi satuan"
        case .placement: return "letak"
        case .routeLeg: return "ruas rute"
        case .event: return "peristiwa"
        case .distance: return "jarak"
        case .route: return "rute"
        }
    }

    func verdict(_ verdict: Verdict) -> String {
        guard !english else { return verdict.rawValue }
        switch verdict {
        case .supported: return "didukung"
        case .contradicted: return "dibantah"
        case .unverifiable: return "tidak dapat diverifikasi"
        }
    }

    var why: String { english ? "Why" : "Alasan" }

    var legsIntro: String {
        english
            ? "Route legs (the geodesic is the shortest possible path; sea and rail legs are also routed on the "
                + "coast and shipping lanes or the railway graph):"
            : "Ruas rute (geodesik adalah lintasan terpendek yang mungkin; ruas laut dan kereta api juga dirutekan "
                + "menyusuri pantai dan jalur pelayaran atau jaringan rel):"
    }

    var legHeadings: [String] {
        english
            ? ["Leg", "Mode", "Geodesic", "Routed", "Detour", "Ends moved"]
            : ["Ruas", "Moda", "Geodesik", "Dirutekan", "Pemutaran", "Ujung digeser"]
    }

    var crossesLand: String { english ? "crosses land of" : "melintasi daratan" }
    var notRouted: String { english ? "not routed" : "tidak dirutekan" }
    var total: String { english ? "Total" : "Jumlah" }
    var routedWhereFound: String { english ? "routed where found" : "dirutekan bila ada rutenya" }
    var placesRead: String { english ? "Places read" : "Tempat yang terbaca" }
    var none: String { english ? "none" : "tidak ada" }
    var notResolved: String { english ? "Not resolved" : "Tidak ditemukan di gazetir" }
    var unreadable: String { english ? "Inputs that could not be read" : "Masukan yang tidak dapat dibaca" }
}
