import Foundation
import Testing
import UptakeTestSupport

@Suite struct ExplainCLITests {
    let cli = CLIRunner()

    /// Two communes of Cao Bằng (04), one row a working day each in June and July 2025, the second
    /// commune's receipts stopping on 15–17 July with a one-stop incident logged.
    func database() throws -> TemporaryDirectory {
        let dir = TemporaryDirectory()
        _ = try cli.run(["init"], in: dir.path)
        let communes = try cli.run(["localities", "--parent", "04", "--format", "json"], in: dir.path)
        let codes = (try JSONSerialization.jsonObject(with: Data(communes.stdout.utf8)) as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }.prefix(2)
        var csv = "date,locality,sector,received,received_online,resolved,resolved_online\n"
        var day = DateComponents(calendar: Calendar(identifier: .gregorian), year: 2025, month: 6, day: 1).date ?? Date()
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        for _ in 0..<61 {
            let text = formatter.string(from: day)
            let weekday = Calendar(identifier: .gregorian).component(.weekday, from: day)
            if weekday != 1 && weekday != 7 {
                for (n, code) in codes.enumerated() {
                    let outage = n == 1 && ["2025-07-15", "2025-07-16", "2025-07-17"].contains(text)
                    let received = outage ? 1 : 40 + (Int(text.suffix(2)) ?? 0) % 7
                    csv += "\(text),\(code),land,\(received),\(received / 3),\(received),\(received / 2)\n"
                }
            }
            day = day.addingTimeInterval(86_400)
        }
        dir.write("applications.csv", csv)
        dir.write("incidents.csv", "start,end,locality,system,kind\n2025-07-15,2025-07-17,\(codes.last ?? ""),one_stop,outage\n")
        let ingest = try cli.run(["ingest", "--units", "current", "applications.csv", "incidents.csv"], in: dir.path)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return dir
    }

    @Test func explainsAnOutageInEveryFormat() throws {
        let dir = try database()
        let json = try cli.run(["explain", "--locality", "04", "--from", "2025-07-15", "--to", "2025-07-17", "--metric", "received", "--format", "json"], in: dir.path)
        #expect(json.status == 0, "\(json.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any] ?? [:]
        let causes = object["causes"] as? [[String: Any]] ?? []
        #expect(causes.first?["cause"] as? String == "one_stop_errors")
        #expect((causes.first?["evidence"] as? [String])?.first?.contains("one-stop incident (outage) recorded at commune") == true)
        let contributors = object["contributors"] as? [[String: Any]] ?? []
        #expect(contributors.first?["dimension"] as? String == "locality")
        #expect((contributors.first?["share"] as? Double ?? 0) > 0.9)
        #expect(object["mode"] as? String == "change")
        let table = try cli.run(["explain", "--locality", "Cao Bằng", "--from", "2025-07-15", "--to", "2025-07-17", "--metric", "received"], in: dir.path)
        #expect(table.stdout.hasPrefix("Cao Bằng (04) · received · 2025-07-15..2025-07-17 against 2025-06-17..2025-07-14\n"))
        #expect(table.stdout.contains("1. one_stop_errors  score"))
        let markdown = try cli.run(["explain", "--locality", "04", "--from", "2025-07-15", "--to", "2025-07-17", "--metric", "received", "--format", "markdown"], in: dir.path)
        #expect(markdown.stdout.contains("1. **one_stop_errors**"))
        let csv = try cli.run(["explain", "--locality", "04", "--from", "2025-07-15", "--to", "2025-07-17", "--metric", "received", "--format", "csv"], in: dir.path)
        #expect(csv.stdout.hasPrefix("dimension,locality,name,sector,baseline,current,contribution,share,shortfall,surprise,selected\n"))
        let gap = try cli.run(["gap", "--locality", "04", "--versus", "nation", "--period", "2025-07", "--format", "json"], in: dir.path)
        #expect(gap.status == 0, "\(gap.stderr)")
    }

    @Test func clearErrors() throws {
        let dir = try database()
        let unknown = try cli.run(["explain", "--locality", "Atlantis", "--period", "2025-07"], in: dir.path)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("error: unknown locality \"Atlantis\": no code or name matches\n"))
        let empty = try cli.run(["explain", "--locality", "04", "--period", "2024-07"], in: dir.path)
        #expect(empty.status == 2)
        #expect(empty.stderr.hasPrefix("error: no applications at Cao Bằng (04) from 2024-07-01 to 2024-07-31\n"))
        let anomaly = try cli.run(["explain", "--anomaly", "a0123456789abcdef"], in: dir.path)
        #expect(anomaly.status == 2)
        #expect(anomaly.stderr == "error: no anomaly has the id a0123456789abcdef in this database\n  hint: list anomalies and their ids with 'uptake anomalies'\n")
        let malformed = try cli.run(["explain", "--anomaly", "xyz"], in: dir.path)
        #expect(malformed.stderr.hasPrefix("error: \"xyz\" is not an anomaly id"))
        let usage = try cli.run(["explain", "--anomaly", "a0123456789abcdef", "--locality", "04"], in: dir.path)
        #expect(usage.status == 64)
        let volumeGap = try cli.run(["gap", "--locality", "04", "--metric", "received"], in: dir.path)
        #expect(volumeGap.status == 64)
    }
}
