import Foundation
import Testing
import UptakeTestSupport

/// `make demo`'s first figures (issue 22: they once printed `137522700.00%`, read by column position
/// from a CSV that had gained columns): the script's lines must say what `rates --format json` says.
@Suite(.tags(.slow)) struct DemoCLITests {
    let cli = CLIRunner()

    /// The repository's root (the demo scripts live in scripts/).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theNationalRatesLinesAgreeWithTheData() throws {
        let dir = TemporaryDirectory()
        try SharedDataset.nationalJuneJuly.copy(into: dir)
        let script = Self.root.appendingPathComponent("scripts/demo-national-rates.sh").path
        let printed = try Self.output("/bin/bash", [script, cli.executable, dir.file("uptake.sqlite"), "2025-07"])
        let lines = printed.split(separator: "\n").map(String.init)
        let metrics = ["online-submission", "online-result", "sync", "on-time"]
        try #require(lines.count == metrics.count, "\(printed)")
        for (metric, line) in zip(metrics, lines) {
            let out = try cli.run(["rates", "--metric", metric, "--level", "nation", "--period", "2025-07", "--format", "json"], in: dir.path)
            let row = try #require((JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])?.first, "\(out.stderr)")
            let rate = try #require(row["rate"] as? Double), low = try #require(row["low"] as? Double), high = try #require(row["high"] as? Double)
            let numerator = try #require(row["numerator"] as? Int), denominator = try #require(row["denominator"] as? Int)
            let expected = "  " + metric.padding(toLength: 18, withPad: " ", startingAt: 0)
                + String(format: " %6.2f%%   %9d of %9d   95%% interval %.2f%%", 100 * rate, numerator, denominator, 100 * low) + "–" + String(format: "%.2f%%", 100 * high)
            #expect(line == expected)
            #expect(low <= rate && rate <= high && 0 < rate && rate < 1, "\(metric): \(line)")
        }
    }

    /// What `executable arguments…` prints on standard output (it must exit 0).
    static func output(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        let pipe = Pipe(), errors = Pipe()
        process.standardOutput = pipe
        process.standardError = errors
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "\(executable) \(arguments.joined(separator: " ")): \(stderr)")
        return try #require(String(data: data, encoding: .utf8), "the output is not UTF-8")
    }
}
