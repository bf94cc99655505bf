import Foundation
import UptakeCore

/// `with`: the evidence kinds set beside the numbers, comma-separated (`incidents,readiness`).
public struct EvidenceKinds: TextParameter, Hashable {
    public var kinds: Set<EvidenceKind>
    public init(_ kinds: Set<EvidenceKind>) { self.kinds = kinds }
    public init?(parameter text: String) {
        let list = text.split(separator: ",").map { EvidenceKind(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
        guard !list.isEmpty, !list.contains(where: { $0 == nil }) else { return nil }
        kinds = Set(list.compactMap { $0 })
    }
    public static var expected: String { EvidenceKind.allCases.map(\.rawValue).joined(separator: ", ") + ", comma-separated" }
    public var parameterText: String { EvidenceKind.allCases.filter(kinds.contains).map(\.rawValue).joined(separator: ",") }

    /// The collector for `range`, or `nil` when no kind is asked for.
    static func collector(_ kinds: EvidenceKinds?, _ context: AnswerContext, covering range: DayRange) async throws -> EvidenceCollector? {
        guard let kinds, !kinds.kinds.isEmpty else { return nil }
        return try await EvidenceCollector.load(store: context.store, kinds: kinds.kinds, covering: range)
    }
}
