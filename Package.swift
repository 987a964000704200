// swift-tools-version: 6.0
import PackageDescription

/// Strictness we can afford everywhere: Swift 6 language mode (strict concurrency)
/// and explicit `any` for existentials.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "BoardPack",
    products: [
        .executable(name: "boardpack", targets: ["boardpack"]),
        .library(name: "BoardPackCore", targets: ["BoardPackCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
    ],
    targets: [
        // The engine's vocabulary: plan model, periods, diagnostics, the scored pack and
        // the plugin protocols. No dependencies, no C.
        .target(name: "BoardPackCore", swiftSettings: strict),
        // Loads a plan folder (plan.yaml + actuals/*.csv) and validates it.
        .target(
            name: "BoardPackLoading",
            dependencies: [
                "BoardPackCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: strict),
        // Scores a quarter: KPI rules, combiners, milestones and gates, roll-ups,
        // risks, finance, exceptions.
        .target(name: "BoardPackScoring", dependencies: ["BoardPackCore"], swiftSettings: strict),
        // The json and text exporters.
        .target(name: "BoardPackExport", dependencies: ["BoardPackCore"], swiftSettings: strict),
        // libxlsxwriter, in one corner: only BoardPackXLSX imports it.
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]),
        .target(
            name: "BoardPackXLSX",
            dependencies: ["BoardPackCore", "CXLSXWriter"],
            swiftSettings: strict),
        // Commands, the report pipeline, the plugin registry and external exporters.
        .target(
            name: "BoardPackCLI",
            dependencies: [
                "BoardPackCore", "BoardPackLoading", "BoardPackScoring", "BoardPackExport",
                "BoardPackXLSX",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        .executableTarget(name: "boardpack", dependencies: ["BoardPackCLI"], swiftSettings: strict),

        // A realistic hand-built scored pack that exporter tests share.
        .target(
            name: "BoardPackTestSupport", dependencies: ["BoardPackCore"], path: "Tests/BoardPackTestSupport",
            swiftSettings: strict),
        .testTarget(name: "BoardPackCoreTests", dependencies: ["BoardPackCore"], swiftSettings: strict),
        .testTarget(
            name: "BoardPackLoadingTests",
            dependencies: ["BoardPackLoading", "BoardPackScoring", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict),
        .testTarget(
            name: "BoardPackScoringTests", dependencies: ["BoardPackScoring", "BoardPackTestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "BoardPackExportTests", dependencies: ["BoardPackExport", "BoardPackTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "BoardPackXLSXTests", dependencies: ["BoardPackXLSX", "BoardPackTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "BoardPackCLITests", dependencies: ["BoardPackCLI"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
