import RouteCheckArticles
import RouteCheckGeo

/// A place as a check used it: the gazetteer's name and the point measured from (latitude, longitude by label).
public struct EvidencePlace: Sendable, Hashable {
    public let name: String
    public let coordinate: GeographicCoordinate

    public init(name: String, coordinate: GeographicCoordinate) {
        self.name = name
        self.coordinate = coordinate
    }
}

/// A figure as the text wrote it: "290 km", "180 mi", "1.000 km" (the parsed value, before conversion to metres).
public struct WrittenLength: Sendable, Hashable {
    /// The number as parsed ("1.000" in Indonesian is 1000).
    public let value: Double
    public let unit: LengthUnit

    public init(value: Double, unit: LengthUnit) {
        self.value = value
        self.unit = unit
    }

    /// The same length in metres.
    public var length: Length { Length(value, unit) }
}

/// How a distance compared with its claim: both figures, the tolerance applied and the outcome.
public struct DistanceJudgement: Sendable {
    /// The computed distance (geodesic, or inward from an edge).
    public let computed: Length
    /// The claimed figure (for a range, its middle).
    public let claimed: Length
    /// Every part of the allowance, each with its reason.
    public let tolerance: Tolerance
    /// Whether the computed distance lies within the claim and its tolerance.
    public let accepted: Bool

    /// The allowance on the side of the claim where the computed figure lies.
    public var allowance: Length {
        Length(meters: tolerance.onSide(computed: computed.meters, claimed: claimed.meters))
    }
}

/// A stated direction ("50 km north of X") against the azimuth measured from the reference to the subject.
public struct DirectionJudgement: Sendable, Hashable {
    public let stated: CompassPoint
    /// The azimuth measured, degrees clockwise from north.
    public let azimuth: Double
    /// Half the width of the sector a stated direction covers (``ToleranceModel/sectorHalfWidth``).
    public let sectorHalfWidth: Double
    /// Within the sector, or too near the reference for a direction to mean anything.
    public let within: Bool
}

/// "in the south-west of Russia": where the subject lies in the country, by shares of its area.
public struct PartJudgement: Sendable, Hashable {
    public let part: CompassDirection
    /// The share of the country's area west of the subject (0–1).
    public let westShare: Double
    /// The share of the country's area south of the subject (0–1).
    public let southShare: Double
    /// Whether the subject lies in that part (the half, or for an intercardinal direction the quarter, by area).
    public let inside: Bool
}

/// A route leg as measured: along a network when it was routed, else along the geodesic.
public struct LegEvidence: Sendable {
    public let from: String
    public let to: String
    /// The modes the text names for the leg.
    public let modes: [TransportMode]
    /// The geodesic between the ends.
    public let geodesic: Length
    /// The routed length, its mode, detour, how far each end moved onto the network and the method, when routed.
    public let routed: RoutedSummary?
    /// Why the leg was not routed, when routing was asked for.
    public let routingNote: RoutingNote?
    /// Countries whose land the straight geodesic of a sea leg crosses.
    public let crossesLandOf: [String]

    public struct RoutedSummary: Sendable {
        public let length: Length
        /// On the water (sea) or along the track (rail).
        public let bySea: Bool
        public let detourRatio: Double
        public let snapFrom: Length
        public let snapTo: Length
        public let method: String
        /// The routing layer's warnings, in its words.
        public let warnings: [String]
    }
}

