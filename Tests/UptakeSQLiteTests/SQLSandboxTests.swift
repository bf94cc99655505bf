import Foundation
import Testing
import UptakeCore
import UptakeSQLite

/// Issue 22: the read-only SQL connection bounds every value it builds, refuses the functions that
/// hand out or install pointers, and bounds what a caller that keeps the rows holds.
@Suite struct SQLSandboxTests {
    @Test(arguments: [
        "select length(zeroblob(20000000))",
        "select length(randomblob(20000000))",
        "select length(replace(hex(zeroblob(6000000)), '0', '00'))",
        "with recursive c(n) as (select 1 union all select n + 1 from c where n < 20) select length(group_concat(hex(zeroblob(1000000)))) from c",
    ])
    func aHugeValueStopsTheQueryWithAClearError(sql: String) throws {
        let fixture = try StoreFixture()
        let error = #expect(throws: QueryError.self) { try fixture.store.query(sql: sql) }
        #expect(error?.message == "query stopped: a string or blob would be larger than 16 MiB")
        #expect(error?.hint?.hasPrefix("every value a query builds is limited to 16 MiB") == true)
    }

    /// `printf('%.*c', 900000000, 'x')` ran 93 s and took 7.9 GB. SQLite's own printf() answers NULL
    /// past the bound; the sandbox's says so instead, and formats as SQLite's does below it.
    @Test(arguments: ["select length(printf('%.*c', 900000000, 'x'))", "select format('%.*c%.*c', 9000000, 'x', 9000000, 'y')",
                      "select printf('%s %5.*c', 'a', -900000000, 'x')", "select printf('%-3.900000000c', 'x')", "select printf('%%%d%*.*c', 1, 2, 900000000, 'x')"])
    func printfPastTheBoundIsAnError(sql: String) throws {
        let fixture = try StoreFixture()
        let error = #expect(throws: QueryError.self) { try fixture.store.query(sql: sql) }
        #expect(error?.message == "query stopped: a string or blob would be larger than 16 MiB")
    }

    @Test func printfBelowTheBoundFormatsAsSQLiteDoes() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.store.query(sql: "select length(printf('%.*c', 16000000, 'x'))").rows == [["16000000"]])
        #expect(try fixture.store.query(sql: "select printf('%05.1f|%s|%d', 3.14159, 'a', 7), format('%q', 'it''s'), printf(NULL), printf('%s', NULL)").rows
                == [["003.1|a|7", "it''s", nil, ""]])
        // A large precision is no repetition for %s (at most that many characters) or after %%.
        #expect(try fixture.store.query(sql: "select printf('%.*s|%%.900000000c|%.3c', 900000000, 'abc', 'y')").rows == [["abc|%.900000000c|yyy"]])
    }

    @Test(arguments: ["select hex(fts3_tokenizer('simple'))", "select fts3_tokenizer('mine', x'0000000000000000')",
                      "select FTS3_TOKENIZER('porter')", "select load_extension('/tmp/x.so')"])
    func pointerFunctionsAreRefused(sql: String) throws {
        let fixture = try StoreFixture()
        let error = #expect(throws: QueryError.self) { try fixture.store.query(sql: sql) }
        #expect(error?.code == .refused)
        #expect(error?.message.hasSuffix("() is not allowed") == true, "\(String(describing: error))")
    }

    @Test func aStatementLongerThanOneMiBIsRefused() throws {
        let fixture = try StoreFixture()
        let sql = "select '" + String(repeating: "x", count: 1 << 20) + "'"
        let error = #expect(throws: QueryError.self) { try fixture.store.query(sql: sql) }
        #expect(error?.message.hasPrefix("the statement is longer than 1 MiB") == true, "\(String(describing: error))")
    }

    @Test func aCallerThatKeepsTheRowsHoldsAtMostItsBound() throws {
        let fixture = try StoreFixture()
        let sql = "with recursive c(n) as (select 1 union all select n + 1 from c where n < 100) select printf('%.*c', 1000000, 'x') from c"
        let error = #expect(throws: QueryError.self) {
            try fixture.store.query(sql: sql, limits: QueryLimits(maxResultBytes: 10 << 20)) { _ in }
        }
        #expect(error?.message == "query stopped: the result is larger than 10 MiB")
        var rows = 0
        try fixture.store.query(sql: sql, limits: QueryLimits()) { _ in rows += 1 }
        #expect(rows == 100, "rows written out as they come are not bounded in total")
    }

    /// The server cancels a statement whose client went away: it stops at its next progress check.
    @Test func aCancelledStatementStops() throws {
        let fixture = try StoreFixture()
        let endless = "with recursive n(i) as (select 1 union all select i + 1 from n) select count(*) from n"
        let cancellation = QueryCancellation()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { cancellation.cancel() }
        #expect(throws: CancellationError.self) {
            try fixture.store.query(sql: endless, limits: QueryLimits(maxSeconds: 120), cancellation: cancellation) { _ in }
        }
    }
}
