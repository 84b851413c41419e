// swift-tools-version:6.0
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "vetted",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "vetted", targets: ["vetted"]),
        .executable(name: "vetted-bench", targets: ["VettedBench"]),
        .library(name: "VettedCore", targets: ["VettedCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
    ],
    targets: [
        // C boundaries: system libraries only, nothing else.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The commit a release was built from, set by scripts/package (a C define,
        // since Swift takes no string constants from the command line).
        .target(name: "CVettedBuild"),
        .target(name: "VettedYAML", dependencies: ["CYAML"], swiftSettings: strict),
        .target(name: "VettedMarkdown", dependencies: ["CCmarkGFM"], swiftSettings: strict),
        // Mustache templates parsed and rendered by Vetted itself, over typed values.
        .target(name: "VettedTemplates", dependencies: ["VettedMarkdown"], swiftSettings: strict),
        .target(
            name: "VettedCore",
            dependencies: [
                "VettedYAML", "VettedMarkdown", "VettedTemplates", "CVettedBuild",
            ],
            swiftSettings: strict
        ),
        .target(
            name: "VettedPreview",
            dependencies: [
                "VettedCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "vetted",
            dependencies: ["VettedCore", "VettedPreview", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        // swift-mustache set up as Vetted's engine is meant to render: the oracle the
        // tests and vetted-bench compare the engine with. Never linked into `vetted`.
        .target(
            name: "MustacheOracle",
            dependencies: ["VettedTemplates", "VettedMarkdown", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: strict
        ),
        // Times the hot paths of a build one by one; never part of `swift test`.
        .executableTarget(
            name: "VettedBench",
            dependencies: ["VettedCore", "MustacheOracle", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: strict
        ),
        // The site fixtures every test target shares.
        .target(name: "VettedTestSupport", dependencies: ["VettedCore"], path: "Tests/Support", swiftSettings: strict),
        .testTarget(name: "VettedYAMLTests", dependencies: ["VettedYAML"], swiftSettings: strict),
        .testTarget(name: "VettedMarkdownTests", dependencies: ["VettedMarkdown"], swiftSettings: strict),
        // swift-mustache is the oracle the template engine is compared with, in tests only.
        .testTarget(
            name: "VettedTemplatesTests",
            dependencies: ["VettedTemplates", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "VettedCoreTests",
            dependencies: ["VettedCore", "VettedTestSupport", "MustacheOracle", .product(name: "Mustache", package: "swift-mustache")], exclude: ["Golden"], swiftSettings: strict),
        .testTarget(name: "VettedPreviewTests", dependencies: ["VettedPreview", "VettedTestSupport"], swiftSettings: strict),
        .testTarget(name: "VettedCLITests", dependencies: ["vetted", "VettedTestSupport"], swiftSettings: strict),
    ]
)
