import CPROJ

/// Geodesic problems on an ellipsoid, solved by PROJ's implementation of Karney's algorithms
/// (C. F. F. Karney, "Algorithms for geodesics", J. Geodesy 87, 43–55, 2013; `geodesic.h`).
///
/// Accuracy: distances are accurate to about 15 nanometres on WGS 84 for any pair of points,
/// including nearly antipodal ones; azimuths to about 1e-9 degrees. Verified in the tests against
/// GeographicLib's test set (`GeodTest-short.dat`).
///
/// Thread safety: a `Geodesic` is immutable after creation and may be shared freely between threads
/// and tasks; PROJ's geodesic routines only read it.
public struct Geodesic: Sendable {
    /// The ellipsoid on which geodesics are computed.
    public let ellipsoid: Ellipsoid
    @usableFromInline let storage: GeodesicStorage

    /// Prepares the series coefficients for `ellipsoid` (`geod_init`).
    public init(ellipsoid: Ellipsoid) {
        self.ellipsoid = ellipsoid
        self.storage = GeodesicStorage(ellipsoid: ellipsoid)
    }

    /// Geodesics on WGS 84.
    public static let wgs84 = Geodesic(ellipsoid: .wgs84)

    /// Solves the inverse problem: the shortest geodesic from `start` to `end`.
    /// - Returns: distance, and forward azimuths at both ends in degrees clockwise from north in [-180, 180].
    ///   For coincident points the distance is zero. Latitudes outside [-90, 90] give NaN values.
    @inlinable
    public func inverse(from start: GeographicCoordinate, to end: GeographicCoordinate) -> GeodesicInverse {
        var distance = 0.0, azimuth1 = 0.0, azimuth2 = 0.0
        geod_inverse(
            storage.pointer, start.latitude, start.longitude, end.latitude, end.longitude,
            &distance, &azimuth1, &azimuth2)
        return GeodesicInverse(distance: Length(meters: distance), initialAzimuth: azimuth1, finalAzimuth: azimuth2)
    }

    /// The geodesic distance from `start` to `end` (inverse problem, distance only).
    @inlinable
    public func geodesicDistance(from start: GeographicCoordinate, to end: GeographicCoordinate) -> Length {
        var distance = 0.0
        geod_inverse(
            storage.pointer, start.latitude, start.longitude, end.latitude, end.longitude,
            &distance, nil, nil)
        return Length(meters: distance)
    }

    /// Solves the inverse problem for many pairs at once. `starts` and `ends` are paired by index;
    /// the shorter array decides the count. Distances are written in metres to the returned array.
    public func geodesicDistances(from starts: [GeographicCoordinate], to ends: [GeographicCoordinate]) -> [Double] {
        let count = min(starts.count, ends.count)
        let geodesic = storage.pointer
        return [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count {
                var distance = 0.0
                geod_inverse(
                    geodesic, starts[index].latitude, starts[index].longitude,
                    ends[index].latitude, ends[index].longitude, &distance, nil, nil)
                buffer[index] = distance
            }
            initialized = count
        }
    }

    /// Solves the direct problem: the point reached from `start` after `distance` along the geodesic
    /// leaving at `azimuth` degrees clockwise from north. Negative distances go backwards.
    @inlinable
    public func direct(from start: GeographicCoordinate, azimuth: Double, distance: Length) -> GeodesicDirect {
        var latitude = 0.0, longitude = 0.0, finalAzimuth = 0.0
        geod_direct(
            storage.pointer, start.latitude, start.longitude, azimuth, distance.meters,
            &latitude, &longitude, &finalAzimuth)
        return GeodesicDirect(
            end: GeographicCoordinate(latitude: latitude, longitude: longitude),
            finalAzimuth: finalAzimuth)
    }

    /// The most points ``points(from:to:maximumSpacing:)`` makes for one line (2 million: 20,000 km every 10 m).
    public static let maximumPointCount = 2_000_000

