/// The text of a YAML document as Unicode scalars, indexed as libyaml indexes its
/// characters, cut into lines as `LineTable` cuts them; built only when a document
/// fails, to look at the characters around the failure.
struct SourceView {
    let scalars: [Unicode.Scalar]
    /// The index at which each line starts, and the index just past its last character
    /// (its line break left out).
    private let lines: [Range<Int>]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var lines: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                lines.append(start..<index)
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                start = index + 1
            }
            index += 1
        }
        lines.append(start..<scalars.count)
        self.lines = lines
    }

    var lineCount: Int { lines.count }

    /// The character at an index, or nil past the end.
    subscript(index: Int) -> Unicode.Scalar? {
        scalars.indices.contains(index) ? scalars[index] : nil
    }

    /// The 0-based line holding an index (a line break belongs to the line it ends).
    func line(of index: Int) -> Int {
        var low = 0
        var high = lines.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lines[middle].lowerBound <= index { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The characters of a line, without its break.
    func range(ofLine line: Int) -> Range<Int> { lines[line] }

    /// The 0-based column of an index on its line.
    func column(of index: Int) -> Int { index - lines[line(of: index)].lowerBound }

    /// The characters from one index up to another, none when they are out of order.
    func slice(_ from: Int, _ to: Int) -> ArraySlice<Unicode.Scalar> {
        let lower = min(max(from, 0), scalars.count)
        return scalars[lower..<min(max(to, lower), scalars.count)]
    }

    /// The text from one index up to another.
    func text(_ from: Int, _ to: Int) -> String {
        Self.string(slice(from, to))
    }

    static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    /// What a line holds, for telling where a key or item starts.
    func shape(ofLine line: Int) -> LineShape {
        LineShape(scalars[lines[line]], start: lines[line].lowerBound)
    }
}

/// The parts of one line of block YAML: its indentation, the `- ` of list items, and
/// a `key:` if it starts with one.
struct LineShape {
    /// The number of spaces before the first character.
    let indent: Int
    /// The 0-based columns of the line's `-` item markers.
    let dashes: [Int]
    /// The 0-based column where the key or value after the markers starts.
    let contentColumn: Int
    /// The key, when the content starts with `key:` followed by a space or the line's end.
    let key: String?
    /// The index of the key's colon.
    let keyColon: Int?
    /// True for an empty line or one holding only a comment.
    let isBlank: Bool

    init(_ characters: ArraySlice<Unicode.Scalar>, start: Int) {
        let chars = Array(characters)
        var index = 0
        while index < chars.count, chars[index] == " " { index += 1 }
        indent = index
        var dashes: [Int] = []
        while index < chars.count, chars[index] == "-", index + 1 == chars.count || chars[index + 1] == " " {
            dashes.append(index)
            index += 1
            while index < chars.count, chars[index] == " " { index += 1 }
        }
        self.dashes = dashes
        contentColumn = index
        isBlank = dashes.isEmpty && (index == chars.count || chars[index] == "#")
        var key: String?
        var keyColon: Int?
        if index < chars.count, !"[{\"'#|>&*!%@`".unicodeScalars.contains(chars[index]) {
            var end = index
            while end < chars.count {
                if chars[end] == ":", end + 1 == chars.count || chars[end + 1] == " " || chars[end + 1] == "\t" {
                    let text = SourceView.string(chars[index..<end]).trimmingTrailingSpaces
                    if !text.isEmpty {
                        key = text
                        keyColon = start + end
                    }
                    break
                }
                if chars[end] == "#", end > 0, chars[end - 1] == " " { break }
                end += 1
            }
        }
        self.key = key
        self.keyColon = keyColon
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while let last = text.unicodeScalars.last, last == " " || last == "\t" { text.unicodeScalars.removeLast() }
        return text
    }

    var trimmingLeadingSpaces: String {
        SourceView.string(unicodeScalars.drop { $0 == " " || $0 == "\t" })
    }

    /// The text as a YAML double-quoted scalar, for a fix shown in a message.
    var doubleQuoted: String {
        var quoted = "\""
        for scalar in unicodeScalars {
            if scalar == "\\" || scalar == "\"" { quoted.unicodeScalars.append("\\") }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }
}
