/// What the site-wide checks need from one rendered page, read in a single pass over
/// its bytes: the ids it defines, the links it makes, what it would load, and where
/// the affiliate disclosure and the first sponsored link are.
struct PageScan: Sendable {
    /// A URL found in an attribute, with the byte offset of its value in the page.
    struct Reference: Sendable {
        let url: String
        let offset: Int
        /// The element would load it (script, stylesheet, image, media, frame, font);
        /// otherwise it is a link to follow.
        let loads: Bool
    }

    var ids: Set<String> = []
    var references: [Reference] = []
    /// Offset of the element with `id="disclosure"`, if any.
    var disclosureOffset: Int?
    /// The offset of the first link with `rel` containing `sponsored`.
    var firstSponsored: Int?
    /// Where that link goes.
    var firstSponsoredURL: String?
    /// Links to affiliate domains without `rel="sponsored…"`.
    var unmarkedAffiliate: [Reference] = []

    /// Elements whose `src`/`href`/`data`/`poster` is loaded by the browser.
    static let loadingTags: Set<String> = [
        "script", "img", "iframe", "frame", "source", "video", "audio", "track", "embed", "object", "input", "image",
    ]
    /// `preconnect` and `dns-prefetch` load nothing but still contact the other host.
    static let loadingRels: Set<String> = [
        "stylesheet", "icon", "preload", "prefetch", "modulepreload", "manifest", "apple-touch-icon", "preconnect",
        "dns-prefetch", "prerender",
    ]

    /// Where each line starts, to turn offsets into positions only for findings.
    private var lineStarts: [Int] = [0]
    private var bytes: [UInt8] = []

    /// The 1-based line and column (in characters) of a byte offset.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let start = lineStarts[low]
        let column = bytes[start..<min(offset, bytes.count)].reduce(1) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
        return (low + 1, column)
    }

    /// The ids a page defines, for checking `#anchor` links to it.
    static func ids(in html: String) -> Set<String> {
        PageScan(html: html, isAffiliate: { _ in false }).ids
    }

    /// Scans HTML written by Vetted's templates and Markdown renderer.
    /// - Parameter isAffiliate: tells whether a URL goes to an affiliate domain.
    init(html: String, isAffiliate: (String) -> Bool) {
        let bytes = Array(html.utf8)
        self.bytes = bytes
        for (index, byte) in bytes.enumerated() where byte == 10 { lineStarts.append(index + 1) }
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 60, index + 1 < bytes.count else { index += 1; continue }  // "<"
            // Skip comments and the contents of script elements (JSON-LD).
            if bytes[index...].starts(with: Array("<!--".utf8)) {
                let end = Self.find(Array("-->".utf8), in: bytes, from: index + 4) ?? bytes.count
                index = end + 3
                continue
            }
            let tagStart = index
            var cursor = index + 1
            guard cursor < bytes.count, Self.isLetter(bytes[cursor]) else { index += 1; continue }
            while cursor < bytes.count, Self.isNameByte(bytes[cursor]) { cursor += 1 }
            let name = String(decoding: bytes[(index + 1)..<cursor], as: UTF8.self).lowercased()
            let (attributes, end) = Self.attributes(in: bytes, from: cursor)
            for (key, value, offset) in attributes {
                switch key {
                case "id":
                    ids.insert(Self.decodeEntities(value))
                    if value == "disclosure", disclosureOffset == nil { disclosureOffset = tagStart }
                case "href", "src", "data", "poster":
                    let url = Self.decodeEntities(value)
                    let rel = attributes.first { $0.0 == "rel" }?.1.lowercased() ?? ""
                    let loads = Self.loadingTags.contains(name)
                        || (name == "link" && !Set(rel.split(separator: " ").map(String.init)).isDisjoint(with: Self.loadingRels))
                    let reference = Reference(url: url, offset: offset, loads: loads)
                    references.append(reference)
                    if name == "a", key == "href" {
                        // Any sponsored link counts for the disclosure, whatever its host.
                        if rel.contains("sponsored") {
                            if firstSponsored == nil {
                                firstSponsored = tagStart
                                firstSponsoredURL = url
                            }
                        } else if isAffiliate(url) {
                            unmarkedAffiliate.append(reference)
                        }
                    }
                case "srcset":
                    for candidate in value.split(separator: ",") {
                        let url = candidate.split(separator: " ").first.map(String.init) ?? ""
                        references.append(Reference(url: Self.decodeEntities(url), offset: offset, loads: true))
                    }
                case "style":
                    for url in CSSScan.urls(in: Self.decodeEntities(value)) {
                        references.append(Reference(url: url, offset: offset, loads: true))
                    }
                default:
                    break
                }
            }
            index = end
            if name == "script" {
                index = Self.findClosing("script", in: bytes, from: index)
            } else if name == "style" {
                let close = Self.findClosing("style", in: bytes, from: index)
                for url in CSSScan.urls(in: String(decoding: bytes[index..<close], as: UTF8.self)) {
                    references.append(Reference(url: url, offset: index, loads: true))
                }
                index = close
            }
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
    private static func isNameByte(_ byte: UInt8) -> Bool { isLetter(byte) || (byte >= 48 && byte <= 57) || byte == 45 }

    /// The attributes of a tag (name, value, offset of the value) and the offset after `>`.
    private static func attributes(in bytes: [UInt8], from start: Int) -> ([(String, String, Int)], Int) {
        var result: [(String, String, Int)] = []
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 62 { return (result, index + 1) }  // ">"
            if byte == 32 || byte == 10 || byte == 9 || byte == 47 || byte == 13 { index += 1; continue }
            let nameStart = index
            while index < bytes.count, ![61, 32, 62, 10, 9, 47].contains(bytes[index]) { index += 1 }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            guard index < bytes.count, bytes[index] == 61 else {  // "=": else a bare attribute
                result.append((name, "", index))
                continue
            }
            index += 1
            guard index < bytes.count else { break }
            let quote = bytes[index]
            if quote == 34 || quote == 39 {
                let valueStart = index + 1
                let valueEnd = bytes[valueStart...].firstIndex(of: quote) ?? bytes.count
                result.append((name, String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self), valueStart))
                index = valueEnd + 1
            } else {
                let valueStart = index
                while index < bytes.count, ![32, 62, 10, 9].contains(bytes[index]) { index += 1 }
                result.append((name, String(decoding: bytes[valueStart..<index], as: UTF8.self), valueStart))
            }
        }
        return (result, bytes.count)
    }

    /// The offset of `</name` (in any case) from `start`, or the end.
    static func findClosing(_ name: String, in bytes: [UInt8], from start: Int) -> Int {
        let needle = Array(("</" + name).utf8)
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == 60, zip(bytes[index..<(index + needle.count)], needle).allSatisfy({ ($0 | 0x20) == ($1 | 0x20) }) {
                return index
            }
            index += 1
        }
        return bytes.count
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start < bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// `&amp;` and the few entities Vetted writes into attributes.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacing("&quot;", with: "\"").replacing("&#39;", with: "'").replacing("&lt;", with: "<")
            .replacing("&gt;", with: ">").replacing("&amp;", with: "&")
    }
}

/// URLs a stylesheet would load: `url(…)` and `@import`.
enum CSSScan {
    static func urls(in css: String) -> [String] {
        var found: [String] = []
        for match in css.matches(of: /url\(\s*['"]?([^'")]+)['"]?\s*\)/) { found.append(String(match.1)) }
        for match in css.matches(of: /@import\s+['"]([^'"]+)['"]/) { found.append(String(match.1)) }
        return found
    }
}