    /// Points along the shortest geodesic from `start` to `end`, both included, no two consecutive
    /// points more than `maximumSpacing` apart (equal spacing). Longitudes are continuous along the
    /// line (they may leave [-180, 180] when it crosses the antimeridian; see ``AntimeridianSplitter``).
    /// - Throws: ``GeodesyError/invalidSpacing(_:)`` for a spacing that is not positive and finite;
    ///   ``GeodesyError/tooManyPoints(needed:limit:)`` when more than ``maximumPointCount`` points would be needed.
    public func points(
        from start: GeographicCoordinate, to end: GeographicCoordinate,
        maximumSpacing: Length
    ) throws(GeodesyError) -> [GeographicCoordinate] {
        guard maximumSpacing.meters.isFinite, maximumSpacing.meters > 0 else {
            throw .invalidSpacing(maximumSpacing.meters)
        }
        var line = geod_geodesicline()
        geod_inverseline(
            &line, storage.pointer, start.latitude, start.longitude,
            end.latitude, end.longitude, 0)
        let total = line.s13
        let needed = (total / maximumSpacing.meters).rounded(.up)
        guard needed <= Double(Self.maximumPointCount) else {
            throw .tooManyPoints(needed: needed, limit: Self.maximumPointCount)
        }
        let segments = max(1, Int(needed))
        var result: [GeographicCoordinate] = []
        result.reserveCapacity(segments + 1)
        result.append(start)
        var previousLongitude = start.longitude
        for index in 1..<segments {
            var latitude = 0.0, longitude = 0.0
            // GEOD_LONG_UNROLL keeps longitudes continuous instead of wrapping them.
            geod_genposition(
                &line, UInt32(GEOD_LONG_UNROLL.rawValue),
                total * Double(index) / Double(segments),
                &latitude, &longitude, nil, nil, nil, nil, nil, nil)
            result.append(GeographicCoordinate(latitude: latitude, longitude: longitude))
            previousLongitude = longitude
        }
        // Place the end on the same unrolled branch as the previous point.
        // One wrap, not a loop: a longitude of 1e15 must not spin (`wrapLongitude` is O(1)).
        let endLongitude = previousLongitude + wrapLongitude(end.longitude - previousLongitude)
        result.append(GeographicCoordinate(latitude: end.latitude, longitude: endLongitude))
        return result
    }
}

extension Geodesic {
    /// The longest step ``points(from:to:maximumDeviation:)`` starts from before it refines (1,000 km): short
    /// enough that a step cannot hide a bend (a geodesic crossing the equator turns both ways in longitude/latitude).
    public static let adaptiveInitialStep = Length.kilometers(1_000)

