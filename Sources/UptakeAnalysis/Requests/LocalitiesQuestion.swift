import Foundation
import UptakeCore
import UptakeStoreAPI

/// `localities`: the official list, filtered by level, a parent's communes, a name search (case and
/// diacritics ignored).
public struct LocalitiesQuestion: Question {
    public static let name = "localities"

    public var level: LocalityLevel?
    public var parent: String?
    public var search: String?
    /// Today's units (`nil`) or the pre-reform ones, named and parented as the crosswalk gives them.
    public var vintage: UnitVintage?

    public init(level: LocalityLevel? = nil, parent: String? = nil, search: String? = nil, vintage: UnitVintage? = nil) {
        self.vintage = vintage
        self.level = level
        self.parent = parent
        self.search = search
    }

    public func validate(_ name: ParameterSpelling) throws(QueryError) {
        if parent != nil, let level, level != .commune {
            throw QueryError("\(name("parent")) lists communes: leave out \(name("level")) \(level.rawValue), or use \(name("level")) commune")
        }
    }

    public func answer(_ context: AnswerContext) async throws -> [Locality] {
        try apply(to: try await context.inUnits(vintage, readingApplications: false).store.localities())
    }

    /// The localities of `all` that pass; an unknown parent is an error, not an empty list.
    public func apply(to all: [Locality]) throws(QueryError) -> [Locality] {
        var list = all
        if let level { list = list.filter { $0.level == level } }
        if let parent {
            guard all.contains(where: { $0.code == parent }) else {
                throw QueryError("unknown locality \"\(parent)\"", hint: "list provinces with", next: NextStep("localities", parameters: [.init("level", "province")]), code: .notFound)
            }
            list = list.filter { $0.parentCode == parent }
        }
        if let search {
            let needle = search.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            list = list.filter { l in
                [l.name, l.fullName ?? "", l.nameEn ?? ""].contains {
                    $0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).contains(needle)
                }
            }
        }
        return list
    }
}
