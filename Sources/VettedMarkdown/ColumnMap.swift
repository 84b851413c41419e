/// Turns cmark's byte columns into character (Unicode scalar) columns, the unit every
/// other position in Vetted uses. Each lookup costs the same however long the line
/// is: a running count of characters is kept for every byte.
struct ColumnMap {
    private let lineStarts: [Int]
    /// `characters[i]`: how many characters start in the first `i` bytes.
    private let characters: [Int32]

    init(_ text: String) {
        var starts = [0]
        var characters = [Int32]()
        characters.reserveCapacity(text.utf8.count + 1)
        var count: Int32 = 0
        characters.append(0)
        for (index, byte) in text.utf8.enumerated() {
            if byte == 10 { starts.append(index + 1) }
            // Every byte but a UTF-8 continuation byte starts a character.
            if (byte & 0xC0) != 0x80 { count += 1 }
            characters.append(count)
        }
        lineStarts = starts
        self.characters = characters
    }

    /// - Parameters:
    ///   - line: 1-based line in the text.
    ///   - byteColumn: 1-based byte column, as cmark reports it.
    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return byteColumn }
        let start = lineStarts[line - 1]
        let end = min(start + max(0, byteColumn - 1), characters.count - 1)
        return Int(characters[end] - characters[start]) + 1
    }
}
