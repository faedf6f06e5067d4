import RouteCheckArticles
import RouteCheckGeo

/// What a feature of RouteCheck's GeoJSON stands for: its `role` property, and the name of its GeoPackage layer
/// (``layerName``). Scripts and map styles select on it.
public enum FeatureRole: String, Sendable, CaseIterable {
    /// One a batch article, without geometry: counts of mentions, claims and verdicts.
    case article
    /// A resolved place (a Point), once per entry per article.
    case place
    /// A leg of a route: its routed path by sea or rail where one was found, else its geodesic.
    case leg
    /// One check of one claim: the line measured, or the subject's point.
    case claim
    /// The same event placed far apart by different articles (a MultiPoint of the placements).
    case inconsistency
    /// `border-distance`: the nearest point of the reference.
    case nearest
    /// `border-distance`: the geodesic from the place to the nearest point.
    case distance
    /// `distance`: the geodesic between the two points.
    case geodesic
    /// `geocode`: one gazetteer candidate.
    case candidate

    /// The GeoPackage layer of features with this role: "place" → "places", "inconsistency" → "inconsistencies",
    /// "nearest" → "nearest_points", "distance" → "distances", "geodesic" → "geodesics".
    public var layerName: String {
        switch self {
        case .nearest: "nearest_points"
        case .inconsistency: "inconsistencies"
        default: rawValue + "s"
        }
    }
}

/// Every property key of the features RouteCheck writes (GeoJSON; the same keys name KML `ExtendedData` and
/// GeoPackage columns). Writers build ``ReportProperties`` from these cases and renderers read through
/// `feature[key]`, so a key is spelt once. Figures end in their unit: `_m` metres, `_deg` degrees, `_pct` per cent.
/// README's "GeoJSON properties" table documents each (a test keeps the two in step).
public enum ReportProperty: String, Sendable, CaseIterable {
    // Every feature.
    case role, article
    // Articles.
    case source, mentions, claims, supported, contradicted, unverifiable
    case routeTotalMeters = "route_total_m"
    // Places and candidates.
    case text, name, kind, country, score, population
    case entryID = "entry_id", firstOffset = "first_offset", start, matchedName = "matched_name"
    // Legs, geodesics and border distances.
    case from, to, mode, modes, routed
    case distanceMeters = "distance_m", geodesicMeters = "geodesic_m", pathGeodesicMeters = "path_geodesic_m"
    case detourRatio = "detour_ratio", snapFromMeters = "snap_from_m", snapToMeters = "snap_to_m"
    case routeMethod = "route_method", routeNote = "route_note"
    case crossesLand = "crosses_land", crossesLandOf = "crosses_land_of"
    case lineToleranceMeters = "line_tolerance_m"
    case distance, units, ellipsoid, place, reference, inside, nearest
    case initialAzimuthDegrees = "azimuth1_deg", finalAzimuthDegrees = "azimuth2_deg", azimuthDegrees = "azimuth_deg"
    // Claims.
    case claimType = "claim_type", check, subject, verdict, reason, leg
    case claimedMeters = "claimed_m", computedMeters = "computed_m"
    case deviationMeters = "deviation_m", deviationPercent = "deviation_pct"
    case toleranceMeters = "tolerance_m", toleranceBelowMeters = "tolerance_below_m"
    case toleranceAboveMeters = "tolerance_above_m", toleranceExplained = "tolerance_explained"
    case edgeRatio = "edge_ratio"
    case readFigure = "read_figure", readFigureStart = "read_figure_start"
    case readSubject = "read_subject", readSubjectStart = "read_subject_start", readSubjectRule = "read_subject_rule"
    case readReference = "read_reference", readReferenceStart = "read_reference_start"
    // Inconsistencies.
    case event, places, articles
    case spreadMeters = "spread_m"
}

/// A feature's properties keyed by ``ReportProperty``.
public typealias ReportProperties = [ReportProperty: JSONValue]

extension Dictionary where Key == ReportProperty, Value == JSONValue {
    /// The properties as GeoJSON members (the keys' raw values).
    public var members: [String: JSONValue] {
        [String: JSONValue](uniqueKeysWithValues: map { ($0.key.rawValue, $0.value) })
    }
}

extension Feature {
    /// A feature whose properties are given by schema key.
    public init(geometry: Geometry?, report properties: ReportProperties, id: Feature.Identifier? = nil) {
        self.init(geometry: geometry, properties: properties.members, id: id)
    }

    /// The property `key`, or nil when the feature has none.
    public subscript(_ key: ReportProperty) -> JSONValue? { properties?[key.rawValue] }

    /// The feature's role, or nil for a feature of another tool (or an unknown role).
    public var role: FeatureRole? { self[.role]?.stringValue.flatMap(FeatureRole.init(rawValue:)) }
}

/// The colours of verdicts and leg modes, shared by the SVG map, the HTML page (passed into its script) and KML.
public enum ReportStyle {
    /// Colour of a claim line by verdict (ColorBrewer RdYlGn ends and a neutral grey).
    public static func colour(_ verdict: Verdict) -> String {
        switch verdict {
        case .supported: "#1a9641"
        case .contradicted: "#d7191c"
        case .unverifiable: "#7f7f7f"
        }
    }

    /// Colour of a leg by the mode written in its `mode` property (`sea`, `rail`, `road`, `air`, `unknown`,
    /// or `geodesic` from `route`); ``neutral`` for any other.
    public static func colour(legMode mode: String) -> String {
        switch mode {
        case TransportMode.sea.rawValue: "#2b83ba"
        case TransportMode.rail.rawValue: "#7b3294"
        case TransportMode.road.rawValue: "#e66101"
        case TransportMode.air.rawValue: "#5e3c99"
        default: neutral
        }
    }

    /// Lines of no verdict or mode, and unknown modes.
    public static let neutral = "#404040"

    /// The verdict colours as a JSON object (`{"supported": "#1a9641", …}`), for scripts.
    public static var verdictColoursJSON: JSONValue {
        .object(Dictionary(uniqueKeysWithValues: Verdict.allCases.map { ($0.rawValue, .string(colour($0))) }))
    }

    /// The leg colours of the text's modes as a JSON object, for scripts.
    public static var modeColoursJSON: JSONValue {
        .object(
            Dictionary(
                uniqueKeysWithValues: TransportMode.allCases.map {
                    ($0.rawValue, .string(colour(legMode: $0.rawValue)))
                }))
    }
}
