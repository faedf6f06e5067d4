import GRDB

extension Gazetteer {
    /// Up to `limit` (key, name) pairs of the name index whose name is stored, for consistency checks.
    public func sampleNames(limit: Int) throws(GazetteerError) -> [(String, String)] {
        try readRows(
            sql: "SELECT key, name FROM name_index WHERE name IS NOT NULL ORDER BY target, target_fid LIMIT ?", [limit]
        )
        .map { ($0["key"], $0["name"]) }
    }

    /// The provenance table: one row a source.
    public func provenance() throws(GazetteerError) -> [[String: String]] {
        try readRows(sql: "SELECT source, package, version, input, sha256, licence FROM provenance ORDER BY id", [])
            .map { row in
                Dictionary(
                    uniqueKeysWithValues: ["source", "package", "version", "input", "sha256", "licence"].map {
                        ($0, row[$0] as String? ?? "")
                    })
            }
    }
}
