import ArgumentParser
import Foundation
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI

/// The exit statuses of `uptake alerts check` a scheduler acts on (errors keep 1, 2 and 64).
enum AlertExit {
    /// Nothing is firing (unsilenced and uninhibited).
    static let nothingFiring: Int32 = 0
    /// At least one alert fires (notified now or earlier).
    static let firing: Int32 = 3
    /// Nothing fires, but notifications could not be delivered and wait in the outbox.
    static let undelivered: Int32 = 4
}

struct Alerts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Alerts on drops: rules in YAML, state in the database, notifications that are never lost.",
        discussion: """
            Rules (see datasets/alerts.yaml) watch a metric at a level and say when a judged day \
            counts: an anomaly of some kinds and severity from 'uptake anomalies', a drop of at \
            least some percent against the expected count, or a rate below a threshold. 'for' days \
            in a row make an alert fire; 'keep_firing_for' keeps it firing after the condition \
            clears. Weekends and holidays are not judged; a day without data is not judged either \
            (it is never a drop to zero): it neither counts toward 'for' nor resets it.

            'alerts check' exits 0 when nothing fires, 3 when an alert fires, 4 when nothing fires \
            but notifications wait in the outbox; 1 for an invalid rule file, 2 for another \
            error, 64 for a usage error.

              uptake alerts test --rules datasets/alerts.yaml
              uptake alerts check --rules datasets/alerts.yaml --as-of yesterday
              uptake alerts list
              uptake alerts silence --match province=79 --for 3d --comment "portal migration"
              uptake alerts unsilence s1-2025-07-14
            """,
        subcommands: [AlertsInit.self, AlertsTest.self, AlertsCheck.self, AlertsList.self, AlertsSilence.self, AlertsUnsilence.self, AlertsBacktest.self]
    )
}

/// `--rules FILE`, read and checked.
struct RulesOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The rule file (YAML).", valueName: "path"))
    var rules: String

    func load() throws -> AlertRuleFile { try Self.load(rules) }

    static func load(_ rules: String) throws -> AlertRuleFile {
        guard let data = FileManager.default.contents(atPath: rules) else {
            throw CLIError.failure("cannot read the rule file \(rules)", hint: "check the path given to --rules")
        }
        return try AlertRuleParser(file: rules).parse(String(decoding: data, as: UTF8.self))
    }
}

/// `--as-of`: a day, or today / yesterday (in Vietnam).
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day to evaluate: YYYY-MM-DD, today or yesterday (Vietnam's date).", valueName: "day"))
    var asOf: DayExpression = .yesterday

    /// The day evaluated; today and yesterday count from today in Vietnam (the clock is read only here).
    var day: Day { asOf.day(today: today()) }
}

struct AlertsTest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "test", abstract: "Check a rule file and explain each rule.")

    @OptionGroup var rules: RulesOption
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if output.writesWorkbook { throw ValidationError("alerts test explains rules in sentences: it writes no workbook (try --format csv)") }
    }

    func run() async throws {
        try runReportingSync {
            output.write(AlertRulesReport(try rules.load()).render(output.format))
        }
    }
}

struct AlertsCheck: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Evaluate the rules as of a day, store the state, notify; the exit status says whether anything fires.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var rules: RulesOption
    @OptionGroup var asOf: AsOfOption
    @Flag(name: .customLong("dry-run"), help: "Evaluate only: store no state, queue and send nothing (what GET /api/v1/alerts/check answers).")
    var dryRun = false
    @OptionGroup var calendar: CalendarOptions
    @OptionGroup var output: FormatOptions

    var question: AlertsCheckQuestion { AlertsCheckQuestion(asOf: DayText(asOf.asOf), records: !dryRun) }

    func run() async throws {
        var status = AlertExit.nothingFiring
        try await runReporting {
            let file = try rules.load()
            // Delivery posts to webhooks and Alertmanager; a dry run delivers nothing.
            let parts = dryRun ? nil : try UptakeCommandLine.required(for: "uptake alerts check (it delivers)")
            let store = try await database.openStateStore()
            let cal = try calendar.load()
            let context = AnswerContext(store: store, calendar: cal, today: { today() }, spelling: .commandLine,
                                        alerting: AlertSetup(rules: file, state: store, explainer: RootCauseExplainer(store: store, calendar: cal),
                                                             styles: AlertLanguages.styles))
            let answer = try await question.answer(context)
            if let note = answer.dayNote { printError("note: \(note)") }
            var delivery: [String]?
            var waiting = 0
            if answer.recorded, let parts {
                let sent = try await parts.deliverAlerts(from: store, to: file.receivers)
                delivery = ["\(sent.delivered) delivered, \(sent.waiting) waiting in the outbox"] + sent.errors
                waiting = sent.waiting
            }
            try output.write(result: answer.report(delivery: delivery))
            status = !answer.firing.isEmpty ? AlertExit.firing : (waiting > 0 ? AlertExit.undelivered : AlertExit.nothingFiring)
        }
        if status != 0 { throw ExitCode(status) }
    }
}

struct AlertsList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The stored alerts (pending, firing, resolved) and silences.")

    @OptionGroup var database: DatabaseOptions
    @Flag(name: .long, help: "Also list alerts that were pending and cleared before firing.")
    var all = false
    @Option(name: .long, help: ArgumentHelp("The rule file, to show which firing alerts its inhibit rules hold (silences are stored and always shown).", valueName: "path"))
    var rules: String?
    @OptionGroup var output: FormatOptions

    func run() async throws {
        try await runReporting {
            let store = try await database.openStateStore()
            let book = try await store.alertBook()
            let inhibitRules = try rules.map { try RulesOption.load($0).inhibitRules } ?? []
            let held = AlertHolds.held(book, inhibitRules: inhibitRules, on: book.lastEvaluated)
            try output.write(result: AlertListReport(book: book, asOf: book.lastEvaluated, silenced: held.silenced, inhibited: held.inhibited,
                                                     includeInactive: all))
        }
    }
}

