import Foundation
import HeapModule
import RouteCheckGeo

/// A* over the union of one or more ``WaterRegion`` visibility graphs (built lazily: a vertex's visible
/// neighbours are found when it is expanded) and, optionally, the sea-lane network, joined at "portal"
/// vertices: lane nodes that lie on water inside a region.
///
/// Edge weights are geodesic metres between the ends of each segment and the heuristic is the geodesic
/// distance to the goal, sharpened on lane routes by ``ExitBounds``; it never overestimates and is
/// consistent, so the first time the goal is taken from the queue its path is the shortest in this graph.
/// (Geodesics between corners are not exactly the projected straight segments that were tested; over the
/// few hundred kilometres of a region the difference is metres.)
final class SeaSearch {
    let regions: [WaterRegion]
    let lanes: TransportNetwork?
    let closedPassages: Set<String>
    private let regionBase: [Int]
    private let laneBase: Int
    private var laneOfPortal: [Int: Int] = [:]
    /// Whether lane routes use ``ExitBounds`` (on by default).
    var usesLaneBounds = true
    private var portalsOfLane: [Int: [Int]] = [:]

    init(regions: [WaterRegion], lanes: TransportNetwork?, closedPassages: Set<String>) {
        self.regions = regions
        self.lanes = lanes
        self.closedPassages = closedPassages
        var base: [Int] = [], total = 0
        for region in regions {
            base.append(total)
            total += region.vertices.count
        }
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

    /// Lower bounds of the way to the goal through the lanes, which sharpen the A* heuristic when the ends lie
    /// in different regions (a lane route): a vertex of another region can reach the goal only by leaving
    /// through one of its region's portals.
    ///
    /// `lane[k]` is the shortest distance from lane node `k` to the goal in a relaxed graph: the lanes, plus
    /// an edge between every two portals of the same region weighing the lower bound of their straight
    /// distance (any water path between them is longer), ending at a portal of the goal's region with the
    /// geodesic to the goal. Every real path maps onto a path of the relaxed graph that is no longer, so the
    /// bound never overestimates, and it is consistent across lane edges, portal links and region steps
    /// (each weight bounds the step it stands for, and shortest distances obey the triangle inequality), so
    /// A* keeps returning shortest paths while expanding far fewer corners.
    struct ExitBounds {
        var lane: [Double]
        /// Per region: its portals' projected points and the lane bound at each.
        var portals: [[(point: Position, bound: Double)]]

        /// For a vertex of region `r` at projected `point`: the least straight-line bound to one of the region's
        /// portals plus that portal's lane bound (infinity when the region has no way out).
        func fromRegionVertex(_ r: Int, _ point: Position) -> Double {
            var best = Double.infinity
            for portal in portals[r] where portal.bound.isFinite {
                let dx = portal.point.x - point.x, dy = portal.point.y - point.y
                best = min(best, (dx * dx + dy * dy).squareRoot() * SeaSearch.projectedLowerBound + portal.bound)
            }
            return best
        }
    }

    private func exitBounds(goal: Int, goalRegion: Int?) -> ExitBounds? {
        guard usesLaneBounds, let lanes, let goalRegion else { return nil }
        let geodesic = Geodesic.wgs84
        let target = coordinate(goal)
        var portalsOfRegion = [[(vertex: Int, lane: Int)]](repeating: [], count: regions.count)
        for (portal, lane) in laneOfPortal {
            if case .region(let r, let i) = place(portal) { portalsOfRegion[r].append((i, lane)) }
        }
        var bound = [Double](repeating: .infinity, count: lanes.nodeCount)
        var queue = Heap<Step>()
        for (vertex, lane) in portalsOfRegion[goalRegion] {
            let ending = geodesic.geodesicDistance(from: regions[goalRegion].vertices[vertex].coordinate, to: target)
                .meters
            if ending < bound[lane] {
                bound[lane] = ending
                queue.insert(Step(cost: ending, node: lane))
            }
        }
        var settled = [Bool](repeating: false, count: lanes.nodeCount)
        while let step = queue.popMin() {
            let k = step.node
            if settled[k] { continue }
            settled[k] = true
            func relax(_ m: Int, _ weight: Double) {
                let reached = step.cost + weight
                if reached < bound[m] {
                    bound[m] = reached
                    queue.insert(Step(cost: reached, node: m))
                }
            }
            for e in lanes.offsets[k]..<lanes.offsets[k + 1] {
                if let passage = lanes.passages[e], closedPassages.contains(passage) { continue }
                relax(Int(lanes.targets[e]), lanes.lengths[e])
            }
            for portal in portalsOfLane[k] ?? [] {
                guard case .region(let r, let i) = place(portal), r != goalRegion else { continue }
                let here = regions[r].vertices[i].point
                for other in portalsOfRegion[r] {
                    let there = regions[r].vertices[other.vertex].point
                    let dx = there.x - here.x, dy = there.y - here.y
                    relax(other.lane, (dx * dx + dy * dy).squareRoot() * Self.projectedLowerBound)
                }
            }
        }
        return ExitBounds(
            lane: bound,
            portals: portalsOfRegion.enumerated().map { r, list in
                list.map { (point: regions[r].vertices[$0.vertex].point, bound: bound[$0.lane]) }
            })
    }

    private struct Step: Comparable {
        let cost: Double
        let node: Int
        static func < (a: Step, b: Step) -> Bool { a.cost < b.cost }
    }

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
        let goalRegion: Int? = if case .region(let r, _) = place(goal) { r } else { nil }
        let exits = exitBounds(goal: goal, goalRegion: goalRegion)
        func estimate(_ id: Int) -> Double {
            if heuristic[id] < 0 {
                var bound = geodesic.geodesicDistance(from: coordinate(id), to: target).meters
                if let exits {
                    switch place(id) {
                    case .lane(let k): bound = max(bound, exits.lane[k])
                    case .region(let r, let i) where r != goalRegion:
                        bound = max(bound, exits.fromRegionVertex(r, regions[r].vertices[i].point))
                    case .region: break
                    }
                }
                heuristic[id] = bound
            }
            return heuristic[id]
        }
        var queue = Heap<Item>()
        queue.insert(Item(estimate: estimate(start), cost: 0, id: start, parent: -1, unchecked: false))
        while let item = queue.popMin() {
            let current = item.id
            if done[current] { continue }
            if item.unchecked, case .region(let r, let i) = place(current), case .region(_, let p) = place(item.parent)
            {
                // Most such steps cross land: the test (cheap) comes before the step's exact length.
                if !regions[r].isClear(p, i) { continue }
            }
            if item.provisional {
                // Lazy weights: the step's geodesic length now that the entry comes first; queued again with it.
                let step = geodesic.geodesicDistance(from: coordinate(item.parent), to: coordinate(current)).meters
                let reached = cost[item.parent] + step
                if reached >= queuedChecked[current] { continue }
                queuedChecked[current] = reached
                queue.insert(
                    Item(
                        estimate: reached + estimate(current), cost: reached, id: current, parent: item.parent,
                        unchecked: false))
                continue
            }
            done[current] = true
            cost[current] = item.cost
            previous[current] = item.parent
            if current == goal { break }
            func push(_ next: Int, _ step: Double, unchecked: Bool, provisional: Bool = false) {
                let reached = item.cost + step
                if done[next] || reached >= queuedChecked[next] { return }
                if !unchecked { queuedChecked[next] = reached }
                queue.insert(
                    Item(
                        estimate: reached + estimate(next), cost: reached, id: next, parent: current,
                        unchecked: unchecked,
                        provisional: provisional))
            }
            switch place(current) {
            case .region(let r, let i):
                let region = regions[r]
                // The way in, when it came from a vertex of the same region: a shortest path leaves only taut.
                var from: Position?
                if item.parent >= 0, case .region(let s, let p) = place(item.parent), s == r {
                    from = region.vertices[p].point
                }
                let base = regionBase[r]
                region.forEachCandidateStep(from: i, cameFrom: from, skip: { done[base + $0] }) { j, straight in
                    push(base + j, straight * Self.projectedLowerBound, unchecked: true, provisional: true)
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
                continue // a portal and its lane node: the same place
            }
        }
        return (points, Length(meters: onLanes))
    }
}
