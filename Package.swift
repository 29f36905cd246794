// swift-tools-version: 6.0
// Tongji (统计): Chinese quantities from text to tables and charts.
//
// Module map (see docs and ARCHITECTURE in the README):
// - TongjiExtract: the extraction core, pure Swift over UTF-8; CMalloc (glibc's mallopt) is its only dependency.
// - TongjiFormat:  number formatting for people (万/亿 scales, CJK display width), no dependencies.
// - TongjiFiles:   the one atomic file writer (temporary file, then rename), Foundation only.
// - TongjiTables:  filter, group, aggregate, dedupe; CSV / JSON Lines / Markdown writers.
// - TongjiChart:   chart specs, scales, ticks, layout and draw commands, pure Swift.
// - TongjiCairo:   the only module that sees C: draws charts with Cairo + Pango.
// - TongjiReport:  the report job (HTML + Markdown + CSV + charts + manifest).
// - TongjiCommandLine: the extract and table subcommands, shared by both executables.
// - tongji:        the thin command-line tool.
// - tongji-stage:  extract and table only, without Cairo/Pango: a fully static binary for Spark executors.
import PackageDescription

let package = Package(
    name: "Tongji",
    products: [
        .library(name: "TongjiExtract", targets: ["TongjiExtract"]),
        .library(name: "TongjiFormat", targets: ["TongjiFormat"]),
        .library(name: "TongjiTables", targets: ["TongjiTables"]),
        .library(name: "TongjiChart", targets: ["TongjiChart"]),
        .library(name: "TongjiCairo", targets: ["TongjiCairo"]),
        .library(name: "TongjiReport", targets: ["TongjiReport"]),
        .executable(name: "tongji", targets: ["tongji"]),
        .executable(name: "tongji-stage", targets: ["tongji-stage"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // MARK: C system libraries (the Debian -dev packages; scripts/bootstrap installs them)
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]
        ),
        .systemLibrary(
            name: "CPango",
            // "cairo", not "pangocairo": pangocairo's flags carry -pthread, which SwiftPM
            // rejects with a warning on every build. CPango/shim.h declares the Pango calls
            // it needs and the modulemap links the libraries (see the comment in shim.h).
            pkgConfig: "cairo",
            providers: [.apt(["libpango1.0-dev"])]
        ),

        // glibc's malloc.h (mallopt), header only: see Sources/CMalloc/shim.h.
        .systemLibrary(name: "CMalloc"),

        // MARK: Library modules
        .target(name: "TongjiExtract", dependencies: ["CMalloc"]),
        .target(name: "TongjiFormat"),
        .target(name: "TongjiFiles"),
        .target(
            name: "TongjiTables",
            dependencies: [
                "TongjiExtract", "TongjiFormat",
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .target(name: "TongjiChart", dependencies: ["TongjiFormat"]),
        .target(name: "TongjiCairo", dependencies: ["TongjiChart", "TongjiFiles", "CCairo", "CPango"]),
        .target(
            name: "TongjiReport",
            dependencies: ["TongjiExtract", "TongjiFormat", "TongjiTables", "TongjiChart", "TongjiCairo", "TongjiFiles"]
        ),

        // MARK: The command-line tools
        // The extract and table subcommands, shared by both executables.
        .target(
            name: "TongjiCommandLine",
            dependencies: [
                "TongjiExtract", "TongjiFormat", "TongjiTables", "TongjiFiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "tongji",
            dependencies: [
                "TongjiCommandLine", "TongjiExtract", "TongjiFormat", "TongjiTables", "TongjiChart", "TongjiCairo", "TongjiReport", "TongjiFiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // extract and table without Cairo and Pango: one static binary to ship to Spark executors.
        .executableTarget(
            name: "tongji-stage",
            dependencies: [
                "TongjiCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: Examples (small programs using the library as a user would; the tests run them)
        .executableTarget(
            name: "ExtractAndChart",
            dependencies: ["TongjiExtract", "TongjiChart", "TongjiCairo"],
            path: "Examples/ExtractAndChart"
        ),
        .executableTarget(
            name: "FolderToCSV",
            dependencies: ["TongjiExtract", "TongjiTables"],
            path: "Examples/FolderToCSV"
        ),

        // MARK: Tests
        .testTarget(name: "TongjiExtractTests", dependencies: ["TongjiExtract"]),
        .testTarget(name: "TongjiTablesTests", dependencies: ["TongjiTables", "TongjiFormat", "TongjiExtract"]),
        .testTarget(name: "TongjiChartTests", dependencies: ["TongjiChart", "TongjiFormat"], exclude: ["__Snapshots__"]),
        .testTarget(name: "TongjiCairoTests", dependencies: ["TongjiCairo", "TongjiChart", "TongjiFiles"], exclude: ["Support"]),
        .testTarget(name: "TongjiReportTests", dependencies: ["TongjiReport"]),
        .testTarget(name: "TongjiFilesTests", dependencies: ["TongjiFiles"]),
        .testTarget(name: "TongjiCLITests", dependencies: ["TongjiExtract"]),
    ]
)
