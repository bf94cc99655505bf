import UptakeCore

/// What an incidents or readiness row filed in pre-reform units keeps of its old unit (issue 26):
/// the code as filed (`old_code`; '' for a row filed in today's units, so that it stays part of the
/// key: two old units that went into one commune keep a row each) and whether the row stands for a
/// divided unit, copied to every commune it went into (`allocated`). Every store's writer marks
/// rows with it, so SQLite and PostgreSQL keep the same marks.
package struct OldUnitMark {
    package let code: String
    package let allocated: Bool

    /// `code`: the old unit as filed, or `nil` for a row filed in today's units.
    package init(_ code: String?) {
        self.code = code ?? ""
        allocated = code.flatMap { ReformCrosswalk.vietnam2025[$0]?.isDivided } ?? false
    }
}
