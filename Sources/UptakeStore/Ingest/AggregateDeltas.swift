import GRDB
import UptakeCore

/// Changes to the aggregate tables gathered during an ingest and added to the tables in batches,
/// inside the ingest's transaction, so aggregates stay equal to the raw rows under revisions and
/// memory stays bounded whatever the file's size.
final class AggregateDeltas {
    private var provinceDay: [Int: CountSums] = [:]
    private var localityMonth: [Int: CountSums] = [:]
    private let flushThreshold: Int
    private let upserts: [AggregateTable: PreparedStatement]

    init(_ db: Database, flushThreshold: Int = 50_000) throws {
        self.flushThreshold = flushThreshold
        var upserts: [AggregateTable: PreparedStatement] = [:]
        for table in AggregateTable.allCases {
            let cols = Schema.sumColumns
            let sql = """
                INSERT INTO \(table.rawValue) (\(table.keyColumn), sector_id, \(table.timeColumn), \(cols.joined(separator: ", ")))
                VALUES (?, ?, ?, \(cols.map { _ in "?" }.joined(separator: ", ")))
                ON CONFLICT DO UPDATE SET \(cols.map { "\($0) = \($0) + excluded.\($0)" }.joined(separator: ", "))
                """
            upserts[table] = try PreparedStatement(db, sql)
        }
        self.upserts = upserts
    }

    // Keys pack (unit id, sector id, time) into one integer: ids stay below 2²⁰ and sectors below 2¹².
    private static func key(_ unit: Int, _ sector: Int, _ time: Int) -> Int { (unit << 40) | (sector << 28) | time }
    private static func unpack(_ k: Int) -> (Int, Int, Int) { (k >> 40, (k >> 28) & 0xFFF, k & 0xFFF_FFFF) }

    // Rows arrive grouped (a locality's sectors, a day's localities), so consecutive rows mostly
    // share a key: summing into the current entry and folding it into the table only when the key
    // changes saves most of the hashing.
    private var currentProvinceKey = -1, currentProvinceSums = CountSums()
    private var currentLocalityKey = -1, currentLocalitySums = CountSums()
    private var currentDay = -1, currentMonth = 0

    func add(_ delta: CountSums, provinceID: Int, localityID: Int, sectorID: Int, day: Day) {
        if day.number != currentDay { currentDay = day.number; currentMonth = MonthNumber.of(day) }
        let pk = AggregateDeltas.key(provinceID, sectorID, day.number)
        if pk != currentProvinceKey { foldCurrent(); currentProvinceKey = pk }
        currentProvinceSums += delta
        let lk = AggregateDeltas.key(localityID, sectorID, currentMonth)
        if lk != currentLocalityKey { foldCurrentLocality(); currentLocalityKey = lk }
        currentLocalitySums += delta
    }

    private func foldCurrent() {
        if currentProvinceKey >= 0 { provinceDay[currentProvinceKey, default: CountSums()] += currentProvinceSums }
        currentProvinceKey = -1
        currentProvinceSums = CountSums()
    }

    private func foldCurrentLocality() {
        if currentLocalityKey >= 0 { localityMonth[currentLocalityKey, default: CountSums()] += currentLocalitySums }
        currentLocalityKey = -1
        currentLocalitySums = CountSums()
    }

    func flushIfLarge() throws {
        if provinceDay.count + localityMonth.count > flushThreshold { try flush() }
    }

    func flush() throws {
        foldCurrent()
        foldCurrentLocality()
        var provinceMonth: [Int: CountSums] = [:]
        for (k, sums) in provinceDay {
            let (p, s, day) = AggregateDeltas.unpack(k)
            provinceMonth[AggregateDeltas.key(p, s, MonthNumber.of(Day(number: day))), default: CountSums()] += sums
        }
        try write(provinceDay, to: .provinceDay)
        try write(provinceMonth, to: .provinceMonth)
        try write(localityMonth, to: .localityMonth)
        provinceDay.removeAll(keepingCapacity: true)
        localityMonth.removeAll(keepingCapacity: true)
    }

    private func write(_ deltas: [Int: CountSums], to table: AggregateTable) throws {
        let statement = upserts[table]!
        for k in deltas.keys.sorted() {
            let sums = deltas[k]!
            if sums.isZero { continue }
            let (unit, sector, time) = AggregateDeltas.unpack(k)
            statement.bind(1, unit)
            statement.bind(2, sector)
            statement.bind(3, time)
            for (i, v) in sums.values.enumerated() { statement.bind(Int32(4 + i), v) }
            try statement.execute()
        }
    }
}
