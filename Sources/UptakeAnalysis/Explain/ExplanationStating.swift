import UptakeCore

extension Explanation {
    /// This explanation with `fall` as its test of "did it fall" (`nil`: unchanged): the headline
    /// numbers and every `fall` fact state it. An anomaly's explanation (`explain --anomaly ID`, an
    /// alert's `{{ explanation }}`) states the anomaly's own test (``Anomaly/fall``: its days against
    /// the scan's baseline), so a drop the scan reports is never called "no fall" for the same days;
    /// explain's own two-period test at a count of 1 is far wider than the scan's negative binomial
    /// (issue 24: "1 received against 18 expected" paged with "no fall to explain (p = 0.0512)").
    public func stating(_ fall: FallTest?) -> Explanation {
        guard let fall else { return self }
        var e = self
        e.fall = fall
        (e.value, e.baselineValue, e.low, e.high, e.pValue) = (fall.observed, fall.expected, fall.low, fall.high, fall.pValue)
        (e.change, e.relativeChange) = (fall.observed - fall.expected, fall.expected > 0 ? fall.observed / fall.expected - 1 : nil)
        for i in e.causes.indices {
            e.causes[i].facts = e.causes[i].facts.map { fact in
                guard case .fall(var f) = fact, f.mode == .change else { return fact }
                f.test = fall
                return .fall(f)
            }
        }
        return e
    }
}
