import Foundation
import RouteCheckArticles
import RouteCheckGazetteer
import RouteCheckGeo

/// Checks extracted claims against the embedded data with PROJ geodesics and GEOS geometry.
/// `Sendable`; country geometries and their distance indexes are built once and shared.
public final class ClaimVerifier: Sendable {
    public let gazetteer: Gazetteer
    /// Country geometries made once and shared by the threads of a batch (a few hundred at most).
    private let indexes = ConcurrentCache<String, GeodesicDistanceIndex>(limit: 1_024)
    private let prepared = ConcurrentCache<String, PreparedGeometry>(limit: 1_024)
    private let geodesic = Geodesic.wgs84
    /// Results already computed in this run, keyed by country and coordinate: a batch of articles
    /// repeats the same places, and the answers do not change.
    private let nearestCache = ConcurrentCache<String, NearestPoint>(limit: 100_000)
    private let partCache = ConcurrentCache<String, Position>(limit: 100_000)
    private let frames = ConcurrentCache<String, CountryPart>(limit: 1_024)
    private let legCache = ConcurrentCache<String, RouteLegResult>(limit: 20_000)
    private let areas = ConcurrentCache<String, Area>(limit: 1_024)
    /// ``nearestBeyondIslandGroup(of:in:)`` answers by country and coordinate (nil: no island group there).
    private let islandGroupCache = ConcurrentCache<String, BeyondIslandGroup?>(limit: 10_000)

    /// A sea's water or a region's land as measured: its distance index and its prepared polygon, or neither when the
    /// data has none.
    struct Area: Sendable {
        let index: GeodesicDistanceIndex?
        let territory: PreparedGeometry?
    }

    /// The area of a sea, strait, region or outlined division reference (see `Gazetteer.area(of:)`), built once a run;
    /// nil for any other entry or where the data has no polygon.
    func area(of reference: GazetteerCandidate) throws -> (index: GeodesicDistanceIndex, territory: PreparedGeometry)? {
        guard [.sea, .strait, .region, .province].contains(reference.kind) else { return nil }
        let area = try areas.value(for: reference.id) { _ in
            guard let geometry = try gazetteer.area(of: reference) else { return Area(index: nil, territory: nil) }
            return Area(index: try GeodesicDistanceIndex(geometry), territory: try PreparedGeometry(geometry))
        }
        guard let index = area.index, let territory = area.territory else { return nil }
        return (index, territory)
    }

    func nearestPoint(of coordinate: GeographicCoordinate, to code: String) throws -> NearestPoint {
        let key = "\(code)|\(coordinate.latitude)|\(coordinate.longitude)"
        return try nearestCache.value(for: key) { _ in try borderIndex(code).nearestPoint(to: coordinate) }
    }

    /// The nearest point of `code`'s territory once the island group holding `coordinate` is left out (see
    /// `IslandGroup`), with how many outline parts the group holds; nil when the coordinate is on the country's
    /// largest part or on no part.
    func nearestBeyondIslandGroup(
        of coordinate: GeographicCoordinate, in code: String
    ) throws -> (nearest: NearestPoint, parts: Int)? {
        let key = "\(code)|\(coordinate.latitude)|\(coordinate.longitude)"
        let beyond = try islandGroupCache.value(for: key) { _ -> BeyondIslandGroup? in
            let territory = try gazetteer.country(code).territory
            guard let group = try IslandGroup(holding: coordinate.position, in: territory) else { return nil }
            return BeyondIslandGroup(
                nearest: try GeodesicDistanceIndex(group.remainder).nearestPoint(to: coordinate),
                parts: group.partCount)
        }
        return beyond.map { ($0.nearest, $0.parts) }
    }

    /// A country's nearest point beyond the island group holding a place, and the group's size in outline parts.
    struct BeyondIslandGroup: Sendable {
        let nearest: NearestPoint
        let parts: Int
    }

    func relativePosition(of coordinate: GeographicCoordinate, in code: String) throws -> Position {
        let key = "\(code)|\(coordinate.latitude)|\(coordinate.longitude)"
        return try partCache.value(for: key) { _ in
            let frame = try frames.value(for: code) { try CountryPart(try gazetteer.country($0)) }
            return try frame.relativePosition(of: coordinate)
        }
    }

    /// How far a drawn line (a claim's or a leg's, straight segments in longitude/latitude) may stray from the
    /// geodesic it stands for: 100 m. Lines carry only the points this needs (see
    /// `Geodesic.points(from:to:maximumDeviation:)`); the GeoJSON says it in `line_tolerance_m`.
    public static let lineTolerance = Length(meters: 100)

