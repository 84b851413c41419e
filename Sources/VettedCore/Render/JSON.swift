/// A JSON value with its keys in the order they were written, so output is
/// deterministic. Strings are escaped so the text is safe inside an HTML
/// `<script>` element: `<`, `>` and `&` become `\u003c`, `\u003e` and `\u0026`.
enum JSON {
    case object([(String, JSON)])
    case array([JSON])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    /// An object from pairs, leaving out the pairs whose value is nil.
    static func object(_ pairs: [(String, JSON?)]) -> JSON {
        .object(pairs.compactMap { key, value in value.map { (key, $0) } })
    }

    static func string(_ value: String?) -> JSON? { value.map(JSON.string) }

    static func int(_ value: Int) -> JSON { .number(String(value)) }

    /// Compact JSON, or indented by two spaces when `pretty`.
    func serialized(pretty: Bool = false) -> String {
        var out = ""
        write(into: &out, pretty: pretty, indent: 0)
        return out
    }

    private func write(into out: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .object(let pairs):
            guard !pairs.isEmpty else { out += "{}"; return }
            out += "{"
            for (index, (key, value)) in pairs.enumerated() {
                if index > 0 { out += "," }
                if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
                Self.writeString(key, into: &out)
                out += pretty ? ": " : ":"
                value.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { out += "\n" + String(repeating: "  ", count: indent) }
            out += "}"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
                item.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { out += "\n" + String(repeating: "  ", count: indent) }
            out += "]"
        case .string(let value):
            Self.writeString(value, into: &out)
        case .number(let value):
            out += value
        case .bool(let value):
            out += value ? "true" : "false"
        case .null:
            out += "null"
        }
    }

    private static func writeString(_ value: String, into out: inout String) {
        out += "\""
        // Most strings need no escaping and are copied whole; the others are escaped
        // on their UTF-8 bytes, copying the runs between escapes.
        var value = value
        value.withUTF8 { bytes in
            guard bytes.contains(where: needsEscape) else {
                out += String(decoding: bytes, as: UTF8.self)
                return
            }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 32)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""): escaped += #"\""#.utf8
                case UInt8(ascii: "\\"): escaped += #"\\"#.utf8
                case UInt8(ascii: "\n"): escaped += #"\n"#.utf8
                case UInt8(ascii: "\r"): escaped += #"\r"#.utf8
                case UInt8(ascii: "\t"): escaped += #"\t"#.utf8
                case UInt8(ascii: "<"): escaped += #"\u003c"#.utf8
                case UInt8(ascii: ">"): escaped += #"\u003e"#.utf8
                case UInt8(ascii: "&"): escaped += #"\u0026"#.utf8
                case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x80 && (bytes[index + 1] == 0xA8 || bytes[index + 1] == 0xA9):
                    // U+2028 and U+2029 end a line in JavaScript.
                    escaped += (bytes[index + 1] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8
                    index += 2
                case ..<0x20:
                    escaped += #"\u00"#.utf8
                    escaped.append(hexDigits[Int(byte >> 4)])
                    escaped.append(hexDigits[Int(byte & 0xF)])
                default:
                    escaped.append(byte)
                }
            }
            out += String(decoding: escaped, as: UTF8.self)
        }
        out += "\""
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 34 || byte == 92 || byte == 60 || byte == 62 || byte == 38 || byte == 0xE2
    }
}
