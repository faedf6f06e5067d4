import CPROJ
import Foundation
import RouteCheckGazetteer
import RouteCheckGeo

// RouteCheck's benchmark driver. Prints one line a measurement; Benchmarks/run collects them.
// Build in release mode: swift build -c release --static-swift-stdlib --product routecheck-bench

/// Deterministic pseudo-random numbers (SplitMix64), so every run measures the same pairs.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Best of `repeats` runs, to reduce noise from the rest of the machine.
func best(_ repeats: Int, _ body: () throws -> Void) rethrows -> Double {
    var fastest = Double.infinity
    for _ in 0..<repeats { fastest = min(fastest, try seconds(body)) }
    return fastest
}

func report(_ name: String, _ value: Double, _ unit: String) {
    print("\(name)\t\(String(format: "%.1f", value))\t\(unit)")
}

let arguments = CommandLine.arguments.dropFirst()
let pairCount = Int(arguments.first(where: { $0.hasPrefix("--pairs=") })?.dropFirst(8) ?? "") ?? 1_000_000
let only = arguments.first(where: { $0.hasPrefix("--only=") }).map { String($0.dropFirst(7)) }

if only == nil || only == "geodesic" {
    var rng = SplitMix64(state: 42)
    let starts = (0..<pairCount).map { _ in
        GeographicCoordinate(latitude: Double.random(in: -90...90, using: &rng), longitude: Double.random(in: -180...180, using: &rng))
    }
    let ends = (0..<pairCount).map { _ in
        GeographicCoordinate(latitude: Double.random(in: -90...90, using: &rng), longitude: Double.random(in: -180...180, using: &rng))
    }
    let geodesic = Geodesic.wgs84
    var checksum = 0.0
    let swiftTime = best(3) {
        var sum = 0.0
        for index in 0..<pairCount { sum += geodesic.geodesicDistance(from: starts[index], to: ends[index]).meters }
        checksum = sum
    }
    let batchTime = best(3) { checksum = geodesic.geodesicDistances(from: starts, to: ends).reduce(0, +) }
    var raw = geod_geodesic()
    geod_init(&raw, 6_378_137, 1 / 298.257223563)
    let lat1 = starts.map(\.latitude), lon1 = starts.map(\.longitude)
    let lat2 = ends.map(\.latitude), lon2 = ends.map(\.longitude)
    var rawChecksum = 0.0
    let rawTime = best(3) {
        var sum = 0.0
        for index in 0..<pairCount {
            var s12 = 0.0
            geod_inverse(&raw, lat1[index], lon1[index], lat2[index], lon2[index], &s12, nil, nil)
            sum += s12
        }
        rawChecksum = sum
    }
    precondition(abs(checksum - rawChecksum) < 1e-3 * Double(pairCount), "Swift and C disagree")
    report("geodesic_inverse_swift_api", Double(pairCount) / swiftTime, "pairs/s")
    report("geodesic_inverse_swift_batch", Double(pairCount) / batchTime, "pairs/s")
    report("geodesic_inverse_c_from_swift", Double(pairCount) / rawTime, "pairs/s")
    report("swift_api_overhead_vs_c", (swiftTime / rawTime - 1) * 100, "%")
}

if only == nil || only == "border" {
    do {
        let gazetteer = try Gazetteer()
        let ukraine = try gazetteer.country("UA")
        var index: GeodesicDistanceIndex?
        let build = try seconds { index = try GeodesicDistanceIndex(ukraine.territory) }
        guard let index else { fatalError("index") }
        var rng = SplitMix64(state: 7)
        let queries = (0..<300).map { _ in
            GeographicCoordinate(latitude: Double.random(in: 40...57, using: &rng), longitude: Double.random(in: 18...45, using: &rng))
        }
        let time = try best(2) { for q in queries { _ = try index.nearestPoint(to: q) } }
        report("border_index_build_ukraine", build * 1000, "ms")
        report("border_distance_queries_ukraine", Double(queries.count) / time, "queries/s")
        let russia = try gazetteer.country("RU")
        let russiaIndex = try GeodesicDistanceIndex(russia.territory)
        let few = Array(queries.prefix(30))
        let russiaTime = try best(1) { for q in few { _ = try russiaIndex.nearestPoint(to: q) } }
        report("border_distance_queries_russia", Double(few.count) / russiaTime, "queries/s")
    } catch {
        print("border benchmark failed: \(error)")
    }
}

if only == nil || only == "pipeline" {
    let count = Int(arguments.first(where: { $0.hasPrefix("--articles=") })?.dropFirst(11) ?? "") ?? 10_000
    do { try PipelineBenchmark.run(count: count) } catch { print("pipeline benchmark failed: \(error)") }
}

if let path = arguments.first(where: { $0.hasPrefix("--write-batch=") })?.dropFirst(14) {
    // The CLI benchmark's input (Benchmarks/cli-batch): the same varied articles as JSON Lines.
    let count = Int(arguments.first(where: { $0.hasPrefix("--articles=") })?.dropFirst(11) ?? "") ?? 10_000
    do { try PipelineBenchmark.writeBatch(count: count, to: String(path)) } catch { print("batch writing failed: \(error)") }
}

if only == nil || only == "gazetteer" {
    do {
        var gazetteer: Gazetteer?
        let open = try seconds { gazetteer = try Gazetteer() }
        guard let gazetteer else { fatalError("gazetteer") }
        let first = try seconds { _ = try gazetteer.resolve("Tikhoretsk") }
        let names = ["Najin", "Dunay", "Tikhoretsk", "Moskow", "Kyiv", "Korea Utara", "Laut Hitam", "Washington"]
        let exact = try best(3) { for name in names { _ = try gazetteer.resolve(name) } }
        let fuzzy = try best(3) { _ = try gazetteer.resolve("Naijin") }
        report("gazetteer_open", open * 1000, "ms")
        report("gazetteer_first_lookup", first * 1000, "ms")
        report("gazetteer_lookup_exact", exact / Double(names.count) * 1000, "ms/lookup")
        report("gazetteer_lookup_fuzzy", fuzzy * 1000, "ms/lookup")
    } catch {
        print("gazetteer benchmark failed: \(error)")
    }
}

if only == nil || only == "routes" {
    do { try RouteBenchmark.run() } catch { print("route benchmark failed: \(error)") }
}