    /// A front line the user gave: its distance index and where it came from (a file name, for the reasons).
    public struct FrontLine: Sendable {
        let index: GeodesicDistanceIndex
        let source: String

        /// - Parameters:
        ///   - geometry: the front line (lines or polygons, longitude/latitude).
        ///   - source: what to call it in the reasons ("frontline.geojson").
        /// - Throws: `GeometryError` when GEOS cannot use the geometry.
        public init(_ geometry: Geometry, source: String) throws {
            index = try GeodesicDistanceIndex(geometry)
            self.source = source
        }
    }

    /// Distances to "the front line" are measured to it when given, else unverifiable.
    public let frontLine: FrontLine?

    public init(gazetteer: Gazetteer, frontLine: FrontLine? = nil) {
        self.gazetteer = gazetteer
        self.frontLine = frontLine
    }

    func borderIndex(_ code: String) throws -> GeodesicDistanceIndex {
        try indexes.value(for: code) { try GeodesicDistanceIndex(try gazetteer.country($0).territory) }
    }

    /// The country's outline (its polygons' rings as lines), for distances measured inward from its edge.
    func outlineIndex(_ code: String) throws -> GeodesicDistanceIndex {
        try indexes.value(for: "outline:\(code)") { _ in
            try GeodesicDistanceIndex(try gazetteer.country(code).territory.boundary())
        }
    }

    /// A town or area resolved on its name, at most with its country named somewhere in the article (no apposition,
    /// nearby places or settlement word behind it): a country has many places of one name.
    static func isWeaklyResolved(_ mention: PlaceMention) -> Bool {
        guard let place = mention.resolved else { return false }
        return [.town, .region].contains(place.kind)
            && ["gazetteer rank", "dateline", "focus country"].contains(mention.evidence)
    }

    /// Why a contradicted distance is rather `unverifiable`, or nil when the contradiction stands:
    /// - over three times the claim plus its tolerance, and a place in it is only weakly resolved
    ///   (``isWeaklyResolved(_:)``);
    /// - over ten times, whatever the places (a capital standing for its army, "Moscow advancing to 20 km from X";
    ///   a unit slip);
    /// - the subject is located only by its region ("an air base in Kaluga Oblast"): the region's town is no
    ///   stand-in for a place anywhere in it;
    /// - a distance travelled between two places (``DistanceClaim/isTravelDistance``) is above the geodesic, its
    ///   lower bound.
    func humility(
        _ d: DistanceClaim, subject: PlaceMention, computed: Length, claimed: Length,
        tolerance: Double
    ) -> UnverifiableReason? {
        // Contradicted with the claim above the geodesic: beyond the tolerance below it.
        if d.isTravelDistance, case .place = d.reference, claimed.meters > computed.meters {
            return .travelAboveGeodesic(computed: computed)
        }
        var places: [PlaceMention] = [subject]
        if case .place(let referenceMention) = d.reference { places.append(referenceMention) }
        if computed.meters > 3 * claimed.meters + tolerance, let doubtful = places.first(where: Self.isWeaklyResolved),
            let place = doubtful.resolved
        {
            return .weakPlace(text: doubtful.text, readAs: place.name, country: place.countryCode, computed: computed)
        }
        if computed.meters > 10 * claimed.meters + tolerance { return .implausibleReading(computed: computed) }
        if d.subjectIsRegion { return .subjectIsRegion(text: subject.text, computed: computed) }
        return nil
    }

    func territory(_ code: String) throws -> PreparedGeometry {
        try prepared.value(for: code) { try PreparedGeometry(try gazetteer.country($0).territory) }
    }

    // MARK: Claims

    public func check(_ claim: Claim) -> [ClaimCheck] {
        do {
            switch claim.payload {
            case .distance(let distance): return try checkDistance(claim, distance)
            case .placement(let placement): return [try checkPlacement(claim, placement)]
            case .route: return [] // measured as legs, see `measure(_:)`
            case .event(let event):
                return [
                    ClaimCheck(
                        check: .event, claim: claim, verdict: .unverifiable, claimed: nil, computed: nil,
                        tolerance: nil, evidence: .unverifiable(.eventLocation(event: event.event)),
                        subjectLabel: event.event, referenceLabel: event.location.label,
                        geometry: event.location.resolved.map { .point(Point($0.coordinate.position)) })
                ]
            }
        } catch {
            return [
                ClaimCheck(
                    check: CheckKind(failed: claim.payloadKind), claim: claim, verdict: .unverifiable,
                    claimed: nil, computed: nil, tolerance: nil,
                    evidence: .unverifiable(.notComputable(message: "\(error)")), subjectLabel: "",
                    referenceLabel: "", geometry: nil)
            ]
        }
    }

