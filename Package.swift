// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "RouteCheck",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "RouteCheckGeo", targets: ["RouteCheckGeo"]),
        .library(name: "RouteCheckGazetteer", targets: ["RouteCheckGazetteer"]),
        .library(name: "RouteCheckArticles", targets: ["RouteCheckArticles"]),
        .library(name: "RouteCheckAnalysis", targets: ["RouteCheckAnalysis"]),
        .library(name: "RouteCheckMaps", targets: ["RouteCheckMaps"]),
        .library(name: "RouteCheckRouting", targets: ["RouteCheckRouting"]),
        .executable(name: "routecheck", targets: ["routecheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        // Benchmarks only: the shortest-path library RouteCheck's own Dijkstra is measured against.
        .package(url: "https://github.com/davecom/SwiftGraph", from: "4.0.0"),
        // Documentation only: `swift package generate-documentation` (Scripts/docs builds the DocC archives).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CPROJ",
            pkgConfig: "proj",
            providers: [.apt(["libproj-dev"]), .brew(["proj"])]
        ),
        .systemLibrary(
            name: "CGEOS",
            pkgConfig: "geos",
            providers: [.apt(["libgeos-dev"]), .brew(["geos"])]
        ),
        .target(name: "RouteCheckGeo", dependencies: ["CPROJ", "CGEOS"]),
        .target(
            name: "RouteCheckGazetteer",
            dependencies: ["RouteCheckGeo", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "RouteCheckArticles", dependencies: ["RouteCheckGeo", "RouteCheckGazetteer"]),
        .target(
            name: "RouteCheckAnalysis",
            dependencies: ["RouteCheckGeo", "RouteCheckGazetteer", "RouteCheckArticles", "RouteCheckRouting"]),
        .target(
            name: "RouteCheckMaps",
            dependencies: [
                "RouteCheckGeo", "RouteCheckGazetteer", "RouteCheckArticles", "RouteCheckAnalysis",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .target(
            name: "RouteCheckRouting",
            dependencies: [
                "RouteCheckGeo", "RouteCheckGazetteer", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HeapModule", package: "swift-collections"),
            ]
        ),
        .executableTarget(
            name: "routecheck",
            dependencies: [
                "RouteCheckGeo", "RouteCheckGazetteer", "RouteCheckArticles", "RouteCheckAnalysis", "RouteCheckMaps",
                "RouteCheckRouting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "routecheck-bench",
            dependencies: [
                "RouteCheckGeo", "RouteCheckGazetteer", "RouteCheckArticles", "RouteCheckAnalysis", "RouteCheckRouting",
                "CPROJ",
                .product(name: "SwiftGraph", package: "SwiftGraph"),
            ],
            path: "Benchmarks/Sources/routecheck-bench"
        ),
        // Fuzz harnesses (Scripts/fuzz builds them with libFuzzer; an ordinary build replays corpora).
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "routecheck-fuzz",
            dependencies: [
                "RouteCheckGeo", "RouteCheckGazetteer", "RouteCheckArticles", "RouteCheckAnalysis", "RouteCheckMaps",
                "CFuzzerDriver",
            ]
        ),
        .testTarget(name: "RouteCheckGeoTests", dependencies: ["RouteCheckGeo", "RouteCheckTestSupport"]),
        .testTarget(name: "RouteCheckGazetteerTests", dependencies: ["RouteCheckGazetteer"]),
        // Helpers the test targets share (the repository root, the real database, the evaluation scorers).
        .target(name: "RouteCheckTestSupport", dependencies: ["RouteCheckGazetteer"], path: "Tests/TestSupport"),
        .testTarget(
            name: "RouteCheckArticlesTests",
            dependencies: ["RouteCheckArticles", "RouteCheckAnalysis", "RouteCheckTestSupport"]),
        .testTarget(
            name: "RouteCheckAnalysisTests",
            dependencies: ["RouteCheckAnalysis", "RouteCheckArticles", "RouteCheckRouting", "RouteCheckTestSupport"]),
        .testTarget(name: "RouteCheckRoutingTests", dependencies: ["RouteCheckRouting", "RouteCheckGazetteer"]),
        .testTarget(name: "RouteCheckCLITests", dependencies: ["RouteCheckGeo"]),
    ]
)
