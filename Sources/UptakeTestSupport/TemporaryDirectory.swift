import Foundation

/// A fresh directory under the system's temporary folder, removed when the value is released.
public final class TemporaryDirectory: @unchecked Sendable {
    public let path: String

    public init() {
        path = NSTemporaryDirectory() + "uptake-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `text` to `name` in this directory and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) -> String {
        let p = path + "/" + name
        _ = FileManager.default.createFile(atPath: p, contents: Data(text.utf8))
        return p
    }

    /// Writes raw bytes to `name` and returns its path.
    @discardableResult
    public func write(_ name: String, bytes: [UInt8]) -> String {
        let p = path + "/" + name
        _ = FileManager.default.createFile(atPath: p, contents: Data(bytes))
        return p
    }

    public func file(_ name: String) -> String { path + "/" + name }
}

/// A few real localities (two provinces, three communes) for tests that need a small database.
public let sampleLocalitiesCSV = """
    code,parent_code,level,unit_type,name,full_name,name_en
    01,,province,City,Hà Nội,Thành phố Hà Nội,Hanoi
    04,,province,Province,Cao Bằng,Tỉnh Cao Bằng,Cao Bang
    00004,01,commune,Ward,Ba Đình,Phường Ba Đình,Ba Dinh
    00008,01,commune,Ward,Ngọc Hà,Phường Ngọc Hà,Ngoc Ha
    01273,04,commune,Ward,Thục Phán,Phường Thục Phán,Thuc Phan

    """