    func checkDistance(_ claim: Claim, _ d: DistanceClaim) throws -> [ClaimCheck] {
        var checks: [ClaimCheck] = []
        if let conversion = d.conversion { checks.append(checkConversion(claim, d, conversion)) }
        let claimed = Length(meters: d.upperValue.map { (d.value.meters + $0.meters) / 2 } ?? d.value.meters)
        func unverifiable(_ reason: UnverifiableReason, _ subject: String, _ reference: String) -> ClaimCheck {
            ClaimCheck(
                check: .distance, claim: claim, verdict: .unverifiable, claimed: claimed, computed: nil,
                tolerance: nil, evidence: .unverifiable(reason), subjectLabel: subject, referenceLabel: reference,
                geometry: nil)
        }
        guard let subjectMention = d.subject else {
            checks.append(unverifiable(.noSubject, "?", d.reference.label))
            return checks
        }
        guard let subject = subjectMention.resolved else {
            checks.append(
                unverifiable(.subjectUnresolved(text: subjectMention.text), subjectMention.text, d.reference.label))
            return checks
        }
        let subjectPlace = EvidencePlace(name: subject.name, coordinate: subject.coordinate)
        // A first-order division's label point does not stand for the whole division: no distance from it. A
        // division with its outline in the data is measured to its edge (below); one that is an island (Palawan,
        // Bali) to the island's coast.
        var division: GazetteerCandidate? = subject.kind == .province ? subject : nil
        var islandReference: GazetteerCandidate?
        if case .place(let referenceMention) = d.reference, let reference = referenceMention.resolved,
            reference.kind == .province, try area(of: reference) == nil
        {
            islandReference = try gazetteer.islandNamesake(of: reference)
            if islandReference == nil { division = division ?? reference }
        }
        if let division {
            checks.append(unverifiable(.areaAsPoint(name: division.name), subject.name, d.reference.label))
            return checks
        }
        let near = d.subjectIsNear
        let checksBefore = checks.count
        func judge(_ computed: Length, _ tolerance: Tolerance, inside: Bool = true) -> DistanceJudgement {
            DistanceJudgement(
                computed: computed, claimed: claimed, tolerance: tolerance,
                accepted: inside
                    && ToleranceModel.accepts(
                        computed: computed.meters, claimed: d.value.meters,
                        upper: d.upperValue?.meters, tolerance: tolerance)
            )
        }
        switch d.reference {
        case .unknown:
            checks.append(unverifiable(.noReference, subject.name, "?"))
        case .frontLine:
            guard let frontLine else {
                checks.append(unverifiable(.frontLineWithoutGeometry, subject.name, d.reference.label))
                return checks
            }
            let result = try frontLine.index.nearestPoint(to: subject.coordinate)
            let tolerance = ToleranceModel.forDistance(
                d, subjectIsNear: near, extraExtent: ToleranceModel.extent(of: subject), boundary: false)
            let judgement = judge(result.distance, tolerance)
            let line = try geodesic.line(
                from: subject.coordinate, to: result.nearest, maximumDeviation: Self.lineTolerance)
            checks.append(
                ClaimCheck(
                    check: .frontLineDistance, claim: claim, verdict: judgement.accepted ? .supported : .contradicted,
                    claimed: claimed, computed: result.distance, tolerance: tolerance,
                    evidence: .frontLine(
                        subject: subjectPlace, source: frontLine.source, nearest: result.nearest, judgement: judgement),
                    subjectLabel: subject.name, referenceLabel: "front line", geometry: line))
        case .border(let code, _):
            let result = try nearestPoint(of: subject.coordinate, to: code)
            // Inside the reference country's outline, yet the gazetteer's country is another: the outline is wrong
            // about this place (DCW draws Yeonpyeong, a South Korean island, inside North Korea), not the claim. On
            // an island group the distance goes to the country's other land; on its mainland nothing can be said.
            if result.isInside, let own = subject.countryCode, own != code {
                guard let beyond = try nearestBeyondIslandGroup(of: subject.coordinate, in: code) else {
                    checks.append(
                        unverifiable(
                            .outlineDisagrees(subject: subject.name, subjectCountry: own, country: code),
                            subject.name, d.reference.label))
                    return checks
                }
                let tolerance = ToleranceModel.forDistance(
                    d, subjectIsNear: near, extraExtent: ToleranceModel.extent(of: subject), boundary: true)
                let judgement = judge(beyond.nearest.distance, tolerance)
                checks.append(
                    ClaimCheck(
                        check: .borderDistance, claim: claim,
                        verdict: judgement.accepted ? .supported : .contradicted,
                        claimed: claimed, computed: beyond.nearest.distance, tolerance: tolerance,
                        evidence: .borderBeyondIslandGroup(
                            subject: subjectPlace, country: code, subjectCountry: own, partsLeftOut: beyond.parts,
                            nearest: beyond.nearest.nearest, judgement: judgement),
                        subjectLabel: subject.name, referenceLabel: "border of \(code)",
                        geometry: try geodesic.line(
                            from: subject.coordinate, to: beyond.nearest.nearest,
                            maximumDeviation: Self.lineTolerance)))
                return checks
            }
            let tolerance = ToleranceModel.forDistance(
                d, subjectIsNear: near, extraExtent: ToleranceModel.extent(of: subject),
                boundary: true)
            let judgement = judge(result.distance, tolerance)
            let line =
                result.isInside
                ? nil
                : try geodesic.line(
                    from: subject.coordinate, to: result.nearest,
                    maximumDeviation: Self.lineTolerance)
            checks.append(
                ClaimCheck(
                    check: .borderDistance, claim: claim, verdict: judgement.accepted ? .supported : .contradicted,
                    claimed: claimed, computed: result.distance, tolerance: tolerance,
                    evidence: .border(
                        subject: subjectPlace, country: code,
                        nearest: result.isInside ? nil : result.nearest, judgement: judgement),
                    subjectLabel: subject.name, referenceLabel: "border of \(code)",
                    geometry: line ?? .point(Point(subject.coordinate.position))))
        case .interior(let code, _):
            let result = try outlineIndex(code).nearestPoint(to: subject.coordinate)
            let inside = try territory(code).contains(subject.coordinate.position)
            let tolerance = ToleranceModel.forDistance(
                d, subjectIsNear: near, extraExtent: ToleranceModel.extent(of: subject),
                boundary: true)
            let judgement = judge(result.distance, tolerance, inside: inside)
            checks.append(
                ClaimCheck(
                    check: .interiorDistance, claim: claim, verdict: judgement.accepted ? .supported : .contradicted,
                    claimed: claimed, computed: result.distance, tolerance: tolerance,
                    evidence: .interior(
                        subject: subjectPlace, country: code, inside: inside,
                        nearestEdge: result.nearest, judgement: judgement),
                    subjectLabel: subject.name, referenceLabel: "edge of \(code)",
                    geometry: try geodesic.line(
                        from: subject.coordinate, to: result.nearest,
                        maximumDeviation: Self.lineTolerance)))
        case .place(let referenceMention):
            guard let reference = islandReference ?? referenceMention.resolved else {
                checks.append(
                    unverifiable(.referenceUnresolved(text: referenceMention.text), subject.name, referenceMention.text)
                )
                return checks
            }
            // A sea, gulf or strait with its water in the data, a region (island, peninsula, range, desert) with its
            // land, or a division with its outline: to its nearest edge (0 when the subject lies in it), as a distance from a border is to the border; a stated direction
            // is judged from that nearest edge point ("320 km west of Palawan Island": west of its west coast).
            if let edge = try area(of: reference) {
                let inside = try edge.territory.covers(subject.coordinate.position)
                let nearest = inside ? nil : try edge.index.nearestPoint(to: subject.coordinate)
                let computed = nearest?.distance ?? .zero
                let shore = nearest?.nearest ?? subject.coordinate
                let tolerance = ToleranceModel.forDistance(
                    d, subjectIsNear: near, extraExtent: ToleranceModel.extent(of: subject), boundary: true)
                let judgement = judge(computed, tolerance)
                let direction = d.direction.map { stated in
                    directionJudgement(
                        stated: stated, from: shore, to: subject.coordinate, distance: computed, tolerance: tolerance)
                }
                checks.append(
                    ClaimCheck(
                        check: .placeDistance, claim: claim,
                        verdict: judgement.accepted && direction?.within != false ? .supported : .contradicted,
                        claimed: claimed, computed: computed, tolerance: tolerance,
                        evidence: .between(
                            subject: subjectPlace, reference: EvidencePlace(name: reference.name, coordinate: shore),
                            direction: direction, judgement: judgement),
                        subjectLabel: subject.name, referenceLabel: reference.name,
                        geometry: inside
                            ? .point(Point(subject.coordinate.position))
                            : try geodesic.line(
                                from: subject.coordinate, to: shore, maximumDeviation: Self.lineTolerance)))
                break
            }
            let inverse = geodesic.inverse(from: reference.coordinate, to: subject.coordinate)
            let extent = ToleranceModel.extent(of: subject) + ToleranceModel.extent(of: reference)
            let tolerance = ToleranceModel.forDistance(d, subjectIsNear: near, extraExtent: extent, boundary: false)
            let judgement = judge(inverse.distance, tolerance)
            let direction = d.direction.map { stated in
                directionJudgement(
                    stated: stated, from: reference.coordinate, to: subject.coordinate, distance: inverse.distance,
                    tolerance: tolerance)
            }
            let ok = judgement.accepted && direction?.within != false
            checks.append(
                ClaimCheck(
                    check: .placeDistance, claim: claim, verdict: ok ? .supported : .contradicted,
                    claimed: claimed, computed: inverse.distance, tolerance: tolerance,
                    evidence: .between(
                        subject: subjectPlace,
                        reference: EvidencePlace(name: reference.name, coordinate: reference.coordinate),
                        direction: direction, judgement: judgement),
                    subjectLabel: subject.name, referenceLabel: reference.name,
                    geometry: try geodesic.line(
                        from: subject.coordinate, to: reference.coordinate,
                        maximumDeviation: Self.lineTolerance)))
        }
        // Humility: a contradiction this large more likely means the text was misread than that the article is wrong.
        if checks.count > checksBefore, let last = checks.last, last.verdict == .contradicted,
            let computed = last.computed,
            let reason = humility(
                d, subject: subjectMention, computed: computed,
                claimed: claimed, tolerance: last.tolerance?.meters ?? 0)
        {
            checks[checks.count - 1] = unverifiable(reason, subject.name, d.reference.label)
        }
        return checks
    }

