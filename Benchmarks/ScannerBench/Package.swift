// swift-tools-version: 6.0
// The extraction core's speed harness, in its own package so that CI's `swift build` and
// `swift test` never compile it. Run it with `scripts/bench-scanner`.
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, which is whatever the clone is called.
let rootName = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "ScannerBench",
    dependencies: [.package(path: "../..")],
    targets: [
        .executableTarget(
            name: "ScannerBench",
            dependencies: [.product(name: "TongjiExtract", package: rootName)]
        ),
    ]
)
