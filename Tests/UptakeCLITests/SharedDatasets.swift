import UptakeTestSupport

/// The generated datasets several suites share (built once per test run; see ``SharedDataset``).
extension SharedDataset {
    static let ingestGenerated = ["ingest", "--units", "current", "data/applications.csv", "data/incidents.csv", "data/readiness.csv"]

    /// Hà Nội, Cao Bằng and Hồ Chí Minh City, May–August 2025: the golden outputs and the report.
    static let threeProvinces = SharedDataset([
        ["init"], ["generate", "--provinces", "01,04,79", "--from", "2025-05-01", "--to", "2025-08-31", "--out", "data"], ingestGenerated,
    ])

    /// Every province and commune, June and July 2025: the published figures, and notebooks 01 and 04
    /// (the same commands, so `notebook check` with `UPTAKE_NOTEBOOK_CACHE` reuses it).
    static let nationalJuneJuly = SharedDataset([
        ["init"], ["generate", "--out", "data", "--from", "2025-06-01", "--to", "2025-07-31"], ingestGenerated,
    ])
}
