import UptakeAnalysis
import UptakeCore

/// The filter form at the top of a page: a plain GET form with the API's parameter names, so a
/// page's address is also its API query. Its choices show the glossary's words and send the data
/// contract's identifiers; the reader's language rides along in a hidden field.
public struct DashboardForm: Sendable {
    public var action: String
    /// The values asked for, by parameter name, to show in the fields.
    public var values: [String: String]
    public var metric: Metric
    /// With the level and parent fields (the overview), or without (a locality's page).
    public var withUnits: Bool

    public init(action: String, values: [String: String], metric: Metric, withUnits: Bool) {
        (self.action, self.values, self.metric, self.withUnits) = (action, values, metric, withUnits)
    }

    func html(_ language: Language) -> String {
        let words = DashboardWords(language)
        struct Option { let value: String; let text: String; let selected: Bool }
        struct Select { let name: String; let label: String; let options: [Option] }
        struct Field { let name: String; let label: String; let value: String; let placeholder: String }
        struct View { let action: String; let lang: String; let selects: [Select]; let parent: Field?; let period: Field; let button: String }
        func select(_ name: String, _ label: String, _ terms: [Term], _ chosen: String?) -> Select {
            var options = terms.map { Option(value: $0.id, text: $0.text(language), selected: $0.id == chosen) }
            // A choice the list does not hold (several sectors from an address) stays as asked.
            if let chosen, !terms.contains(where: { $0.id == chosen }) { options.append(Option(value: chosen, text: chosen, selected: true)) }
            return Select(name: name, label: label, options: options)
        }
        var selects = [select("metric", words.indicator, Metric.allCases.map(\.term), metric.rawValue)]
        if withUnits {
            selects.append(select("level", words.level, [LocalityLevel.province.term, LocalityLevel.commune.term], values["level"] ?? "province"))
        }
        // "All sectors" sends nothing (an empty field is not given).
        let sectors = [Term("", en: Sector.all.term.en, vi: Sector.all.term.vi)] + Sector.standard.map(\.term)
        selects.append(select("sector", words.sector, sectors, values["sector"] ?? ""))
        // The baseline as compare takes it: the previous period (sends nothing) or last year.
        selects.append(select("baseline", words.comparedWith, [Term("", en: words.previousChoice.en, vi: words.previousChoice.vi),
                                                               Term("last-year", en: words.lastYearChoice.en, vi: words.lastYearChoice.vi)],
                              values["baseline"] ?? ""))
        // The province whose communes to list is typed: codes and names both work.
        let parent = withUnits ? Field(name: "parent", label: words.parent, value: values["parent"] ?? "", placeholder: words.parentPlaceholder) : nil
        return DashboardPages.render(DashboardTemplates.form, View(
            action: action, lang: language.rawValue, selects: selects, parent: parent,
            period: Field(name: "period", label: words.period, value: values["period"] ?? "", placeholder: words.periodPlaceholder), button: words.show))
    }
}
