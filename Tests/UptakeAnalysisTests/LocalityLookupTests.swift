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

/// The tone mark's two placements spell one name: the register's Thanh Hóa is what "Thanh Hoá" means,
/// and neither Thạnh Hóa nor Thanh Hòa (other tones) is.
@Suite struct ToneSpellingTests {
    @Test(arguments: [("Khánh Hoà", "Khánh Hòa"), ("Thanh Hoá", "Thanh Hóa"), ("Đàm Thuỷ", "Đàm Thủy"), ("Tỉnh Thanh Hoá", "Tỉnh Thanh Hóa"),
                      ("Hoàng Mai", "Hoàng Mai"), ("Quý", "Quý"), ("Khoái Châu", "Khoái Châu"), ("Huỳnh", "Huỳnh"), ("KHÁNH HOÀ", "KHÁNH HÒA"),
                      ("Hòa Bình", "Hòa Bình"), ("Khoẻ", "Khỏe")])
    func registerSpelling(_ pair: (String, String)) {
        #expect(ToneSpelling.registerSpelling(pair.0) == pair.1)
    }

    @Test func theOldPlacementFindsTheRegistersName() throws {
        let all = [Locality(code: "38", parentCode: nil, level: .province, name: "Thanh Hóa"),
                   Locality(code: "27865", parentCode: "80", level: .commune, name: "Thạnh Hóa"),
                   Locality(code: "28436", parentCode: "82", level: .commune, name: "Thanh Hòa")]
        #expect(try LocalityLookup.code("Thanh Hoá", in: all) == "38")
        #expect(try LocalityLookup.code("thanh hóa", in: all) == "38")
        #expect(throws: QueryError.self) { try LocalityLookup.code("thanh hoa", in: all) }   // no accents: all three
    }
}
