import Foundation
import Testing
import UptakeTestSupport

/// `uptake alerts` as a scheduler runs it: exit statuses, a morning run twice, a silence, the
/// NDJSON file receiver, a day without data, and `export prometheus`.
@Suite struct AlertsCLITests {
    let cli = CLIRunner()

    /// Ba Đình (00004, Hà Nội): about 100 applications a working day from March to June 2025, 5 a
    /// day on 16–18 June (a drop), nothing at all stored for 23 June (a missing day).
    func fixture() throws -> TemporaryDirectory {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        var csv = "date,locality,sector,received,received_online\n"
        let first = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"), year: 2025, month: 3, day: 3).date!
        let format = DateFormatter()
        format.dateFormat = "yyyy-MM-dd"
        format.timeZone = TimeZone(identifier: "UTC")
        for i in 0..<116 {
            let date = first.addingTimeInterval(Double(i) * 86_400)
            let day = format.string(from: date)
            if day == "2025-06-23" { continue }
            let weekend = i % 7 >= 5
            var received = weekend ? 8 : 100 + (i * 37) % 21 - 10
            if ["2025-06-16", "2025-06-17", "2025-06-18"].contains(day) { received = 5 }
            csv += "\(day),00004,land,\(received),\(received / 2)\n"
        }
        dir.write("a.csv", csv)
        #expect(try cli.run(["ingest", "--units", "current", "a.csv"], in: dir.path).status == 0)
        dir.write("rules.yaml", """
            rules:
              - name: ProvinceDrop
                watch: {metric: received, level: province, provinces: ["01"]}
                condition:
                  anomaly: {kinds: [drop, level_shift], min_severity: major}
                  drop_percent: 50
                annotations:
                  summary: "{{ name }}: {{ observed }} received against {{ expected }} expected"
                  description: "since {{ since }}"
                group_by: [province]
            receivers:
              - name: log
                file: alerts.ndjson
            """)
        return dir
    }

