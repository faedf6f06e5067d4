import Foundation
import HeapModule
import RouteCheckGeo

/// A* over the union of one or more ``WaterRegion`` visibility graphs (built lazily: a vertex's visible
/// neighbours are found when it is expanded) and, optionally, the sea-lane network, joined at "portal"
/// vertices: lane nodes that lie on water inside a region.
///
/// Edge weights are geodesic metres between the ends of each segment and the heuristic is the geodesic
/// distance to the goal, which never overestimates (triangle inequality) and is consistent, so the
/// first time the goal is taken from the queue its path is the shortest in this graph.
/// (Geodesics between corners are not exactly the projected straight segments that were tested; over the
/// few hundred kilometres of a region the difference is metres.)
final class SeaSearch {
    let regions: [WaterRegion]
    let lanes: TransportNetwork?
    let closedPassages: Set<String>
    private let regionBase: [Int]
    private let laneBase: Int
    private var laneOfPortal: [Int: Int] = [:]
    private var portalsOfLane: [Int: [Int]] = [:]

    init(regions: [WaterRegion], lanes: TransportNetwork?, closedPassages: Set<String>) {
        self.regions = regions
        self.lanes = lanes
        self.closedPassages = closedPassages
        var base: [Int] = [], total = 0
        for region in regions { base.append(total); total += region.vertices.count }
        regionBase = base
        laneBase = total
    }

    /// The id of a region's vertex in the search.
    func id(region: Int, vertex: Int) -> Int { regionBase[region] + vertex }

    /// Marks region vertex `vertex` as standing for lane node `lane` (they are the same place).
    func linkPortal(region: Int, vertex: Int, lane: Int) {
        let portal = id(region: region, vertex: vertex)
        laneOfPortal[portal] = lane
        portalsOfLane[lane, default: []].append(portal)
    }

    private var count: Int { laneBase + (lanes?.nodeCount ?? 0) }

    /// Where an id lives: a region vertex (region, index) or a lane node.
    enum Place { case region(Int, Int), lane(Int) }

    func place(_ id: Int) -> Place {
        if id >= laneBase { return .lane(id - laneBase) }
        var region = regions.count - 1
        while regionBase[region] > id { region -= 1 }
        return .region(region, id - regionBase[region])
    }

    func coordinate(_ id: Int) -> GeographicCoordinate {
        switch place(id) {
        case .region(let r, let i): regions[r].vertices[i].coordinate
        case .lane(let k): lanes.map { $0.coordinate(k) } ?? GeographicCoordinate(latitude: 0, longitude: 0)
        }
    }

    /// A queue entry: reaching `id` from `parent` with cost `cost`. Region-to-region entries are not yet
    /// known to be clear of land (`unchecked`); they are tested when taken from the queue.
    private struct Item: Comparable {
        let estimate: Double
        let cost: Double
        let id: Int
        let parent: Int
        let unchecked: Bool
        /// `cost` uses a lower bound of the last step (projected distance × ``projectedLowerBound``), not yet its
        /// geodesic length: the exact length is computed only if the entry comes first in the queue.
        var provisional = false
        static func < (a: Item, b: Item) -> Bool { a.estimate < b.estimate }
        static func == (a: Item, b: Item) -> Bool { a.estimate == b.estimate && a.id == b.id && a.parent == b.parent }
    }

    /// A lower bound of a geodesic from the straight distance between its ends in a region's azimuthal
    /// equidistant projection: 0.98 of it. The projection's scale is 1 along radii and at most 1.02 across them
    /// within 2,200 km of its centre (regions reach 1,000 km at most), so no geodesic is shorter.
    static let projectedLowerBound = 0.98

