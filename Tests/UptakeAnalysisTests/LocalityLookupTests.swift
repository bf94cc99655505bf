import Testing
import UptakeAnalysis
import UptakeCore

/// Localities by code or name, and the nation by its names, as `explain` and `gap` take them.
@Suite struct LocalityLookupTests {
    static let all = [Locality(code: "01", parentCode: nil, level: .province, name: "Hà Nội"),
                      Locality(code: "00004", parentCode: "01", level: .commune, name: "Ba Đình")]

    @Test(arguments: ["VN", "vn", "nation", "Việt Nam", "viet nam", " Viet  Nam "])
    func theNationByItsNames(text: String) throws {
        #expect(try LocalityLookup.code(text, in: Self.all) == Locality.nationCode)
    }

    @Test func unitsByCodeOrName() throws {
        #expect(try LocalityLookup.code("01", in: Self.all) == "01")
        #expect(try LocalityLookup.code("ha noi", in: Self.all) == "01")
        #expect(try LocalityLookup.code("Ba Dinh", in: Self.all) == "00004")
        #expect(throws: QueryError.self) { try LocalityLookup.code("Vietnamese", in: Self.all) }
    }
}
