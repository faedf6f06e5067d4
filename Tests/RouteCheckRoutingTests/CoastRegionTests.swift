import Foundation
import RouteCheckGazetteer
import RouteCheckGeo
import Testing

@testable import RouteCheckRouting

/// A real coast (the Saronic Gulf and the Cyclades around Piraeus, 150 km), built once for the suite.
private let piraeusCoast: (coast: CoastRegion, land: LandMask)? = {
    guard let gazetteer = try? Gazetteer(path: repository.appendingPathComponent("Data/routecheck.gpkg").path) else {
        return nil
    }
    let land = LandMask(gazetteer: gazetteer)
    guard
        let coast = try? CoastRegion(
            center: GeographicCoordinate(latitude: 37.94203, longitude: 23.64619),
            radius: .kilometers(150), mask: land, clearance: Length(meters: 300))
    else { return nil }
    return (coast, land)
}()

/// A reproducible stream of numbers in [0, 1) (SplitMix64), so a failure can be replayed.
private struct SplitMix {
    var state: UInt64
    mutating func next() -> Double {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
    }
}

@Suite("Sea routing: the coast's segment grid, its file form and the region store")
struct CoastRegionTests {
    @Test("the segment grid answers as GEOS does for 3,000 random segments across an island-strewn coast")
    func segmentGridAgreesWithGEOS() throws {
        let (coast, _) = try #require(piraeusCoast, "needs Data/routecheck.gpkg")
        #expect(coast.corners.count > 500)
        let shoreline = Geometry.multiLineString(MultiLineString(coast.landRings.map { LineString($0) }))
        let prepared = try PreparedGeometry(shoreline)
        var random = SplitMix(state: 7)
        func point() -> Position {
            Position(x: (random.next() * 2 - 1) * 150_000, y: (random.next() * 2 - 1) * 150_000)
        }
        var touching = 0
        for _ in 0..<3_000 {
            // Lengths from metres to the whole region: short steps near the coast and long ones across it.
            let a = point(), scale = pow(10, random.next() * 4 - 4)
            let b = Position(x: a.x + (point().x - a.x) * scale * 10, y: a.y + (point().y - a.y) * scale * 10)
            let expected = try prepared.intersects(.lineString(LineString([a, b])))
            #expect(coast.land.touches(a, b) == expected, "segment \(a) → \(b)")
            if expected { touching += 1 }
        }
        // Both answers occur often enough for the agreement to mean something.
        #expect(touching > 300 && touching < 2_700)
    }