    /// "180 mil (290 km)": are the two figures the same length, within both figures' precision?
    func checkConversion(
        _ claim: Claim, _ d: DistanceClaim,
        _ conversion: (value: Length, unit: LengthUnit, writtenValue: Double)
    ) -> ClaimCheck {
        let primary = ToleranceModel.precision(of: d.writtenValue) * d.unit.metersPerUnit
        let secondary = ToleranceModel.precision(of: conversion.writtenValue) * conversion.unit.metersPerUnit
        let tolerance = Tolerance(
            parts: [
                .init(
                    meters: primary,
                    reason: .conversionPrecision(number: ToleranceModel.formatWritten(d.writtenValue), unit: d.unit)),
                .init(
                    meters: secondary,
                    reason: .conversionPrecision(
                        number: ToleranceModel.formatWritten(conversion.writtenValue),
                        unit: conversion.unit)),
            ], side: .both)
        let difference = conversion.value.meters - d.value.meters
        let ok = abs(difference) <= tolerance.meters
        let written = WrittenLength(value: d.writtenValue, unit: d.unit)
        let given = WrittenLength(value: conversion.writtenValue, unit: conversion.unit)
        return ClaimCheck(
            check: .unitConversion, claim: claim, verdict: ok ? .supported : .contradicted,
            claimed: conversion.value, computed: d.value, tolerance: tolerance,
            evidence: .conversion(
                written: written, given: given, converted: d.value.value(in: conversion.unit),
                tolerance: tolerance, consistent: ok),
            subjectLabel: "\(ToleranceModel.formatWritten(d.writtenValue)) \(d.unit.symbol)",
            referenceLabel: "\(ToleranceModel.formatWritten(conversion.writtenValue)) \(conversion.unit.symbol)",
            geometry: nil)
    }

