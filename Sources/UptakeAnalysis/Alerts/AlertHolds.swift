import UptakeCore
import UptakeStoreAPI

/// What keeps a firing alert from being notified on a day: a silence active that day, or an
/// inhibition (another firing alert matching an inhibit rule's source, sharing its `equal` labels).
/// One function for the evaluation and for `alerts list`, so both say the same.
public enum AlertHolds {
    public static func held(_ book: AlertBook, inhibitRules: [InhibitRule], on day: Day?) -> (silenced: Set<String>, inhibited: Set<String>) {
        let firing = book.alerts.values.filter { $0.status == .firing }.sorted { $0.fingerprint < $1.fingerprint }
        let silences = day.map { d in book.silences.filter { $0.isActive(on: d) } } ?? []
        let silenced = Set(firing.filter { r in silences.contains { $0.silences(r.labels) } }.map(\.fingerprint))
        let inhibited = Set(firing.filter { AlertEvaluator.isInhibited($0, by: firing, inhibitRules) }.map(\.fingerprint))
        return (silenced, inhibited)
    }

    /// Ends a silence early: from `day` on it holds nothing (a silence not started yet never will).
    /// Fails when no silence has that id or it has already ended.
    public static func expire(_ id: String, in book: AlertBook, on day: Day) throws(QueryError) -> (book: AlertBook, silence: AlertSilence) {
        var book = book
        guard let i = book.silences.firstIndex(where: { $0.id == id }) else {
            let known = book.silences.map(\.id)
            throw QueryError("no silence \(id)", hint: known.isEmpty ? "there are no silences" : "the silences are: \(known.joined(separator: ", ")); they are listed by",
                             next: known.isEmpty ? nil : NextStep("alerts", "list"))
        }
        guard book.silences[i].ends > day else {
            throw QueryError("silence \(id) already ended on \(book.silences[i].ends)", hint: "nothing to do")
        }
        book.silences[i].ends = max(book.silences[i].starts, day)
        return (book, book.silences[i])
    }
}
