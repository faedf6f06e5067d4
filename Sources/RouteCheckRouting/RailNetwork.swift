import Foundation
import GRDB
import HeapModule
import RouteCheckGeo

/// The railway graph of `Data/railways.gpkg` (OpenStreetMap via PyPI scgraph-data, ODbL; see
/// Data/README.md), held in memory as compressed adjacency arrays, with shortest paths by Dijkstra.
///
/// Thread safety: immutable after loading; `Sendable`.
public final class RailNetwork: Sendable {
    let latitude: [Double]
    let longitude: [Double]
    let country: [String?]
    /// Neighbours of node i are `targets[offsets[i]..<offsets[i+1]]` with `lengths` in metres.
    let offsets: [Int]
    let targets: [Int32]
    let lengths: [Double]

    public var nodeCount: Int { latitude.count }

    /// Loads the graph. - Throws: when the file is missing or unreadable (message names the path).
    public init(path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw RoutingError.networkMissing(path) }
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        var lat: [Double] = [], lon: [Double] = [], country: [String?] = []
        var edges: [(Int, Int, Double)] = []
        try queue.read { db in
            let count = try Int.fetchOne(db, sql: "SELECT max(fid) FROM rail_nodes") ?? 0
            lat = Array(repeating: 0, count: count)
            lon = Array(repeating: 0, count: count)
            country = Array(repeating: nil, count: count)
            let nodes = try Row.fetchCursor(db, sql: "SELECT fid, geom, country FROM rail_nodes")
            while let row = try nodes.next() {
                guard let fid = row["fid"] as Int?, (1...count).contains(fid) else { throw RoutingError.corrupt("a node id is out of range") }
                let index = fid - 1
                let blob: Data = row["geom"]
                let position = try Self.point(blob)
                lon[index] = position.x
                lat[index] = position.y
                country[index] = row["country"]
            }
            let cursor = try Row.fetchCursor(db, sql: "SELECT node_from, node_to, length_m FROM rail_edges")
            while let row = try cursor.next() {
                guard let from = row["node_from"] as Int?, let to = row["node_to"] as Int?, let length = row["length_m"] as Double?,
                      (1...count).contains(from), (1...count).contains(to), length.isFinite, length >= 0 else {
                    throw RoutingError.corrupt("an edge refers to a node that does not exist or has no length")
                }
                edges.append((from - 1, to - 1, length))
            }
        }
        var degree = Array(repeating: 0, count: lat.count + 1)
        for (a, b, _) in edges { degree[a + 1] += 1; degree[b + 1] += 1 }
        for i in 1..<degree.count { degree[i] += degree[i - 1] }
        var fill = degree
        var targets = Array(repeating: Int32(0), count: edges.count * 2)
        var lengths = Array(repeating: 0.0, count: edges.count * 2)
        for (a, b, length) in edges {
            targets[fill[a]] = Int32(b); lengths[fill[a]] = length; fill[a] += 1
            targets[fill[b]] = Int32(a); lengths[fill[b]] = length; fill[b] += 1
        }
        latitude = lat
        longitude = lon
        self.country = country
        offsets = degree
        self.targets = targets
        self.lengths = lengths
    }

    /// A point blob (GeoPackage header without envelope + WKB point).
    static func point(_ blob: Data) throws -> Position {
        let bytes = [UInt8](blob)
        guard bytes.count >= 8 else { throw RoutingError.corrupt("a rail node's point is truncated") }
        let envelope = [0, 32, 48, 48, 64][Int((bytes[3] >> 1) & 0b111) % 5]
        let start = 8 + envelope + 5
        guard bytes.count >= start + 16 else { throw RoutingError.corrupt("a rail node's point is truncated") }
        func double(_ at: Int) -> Double {
            var bits: UInt64 = 0
            for k in 0..<8 { bits |= UInt64(bytes[at + k]) << (8 * UInt64(k)) }
            return Double(bitPattern: bits)
        }
        return Position(x: double(start), y: double(start + 8))
    }

    public func coordinate(_ node: Int) -> GeographicCoordinate {
        GeographicCoordinate(latitude: latitude[node], longitude: longitude[node])
    }

    /// The node nearest to `point` (geodesic), among nodes in `countries` when given.
    public func nearestNode(to point: GeographicCoordinate, within countries: Set<String>? = nil) -> (node: Int, distance: Length)? {
        // A cheap equirectangular pre-score, then exact geodesics for the best few.
        let cosine = cos(point.latitude * .pi / 180)
        var best: [(Double, Int)] = []
        for i in 0..<latitude.count {
            if let countries, !allowed(i, countries) { continue }
            var dx = abs(longitude[i] - point.longitude)
            if dx > 180 { dx = 360 - dx }
            let dy = latitude[i] - point.latitude
            let score = dy * dy + dx * dx * cosine * cosine
            if best.count < 8 { best.append((score, i)); best.sort { $0.0 < $1.0 } } else if score < best[7].0 {
                best[7] = (score, i)
                best.sort { $0.0 < $1.0 }
            }
        }
        return best.map { (node: $0.1, distance: Geodesic.wgs84.geodesicDistance(from: point, to: coordinate($0.1))) }
            .min { $0.distance < $1.distance }
    }

    /// A node is allowed when it lies in one of `countries`, or in no country at all: nodes on bridges,
    /// shores and lake sides fall outside the simplified land polygons, but they are not in another country.
    func allowed(_ node: Int, _ countries: Set<String>) -> Bool {
        guard let code = country[node] else { return true }
        return countries.contains(code)
    }

    struct QueueItem: Comparable {
        let distance: Double
        let node: Int32
        static func < (a: QueueItem, b: QueueItem) -> Bool { a.distance < b.distance }
    }

    /// The shortest path between two nodes (Dijkstra), optionally keeping to nodes in `countries`.
    /// Returns the node sequence, or nil when they are not connected.
    public func shortestPath(from start: Int, to goal: Int, within countries: Set<String>? = nil) -> [Int]? {
        var distance = [Double](repeating: .infinity, count: latitude.count)
        var previous = [Int32](repeating: -1, count: latitude.count)
        var heap = Heap<QueueItem>()
        distance[start] = 0
        heap.insert(QueueItem(distance: 0, node: Int32(start)))
        while let item = heap.popMin() {
            let node = Int(item.node)
            if item.distance > distance[node] { continue }
            if node == goal { break }
            for k in offsets[node]..<offsets[node + 1] {
                let next = Int(targets[k])
                if let countries, !allowed(next, countries) { continue }
                let candidate = item.distance + lengths[k]
                if candidate < distance[next] {
                    distance[next] = candidate
                    previous[next] = Int32(node)
                    heap.insert(QueueItem(distance: candidate, node: Int32(next)))
                }
            }
        }
        guard distance[goal].isFinite else { return nil }
        var path = [goal]
        while let last = path.last, last != start { path.append(Int(previous[last])) }
        return path.reversed()
    }
}

/// Errors of the routing layer.
public enum RoutingError: Error, CustomStringConvertible, Sendable {
    case networkMissing(String)
    case corrupt(String)
    case noNodeNear(String)
    case notConnected(from: String, to: String)

    public var description: String {
        switch self {
        case .networkMissing(let path): "the railway network \(path) is missing (build it with Scripts/build-data)"
        case .corrupt(let message): "the railway network is damaged: \(message)"
        case .noNodeNear(let place): "no railway node near \(place) in the allowed countries"
        case .notConnected(let from, let to): "no railway path joins \(from) and \(to) in the allowed countries"
        }
    }
}
