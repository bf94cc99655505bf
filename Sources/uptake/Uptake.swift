import ArgumentParser

@main
struct Uptake: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uptake",
        abstract: "Statistics on how Vietnam's public administrative services move online.",
        discussion: """
            Load daily application counts per commune and sector, then ask for online-submission and \
            online-result rates with honest intervals, trends and month-over-month comparisons.

              uptake init
              uptake ingest applications.csv incidents.ndjson readiness.json
              uptake rates --metric online-submission --level province --period 2025-07 --rank

            The database is ./uptake.sqlite unless --db or $UPTAKE_DB says otherwise.
            Exit codes: 0 success; 1 invalid input data (nothing of that file written); 2 another \
            error (a bad query, an unreadable database); 64 a usage error.
            """,
        version: "0.1.0",
        subcommands: [Init.self, Ingest.self, Localities.self, Rates.self, Trend.self, Compare.self, Anomalies.self, Detect.self, Lagging.self, Readiness.self,
                      Status.self, Explain.self, Gap.self, Targets.self, Alerts.self, Export.self, Report.self,
                      Forecast.self,
                      SQL.self, Generate.self, Notebook.self,
                      Tasks.self, Serve.self, Tokens.self, Backup.self]
    )

    /// ArgumentParser's entry point, after one check: a command run by `notebook check` stops when the
    /// check is gone.
    static func main() async {
        NotebookChild.stopWithParent()
        await main(nil)
    }
}
