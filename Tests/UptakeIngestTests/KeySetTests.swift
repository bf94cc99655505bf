import Testing
@testable import UptakeIngest

/// The keys met within a file: a repeat is found on the grid and past it (a sector id beyond the
/// dense slots), and the same locality and sector on another day is new.
@Suite struct ApplicationKeySetTests {
    @Test func repeatsAreFoundOnAndOffTheGrid() {
        var keys = ApplicationKeySet(maxLocalityID: 10)
        let inserts = [(100, 3, 2), (101, 3, 2), (100, 3, 2), (100, 3, 5000), (100, 3, 5000), (101, 3, 2), (100, 11, 2)]
            .map { keys.insert(day: $0.0, locality: $0.1, sector: $0.2) }
        #expect(inserts == [true, true, false, true, false, false, true])
    }
}
