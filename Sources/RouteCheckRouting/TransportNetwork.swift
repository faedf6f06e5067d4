import Foundation
import GRDB
import HeapModule
import RouteCheckGazetteer
import RouteCheckGeo

/// Which network a ``TransportNetwork`` holds: its tables in the GeoPackage and its name in messages.
public enum NetworkKind: String, Sendable {
    /// `Data/railways.gpkg`: OpenStreetMap railways via PyPI scgraph-data (ODbL).
    case railways
    /// `Data/sealanes.gpkg`: the global shipping-lane network of PyPI searoute (Apache-2.0).
    case seaLanes

    var tablePrefix: String { self == .railways ? "rail" : "sea" }
    var name: String { self == .railways ? "railway network" : "sea-lane network" }
    /// The file name under `Data/`.
    public var fileName: String { self == .railways ? "railways.gpkg" : "sealanes.gpkg" }
}

/// A transport graph (railways or sea lanes, see ``NetworkKind`` and Data/README.md) held in memory as
/// compressed adjacency arrays, with shortest paths by Dijkstra. Edge lengths are geodesic metres.
///
/// Thread safety: immutable after loading; `Sendable`.
public final class TransportNetwork: Sendable {
    public let kind: NetworkKind
    let latitude: [Double]
    let longitude: [Double]
    let country: [String?]
    /// Neighbours of node i are `targets[offsets[i]..<offsets[i+1]]` with `lengths` in metres: for
    /// railways the length along the OpenStreetMap track the edge stands for, else the geodesic.
    let offsets: [Int]
    let targets: [Int32]
    let lengths: [Double]
    /// The named passage of each directed edge (sea lanes: "suez", "panama", "northwest", ...), else nil.
    let passages: [String?]

    public var nodeCount: Int { latitude.count }

    /// Calls `body` once for every undirected edge: its two node indices and its length in metres.
    public func forEachEdge(_ body: (Int, Int, Double) -> Void) {
        for node in 0..<nodeCount {
            for k in offsets[node]..<offsets[node + 1] where Int(targets[k]) > node {
                body(node, Int(targets[k]), lengths[k])
            }
        }
    }

    /// Loads the graph of `kind` from the GeoPackage at `path`.
    /// - Throws: ``RoutingError`` when the file is missing or damaged (the message names the path).
    public init(path: String, kind: NetworkKind) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw RoutingError.networkMissing(kind.name, path) }
        self.kind = kind
        let nodesTable = "\(kind.tablePrefix)_nodes", edgesTable = "\(kind.tablePrefix)_edges"
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        var lat: [Double] = [], lon: [Double] = [], country: [String?] = []
        var edges: [(Int, Int, Double, String?)] = []
        try queue.read { db in
            let count = try Int.fetchOne(db, sql: "SELECT max(fid) FROM \(nodesTable)") ?? 0
            let hasCountry = try db.columns(in: nodesTable).contains { $0.name == "country" }
            lat = Array(repeating: 0, count: count)
            lon = Array(repeating: 0, count: count)
            country = Array(repeating: nil, count: count)
            let nodes = try Row.fetchCursor(
                db, sql: "SELECT fid, geom, \(hasCountry ? "country" : "NULL AS country") FROM \(nodesTable)")
            while let row = try nodes.next() {
                guard let fid = row["fid"] as Int?, (1...count).contains(fid) else {
                    throw RoutingError.corrupt(kind.name, "a node id is out of range")
                }
                let index = fid - 1
                let blob: Data = row["geom"]
                let position = try Self.point(blob, network: kind.name)
                lon[index] = position.x
                lat[index] = position.y
                country[index] = row["country"]
            }
            let columns = try db.columns(in: edgesTable).map(\.name)
            let passage = columns.contains("passage") ? "passage" : "NULL AS passage"
            // Railways: the along-track length of each edge when the file has it (see Scripts/build_railways.py).
            let length = columns.contains("track_length_m") ? "track_length_m AS length_m" : "length_m"
            let cursor = try Row.fetchCursor(
                db, sql: "SELECT node_from, node_to, \(length), \(passage) FROM \(edgesTable)")
            while let row = try cursor.next() {
                guard let from = row["node_from"] as Int?, let to = row["node_to"] as Int?,
                    let length = row["length_m"] as Double?,
                    (1...count).contains(from), (1...count).contains(to), length.isFinite, length >= 0
                else {
                    throw RoutingError.corrupt(
                        kind.name, "an edge refers to a node that does not exist or has no length")
                }
                edges.append((from - 1, to - 1, length, row["passage"]))
            }
        }
        var degree = Array(repeating: 0, count: lat.count + 1)
        for (a, b, _, _) in edges {
            degree[a + 1] += 1
            degree[b + 1] += 1
        }
        for i in 1..<degree.count { degree[i] += degree[i - 1] }
        var fill = degree
        var targets = Array(repeating: Int32(0), count: edges.count * 2)
        var lengths = Array(repeating: 0.0, count: edges.count * 2)
        var passages = [String?](repeating: nil, count: edges.count * 2)
        for (a, b, length, passage) in edges {
            targets[fill[a]] = Int32(b)
            lengths[fill[a]] = length
            passages[fill[a]] = passage
            fill[a] += 1
            targets[fill[b]] = Int32(a)
            lengths[fill[b]] = length
            passages[fill[b]] = passage
            fill[b] += 1
        }
        self.passages = passages
        latitude = lat
        longitude = lon
        self.country = country
        offsets = degree
        self.targets = targets
        self.lengths = lengths
    }

    /// A node's point blob (GeoPackage geometry), read by the gazetteer's decoder.
    static func point(_ blob: Data, network: String) throws -> Position {
        do {
            return try GeoPackageGeometry.point(blob)
        } catch {
            throw RoutingError.corrupt(network, "a node's point cannot be read: \(error)")
        }
    }

    public func coordinate(_ node: Int) -> GeographicCoordinate {
        GeographicCoordinate(latitude: latitude[node], longitude: longitude[node])
    }

    /// The node nearest to `point` (geodesic), among nodes in `countries` when given.
    public func nearestNode(
        to point: GeographicCoordinate, within countries: Set<String>? = nil
    ) -> (node: Int, distance: Length)? {
        // A cheap equirectangular pre-score, then exact geodesics for the best few.
        let cosine = cos(point.latitude * .pi / 180)
        var best: [(Double, Int)] = []
        for i in 0..<latitude.count {
            if let countries, !allowed(i, countries) { continue }
            var dx = abs(longitude[i] - point.longitude)
            if dx > 180 { dx = 360 - dx }
            let dy = latitude[i] - point.latitude
            let score = dy * dy + dx * dx * cosine * cosine
            if best.count < 8 {
                best.append((score, i))
                best.sort { $0.0 < $1.0 }
            } else if score < best[7].0 {
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
    /// Returns the node sequence and its length (sum of edge lengths, metres), or nil when they are not connected.
    public func shortestPath(
        from start: Int, to goal: Int, within countries: Set<String>? = nil
    ) -> (nodes: [Int], length: Length)? {
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
        return (path.reversed(), Length(meters: distance[goal]))
    }
}
