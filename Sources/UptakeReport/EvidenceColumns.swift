import UptakeAnalysis
import UptakeCore

extension Table {
    /// This table with the evidence of `--with` appended, one ``UnitEvidence`` per row:
    /// `incidents` (a count) and `incident_kinds` (an object of counts by kind) for incidents;
    /// `readiness_unmet` (an array of criteria, most often unmet first) and `readiness_unmet_communes`
    /// (an object: the communes not meeting each) for readiness. The text formats show the count and
    /// the array; CSV writes `a;b` and `a=12;b=3`.
    public func withEvidence(_ evidence: [UnitEvidence], kinds: Set<EvidenceKind>) -> Table {
        guard !kinds.isEmpty else { return self }
        precondition(evidence.count == rows.count, "one evidence per row")
        var copy = self
        if kinds.contains(.incidents) {
            copy.columns += ["incidents", "incident_kinds"]
            copy.dataOnly.insert("incident_kinds")
        }
        if kinds.contains(.readiness) {
            copy.columns += ["readiness_unmet", "readiness_unmet_communes"]
            copy.dataOnly.insert("readiness_unmet_communes")
        }
        for (i, e) in evidence.enumerated() {
            if kinds.contains(.incidents) {
                let kinds = IncidentKind.allCases.filter { (e.incidentKinds[$0] ?? 0) > 0 }
                copy.rows[i] += [e.incidents.map { .integer(Int64($0)) } ?? .empty,
                                 .counts(keys: kinds.map(\.rawValue), values: kinds.map { Int64(e.incidentKinds[$0] ?? 0) })]
            }
            if kinds.contains(.readiness) {
                let unmet = e.unmet ?? []
                copy.rows[i] += [.list(unmet.map(\.rawValue)),
                                 .counts(keys: unmet.map(\.rawValue), values: unmet.map { Int64(e.unmetCommunes[$0] ?? 0) })]
            }
        }
        var notes: [String] = []
        if kinds.contains(.incidents) { notes.append("incidents: recorded at the unit or above it (or below a province) touching the period") }
        if kinds.contains(.readiness) { notes.append("readiness_unmet: criteria false or never reported as of the period's last day, by the commune or by any of the unit's communes") }
        copy.notes += notes
        return copy
    }
}
