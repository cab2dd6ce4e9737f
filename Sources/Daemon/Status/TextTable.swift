/// Left-aligned columns separated by two spaces, for terminal output.
struct TextTable {
    private var rows: [[String]] = []

    init(header: [String]) {
        rows = [header]
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    /// Every row on its own line, indented by `indent`, trailing spaces trimmed.
    func render(indent: String = "") -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in
            rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        return rows.map { row in
            var line = indent
            for (column, cell) in row.enumerated() {
                let isLast = column == row.count - 1
                line += isLast ? cell : cell + String(repeating: " ", count: widths[column] - cell.count + 2)
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
