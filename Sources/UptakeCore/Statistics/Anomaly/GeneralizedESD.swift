import GSLSupport

/// Which side of the centre an outlier may lie on.
public enum ESDAlternative: String, Sendable, Hashable, Codable, CaseIterable {
    /// Far from the centre either way: `|x − centre| / scale`.
    case twoSided
    /// Only high values: `(x − centre) / scale`.
    case greater
    /// Only low values: `(centre − x) / scale`.
    case less
}

/// The generalized extreme studentized deviate test for up to `maxOutliers` outliers (Rosner 1983,
/// "Percentage points for a generalized ESD many-outlier procedure", Technometrics 25(2), 165–172).
///
/// Step i = 1…r removes the observation farthest from the mean of those left, `R_i = max |x − x̄| / s`
/// (`s` the sample standard deviation, denominator n − 1), and compares it with
/// `λ_i = (n − i)·t_{p, n−i−1} / √((n − i − 1 + t²_{p, n−i−1})(n − i + 1))`, `p = 1 − α/(2(n − i + 1))`
/// (two-sided; `1 − α/(n − i + 1)` one-sided), `t` the Student t quantile (GSL's `gsl_cdf_tdist_Pinv`).
/// The number of outliers is the largest i with `R_i > λ_i`; they are the first i observations removed.
/// This is NIST's formulation and PyAstronomy's `pyasl.generalizedESD(..., ubvar=True)`.
///
/// With `robust` (Hochenbaum et al. 2017's hybrid ESD) the mean is replaced by the median and `s` by
/// `1.4826·MAD` of the observations left, as in Twitter's `AnomalyDetection` R package.
///
/// Edge cases: missing values (`NaN`) are left out and indices refer to the original array; ties for the
/// farthest observation go to the earliest; when the scale of the observations left is 0 (all equal) the
/// procedure stops there, with the statistics computed so far (`AnomalyDetection` does the same). The
/// data need `maxOutliers + 2` observed values, so that every `t` has a degree of freedom.
///
/// Written by hand (GSL gives only the t quantile); O(maxOutliers · n).
public struct GeneralizedESD: Sendable, Hashable {
    /// The most outliers to look for (r).
    public let maxOutliers: Int
    /// The significance level of the whole procedure.
    public let alpha: Double
    /// Which side outliers may lie on.
    public let alternative: ESDAlternative
    /// Median and `1.4826·MAD` instead of mean and standard deviation.
    public let robust: Bool

    /// - Throws: ``StatisticsError`` unless `maxOutliers ≥ 1` and `0 < alpha < 1`.
    public init(maxOutliers: Int, alpha: Double = 0.05, alternative: ESDAlternative = .twoSided,
                robust: Bool = false) throws(StatisticsError) {
        guard maxOutliers >= 1 else { throw StatisticsError("maxOutliers must be a positive integer (is \(maxOutliers))") }
        guard alpha > 0, alpha < 1 else { throw StatisticsError("alpha must be between 0 and 1 (is \(alpha))") }
        self.maxOutliers = maxOutliers
        self.alpha = alpha
        self.alternative = alternative
        self.robust = robust
    }

    /// Tests `values` (`NaN` for missing).
    /// - Throws: ``StatisticsError`` when a value is infinite or fewer than `maxOutliers + 2` are observed.
    public func test(_ values: [Double]) throws(StatisticsError) -> ESDResult {
        guard !values.contains(where: \.isInfinite) else {
            throw StatisticsError("ESD needs finite values; the series holds an infinite one")
        }
        var index = ContiguousArray<Int>(), left = ContiguousArray<Double>()
        for (i, x) in values.enumerated() where !x.isNaN { index.append(i); left.append(x) }
        let n = left.count
        guard maxOutliers <= n - 2 else {
            throw StatisticsError("ESD needs at least maxOutliers + 2 = \(maxOutliers + 2) observed values (has \(n))")
        }
        var scratch = ContiguousArray<Double>(repeating: 0, count: n)
        var removed = [Int](), statistics = [Double](), critical = [Double]()
        var count = 0
        for i in 1...maxOutliers {
            let m = left.count
            let centre: Double, scale: Double
            if robust {
                for j in 0..<m { scratch[j] = left[j] }
                centre = RobustScale.medianInPlace(&scratch, count: m)
                for j in 0..<m { scratch[j] = left[j] }
                scale = RobustScale.madInPlace(&scratch, count: m)
            } else {
                var sum = 0.0
                for x in left { sum += x }
                let mean = sum / Double(m)
                var squares = 0.0
                for x in left { squares += (x - mean) * (x - mean) }
                (centre, scale) = (mean, (squares / Double(m - 1)).squareRoot())
            }
            guard scale > 0 else { break }
            var farthest = -Double.infinity, at = 0
            for j in 0..<m {
                let d: Double
                switch alternative {
                case .twoSided: d = Swift.abs(left[j] - centre)
                case .greater: d = left[j] - centre
                case .less: d = centre - left[j]
                }
                if d > farthest { farthest = d; at = j }
            }
            let r = farthest / scale
            let tail = alternative == .twoSided ? alpha / (2 * Double(n - i + 1)) : alpha / Double(n - i + 1)
            let t: Double
            do { t = try Distributions.studentTQuantile(1 - tail, degreesOfFreedom: Double(n - i - 1)) } catch {
                throw StatisticsError("\(error)")
            }
            let lambda = Double(n - i) * t / ((Double(n - i - 1) + t * t) * Double(n - i + 1)).squareRoot()
            removed.append(index[at])
            statistics.append(r)
            critical.append(lambda)
            if r > lambda { count = i }
            index.remove(at: at)
            left.remove(at: at)
        }
        return ESDResult(outliers: Array(removed.prefix(count)), removed: removed, statistics: statistics,
                         criticalValues: critical)
    }
}

