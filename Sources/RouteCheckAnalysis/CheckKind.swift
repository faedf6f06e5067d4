import RouteCheckArticles

/// What a ``ClaimCheck`` measured. The raw values are the `check` values of the GeoJSON, JSON and GeoPackage
/// outputs (stable: scripts and map styles select on them).
public enum CheckKind: String, Sendable, Codable, CaseIterable {
    /// A place's geodesic distance to a country's border (0 inside it).
    case borderDistance = "border_distance"
    /// A place's distance inward from a country's outline ("124 km inside Pakistan").
    case interiorDistance = "interior_distance"
    /// The geodesic between two named places, or from a place to in-text coordinates.
    case placeDistance = "place_distance"
    /// A place's geodesic distance to a front line the user gave (`analyze --front-line FILE`).
    case frontLineDistance = "front_line_distance"
    /// A figure written in two units ("180 miles (290 km)"): do they agree?
    case unitConversion = "unit_conversion"
    /// "X, Country" or "X in the south-west of Country": does X lie there?
    case placement
    /// One leg of a route: measured, not judged (the text gives no length).
    case routeLeg = "route_leg"
    /// Where an event is said to have happened (cross-checked between articles).
    case event
    /// A distance claim whose places were not found or could not be measured (the reason says which).
    case distance
    /// A route claim that could not be computed.
    case route

    /// The kind that stands for a claim which could not be checked at all.
    init(failed claim: ClaimPayloadKind) {
        switch claim {
        case .distance: self = .distance
        case .route: self = .route
        case .placement: self = .placement
        case .event: self = .event
        }
    }
}

/// The four kinds of claims the reader extracts, without their contents.
public enum ClaimPayloadKind: Sendable {
    case distance, route, placement, event
}

extension Claim {
    /// The claim's kind, without its contents.
    var payloadKind: ClaimPayloadKind {
        switch payload {
        case .distance: .distance
        case .route: .route
        case .placement: .placement
        case .event: .event
        }
    }
}
