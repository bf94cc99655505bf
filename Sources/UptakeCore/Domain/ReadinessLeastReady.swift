extension ReadinessValue {
    /// The less ready of two values of one criterion: `false` before `true`, red before yellow before
    /// green. A commune formed from several pre-reform units holds a readiness row for each old unit
    /// that reported on the same day (issue 26); as of that day it is as ready as its least ready part,
    /// so a gap reported in any one of them is not hidden by the others.
    public func lessReady(_ other: ReadinessValue) -> ReadinessValue {
        switch (self, other) {
        case (.flag(let a), .flag(let b)): return .flag(a && b)
        case (.colour(let a), .colour(let b)):
            let order: [StatusColour] = [.red, .yellow, .green]
            return .colour(order.firstIndex(of: a)! <= order.firstIndex(of: b)! ? a : b)
        default: return self  // one criterion's rows are all flags or all colours (the validator's rule)
        }
    }
}
