import Foundation
import Testing

/// The localities `uptake init` loads are built into the executable; they must stay the very file
/// published in datasets/ with its attribution.
@Test func theBundledLocalitiesAreTheDatasetFile() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let published = try Data(contentsOf: root.appendingPathComponent("datasets/vn-localities-2025.csv"))
    let bundled = try Data(contentsOf: root.appendingPathComponent("Sources/UptakeCLI/Resources/vn-localities-2025.csv"))
    #expect(published == bundled)
    #expect(published.count > 100_000)
}
