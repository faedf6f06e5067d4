import RouteCheckArticles
import RouteCheckGeo

/// The outcome of checking one claim.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    case supported, contradicted, unverifiable
}

/// One check of one claim: what was claimed, what RouteCheck computed, and why it decided.
public struct ClaimCheck: Sendable {
    /// What was measured.
    public let check: CheckKind
    public let claim: Claim
    public let verdict: Verdict
    /// The claimed figure in metres (the primary figure; for a range, its middle).
    public let claimedMeters: Double?
    /// The computed figure in metres.
    public let computedMeters: Double?
    /// computed − claimed, in metres.
    public var deviationMeters: Double? {
        guard let claimedMeters, let computedMeters else { return nil }
        return computedMeters - claimedMeters
    }
    /// The deviation as a percentage of the claim.
    public var deviationPercent: Double? {
        guard let deviation = deviationMeters, let claimed = claimedMeters, claimed != 0 else { return nil }
        return deviation / claimed * 100
    }
    /// How near the edge of its tolerance a distance check lies: 0 inside the claim's own range, 1 at the edge,
    /// above 1 outside (|computed − claim| ÷ the tolerance on that side). Tikhoretsk, 290 km claimed and 201.6 km
    /// computed with a 62.5 km tolerance: 1.41, a clear contradiction; 1.05 would be a marginal one. Nil for checks
    /// without a computed distance or a tolerance.
    public var edgeRatio: Double? {
        guard check != .unitConversion, let computed = computedMeters, let tolerance, tolerance.meters > 0,
              case .distance(let d) = claim.payload else { return nil }
        return ToleranceModel.edgeRatio(computed: computed, claimed: d.value.meters, upper: d.upperValue?.meters,
                                        tolerance: tolerance)
    }
    /// The tolerance applied, in metres, and what it is made of.
    public let tolerance: Tolerance?
    /// The reasons, in words.
    public let reason: String
    /// "Tikhoretsk", "Tikhoretsk → border of UA".
    public let subjectLabel: String
    public let referenceLabel: String
    /// What to draw: the line from the subject to the nearest border point or the other place, or a point.
    public let geometry: Geometry?
    /// For a route leg's check: the leg's place in ``ArticleReport/legs``. The GeoJSON writes the leg's line once,
    /// on the leg's feature, and the check names that feature (`leg`) instead of repeating it.
    public var legIndex: Int? = nil
}

/// A tolerance in metres and its parts, each explained (see `Tolerance.swift`).
public struct Tolerance: Sendable {
    public struct Part: Sendable {
        public let meters: Double
        public let why: String
        /// Which side of the claim the allowance covers.
        public let reach: Reach

        public init(meters: Double, why: String, reach: Reach = .both) {
            self.meters = meters
            self.why = why
            self.reach = reach
        }
    }
    /// Where a part lets the computed figure lie: either side of the claim, only below it ("hampir/nearly": the
    /// truth may fall short of the figure), or only above it (a town's extent: a figure from its edge is shorter
    /// than the distance from its centre).
    public enum Reach: String, Sendable { case both, belowClaim = "below_claim", aboveClaim = "above_claim" }
    public let parts: [Part]
    /// One-sided claims: "lebih dari 100 km" is met by anything above 100 km less the tolerance.
    public let side: Side

    public enum Side: String, Sendable { case both, atLeast = "at_least", atMost = "at_most" }

    public var meters: Double { parts.reduce(0) { $0 + $1.meters } }
    /// How far the computed figure may lie below the claim (metres).
    public var below: Double { parts.filter { $0.reach != .aboveClaim }.reduce(0) { $0 + $1.meters } }
    /// The allowance on the side of the claim where `computed` lies (metres): ``below`` or ``above``.
    public func onSide(computed: Double, claimed: Double) -> Double { computed < claimed ? below : above }
    /// How far the computed figure may lie above the claim (metres).
    public var above: Double { parts.filter { $0.reach != .belowClaim }.reduce(0) { $0 + $1.meters } }
    public var explanation: String { parts.map { "\(formatKilometres($0.meters)) \($0.why)" }.joined(separator: " + ") }
}

/// "12.3 km" with one decimal (no trailing ".0").
public func formatKilometres(_ meters: Double) -> String {
    let km = (meters / 100).rounded() / 10
    guard km.isFinite, abs(km) < 1e15 else { return "\(km) km" }
    return km == km.rounded() ? "\(Int(km)) km" : "\(km) km"
}
