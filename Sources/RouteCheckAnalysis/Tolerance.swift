import RouteCheckArticles
import RouteCheckGazetteer
import RouteCheckGeo

/// How much a computed distance may differ from a written one and still support it.
///
/// The tolerance adds up, each part stated in the report:
/// 1. **precision of the figure**: half the unit of its last significant digit ("290 km" is written to
///    the nearest 10 km → ±5 km; "124 miles" → ±0.5 mi; "2.5 km" → ±0.05 km);
/// 2. **the hedge**: "sekitar/about/kira-kira/kurang lebih" ±10 %; no hedge (or "only/just/barely") ±5 %;
///    "hampir/nearly/almost" 10 % below only; "lebih dari/more than" and "kurang dari/less than/within" make
///    the check one-sided (the same shares as the rule of the claims development set, `../shared/claims`);
/// 3. **where the places are**: a place "near"/"dekat" a town, or a facility named after it ("PLTN Kursk", "the X
///    air base"), is within 25 km of it; a subject named only by its region ("Kaluga Oblast") within 50 km (both
///    ways); and the named places' extents, **above the claim only** (the computed centre-to-centre distance may
///    exceed the figure, not fall short of it) — a figure measured from a town's edge is shorter than from its
///    centre, never longer: a town or city has a radius from its population (area at 2,000
///    people/km², between 2 and 30 km), an airfield or port 3 km, a second-order division (at its largest town)
///    10 km, a sea or region 50 km;
/// 4. **the boundary data**: 250 m for border distances (DCW 1:1,000,000; simplified to ≤ 239 m).
public enum ToleranceModel {
    public static let nearRadius = 25_000.0
    /// A stated direction is right when the true azimuth from the reference is within this many degrees of it
    /// (the claims development set's rule: a 16-point direction is a guide, not a survey).
    public static let sectorHalfWidth = 45.0
    /// How far a subject named only by its region ("Kaluga Oblast", "wilayah Pskov") may lie from the town.
    public static let regionRadius = 50_000.0
    /// The share of the claimed figure allowed for an unhedged figure.
    public static let plainShare = 0.05
    /// The share allowed for "about"/"sekitar", and below the figure for "nearly"/"hampir".
    public static let hedgeShare = 0.10
    public static let boundaryResolution = 250.0

    /// Half the unit of the last significant digit of the written number (see `NumberParser.precision(of:)` in
    /// RouteCheckArticles).
    public static func precision(of written: Double) -> Double { NumberParser.precision(of: written) }

    /// The radius, in metres, within which a gazetteer entry's own position may stand for it.
    public static func extent(of entry: GazetteerCandidate?) -> Double {
        guard let entry else { return 0 }
        switch entry.kind {
        case .country, .coordinates: return 0
        case .sea, .strait, .region, .province: return 50_000
        case .port, .airport, .facility: return 3_000
        // Curated islands, reefs and shoals are at most a few tens of kilometres across.
        case .island: return 5_000
        case .district: return 10_000
        // Often placed at its regency's or province's point (see PlaceKind.subdistrict).
        case .subdistrict: return 20_000
        case .capital, .city, .town:
            let population = Double(entry.population ?? 0)
            let radius = (population / 2000 / Double.pi).squareRoot() * 1000
            return min(30_000, max(2_000, radius))
        }
    }

    /// The tolerance for a distance claim.
    static func forDistance(
        _ claim: DistanceClaim, subjectIsNear: Bool, extraExtent: Double, boundary: Bool
    ) -> Tolerance {
        var parts: [Tolerance.Part] = []
        parts.append(
            .init(meters: claim.precision.meters, reason: .figurePrecision(number: claim.numberText, unit: claim.unit)))
        let value = claim.value.meters
        var side = Tolerance.Side.both
        switch claim.qualifier {
        case .approximately:
            parts.append(.init(meters: hedgeShare * value, reason: .hedge(claim.qualifier, share: hedgeShare)))
        case .none, .only: parts.append(.init(meters: plainShare * value, reason: .unhedged(share: plainShare)))
        case .nearly:
            parts.append(.init(meters: hedgeShare * value, reason: .nearly(share: hedgeShare), reach: .belowClaim))
        case .moreThan: side = .atLeast
        case .lessThan: side = .atMost
        }
        if subjectIsNear { parts.append(.init(meters: nearRadius, reason: .subjectNear)) }
        if claim.subjectIsRegion { parts.append(.init(meters: regionRadius, reason: .subjectByRegion)) }
        // A figure may be measured from a town's edge rather than its centre, which makes it shorter, never longer:
        // the extent widens the tolerance below the claim only.
        if extraExtent > 0 {
            parts.append(.init(meters: extraExtent, reason: .placeExtent, reach: .aboveClaim))
        }
        if boundary { parts.append(.init(meters: boundaryResolution, reason: .boundaryResolution)) }
        return Tolerance(parts: parts, side: side)
    }

    static func formatWritten(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    /// Whether `computed` meets `claimed` within `tolerance`.
    /// The distance of `computed` beyond the claim (its range, for a range), divided by the tolerance on that side;
    /// 0 when it lies within the claim itself or on a side a one-sided hedge leaves open.
    static func edgeRatio(computed: Double, claimed: Double, upper: Double?, tolerance: Tolerance) -> Double {
        let below = tolerance.below, above = tolerance.above
        if computed < claimed {
            return tolerance.side == .atMost ? 0 : (claimed - computed) / max(below, 1e-9)
        }
        let top = upper ?? claimed
        if computed > top {
            return tolerance.side == .atLeast ? 0 : (computed - top) / max(above, 1e-9)
        }
        return 0
    }

    static func accepts(computed: Double, claimed: Double, upper: Double?, tolerance: Tolerance) -> Bool {
        switch tolerance.side {
        case .atLeast: return computed >= claimed - tolerance.below
        case .atMost: return computed <= claimed + tolerance.above
        case .both: return computed >= claimed - tolerance.below && computed <= (upper ?? claimed) + tolerance.above
        }
    }

}
