import RouteCheckGeo

/// The edges of a set of rings (projected metres) filed in a uniform grid, answering "does this straight
/// segment touch any edge?" by visiting only the cells the segment runs through.
///
/// A ``WaterRegion`` asks this for every candidate step of a sea search (tens of thousands per query). Its
/// steps join points that lie on water, outside the widened land, so a step touches the land exactly when it
/// touches the land's boundary; the answer is the same as GEOS's prepared `intersects` on the polygons, at a
/// tenth of the cost (no geometry is built per question).
///
/// Exactness: the test is the orientation predicate in double precision; touching (an end or a vertex on an
/// edge, collinear overlap) counts as touching. Each edge is filed in every cell its bounding box, widened by
/// ``margin``, overlaps, so a step passing exactly through a cell corner still meets it.
struct SegmentGrid: Sendable {
    private let minX: Double, minY: Double, maxX: Double, maxY: Double
    private let cell: Double
    private let columns: Int, rows: Int
    /// Edges of cell `c` are `edgesInCells[cellStart[c]..<cellStart[c + 1]]`.
    private let cellStart: [Int32]
    private let edgesInCells: [Int32]
    /// Edge `k` runs from `(x[2k], y[2k])` to `(x[2k + 1], y[2k + 1])`.
    private let x: [Double], y: [Double]
    /// How far (metres) an edge's box is widened when it is filed: 1 m.
    static let margin = 1.0
    /// The most cells along one side: 512.
    static let maximumCellsPerSide = 512

    /// Files the edges of `rings` (each ring closed or not; its last point joins its first).
    init(rings: [[Position]]) {
        var x: [Double] = [], y: [Double] = []
        for ring in rings where ring.count >= 2 {
            for k in ring.indices {
                let a = ring[k], b = ring[(k + 1) % ring.count]
                if a == b { continue }
                x += [a.x, b.x]
                y += [a.y, b.y]
            }
        }
        self.x = x
        self.y = y
        let edgeCount = x.count / 2
        let minX = (x.min() ?? 0) - Self.margin, maxX = (x.max() ?? 0) + Self.margin
        let minY = (y.min() ?? 0) - Self.margin, maxY = (y.max() ?? 0) + Self.margin
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
        // About two edges a cell where the coast is, within the cap on the grid's size.
        let side = max(maxX - minX, maxY - minY)
        let byDensity = (max((maxX - minX) * (maxY - minY), 1) / Double(max(edgeCount, 1)) * 2).squareRoot()
        let cell = max(byDensity, side / Double(Self.maximumCellsPerSide), 1)
        self.cell = cell
        let columns = max(1, Int(((maxX - minX) / cell).rounded(.up)))
        let rows = max(1, Int(((maxY - minY) / cell).rounded(.up)))
        self.columns = columns
        self.rows = rows
        var counts = [Int32](repeating: 0, count: columns * rows + 1)
        func cells(of edge: Int, _ body: (Int) -> Void) {
            let lowX = min(x[2 * edge], x[2 * edge + 1]) - Self.margin,
                highX = max(x[2 * edge], x[2 * edge + 1]) + Self.margin
            let lowY = min(y[2 * edge], y[2 * edge + 1]) - Self.margin,
                highY = max(y[2 * edge], y[2 * edge + 1]) + Self.margin
            let c0 = Swift.max(0, Int((lowX - minX) / cell)), c1 = Swift.min(columns - 1, Int((highX - minX) / cell))
            let r0 = Swift.max(0, Int((lowY - minY) / cell)), r1 = Swift.min(rows - 1, Int((highY - minY) / cell))
            guard c0 <= c1, r0 <= r1 else { return }
            for row in r0...r1 { for column in c0...c1 { body(row * columns + column) } }
        }
        for edge in 0..<edgeCount { cells(of: edge) { counts[$0 + 1] += 1 } }
        for c in 0..<(columns * rows) { counts[c + 1] += counts[c] }
        var fill = counts
        var edgesInCells = [Int32](repeating: 0, count: Int(counts[columns * rows]))
        for edge in 0..<edgeCount {
            cells(of: edge) {
                edgesInCells[Int(fill[$0])] = Int32(edge)
                fill[$0] += 1
            }
        }
        cellStart = counts
        self.edgesInCells = edgesInCells
    }

