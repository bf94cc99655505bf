import Foundation
import UptakeCore

/// A growable byte buffer with allocation-free appends of the few things CSV rows hold.
struct ByteBuffer {
    var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    @inline(__always) mutating func append(_ b: UInt8) { bytes.append(b) }
    @inline(__always) mutating func append(_ b: [UInt8]) { bytes.append(contentsOf: b) }
    mutating func append(_ s: String) { bytes.append(contentsOf: s.utf8) }

    /// Decimal digits of a non-negative integer.
    @inline(__always) mutating func append(int value: Int) {
        if value < 10 { bytes.append(48 &+ UInt8(truncatingIfNeeded: value)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var v = value, n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while v > 0 { d[n] = 48 &+ UInt8(truncatingIfNeeded: v % 10); v /= 10; n += 1 }
            while n > 0 { n -= 1; bytes.append(d[n]) }
        }
    }

    /// A CSV field, quoted as the project's one CSV writer (``CSVField``) quotes it.
    mutating func append(field: String) {
        bytes.append(contentsOf: CSVField.quoted(field).utf8)
    }
}

/// Applications rows as CSV bytes, handed on in chunks of about `chunkSize` bytes.
struct RowWriter {
    var buffer: ByteBuffer
    let chunkSize: Int
    var rows = 0
    private var currentDay = -1_000_000_000
    private var dayBytes: [UInt8] = []

    init(chunkSize: Int) {
        self.chunkSize = chunkSize
        buffer = ByteBuffer(capacity: chunkSize + 4096)
        buffer.append(DatasetGenerator.applicationsHeader)
    }

    /// `locality` and `sector` end with their comma.
    @inline(__always)
    mutating func row(day: Day, locality: [UInt8], sector: [UInt8], _ n: RowCounts, _ sink: ([UInt8]) throws -> Void) throws {
        if day.number != currentDay { currentDay = day.number; dayBytes = Array(day.description.utf8) + [44] }
        buffer.append(dayBytes)
        buffer.append(locality)
        buffer.append(sector)
        buffer.append(int: n.received); buffer.append(44)
        buffer.append(int: n.receivedOnline); buffer.append(44)
        buffer.append(int: n.resolved); buffer.append(44)
        buffer.append(int: n.resolvedOnline); buffer.append(44)
        buffer.append(int: n.synced); buffer.append(44)
        buffer.append(int: n.onTime); buffer.append(10)
        rows += 1
        if buffer.bytes.count >= chunkSize {
            try sink(buffer.bytes)
            buffer.bytes.removeAll(keepingCapacity: true)
        }
    }

    mutating func finish(_ sink: ([UInt8]) throws -> Void) throws {
        if !buffer.bytes.isEmpty { try sink(buffer.bytes) }
        buffer.bytes.removeAll()
    }
}

extension DatasetGenerator {
    /// The applications header, in the contract's field names.
    public static let applicationsHeader = "date,locality,sector,received,received_online,resolved,resolved_online,synced,on_time\n"

    /// Writes the applications CSV in chunks of about `chunkSize` bytes to `sink`; returns the row count.
    /// With ``SimulationConfiguration/preReformUnits`` these are the rows from 1 July 2025 only (see
    /// ``writeApplicationsCSVs(chunkSize:progress:to:preReformTo:)`` for the days before).
    @discardableResult
    public func writeApplicationsCSV(chunkSize: Int = 1 << 20, progress: ((Day) -> Void)? = nil,
                                     to sink: ([UInt8]) throws -> Void) throws -> Int {
        try writeApplicationsCSVs(chunkSize: chunkSize, progress: progress, to: sink, preReformTo: { _ in }).current
    }

    /// Writes today's applications CSV to `sink` and, with ``SimulationConfiguration/preReformUnits``,
    /// the days before 1 July 2025 in the pre-reform units to `preReformSink` (same header; the
    /// locality column holds the old communes' and wards' codes), in one run of the model; returns
    /// each file's row count.
    public func writeApplicationsCSVs(chunkSize: Int = 1 << 20, progress: ((Day) -> Void)? = nil,
                                      to sink: ([UInt8]) throws -> Void,
                                      preReformTo preReformSink: ([UInt8]) throws -> Void) throws -> (current: Int, preReform: Int) {
        var current = RowWriter(chunkSize: chunkSize)
        var old = RowWriter(chunkSize: configuration.preReformUnits ? chunkSize : 0)
        let codeBytes = plan.communes.map { Array($0.code.utf8) + [44] }
        let oldCodeBytes = configuration.preReformUnits ? ReformCrosswalk.vietnam2025.units.map { Array($0.code.utf8) + [44] } : []
        let sectorBytes = sectors.map { Array($0.sector.name.utf8) + [44] }
        try simulateAsFiled(progress: progress, current: { day, c, s, n in
            try current.row(day: day, locality: codeBytes[c], sector: sectorBytes[s], n, sink)
        }, preReform: { day, u, s, n in
            try old.row(day: day, locality: oldCodeBytes[u], sector: sectorBytes[s], n, preReformSink)
        })
        try current.finish(sink)
        if configuration.preReformUnits { try old.finish(preReformSink) }
        return (current.rows, old.rows)
    }

    /// The applications CSV as bytes. Meant for small ranges and province subsets.
    public func applicationsCSV() -> [UInt8] {
        var out: [UInt8] = []
        _ = try? writeApplicationsCSV { out.append(contentsOf: $0) }
        return out
    }

