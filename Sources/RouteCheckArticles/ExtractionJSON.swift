import RouteCheckGazetteer
import RouteCheckGeo

/// JSON forms of what was read, used by `routecheck extract` and the analysis report.
extension PlaceMention {
    public var json: JSONValue {
        [
            "text": .string(text), "start": .number(Double(span.start)), "end": .number(Double(span.end)),
            "resolved": resolved?.json ?? .null, "score": .finite(score), "evidence": .string(evidence),
            "candidates": .array(candidates.prefix(3).map(\.json)),
        ]
    }

    /// A short label: "Tikhoretsk (geonames:483029)".
    public var label: String { resolved.map { "\($0.name)" } ?? text }
}

extension DistanceReference {
    public var json: JSONValue {
        switch self {
        case .border(let country, let mention):
            ["type": "border", "country": .string(country), "text": mention.map { .string($0.text) } ?? .null]
        case .interior(let country, let mention):
            ["type": "interior", "country": .string(country), "text": mention.map { .string($0.text) } ?? .null]
        case .place(let mention): ["type": "place", "place": mention.json]
        case .frontLine: ["type": "front_line"]
        case .unknown: ["type": "unknown"]
        }
    }

    public var label: String {
        switch self {
        case .border(let country, _): "border of \(country)"
        case .interior(let country, _): "edge of \(country), from inside"
        case .place(let mention): mention.label
        case .frontLine: "front line"
        case .unknown: "unknown reference"
        }
    }
}

extension Claim {
    public var json: JSONValue {
        var object: [String: JSONValue] = [
            "claim_type": .string(type), "sentence": .string(sentenceText),
            "sentence_start": .number(Double(sentenceSpan.start)), "sentence_end": .number(Double(sentenceSpan.end)),
        ]
        switch payload {
        case .distance(let d):
            object["value"] = .finite(d.writtenValue)
            object["unit"] = .string(d.unit.symbol)
            object["value_m"] = .finite(d.value.meters)
            object["upper_m"] = d.upperValue.map { .finite($0.meters) } ?? .null
            object["qualifier"] = .string(d.qualifier.rawValue)
            object["conversion"] =
                d.conversion.map {
                    [
                        "value": .finite($0.writtenValue), "unit": .string($0.unit.symbol),
                        "value_m": .finite($0.value.meters),
                    ]
                } ?? .null
            object["subject"] = d.subject?.json ?? .null
            object["reference"] = d.reference.json
            object["direction"] = d.direction.map { .string($0.rawValue) } ?? .null
            object["start"] = .number(Double(d.figureSpan.start))
            object["end"] = .number(Double(d.figureSpan.end))
        case .route(let r):
            object["legs"] = .array(
                r.legs.map { leg in
                    [
                        "from": leg.from.json, "to": leg.to.json, "mode": .string(leg.mode.rawValue),
                        "modes": .array(leg.modes.map { .string($0.rawValue) }),
                    ]
                })
            object["time_span"] = r.timeSpan.map(JSONValue.string) ?? .null
        case .placement(let p):
            object["subject"] = p.subject.json
            object["country"] = .string(p.country)
            object["part"] = p.part.map { .string($0.rawValue) } ?? .null
        case .event(let e):
            object["event"] = .string(e.event)
            object["location"] = e.location.json
        }
        return .object(object)
    }
}

extension ArticleExtraction {
    public var json: JSONValue {
        [
            "id": .string(input.id), "source": .string(input.source),
            "mentions": .array(mentions.map(\.json)), "claims": .array(claims.map(\.json)),
            "skipped": .array(skipped.map { ["start": .number(Double($0.start)), "end": .number(Double($0.end))] }),
        ]
    }
}
