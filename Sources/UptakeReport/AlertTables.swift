import Foundation
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI

/// `uptake alerts test`: every rule explained.
public struct AlertRulesReport: Sendable {
    public let file: AlertRuleFile

    public init(_ file: AlertRuleFile) { self.file = file }

    struct RuleJSON: Encodable {
        var name: String, watch: String, condition: String, explanation: String
        var forDays: Int, keepFiringForDays: Int, groupBy: [String], line: Int
        enum CodingKeys: String, CodingKey {
            case name, watch, condition, explanation, line
            case forDays = "for_days", keepFiringForDays = "keep_firing_for_days", groupBy = "group_by"
        }
    }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONOutput.render(file.rules.map {
                RuleJSON(name: $0.name, watch: $0.watchText, condition: $0.conditionText, explanation: $0.explanation,
                         forDays: $0.forDays, keepFiringForDays: $0.keepFiringForDays, groupBy: $0.groupBy, line: $0.line)
            })
        case .csv, .markdown:
            return table.render(format)
        case .table:
            var out = "\(file.rules.count) rule\(file.rules.count == 1 ? "" : "s"), \(file.inhibitRules.count) inhibition\(file.inhibitRules.count == 1 ? "" : "s"), "
                + "\(file.receivers.count) receiver\(file.receivers.count == 1 ? "" : "s"); each run re-reads the last \(file.revisionWindowDays) days\n\n"
            for r in file.rules { out += "\(r.name) (line \(r.line)): \(r.explanation)\n\n" }
            for i in file.inhibitRules { out += "Inhibition: \(i.explanation)\n" }
            for r in file.receivers { out += "Receiver \(r.name): \(r.kind.rawValue)\(r.target.isEmpty ? "" : " \(r.target)")\(r.language.map { ", language \($0)" } ?? "")\n" }
            if let route = file.route { out += route.explanation.map { "Route: \($0)\n" }.joined() }
            return out
        }
    }

    var table: Table {
        Table(columns: ["rule", "line", "watch", "condition", "for_days", "keep_firing_for_days", "group_by"],
              rows: file.rules.map { [.text($0.name), .integer(Int64($0.line)), .text($0.watchText), .text($0.conditionText),
                                      .integer(Int64($0.forDays)), .integer(Int64($0.keepFiringForDays)), .text($0.groupBy.joined(separator: ","))] })
    }
}

/// `uptake alerts list` and the state part of `uptake alerts check`: one row per alert, then the
/// silences. Rendered through ``ResultRendering``.
public struct AlertListReport: ResultRendering {
    public let book: AlertBook
    public let asOf: Day?
    public let silenced: Set<String>
    public let inhibited: Set<String>
    public let notes: [String]
    public let includeInactive: Bool

    public init(book: AlertBook, asOf: Day?, silenced: Set<String> = [], inhibited: Set<String> = [], notes: [String] = [], includeInactive: Bool = false) {
        (self.book, self.asOf, self.silenced, self.inhibited, self.notes, self.includeInactive) = (book, asOf, silenced, inhibited, notes, includeInactive)
    }

    var alerts: [AlertRecord] {
        book.alerts.values.filter { includeInactive || $0.status != .inactive }.sorted {
            (order($0.status), $0.rule, $0.labels["locality"] ?? "", $0.labels["sector"] ?? "") < (order($1.status), $1.rule, $1.labels["locality"] ?? "", $1.labels["sector"] ?? "")
        }
    }

    func order(_ s: AlertStatus) -> Int {
        switch s {
        case .firing: 0
        case .pending: 1
        case .resolved: 2
        case .inactive: 3
        }
    }

    func held(_ r: AlertRecord) -> String {
        if silenced.contains(r.fingerprint) { return "silenced" }
        if inhibited.contains(r.fingerprint) { return "inhibited" }
        return ""
    }

    /// The JSON of a listing: alerts, silences, which are held, when last evaluated, notes.
    public struct Listing: Encodable, Sendable {
        var alerts: [AlertRecord]
        var silences: [AlertSilence]
        var silenced: [String]
        var inhibited: [String]
        var lastEvaluated: Day?
        var notes: [String]
        enum CodingKeys: String, CodingKey { case alerts, silences, silenced, inhibited, lastEvaluated = "last_evaluated", notes }
    }

    public var jsonBody: Listing {
        Listing(alerts: alerts, silences: book.silences, silenced: silenced.sorted(), inhibited: inhibited.sorted(),
                lastEvaluated: book.lastEvaluated, notes: notes)
    }

    public var heading: String { "" }

    /// The alerts; then the silences, if any (CSV has the alerts only).
    public var tables: [Table] {
        guard !book.silences.isEmpty else { return [table] }
        return [table, Table(columns: ["silence", "matchers", "starts", "ends", "state", "comment"], rows: book.silences.map { s in
            [.text(s.id), .text(s.matchers.map(\.description).joined(separator: ",")), .text(s.starts.description), .text(s.ends.description),
             .text(asOf.map { s.isActive(on: $0) ? "active" : ($0 >= s.ends ? "expired" : "scheduled") } ?? ""), .text(s.comment)]
        })]
    }

