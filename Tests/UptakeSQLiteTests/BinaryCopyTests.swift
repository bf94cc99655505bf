import Foundation
import NIOCore
import Testing
import UptakeCore
@testable import UptakePostgres

/// The PostgreSQL ingest stages rows with `COPY … FROM STDIN (FORMAT binary)`; its encoder must
/// write what PostgreSQL itself writes for the same rows (`BinaryCopy/rows.bin`, made by
/// `BinaryCopy/make-fixture.sh` with PostgreSQL 15, see `BinaryCopy/VERSIONS`). That the server
/// reads it back as written is checked by every PostgreSQL ingest in the conformance suites.
@Suite struct BinaryCopyTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("BinaryCopy/rows.bin")

    @Test func rowsAreEncodedAsPostgreSQLEncodesThem() throws {
        let expected = try Data(contentsOf: Self.fixture)
        var encoder = BinaryCopyEncoder()
        // The rows of make-fixture.sh: ten integers, NULLs, and values that need every byte.
        let rows: [(Int32, Int32, Int32, Int32, [Int32?])] = [
            (20270, 3355, 12, 24306, [5, 0, nil, 1_000_000_000, 1, nil]),
            (2_147_483_647, 0, -1, 1, [16_777_216, 255, 65_536, nil, nil, 0]),
        ]
        var chunks: [ByteBuffer] = []
        for (day, locality, sector, month, counts) in rows {
            encoder.beginRow(fields: 10)
            for v in [day, locality, sector, month] { encoder.append(v) }
            for v in counts { encoder.append(v) }
            chunks.append(encoder.take())  // taken row by row, as the ingest takes it chunk by chunk
        }
        encoder.finish()
        chunks.append(encoder.take())
        let written = chunks.reduce(into: [UInt8]()) { $0 += $1.readableBytesView }
        #expect(written.count == expected.count)
        #expect(written == [UInt8](expected))
        #expect(encoder.isEmpty)
    }

    /// The staging table's counts are `integer`: a row's counts must fit, as ingest checks them.
    @Test func aRowsCountsFitTheStagingTablesIntegers() {
        #expect(DataDomain.maxCount <= Int64(Int32.max))
    }

    /// The statement head passed to postgres-nio as a table name (it builds only text-format COPY).
    @Test func theCopyStatementAsksForTheBinaryFormat() {
        let head = PostgresIngestWriter.binaryCopyHead
        #expect(head.hasPrefix(#"stage_applications"(day, locality_id, sector_id, month, "#))
        #expect(head.hasSuffix(") FROM STDIN WITH (FORMAT binary) -- "))
        #expect(!head.contains("\n"), "the line comment must reach the end of the library's statement")
    }
}
