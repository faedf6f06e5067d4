import RouteCheckGeo

/// How a figure was hedged in the text.
public enum Qualifier: String, Sendable, Codable {
    /// No hedge: the figure as written.
    case none
    /// sekitar, kira-kira, kurang lebih, about, approximately, around, some, roughly.
    case approximately
    /// lebih dari, more than, over: the true value is above the figure.
    case moreThan = "more_than"
    /// kurang dari, less than, under, within, dalam radius: the true value is below the figure.
    case lessThan = "less_than"
    /// hampir, nearly, almost: slightly below the figure.
    case nearly
    /// hanya, just, only: the figure is small and stated as exact.
    case only
}

/// Transport modes of a route leg.
public enum TransportMode: String, Sendable, Codable, CaseIterable {
    case sea, rail, road, air, unknown
}

/// Compass directions (8 points), e.g. for "barat daya" = south-west.
public enum CompassDirection: String, Sendable, Codable, CaseIterable {
    case north, northEast = "north-east", east, southEast = "south-east", south, southWest = "south-west", west,
        northWest = "north-west"

    /// Azimuth of the direction's centre, degrees clockwise from north.
    public var azimuth: Double {
        switch self {
        case .north: 0
        case .northEast: 45
        case .east: 90
        case .southEast: 135
        case .south: 180
        case .southWest: 225
        case .west: 270
        case .northWest: 315
        }
    }
}

/// What a distance is measured to.
public enum DistanceReference: Sendable, Hashable {
    /// A country's border: "dari perbatasan Ukraina", "from the Ukrainian border".
    case border(country: String, mention: PlaceMention?)
    /// Inward from a country's edge: "124 km inside Pakistan", "1,000 km into Russia". Measured to the nearest
    /// point of the country's outline (land border or coast) from a subject inside it.
    case interior(country: String, mention: PlaceMention?)
    /// Another place: "dari Kota Surabaya", "50 km north of Mariupol".
    case place(PlaceMention)
    /// A front line ("the front line", "garis depan"): measured only to a geometry the user gives.
    case frontLine
    /// Nothing recognisable.
    case unknown
}

/// "sekitar 180 mil (290 km) dari perbatasan Ukraina".
public struct DistanceClaim: Sendable, Hashable {
    /// The figure as written, in metres; for a range, its lower end.
    public let value: Length
    /// The number as written, in ``unit`` (180 for "180 mil").
    public let writtenValue: Double
    /// The upper end of a range ("antara 280 dan 300 km"), nil otherwise.
    public let upperValue: Length?
    /// The unit as written.
    public let unit: LengthUnit
    /// The number as written, e.g. "180".
    public let numberText: String
    public let qualifier: Qualifier
    /// The parenthetical conversion, "(290 km)", linked to this figure.
    public let conversion: (value: Length, unit: LengthUnit, writtenValue: Double)?
    /// The place being located ("depot … dekat Tikhoretsk" → Tikhoretsk), nil when none is named.
    public let subject: PlaceMention?
    public let reference: DistanceReference
    /// "80 km north of X", "73,7 km barat-barat daya X": the direction of the subject from the reference.
    public let direction: CompassPoint?
    /// Span of the figure and its unit(s), including the conversion.
    public let figureSpan: TextSpan
    /// Half the unit of the figure's last significant digit, as a length ("290 km" → 5 km, "ten km" → 0.5 km,
    /// "two and a half miles" → 0.25 mi).
    public let precision: Length
    /// How the subject was found (nil when there is none).
    public let subjectRule: SubjectRule?
    /// The subject is only near the named place: "dekat X", "near X", or a facility named after the town
    /// ("PLTN Kursk", "the Pathankot air base").
    public let subjectIsNear: Bool
    /// The subject is named only as a region around a town ("Kaluga Oblast", "wilayah Pskov").
    public let subjectIsRegion: Bool
    /// The figure is a distance travelled by road, rail or water ("a 300 km drive", "95 km by road", "perjalanan
    /// darat dari A ke B", "the distance … was 299 km" after "drove to …"): the geodesic is only its lower bound.
    public let isTravelDistance: Bool

    public static func == (lhs: DistanceClaim, rhs: DistanceClaim) -> Bool { lhs.figureSpan == rhs.figureSpan }
    public func hash(into hasher: inout Hasher) { hasher.combine(figureSpan) }
}

/// How the subject of a distance was found: evidence of the reading.
public enum SubjectRule: String, Sendable, Codable {
    /// Coordinates written in the text ("8,38 LS dan 109,30 BT").
    case coordinatesInText = "coordinates_in_text"
    /// The nearest place before the figure in its sentence.
    case beforeFigure = "before_figure"
    /// The first place after the reference in the sentence.
    case afterReference = "after_reference"
    /// The last place of the sentences before.
    case earlierSentence = "earlier_sentence"
    /// "jarak A ke B", "the distance from A to B".
    case distancePhrase = "distance_phrase"
}

/// One leg of a route: origin, destination and mode.
public struct RouteLeg: Sendable, Hashable {
    public let from: PlaceMention
    public let to: PlaceMention
    public let mode: TransportMode
    /// All modes named for the leg ("jalur laut dan kereta api" → [sea, rail]; the order is unknown).
    public let modes: [TransportMode]
}

/// "dikirim melalui laut dari Najin … ke Dunay".
public struct RouteClaim: Sendable, Hashable {
    public let legs: [RouteLeg]
    /// The time span, as written, if stated ("antara 1 September dan 1 Oktober").
    public let timeSpan: String?
}

/// "Dunay, Rusia" or "Tikhoretsk di barat daya Rusia".
public struct PlacementClaim: Sendable, Hashable {
    public let subject: PlaceMention
    /// ISO alpha-2 code of the country.
    public let country: String
    public let countryMention: PlaceMention
    /// The part of the country, if named ("barat daya" → south-west).
    public let part: CompassDirection?
}

/// "pertemuan puncak … di Moskow".
public struct EventClaim: Sendable, Hashable {
    /// A normalised event name ("summit").
    public let event: String
    public let location: PlaceMention
}

/// A geographic claim with the sentence it came from.
public struct Claim: Sendable, Hashable {
    public enum Payload: Sendable, Hashable {
        case distance(DistanceClaim)
        case route(RouteClaim)
        case placement(PlacementClaim)
        case event(EventClaim)
    }

    public let payload: Payload
    /// The sentence the claim was read from.
    public let sentenceSpan: TextSpan
    public let sentenceText: String

    /// "distance", "route", "placement" or "event".
    public var type: String {
        switch payload {
        case .distance: "distance"
        case .route: "route"
        case .placement: "placement"
        case .event: "event"
        }
    }
}
