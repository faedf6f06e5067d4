import Foundation
import RouteCheckArticles
import RouteCheckGeo

/// The language of the prose RouteCheck writes at the edge (reasons, tolerance parts, report headings). Machine
/// values — verdicts, check kinds, property keys — stay the same in every language.
public enum ReportLanguage: String, Sendable, CaseIterable {
    /// English.
    case en
    /// Indonesian (bahasa Indonesia): the sample articles' newsrooms.
    case id
}

/// Lengths, numbers and coordinates as RouteCheck writes them: reports, the shell and map labels (the one formatter).
public enum ReportNumbers {
    /// Kilometres with one decimal and no trailing ".0": "201.6 km" (English), "201,6 km" (Indonesian).
    public static func kilometres(_ length: Length, _ language: ReportLanguage = .en) -> String {
        let km = (length.meters / 100).rounded() / 10
        guard km.isFinite, abs(km) < 1e15 else { return "\(km) km" }
        let text = km == km.rounded() ? "\(Int(km))" : "\(km)"
        return (language == .id ? text.replacingOccurrences(of: ".", with: ",") : text) + " km"
    }

    /// A length in `unit` for the shell: at most `decimals` decimals, no trailing ".0" ("201.8 km", "125.241 mi").
    public static func length(_ length: Length, in unit: LengthUnit, decimals: Int = 3) -> String {
        "\(rounded(length.value(in: unit), decimals: decimals)) \(unit.symbol)"
    }

