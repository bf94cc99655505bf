import Foundation
import UptakeCore
import UptakeStoreAPI
import Yams

/// A rule file that cannot be used: where (file:line:column, from Yams' marks) and why.
public struct AlertRuleError: UptakeError, Equatable {
    public var file: String
    public var line: Int
    public var column: Int
    public var reason: String
    public var hint: String?

    public var code: ErrorCode { .invalidInput }
    public var message: String { "\(file):\(line):\(column): \(reason)" }
}

/// Reads a rule file. Every node is checked by hand against the schema so that each mistake (an
/// unknown key, a bad duration, a misspelt kind) is reported at its own line and column.
public struct AlertRuleParser {
    let file: String

    public init(file: String) { self.file = file }

    public func parse(_ text: String) throws(AlertRuleError) -> AlertRuleFile {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { throw fail(nil, "the file is empty", hint: "start with 'rules:' and a list of rules") }
            root = node
        } catch let e as AlertRuleError {
            throw e
        } catch let YamlError.scanner(_, problem, mark, _), let YamlError.parser(_, problem, mark, _), let YamlError.composer(_, problem, mark, _) {
            throw AlertRuleError(file: file, line: mark.line, column: mark.column, reason: "not valid YAML: \(problem)", hint: nil)
        } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
            // Its description holds the whole file: a long file flooded the terminal.
            throw AlertRuleError(file: file, line: context.mark.line, column: context.mark.column,
                                 reason: "key \"\(FieldReader.excerpt(duplicates.first ?? ""))\" given twice in a mapping", hint: "keep one of them")
        } catch {
            throw AlertRuleError(file: file, line: 1, column: 1, reason: "not valid YAML: \(error)", hint: nil)
        }
        let top = try mapping(root, allowed: ["rules", "inhibit_rules", "receivers", "route", "evaluation"], what: "the file")
        guard let rulesNode = top["rules"] else { throw fail(root, "no 'rules:' list", hint: "add 'rules:' with at least one rule") }
        var rules: [AlertRule] = []
        var ruleLines: [String: Int] = [:]  // by name: a scan of the rules so far was quadratic
        for node in try sequence(rulesNode, what: "rules") {
            let rule = try parseRule(node)
            if let line = ruleLines[rule.name] {
                throw fail(node, "a second rule named \(rule.name) (the first is at line \(line))", hint: "rule names must be unique")
            }
            ruleLines[rule.name] = rule.line
            rules.append(rule)
        }
        guard !rules.isEmpty else { throw fail(rulesNode, "the rules list is empty", hint: nil) }
        var inhibit: [InhibitRule] = []
        if let n = top["inhibit_rules"] {
            for x in try sequence(n, what: "inhibit_rules") { inhibit.append(try parseInhibit(x)) }
        }
        var receivers: [AlertReceiver] = []
        if let n = top["receivers"] {
            var names: Set<String> = []
            for x in try sequence(n, what: "receivers") {
                let r = try parseReceiver(x)
                guard names.insert(r.name).inserted else { throw fail(x, "a second receiver named \(r.name)", hint: "receiver names must be unique") }
                receivers.append(r)
            }
        }
        var window = 7
        var lapse = AlertRuleFile.defaultAlertmanagerLapseDays
        if let evaluation = top["evaluation"] {
            let e = try mapping(evaluation, allowed: ["revision_window", "alertmanager_ends_after"], what: "evaluation")
            if let w = e["revision_window"] { window = try days(w, what: "revision_window", minimum: 1) }
            if let l = e["alertmanager_ends_after"] { lapse = try days(l, what: "alertmanager_ends_after", minimum: 1) }
        }
        var route: AlertRoute?
        if let n = top["route"] {
            let known = Set(receivers.map(\.name))
            let r = try parseRoute(n, known: known, isRoot: true)
            guard r.receiver != nil else { throw fail(n, "the route has no receiver", hint: "add 'receiver: <name>' to the top of the route") }
            route = r
        }
        return AlertRuleFile(rules: rules, inhibitRules: inhibit, receivers: receivers, revisionWindowDays: window, route: route,
                             alertmanagerLapseDays: lapse)
    }

    /// A node of the routing tree (Alertmanager's `route:`): receiver, matchers, group_by, group_wait,
    /// group_interval, continue, routes.
    func parseRoute(_ node: Node, known: Set<String>, isRoot: Bool) throws(AlertRuleError) -> AlertRoute {
        let m = try mapping(node, allowed: ["receiver", "matchers", "group_by", "group_wait", "group_interval", "continue", "routes"],
                            what: isRoot ? "the route" : "a route")
        var route = AlertRoute()
        if let n = m["receiver"] {
            let name = try scalar(n, what: "receiver")
            guard known.contains(name) else {
                throw fail(n, "no receiver named \(name)", hint: known.isEmpty ? "add it under 'receivers:'" : "the receivers are: \(known.sorted().joined(separator: ", "))")
            }
            route.receiver = name
        }
        if let n = m["matchers"] {
            if isRoot { throw fail(n, "the top route matches every alert: matchers belong to its routes", hint: nil) }
            route.matchers = try sequence(n, what: "matchers").map { x throws(AlertRuleError) -> LabelMatcher in
                let t = try scalar(x, what: "a matcher")
                guard let matcher = LabelMatcher(parsing: t) else { throw fail(x, "\"\(t)\" is not a matcher", hint: "label=value or label!=value") }
                return matcher
            }
        }
        if let n = m["group_by"] { route.groupBy = try sequence(n, what: "group_by").map { x throws(AlertRuleError) in try scalar(x, what: "a group_by label") } }
        if let n = m["group_wait"] { route.groupWaitDays = try days(n, what: "group_wait", minimum: 0) }
        if let n = m["group_interval"] { route.groupIntervalDays = try days(n, what: "group_interval", minimum: 0) }
        if let n = m["continue"] {
            if isRoot { throw fail(n, "continue applies to the routes under the top one", hint: nil) }
            route.continueMatching = try bool(n, what: "continue")
        }
        if let n = m["routes"] {
            for x in try sequence(n, what: "routes") { route.routes.append(try parseRoute(x, known: known, isRoot: false)) }
        }
        return route
    }

    func parseRollUp(_ node: Node, level: LocalityLevel, rule: String) throws(AlertRuleError) -> AlertRollUpPolicy {
        guard level == .commune else { throw fail(node, "roll_up applies to commune rules; rule \(rule) watches level \(level.rawValue)", hint: nil) }
        let m = try mapping(node, allowed: ["min_expected", "min_communes"], what: "roll_up")
        guard let e = m["min_expected"] else { throw fail(node, "roll_up needs min_expected", hint: "e.g. roll_up: {min_expected: 20}: communes expecting fewer a day are judged in their province") }
        let minimum = try number(e, what: "min_expected", range: 0...1_000_000)
        let communes = try m["min_communes"].map { n throws(AlertRuleError) in Int(try number(n, what: "min_communes", range: 1...10_000)) } ?? 2
        return AlertRollUpPolicy(minExpected: minimum, minCommunes: communes)
    }

    func parseRule(_ node: Node) throws(AlertRuleError) -> AlertRule {
        let m = try mapping(node, allowed: ["name", "watch", "condition", "for", "keep_firing_for", "repeat_interval", "labels", "annotations", "group_by",
                                             "roll_up"],
                            what: "a rule")
        guard let nameNode = m["name"] else { throw fail(node, "a rule without a name", hint: "add 'name: ProvinceDrop'") }
        let name = try scalar(nameNode, what: "name")
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
            throw fail(nameNode, "rule name \"\(name)\" must be letters, digits and _ (it is the alertname label)", hint: nil)
        }
        guard let watchNode = m["watch"] else { throw fail(node, "rule \(name) has no 'watch:'", hint: "add 'watch: {metric: received, level: province}'") }
        let watch = try parseWatch(watchNode)
        guard let conditionNode = m["condition"] else { throw fail(node, "rule \(name) has no 'condition:'", hint: "add 'condition: {anomaly: {kinds: [drop]}}'") }
        let condition = try parseCondition(conditionNode, metric: watch.metric)
        var labels: [String: String] = [:]
        if let l = m["labels"] {
            let entries = try mapping(l, allowed: nil, what: "labels")
            try bounded(l, entries.count, "labels", rule: name)
            for (k, v) in entries {
                if ["alertname", "locality", "province", "level", "metric", "sector", "name", "rolled_up"].contains(k) {
                    throw fail(l, "label \(k) is set by Uptake for every alert", hint: "choose another label name")
                }
                labels[k] = try scalar(v, what: "label \(k)")
            }
        }
        var annotations: [String: AlertTemplate] = [:]
        if let a = m["annotations"] {
            let entries = try mapping(a, allowed: nil, what: "annotations")
            try bounded(a, entries.count, "annotations", rule: name)
            for (k, v) in entries {
                let text = try scalar(v, what: "annotation \(k)")
                do throws(TemplateError) {
                    annotations[k] = try AlertTemplate(text)
                } catch {
                    throw fail(v, "annotation \(k): \(error.message)", hint: "placeholders are written {{ name }}")
                }
            }
        }
        let groupBy = try m["group_by"].map { n throws(AlertRuleError) in
            let items = try sequence(n, what: "group_by")
            try bounded(n, items.count, "group_by labels", rule: name)
            return try items.map { x throws(AlertRuleError) in try scalar(x, what: "a group_by label") }
        } ?? ["alertname"]
        return AlertRule(name: name, watch: watch, condition: condition,
                         forDays: try m["for"].map { n throws(AlertRuleError) in try days(n, what: "for", minimum: 1) } ?? 1,
                         keepFiringForDays: try m["keep_firing_for"].map { n throws(AlertRuleError) in try days(n, what: "keep_firing_for", minimum: 0) } ?? 0,
                         repeatIntervalDays: try m["repeat_interval"].map { n throws(AlertRuleError) in try days(n, what: "repeat_interval", minimum: 1) },
                         labels: labels, annotations: annotations, groupBy: groupBy, line: node.mark?.line ?? 0,
                         rollUp: try m["roll_up"].map { n throws(AlertRuleError) in try parseRollUp(n, level: watch.level, rule: name) })
    }

    func parseWatch(_ node: Node) throws(AlertRuleError) -> AlertWatch {
        let m = try mapping(node, allowed: ["metric", "level", "provinces", "by_sector"], what: "watch")
        var watch = AlertWatch()
        if let n = m["metric"] {
            let text = try scalar(n, what: "metric")
            guard let metric = Metric(rawValue: text), metric.hasDailySeries else {
                throw fail(n, "unknown metric \"\(text)\"", hint: "one of: \(Metric.allCases.filter(\.hasDailySeries).map(\.rawValue).joined(separator: ", "))")
            }
            watch.metric = metric
        }
        if let n = m["level"] {
            let text = try scalar(n, what: "level")
            guard let level = LocalityLevel(rawValue: text) else { throw fail(n, "unknown level \"\(text)\"", hint: "nation, province or commune") }
            watch.level = level
        }
        if let n = m["provinces"] {
            let codes = try sequence(n, what: "provinces").map { x throws(AlertRuleError) -> String in
                let c = try scalar(x, what: "a province code")
                guard c.count == 2, c.allSatisfy(\.isNumber) else { throw fail(x, "\"\(c)\" is not a province code", hint: "two digits, quoted: \"79\"") }
                return c
            }
            if watch.level == .nation { throw fail(n, "provinces do not apply at level nation", hint: nil) }
            watch.provinces = codes
        }
        if let n = m["by_sector"] { watch.bySector = try bool(n, what: "by_sector") }
        return watch
    }

    func parseCondition(_ node: Node, metric: Metric) throws(AlertRuleError) -> AlertCondition {
        let m = try mapping(node, allowed: ["anomaly", "drop_percent", "rate_below"], what: "condition")
        var c = AlertCondition()
        if let a = m["anomaly"] {
            let am = try mapping(a, allowed: ["kinds", "min_severity", "min_score"], what: "anomaly")
            var match = AnomalyMatch()
            if let k = am["kinds"] {
                match.kinds = Set(try sequence(k, what: "kinds").map { x throws(AlertRuleError) -> AnomalyKind in
                    let t = try scalar(x, what: "a kind")
                    guard let kind = AnomalyKind(rawValue: t) else {
                        throw fail(x, "unknown anomaly kind \"\(t)\"", hint: "one of: \(AnomalyKind.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    return kind
                })
            } else if metric.isRate {
                match.kinds = [.rateDrop]
            }
            if let s = am["min_severity"] {
                let t = try scalar(s, what: "min_severity")
                guard let sev = AnomalySeverity(rawValue: t) else { throw fail(s, "unknown severity \"\(t)\"", hint: "minor, major or critical") }
                match.minSeverity = sev
            }
            if let s = am["min_score"] { match.minScore = try number(s, what: "min_score", range: 0...1000) }
            c.anomaly = match
        }
        if let d = m["drop_percent"] {
            if metric.isRate { throw fail(d, "drop_percent compares counts; \(metric.rawValue) is a rate", hint: "use rate_below, or anomaly kinds [rate_drop]") }
            c.dropShare = try number(d, what: "drop_percent", range: 0...100) / 100
        }
        if let r = m["rate_below"] {
            guard metric.isRate else { throw fail(r, "rate_below needs a rate metric; \(metric.rawValue) is a volume", hint: "use drop_percent for a volume") }
            c.rateBelow = try number(r, what: "rate_below", range: 0...1)
        }
        guard c.anomaly != nil || c.dropShare != nil || c.rateBelow != nil else {
            throw fail(node, "an empty condition", hint: "give anomaly, drop_percent or rate_below")
        }
        return c
    }

    func parseInhibit(_ node: Node) throws(AlertRuleError) -> InhibitRule {
        let m = try mapping(node, allowed: ["source_matchers", "target_matchers", "equal"], what: "an inhibit rule")
        func matchers(_ key: String) throws(AlertRuleError) -> [LabelMatcher] {
            guard let n = m[key] else { throw fail(node, "an inhibit rule without \(key)", hint: "e.g. \(key): [alertname=ProvinceOutage]") }
            return try sequence(n, what: key).map { x throws(AlertRuleError) -> LabelMatcher in
                let t = try scalar(x, what: "a matcher")
                guard let matcher = LabelMatcher(parsing: t) else { throw fail(x, "\"\(t)\" is not a matcher", hint: "label=value or label!=value") }
                return matcher
            }
        }
        let equal = try m["equal"].map { n throws(AlertRuleError) in try sequence(n, what: "equal").map { x throws(AlertRuleError) in try scalar(x, what: "a label") } } ?? []
        return InhibitRule(source: try matchers("source_matchers"), target: try matchers("target_matchers"), equal: equal)
    }

    func parseReceiver(_ node: Node) throws(AlertRuleError) -> AlertReceiver {
        let m = try mapping(node, allowed: ["name", "stdout", "file", "webhook", "alertmanager", "language"], what: "a receiver")
        guard let n = m["name"] else { throw fail(node, "a receiver without a name", hint: "add 'name: ops'") }
        let name = try scalar(n, what: "name")
        let kinds = AlertReceiver.Kind.allCases.filter { m[$0.rawValue] != nil }
        guard kinds.count == 1, let kind = kinds.first, let targetNode = m[kind.rawValue] else {
            throw fail(node, "receiver \(name) needs exactly one of stdout, file, webhook, alertmanager", hint: nil)
        }
        let target = kind == .stdout ? "" : try scalar(targetNode, what: kind.rawValue)
        if kind == .webhook || kind == .alertmanager {
            guard let url = URL(string: target), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
                throw fail(targetNode, "\"\(target)\" is not an http(s) URL", hint: "e.g. http://127.0.0.1:9093")
            }
        }
        let language = try m["language"].map { n throws(AlertRuleError) in
            let code = try scalar(n, what: "language")
            guard AnnotationLanguage.codes.contains(code) else {
                throw fail(n, "receiver \(name): unknown language \"\(code)\"", hint: "one of \(AnnotationLanguage.codes.joined(separator: ", "))")
            }
            return code
        }
        return AlertReceiver(name: name, kind: kind, target: target, language: language)
    }

    /// The most labels, annotations or group_by labels a rule may have: real rules have a handful,
    /// and each is hashed, rendered and stored for every alert of every run (80,000 labels took minutes).
    public static let maxPerRule = 100

    func bounded(_ node: Node, _ count: Int, _ what: String, rule: String) throws(AlertRuleError) {
        guard count > Self.maxPerRule else { return }
        throw fail(node, "rule \(rule) has \(count) \(what); at most \(Self.maxPerRule)",
                   hint: "keep those the receivers route, group or read by; more text can go in one annotation")
    }

    // MARK: Nodes

    func fail(_ node: Node?, _ reason: String, hint: String?) -> AlertRuleError {
        AlertRuleError(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, reason: reason, hint: hint)
    }

    /// A mapping's entries by key (in file order); with `allowed`, an unknown key is an error at that key.
    func mapping(_ node: Node, allowed: [String]?, what: String) throws(AlertRuleError) -> OrderedEntries {
        guard let m = node.mapping else { throw fail(node, "\(what) must be a mapping (key: value)", hint: nil) }
        var entries = OrderedEntries()
        for (k, v) in m {
            guard let key = k.string else { throw fail(k, "a key of \(what) must be text", hint: nil) }
            if let allowed, !allowed.contains(key) {
                throw fail(k, "unknown key \"\(key)\" in \(what)", hint: "known keys: \(allowed.joined(separator: ", "))")
            }
            if entries[key] != nil { throw fail(k, "key \"\(key)\" given twice in \(what)", hint: nil) }
            entries.append(key, v)
        }
        return entries
    }

    func sequence(_ node: Node, what: String) throws(AlertRuleError) -> [Node] {
        guard let s = node.sequence else { throw fail(node, "\(what) must be a list", hint: "write it as [a, b] or as lines starting with '- '") }
        return Array(s)
    }

    func scalar(_ node: Node, what: String) throws(AlertRuleError) -> String {
        guard let s = node.scalar else { throw fail(node, "\(what) must be a single value", hint: nil) }
        return s.string
    }

    func bool(_ node: Node, what: String) throws(AlertRuleError) -> Bool {
        guard let b = node.bool else { throw fail(node, "\(what) must be true or false", hint: nil) }
        return b
    }

    func number(_ node: Node, what: String, range: ClosedRange<Double>) throws(AlertRuleError) -> Double {
        guard let x = node.float ?? node.int.map(Double.init), range.contains(x) else {
            throw fail(node, "\(what) must be a number from \(range.lowerBound.formatted()) to \(range.upperBound.formatted())", hint: nil)
        }
        return x
    }

    func days(_ node: Node, what: String, minimum: Int) throws(AlertRuleError) -> Int {
        let text = try scalar(node, what: what)
        guard let d = DayDuration.parse(text), d >= minimum else {
            throw fail(node, "\(what): \"\(text)\" is not a duration from \(minimum) day\(minimum == 1 ? "" : "s") to \(DayDuration.maximum) days",
                       hint: "whole days: 2d, 1w (Uptake judges one value a day; at most \(DayDuration.maximum)d)")
        }
        return d
    }
}

/// A mapping's entries in file order, looked up by key through an index: a scan per key made
/// checking a rule with 20,000 labels take 96 s (80,000: half an hour).
struct OrderedEntries: Sequence {
    private var pairs: [(String, Node)] = []
    private var positions: [String: Int] = [:]
    mutating func append(_ k: String, _ v: Node) {
        if positions[k] == nil { positions[k] = pairs.count }
        pairs.append((k, v))
    }
    subscript(key: String) -> Node? { positions[key].map { pairs[$0].1 } }
    var count: Int { pairs.count }
    func makeIterator() -> IndexingIterator<[(String, Node)]> { pairs.makeIterator() }
}
