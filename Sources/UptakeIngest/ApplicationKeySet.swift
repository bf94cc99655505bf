import UptakeCore

/// The (date, locality, sector) keys an ingest has met, to find a key repeated within a file.
///
/// One bit per possible key of each day met (locality ids × the first 16 sector ids, as the
/// aggregates' dense sums), so memory grows with the days a file spans, not its rows: 3,356
/// localities × 16 sectors is 6.7 KiB a day, 2.4 MiB a year, where a set of 10 million keys takes
/// over 130 MiB. Keys past that grid (a sector id of 16 or more) go to a set.
struct ApplicationKeySet {
    private static let sectorSlots = 16
    private let localitySlots: Int
    /// Each day's bits, by day number; the current day's are looked up once per day, not per row.
    private var days: [Int: Int] = [:]
    private var words: [UInt64] = []
    private var currentDay = Int.min
    private var currentBase = 0
    private var others = Set<Key>()

    private struct Key: Hashable { let day: Int, locality: Int, sector: Int }

    init(maxLocalityID: Int) { localitySlots = maxLocalityID + 1 }

    /// Adds the key; `false` when it was already there.
    mutating func insert(day: Int, locality: Int, sector: Int) -> Bool {
        guard locality >= 0, locality < localitySlots, sector >= 0, sector < ApplicationKeySet.sectorSlots else {
            return others.insert(Key(day: day, locality: locality, sector: sector)).inserted
        }
        if day != currentDay {
            let wordsPerDay = (localitySlots * ApplicationKeySet.sectorSlots + 63) / 64
            if let base = days[day] {
                currentBase = base
            } else {
                currentBase = words.count
                days[day] = currentBase
                words.append(contentsOf: repeatElement(0, count: wordsPerDay))
            }
            currentDay = day
        }
        let bit = locality * ApplicationKeySet.sectorSlots + sector
        let index = currentBase + bit >> 6
        let mask = UInt64(1) << UInt64(bit & 63)
        if words[index] & mask != 0 { return false }
        words[index] |= mask
        return true
    }
}