struct AlertsSilence: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "silence",
        abstract: "Hold the notifications of matching alerts for some days (their state still changes).")

    @OptionGroup var database: DatabaseOptions
    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("A label matcher, label=value or label!=value (repeatable; all must match).", valueName: "matcher"))
    var match: [String] = []
    @Option(name: .customLong("for"), help: ArgumentHelp("How long: 3d, 1w.", valueName: "duration"))
    var duration: String
    @Option(name: .long, help: "Why (shown by alerts list).")
    var comment: String
    @Option(name: .long, help: ArgumentHelp("The first silenced day, YYYY-MM-DD (default: today in Vietnam).", valueName: "day"))
    var from: Day?

    func validate() throws {
        if match.isEmpty { throw ValidationError("give at least one --match label=value, e.g. --match province=79") }
        for m in match where LabelMatcher(parsing: m) == nil { throw ValidationError("invalid --match \"\(m)\": expected label=value or label!=value") }
        guard let d = Self.days(duration), d > 0 else { throw ValidationError("invalid --for \"\(duration)\": expected whole days, e.g. 3d or 1w") }
        if comment.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--comment must say why") }
    }

    static func days(_ text: String) -> Int? {
        guard let unit = text.last, let n = Int(text.dropLast()) else { return nil }
        return unit == "d" ? n : unit == "w" ? n * 7 : nil
    }

    func run() async throws {
        try await runReporting {
            let store = try await database.openStateStore()
            var book = try await store.alertBook()
            let start = from ?? today()
            let matchers = match.compactMap(LabelMatcher.init(parsing:))
            let silence = AlertSilence(id: "s\(book.silences.count + 1)-\(start)", matchers: matchers, starts: start,
                                       ends: start.advanced(by: Self.days(duration) ?? 1), comment: comment,
                                       createdBy: ProcessInfo.processInfo.environment["USER"])
            book.silences.append(silence)
            try await store.commit(book, outbox: [])
            print("silence \(silence.id): \(matchers.map(\.description).joined(separator: ", ")) from \(silence.starts) until \(silence.ends) (not included): \(comment)")
        }
    }
}

struct AlertsBacktest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Replay the rules over every day of a range: what would have fired, when, for how long, how many notifications.",
        discussion: """
            Each day is evaluated as a morning run would have (its revision window, the state the \
            day before left), on the data as it is now; the database's alert state is not touched. \
            With --truth (uptake generate's truth.json), precision (episodes matching a planted \
            event) and recall (drops, level shifts and rate drops alerted within 2 days) are reported.

              uptake alerts backtest --rules datasets/alerts.yaml --from 2025-03-01 --to 2025-10-31 --format json
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var rules: RulesOption
    @Option(name: .long, help: ArgumentHelp("The first day replayed, YYYY-MM-DD.", valueName: "day"))
    var from: Day
    @Option(name: .long, help: ArgumentHelp("The last day replayed, YYYY-MM-DD.", valueName: "day"))
    var to: Day
    @Option(name: .long, help: ArgumentHelp("A truth file (JSON array of events: id, kind, locality, metric, start, end).", valueName: "path"))
    var truth: String?
    @OptionGroup var calendar: CalendarOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if from > to { throw ValidationError("--from must not be after --to") }
    }

    func run() async throws {
        try await runReporting {
            let file = try rules.load()
            let store = try await database.openStateStore()
            var question = AlertsBacktestQuestion(from: from, to: to)
            try usage { () throws(QueryError) in try question.validate(.commandLine) }
            if let truth {
                guard let data = FileManager.default.contents(atPath: truth) else {
                    throw CLIError.failure("cannot read the truth file \(truth)", hint: "check the path given to --truth")
                }
                do { question.truth = try JSONDecoder().decode([AlertTruthEvent].self, from: data) } catch {
                    throw CLIError.invalidData("\(truth): not a JSON array of events (id, kind, locality, metric, start, end): \(error)")
                }
            }
            let context = AnswerContext(store: store, calendar: try calendar.load(), today: { today() }, spelling: .commandLine,
                                        alerting: AlertSetup(rules: file, state: store))
            try output.write(result: AlertBacktestTable(await question.answer(context)))
        }
    }
}

struct AlertsInit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write the shipped rule file (datasets/alerts.yaml) to start from.")

    @Option(name: .long, help: ArgumentHelp("Where to write it (an existing file is left alone).", valueName: "path"))
    var out: String = "alerts.yaml"

    func run() throws {
        try runReportingSync {
            // The text the server evaluates when given no rules: one copy of datasets/alerts.yaml in the binary.
            let data = Data(AlertRuleFile.shippedText.utf8)
            if FileManager.default.fileExists(atPath: out) {
                throw CLIError.failure("\(out) exists; it is left as it is", hint: "choose another --out, or remove it first", code: .refused)
            }
            guard FileManager.default.createFile(atPath: out, contents: data) else {
                throw CLIError.failure("cannot write \(out)", hint: "check that its folder exists and is writable", code: .io)
            }
            let rules = try AlertRuleParser(file: out).parse(String(decoding: data, as: UTF8.self)).rules.count
            print("wrote \(out): \(rules) rules; check them with 'uptake alerts test --rules \(out)'")
        }
    }
}