    // MARK: Placement

    /// "X, Country": X's point lies in the country (or within its extent of it). "X di barat daya Rusia":
    /// also in that part, by the rule in ``CountryPart``.
    /// Whether the subject lies in the stated direction from `origin` (a reference's point, or the nearest edge point
    /// of an area): the initial azimuth from `origin` to the subject within ``ToleranceModel/sectorHalfWidth`` of the
    /// stated compass point, or the subject within the distance tolerance of `origin` (where no bearing is meaningful).
    func directionJudgement(
        stated: CompassPoint, from origin: GeographicCoordinate, to subject: GeographicCoordinate, distance: Length,
        tolerance: Tolerance
    ) -> DirectionJudgement {
        let azimuth = geodesic.inverse(from: origin, to: subject).initialAzimuth
        let difference = abs(wrapLongitude(azimuth - stated.azimuth))
        let within = difference <= ToleranceModel.sectorHalfWidth || distance.meters < tolerance.meters
        return DirectionJudgement(
            stated: stated, azimuth: azimuth, sectorHalfWidth: ToleranceModel.sectorHalfWidth, within: within)
    }

    func checkPlacement(_ claim: Claim, _ p: PlacementClaim) throws -> ClaimCheck {
        guard let subject = p.subject.resolved else {
            return ClaimCheck(
                check: .placement, claim: claim, verdict: .unverifiable, claimed: nil, computed: nil,
                tolerance: nil, evidence: .unverifiable(.subjectUnresolved(text: p.subject.text)),
                subjectLabel: p.subject.text, referenceLabel: p.country, geometry: nil)
        }
        let point = Geometry.point(Point(subject.coordinate.position))
        let inside = try territory(p.country).covers(subject.coordinate.position)
        let extent = Length(meters: max(ToleranceModel.extent(of: subject), 5_000))
        var distance = Length.zero
        if !inside { distance = try nearestPoint(of: subject.coordinate, to: p.country).distance }
        let inCountry = inside || distance <= extent
        var ok = inCountry
        var partJudgement: PartJudgement?
        if let part = p.part, inCountry {
            let position = try relativePosition(of: subject.coordinate, in: p.country)
            let inPart = CountryPart.contains(part, position)
            partJudgement = PartJudgement(part: part, westShare: position.x, southShare: position.y, inside: inPart)
            ok = inPart
        }
        return ClaimCheck(
            check: .placement, claim: claim, verdict: ok ? .supported : .contradicted, claimed: nil,
            computed: inside ? .zero : distance, tolerance: nil,
            evidence: .placement(
                subject: EvidencePlace(name: subject.name, coordinate: subject.coordinate),
                country: p.country, inside: inside, outsideBy: distance, extent: extent,
                part: partJudgement),
            subjectLabel: subject.name,
            referenceLabel: p.part.map { "\($0.rawValue) \(p.country)" } ?? p.country, geometry: point)
    }

