import VettedYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A content file decoded as UTF-8, with a byte-order mark removed and CRLF line
/// endings turned into LF (line and column numbers are unchanged by both).
struct SourceText {
    let text: String

    /// Decodes the bytes of a file.
    /// - Returns: the text, or the position of the first byte that is not UTF-8.
    static func decode(_ bytes: [UInt8]) -> Result<SourceText, PositionedError> {
        // "\r\n" is a single Character in Swift: look at the bytes, with memchr.
        let hasCarriageReturn = bytes.withUnsafeBytes { $0.baseAddress.map { memchr($0, 13, bytes.count) != nil } ?? false }
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) {
            let normalized = hasCarriageReturn ? text.replacing("\r\n", with: "\n") : text
            return .success(SourceText(text: normalized))
        }
        return .failure(PositionedError(mark: firstInvalidByte(in: bytes), message: "the file is not valid UTF-8"))
    }

    /// The line and column of the first byte that breaks UTF-8.
    private static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> Mark {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let length = sequenceLength(bytes, at: index)
            if length == 0 {
                let prefix = bytes[lineStart..<index]
                let column = (String(validating: prefix, as: UTF8.self)?.unicodeScalars.count ?? 0) + 1
                return Mark(line: line, column: column)
            }
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return Mark(line: line, column: 1)
    }

    /// The length of a valid UTF-8 sequence starting at `index`, or 0.
    private static func sequenceLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.endIndex else { return 0 }
        return String(validating: bytes[index..<index + length], as: UTF8.self) == nil ? 0 : length
    }
}

/// An error with a position, before it is tied to a file.
struct PositionedError: Error {
    let mark: Mark
    let message: String
}
