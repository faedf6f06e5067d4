import RouteCheckGazetteer
import RouteCheckGeo

/// Gazetteer candidates bucketed in cells of 0.5° of latitude and longitude, so "is another one within R km?" looks
/// at the 3 × 3 cells around a point instead of at every candidate (linear in the candidates for R ≤ 55 km, the
/// height of a cell). Used by the recogniser's proximity passes.
struct CandidateGrid<Tag> {
    struct Cell: Hashable { let row: Int, column: Int }
    private var buckets: [Cell: [(tag: Tag, candidate: GazetteerCandidate)]] = [:]

    static func cell(_ c: GeographicCoordinate) -> Cell {
        Cell(row: Int((c.latitude * 2).rounded(.down)), column: Int((c.longitude * 2).rounded(.down)))
    }

    mutating func insert(_ candidate: GazetteerCandidate, tag: Tag) {
        buckets[Self.cell(candidate.coordinate), default: []].append((tag, candidate))
    }

    /// Whether a member within `radius` km of `point` meets `accepts`.
    func contains(
        near point: GeographicCoordinate, within radius: Double,
        where accepts: (Tag, GazetteerCandidate) -> Bool
    ) -> Bool {
        let home = Self.cell(point)
        for dr in -1...1 {
            for dc in -1...1 {
                for member in buckets[Cell(row: home.row + dr, column: home.column + dc)] ?? []
                where accepts(member.tag, member.candidate)
                    && PlaceRecognizer.approximateKilometres(point, member.candidate.coordinate) <= radius
                {
                    return true
                }
            }
        }
        return false
    }

    /// Every member, cell by cell.
    var members: [(tag: Tag, candidate: GazetteerCandidate)] { buckets.values.flatMap { $0 } }
}