    /// Whether the closed segment from `p` to `q` touches any filed edge.
    func touches(_ p: Position, _ q: Position) -> Bool {
        let dx = q.x - p.x, dy = q.y - p.y
        // Clip the segment's parameter range to the grid's box (Liang–Barsky).
        var t0 = 0.0, t1 = 1.0, outside = false
        func clip(_ step: Double, _ room: Double) {
            if step == 0 {
                if room < 0 { outside = true }
            } else {
                let t = room / step
                if step < 0 { t0 = Swift.max(t0, t) } else { t1 = Swift.min(t1, t) }
            }
        }
        clip(-dx, p.x - minX)
        clip(dx, maxX - p.x)
        clip(-dy, p.y - minY)
        clip(dy, maxY - p.y)
        guard !outside, t0 <= t1 else { return false }
        func cellIndex(_ value: Double, _ origin: Double, _ count: Int) -> Int {
            Swift.min(count - 1, Swift.max(0, Int((value - origin) / cell)))
        }
        var column = cellIndex(p.x + dx * t0, minX, columns), row = cellIndex(p.y + dy * t0, minY, rows)
        let lastColumn = cellIndex(p.x + dx * t1, minX, columns), lastRow = cellIndex(p.y + dy * t1, minY, rows)
        let stepColumn = dx > 0 ? 1 : -1, stepRow = dy > 0 ? 1 : -1
        // Parameter values at which the segment crosses the next column and row boundary (Amanatides–Woo).
        var nextColumnT =
            dx == 0
            ? Double.infinity
            : (minX + Double(column + (dx > 0 ? 1 : 0)) * cell - p.x) / dx
        var nextRowT =
            dy == 0
            ? Double.infinity
            : (minY + Double(row + (dy > 0 ? 1 : 0)) * cell - p.y) / dy
        let columnT = dx == 0 ? Double.infinity : cell / abs(dx), rowT = dy == 0 ? Double.infinity : cell / abs(dy)
        for _ in 0...(columns + rows) {
            if touchesEdges(inCell: row * columns + column, p, q) { return true }
            if column == lastColumn && row == lastRow { return false }
            if nextColumnT < nextRowT {
                column += stepColumn
                nextColumnT += columnT
            } else {
                row += stepRow
                nextRowT += rowT
            }
            if column < 0 || column >= columns || row < 0 || row >= rows { return false }
        }
        return false
    }

    /// Whether `point` lies inside the rings by the even-odd rule (a ray to the east crosses an odd number of
    /// edges). A point on an edge may answer either way; callers keep points metres off the edges.
    func contains(_ point: Position) -> Bool {
        guard point.x >= minX, point.x <= maxX, point.y >= minY, point.y <= maxY else { return false }
        let row = Swift.min(rows - 1, Int((point.y - minY) / cell))
        let first = Swift.min(columns - 1, Int((point.x - minX) / cell))
        var crossings = 0
        for column in first..<columns {
            // Each crossing is counted in the one cell whose x range holds it (edges are filed in several).
            let low = column == first ? -Double.infinity : minX + Double(column) * cell
            let high = column == columns - 1 ? Double.infinity : minX + Double(column + 1) * cell
            let cellIndex = row * columns + column
            for slot in Int(cellStart[cellIndex])..<Int(cellStart[cellIndex + 1]) {
                let edge = Int(edgesInCells[slot])
                let ax = x[2 * edge], ay = y[2 * edge], bx = x[2 * edge + 1], by = y[2 * edge + 1]
                guard (ay > point.y) != (by > point.y) else { continue }
                let crossing = ax + (point.y - ay) * (bx - ax) / (by - ay)
                if crossing >= point.x, crossing >= low, crossing < high { crossings += 1 }
            }
        }
        return crossings % 2 == 1
    }

    private func touchesEdges(inCell cellIndex: Int, _ p: Position, _ q: Position) -> Bool {
        let lowX = Swift.min(p.x, q.x), highX = Swift.max(p.x, q.x)
        let lowY = Swift.min(p.y, q.y), highY = Swift.max(p.y, q.y)
        for slot in Int(cellStart[cellIndex])..<Int(cellStart[cellIndex + 1]) {
            let edge = Int(edgesInCells[slot])
            let ax = x[2 * edge], ay = y[2 * edge], bx = x[2 * edge + 1], by = y[2 * edge + 1]
            if Swift.max(ax, bx) < lowX || Swift.min(ax, bx) > highX || Swift.max(ay, by) < lowY
                || Swift.min(ay, by) > highY
            {
                continue
            }
            if Self.segmentsTouch(p.x, p.y, q.x, q.y, ax, ay, bx, by) { return true }
        }
        return false
    }

    /// Whether closed segments pq and ab share a point (boxes already overlap).
    static func segmentsTouch(
        _ px: Double, _ py: Double, _ qx: Double, _ qy: Double,
        _ ax: Double, _ ay: Double, _ bx: Double, _ by: Double
    ) -> Bool {
        func orientation(_ ox: Double, _ oy: Double, _ ux: Double, _ uy: Double, _ vx: Double, _ vy: Double) -> Double {
            let value = (ux - ox) * (vy - oy) - (uy - oy) * (vx - ox)
            return value > 0 ? 1 : (value < 0 ? -1 : 0)
        }
        let o1 = orientation(px, py, qx, qy, ax, ay), o2 = orientation(px, py, qx, qy, bx, by)
        let o3 = orientation(ax, ay, bx, by, px, py), o4 = orientation(ax, ay, bx, by, qx, qy)
        if o1 * o2 < 0 && o3 * o4 < 0 { return true }
        // Touching or collinear: an end lies on the other segment (the boxes overlap, so collinear ends that
        // lie within the other's box are on it).
        func within(_ ux: Double, _ uy: Double, _ vx: Double, _ vy: Double, _ wx: Double, _ wy: Double) -> Bool {
            Swift.min(ux, vx) <= wx && wx <= Swift.max(ux, vx) && Swift.min(uy, vy) <= wy && wy <= Swift.max(uy, vy)
        }
        if o1 == 0 && within(px, py, qx, qy, ax, ay) { return true }
        if o2 == 0 && within(px, py, qx, qy, bx, by) { return true }
        if o3 == 0 && within(ax, ay, bx, by, px, py) { return true }
        if o4 == 0 && within(ax, ay, bx, by, qx, qy) { return true }
        return false
    }
}