/// Why a claim could not be checked.
public enum UnverifiableReason: Sendable {
    /// No place is named as the distance's subject.
    case noSubject
    /// The subject's words did not resolve to a place.
    case subjectUnresolved(text: String)
    /// The reference's words did not resolve to a place.
    case referenceUnresolved(text: String)
    /// The distance is not said to be from a border or a named place.
    case noReference
    /// The reference is a front line, and no geometry of it was given (`analyze --front-line FILE`).
    case frontLineWithoutGeometry
    /// A province or state: no one point of it stands for it in a distance.
    case areaAsPoint(name: String)
    /// A weakly resolved place gives a distance over three times the claim: the text probably means another place.
    case weakPlace(text: String, readAs: String, country: String?, computed: Length)
    /// Over ten times the claim, whatever the places: a name used for something else, or a unit slip.
    case implausibleReading(computed: Length)
    /// A distance travelled (by road, rail or water) above the geodesic: the route may be that long; only a figure
    /// below the geodesic would contradict it.
    case travelAboveGeodesic(computed: Length)
    /// The subject is located only by its region; the region's town is no stand-in for a place anywhere in it.
    case subjectIsRegion(text: String, computed: Length)
    /// The border data draws the subject inside the reference country (`country`), on its largest part, while the
    /// gazetteer places it in another (`subjectCountry`): neither 0 nor a distance to the outline is the true figure.
    /// (On an island group the outline gives to the wrong country, the distance goes to the country's other land:
    /// ``CheckEvidence/borderBeyondIslandGroup(subject:country:subjectCountry:partsLeftOut:nearest:judgement:)``.)
    case outlineDisagrees(subject: String, subjectCountry: String, country: String)
    /// Measuring failed (the error's description).
    case notComputable(message: String)
    /// An end of a route leg did not resolve.
    case legEndUnresolved
    /// Where an event took place is not computed: it is compared across the articles of the run.
    case eventLocation(event: String)
}

/// What a check found, as data: the places, points, figures, rules and outcome behind its verdict.
/// ``CheckExplanation`` renders it as a sentence in English or Indonesian; tests and scripts read the data.
public enum CheckEvidence: Sendable {
    /// The distance from `subject` to `country`'s territory: 0 when `nearest` is nil (the subject lies inside),
    /// else to the nearest point of its border.
    case border(subject: EvidencePlace, country: String, nearest: GeographicCoordinate?, judgement: DistanceJudgement)
    /// The border data draws `subject` inside `country` while the gazetteer places it in `subjectCountry`, and it
    /// stands on an island group of `partsLeftOut` outline parts (the part holding it and every nearby part nearer to
    /// that group than to the country's largest part): the distance goes to the nearest point of the country's other
    /// land, `nearest`.
    case borderBeyondIslandGroup(
        subject: EvidencePlace, country: String, subjectCountry: String, partsLeftOut: Int,
        nearest: GeographicCoordinate, judgement: DistanceJudgement)
    /// The distance inward from `country`'s edge to `subject`, measured to `nearestEdge`; `inside` false means the
    /// subject does not lie in the country at all (contradicted whatever the figure).
    case interior(
        subject: EvidencePlace, country: String, inside: Bool, nearestEdge: GeographicCoordinate,
        judgement: DistanceJudgement)
    /// The distance from `subject` to the nearest point of the front line the user gave (`source`: its file).
    case frontLine(subject: EvidencePlace, source: String, nearest: GeographicCoordinate, judgement: DistanceJudgement)
    /// The geodesic between two places, with the stated direction when there is one.
    case between(
        subject: EvidencePlace, reference: EvidencePlace, direction: DirectionJudgement?,
        judgement: DistanceJudgement)
    /// "180 mil (290 km)": the first figure converted to the second's unit, within both figures' precision.
    case conversion(
        written: WrittenLength, given: WrittenLength, converted: Double, tolerance: Tolerance, consistent: Bool)
    /// "X, Country" / "X in the south-west of Country": whether X lies in the country (or within `extent` of it)
    /// and in the stated part.
    case placement(
        subject: EvidencePlace, country: String, inside: Bool, outsideBy: Length, extent: Length,
        part: PartJudgement?)
    /// A route leg, measured but not judged: the text gives no length.
    case leg(LegEvidence)
    /// The claim could not be checked, and why.
    case unverifiable(UnverifiableReason)
}
