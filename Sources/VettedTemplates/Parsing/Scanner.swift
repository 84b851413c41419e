/// A cursor over the characters of a template, with the reading primitives of
/// swift-mustache's parser and their exact behaviour at the end of the text.
struct Scanner {
    let characters: [Character]
    var position: Int

    init(_ characters: [Character], position: Int = 0) {
        self.characters = characters
        self.position = position
    }

    var reachedEnd: Bool { position >= characters.count }

    /// The current character, or `"\0"` at the end (as swift-mustache's `current()`).
    var current: Character { reachedEnd ? "\0" : characters[position] }

    mutating func advance() { position += 1 }

    /// Skips characters while the condition holds; returns what was skipped.
    @discardableResult
    mutating func read(while condition: (Character) -> Bool) -> ArraySlice<Character> {
        let start = position
        while !reachedEnd, condition(characters[position]) { position += 1 }
        return characters[start..<position]
    }

    /// Reads up to the first character meeting the condition, leaving the cursor on it.
    /// Returns `nil` (and leaves the cursor where it was) if there is none.
    mutating func read(until condition: (Character) -> Bool) -> ArraySlice<Character>? {
        let start = position
        while !reachedEnd {
            if condition(characters[position]) { return characters[start..<position] }
            position += 1
        }
        position = start
        return nil
    }

    /// The result of trying to read a fixed string.
    enum Match {
        case matched, different
        /// Fewer characters are left than the string has (swift-mustache throws then).
        case overflow
    }

    /// Reads `string` if the text continues with it.
    mutating func read(_ string: [Character]) -> Match {
        guard !string.isEmpty else { return .matched }
        guard characters.count - position >= string.count else { return .overflow }
        for offset in 0..<string.count where characters[position + offset] != string[offset] {
            return .different
        }
        position += string.count
        return .matched
    }

    /// Reads one character if it is `character`.
    mutating func read(_ character: Character) -> Match {
        guard !reachedEnd else { return .overflow }
        guard characters[position] == character else { return .different }
        position += 1
        return .matched
    }

    /// Skips past the next occurrence of `string`, with swift-mustache's matcher: after
    /// a partial match fails it starts again from the next character without looking at
    /// the failing one again (so `%%>` does not end a comment closed by `%>`).
    /// Returns `false` (cursor unmoved) if it never occurs.
    mutating func skip(past string: [Character]) -> Bool {
        guard !string.isEmpty else { return true }
        let start = position
        var matched = 0
        while !reachedEnd {
            if characters[position] == string[matched] {
                matched += 1
                if matched == string.count {
                    position += 1
                    return true
                }
            } else {
                matched = 0
            }
            position += 1
        }
        position = start
        return false
    }
}

extension Character {
    /// Space or tab: the white space a standalone tag may have around it.
    var isSpaceOrTab: Bool { self == " " || self == "\t" }
}