    /// The incidents CSV: start,end,locality,system,kind,errors,note.
    public func incidentsCSV() -> [UInt8] {
        var b = ByteBuffer(capacity: 1 << 14)
        b.append("start,end,locality,system,kind,errors,note\n")
        for r in incidents() {
            b.append(field: r.start.text); b.append(44)
            b.append(field: r.end?.text ?? ""); b.append(44)
            b.append(field: r.locality ?? ""); b.append(44)
            b.append(r.system.rawValue); b.append(44)
            b.append(r.kind.rawValue); b.append(44)
            if let e = r.errors { b.append(int: Int(e)) }
            b.append(44)
            b.append(field: r.note ?? ""); b.append(10)
        }
        return b.bytes
    }

    /// The readiness CSV: date,locality,criterion,value.
    public func readinessCSV() -> [UInt8] {
        var b = ByteBuffer(capacity: 1 << 20)
        b.append("date,locality,criterion,value\n")
        for r in readiness() {
            b.append(r.day.description); b.append(44)
            b.append(field: r.locality); b.append(44)
            b.append(r.criterion.rawValue); b.append(44)
            b.append(r.value.text); b.append(10)
        }
        return b.bytes
    }

    /// `truth.json`: the planted events, pretty-printed with sorted keys.
    public func truthJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(truth())
    }

    /// The pre-reform applications file written with ``SimulationConfiguration/preReformUnits``.
    public static let preReformApplicationsFile = "applications-pre2025.csv"

    /// The pre-reform applications CSV as bytes (only a header without
    /// ``SimulationConfiguration/preReformUnits``). Meant for small ranges and province subsets.
    public func preReformApplicationsCSV() -> [UInt8] {
        var out: [UInt8] = []
        _ = try? writeApplicationsCSVs(to: { _ in }, preReformTo: { out.append(contentsOf: $0) })
        return out
    }

    /// Writes `applications.csv`, `incidents.csv`, `readiness.csv`, `tasks.csv` and `truth.json` into `directory`
    /// (created if needed); with ``SimulationConfiguration/preReformUnits``, `applications-pre2025.csv` too
    /// (the days up to 30 June 2025 in the pre-reform units), and `applications.csv` starts on 1 July 2025.
    public func write(toDirectory directory: String, progress: ((Day) -> Void)? = nil) throws -> GenerationSummary {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw SimulationError.cannotWrite(path: directory, reason: error.localizedDescription)
        }
        func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
        let applications = try PartialFile(path: path("applications.csv"))
        let old: PartialFile?
        do {
            old = configuration.preReformUnits ? try PartialFile(path: path(DatasetGenerator.preReformApplicationsFile)) : nil
        } catch {
            applications.discard()
            throw error
        }
        let rows: (current: Int, preReform: Int)
        do {
            rows = try writeApplicationsCSVs(progress: progress, to: { try applications.handle.write(contentsOf: $0) },
                                             preReformTo: { try old?.handle.write(contentsOf: $0) })
        } catch {
            applications.discard(); old?.discard()
            throw SimulationError.cannotWrite(path: applications.path, reason: error.localizedDescription)
        }
        try applications.commit()
        try old?.commit()
        let files: [(String, Data)] = [("incidents.csv", Data(incidentsCSV())), ("readiness.csv", Data(readinessCSV())),
                                       ("tasks.csv", Data(tasksCSV())), ("truth.json", try truthJSON())]
        for (name, data) in files {
            do { try data.write(to: URL(fileURLWithPath: path(name)), options: .atomic) } catch {
                throw SimulationError.cannotWrite(path: path(name), reason: error.localizedDescription)
            }
        }
        return GenerationSummary(applicationRows: rows.current, incidentRows: incidents().count, readinessRows: readiness().count,
                                 truthEvents: truth().count, communes: outputCommunes.count, taskRecords: tasks().count,
                                 preReformApplicationRows: rows.preReform, preReformUnits: preReformUnitCount)
    }
}

/// A file written beside its final name and renamed when whole, so a full disk or a killed run
/// never leaves a truncated applications file that looks complete.
private struct PartialFile {
    let path: String
    let handle: FileHandle
    var partial: String { path + ".partial" }

    init(path: String) throws {
        self.path = path
        guard FileManager.default.createFile(atPath: path + ".partial", contents: nil),
              let handle = FileHandle(forWritingAtPath: path + ".partial") else {
            throw SimulationError.cannotWrite(path: path, reason: "cannot create the file")
        }
        self.handle = handle
    }

    func commit() throws {
        do {
            try handle.synchronize()
            try handle.close()
            guard rename(partial, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            discard()
            throw SimulationError.cannotWrite(path: path, reason: error.localizedDescription)
        }
    }

    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: partial)
    }
}

/// What a ``DatasetGenerator/write(toDirectory:progress:)`` run produced.
public struct GenerationSummary: Sendable, Equatable {
    public var applicationRows: Int
    public var incidentRows: Int
    public var readinessRows: Int
    public var truthEvents: Int
    public var communes: Int
    /// Records in `tasks.csv` (not in the command's summary line, which notebooks pin).
    public var taskRecords: Int
    /// Rows of `applications-pre2025.csv` and the old units they name (0 unless
    /// ``SimulationConfiguration/preReformUnits``).
    public var preReformApplicationRows = 0
    public var preReformUnits = 0
}
