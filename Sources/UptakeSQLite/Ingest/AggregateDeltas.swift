import GRDB
import UptakeCore
import UptakeStoreAPI

/// Changes to the aggregate tables gathered during an ingest and added to the tables in batches,
/// inside the ingest's transaction, so aggregates stay equal to the raw rows under revisions and
/// memory stays bounded whatever the file's size.
///
/// Rows arrive a day at a time, so the current day's (province, sector) sums and the current
/// month's (locality, sector) sums are kept in dense arrays indexed by id, which costs an array
/// index per row instead of a hash lookup; they move into the keyed tables when the day or month
/// changes, and those into SQLite when they grow large.
final class AggregateDeltas {
    private var provinceDay: [CellKey: CountSums] = [:]
    private var localityMonth: [CellKey: CountSums] = [:]
    private let flushThreshold: Int
    private let upserts: [AggregateTable: PreparedStatement]

    private static let sectorSlots = 16
    private var dayCells: DenseSums
    private var monthCells: DenseSums
    private var currentDay = Int.min
    private var currentMonth = Int.min

    init(_ db: Database, maxLocalityID: Int, flushThreshold: Int = 50_000) throws {
        self.flushThreshold = flushThreshold
        dayCells = DenseSums(units: maxLocalityID + 1, sectors: AggregateDeltas.sectorSlots)
        monthCells = DenseSums(units: maxLocalityID + 1, sectors: AggregateDeltas.sectorSlots)
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

    /// (unit id, sector id, day or month number) as three full integers: no id or sector count can
    /// reach a limit of the key (a key packed into one integer once mixed sectors past 4,095).
    struct CellKey: Hashable, Comparable {
        let unit: Int, sector: Int, time: Int
        static func < (a: CellKey, b: CellKey) -> Bool { (a.unit, a.sector, a.time) < (b.unit, b.sector, b.time) }
    }

    private static func key(_ unit: Int, _ sector: Int, _ time: Int) -> CellKey { CellKey(unit: unit, sector: sector, time: time) }
    private static func unpack(_ k: CellKey) -> (Int, Int, Int) { (k.unit, k.sector, k.time) }

    func add(_ delta: CountSums, provinceID: Int, localityID: Int, sectorID: Int, day: Day) {
        if day.number != currentDay {
            foldDay()
            currentDay = day.number
            let month = MonthNumber.of(day)
            if month != currentMonth { foldMonth(); currentMonth = month }
        }
        if sectorID < AggregateDeltas.sectorSlots, provinceID < dayCells.units, localityID < monthCells.units {
            dayCells.add(delta, unit: provinceID, sector: sectorID)
            monthCells.add(delta, unit: localityID, sector: sectorID)
        } else {
            provinceDay[AggregateDeltas.key(provinceID, sectorID, day.number), default: CountSums()] += delta
            localityMonth[AggregateDeltas.key(localityID, sectorID, currentMonth), default: CountSums()] += delta
        }
    }

    private func foldDay() {
        let day = currentDay
        dayCells.drain { unit, sector, sums in provinceDay[AggregateDeltas.key(unit, sector, day), default: CountSums()] += sums }
    }

    private func foldMonth() {
        let month = currentMonth
        monthCells.drain { unit, sector, sums in localityMonth[AggregateDeltas.key(unit, sector, month), default: CountSums()] += sums }
    }

    func flushIfLarge() throws {
        if provinceDay.count + localityMonth.count > flushThreshold { try flush() }
    }

    func flush() throws {
        foldDay()
        foldMonth()
        var provinceMonth: [CellKey: CountSums] = [:]
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

    private func write(_ deltas: [CellKey: CountSums], to table: AggregateTable) throws {
        guard let statement = upserts[table] else { preconditionFailure("an upsert is prepared for every table") }
        for (k, sums) in deltas.sorted(by: { $0.key < $1.key }) {
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

/// Sums in a dense (unit × sector) grid that remembers which cells were touched.
struct DenseSums {
    let units: Int
    let sectors: Int
    private var cells: [CountSums]
    private var touched: [Int] = []
    private var isTouched: [Bool]

    init(units: Int, sectors: Int) {
        self.units = units
        self.sectors = sectors
        cells = Array(repeating: CountSums(), count: units * sectors)
        isTouched = Array(repeating: false, count: units * sectors)
    }

    mutating func add(_ delta: CountSums, unit: Int, sector: Int) {
        let i = unit * sectors + sector
        if !isTouched[i] { isTouched[i] = true; touched.append(i) }
        cells[i] += delta
    }

    /// Hands over every touched cell and clears it.
    mutating func drain(_ body: (_ unit: Int, _ sector: Int, CountSums) -> Void) {
        for i in touched {
            body(i / sectors, i % sectors, cells[i])
            cells[i] = CountSums()
            isTouched[i] = false
        }
        touched.removeAll(keepingCapacity: true)
    }
}