    func lines(_ dir: TemporaryDirectory) -> [String] {
        ((try? String(contentsOfFile: dir.file("alerts.ndjson"), encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    @Test func aMorningRunExitsThreeWhileFiringAndNotifiesOnce() throws {
        let dir = try fixture()
        let check = ["alerts", "check", "--rules", "rules.yaml", "--format", "csv", "--as-of"]
        let before = try cli.run(check + ["2025-06-13"], in: dir.path)
        #expect(before.status == 0, "\(before.stderr)")
        let firing = try cli.run(check + ["2025-06-16"], in: dir.path)
        #expect(firing.status == 3, "\(firing.stderr)")
        #expect(firing.stdout.contains("firing,,ProvinceDrop,01,Hà Nội,all,2025-06-16,2025-06-16,2025-06-16,,Hà Nội: 5 received against "))
        #expect(lines(dir).count == 1 && lines(dir)[0].contains(#""status":"firing""#))
        let again = try cli.run(check + ["2025-06-16"], in: dir.path)
        #expect(again.status == 3, "still firing")
        #expect(lines(dir).count == 1, "the same day twice notifies nobody twice")
        let next = try cli.run(check + ["2025-06-17", "--format", "json"], in: dir.path)
        #expect(next.status == 3)
        // The episode began on the 16th: the 17th's run still says so (issue 24: `since` moved daily).
        #expect(next.stdout.contains(#""description" : "since 2025-06-16""#), "\(next.stdout)")
        #expect(lines(dir).count == 1, "a firing alert is not repeated")
        let resolved = try cli.run(check + ["2025-06-20"], in: dir.path)
        #expect(resolved.status == 0)
        #expect(lines(dir).count == 2 && lines(dir)[1].contains(#""status":"resolved""#))
        let missing = try cli.run(check + ["2025-06-23"], in: dir.path)
        #expect(missing.status == 0)
        #expect(missing.stderr.contains("note: no data for 2025-06-23 yet: that day was not judged"))
        let list = try cli.run(["alerts", "list", "--format", "json"], in: dir.path)
        #expect(list.status == 0 && list.stdout.contains(#""status" : "resolved""#) && list.stdout.contains(#""last_evaluated" : "2025-06-23""#))
    }

    /// A day off with data is a day off, not "no data yet" (issue 24: said of 2 September 2025).
    @Test func aDayOffIsSaidToBeOneNotMissing() throws {
        let dir = try fixture()
        let check = ["alerts", "check", "--rules", "rules.yaml", "--format", "csv", "--as-of"]
        let holiday = try cli.run(check + ["2025-04-30"], in: dir.path)
        #expect(holiday.status == 0, "\(holiday.stderr)")
        #expect(!holiday.stderr.contains("no data"), "\(holiday.stderr)")
        #expect(holiday.stderr.contains("note: 2025-04-30 is a day off ("), "\(holiday.stderr)")
        let saturday = try cli.run(check + ["2025-06-21"], in: dir.path)
        #expect(saturday.stderr.contains("note: 2025-06-21 is a day off (a weekend): days off are not judged"), "\(saturday.stderr)")
        #expect(!saturday.stderr.contains("no data"))
    }

    @Test func aSilenceHoldsTheNotificationUntilItEnds() throws {
        let dir = try fixture()
        let silence = try cli.run(["alerts", "silence", "--match", "province=01", "--for", "2d", "--from", "2025-06-16", "--comment", "portal migration"], in: dir.path)
        #expect(silence.status == 0, "\(silence.stderr)")
        #expect(silence.stdout.contains("portal migration"))
        let check = ["alerts", "check", "--rules", "rules.yaml", "--as-of"]
        #expect(try cli.run(check + ["2025-06-16"], in: dir.path).status == 0, "silenced: nothing to act on")
        #expect(lines(dir).isEmpty)
        #expect(try cli.run(check + ["2025-06-18"], in: dir.path).status == 3, "the silence ended on the 18th")
        #expect(lines(dir).count == 1)
    }

    @Test func aSilenceEndedEarlyLetsTheNextRunNotify() throws {
        let dir = try fixture()
        #expect(try cli.run(["alerts", "silence", "--match", "province=01", "--for", "5d", "--from", "2025-06-16", "--comment", "migration"], in: dir.path).status == 0)
        let check = ["alerts", "check", "--rules", "rules.yaml", "--as-of"]
        #expect(try cli.run(check + ["2025-06-16"], in: dir.path).status == 0, "silenced")
        let ended = try cli.run(["alerts", "unsilence", "s1-2025-06-16", "--from", "2025-06-17"], in: dir.path)
        #expect(ended.status == 0 && ended.stdout == "silence s1-2025-06-16 ends on 2025-06-17: province=01 notified again from then\n", "\(ended.stderr)")
        let next = try cli.run(check + ["2025-06-17", "--format", "json"], in: dir.path)
        #expect(next.status == 3)
        // The episode began on the 16th: the 17th's run still says so (issue 24: `since` moved daily).
        #expect(next.stdout.contains(#""description" : "since 2025-06-16""#), "\(next.stdout)")
        #expect(lines(dir).count == 1, "notified the day the silence was ended")
        let again = try cli.run(["alerts", "unsilence", "s1-2025-06-16", "--from", "2025-06-18"], in: dir.path)
        #expect(again.status == 2 && again.stderr.hasPrefix("error: silence s1-2025-06-16 already ended on 2025-06-17"))
        let unknown = try cli.run(["alerts", "unsilence", "s9"], in: dir.path)
        #expect(unknown.status == 2 && unknown.stderr.contains("no silence s9") && unknown.stderr.contains("the silences are: s1-2025-06-16"))
    }

    @Test func listShowsInhibitionsGivenTheRuleFile() throws {
        let dir = try fixture()
        dir.write("nested.yaml", """
            rules:
              - name: ProvinceDrop
                watch: {metric: received, level: province, provinces: ["01"]}
                condition: {drop_percent: 50}
                group_by: [province]
              - name: CommuneDrop
                watch: {metric: received, level: commune, provinces: ["01"]}
                condition: {drop_percent: 50}
                group_by: [province]
            inhibit_rules:
              - source_matchers: [alertname=ProvinceDrop]
                target_matchers: [alertname=CommuneDrop]
                equal: [province]
            """)
        #expect(try cli.run(["alerts", "check", "--rules", "nested.yaml", "--as-of", "2025-06-16"], in: dir.path).status == 3)
        let plain = try cli.run(["alerts", "list", "--format", "csv"], in: dir.path)
        #expect(plain.status == 0 && plain.stdout.contains("\nfiring,,CommuneDrop,00004,"), "\(plain.stdout)")
        let held = try cli.run(["alerts", "list", "--rules", "nested.yaml", "--format", "csv"], in: dir.path)
        #expect(held.stdout.contains("\nfiring,inhibited,CommuneDrop,00004,") && held.stdout.contains("\nfiring,,ProvinceDrop,01,"), "\(held.stdout)")
    }

    @Test func mistakesExitOneOrSixtyFour() throws {
        let dir = try fixture()
        dir.write("bad.yaml", "rules:\n  - name: X\n    watch: {level: town}\n    condition: {drop_percent: 5}\n")
        let bad = try cli.run(["alerts", "check", "--rules", "bad.yaml"], in: dir.path)
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("error: bad.yaml:3:20: unknown level \"town\"\n  hint: nation, province or commune"))
        #expect(try cli.run(["alerts", "silence", "--match", "province", "--for", "2d", "--comment", "x"], in: dir.path).status == 64)
        #expect(try cli.run(["alerts", "check", "--rules", "rules.yaml", "--as-of", "last-week"], in: dir.path).status == 64)
    }

    @Test func exportPrometheusWritesTheLatestDayAtomically() throws {
        let dir = try fixture()
        _ = try cli.run(["alerts", "check", "--rules", "rules.yaml", "--as-of", "2025-06-16"], in: dir.path)
        let out = try cli.run(["export", "prometheus", "--out", "uptake.prom"], in: dir.path)
        #expect(out.status == 0, "\(out.stderr)")
        let text = try String(contentsOfFile: dir.file("uptake.prom"), encoding: .utf8)
        #expect(text.contains("uptake_received{province=\"01\",name=\"Hà Nội\"} 103\n"), "the latest day, 2025-06-26: 100 + (115 × 37 mod 21) − 10")
        #expect(text.contains("uptake_alert{alertname=\"ProvinceDrop\",level=\"province\",locality=\"01\",province=\"01\",alertstate=\"firing\"} 1\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).allSatisfy { !$0.hasSuffix(".tmp") })
    }

    @Test func theShippedRulesAreTheDatasetsFile() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shipped = try String(contentsOf: root.appendingPathComponent("datasets/alerts.yaml"), encoding: .utf8)
        let dir = TemporaryDirectory()
        let out = try cli.run(["alerts", "init"], in: dir.path)
        #expect(out.status == 0 && out.stdout == "wrote alerts.yaml: 9 rules; check them with 'uptake alerts test --rules alerts.yaml'\n")
        #expect(try String(contentsOfFile: dir.file("alerts.yaml"), encoding: .utf8) == shipped)
        #expect(try cli.run(["alerts", "init"], in: dir.path).status == 2, "an existing file is left alone")
    }
}
