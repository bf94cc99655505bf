// swift-tools-version: 6.1
import PackageDescription

// Dependencies run one way: CGSL ← GSLSupport ← UptakeCore ← UptakeStoreAPI ← UptakeAnalysis ← UptakeReport ← UptakeCLI ← uptake.
// UptakeCharts (SVG charts, pure, no dependency) ← UptakeReport.
// CXlsxWriter ← UptakeWorkbook (UptakeReport's tables as .xlsx files; I/O) ← UptakeCLI.
// UptakeSQLite implements UptakeStoreAPI; only the command line (and the tests) link it, so the
// analysis never sees a database library. UptakePostgres, UptakeServer and UptakeDelivery ← uptake-net.
let package = Package(
    name: "Uptake",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "uptake", targets: ["uptake"]),
        .executable(name: "uptake-net", targets: ["uptake-net"]),
        .library(name: "UptakeCore", targets: ["UptakeCore"]),
        .library(name: "UptakeStoreAPI", targets: ["UptakeStoreAPI"]),
        .library(name: "UptakeSQLite", targets: ["UptakeSQLite"]),
        .library(name: "UptakeAnalysis", targets: ["UptakeAnalysis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        // Alert rule files (issue 13): YAML with line and column marks for every node.
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        // The report's HTML page as a Mustache template (escaping by default, layout apart from code).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        // The server (issue 16): HTTP on SwiftNIO with routing, graceful shutdown through swift-service-lifecycle,
        // swift-log's request ids, and a test client (HummingbirdTesting). No swift-configuration trait: `uptake serve`
        // takes its settings as options.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1", traits: []),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types", exact: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        // /metrics in Prometheus's exposition format: counters and latency histograms kept by the library.
        .package(url: "https://github.com/swift-server/swift-prometheus", exact: "2.4.1"),
        // PostgreSQL store (issue 15): a connection pool, parameter binding and COPY FROM STDIN, on SwiftNIO.
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        // Alert delivery's HTTP POST (webhooks, Alertmanager) on SwiftNIO, already in the graph through hummingbird's
        // tests: Foundation's URLSession brought libcurl and 27 more shared libraries into every start of `uptake`.
        .package(url: "https://github.com/swift-server/async-http-client", exact: "1.37.0"),
        // Tests only (issue 25): opens the .xlsx files UptakeWorkbook writes, so that an independent reader (this
        // zip library and Foundation's XMLParser, not libxlsxwriter) checks what is in them.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"])]
        ),
        .target(name: "GSLSupport", dependencies: ["CGSL"]),
        .target(name: "UptakeCore", dependencies: ["GSLSupport"]),
        .target(name: "UptakeSimulation", dependencies: ["UptakeCore"]),
        .target(name: "UptakeStoreAPI", dependencies: ["UptakeCore"]),
        .target(
            name: "UptakeSQLite",
            dependencies: [
                "UptakeCore", "UptakeStoreAPI",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The PostgreSQL store (issue 15): the same protocol as UptakeSQLite, for a shared multi-analyst deployment.
        .target(
            name: "UptakePostgres",
            dependencies: ["UptakeCore", "UptakeStoreAPI", .product(name: "PostgresNIO", package: "postgres-nio"),
                           .product(name: "NIOCore", package: "swift-nio"), .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The ingest pipeline (issue 23): reads files and request bodies, recognises, checks, de-duplicates,
        // counts and rejects rows, and hands typed batches to the IngestWriter each store implements.
        .target(name: "UptakeIngest", dependencies: ["UptakeCore", "UptakeStoreAPI", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "UptakeAnalysis", dependencies: ["UptakeCore", "UptakeStoreAPI", "GSLSupport", .product(name: "Yams", package: "Yams")]),
        // Alert delivery (issue 23): the outbox emptied to stdout, files, webhooks and Alertmanager; the only alert code doing I/O.
        .target(name: "UptakeDelivery", dependencies: ["UptakeCore", "UptakeStoreAPI", "UptakeAnalysis",
                                                     .product(name: "AsyncHTTPClient", package: "async-http-client"),
                                                     .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio")]),
        // Charts as SVG text: pure, no dependency, for the report now and the server's dashboard later.
        .target(name: "UptakeCharts"),
        .target(name: "UptakeReport", dependencies: ["UptakeCore", "UptakeStoreAPI", "UptakeAnalysis", "UptakeCharts",
                                                    .product(name: "Mustache", package: "swift-mustache")]),
        // Excel workbooks (issue 25) through libxlsxwriter, Debian's libxlsxwriter-dev (1.1.4 on bookworm): a maintained
        // C writer of the Office Open XML format (shared strings, styles, number formats, frozen panes, autofilters, zip),
        // which a hand-written writer would have to get right itself. I/O, so apart from UptakeReport; only UptakeWorkbook imports it.
        // Its header at build time; the library itself by dlopen at the first workbook, so that the other commands do not load
        // it, libminizip and libcrypto at every start (issue 27).
        .target(name: "CXlsxWriter"),
        .target(name: "UptakeWorkbook", dependencies: ["CXlsxWriter", "UptakeCore", "UptakeReport"]),
        // The HTTP server (issue 16): JSON API, dashboard, /metrics; knows stores only through UptakeStoreAPI.
        .target(name: "UptakeServer", dependencies: ["UptakeCore", "UptakeStoreAPI", "UptakeIngest", "UptakeAnalysis", "UptakeReport", "UptakeCharts",
                                                    .product(name: "Hummingbird", package: "hummingbird"),
                                                    // Its connection cap and part types, for the request deadline (RequestDeadlineHandler).
                                                    .product(name: "HummingbirdCore", package: "hummingbird"),
                                                    .product(name: "HTTPTypes", package: "swift-http-types"),
                                                    .product(name: "NIOCore", package: "swift-nio"),
                                                    .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                                                    .product(name: "Logging", package: "swift-log"),
                                                    .product(name: "Prometheus", package: "swift-prometheus"),
                                                    .product(name: "Crypto", package: "swift-crypto")]),
        // The commands (options turned into questions, files and progress), shared by the two executables. No
        // network library: what needs one goes through its NetworkParts protocol, which uptake-net implements.
        .target(
            name: "UptakeCLI",
            dependencies: [
                "UptakeCore", "UptakeStoreAPI", "UptakeIngest", "UptakeSQLite", "UptakeAnalysis", "UptakeReport", "UptakeSimulation",
                "UptakeWorkbook",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Resources/vn-localities-2025.csv")]
        ),
        // Two executables (issue 27). `uptake` runs every question without SwiftNIO, Hummingbird, PostgresNIO or
        // AsyncHTTPClient: the runtime scans every conformance record for each new type-protocol pair, and leaving them
        // out removed 32% of the records. A command that needs them (serve, a postgres:// database, alerts check, tokens add) is run
        // again by `uptake-net`, beside it, with the same arguments.
        // swiftc's static-stdlib link exports every symbol (64,000 in the dynamic table), which the
        // loader hashes and searches and dladdr walks at every start; nothing looks them up.
        // `uptake` is linked at a fixed address (-no-pie): the loader then applies none of its 163,000 relative
        // relocations, nor copies the pages they write (--help at 0.81x, measured in session 15). It reads local files and never
        // listens or connects; `uptake-net`, which does, keeps ASLR.
        .executableTarget(
            name: "uptake",
            dependencies: ["UptakeCLI"],
            linkerSettings: [.unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux])),
                             // Release only, which the Makefile links with the static Swift runtime: against a shared
                             // libswiftCore (debug) the loader warns of direct references to its protected functions.
                             .unsafeFlags(["-Xlinker", "-no-pie"], .when(platforms: [.linux], configuration: .release))]
        ),
        .executableTarget(
            name: "uptake-net",
            dependencies: ["UptakeCLI", "UptakeStoreAPI", "UptakePostgres", "UptakeServer", "UptakeDelivery", "UptakeAnalysis",
                           .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Logging", package: "swift-log")],
            linkerSettings: [.unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux]))]
        ),
        .target(name: "UptakeTestSupport", dependencies: ["UptakeCore", "UptakeStoreAPI"]),
        .testTarget(name: "UptakeCoreTests", dependencies: ["UptakeCore", "GSLSupport", "UptakeTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "UptakeIngestTests", dependencies: ["UptakeIngest", "UptakeCore", "UptakeStoreAPI", "UptakeTestSupport"], exclude: ["BadInputs"]),
        .testTarget(name: "UptakeSQLiteTests", dependencies: ["UptakeCore", "UptakeStoreAPI", "UptakeIngest", "UptakeSQLite", "UptakePostgres", "UptakeTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                                                       .product(name: "NIOCore", package: "swift-nio"), .product(name: "PostgresNIO", package: "postgres-nio")],
                    exclude: ["BinaryCopy"]),
        .testTarget(name: "UptakeAnalysisTests", dependencies: ["UptakeCore", "UptakeStoreAPI", "UptakeIngest", "UptakeSQLite", "UptakeAnalysis", "UptakeSimulation", "UptakeTestSupport",
                                                         "UptakeDelivery",
                                                         .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "UptakeReportTests", dependencies: ["UptakeReport", "UptakeAnalysis", "UptakeCore", "UptakeCharts", "UptakeStoreAPI", "UptakeTestSupport"],
                    exclude: ["Golden"]),
        .testTarget(name: "UptakeWorkbookTests", dependencies: ["UptakeWorkbook", "UptakeReport", "UptakeCore", "UptakeTestSupport",
                                                         .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "UptakeChartsTests", dependencies: ["UptakeCharts", "UptakeTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "UptakeServerTests", dependencies: ["UptakeServer", "UptakeCore", "UptakeStoreAPI", "UptakeIngest", "UptakeSQLite", "UptakeTestSupport",
                                                       .product(name: "Hummingbird", package: "hummingbird"),
                                                       .product(name: "HummingbirdTesting", package: "hummingbird"),
                                                       .product(name: "HTTPTypes", package: "swift-http-types"),
                                                       // A raw client for the abuse tests (a client that trickles its headers); already built for Hummingbird.
                                                       .product(name: "NIOCore", package: "swift-nio"),
                                                       .product(name: "NIOPosix", package: "swift-nio"),
                                                       .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "UptakeCLITests", dependencies: ["UptakeTestSupport", "UptakeCore"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)

// As Hummingbird does: every existential spelt `any`, and a member usable only in a file that imports
// its module (no member leaking in through another file's import).
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("MemberImportVisibility")]
}
