import Foundation
import UptakeCore

extension InMemoryStore: IngestingStore {
    /// An ingest into memory, through the same pipeline as the databases': the writer works on a
    /// snapshot of the rows and the store takes its changes only at commit, so an ingest that is not
    /// committed leaves nothing. Ingests that overlap both land (the later commit wins a shared key).
    package func withIngestWriter<T: Sendable>(_ start: IngestStart, _ body: @escaping @Sendable (any IngestWriter) throws -> T) async throws -> T {
        if start.units == .pre2025 { throw QueryError.preReformUnsupported("the in-memory store") }
        let codes = byCode.keys.sorted()
        var directory = LocalityDirectory()
        let ids = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0 + 1) })
        for code in codes {
            guard let l = byCode[code] else { continue }
            directory.add(.init(id: ids[code] ?? 0, locality: l, parentID: l.parentCode.flatMap { ids[$0] }))
        }
        let sectorNames = Dictionary(uniqueKeysWithValues: Set(applications.keys.map(\.sector.name)).sorted().enumerated().map { ($0 + 1, $1) })
        let writer = MemoryIngestWriter(localities: directory, sectorNames: sectorNames, applications: applications,
                                        incidents: incidentRows, readiness: readinessRows, tasks: taskRows, hashes: ingestHashes)
        let result = try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try body(writer) }) }
            thread.start()
        }
        guard let record = writer.committed else { return result }
        for case .insert(_, let l, _) in writer.localityWrites { byCode[l.code] = l }
        for case .update(_, let l, _, _) in writer.localityWrites { byCode[l.code] = l }
        applications.merge(writer.applications) { _, new in new }
        (incidentRows, readinessRows, taskRows) = (writer.incidents, writer.readiness, writer.tasks)
        ingestHashes.append(record.sha256)
        return result
    }
}

/// The in-memory store's writer: keyed rows replaced (a revision) or confirmed (unchanged) in a
/// snapshot that ``InMemoryStore`` takes at commit.
final class MemoryIngestWriter: IngestWriter, @unchecked Sendable {  // used by the ingest's thread, then read after it ended
    let localities: LocalityDirectory
    let sectorNames: [Int: String]
    private(set) var applications: [InMemoryStore.ApplicationKey: ApplicationCounts]
    private(set) var incidents: [IncidentRecord]
    private(set) var readiness: [ReadinessRecord]
    private(set) var tasks: [PlanTaskRecord]
    private(set) var localityWrites: [LocalityWrite] = []
    private let hashes: [String]
    private var newSectors: [Int: String] = [:]
    private(set) var committed: IngestRecord?

    init(localities: LocalityDirectory, sectorNames: [Int: String], applications: [InMemoryStore.ApplicationKey: ApplicationCounts],
         incidents: [IncidentRecord], readiness: [ReadinessRecord], tasks: [PlanTaskRecord], hashes: [String]) {
        (self.localities, self.sectorNames, self.applications) = (localities, sectorNames, applications)
        (self.incidents, self.readiness, self.tasks, self.hashes) = (incidents, readiness, tasks, hashes)
    }

    /// Sector ids the pipeline gave new names are known only at commit: rows keep ids until then.
    private var pendingApplications: [ApplicationRow] = []

    func write(_ batch: IngestBatch) throws -> IngestCounts {
        var counts = IngestCounts()
        func count(_ old: Bool?) {
            switch old {
            case nil: counts.inserted += 1
            case true?: counts.unchanged += 1
            case false?: counts.revised += 1
            }
        }
        switch batch {
        case .applications(let rows):
            pendingApplications += rows
        case .incidents(let rows):
            for (r, _) in rows {
                let i = incidents.firstIndex { ($0.start.text, $0.locality, $0.system, $0.kind) == (r.start.text, r.locality, r.system, r.kind) }
                count(i.map { incidents[$0] == r })
                if let i { incidents[i] = r } else { incidents.append(r) }
            }
        case .readiness(let rows):
            for (r, _) in rows {
                let i = readiness.firstIndex { ($0.locality, $0.criterion, $0.day) == (r.locality, r.criterion, r.day) }
                count(i.map { readiness[$0] == r })
                if let i { readiness[i] = r } else { readiness.append(r) }
            }
        case .tasks(let rows):
            for (t, _) in rows {
                let i = tasks.firstIndex { ($0.id, $0.day) == (t.id, t.day) }
                count(i.map { tasks[$0] == t })
                if let i { tasks[i] = t } else { tasks.append(t) }
            }
        case .localities(let writes):
            localityWrites += writes
            for w in writes { if case .insert = w { counts.inserted += 1 } else { counts.revised += 1 } }
        }
        return counts
    }

    func endStaging() throws -> IngestCounts {
        var counts = IngestCounts()
        for row in pendingApplications {
            // A sector met for the first time has no stored row.
            guard let code = localities.locality(id: row.localityID)?.code, let sector = sectorNames[row.sectorID].flatMap(Sector.init) else {
                counts.inserted += 1
                continue
            }
            switch applications[InMemoryStore.ApplicationKey(day: row.day, locality: code, sector: sector)] {
            case nil: counts.inserted += 1
            case row.counts?: counts.unchanged += 1
            default: counts.revised += 1
            }
        }
        return counts
    }

    func earlierIngest(sha256: String) throws -> Int? { hashes.firstIndex(of: sha256).map { $0 + 1 } }

    func commit(_ record: IngestRecord) throws {
        var names = sectorNames
        for (id, name) in record.newSectors { names[id] = name }
        for row in pendingApplications {
            guard let code = localities.locality(id: row.localityID)?.code, let sector = names[row.sectorID].flatMap(Sector.init) else { continue }
            applications[InMemoryStore.ApplicationKey(day: row.day, locality: code, sector: sector)] = row.counts
        }
        committed = record
    }
}
