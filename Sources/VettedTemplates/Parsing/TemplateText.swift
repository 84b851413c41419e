/// The text of one template as swift-mustache reads it: a sequence of `Character`s
/// (grapheme clusters), so that `"\r\n"` is one character and a combining mark joins
/// the character before it, exactly as in its parser.
struct TemplateText {
    let characters: [Character]
    /// The index of the first character of every line.
    private let lineStarts: [Int]

    init(_ text: String) {
        characters = Array(text)
        var starts = [0]
        for (index, character) in characters.enumerated() where character == "\n" || character == "\r\n" {
            starts.append(index + 1)
        }
        lineStarts = starts
    }

    /// The 1-based line and column (in Unicode scalars) of a character.
    func position(of index: Int) -> (line: Int, column: Int) {
        // The last line starting at or before the index.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        let start = lineStarts[low]
        let end = min(index, characters.count)
        var column = 1
        if start < end {
            for character in characters[start..<end] { column += character.unicodeScalars.count }
        }
        return (low + 1, column)
    }

    /// The text between two indexes, for quoting in messages.
    func slice(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<characters.count)
        return String(characters[clamped])
    }
}
