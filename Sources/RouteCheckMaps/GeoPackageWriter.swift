import Foundation
import GRDB
import RouteCheckGeo

/// Writes a GeoJSON feature collection as an OGC GeoPackage 1.3 (OGC 12-128r18), the format QGIS opens natively:
/// one table a layer, the features' flat properties as typed columns, geometries as GeoPackage blobs (the "GP"
/// header with the envelope, then little-endian WKB from GEOS) in WGS 84 (EPSG:4326, longitude/latitude).
///
/// Features go to layers by `layer(feature)` (RouteCheck's reports use their `role`: "places", "legs", "claims" …).
/// A layer whose features have no geometry becomes an attributes table; a layer with one geometry type declares it,
/// a mixed one declares `GEOMETRY`. A property's column is `REAL` when every value is a number, `BOOLEAN` when every
/// value is a boolean, else `TEXT` (other JSON values as compact JSON text); absent and null values are `NULL`.
/// Each table also keeps the GeoJSON `id` in `feature_id`.
///
/// ```swift
/// try GeoPackageWriter().write(collection, to: "analysis.gpkg") { $0.properties?["role"]?.stringValue ?? "features" }
/// ```
public struct GeoPackageWriter: Sendable {
    public init() {}

    /// Errors name the file and what failed.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public let path: String
        public let message: String
        public var description: String { "\(path): cannot write the GeoPackage: \(message)" }
    }

    /// Writes the GeoPackage at `path`, which must not hold anything but an empty file (callers write to a
    /// temporary file and rename it into place).
    /// - Throws: ``WriteError`` when SQLite or GEOS fails.
    public func write(_ collection: FeatureCollection, to path: String, layer: (Feature) -> String) throws {
        var layers: [(name: String, features: [Feature])] = []
        var positions: [String: Int] = [:]
        for feature in collection.features {
            let name = Self.tableName(layer(feature))
            if let index = positions[name] {
                layers[index].features.append(feature)
            } else {
                positions[name] = layers.count
                layers.append((name, [feature]))
            }
        }
        do {
            var configuration = Configuration()
            configuration.journalMode = .default
            let database = try DatabaseQueue(path: path, configuration: configuration)
            try database.writeWithoutTransaction { db in
                try db.execute(
                    sql: "PRAGMA application_id = \(Self.applicationID); PRAGMA user_version = \(Self.userVersion)")
                try db.inTransaction {
                    try Self.createCoreTables(db)
                    for (name, features) in layers { try Self.writeLayer(name, features, db) }
                    return .commit
                }
            }
            try database.close()
        } catch let error as WriteError {
            throw error
        } catch {
            throw WriteError(path: path, message: "\(error)")
        }
    }

    /// "GPKG" as the SQLite application id, and GeoPackage 1.3.0 as the user version.
    static let applicationID = 0x4750_4B47
    static let userVersion = 10_300
    /// EPSG:4326, the only coordinate system RouteCheck writes (GeoJSON's too, RFC 7946 §4).
    static let wgs84 = 4_326
    static let wgs84Definition = """
        GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],\
        AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,\
        AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]
        """

    /// A table name SQLite and GIS tools take without quoting: letters, digits and underscores.
    static func tableName(_ name: String) -> String {
        let cleaned = String(
            name.lowercased().unicodeScalars.map { scalar -> Character in
                scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "_")
                    ? Character(scalar) : "_"
            })
        guard let first = cleaned.first, first.isLetter else { return "layer_" + cleaned }
        return cleaned
    }

    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func createCoreTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,
                  organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,
                  description TEXT);
                CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
                  identifier TEXT UNIQUE, description TEXT DEFAULT '',
                  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
                  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
                  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
                CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
                  geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
                  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
                  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
                  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
                """)
        let systems: [[DatabaseValueConvertible?]] = [
            [
                "Undefined cartesian SRS", -1, "NONE", -1, "undefined",
                "undefined cartesian coordinate reference system",
            ],
            [
                "Undefined geographic SRS", 0, "NONE", 0, "undefined",
                "undefined geographic coordinate reference system",
            ],
            [
                "WGS 84 geodetic", wgs84, "EPSG", wgs84, wgs84Definition,
                "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid",
            ],
        ]
        for row in systems {
            try db.execute(
                sql: "INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)", arguments: StatementArguments(row))
        }
    }

    /// The type of one property's column over a layer's features.
    enum ColumnType: String {
        case real = "REAL", boolean = "BOOLEAN", text = "TEXT"
    }

    static func columnTypes(_ features: [Feature]) -> [(name: String, type: ColumnType)] {
        var types: [String: ColumnType?] = [:]
        var order: [String] = []
        for feature in features {
            for (key, value) in feature.properties ?? [:] {
                if types[key] == nil { order.append(key) }
                let type: ColumnType?
                switch value {
                case .null: type = nil
                case .number: type = .real
                case .bool: type = .boolean
                default: type = .text
                }
                switch (types[key] ?? nil, type) {
                case (_, nil): types[key] = types[key] ?? .some(nil)
                case (nil, let new?): types[key] = new
                case (let old?, let new?): types[key] = old == new ? old : .text
                }
            }
        }
        return order.sorted().map { ($0, (types[$0] ?? nil) ?? .text) }
    }

    static func geometryTypeName(_ features: [Feature]) -> String? {
        let names = Set(features.compactMap { $0.geometry?.typeName.uppercased() })
        guard !names.isEmpty else { return nil }
        return names.count == 1 ? names.first : "GEOMETRY"
    }

    static func writeLayer(_ name: String, _ features: [Feature], _ db: Database) throws {
        let columns = columnTypes(features).filter { $0.name.lowercased() != "fid" && $0.name.lowercased() != "geom" }
        let geometryType = geometryTypeName(features)
        var definition = ["fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL", "feature_id TEXT"]
        if let geometryType { definition.append("geom \(geometryType)") }
        definition += columns.filter { $0.name != "feature_id" }.map { "\(quoted($0.name)) \($0.type.rawValue)" }
        try db.execute(sql: "CREATE TABLE \(quoted(name)) (\(definition.joined(separator: ", ")))")
        let box = features.compactMap(\.geometry).compactMap(\.boundingBox).reduce(nil as BoundingBox?) { sum, next in
            guard let sum else { return next }
            return BoundingBox(
                minX: min(sum.minX, next.minX), minY: min(sum.minY, next.minY),
                maxX: max(sum.maxX, next.maxX), maxY: max(sum.maxY, next.maxY))
        }
        try db.execute(
            sql: """
                INSERT INTO gpkg_contents (table_name, data_type, identifier, min_x, min_y, max_x, max_y, srs_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                name, geometryType == nil ? "attributes" : "features", name, box?.minX, box?.minY, box?.maxX,
                box?.maxY, geometryType == nil ? nil : wgs84,
            ])
        if let geometryType {
            try db.execute(
                sql: "INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)",
                arguments: [name, geometryType, wgs84])
        }
        let valueColumns = columns.filter { $0.name != "feature_id" }
        let names = ["feature_id"] + (geometryType == nil ? [] : ["geom"]) + valueColumns.map(\.name)
        let statement = try db.makeStatement(
            sql: "INSERT INTO \(quoted(name)) (\(names.map(quoted).joined(separator: ", "))) "
                + "VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", ")))")
        for feature in features {
            var values: [DatabaseValueConvertible?] = []
            switch feature.id {
            case .string(let id)?: values.append(id)
            case .number(let id)?: values.append(JSONValue.number(id).jsonText)
            case nil: values.append(nil)
            }
            if geometryType != nil { values.append(try feature.geometry.map(blob)) }
            for column in valueColumns {
                switch feature.properties?[column.name] {
                case nil, .null?: values.append(nil)
                case .number(let number)?:
                    values.append(column.type == .real ? number : JSONValue.number(number).jsonText)
                case .bool(let flag)?: values.append(column.type == .boolean ? flag : (flag ? "true" : "false"))
                case .string(let text)?: values.append(text)
                case let other?: values.append(other.jsonText)
                }
            }
            try statement.execute(arguments: StatementArguments(values))
        }
    }

    /// A GeoPackage geometry blob: "GP", version 0, flags (little-endian, envelope [minx, maxx, miny, maxy] except for
    /// points), the SRS id, then WKB written by GEOS.
    static func blob(_ geometry: Geometry) throws -> Data {
        var data = Data([0x47, 0x50, 0x00])
        let box = geometry.boundingBox
        let isPoint: Bool
        if case .point = geometry { isPoint = true } else { isPoint = false }
        let withEnvelope = !isPoint && box != nil
        data.append(UInt8(0b1 | (withEnvelope ? 0b10 : 0) | (box == nil ? 0b1_0000 : 0)))
        withUnsafeBytes(of: Int32(wgs84).littleEndian) { data.append(contentsOf: $0) }
        if withEnvelope, let box {
            for value in [box.minX, box.maxX, box.minY, box.maxY] {
                withUnsafeBytes(of: value.bitPattern.littleEndian) { data.append(contentsOf: $0) }
            }
        }
        data.append(contentsOf: try geometry.wkb())
        return data
    }
}
