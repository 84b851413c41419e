// swift-tools-version:6.0
// The libFuzzer target over Vetted's whole pipeline. A package of its own, because it
// builds only with -sanitize=fuzzer, which links libFuzzer; scripts/fuzz runs it.
import Foundation
import PackageDescription

// A path dependency is named after its folder, which differs from clone to clone.
let vetted = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "vetted-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .executableTarget(name: "VettedFuzz", dependencies: ["CFuzzDriver", .product(name: "VettedCore", package: vetted)]),
    ]
)
