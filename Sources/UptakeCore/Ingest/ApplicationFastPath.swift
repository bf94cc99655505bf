/// Where each applications field sits among a CSV file's columns, worked out once per file so the
/// hot path never looks a name up.
public struct ApplicationColumns: Sendable {
    public let date: Int?
    let locality: Int?, sector: Int?, received: Int?, receivedOnline: Int?
    let resolved: Int?, resolvedOnline: Int?, synced: Int?, onTime: Int?

    public init(_ map: FieldMap) {
        let schema = InputKind.applications.schema
        func at(_ name: String) -> Int? { schema.index(of: name).flatMap { map.sourceIndex[$0] } }
        date = at("date"); locality = at("locality"); sector = at("sector")
        received = at("received"); receivedOnline = at("received_online"); resolved = at("resolved")
        resolvedOnline = at("resolved_online"); synced = at("synced"); onTime = at("on_time")
    }
}

extension RowValidator {
    /// The ingest hot path: reads a CSV applications row straight from its bytes, without building
    /// a string or a message. Returns `nil` at the first doubt, and the caller then runs
    /// `application(_:map:)`, the one place that words problems; a test checks that the two agree
    /// on every row they are given.
    public func fastApplication(_ row: RawRow, columns c: ApplicationColumns, allSectorID: Int) -> ApplicationRow? {
        row.bytes.withUnsafeBytes { b -> ApplicationRow? in
            let ranges = row.ranges
            @inline(__always) func field(_ i: Int?) -> Slice<UnsafeRawBufferPointer>? {
                guard let i else { return nil }
                let r = ranges[i]
                return r.isEmpty ? nil : b[r]
            }
            @inline(__always) func count(_ i: Int?) -> (present: Bool, value: Int64)? {
                guard let s = field(i) else { return (false, 0) }
                var v: Int64 = 0
                for byte in s {
                    let d = Int64(byte) &- 48
                    guard d >= 0, d <= 9 else { return nil }
                    v = v &* 10 &+ d
                    guard v <= DataDomain.maxCount else { return nil }  // so v never overflows either
                }
                return (true, v)
            }
            guard let dateBytes = field(c.date), let day = Day.parse(dateBytes), DataDomain.contains(day),
                  let localityBytes = field(c.locality), let localityID = resolveLocality(UnsafeRawBufferPointer(rebasing: localityBytes)),
                  let received = count(c.received), received.present,
                  let online = count(c.receivedOnline), online.present, online.value <= received.value,
                  let resolved = count(c.resolved), let resolvedOnline = count(c.resolvedOnline),
                  let synced = count(c.synced), let onTime = count(c.onTime)
            else { return nil }
            if resolvedOnline.present { guard resolved.present, resolvedOnline.value <= resolved.value else { return nil } }
            if onTime.present { guard resolved.present, onTime.value <= resolved.value else { return nil } }
            if synced.present { guard synced.value <= received.value else { return nil } }
            var sectorID = allSectorID
            if let s = field(c.sector) {
                guard Sector.isValid(s) else { return nil }
                sectorID = resolveSector(UnsafeRawBufferPointer(rebasing: s))
            }
            let counts = ApplicationCounts(received: received.value, receivedOnline: online.value,
                                           resolved: resolved.present ? resolved.value : nil,
                                           resolvedOnline: resolvedOnline.present ? resolvedOnline.value : nil,
                                           synced: synced.present ? synced.value : nil,
                                           onTime: onTime.present ? onTime.value : nil)
            return ApplicationRow(day: day, localityID: localityID, sectorID: sectorID, counts: counts)
        }
    }
}