    @Test("points are on land by the even-odd rule exactly when GEOS finds an odd number of rings around them")
    func pointsOnLandAgreeWithGEOS() throws {
        let (coast, _) = try #require(piraeusCoast, "needs Data/routecheck.gpkg")
        let rings = try coast.landRings.map { ring -> (box: BoundingBox?, polygon: Geometry) in
            let polygon = Geometry.polygon(Polygon(exterior: ring))
            return (polygon.boundingBox, try #require(Optional(polygon)))
        }
        var random = SplitMix(state: 11)
        var inside = 0
        for _ in 0..<1_500 {
            let p = Position(x: (random.next() * 2 - 1) * 150_000, y: (random.next() * 2 - 1) * 150_000)
            var around = 0
            for ring in rings {
                guard let box = ring.box, box.minX <= p.x, p.x <= box.maxX, box.minY <= p.y, p.y <= box.maxY else {
                    continue
                }
                if try ring.polygon.contains(.point(Point(p))) { around += 1 }
            }
            #expect(coast.isLand(p) == (around % 2 == 1), "point \(p)")
            if around % 2 == 1 { inside += 1 }
        }
        #expect(inside > 150 && inside < 1_350)
    }

    @Test("every corner is off the land and every moved end lands on water")
    func cornersAndWaterLine() throws {
        let (coast, _) = try #require(piraeusCoast, "needs Data/routecheck.gpkg")
        #expect(coast.corners.allSatisfy { !coast.isLand($0.point) })
        let region = try WaterRegion(coast: coast)
        // Athens (inland, 8 km from the sea) is moved onto the water line.
        let moved = try region.addMovedToWater(GeographicCoordinate(latitude: 37.98, longitude: 23.73), label: "Athens")
        #expect(moved.moved > .kilometers(2) && moved.moved < .kilometers(15))
        #expect(!coast.isLand(region.vertices[moved.index].point))
    }

    @Test("a coast read back from its file is the coast that was written; damaged files are refused, never trusted")
    func fileFormRoundTrip() throws {
        let (coast, _) = try #require(piraeusCoast, "needs Data/routecheck.gpkg")
        let data = CoastRegionCoding.encode(coast, key: "k")
        let read = try #require(CoastRegionCoding.decode(data, key: "k"))
        #expect(read.corners == coast.corners)
        #expect(read.landRings == coast.landRings)
        #expect(read.shoreRings == coast.shoreRings)
        #expect(read.center == coast.center && read.radius == coast.radius && read.clearance == coast.clearance)
        #expect(CoastRegionCoding.decode(data, key: "another key") == nil)
        #expect(CoastRegionCoding.decode(data.prefix(data.count - 1), key: "k") == nil)
        #expect(CoastRegionCoding.decode(data + Data([0]), key: "k") == nil)
        #expect(CoastRegionCoding.decode(Data(), key: "k") == nil)
        // Flipped bytes anywhere (counts, numbers, the key): nil or a region, never a trap.
        var random = SplitMix(state: 3)
        var bytes = [UInt8](data)
        for _ in 0..<300 {
            let offset = Int(random.next() * Double(min(bytes.count, 4_096)))
            let saved = bytes[offset]
            bytes[offset] = UInt8(Int(random.next() * 256))
            _ = CoastRegionCoding.decode(Data(bytes), key: "k")
            bytes[offset] = saved
        }
    }

    @Test(
        "the store keeps a built coast on disk; a new store reads it back and routes to the same metre; a damaged file is rebuilt"
    )
    func storeOnDisk() throws {
        let (_, land) = try #require(piraeusCoast, "needs Data/routecheck.gpkg")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "routecheck-coasts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let center = GeographicCoordinate(latitude: 42.5, longitude: 131.3), radius = Length.kilometers(200)
        let writer = SeaRegionStore(directory: directory, dataIdentity: land.dataIdentity)
        let built = try writer.coastAndSource(
            center: center, radius: radius, mask: land, clearance: Length(meters: 300))
        #expect(built.source == .built)
        #expect(
            try writer.coastAndSource(center: center, radius: radius, mask: land, clearance: Length(meters: 300)).source
                == .memory)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(files.count == 1 && files[0].hasPrefix("coast-") && files[0].hasSuffix(".bin"))
        let reader = SeaRegionStore(directory: directory, dataIdentity: land.dataIdentity)
        let read = try reader.coastAndSource(center: center, radius: radius, mask: land, clearance: Length(meters: 300))
        #expect(read.source == .disk)
        #expect(read.coast.corners == built.coast.corners)
        // Other data: not reused.
        let other = SeaRegionStore(directory: directory, dataIdentity: land.dataIdentity + " changed")
        #expect(
            try other.coastAndSource(center: center, radius: radius, mask: land, clearance: Length(meters: 300)).source
                == .built)
        // A truncated file is rebuilt and replaced.
        let file = directory.appendingPathComponent(files[0])
        try Data([0x52, 0x43]).write(to: file)
        let repaired = SeaRegionStore(directory: directory, dataIdentity: land.dataIdentity)
        #expect(
            try repaired.coastAndSource(center: center, radius: radius, mask: land, clearance: Length(meters: 300))
                .source == .built)
        #expect(
            CoastRegionCoding.decode(
                try Data(contentsOf: file),
                key: SeaRegionStore.key(
                    center: center, radius: radius, clearance: Length(meters: 300), data: land.dataIdentity)) != nil)
        // Routes through stores that built and that read the coast agree to the metre.
        let lanes = try TransportNetwork(
            path: repository.appendingPathComponent("Data/sealanes.gpkg").path, kind: .seaLanes)
        let najin = GeographicCoordinate(latitude: 42.24, longitude: 130.3),
            dunay = GeographicCoordinate(latitude: 42.88, longitude: 132.34)
        let first = try SeaRouter(
            lanes: lanes, land: land, store: SeaRegionStore(directory: directory, dataIdentity: land.dataIdentity)
        )
        .route(from: najin, to: dunay)
        let again = try SeaRouter(
            lanes: lanes, land: land, store: SeaRegionStore(directory: directory, dataIdentity: land.dataIdentity)
        )
        .route(from: najin, to: dunay)
        #expect(abs(first.distance.meters - again.distance.meters) < 0.001)
    }

    @Test("the cache directory: ROUTECHECK_CACHE_DIR, empty for none, else XDG_CACHE_HOME, else ~/.cache")
    func cacheDirectory() {
        #expect(
            SeaRegionStore.userCacheDirectory(environment: ["ROUTECHECK_CACHE_DIR": "/x", "HOME": "/h"])?.path == "/x")
        #expect(SeaRegionStore.userCacheDirectory(environment: ["ROUTECHECK_CACHE_DIR": "", "HOME": "/h"]) == nil)
        #expect(
            SeaRegionStore.userCacheDirectory(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"])?.path
                == "/c/routecheck/sea-regions")
        #expect(
            SeaRegionStore.userCacheDirectory(environment: ["HOME": "/h"])?.path == "/h/.cache/routecheck/sea-regions")
        #expect(SeaRegionStore.userCacheDirectory(environment: [:]) == nil)
    }

    @Test(
        "lane routes: the sharper lane heuristic finds the same shortest path as the plain geodesic one",
        arguments: [("Piraeus", "Odesa"), ("Rotterdam", "Singapore")])
    func laneHeuristicKeepsShortestPaths(pair: (String, String)) throws {
        let (_, land) = try #require(piraeusCoast, "needs Data/routecheck.gpkg")
        let reference = try seaReference(pair.0, pair.1)
        let lanes = try TransportNetwork(
            path: repository.appendingPathComponent("Data/sealanes.gpkg").path, kind: .seaLanes)
        var router = SeaRouter(lanes: lanes, land: land)
        let sharp = try router.route(from: reference.start, to: reference.end)
        router.usesLaneBounds = false
        let plain = try router.route(from: reference.start, to: reference.end)
        #expect(
            abs(sharp.distance.meters - plain.distance.meters) < 0.01,
            "\(sharp.distance.meters) vs \(plain.distance.meters)")
    }
}