    /// Points along the shortest geodesic from `start` to `end`, both included, only as many as a map needs: a
    /// straight segment drawn between two consecutive points in longitude/latitude (as GeoJSON clients draw
    /// them) strays at most about `maximumDeviation` from the true geodesic. The line is cut into steps of at
    /// most ``adaptiveInitialStep``; a step is halved while the geodesic distance from its chord's midpoint or
    /// quarter points to the geodesic's points at the same fractions exceeds `maximumDeviation`.
    ///
    /// Najin → the Danube delta (7,570 km) needs 199 points at 100 m where equal spacing every 5 km needs 1,515;
    /// Najin → Dunay (182 km) needs 11 instead of 38. Chords stray more at high latitudes, so lines there keep more
    /// points. Longitudes are continuous (unrolled) as in ``points(from:to:maximumSpacing:)``.
    /// - Throws: ``GeodesyError/invalidSpacing(_:)`` for a deviation that is not positive and finite (or below
    ///   1 mm); ``GeodesyError/tooManyPoints(needed:limit:)`` when refinement would pass ``maximumPointCount``.
    public func points(
        from start: GeographicCoordinate, to end: GeographicCoordinate,
        maximumDeviation: Length
    ) throws(GeodesyError) -> [GeographicCoordinate] {
        guard maximumDeviation.meters.isFinite, maximumDeviation.meters >= 0.001 else {
            throw .invalidSpacing(maximumDeviation.meters)
        }
        var line = geod_geodesicline()
        geod_inverseline(&line, storage.pointer, start.latitude, start.longitude, end.latitude, end.longitude, 0)
        let total = line.s13
        func position(at distance: Double) -> GeographicCoordinate {
            var latitude = 0.0, longitude = 0.0
            geod_genposition(
                &line, UInt32(GEOD_LONG_UNROLL.rawValue), distance,
                &latitude, &longitude, nil, nil, nil, nil, nil, nil)
            return GeographicCoordinate(latitude: latitude, longitude: longitude)
        }
        func strays(
            from a: (s: Double, point: GeographicCoordinate), to b: (s: Double, point: GeographicCoordinate)
        ) -> Bool {
            for fraction in [0.25, 0.5, 0.75] {
                let onLine = position(at: a.s + (b.s - a.s) * fraction)
                let onChord = GeographicCoordinate(
                    latitude: a.point.latitude + (b.point.latitude - a.point.latitude) * fraction,
                    longitude: a.point.longitude + (b.point.longitude - a.point.longitude) * fraction)
                if geodesicDistance(from: onLine, to: onChord).meters > maximumDeviation.meters { return true }
            }
            return false
        }
        let steps = max(1, Int((total / Self.adaptiveInitialStep.meters).rounded(.up)))
        var result: [GeographicCoordinate] = [start]
        // Depth-first over the steps, nearest first, so the points come out in order.
        var pending: [(s: Double, point: GeographicCoordinate)] = (1...steps).reversed().map { index in
            let s = total * Double(index) / Double(steps)
            return (s, position(at: s))
        }
        var previous = (s: 0.0, point: start)
        while let next = pending.last {
            if next.s - previous.s > 0.01, strays(from: previous, to: next) {
                let middle = (previous.s + next.s) / 2
                pending.append((middle, position(at: middle)))
                continue
            }
            pending.removeLast()
            result.append(next.point)
            previous = next
            guard result.count + pending.count <= Self.maximumPointCount else {
                throw .tooManyPoints(needed: Double(result.count + pending.count), limit: Self.maximumPointCount)
            }
        }
        // The end on the same unrolled branch as the previous point (one wrap, never a loop).
        let before = result.count >= 2 ? result[result.count - 2].longitude : start.longitude
        result[result.count - 1] = GeographicCoordinate(
            latitude: end.latitude,
            longitude: before + wrapLongitude(end.longitude - before))
        return result
    }
}

/// The solution of the inverse geodesic problem.
public struct GeodesicInverse: Sendable, Hashable {
    /// Length of the geodesic.
    public let distance: Length
    /// Azimuth at the start, degrees clockwise from north, in [-180, 180].
    public let initialAzimuth: Double
    /// Forward azimuth at the end, degrees clockwise from north, in [-180, 180].
    public let finalAzimuth: Double

    public init(distance: Length, initialAzimuth: Double, finalAzimuth: Double) {
        self.distance = distance
        self.initialAzimuth = initialAzimuth
        self.finalAzimuth = finalAzimuth
    }
}

/// The solution of the direct geodesic problem.
public struct GeodesicDirect: Sendable, Hashable {
    /// The point reached; its longitude is wrapped into [-180, 180].
    public let end: GeographicCoordinate
    /// Forward azimuth at the end, degrees clockwise from north.
    public let finalAzimuth: Double

    @inlinable
    public init(end: GeographicCoordinate, finalAzimuth: Double) {
        self.end = end
        self.finalAzimuth = finalAzimuth
    }
}

/// Owns PROJ's `geod_geodesic` coefficients at a stable address. Immutable after `init`.
@usableFromInline
final class GeodesicStorage: @unchecked Sendable {
    @usableFromInline let pointer: UnsafeMutablePointer<geod_geodesic>

    init(ellipsoid: Ellipsoid) {
        pointer = .allocate(capacity: 1)
        geod_init(pointer, ellipsoid.semiMajorAxis, ellipsoid.flattening)
    }

    deinit { pointer.deallocate() }
}
