import Foundation
import RouteCheckGeo

/// Where built coasts (``CoastRegion``) are kept: in memory for the life of the store and, when it has a
/// directory, on disk between runs. Building a coast is most of a sea leg's cost (up to 1.5 s); reading it
/// back from disk costs a few milliseconds, so a port routed once is fast ever after.
///
/// A region is found again only for the same centre (to 10⁻⁶°), radius (to the metre), clearance and data
/// (``dataIdentity``: the land polygons' file, its size and modification time); anything else is built anew.
/// Files are written atomically (temporary file, then rename) and checked when read: a missing, truncated,
/// foreign or corrupt file is rebuilt and replaced, never trusted. Disk errors never fail a route: the store
/// then works from memory alone.
///
/// Thread safety: `Sendable`; two threads asking for the same new region may both build it.
public final class SeaRegionStore: Sendable {
    /// The directory holding the files, or nil for memory only.
    public let directory: URL?
    /// What the regions were built from; part of every key.
    public let dataIdentity: String
    private let memory = ConcurrentCache<String, CoastRegion>(limit: 32, shards: 4)
    /// The environment variable naming the cache directory (empty: no disk cache).
    public static let environmentVariable = "ROUTECHECK_CACHE_DIR"

    /// A store in `directory` (nil: memory only) for regions built from `dataIdentity`.
    public init(directory: URL?, dataIdentity: String) {
        self.directory = directory
        self.dataIdentity = dataIdentity
    }

    /// The user's cache: `$ROUTECHECK_CACHE_DIR` if set (memory only when it is empty), else
    /// `$XDG_CACHE_HOME/routecheck/sea-regions`, else `~/.cache/routecheck/sea-regions`.
    public static func userCache(
        for land: LandMask,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> SeaRegionStore {
        SeaRegionStore(directory: userCacheDirectory(environment: environment), dataIdentity: land.dataIdentity)
    }

    /// The directory ``userCache(for:environment:)`` uses, or nil when none is configured.
    public static func userCacheDirectory(environment: [String: String]) -> URL? {
        if let configured = environment[environmentVariable] {
            return configured.isEmpty ? nil : URL(fileURLWithPath: configured, isDirectory: true)
        }
        let base: URL
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            base = URL(fileURLWithPath: xdg, isDirectory: true)
        } else if let home = environment["HOME"], !home.isEmpty {
            base = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache", isDirectory: true)
        } else {
            return nil
        }
        return base.appendingPathComponent("routecheck/sea-regions", isDirectory: true)
    }

    /// How a coast was obtained, for benchmarks and tests.
    public enum Source: Sendable, Equatable { case memory, disk, built }

    /// The coast within `radius` of `center`: from memory, from disk, or built (and then kept in both).
    func coast(center: GeographicCoordinate, radius: Length, mask: LandMask, clearance: Length) throws -> CoastRegion {
        try coastAndSource(center: center, radius: radius, mask: mask, clearance: clearance).coast
    }

    func coastAndSource(
        center: GeographicCoordinate, radius: Length, mask: LandMask,
        clearance: Length
    ) throws -> (coast: CoastRegion, source: Source) {
        let key = Self.key(center: center, radius: radius, clearance: clearance, data: dataIdentity)
        if let kept = memory[key] { return (kept, .memory) }
        let file = directory?.appendingPathComponent("coast-\(Self.fileStem(of: key)).bin")
        if let file, let data = try? Data(contentsOf: file), let read = CoastRegionCoding.decode(data, key: key) {
            memory.store(read, for: key)
            return (read, .disk)
        }
        let built = try CoastRegion(center: center, radius: radius, mask: mask, clearance: clearance)
        memory.store(built, for: key)
        if let file, let directory {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? CoastRegionCoding.encode(built, key: key).write(to: file, options: .atomic)
        }
        return (built, .built)
    }

    static func key(center: GeographicCoordinate, radius: Length, clearance: Length, data: String) -> String {
        func fixed(_ value: Double, _ scale: Double) -> String { String(Int64((value * scale).rounded())) }
        return "coast v\(CoastRegionCoding.version) \(fixed(center.latitude, 1e6)) \(fixed(center.longitude, 1e6)) "
            + "\(fixed(radius.meters, 1)) \(fixed(clearance.meters, 1)) \(data)"
    }

    /// A file name for a key: its 64-bit FNV-1a hash in hex (the key itself is stored in the file and compared).
    static func fileStem(of key: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
