import Foundation

/// A thread-safe memo of computed values, split into independently locked shards so that threads looking up
/// different keys rarely wait for each other, and bounded: a shard that reaches its share of `limit` entries is
/// emptied before it takes another (values are recomputed on demand), so memory stays flat over batches of any size.
///
/// ```swift
/// let lengths = ConcurrentCache<String, Int>(limit: 10_000)
/// let n = lengths.value(for: "Najin") { $0.count }   // computed once, then served from the cache
/// ```
public final class ConcurrentCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// One locked part. `NSLock` (a pthread mutex) rather than `Synchronization.Mutex`: ThreadSanitizer sees
    /// pthread locking, so `Scripts/sanitize thread` checks the code that uses the cache instead of reporting the
    /// lock's own (uninstrumented) atomics as races.
    private final class Shard: @unchecked Sendable {
        // @unchecked: `storage` is only touched inside `withLock`.
        private let lock = NSLock()
        private var storage: [Key: Value] = [:]

        func withLock<Result>(_ body: (inout [Key: Value]) throws -> Result) rethrows -> Result {
            lock.lock()
            defer { lock.unlock() }
            return try body(&storage)
        }
    }

    private let shards: [Shard]
    private let limitPerShard: Int

    /// - Parameters:
    ///   - limit: the most entries kept in all (at least one a shard).
    ///   - shards: how many independently locked parts (rounded up to a power of two).
    public init(limit: Int = 100_000, shards: Int = 16) {
        var count = 1
        while count < max(1, shards) { count *= 2 }
        self.shards = (0..<count).map { _ in Shard() }
        limitPerShard = max(1, limit / count)
    }

    private func shard(_ key: Key) -> Shard {
        shards[key.hashValue & (shards.count - 1)]
    }

    /// The cached value for `key`, or nil.
    public subscript(key: Key) -> Value? {
        shard(key).withLock { $0[key] }
    }

    /// Stores `value` for `key`.
    public func store(_ value: Value, for key: Key) {
        let limit = limitPerShard
        shard(key).withLock {
            if $0.count >= limit, $0[key] == nil { $0.removeAll(keepingCapacity: true) }
            $0[key] = value
        }
    }

    /// The cached value for `key`, or `make(key)` stored and returned. `make` runs without the lock held, so two
    /// threads may both compute a missing value (the results must be equal); an error it throws is not cached.
    public func value(for key: Key, orMake make: (Key) throws -> Value) rethrows -> Value {
        if let hit = self[key] { return hit }
        let made = try make(key)
        store(made, for: key)
        return made
    }

    /// Entries held now (for tests and statistics).
    public var count: Int { shards.reduce(0) { total, shard in total + shard.withLock { $0.count } } }
}
