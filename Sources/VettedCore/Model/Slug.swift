/// Slugs name files and URL paths: `[a-z0-9-]+` only, so no slug can leave its folder.
enum Slug {
    static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }

    /// Lower-cases and hyphenates free text for a URL (tags, categories, the names
    /// given to `vetted new`). Latin letters lose their accents (`Café Privé` →
    /// `cafe-prive`, `Straße` → `strasse`, `Łódź` → `lodz`); letters of other scripts
    /// are left out, like punctuation.
    static func make(_ text: String) -> String {
        // Most tags are ASCII: lower-case and filter the bytes directly.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            var pending = false
            for byte in text.utf8 {
                let lower = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
                if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                    if pending, !bytes.isEmpty { bytes.append(45) }
                    pending = false
                    bytes.append(lower)
                } else {
                    pending = true
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = ""
        var pendingHyphen = false
        for scalar in latinFolded(text).unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingHyphen, !out.isEmpty { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out
    }
}
