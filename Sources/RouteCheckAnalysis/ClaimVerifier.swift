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

    func nearestPoint(of coordinate: GeographicCoordinate, to code: String) throws -> NearestPoint {
        let key = "\(code)|\(coordinate.latitude)|\(coordinate.longitude)"
        return try nearestCache.value(for: key) { _ in try borderIndex(code).nearestPoint(to: coordinate) }
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

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
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
        return [.town, .region].contains(place.kind) && ["gazetteer rank", "dateline", "focus country"].contains(mention.evidence)
    }

    /// Why a contradicted distance is rather `unverifiable`, or nil when the contradiction stands:
    /// - over three times the claim plus its tolerance, and a place in it is only weakly resolved
    ///   (``isWeaklyResolved(_:)``);
    /// - over ten times, whatever the places (a capital standing for its army, "Moscow advancing to 20 km from X";
    ///   a unit slip);
    /// - the subject is located only by its region ("an air base in Kaluga Oblast"): the region's town is no
    ///   stand-in for a place anywhere in it.
    func humility(_ d: DistanceClaim, subject: PlaceMention, computed: Double, claimed: Double, tolerance: Double) -> String? {
        let distance = formatKilometres(computed)
        var places: [PlaceMention] = [subject]
        if case .place(let referenceMention) = d.reference { places.append(referenceMention) }
        if computed > 3 * claimed + tolerance, let doubtful = places.first(where: Self.isWeaklyResolved),
           let place = doubtful.resolved {
            return "place uncertain: '\(doubtful.text)' was read as \(place.name) (\(place.countryCode ?? "-")), named without "
                + "support in the text; there the distance would be \(distance), over three times the claim, so the text "
                + "probably means another place"
        }
        if computed > 10 * claimed + tolerance {
            return "reading uncertain: as read, the distance would be \(distance), over ten times the claim; the text "
                + "probably means another place or uses the name for something else (a government, an army)"
        }
        if d.subjectIsRegion {
            return "place uncertain: the subject is located only by its region (\(subject.text)); from the region's town "
                + "the distance would be \(distance), but the place may lie anywhere in it"
        }
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
            case .route: return []  // measured as legs, see `measure(_:)`
            case .event(let event):
                return [ClaimCheck(check: .event, claim: claim, verdict: .unverifiable, claimedMeters: nil, computedMeters: nil,
                                   tolerance: nil, reason: "where a \(event.event) took place cannot be computed; it is compared across the articles of the run",
                                   subjectLabel: event.event, referenceLabel: event.location.label,
                                   geometry: event.location.resolved.map { .point(Point($0.coordinate.position)) })]
            }
        } catch {
            return [ClaimCheck(check: CheckKind(failed: claim.payloadKind), claim: claim, verdict: .unverifiable, claimedMeters: nil, computedMeters: nil,
                               tolerance: nil, reason: "could not be computed: \(error)", subjectLabel: "", referenceLabel: "", geometry: nil)]
        }
    }

    func checkDistance(_ claim: Claim, _ d: DistanceClaim) throws -> [ClaimCheck] {
        var checks: [ClaimCheck] = []
        if let conversion = d.conversion { checks.append(checkConversion(claim, d, conversion)) }
        let claimed = d.upperValue.map { (d.value.meters + $0.meters) / 2 } ?? d.value.meters
        func unverifiable(_ reason: String, _ subject: String, _ reference: String) -> ClaimCheck {
            ClaimCheck(check: .distance, claim: claim, verdict: .unverifiable, claimedMeters: claimed, computedMeters: nil,
                       tolerance: nil, reason: reason, subjectLabel: subject, referenceLabel: reference, geometry: nil)
        }
        guard let subjectMention = d.subject else {
            checks.append(unverifiable("no place is named as the subject of the distance", "?", d.reference.label))
            return checks
        }
        guard let subject = subjectMention.resolved else {
            checks.append(unverifiable("the subject '\(subjectMention.text)' could not be resolved", subjectMention.text, d.reference.label))
            return checks
        }
        // A first-order division's label point does not stand for the whole division: no distance from it.
        var area: GazetteerCandidate? = subject.kind == .province ? subject : nil
        if case .place(let referenceMention) = d.reference, referenceMention.resolved?.kind == .province {
            area = area ?? referenceMention.resolved
        }
        if let area {
            checks.append(unverifiable("place uncertain: \(area.name) is a province or state, and no one point of it stands for "
                                       + "it in a distance", subject.name, d.reference.label))
            return checks
        }
        let near = d.subjectIsNear
        let checksBefore = checks.count
        switch d.reference {
        case .unknown:
            checks.append(unverifiable("the distance is not said to be from a border or a named place", subject.name, "?"))
        case .border(let code, _):
            let result = try nearestPoint(of: subject.coordinate, to: code)
            let tolerance = ToleranceModel.forDistance(d, subjectIsNear: near, extraExtent: ToleranceModel.extent(of: subject), boundary: true)
            let computed = result.distance.meters
            let ok = ToleranceModel.accepts(computed: computed, claimed: d.value.meters, upper: d.upperValue?.meters,
                                            tolerance: tolerance)
            let line = result.isInside ? nil : try geodesic.line(from: subject.coordinate, to: result.nearest, maximumDeviation: Self.lineTolerance)
            let reason: String
            if result.isInside {
                reason = "\(subject.name) lies inside \(code): its distance to that territory is 0"
            } else {
                let nearest = "\(format(result.nearest.latitude)), \(format(result.nearest.longitude))"
                reason = "\(subject.name) is \(formatKilometres(computed)) from the nearest point of \(code) (\(nearest)); "
                    + "the claim is \(formatKilometres(claimed)), \(ok ? "within" : "outside") the tolerance of \(formatKilometres(tolerance.onSide(computed: computed, claimed: claimed))) "
                    + "(\(tolerance.explanation))"
            }
            checks.append(ClaimCheck(check: .borderDistance, claim: claim, verdict: ok ? .supported : .contradicted,
                                     claimedMeters: claimed, computedMeters: computed, tolerance: tolerance, reason: reason,
                                     subjectLabel: subject.name, referenceLabel: "border of \(code)",
                                     geometry: line ?? .point(Point(subject.coordinate.position))))
        case .interior(let code, _):
            let result = try outlineIndex(code).nearestPoint(to: subject.coordinate)
            let inside = try territory(code).contains(subject.coordinate.position)
            let tolerance = ToleranceModel.forDistance(d, subjectIsNear: near, extraExtent: ToleranceModel.extent(of: subject), boundary: true)
            let computed = result.distance.meters
            let ok = inside && ToleranceModel.accepts(computed: computed, claimed: d.value.meters, upper: d.upperValue?.meters,
                                                      tolerance: tolerance)
            let nearest = "\(format(result.nearest.latitude)), \(format(result.nearest.longitude))"
            let reason = inside
                ? "\(subject.name) lies inside \(code), \(formatKilometres(computed)) from the nearest point of its edge (\(nearest)); "
                    + "the claim is \(formatKilometres(claimed)), \(ok ? "within" : "outside") the tolerance of "
                    + "\(formatKilometres(tolerance.onSide(computed: computed, claimed: claimed))) (\(tolerance.explanation))"
                : "\(subject.name) does not lie inside \(code), so it is not \(formatKilometres(claimed)) inside it"
            checks.append(ClaimCheck(check: .interiorDistance, claim: claim, verdict: ok ? .supported : .contradicted,
                                     claimedMeters: claimed, computedMeters: computed, tolerance: tolerance, reason: reason,
                                     subjectLabel: subject.name, referenceLabel: "edge of \(code)",
                                     geometry: try geodesic.line(from: subject.coordinate, to: result.nearest, maximumDeviation: Self.lineTolerance)))
        case .place(let referenceMention):
            guard let reference = referenceMention.resolved else {
                checks.append(unverifiable("the reference '\(referenceMention.text)' could not be resolved", subject.name, referenceMention.text))
                return checks
            }
            let inverse = geodesic.inverse(from: reference.coordinate, to: subject.coordinate)
            let extent = ToleranceModel.extent(of: subject) + ToleranceModel.extent(of: reference)
            let tolerance = ToleranceModel.forDistance(d, subjectIsNear: near, extraExtent: extent, boundary: false)
            let computed = inverse.distance.meters
            var ok = ToleranceModel.accepts(computed: computed, claimed: d.value.meters, upper: d.upperValue?.meters,
                                            tolerance: tolerance)
            var reason = "\(subject.name) is \(formatKilometres(computed)) from \(reference.name); the claim is \(formatKilometres(claimed)), "
                + "\(ok ? "within" : "outside") the tolerance of \(formatKilometres(tolerance.onSide(computed: computed, claimed: claimed))) (\(tolerance.explanation))"
            if let direction = d.direction {
                let difference = abs(wrapLongitude(inverse.initialAzimuth - direction.azimuth))
                let directionOK = difference <= ToleranceModel.sectorHalfWidth || computed < tolerance.meters
                reason += "; it lies at azimuth \(Int(inverse.initialAzimuth.rounded()))° from \(reference.name), "
                    + "\(directionOK ? "within" : "more than") \(Int(ToleranceModel.sectorHalfWidth))° of \(direction.rawValue)"
                ok = ok && directionOK
            }
            checks.append(ClaimCheck(check: .placeDistance, claim: claim, verdict: ok ? .supported : .contradicted,
                                     claimedMeters: claimed, computedMeters: computed, tolerance: tolerance, reason: reason,
                                     subjectLabel: subject.name, referenceLabel: reference.name,
                                     geometry: try geodesic.line(from: subject.coordinate, to: reference.coordinate, maximumDeviation: Self.lineTolerance)))
        }
        // Humility: a contradiction this large more likely means the text was misread than that the article is wrong.
        if checks.count > checksBefore, let last = checks.last, last.verdict == .contradicted,
           let computed = last.computedMeters, let reason = humility(d, subject: subjectMention, computed: computed,
                                                                   claimed: claimed, tolerance: last.tolerance?.meters ?? 0) {
            checks[checks.count - 1] = unverifiable(reason, subject.name, d.reference.label)
        }
        return checks
    }

    /// "180 mil (290 km)": are the two figures the same length, within both figures' precision?
    func checkConversion(_ claim: Claim, _ d: DistanceClaim, _ conversion: (value: Length, unit: LengthUnit, writtenValue: Double)) -> ClaimCheck {
        let primary = ToleranceModel.precision(of: d.writtenValue) * d.unit.metersPerUnit
        let secondary = ToleranceModel.precision(of: conversion.writtenValue) * conversion.unit.metersPerUnit
        let tolerance = Tolerance(parts: [
            .init(meters: primary, why: "for the precision of \(ToleranceModel.formatWritten(d.writtenValue)) \(d.unit.symbol)"),
            .init(meters: secondary, why: "for the precision of \(ToleranceModel.formatWritten(conversion.writtenValue)) \(conversion.unit.symbol)"),
        ], side: .both)
        let difference = conversion.value.meters - d.value.meters
        let ok = abs(difference) <= tolerance.meters
        let reason = "\(ToleranceModel.formatWritten(d.writtenValue)) \(d.unit.symbol) is \(format(d.value.value(in: conversion.unit))) \(conversion.unit.symbol); "
            + "the text gives \(ToleranceModel.formatWritten(conversion.writtenValue)) \(conversion.unit.symbol): "
            + "\(ok ? "consistent" : "inconsistent") within \(formatKilometres(tolerance.meters)) (\(tolerance.explanation))"
        return ClaimCheck(check: .unitConversion, claim: claim, verdict: ok ? .supported : .contradicted,
                          claimedMeters: conversion.value.meters, computedMeters: d.value.meters, tolerance: tolerance,
                          reason: reason, subjectLabel: "\(ToleranceModel.formatWritten(d.writtenValue)) \(d.unit.symbol)",
                          referenceLabel: "\(ToleranceModel.formatWritten(conversion.writtenValue)) \(conversion.unit.symbol)", geometry: nil)
    }

    // MARK: Placement

    /// "X, Country": X's point lies in the country (or within its extent of it). "X di barat daya Rusia":
    /// also in that part, by the rule in ``CountryPart``.
    func checkPlacement(_ claim: Claim, _ p: PlacementClaim) throws -> ClaimCheck {
        guard let subject = p.subject.resolved else {
            return ClaimCheck(check: .placement, claim: claim, verdict: .unverifiable, claimedMeters: nil, computedMeters: nil,
                              tolerance: nil, reason: "'\(p.subject.text)' could not be resolved", subjectLabel: p.subject.text,
                              referenceLabel: p.country, geometry: nil)
        }
        let point = Geometry.point(Point(subject.coordinate.position))
        let inside = try territory(p.country).covers(subject.coordinate.position)
        let extent = max(ToleranceModel.extent(of: subject), 5_000)
        var distance = 0.0
        if !inside { distance = try nearestPoint(of: subject.coordinate, to: p.country).distance.meters }
        let inCountry = inside || distance <= extent
        var reason = inside
            ? "\(subject.name) (\(format(subject.coordinate.latitude)), \(format(subject.coordinate.longitude))) lies in \(p.country)"
            : "\(subject.name) lies \(formatKilometres(distance)) outside \(p.country)" + (distance <= extent ? ", within its own extent of \(formatKilometres(extent))" : "")
        var ok = inCountry
        if let part = p.part, inCountry {
            let position = try relativePosition(of: subject.coordinate, in: p.country)
            let inPart = CountryPart.contains(part, position)
            reason += "; \(Int((position.x * 100).rounded())) % of the country's area lies west of it and "
                + "\(Int((position.y * 100).rounded())) % south of it, so it is \(inPart ? "inside" : "outside") the \(part.rawValue) part "
                + "(rule: the half, or for an intercardinal direction the quarter, on that side by area)"
            ok = inPart
        }
        return ClaimCheck(check: .placement, claim: claim, verdict: ok ? .supported : .contradicted, claimedMeters: nil,
                          computedMeters: inside ? 0 : distance, tolerance: nil, reason: reason, subjectLabel: subject.name,
                          referenceLabel: p.part.map { "\($0.rawValue) \(p.country)" } ?? p.country, geometry: point)
    }

    // MARK: Route legs

    /// Each leg's geodesic length and line; sea legs are tested against land.
    public func measure(_ leg: RouteLeg) throws -> RouteLegResult? {
        guard let from = leg.from.resolved, let to = leg.to.resolved else { return nil }
        let key = "\(from.id)|\(to.id)|\(leg.modes.map(\.rawValue))"
        if let cached = legCache[key] {
            return RouteLegResult(leg: leg, distance: cached.distance, line: cached.line, crossesLandOf: cached.crossesLandOf)
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
                for code in try candidateCountries(along: trimmed) where try territory(code).intersects(path) { crossed.append(code) }
            }
        }
        return RouteLegResult(leg: leg, distance: distance, line: line, crossesLandOf: crossed.sorted())
    }

    /// Countries whose bounding box meets the points' bounding box.
    func candidateCountries(along points: [GeographicCoordinate]) throws -> [String] {
        guard let box = Geometry.multiPoint(MultiPoint(points.map(\.position))).boundingBox else { return [] }
        return try gazetteer.countryCodes(intersecting: box)
    }

    func format(_ value: Double) -> String { String(format: "%.4f", value) }
}

