import RouteCheckArticles
import RouteCheckGeo

/// The outcome of checking one claim.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    case supported, contradicted, unverifiable
}

/// One check of one claim: what was claimed, what RouteCheck computed, and why it decided — as data
/// (``evidence``), rendered to words only at the edge (``reason(in:)``).
public struct ClaimCheck: Sendable {
    /// What was measured.
    public let check: CheckKind
    public let claim: Claim
    public let verdict: Verdict
    /// The claimed figure (the primary figure; for a range, its middle).
    public let claimed: Length?
    /// The computed figure.
    public let computed: Length?
    /// The tolerance applied, and what it is made of.
    public let tolerance: Tolerance?
    /// What the check found: places, points, figures, rules and outcome.
    public let evidence: CheckEvidence
    /// "Tikhoretsk", "Tikhoretsk → border of UA".
    public let subjectLabel: String
    public let referenceLabel: String
    /// What to draw: the line from the subject to the nearest border point or the other place, or a point.
    public let geometry: Geometry?
    /// For a route leg's check: the leg's place in ``ArticleReport/legs``. The GeoJSON writes the leg's line once,
    /// on the leg's feature, and the check names that feature (`leg`) instead of repeating it.
    public var legIndex: Int? = nil

    public init(
        check: CheckKind, claim: Claim, verdict: Verdict, claimed: Length?, computed: Length?,
        tolerance: Tolerance?, evidence: CheckEvidence, subjectLabel: String, referenceLabel: String,
        geometry: Geometry?, legIndex: Int? = nil
    ) {
        self.check = check
        self.claim = claim
        self.verdict = verdict
        self.claimed = claimed
        self.computed = computed
        self.tolerance = tolerance
        self.evidence = evidence
        self.subjectLabel = subjectLabel
        self.referenceLabel = referenceLabel
        self.geometry = geometry
        self.legIndex = legIndex
    }

    /// The claimed figure in metres (``claimed``).
    public var claimedMeters: Double? { claimed?.meters }
    /// The computed figure in metres (``computed``).
    public var computedMeters: Double? { computed?.meters }
    /// computed − claimed.
    public var deviation: Length? {
        guard let claimed, let computed else { return nil }
        return computed - claimed
    }
    /// computed − claimed, in metres.
    public var deviationMeters: Double? { deviation?.meters }
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
            case .distance(let d) = claim.payload
        else { return nil }
        return ToleranceModel.edgeRatio(
            computed: computed, claimed: d.value.meters, upper: d.upperValue?.meters,
            tolerance: tolerance)
    }

    /// The reasons, in English (``reason(in:)`` for another language).
    public var reason: String { reason(in: .en) }

    /// The reasons, in words, rendered from ``evidence``.
    public func reason(in language: ReportLanguage) -> String { CheckExplanation.reason(evidence, language) }
}

/// Why a part of a tolerance is allowed (see ``ToleranceModel``).
public enum ToleranceReason: Sendable, Hashable {
    /// Half the unit of the figure's last significant digit ("290 km" → ±5 km); the number and unit as written.
    case figurePrecision(number: String, unit: LengthUnit)
    /// A hedge ("about", "sekitar") and the share of the figure it allows.
    case hedge(Qualifier, share: Double)
    /// An unhedged figure and the share it allows.
    case unhedged(share: Double)
    /// "nearly"/"hampir": the share allowed below the figure only.
    case nearly(share: Double)
    /// The subject is only near the named place (or a facility named after it).
    case subjectNear
    /// The subject is named only by its region.
    case subjectByRegion
    /// The named places' extents, above the claim only.
    case placeExtent
    /// The boundary data's resolution.
    case boundaryResolution
    /// The precision of one of the two figures of a unit conversion.
    case conversionPrecision(number: String, unit: LengthUnit)
}

/// A tolerance in metres and its parts, each with its reason (see `Tolerance.swift`).
public struct Tolerance: Sendable {
    public struct Part: Sendable {
        /// How much the part allows.
        public let length: Length
        public let reason: ToleranceReason
        /// Which side of the claim the allowance covers.
        public let reach: Reach

        public init(length: Length, reason: ToleranceReason, reach: Reach = .both) {
            self.length = length
            self.reason = reason
            self.reach = reach
        }

        /// As ``init(length:reason:reach:)``, with the allowance in metres.
        public init(meters: Double, reason: ToleranceReason, reach: Reach = .both) {
            self.init(length: Length(meters: meters), reason: reason, reach: reach)
        }

        /// ``length`` in metres.
        public var meters: Double { length.meters }
    }
    /// Where a part lets the computed figure lie: either side of the claim, only below it ("hampir/nearly": the
    /// truth may fall short of the figure), or only above it (a town's extent: a figure from its edge is shorter
    /// than the distance from its centre).
    public enum Reach: String, Sendable { case both, belowClaim = "below_claim", aboveClaim = "above_claim" }
    public let parts: [Part]
    /// One-sided claims: "lebih dari 100 km" is met by anything above 100 km less the tolerance.
    public let side: Side

    public enum Side: String, Sendable { case both, atLeast = "at_least", atMost = "at_most" }

    /// All parts together.
    public var total: Length { parts.reduce(.zero) { $0 + $1.length } }
    /// How far the computed figure may lie below the claim.
    public var belowClaim: Length { parts.filter { $0.reach != .aboveClaim }.reduce(.zero) { $0 + $1.length } }
    /// How far the computed figure may lie above the claim.
    public var aboveClaim: Length { parts.filter { $0.reach != .belowClaim }.reduce(.zero) { $0 + $1.length } }
    /// The allowance on the side of the claim where `computed` lies: ``belowClaim`` or ``aboveClaim``.
    public func allowance(computed: Length, claimed: Length) -> Length {
        computed < claimed ? belowClaim : aboveClaim
    }

    /// ``total`` in metres.
    public var meters: Double { total.meters }
    /// ``belowClaim`` in metres.
    public var below: Double { belowClaim.meters }
    /// ``aboveClaim`` in metres.
    public var above: Double { aboveClaim.meters }
    /// ``allowance(computed:claimed:)`` in metres.
    public func onSide(computed: Double, claimed: Double) -> Double { computed < claimed ? below : above }
    /// The parts in English ("5 km for the figure's precision (290 km) + …"); see ``explanation(in:)``.
    public var explanation: String { explanation(in: .en) }
    /// The parts in `language`.
    public func explanation(in language: ReportLanguage) -> String { CheckExplanation.tolerance(self, language) }
}
