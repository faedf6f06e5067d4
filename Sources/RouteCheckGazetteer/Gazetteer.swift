import Foundation
import GRDB
import RouteCheckGeo

/// The embedded, offline gazetteer: countries, GeoNames places, curated seas/regions/ports and a
/// normalised name index, all in one GeoPackage opened read-only.
///
/// Thread safety: `Sendable`; reads go through a GRDB `DatabaseQueue`.
public final class Gazetteer: Sendable {
    public let path: String
    private let database: DatabaseQueue

    /// Opens the database at `path`, or the one ``DatabaseLocator`` finds.
    /// - Throws: ``GazetteerError/databaseNotFound(searched:)`` or ``GazetteerError/database(path:message:)``.
    public init(path: String? = nil) throws(GazetteerError) {
        let resolved: String
        if let path { resolved = path } else { resolved = try DatabaseLocator.locate() }
        guard FileManager.default.fileExists(atPath: resolved) else { throw .databaseNotFound(searched: [resolved]) }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "routecheck.gpkg"
        do {
            database = try DatabaseQueue(path: resolved, configuration: configuration)
        } catch {
            throw .database(path: resolved, message: "\(error)")
        }
        self.path = resolved
    }

    /// Opens `routecheck.gpkg` in the folder `dataDirectory` (only there), or, when it is nil, the one
    /// ``DatabaseLocator`` finds.
    /// - Throws: ``GazetteerError/databaseNotFound(searched:)`` or ``GazetteerError/database(path:message:)``.
    public convenience init(dataDirectory: String?) throws(GazetteerError) {
        try self.init(path: DatabaseLocator.locate(dataDirectory: dataDirectory))
    }

    // MARK: Names

    /// Candidates for `name`, best first.
    ///
    /// Matching: the normalised name must equal an indexed name; if none does and the name has at
    /// least five letters, names within an edit distance of 1 (2 for nine letters or more) are tried.
    /// Ranking: match quality, then kind (country, curated port/sea/region, capital, city by population),
    /// then `countryBias` (ISO alpha-2) when given.
    public func candidates(
        for name: String, countryBias: String? = nil, limit: Int = 10
    ) throws(GazetteerError) -> [GazetteerCandidate] {
        let key = NameNormalizer.normalize(name)
        guard !key.isEmpty else { return [] }
        var matches = try indexRows(sql: "SELECT key, name, target, target_fid FROM name_index WHERE key = ?", [key])
            .map { ($0, 0) }
        // "Kursk Oblast", "Provinsi Bengkulu" with no division of that name: the bare name ("Kursk", the city).
        if matches.isEmpty, let bare = Self.withoutDivisionWord(key) {
            matches = try indexRows(sql: "SELECT key, name, target, target_fid FROM name_index WHERE key = ?", [bare])
                .map { ($0, 0) }
        }
        if matches.isEmpty, key.count >= 5 {
            // Division-word forms match exactly or not at all: "Kursk oblast" is not "Karak oblast" (Jordan).
            matches = try fuzzyMatches(key).filter { Self.withoutDivisionWord($0.0.key) == nil }
        }
        return try rank(matches, queryLength: key.count, bias: countryBias, limit: limit)
    }

    /// Words that name a first-order division's type, before or after its name (normalised).
    static let divisionWordsAfter: Set<String> = [
        "oblast", "krai", "kray", "province", "state", "region", "governorate", "prefecture", "county",
    ]
    static let divisionWordsBefore: [String] = [
        "provinsi ", "prov ", "province of ", "state of ", "negara bagian ", "oblast ",
    ]

    /// The name without a division word ("kursk oblast" → "kursk"), or nil when it has none.
    static func withoutDivisionWord(_ key: String) -> String? {
        if let space = key.lastIndex(of: " "), divisionWordsAfter.contains(String(key[key.index(after: space)...])) {
            return String(key[..<space])
        }
        for prefix in divisionWordsBefore where key.hasPrefix(prefix) && key.count > prefix.count {
            return String(key.dropFirst(prefix.count))
        }
        return nil
    }

