/// Turns cmark's byte columns into character (Unicode scalar) columns, the unit every
/// other position in Vetted uses.
struct ColumnMap {
    private let bytes: [UInt8]
    private let lineStarts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 10 { starts.append(index + 1) }
        lineStarts = starts
    }

    /// - Parameters:
    ///   - line: 1-based line in the text.
    ///   - byteColumn: 1-based byte column, as cmark reports it.
    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return byteColumn }
        let start = lineStarts[line - 1]
        let end = min(start + max(0, byteColumn - 1), bytes.count)
        // Count the bytes that start a character: everything but UTF-8 continuation bytes.
        return bytes[start..<end].reduce(1) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
    }
}
