import RouteCheckArticles
import RouteCheckGeo

/// An extraction (places and claims, unverified) as GeoJSON features: one Point a resolved mention (role
/// `place`, with `start`, its offset in Unicode scalars) and one feature a claim (role `claim`, the claim's JSON
/// members flattened to text where nested), located at its subject or first place, or without geometry.
public enum ExtractionGeoJSON {
    public static func features(_ extraction: ArticleExtraction) -> [Feature] {
        var features: [Feature] = []
        for mention in extraction.mentions {
            guard let entry = mention.resolved else { continue }
            features.append(
                Feature(
                    geometry: .point(Point(entry.coordinate.position)),
                    report: [
                        .role: .string(FeatureRole.place.rawValue), .article: .string(extraction.input.id),
                        .text: .string(mention.text), .entryID: .string(entry.id), .name: .string(entry.name),
                        .kind: .string(entry.kind.rawValue), .score: .finite(mention.score),
                        .start: .number(Double(mention.span.start)),
                    ]))
        }
        for claim in extraction.claims {
            var properties: [String: JSONValue] = [:]
            if case .object(let members) = claim.json { properties = members }
            properties[ReportProperty.role.rawValue] = .string(FeatureRole.claim.rawValue)
            properties[ReportProperty.article.rawValue] = .string(extraction.input.id)
            let point: GeographicCoordinate?
            switch claim.payload {
            case .distance(let d): point = d.subject?.resolved?.coordinate
            case .route(let r): point = r.legs.first?.from.resolved?.coordinate
            case .placement(let p): point = p.subject.resolved?.coordinate
            case .event(let e): point = e.location.resolved?.coordinate
            }
            // Nested objects are flattened to text so GIS tools show them as plain attributes.
            for (key, value) in properties {
                if case .object = value { properties[key] = .string(value.jsonText) }
                if case .array = value { properties[key] = .string(value.jsonText) }
            }
            features.append(Feature(geometry: point.map { .point(Point($0.position)) }, properties: properties))
        }
        return features
    }
}
