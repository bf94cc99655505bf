import Testing
@testable import UptakeCore

/// The tasks row validator alone (pure: the locality resolver is passed in): every problem of a
/// row is reported, each at its field's column.
@Suite struct TaskValidationTests {
    static let header = "date,id,plan,group,title,owner,due,status,completed,evidence\n"

    /// The checked outcome of each record after the header; only `04` is a known locality (id 9).
    func check(_ rows: String) throws -> [Checked<(PlanTaskRecord, localityID: Int?)>] {
        let parsed = parseInChunks(Self.header + rows, CSVParser(), chunk: 1 << 16) { $0 }
        let raw = try parsed.map { try $0.get() }
        let header = try #require(raw.first)
        let (map, problems) = FieldMap.build(names: (0..<header.fieldCount).map { header.text($0) }, columns: header.columns,
                                             schema: InputKind.tasks.schema, line: 1)
        #expect(problems.isEmpty)
        let validator = RowValidator(resolveLocality: { String(decoding: $0, as: UTF8.self) == "04" ? 9 : nil }, resolveSector: { _ in 0 })
        return raw.dropFirst().map { validator.task($0, map: map) }
    }

    func problems(_ row: String) throws -> [String] {
        guard case .invalid(let ps) = try check(row + "\n").first else { return [] }
        return ps.map { "\($0.column): \($0.message)" }
    }

    @Test func theHeaderIsRecognisedByItsDueColumn() {
        #expect(InputKind.recognise(fields: Self.header.dropLast().split(separator: ",").map(String.init)) == .tasks)
    }

    @Test func aValidRowAndItsOwners() throws {
        let results = try check("""
            2025-07-01,P04-1,02-KH/BCĐTW,resources,Training,04,2025-06-30,in_progress,,
            2025-07-02,KH02-1.1,02-KH/BCĐTW,institutions,,Bộ Tư pháp,2025-06-30,done,2025-07-02,Nghị định 1

            """)
        guard case .valid(let (a, aID)) = results[0], case .valid(let (b, bID)) = results[1] else {
            Issue.record("both rows are valid: \(results)")
            return
        }
        #expect(a.owner == .locality("04") && aID == 9 && a.status == .inProgress && a.completed == nil && a.title == "Training")
        #expect(b.owner == .agency("Bộ Tư pháp") && bID == nil && b.completed == Day(iso: "2025-07-02") && b.title == nil)
        #expect(b.evidence == "Nghị định 1" && b.group.name == "institutions" && b.due == Day(iso: "2025-06-30"))
    }

    @Test(arguments: [
        // every problem of the row, each at its column
        ("2025-07-01,P 1,02-KH,Resources,,4x,2025-13-01,late,,",
         ["12: invalid task id \"P 1\": spaces and control characters are not allowed", "22: invalid group \"Resources\"",
          "36: invalid date \"2025-13-01\": expected YYYY-MM-DD", "47: unknown status \"late\""]),
        ("2025-07-01,P1,02-KH,resources,,99,2025-06-30,not_started,2025-06-01,",
         ["32: unknown locality \"99\"", "58: completed is given but the status is not_started"]),
        ("2025-07-01,P1,02-KH,resources,,04,2025-06-30,done,2025-07-09,",
         ["51: completed (2025-07-09) comes after the record's date (2025-07-01)"]),
        ("2025-07-01,P1,,resources,,04,2025-06-30,done,,", ["15: missing value for plan", "41: a done task needs its completion date"]),
    ])
    func invalidRows(row: String, expected: [String]) throws {
        #expect(try problems(row) == expected)
    }
}