    /// `value` rounded to at most `decimals` decimals, without a trailing ".0" ("182", "0.4", "67.317132").
    public static func rounded(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "\(value)" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        var text = "\((value * scale).rounded() / scale)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    /// A map label's length: whole kilometres from 100 km ("198 km"), else one decimal ("12.2 km").
    public static func mapKilometres(_ length: Length) -> String {
        length.meters >= 100_000 ? "\(Int(length.kilometers.rounded())) km" : "\(decimal(length.kilometers, 1)) km"
    }

    /// A number with `decimals` decimals, with a decimal comma in Indonesian.
    public static func decimal(_ value: Double, _ decimals: Int, _ language: ReportLanguage = .en) -> String {
        let text = String(format: "%.\(decimals)f", value)
        return language == .id ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// "47.1153, 38.2340" (latitude, longitude) in English; "47,1153 LU 38,2340 BT" (BMKG style) in Indonesian.
    public static func coordinate(_ point: GeographicCoordinate, _ language: ReportLanguage = .en) -> String {
        switch language {
        case .en: return "\(decimal(point.latitude, 4)), \(decimal(point.longitude, 4))"
        case .id:
            let latitude = decimal(abs(point.latitude), 4, .id) + (point.latitude < 0 ? " LS" : " LU")
            let longitude = decimal(abs(point.longitude), 4, .id) + (point.longitude < 0 ? " BB" : " BT")
            return "\(latitude) \(longitude)"
        }
    }
}

/// Renders a check's evidence (``CheckEvidence``) and a tolerance's parts as sentences, in English or Indonesian.
/// The only place the verifier's findings become prose.
public enum CheckExplanation {
    /// Why the check decided as it did, in `language`.
    public static func reason(_ evidence: CheckEvidence, _ language: ReportLanguage) -> String {
        switch language {
        case .en: english(evidence)
        case .id: indonesian(evidence)
        }
    }

    /// The tolerance's parts, each with its length and reason, joined by " + ".
    public static func tolerance(_ tolerance: Tolerance, _ language: ReportLanguage) -> String {
        tolerance.parts.map {
            "\(ReportNumbers.kilometres($0.length, language)) \(part($0.reason, language))"
        }
        .joined(separator: " + ")
    }

    /// Why a part of a tolerance is there.
    public static func part(_ reason: ToleranceReason, _ language: ReportLanguage) -> String {
        switch (reason, language) {
        case (.figurePrecision(let number, let unit), .en): "for the figure's precision (\(number) \(unit.symbol))"
        case (.figurePrecision(let number, let unit), .id): "untuk ketelitian angka (\(number) \(unit.symbol))"
        case (.hedge(let qualifier, let share), .en): "for the hedge '\(qualifier.rawValue)' (\(percent(share)))"
        case (.hedge(let qualifier, let share), .id): "untuk kata '\(word(qualifier))' (\(percent(share)))"
        case (.unhedged(let share), .en): "for an unhedged figure (\(percent(share)))"
        case (.unhedged(let share), .id): "untuk angka tanpa kata perkiraan (\(percent(share)))"
        case (.nearly(let share), .en): "for 'nearly' (up to \(percent(share)) below)"
        case (.nearly(let share), .id): "untuk 'hampir' (hingga \(percent(share)) di bawahnya)"
        case (.subjectNear, .en): "because the subject is only near the named place"
        case (.subjectNear, .id): "karena subjek hanya berada di dekat tempat yang disebut"
        case (.subjectByRegion, .en): "because the subject is named by its region"
        case (.subjectByRegion, .id): "karena subjek hanya disebut dengan wilayahnya"
        case (.placeExtent, .en): "above the claim, for the extent of the named places"
        case (.placeExtent, .id): "di atas klaim, untuk luas tempat-tempat yang disebut"
        case (.boundaryResolution, .en): "for the boundary data's resolution"
        case (.boundaryResolution, .id): "untuk resolusi data batas"
        case (.conversionPrecision(let number, let unit), .en): "for the precision of \(number) \(unit.symbol)"
        case (.conversionPrecision(let number, let unit), .id): "untuk ketelitian \(number) \(unit.symbol)"
        }
    }

    /// A compass direction's name.
    public static func direction(_ direction: CompassDirection, _ language: ReportLanguage) -> String {
        guard language == .id else { return direction.rawValue }
        switch direction {
        case .north: return "utara"
        case .northEast: return "timur laut"
        case .east: return "timur"
        case .southEast: return "tenggara"
        case .south: return "selatan"
        case .southWest: return "barat daya"
        case .west: return "barat"
        case .northWest: return "barat laut"
        }
    }

    /// A 16-point compass point's name: "south-south-east"; in Indonesian as BMKG writes them, "selatan-tenggara".
    public static func point(_ point: CompassPoint, _ language: ReportLanguage) -> String {
        guard language == .id else { return point.rawValue }
        let words = point.rawValue.split(separator: "-").map(String.init)
        let names = [
            "north": "utara", "east": "timur", "south": "selatan", "west": "barat",
            "north-east": "timur laut", "south-east": "tenggara", "south-west": "barat daya",
            "north-west": "barat laut",
        ]
        switch words.count {
        case 1, 2: return names[point.rawValue] ?? point.rawValue
        default: return (names[words[0]] ?? words[0]) + "-" + (names[words.dropFirst().joined(separator: "-")] ?? "")
        }
    }

    /// Why a leg was not routed.
    public static func note(_ note: RoutingNote, _ language: ReportLanguage) -> String {
        switch (note, language) {
        case (.modesWithoutChange(let modes), .en):
            "the text names \(modes.map(\.rawValue).joined(separator: " and ")) without the place where the mode "
                + "changes, "
                + "so the leg is not routed"
        case (.modesWithoutChange(let modes), .id):
            "teks menyebut \(modes.map { modeName($0, .id) }.joined(separator: " dan ")) tanpa menyebut tempat "
                + "pergantian modanya, "
                + "jadi ruas ini tidak dirutekan"
        case (.networkMissing(let mode), .en):
            mode == .sea
                ? "the sea-lane network is not available"
                : "the railway network is not available"
        case (.networkMissing(let mode), .id):
            mode == .sea
                ? "jaringan jalur pelayaran tidak tersedia"
                : "jaringan rel tidak tersedia"
        case (.modeNotRouted(let mode), .en): "\(mode.rawValue) legs are not routed (only sea and rail)"
        case (.modeNotRouted(let mode), .id): "ruas \(modeName(mode, .id)) tidak dirutekan (hanya laut dan kereta api)"
        case (.failed(let message), .en): "not routed: \(message)"
        case (.failed(let message), .id): "tidak dirutekan: \(message)"
        }
    }

    /// A mode's name: "sea"; in Indonesian "laut".
    public static func modeName(_ mode: TransportMode, _ language: ReportLanguage) -> String {
        guard language == .id else { return mode.rawValue }
        switch mode {
        case .sea: return "laut"
        case .rail: return "kereta api"
        case .road: return "darat"
        case .air: return "udara"
        case .unknown: return "moda tak diketahui"
        }
    }

    /// A hedge as Indonesian news writes it.
    static func word(_ qualifier: Qualifier) -> String {
        switch qualifier {
        case .none: ""
        case .approximately: "sekitar"
        case .moreThan: "lebih dari"
        case .lessThan: "kurang dari"
        case .nearly: "hampir"
        case .only: "hanya"
        }
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }

    static func km(_ length: Length, _ language: ReportLanguage) -> String {
        ReportNumbers.kilometres(length, language)
    }

    // MARK: English

    static func english(_ evidence: CheckEvidence) -> String {
        let language = ReportLanguage.en
        func judged(_ j: DistanceJudgement) -> String {
            "the claim is \(km(j.claimed, language)), \(j.accepted ? "within" : "outside") the tolerance of "
                + "\(km(j.allowance, language)) (\(tolerance(j.tolerance, language)))"
        }
        switch evidence {
        case .border(let subject, let country, let nearest, let judgement):
            guard let nearest else {
                return "\(subject.name) lies inside \(country): its distance to that territory is 0"
            }
            return "\(subject.name) is \(km(judgement.computed, language)) from the nearest point of \(country) "
                + "(\(ReportNumbers.coordinate(nearest))); " + judged(judgement)
        case .borderBeyondIslandGroup(let subject, let country, let own, let parts, let nearest, let judgement):
            return "the border data draws the island group of \(subject.name) (\(parts) part\(parts == 1 ? "" : "s")) "
                + "inside \(country), but the gazetteer places it in \(own); leaving that group out, \(subject.name) is "
                + "\(km(judgement.computed, language)) from the nearest other land of \(country) "
                + "(\(ReportNumbers.coordinate(nearest))); " + judged(judgement)
        case .interior(let subject, let country, let inside, let edge, let judgement):
            guard inside else {
                return
                    "\(subject.name) does not lie inside \(country), so it is not \(km(judgement.claimed, language)) "
                    + "inside it"
            }
            return
                "\(subject.name) lies inside \(country), \(km(judgement.computed, language)) from the nearest point of "
                + "its edge (\(ReportNumbers.coordinate(edge))); " + judged(judgement)
        case .frontLine(let subject, let source, let nearest, let judgement):
            return "\(subject.name) is \(km(judgement.computed, language)) from the nearest point of the front line "
                + "given in \(source) (\(ReportNumbers.coordinate(nearest))); " + judged(judgement)
        case .between(let subject, let reference, let direction, let judgement):
            var text =
                "\(subject.name) is \(km(judgement.computed, language)) from \(reference.name); " + judged(judgement)
            if let direction {
                text +=
                    "; it lies at azimuth \(Int(direction.azimuth.rounded()))° from \(reference.name), "
                    + "\(direction.within ? "within" : "more than") \(Int(direction.sectorHalfWidth))° of "
                    + "\(direction.stated.rawValue)"
            }
            return text
        case .conversion(let written, let given, let converted, let tolerance, let consistent):
            return "\(ToleranceModel.formatWritten(written.value)) \(written.unit.symbol) is "
                + "\(ReportNumbers.decimal(converted, 4)) \(given.unit.symbol); the text gives "
                + "\(ToleranceModel.formatWritten(given.value)) \(given.unit.symbol): "
                + "\(consistent ? "consistent" : "inconsistent") "
                + "within \(km(tolerance.total, language)) (\(self.tolerance(tolerance, language)))"
        case .placement(let subject, let country, let inside, let outsideBy, let extent, let part):
            var text =
                inside
                ? "\(subject.name) (\(ReportNumbers.coordinate(subject.coordinate))) lies in \(country)"
                : "\(subject.name) lies \(km(outsideBy, language)) outside \(country)"
                    + (outsideBy <= extent ? ", within its own extent of \(km(extent, language))" : "")
            if let part {
                text +=
                    "; \(percent(part.westShare)) of the country's area lies west of it and "
                    + "\(percent(part.southShare)) "
                    + "south of it, so it is \(part.inside ? "inside" : "outside") the \(part.part.rawValue) part "
                    + "(rule: the half, or for an intercardinal direction the quarter, on that side by area)"
            }
            return text
        case .leg(let leg):
            return englishLeg(leg)
        case .unverifiable(let reason):
            return english(reason)
        }
    }

    static func english(_ reason: UnverifiableReason) -> String {
        let language = ReportLanguage.en
        switch reason {
        case .noSubject: return "no place is named as the subject of the distance"
        case .subjectUnresolved(let text): return "the subject '\(text)' could not be resolved"
        case .referenceUnresolved(let text): return "the reference '\(text)' could not be resolved"
        case .noReference: return "the distance is not said to be from a border or a named place"
        case .frontLineWithoutGeometry:
            return "the reference is a front line, which RouteCheck's data does not hold; give its geometry with "
                + "analyze --front-line FILE (GeoJSON)"
        case .areaAsPoint(let name):
            return "place uncertain: \(name) is a province or state, and no one point of it stands for it in a distance"
        case .weakPlace(let text, let readAs, let country, let computed):
            return
                "place uncertain: '\(text)' was read as \(readAs) (\(country ?? "-")), named without support in the "
                + "text; "
                + "there the distance would be \(km(computed, language)), over three times the claim, so the text "
                + "probably "
                + "means another place"
        case .travelAboveGeodesic(let computed):
            return
                "a distance travelled by road, rail or water: the geodesic, \(km(computed, language)), is only its "
                + "lower bound, and a longer route may be as long as the claim"
        case .implausibleReading(let computed):
            return
                "reading uncertain: as read, the distance would be \(km(computed, language)), over ten times the "
                + "claim; "
                + "the text probably means another place or uses the name for something else (a government, an army)"
        case .subjectIsRegion(let text, let computed):
            return "place uncertain: the subject is located only by its region (\(text)); from the region's town the "
                + "distance would be \(km(computed, language)), but the place may lie anywhere in it"
        case .outlineDisagrees(let subject, let subjectCountry, let country):
            return
                "place uncertain: the border data draws \(subject) inside \(country), but the gazetteer places it in "
                + "\(subjectCountry); the outline is too coarse there to measure from"
        case .notComputable(let message): return "could not be computed: \(message)"
        case .legEndUnresolved: return "an end of the leg could not be resolved"
        case .eventLocation(let event):
            return "where a \(event) took place cannot be computed; it is compared across the articles of the run"
        }
    }

    static func englishLeg(_ leg: LegEvidence) -> String {
        let language = ReportLanguage.en
        let modes = leg.modes.map(\.rawValue).joined(separator: " and ")
        var text = "\(leg.from) → \(leg.to)\(modes.isEmpty ? "" : " by \(modes)"): "
        if let routed = leg.routed {
            text +=
                "\(km(routed.length, language)) along the \(routed.bySea ? "water" : "railway") "
                + "(geodesic \(km(leg.geodesic, language)), ×\(ReportNumbers.decimal(routed.detourRatio, 2)); "
                + "ends moved \(km(routed.snapFrom, language)) and \(km(routed.snapTo, language)) to reach the "
                + "\(routed.bySea ? "water" : "track"); \(routed.method))"
            if !routed.warnings.isEmpty { text += "; " + routed.warnings.joined(separator: "; ") }
        } else {
            text += "\(km(leg.geodesic, language)) along the geodesic"
            if let note = leg.routingNote { text += " (\(self.note(note, language)))" }
        }
        text += "; the text states no length for the leg, so there is nothing to compare"
        if leg.routed == nil, !leg.crossesLandOf.isEmpty {
            text +=
                "; the straight geodesic crosses land of \(leg.crossesLandOf.joined(separator: ", ")), so the real sea "
                + "route is longer"
        }
        if leg.modes.count > 1 { text += "; the text names the modes without saying which part used which" }
        return text
    }

    // MARK: Indonesian

    static func indonesian(_ evidence: CheckEvidence) -> String {
        let language = ReportLanguage.id
        func judged(_ j: DistanceJudgement) -> String {
            "klaimnya \(km(j.claimed, language)), \(j.accepted ? "masih dalam" : "di luar") toleransi "
                + "\(km(j.allowance, language)) (\(tolerance(j.tolerance, language)))"
        }
        switch evidence {
        case .border(let subject, let country, let nearest, let judgement):
            guard let nearest else {
                return "\(subject.name) terletak di dalam wilayah \(country): jaraknya ke wilayah itu 0"
            }
            return
                "\(subject.name) berjarak \(km(judgement.computed, language)) dari titik terdekat wilayah \(country) "
                + "(\(ReportNumbers.coordinate(nearest, language))); " + judged(judgement)
        case .borderBeyondIslandGroup(let subject, let country, let own, let parts, let nearest, let judgement):
            return "data perbatasan menggambar gugus pulau \(subject.name) (\(parts) bagian) di dalam wilayah "
                + "\(country), tetapi gazetir menempatkannya di \(own); tanpa gugus itu, \(subject.name) berjarak "
                + "\(km(judgement.computed, language)) dari daratan lain \(country) yang terdekat "
                + "(\(ReportNumbers.coordinate(nearest, language))); " + judged(judgement)
        case .interior(let subject, let country, let inside, let edge, let judgement):
            guard inside else {
                return "\(subject.name) tidak terletak di dalam wilayah \(country), jadi tidak berada "
                    + "\(km(judgement.claimed, language)) di dalamnya"
            }
            return
                "\(subject.name) terletak di dalam wilayah \(country), \(km(judgement.computed, language)) dari titik "
                + "terdekat tepinya (\(ReportNumbers.coordinate(edge, language))); " + judged(judgement)
        case .frontLine(let subject, let source, let nearest, let judgement):
            return "\(subject.name) berjarak \(km(judgement.computed, language)) dari titik terdekat garis depan "
                + "dalam \(source) (\(ReportNumbers.coordinate(nearest, language))); " + judged(judgement)
        case .between(let subject, let reference, let direction, let judgement):
            var text =
                "\(subject.name) berjarak \(km(judgement.computed, language)) dari \(reference.name); "
                + judged(judgement)
            if let direction {
                text +=
                    "; letaknya pada azimut \(Int(direction.azimuth.rounded()))° dari \(reference.name), "
                    + "\(direction.within ? "masih dalam" : "lebih dari") \(Int(direction.sectorHalfWidth))° dari arah "
                    + point(direction.stated, language)
            }
            return text
        case .conversion(let written, let given, let converted, let tolerance, let consistent):
            return "\(ToleranceModel.formatWritten(written.value)) \(written.unit.symbol) sama dengan "
                + "\(ReportNumbers.decimal(converted, 4, language)) \(given.unit.symbol); teks menyebut "
                + "\(ToleranceModel.formatWritten(given.value)) \(given.unit.symbol): "
                + "\(consistent ? "sesuai" : "tidak sesuai") "
                + "dalam batas \(km(tolerance.total, language)) "
                + "(\(self.tolerance(tolerance, language)))"
        case .placement(let subject, let country, let inside, let outsideBy, let extent, let part):
            var text =
                inside
                ? "\(subject.name) (\(ReportNumbers.coordinate(subject.coordinate, language))) terletak di \(country)"
                : "\(subject.name) terletak \(km(outsideBy, language)) di luar \(country)"
                    + (outsideBy <= extent ? ", masih dalam luas tempat itu sendiri (\(km(extent, language)))" : "")
            if let part {
                text +=
                    "; \(percent(part.westShare)) luas negara itu terletak di sebelah baratnya dan "
                    + "\(percent(part.southShare)) di sebelah selatannya, jadi tempat itu berada "
                    + "\(part.inside ? "di dalam" : "di luar") bagian \(direction(part.part, language)) "
                    + "(aturan: separuh luas di sisi itu, atau seperempat untuk arah antara)"
            }
            return text
        case .leg(let leg):
            return indonesianLeg(leg)
        case .unverifiable(let reason):
            return indonesian(reason)
        }
    }

    static func indonesian(_ reason: UnverifiableReason) -> String {
        let language = ReportLanguage.id
        switch reason {
        case .noSubject: return "tidak ada tempat yang disebut sebagai subjek jarak ini"
        case .subjectUnresolved(let text): return "subjek '\(text)' tidak ditemukan di gazetir"
        case .referenceUnresolved(let text): return "acuan '\(text)' tidak ditemukan di gazetir"
        case .noReference: return "jarak ini tidak disebut diukur dari perbatasan atau dari tempat yang bernama"
        case .frontLineWithoutGeometry:
            return "acuannya garis depan, yang tidak ada dalam data RouteCheck; berikan geometrinya dengan "
                + "analyze --front-line FILE (GeoJSON)"
        case .areaAsPoint(let name):
            return
                "tempat tidak pasti: \(name) adalah provinsi atau negara bagian, dan tidak ada satu titik yang "
                + "mewakilinya "
                + "dalam pengukuran jarak"
        case .weakPlace(let text, let readAs, let country, let computed):
            return
                "tempat tidak pasti: '\(text)' terbaca sebagai \(readAs) (\(country ?? "-")) tanpa dukungan dalam "
                + "teks; "
                + "dari sana jaraknya \(km(computed, language)), lebih dari tiga kali klaim, jadi teks itu mungkin "
                + "memaksudkan tempat lain"
        case .travelAboveGeodesic(let computed):
            return
                "jarak tempuh lewat darat, rel, atau air: jarak geodesik, \(km(computed, language)), hanya batas "
                + "bawahnya, dan rute yang lebih panjang bisa sepanjang klaim"
        case .implausibleReading(let computed):
            return
                "pembacaan tidak pasti: sebagaimana terbaca, jaraknya \(km(computed, language)), lebih dari sepuluh "
                + "kali "
                + "klaim; teks itu mungkin memaksudkan tempat lain atau memakai nama itu untuk hal lain (pemerintah, "
                + "tentara)"
        case .subjectIsRegion(let text, let computed):
            return
                "tempat tidak pasti: subjek hanya ditunjukkan dengan wilayahnya (\(text)); dari kota wilayah itu "
                + "jaraknya "
                + "\(km(computed, language)), tetapi tempatnya bisa di mana saja di wilayah itu"
        case .outlineDisagrees(let subject, let subjectCountry, let country):
            return "tempat tidak pasti: data perbatasan menggambar \(subject) di dalam \(country), tetapi gazetir "
                + "menempatkannya di \(subjectCountry); garis batas di sana terlalu kasar untuk diukur"
        case .notComputable(let message): return "tidak dapat dihitung: \(message)"
        case .legEndUnresolved: return "salah satu ujung ruas tidak ditemukan di gazetir"
        case .eventLocation(let event):
            return "lokasi \(event) tidak dapat dihitung; lokasinya dibandingkan antarartikel dalam proses ini"
        }
    }

    static func indonesianLeg(_ leg: LegEvidence) -> String {
        let language = ReportLanguage.id
        let modes = leg.modes.map { modeName($0, language) }.joined(separator: " dan ")
        var text = "\(leg.from) → \(leg.to)\(modes.isEmpty ? "" : " lewat \(modes)"): "
        if let routed = leg.routed {
            text +=
                "\(km(routed.length, language)) menyusuri \(routed.bySea ? "perairan" : "rel") "
                + "(geodesik \(km(leg.geodesic, language)), "
                + "×\(ReportNumbers.decimal(routed.detourRatio, 2, language)); "
                + "ujung-ujungnya digeser \(km(routed.snapFrom, language)) dan \(km(routed.snapTo, language)) untuk "
                + "mencapai "
                + "\(routed.bySea ? "perairan" : "rel"); \(routed.method))"
            if !routed.warnings.isEmpty { text += "; " + routed.warnings.joined(separator: "; ") }
        } else {
            text += "\(km(leg.geodesic, language)) menurut geodesik"
            if let note = leg.routingNote { text += " (\(self.note(note, language)))" }
        }
        text += "; teks tidak menyebut panjang ruas ini, jadi tidak ada yang dibandingkan"
        if leg.routed == nil, !leg.crossesLandOf.isEmpty {
            text +=
                "; garis geodesik lurusnya melintasi daratan \(leg.crossesLandOf.joined(separator: ", ")), jadi rute "
                + "laut "
                + "sebenarnya lebih panjang"
        }
        if leg.modes.count > 1 {
            text += "; teks menyebut moda-modanya tanpa menyebut bagian mana memakai moda yang mana"
        }
        return text
    }
}
