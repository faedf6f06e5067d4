/// A point of the 16-point compass, as distance claims state directions ("80 km SSE of Bengkulu",
/// "73,7 km barat-barat daya Pelabuhanratu", "20 km north-east of Kathmandu").
public enum CompassPoint: String, Sendable, Codable, CaseIterable {
    case north, northNorthEast = "north-north-east", northEast = "north-east", eastNorthEast = "east-north-east"
    case east, eastSouthEast = "east-south-east", southEast = "south-east", southSouthEast = "south-south-east"
    case south, southSouthWest = "south-south-west", southWest = "south-west", westSouthWest = "west-south-west"
    case west, westNorthWest = "west-north-west", northWest = "north-west", northNorthWest = "north-north-west"

    /// Azimuth of the point, degrees clockwise from north (north 0°, north-north-east 22.5°, …).
    public var azimuth: Double { Double(Self.allCases.firstIndex(of: self) ?? 0) * 22.5 }

    /// The point at `azimuth` degrees, which must be a multiple of 22.5° (any turn).
    init?(azimuth: Double) {
        var steps = (azimuth / 22.5).rounded()
        guard abs(steps * 22.5 - azimuth) < 1e-9 else { return nil }
        steps = steps.truncatingRemainder(dividingBy: 16)
        if steps < 0 { steps += 16 }
        self = Self.allCases[Int(steps)]
    }

    /// The 16-point abbreviation ("SSE").
    public var abbreviation: String {
        rawValue.split(separator: "-").map { String($0.prefix(1)).uppercased() }.joined()
    }
}
