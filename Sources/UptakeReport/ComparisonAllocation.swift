import UptakeAnalysis
import UptakeCore

extension ComparisonReport {
    /// Some row reaches before the 2025 reform through a divided pre-reform unit's equal share.
    var anyAllocated: Bool { allRows.contains(where: \.allocated) }

    /// `table` (one row per ``allRows``, in order) with an `allocated` column and its note when some
    /// row is allocated, as rates marks them; unchanged otherwise.
    func markingAllocation(_ table: Table) -> Table {
        guard anyAllocated else { return table }
        var marked = Table(columns: table.columns + ["allocated"], rows: zip(table.rows, allRows).map { $0 + [.flag($1.allocated)] }, notes: table.notes)
        let count = allRows.filter(\.allocated).count
        marked.notes.append("allocated: \(count) row\(count == 1 ? "" : "s") rest in part on pre-reform data of a divided unit, "
                            + "split in equal shares between the communes it went into (the source gives no share): approximate")
        marked.notesVi = table.notesVi.map {
            $0 + ["phân bổ: \(Language.vi.numbers.integer(count)) dòng dựa một phần vào số liệu trước khi sắp xếp của đơn vị bị chia, "
                  + "chia đều cho các xã mới (nguồn không cho tỷ lệ): chỉ gần đúng"]
        }
        return marked
    }
}