    // MARK: Route legs

    /// Each leg's geodesic length and line; sea legs are tested against land.
    public func measure(_ leg: RouteLeg) throws -> RouteLegResult? {
        guard let from = leg.from.resolved, let to = leg.to.resolved else { return nil }
        let key = "\(from.id)|\(to.id)|\(leg.modes.map(\.rawValue))"
        if let cached = legCache[key] {
            return RouteLegResult(
                leg: leg, distance: cached.distance, line: cached.line, crossesLandOf: cached.crossesLandOf)
        }
        let result = try measureUncached(leg, from: from, to: to)
        legCache.store(result, for: key)
        return result
    }

    func measureUncached(_ leg: RouteLeg, from: GazetteerCandidate, to: GazetteerCandidate) throws -> RouteLegResult {
        let distance = geodesic.geodesicDistance(from: from.coordinate, to: to.coordinate)
        let line = try geodesic.line(from: from.coordinate, to: to.coordinate, maximumDeviation: Self.lineTolerance)
        var crossed: [String] = []
        if leg.modes == [.sea], distance.meters > 20_000 {
            // The inner part of the geodesic (5 km clear of each end, where ports stand on land).
            let inner = try geodesic.points(from: from.coordinate, to: to.coordinate, maximumSpacing: .kilometers(1))
            let trimmed = inner.filter {
                geodesic.geodesicDistance(from: $0, to: from.coordinate).meters > 5_000
                    && geodesic.geodesicDistance(from: $0, to: to.coordinate).meters > 5_000
            }
            if trimmed.count >= 2 {
                let path = Geometry.lineString(LineString(trimmed.map(\.position)))
                for code in try candidateCountries(along: trimmed) where try territory(code).intersects(path) {
                    crossed.append(code)
                }
            }
        }
        return RouteLegResult(leg: leg, distance: distance, line: line, crossesLandOf: crossed.sorted())
    }

    /// Countries whose bounding box meets the points' bounding box.
    func candidateCountries(along points: [GeographicCoordinate]) throws -> [String] {
        guard let box = Geometry.multiPoint(MultiPoint(points.map(\.position))).boundingBox else { return [] }
        return try gazetteer.countryCodes(intersecting: box)
    }

}
