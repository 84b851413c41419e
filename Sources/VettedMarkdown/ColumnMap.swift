/// Turns cmark's byte columns into character (Unicode scalar) columns, the unit every
/// other position in Vetted uses. Links come in document order, so each lookup goes
/// on counting from the previous one on the same line: 4,000 links on one line cost
/// one pass over it, not 4,000.
final class ColumnMap {
    private let bytes: [UInt8]
    private let lineStarts: [Int]
    /// The last lookup: its byte offset and the characters counted from its line's start.
    private var last = (line: 0, offset: 0, characters: 0)

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            for index in 0..<buffer.count where buffer[index] == 10 { starts.append(index + 1) }
        }
        lineStarts = starts
    }

    /// - Parameters:
    ///   - line: 1-based line in the text.
    ///   - byteColumn: 1-based byte column, as cmark reports it.
    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return byteColumn }
        let start = lineStarts[line - 1]
        let end = min(start + max(0, byteColumn - 1), bytes.count)
        var from = start
        var characters = 0
        if last.line == line, last.offset <= end {
            from = last.offset
            characters = last.characters
        }
        // Count the bytes that start a character: everything but UTF-8 continuation bytes.
        bytes.withUnsafeBufferPointer { buffer in
            for index in from..<end where (buffer[index] & 0xC0) != 0x80 { characters += 1 }
        }
        last = (line, end, characters)
        return characters + 1
    }
}