    var table: Table {
        let rows = alerts.map { r -> [Cell] in
            [.text(r.status.rawValue), .text(held(r)), .text(r.rule), .text(r.labels["locality"] ?? ""), .text(r.labels["name"] ?? ""),
             .text(r.labels["sector"] ?? "all"), .text(r.activeSince?.description ?? ""), .text(r.firingSince?.description ?? ""),
             .text(r.lastActive?.description ?? ""), .text(r.resolvedOn?.description ?? ""), summary(r)]
        }
        var tableNotes = notes
        if let d = book.lastEvaluated { tableNotes.append("last evaluated \(d); a day without data is not judged (never a drop to zero)") }
        return Table(columns: ["status", "held", "rule", "locality", "name", "sector", "active_since", "firing_since", "last_active", "resolved_on", "summary"],
                     rows: rows, notes: tableNotes)
    }
}

/// `uptake alerts backtest`: the episodes that would have fired; JSON is the whole report. Rendered
/// through ``ResultRendering``.
extension AlertListReport {
    /// The alert's summary: as stored for an analyst and in CSV and JSON; its `summary_vi` for a
    /// reader of Vietnamese, when the rule has one (``AnnotationLanguage``).
    func summary(_ r: AlertRecord) -> Cell {
        let plain = r.annotations["summary"] ?? ""
        return .term(Term(plain, en: plain, vi: AnnotationLanguage.resolved(r.annotations, for: Language.vi.rawValue)["summary"] ?? plain))
    }
}

public struct AlertBacktestTable: ResultRendering {
    public let report: AlertBacktestReport

    public init(_ report: AlertBacktestReport) { self.report = report }

    public var jsonBody: AlertBacktestReport { report }
    public var heading: String { "" }
    public var tables: [Table] { [table] }

    var table: Table {
        let r = report
        let rows = r.episodes.map { e -> [Cell] in
            [.text(e.rule), .text(e.locality), .text(e.name), .text(e.firing.description), .text(e.notified?.description ?? "held"),
             .text(e.resolved?.description ?? "firing"), e.resolved.map { .integer(Int64(e.firing.distance(to: $0))) } ?? .empty,
             .text(e.matches.joined(separator: " "))]
        }
        var notes = ["\(r.from)..\(r.to): \(r.episodes.count) firing episodes, \(r.notifications) notifications; "
                     + "at most \(r.maxNotificationsPerProvinceDay) to one province on one day"]
        if let busiest = r.perProvinceMonth.max(by: { $0.notifications < $1.notifications }) {
            notes.append("busiest province-month: \(busiest.province) in \(busiest.month), \(busiest.notifications) notifications (JSON lists every one)")
        }
        if let s = r.score {
            let p = s.precision.map { String(format: "%.2f", $0) } ?? "n/a", rc = s.recall.map { String(format: "%.2f", $0) } ?? "n/a"
            notes.append("precision \(p) (\(s.episodesMatched)/\(s.episodes) episodes match a truth event); recall \(rc) "
                         + "(\(s.eventsCaught)/\(s.eventsScored) events alerted within \(s.withinDays) days); median delay "
                         + (s.medianDelayDays.map { String(format: "%.1f", $0) } ?? "n/a") + " days, max " + (s.maxDelayDays.map(String.init) ?? "n/a"))
            if let np = s.notificationPrecision {
                notes.append("notifications on a truth event: \(s.notificationsOnEvent)/\(r.notifications) (\(String(format: "%.2f", np)))")
            }
            let missed = s.detections.filter { ($0.delayDays ?? Int.max) > s.withinDays }
            if !missed.isEmpty { notes.append("late or missed: " + missed.map { "\($0.id)" + ($0.delayDays.map { " (\($0) days)" } ?? " (missed)") }.joined(separator: ", ")) }
        }
        return Table(columns: ["rule", "locality", "name", "firing", "notified", "resolved", "days", "matches"], rows: rows, notes: notes)
    }
}

extension AlertCheckAnswer: RenderedAnswer {
    /// The state after the evaluation and its notes (a read-only evaluation says nothing was stored or sent).
    var rendering: AlertListReport { report() }

    /// The table of `alerts check`; `delivery`: the CLI's account of sending (see ``AlertCheckAnswer/notes(delivery:)``).
    public func report(delivery: [String]? = nil) -> AlertListReport {
        AlertListReport(book: result.evaluation.book, asOf: result.asOf, silenced: result.evaluation.silenced,
                        inhibited: result.evaluation.inhibited, notes: notes(delivery: delivery))
    }
}

extension AlertBacktestReport: RenderedAnswer {
    var rendering: AlertBacktestTable { AlertBacktestTable(self) }
}
