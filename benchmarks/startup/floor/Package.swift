// swift-tools-version: 6.1
import PackageDescription

// The floor of start-up (issue 27): the least a Swift 6 executable costs to start when it is built as
// `uptake` is (release, --static-swift-stdlib), so `uptake`'s own cost can be told apart from the
// language's. Built and timed by ../floor.sh; not part of the Uptake package.
let package = Package(
    name: "StartupFloor",
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .executableTarget(name: "floor-print"),
        .executableTarget(name: "floor-essentials"),
        .executableTarget(name: "floor-foundation"),
        .executableTarget(name: "floor-argparser",
                          dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(name: "floor-argparser-async",
                          dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(name: "floor-argparser-sql",
                          dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]),
    ],
    swiftLanguageModes: [.v6]
)

// Linked as `uptake` is: without exporting every symbol of the static standard library, and (since 41799e0) at a
// fixed address (-no-pie).
for target in package.targets {
    target.linkerSettings = [.unsafeFlags(["-Xlinker", "--no-export-dynamic", "-Xlinker", "-no-pie"], .when(platforms: [.linux]))]
}
