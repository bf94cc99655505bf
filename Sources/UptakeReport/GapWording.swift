import UptakeAnalysis
import UptakeCore

extension EvidenceWording {
    /// `gap`'s result with its `summary` and `sentences` worded from its numbers (the analysis hands
    /// over none): "Hà Nội (01): the online-submission rate 32.73% against Việt Nam (VN) 45.10% in
    /// …: −12.37 points (95% CI …), p < 0.0001." and, for the costliest children (at most 3),
    /// "Thanh Xuân costs Hà Nội 0.74 points: 1,094 applications that would have been online at the
    /// national rate."
    public static func worded(_ g: GapResult, in language: Language = .en) -> GapResult {
        switch language {
        case .en: English.worded(g)
        case .vi: Vietnamese.worded(g)
        }
    }
}

extension English {
    static func worded(_ g: GapResult) -> GapResult {
        var out = g
        out.summary = "\(g.name) (\(g.locality)): \(metricNoun(g.metric)) \(percent(g.rate, 2)) against \(g.versusName) (\(g.versus)) \(percent(g.versusRate, 2)) "
            + "in \(range(DayRange(first: g.start, last: g.end))): \(signedPoints(g.difference)) (95% CI \(signedPoints(g.low)) to \(signedPoints(g.high)), \(p(g.pValue)))"
            + (g.high < 0 || g.low > 0 ? "." : "; not significantly different.")
        let versus = g.versus == Locality.nationCode ? "the national rate" : "\(g.versusName)'s rate"
        out.sentences = g.contributors.filter { $0.dimension == .locality && $0.contribution < 0 }.prefix(3).map { c in
            "\(c.name ?? c.locality ?? "") costs \(g.name) \(points(c.contribution)): \(count(c.shortfall ?? 0)) applications that would have been "
                + "\(success(g.metric)) at \(versus)."
        }
        return out
    }

    /// What the rate's numerator counts: "online" for online submission, and so on.
    static func success(_ m: Metric) -> String {
        switch m {
        case .onlineSubmission: "online"
        case .onlineResult: "returned online"
        case .sync: "synchronised"
        case .onTime: "on time"
        default: "counted"
        }
    }
}