    /// The shortest chain of ids from `start` to `goal`, or nil when none exists.
    ///
    /// Lazy A*: an edge between two region vertices is tested against land only when its entry comes
    /// first in the queue, not when it is generated. Entries come out in order of cost plus heuristic,
    /// so the first entry of a vertex that passes the test is its shortest valid way in; most generated
    /// edges (towards corners far from the answer) are never tested.
    func shortestPath(from start: Int, to goal: Int) throws -> [Int]? {
        let geodesic = Geodesic.wgs84
        let target = coordinate(goal)
        var cost = [Double](repeating: .infinity, count: count)
        // The lowest cost of a queued entry that needs no test (lane edges, portal links).
        var queuedChecked = [Double](repeating: .infinity, count: count)
        var previous = [Int](repeating: -1, count: count)
        var done = [Bool](repeating: false, count: count)
        var heuristic = [Double](repeating: -1, count: count)
        func estimate(_ id: Int) -> Double {
            if heuristic[id] < 0 { heuristic[id] = geodesic.geodesicDistance(from: coordinate(id), to: target).meters }
            return heuristic[id]
        }
        var queue = Heap<Item>()
        queue.insert(Item(estimate: estimate(start), cost: 0, id: start, parent: -1, unchecked: false))
        while let item = queue.popMin() {
            let current = item.id
            if done[current] { continue }
            if item.provisional {
                // Lazy weights: the step's geodesic length now that the entry comes first; queued again with it.
                let step = geodesic.geodesicDistance(from: coordinate(item.parent), to: coordinate(current)).meters
                let reached = cost[item.parent] + step
                queue.insert(Item(estimate: reached + estimate(current), cost: reached, id: current, parent: item.parent,
                                  unchecked: item.unchecked))
                continue
            }
            if item.unchecked, case .region(let r, let i) = place(current), case .region(_, let p) = place(item.parent) {
                if try !regions[r].isClear(p, i) { continue }
            }
            done[current] = true
            cost[current] = item.cost
            previous[current] = item.parent
            if current == goal { break }
            func push(_ next: Int, _ step: Double, unchecked: Bool, provisional: Bool = false) {
                let reached = item.cost + step
                if done[next] || reached >= queuedChecked[next] { return }
                if !unchecked { queuedChecked[next] = reached }
                queue.insert(Item(estimate: reached + estimate(next), cost: reached, id: next, parent: current, unchecked: unchecked,
                                  provisional: provisional))
            }
            switch place(current) {
            case .region(let r, let i):
                let region = regions[r]
                let here = region.vertices[i].point
                for j in region.vertices.indices where j != i {
                    let next = regionBase[r] + j
                    if done[next] || !region.isTangent(i, j) { continue }
                    let there = region.vertices[j].point
                    let dx = there.x - here.x, dy = there.y - here.y
                    push(next, (dx * dx + dy * dy).squareRoot() * Self.projectedLowerBound, unchecked: true, provisional: true)
                }
                if let lane = laneOfPortal[current] { push(laneBase + lane, 0, unchecked: false) }
            case .lane(let k):
                guard let lanes else { break }
                for e in lanes.offsets[k]..<lanes.offsets[k + 1] {
                    if let passage = lanes.passages[e], closedPassages.contains(passage) { continue }
                    push(laneBase + Int(lanes.targets[e]), lanes.lengths[e], unchecked: false)
                }
                for portal in portalsOfLane[k] ?? [] { push(portal, 0, unchecked: false) }
            }
        }
        guard cost[goal].isFinite else { return nil }
        var chain = [goal]
        while let last = chain.last, last != start { chain.append(previous[last]) }
        return chain.reversed()
    }

    /// The drawn path of a chain of ids: region segments densified in their projection, lane edges as
    /// geodesics sampled every 20 km; the length along lane edges is returned apart.
    func path(of chain: [Int]) throws -> (points: [GeographicCoordinate], onLanes: Length) {
        var points: [GeographicCoordinate] = [coordinate(chain[0])]
        var onLanes = 0.0
        for (a, b) in zip(chain, chain.dropFirst()) {
            switch (place(a), place(b)) {
            case (.region(let r, let i), .region(let s, let j)) where r == s:
                points += try regions[r].path(from: i, to: j).dropFirst()
            case (.lane, .lane):
                let from = coordinate(a), to = coordinate(b)
                onLanes += Geodesic.wgs84.geodesicDistance(from: from, to: to).meters
                points += try Geodesic.wgs84.points(from: from, to: to, maximumSpacing: .kilometers(20)).dropFirst()
            default:
                continue  // a portal and its lane node: the same place
            }
        }
        return (points, Length(meters: onLanes))
    }
}