    /// Candidates whose normalised name is exactly `key` (no fuzzy fallback), best first. For text
    /// scanning, where a near miss is more often another word than a misspelt place.
    public func exactCandidates(forKey key: String, limit: Int = 10) throws(GazetteerError) -> [GazetteerCandidate] {
        guard !key.isEmpty else { return [] }
        let rows = try indexRows(sql: "SELECT key, name, target, target_fid FROM name_index WHERE key = ?", [key])
        return try rank(rows.map { ($0, 0) }, queryLength: key.count, bias: nil, limit: limit)
    }

    /// Whether some indexed name continues `key` with more words ("new" → "new york"): a reader can stop
    /// lengthening a run of words as soon as this is false, since no longer name can match.
    /// `key` is a normalised look-up key. One index seek; any target counts (the check is a necessary condition).
    public func hasLongerName(startingWith key: String) throws(GazetteerError) -> Bool {
        guard !key.isEmpty else { return false }
        let prefix = key + " "
        return try read { db in
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM name_index WHERE key >= ? AND key < ?)",
                arguments: [prefix, prefix + "\u{10FFFF}"]) ?? false
        }
    }

    /// The best candidate for `name`. - Throws: ``GazetteerError/unknownName(_:suggestions:)`` with
    /// the closest known names when nothing matches.
    public func resolve(_ name: String, countryBias: String? = nil) throws(GazetteerError) -> GazetteerCandidate {
        if let best = try candidates(for: name, countryBias: countryBias, limit: 1).first { return best }
        throw .unknownName(name, suggestions: try suggestions(for: name))
    }

    /// Known names close to `name` (by edit distance on the normalised form), for error messages.
    /// With `countriesOnly`, only country names are suggested.
    public func suggestions(
        for name: String, limit: Int = 5, countriesOnly: Bool = false
    ) throws(GazetteerError) -> [String] {
        let key = NameNormalizer.normalize(name)
        guard let first = key.first else { return [] }
        let targets =
            countriesOnly
            ? "(\(NameTarget.countries.rawValue))"
            : "(\([NameTarget.countries, .places, .features].map { String($0.rawValue) }.joined(separator: ", ")))"
        let rows = try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT key FROM name_index WHERE key >= ? AND key < ? AND length(key) BETWEEN ? AND ?
                    AND target IN \(targets)
                    """, arguments: [String(first), String(first) + "\u{10FFFF}", key.count - 3, key.count + 3])
        }
        let scored = rows.compactMap { row -> (String, Int)? in
            let known: String = row["key"]
            return (known, editDistance(key, known, limit: 3) ?? 99)
        }.filter { $0.1 <= 3 }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        // Only names that resolve: a key kept in the index but refused on lookup (an airport code) is no suggestion.
        var names: [String] = []
        for (known, _) in scored where names.count < limit {
            if !(try exactCandidates(forKey: known, limit: 1)).isEmpty { names.append(known) }
        }
        return names
    }

    // MARK: Countries

    /// A country by ISO alpha-2 or alpha-3 code, or by English or Indonesian name ("UA", "UKR",
    /// "Ukraine", "Ukraina"). - Throws: ``GazetteerError/unknownCountry(_:suggestions:)``.
    public func country(_ codeOrName: String) throws(GazetteerError) -> Country {
        let trimmed = codeOrName.trimmingCharacters(in: .whitespaces)
        let upper = trimmed.uppercased()
        let byCode = try read { db in
            try Row.fetchOne(
                db, sql: "SELECT fid FROM countries WHERE iso_a2 = ? OR iso_a3 = ?", arguments: [upper, upper])
        }
        var fid: Int64? = byCode?["fid"]
        if fid == nil {
            let key = NameNormalizer.normalize(trimmed)
            let row = try read { db in
                try Row.fetchOne(
                    db, sql: "SELECT target_fid FROM name_index WHERE key = ? AND target = ?",
                    arguments: [key, NameTarget.countries.rawValue])
            }
            fid = row?["target_fid"]
        }
        guard let fid else {
            let known = try suggestions(for: trimmed, countriesOnly: true)
            throw .unknownCountry(codeOrName, suggestions: known)
        }
        return try country(fid: fid)
    }

    /// Every country code in the database.
    public func countryCodes() throws(GazetteerError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT iso_a2 FROM countries ORDER BY iso_a2") }
    }

    /// Codes of the countries whose bounding box meets `box` (longitude/latitude degrees).
    public func countryCodes(intersecting box: BoundingBox) throws(GazetteerError) -> [String] {
        try read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT iso_a2 FROM countries WHERE min_x <= ? AND max_x >= ? AND min_y <= ? AND max_y >= ? ORDER BY iso_a2
                    """, arguments: [box.maxX, box.minX, box.maxY, box.minY])
        }
    }

    /// The countries whose territory covers `coordinate` (usually one; none at sea).
    public func countries(containing coordinate: GeographicCoordinate) throws -> [Country] {
        let rows = try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT fid FROM countries WHERE min_x <= ? AND max_x >= ? AND min_y <= ? AND max_y >= ?
                    """,
                arguments: [coordinate.longitude, coordinate.longitude, coordinate.latitude, coordinate.latitude])
        }
        var result: [Country] = []
        for row in rows {
            let country = try country(fid: row["fid"])
            if try PreparedGeometry(country.territory).covers(coordinate.position) { result.append(country) }
        }
        return result
    }

    private func country(fid: Int64) throws(GazetteerError) -> Country {
        let row = try read { db in
            try Row.fetchOne(
                db, sql: "SELECT fid, geom, iso_a2, iso_a3, name_en, name_id FROM countries WHERE fid = ?",
                arguments: [fid])
        }
        guard let row else { throw .corruptGeometry(table: "countries", fid: fid, message: "missing row") }
        let blob: Data = row["geom"]
        let territory: Geometry
        do {
            territory = try GeoPackageGeometry.geometry(blob)
        } catch {
            throw .corruptGeometry(table: "countries", fid: fid, message: "\(error)")
        }
        return Country(
            code: row["iso_a2"], alpha3: row["iso_a3"], englishName: row["name_en"],
            indonesianName: row["name_id"], territory: territory)
    }

    /// The area of a sea, gulf or strait (its water), of a named region — island, peninsula, range, desert, continent
    /// (its land: the Natural Earth polygon) — or of a first-order division Debian gmt-dcw outlines (the states and
    /// provinces of eight large countries), simplified to about 1 km, longitudes in [-180, 180]. Nil when the entry is no such feature or the data
    /// holds no polygon for it (a database built before the `areas` table also answers nil). Distances to such a
    /// feature are measured to its nearest edge.
    /// - Throws: ``GazetteerError/corruptGeometry(table:fid:message:)`` when the stored polygon cannot be read.
    public func area(of candidate: GazetteerCandidate) throws(GazetteerError) -> Geometry? {
        guard [.sea, .strait, .region, .province].contains(candidate.kind), candidate.id.hasPrefix(Self.featurePrefix),
            try hasTable("areas")
        else { return nil }
        let featureID = String(candidate.id.dropFirst(Self.featurePrefix.count))
        let rows = try readRows(
            sql: "SELECT areas.fid AS fid, areas.geom AS geom FROM areas "
                + "JOIN features ON features.fid = areas.feature_fid WHERE features.feature_id = ?",
            [featureID])
        guard let row = rows.first, let blob: Data = row["geom"] else { return nil }
        do {
            return try GeoPackageGeometry.geometry(blob)
        } catch {
            throw .corruptGeometry(table: "areas", fid: row["fid"] ?? 0, message: "\(error)")
        }
    }

    /// The island a first-order division is named after, when the data holds its land as an area: Palawan the
    /// province → "Palawan Island", Bali → "Bali Island" (the build names such islands with their type word, since the
    /// division holds the bare name). Nil for any other entry, or when no island of the name lies in the same country.
    public func islandNamesake(of division: GazetteerCandidate) throws(GazetteerError) -> GazetteerCandidate? {
        guard division.kind == .province else { return nil }
        let key = NameNormalizer.normalize(division.name) + " island"
        for candidate in try exactCandidates(forKey: key, limit: 4)
        where candidate.kind == .region && candidate.countryCode == division.countryCode {
            if try area(of: candidate) != nil { return candidate }
        }
        return nil
    }

    /// The id prefix of a point feature's candidate (``GazetteerCandidate/id``).
    static let featurePrefix = "feature:"

    /// Whether the database has a table of that name.
    func hasTable(_ name: String) throws(GazetteerError) -> Bool {
        try !readRows(sql: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).isEmpty
    }

    /// The capital of a country (ISO 3166-1 alpha-2), as GeoNames marks it (`PPLC`); the most populous one
    /// where several are marked. Nil when the data has none for the code.
    public func capital(of code: String) throws(GazetteerError) -> GazetteerCandidate? {
        let rows = try readRows(
            sql: "SELECT fid, name FROM places WHERE country = ? AND capital = 1 ORDER BY population DESC LIMIT 1",
            [code.uppercased()])
        guard let row = rows.first, let fid: Int64 = row["fid"] else { return nil }
        let name: String = row["name"] ?? code
        return try candidate(
            IndexRow(key: NameNormalizer.normalize(name), name: name, target: .places, fid: fid),
            distance: 0, queryLength: name.count, bias: nil)
    }

    /// The largest bounding box (square kilometres) of a city-state's territory: Singapore's is about 1,700.
    public static let cityStateMaximumBox = 2_500.0

    /// The capital that a city-state's name stands for: a country whose whole territory fits in a bounding box of
    /// ``cityStateMaximumBox`` and whose capital bears the country's name (Singapore, Monaco, San Marino). "27 km from
    /// Singapore" is from the city, not from the country's nearest islet. Nil for any other country (Luxembourg's
    /// box is about 4,700 km²) or an unknown code.
    public func cityStateCapital(of code: String) throws(GazetteerError) -> GazetteerCandidate? {
        let rows = try readRows(
            sql: "SELECT name_en, min_x, min_y, max_x, max_y FROM countries WHERE iso_a2 = ?", [code.uppercased()])
        guard let row = rows.first, let name: String = row["name_en"], let minX: Double = row["min_x"],
            let minY: Double = row["min_y"], let maxX: Double = row["max_x"], let maxY: Double = row["max_y"]
        else { return nil }
        // Degrees to kilometres: 111.32 km a degree of latitude, shrinking with the cosine of latitude in longitude.
        let middle = (minY + maxY) / 2 * .pi / 180
        let box = (maxX - minX) * 111.32 * cos(middle) * (maxY - minY) * 111.32
        guard box <= Self.cityStateMaximumBox, let capital = try capital(of: code),
            NameNormalizer.normalize(capital.name) == NameNormalizer.normalize(name)
        else { return nil }
        return capital
    }

    // MARK: Internals

    /// Candidates for matched index rows: one per entry (its best-scoring match), best first.
    private func rank(
        _ matches: [(IndexRow, Int)], queryLength: Int, bias: String?, limit: Int
    ) throws(GazetteerError) -> [GazetteerCandidate] {
        var best: [String: GazetteerCandidate] = [:]
        for (row, distance) in matches {
            guard let candidate = try candidate(row, distance: distance, queryLength: queryLength, bias: bias) else {
                continue
            }
            if let existing = best[candidate.id], existing.score >= candidate.score { continue }
            best[candidate.id] = candidate
        }
        return Array(best.values.sorted { ($0.score, $1.id) > ($1.score, $0.id) }.prefix(max(1, limit)))
    }

    /// The table a `name_index` row points into (the `target` column: 0, 1, 2).
    enum NameTarget: Int {
        case countries = 0, places = 1, features = 2
    }

    /// A row of the `name_index` table (a row of an unknown target is skipped when read).
    struct IndexRow {
        let key: String
        let name: String?
        let target: NameTarget
        let fid: Int64
    }

    private func indexRows(sql: String, _ arguments: StatementArguments) throws(GazetteerError) -> [IndexRow] {
        try read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap { row in
                NameTarget(rawValue: row["target"]).map {
                    IndexRow(key: row["key"], name: row["name"], target: $0, fid: row["target_fid"])
                }
            }
        }
    }

    private func fuzzyMatches(_ key: String) throws(GazetteerError) -> [(IndexRow, Int)] {
        let allowed = key.count >= 9 ? 2 : 1
        guard let first = key.first else { return [] }
        let rows = try indexRows(
            sql: """
                SELECT key, name, target, target_fid FROM name_index
                WHERE key >= ? AND key < ? AND length(key) BETWEEN ? AND ?
                """, [String(first), String(first) + "\u{10FFFF}", key.count - allowed, key.count + allowed])
        return rows.compactMap { row in
            editDistance(key, row.key, limit: allowed).map { (row, $0) }
        }
    }

    private func candidate(
        _ row: IndexRow, distance: Int, queryLength: Int, bias: String?
    ) throws(GazetteerError) -> GazetteerCandidate? {
        let match = distance == 0 ? 1.0 : max(0.3, 0.85 - 0.15 * Double(distance - 1) - 2.0 / Double(queryLength + 10))
        let biasBonus: (String?) -> Double = { code in
            guard let bias, let code else { return 0 }
            return code.uppercased() == bias.uppercased() ? 1 : 0
        }
        switch row.target {
        case .countries:
            let r = try read { db in
                try Row.fetchOne(
                    db, sql: "SELECT iso_a2, name_en, population, label_lon, label_lat FROM countries WHERE fid = ?",
                    arguments: [row.fid])
            }
            guard let r, let labelLongitude: Double = r["label_lon"], let labelLatitude: Double = r["label_lat"] else {
                return nil
            }
            let code: String = r["iso_a2"]
            // The country's point is stored by the data build: its conventional centre (CIA World Factbook and
            // GeoNames coordinates, PyPI countryinfo), else a point on the surface of its largest polygon.
            let point = GeographicCoordinate(latitude: labelLatitude, longitude: labelLongitude)
            return GazetteerCandidate(
                id: "country:\(code)", name: r["name_en"], matchedName: row.name ?? r["name_en"], kind: .country,
                countryCode: code, coordinate: point, population: r["population"],
                score: Self.score(match: match, prior: 1.0, bias: biasBonus(code)), editDistance: distance)
        case .places:
            let r = try read { db in
                try Row.fetchOne(
                    db, sql: "SELECT geom, geonameid, name, country, population, capital FROM places WHERE fid = ?",
                    arguments: [row.fid])
            }
            guard let r else { return nil }
            let position: Position
            do { position = try GeoPackageGeometry.point(r["geom"]) } catch {
                throw .corruptGeometry(table: "places", fid: row.fid, message: "\(error)")
            }
            let population: Int = r["population"] ?? 0
            let isCapital: Bool = r["capital"] ?? false
            let kind: PlaceKind = isCapital ? .capital : (population >= 100_000 ? .city : .town)
            let size = min(1, log10(Double(max(population, 1))) / 7)
            let prior = kind == .capital ? 0.9 + 0.08 * size : 0.45 + 0.45 * size
            let code: String? = r["country"]
            let geonameID: Int64 = r["geonameid"]
            let name: String = r["name"]
            // A match on an alternate name counts a little less than one on the main name: GeoNames lists
            // odd alternates ("Venice" among Dayton's), and a place actually called so should win.
            let onAlternate = NameNormalizer.normalize(name) != row.key
            // GeoNames lists airport codes among a city's alternate names ("ABC" for Albacete): a place is never
            // matched by an alternate of three letters or fewer, so `abc` is an unknown name, not a city, unless
            // the alternate is an initialism written with full stops ("D.C.", "L.A."), which no airport code is.
            if onAlternate && row.key.count <= 3 && !(row.name ?? "").contains(".") { return nil }
            return GazetteerCandidate(
                id: "geonames:\(geonameID)", name: name, matchedName: row.name ?? name, kind: kind,
                countryCode: code, coordinate: GeographicCoordinate(position), population: population,
                score: Self.score(match: onAlternate ? match * 0.985 : match, prior: prior, bias: biasBonus(code)),
                editDistance: distance)
        case .features:
            let r = try read { db in
                try Row.fetchOne(
                    db, sql: "SELECT feature_id, name, kind, country, lat, lon FROM features WHERE fid = ?",
                    arguments: [row.fid])
            }
            guard let r else { return nil }
            let featureID: String = r["feature_id"]
            let code: String? = r["country"]
            let kind = PlaceKind(rawValue: r["kind"]) ?? .region
            return GazetteerCandidate(
                id: "feature:\(featureID)", name: r["name"], matchedName: row.name ?? r["name"],
                kind: kind, countryCode: code,
                coordinate: GeographicCoordinate(latitude: r["lat"], longitude: r["lon"]), population: nil,
                score: Self.score(
                    match: match, prior: Self.featurePrior(kind), bias: biasBonus(code)),
                editDistance: distance)
        }
    }

    /// The prior of a first-order division: above a town of the same name (California, Texas), below a city of
    /// about 3.4 million or more (a populated place's prior is 0.45 + 0.45 × log10(population) / 7).
    static let provincePrior = 0.87
    /// The prior of an Indonesian sub-district: that of a town of about 2,000 people (it has no population of its
    /// own, and is often placed at its regency's point), so a named town of the same name outranks it.
    static let subdistrictPrior = 0.6

    /// The kind prior of a point feature: a first-order division, a sub-district, or any other (curated seas,
    /// regions, ports, airfields, second-order divisions: 0.97, above every populated place but a capital).
    static func featurePrior(_ kind: PlaceKind) -> Double {
        switch kind {
        case .province: provincePrior
        case .subdistrict: subdistrictPrior
        default: 0.97
        }
    }

    /// Combines match quality, the kind/population prior (0…1) and the country bias (0 or 1) into 0…1.
    static func score(match: Double, prior: Double, bias: Double) -> Double {
        (match * (0.6 + 0.3 * prior + 0.1 * bias) * 1000).rounded() / 1000
    }

    func readRows(sql: String, _ arguments: StatementArguments) throws(GazetteerError) -> [Row] {
        try read { db in try Row.fetchAll(db, sql: sql, arguments: arguments) }
    }

    private func read<T>(_ body: (Database) throws -> T) throws(GazetteerError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }
}

/// Levenshtein distance between `a` and `b` (Unicode scalars), or nil if it exceeds `limit`.
package func editDistance(_ a: String, _ b: String, limit: Int) -> Int? {
    let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
    if abs(x.count - y.count) > limit { return nil }
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...max(1, x.count) where !x.isEmpty {
        current[0] = i
        var rowMinimum = current[0]
        for j in 1...max(1, y.count) where !y.isEmpty {
            let cost = x[i - 1] == y[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            rowMinimum = min(rowMinimum, current[j])
        }
        if rowMinimum > limit { return nil }
        swap(&previous, &current)
    }
    let distance = x.isEmpty ? y.count : previous[y.count]
    return distance <= limit ? distance : nil
}
