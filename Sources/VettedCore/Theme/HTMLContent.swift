import Mustache

/// The content type every template is rendered with: HTML, escaped byte by byte.
///
/// swift-mustache's own HTML escaping looks up every `Character` in a dictionary,
/// which made it the largest single cost of a build. This escapes the same five
/// characters (`& < > " '`) with the same entities, scanning UTF-8 bytes, and returns
/// text that needs no escaping without copying it. Working on bytes also escapes a
/// quote that a combining mark follows, which a `Character`-based escaper leaves
/// alone because the two form one grapheme.
struct HTMLContent: MustacheContentType {
    /// The name the templates select it by (`{{% CONTENT_TYPE: … }}`).
    static let name = "VETTED_HTML"

    /// The line `Theme` puts before every template; being a standalone tag, it renders
    /// nothing, not even its line break.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    /// Makes the content type known to swift-mustache; templates parsed afterwards can
    /// select it. Registering again is harmless.
    static let registered: Void = MustacheContentTypes.register(HTMLContent(), named: name)

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: needsEscape) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8 + 8)
            out.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
