/// A line-by-line difference in unified format, from a longest common subsequence.
///
/// ```swift
/// LineDiff.unified(expected: ["a", "b"], actual: ["a", "c"])
/// // "--- expected\n+++ actual\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n"
/// ```
/// Quadratic in the number of lines: meant for command outputs (tens or hundreds of lines), not files.
public enum LineDiff {
    enum Edit: Equatable {
        case same(String), removed(String), added(String)
    }

    /// `""` when the two are equal; otherwise the hunks with `context` lines around each change.
    public static func unified(expected: [String], actual: [String], context: Int = 3,
                               labels: (String, String) = ("expected", "actual")) -> String {
        guard expected != actual else { return "" }
        let edits = self.edits(expected, actual)
        // Positions (in `edits`) of changes, grouped into hunks whose contexts touch.
        let changed = edits.indices.filter { if case .same = edits[$0] { false } else { true } }
        var hunks: [ClosedRange<Int>] = []
        for i in changed {
            let range = max(0, i - context)...min(edits.count - 1, i + context)
            if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...range.upperBound
            } else {
                hunks.append(range)
            }
        }
        var out = "--- \(labels.0)\n+++ \(labels.1)\n"
        for hunk in hunks {
            // Line numbers (1-based) of the hunk's first line on each side.
            var oldLine = 1, newLine = 1
            for e in edits[..<hunk.lowerBound] {
                switch e {
                case .same: oldLine += 1; newLine += 1
                case .removed: oldLine += 1
                case .added: newLine += 1
                }
            }
            var oldCount = 0, newCount = 0, body = ""
            for e in edits[hunk] {
                switch e {
                case .same(let s): oldCount += 1; newCount += 1; body += " \(s)\n"
                case .removed(let s): oldCount += 1; body += "-\(s)\n"
                case .added(let s): newCount += 1; body += "+\(s)\n"
                }
            }
            func span(_ start: Int, _ count: Int) -> String { count == 1 ? "\(start)" : "\(count == 0 ? start - 1 : start),\(count)" }
            out += "@@ -\(span(oldLine, oldCount)) +\(span(newLine, newCount)) @@\n" + body
        }
        return out
    }

    static func edits(_ a: [String], _ b: [String]) -> [Edit] {
        // lcs[i][j]: length of the longest common subsequence of a[i...] and b[j...].
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var edits: [Edit] = [], i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                edits.append(.same(a[i])); i += 1; j += 1
            } else if j < b.count, i == a.count || lcs[i][j + 1] >= lcs[i + 1][j] {
                edits.append(.added(b[j])); j += 1
            } else {
                edits.append(.removed(a[i])); i += 1
            }
        }
        // Show removals before additions within a run of changes, as diff(1) does.
        var result: [Edit] = [], removed: [Edit] = [], added: [Edit] = []
        for e in edits + [.same("")] {
            switch e {
            case .removed: removed.append(e)
            case .added: added.append(e)
            case .same: result += removed + added; removed = []; added = []; result.append(e)
            }
        }
        result.removeLast()
        return result
    }
}
