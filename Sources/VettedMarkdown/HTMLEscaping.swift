extension String {
    /// Escapes text for an HTML attribute value or element content: `&`, `<`, `>`,
    /// `"` and `'`. Works on UTF-8 bytes, so a quote that a combining mark follows is
    /// escaped too, and text that needs no escaping is returned without a copy.
    public var escapedForHTMLAttribute: String {
        var text = self
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: Self.needsHTMLEscape) else { return nil }
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
        } ?? self
    }

    private static func needsHTMLEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