/// The outcome of a (generalized or hybrid) ESD test.
public struct ESDResult: Sendable, Hashable, Codable {
    /// Indices of the outliers found, in the order they were removed.
    public let outliers: [Int]
    /// Indices of every observation removed, outliers first (up to `maxOutliers`; fewer if the scale hit 0).
    public let removed: [Int]
    /// `R_i` for each removal.
    public let statistics: [Double]
    /// `λ_i` for each removal.
    public let criticalValues: [Double]
}

/// Seasonal hybrid ESD (Hochenbaum, Vallis & Kejariwal 2017, "Automatic anomaly detection in the cloud
/// via statistical learning", arXiv:1704.07706; Twitter's `AnomalyDetection`).
///
/// The residual `x − seasonal − median(x)`, with the seasonal component from the project's ``STL``, is
/// tested by the robust generalized ESD (median and `1.4826·MAD`, see ``GeneralizedESD``) for up to
/// `⌊n·maxAnomalies⌋` anomalies, `n` the number of observed days.
///
/// Deviation: `AnomalyDetection` uses R's `stl(s.window = "periodic", robust = TRUE)`; we take any ``STL``
/// and default to `STL(period: 7, seasonal: 7, robust: true)`, which lets the weekly pattern drift slowly
/// (pass a large odd `seasonal`, e.g. 10·n + 1, to approach "periodic").
///
/// Missing days (`NaN`): STL fills them to decompose (see ``STL``), their residual is `NaN` and they are
/// never anomalies; `n` and the median count observed days only.
public struct SeasonalHybridESD: Sendable, Hashable {
    /// The decomposition whose seasonal component is removed.
    public let stl: STL
    /// The most anomalies to look for, as a fraction of the observed days, in (0, 0.49].
    public let maxAnomalies: Double
    /// The significance level of the ESD procedure (0.05 by default, as `AnomalyDetection`).
    public let alpha: Double
    /// Which side anomalies may lie on.
    public let alternative: ESDAlternative

    /// - Throws: ``StatisticsError`` naming the invalid parameter.
    public init(stl: STL? = nil, maxAnomalies: Double = 0.1, alpha: Double = 0.05,
                alternative: ESDAlternative = .twoSided) throws(StatisticsError) {
        guard maxAnomalies > 0, maxAnomalies <= 0.49 else {
            throw StatisticsError("maxAnomalies must be greater than 0 and at most 0.49 (is \(maxAnomalies))")
        }
        guard alpha > 0, alpha < 1 else { throw StatisticsError("alpha must be between 0 and 1 (is \(alpha))") }
        if let stl { self.stl = stl } else { self.stl = try STL(period: 7, seasonal: 7, robust: true) }
        self.maxAnomalies = maxAnomalies
        self.alpha = alpha
        self.alternative = alternative
    }

    /// Finds the anomalous days of `series` (one value a day, `NaN` when missing).
    /// - Throws: ``StatisticsError`` from STL (too short, infinite values).
    public func detect(_ series: [Double]) throws(StatisticsError) -> SeasonalHybridESDResult {
        let decomposition = try stl.decompose(series)
        let observed = series.filter { !$0.isNaN }
        let median = RobustScale.median(observed)
        var residual = [Double](repeating: .nan, count: series.count)
        for i in series.indices where !series[i].isNaN { residual[i] = series[i] - decomposition.seasonal[i] - median }
        let most = Int((Double(observed.count) * maxAnomalies).rounded(.towardZero))
        guard most >= 1 else {
            return SeasonalHybridESDResult(residual: residual, esd: ESDResult(outliers: [], removed: [], statistics: [], criticalValues: []))
        }
        let esd = try GeneralizedESD(maxOutliers: most, alpha: alpha, alternative: alternative, robust: true).test(residual)
        return SeasonalHybridESDResult(residual: residual, esd: esd)
    }
}

/// The outcome of ``SeasonalHybridESD/detect(_:)``.
public struct SeasonalHybridESDResult: Sendable, Hashable, Codable {
    /// `x − seasonal − median(x)` per day, `NaN` at a missing day.
    public let residual: [Double]
    /// The robust ESD on `residual`.
    public let esd: ESDResult
    /// The anomalous days, in the order ESD removed them.
    public var anomalies: [Int] { esd.outliers }
}
