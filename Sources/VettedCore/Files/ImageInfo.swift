import Foundation
import VettedMarkdown

/// Reads the size of an image from its first bytes: PNG, JPEG, GIF, WebP and SVG.
/// Anything it cannot read gives nil, never a crash: the bytes come from the author.
enum ImageInfo {
    /// The file names whose size is read.
    static let extensions: Set<String> = ["png", "jpg", "jpeg", "gif", "webp", "svg"]

    static func size(of bytes: [UInt8]) -> ImageSize? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return png(bytes) }
        if bytes.starts(with: [0xFF, 0xD8]) { return jpeg(bytes) }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return gif(bytes) }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) { return webp(bytes) }
        return svg(bytes)
    }

    private static func checked(_ width: Int, _ height: Int) -> ImageSize? {
        width > 0 && height > 0 && width <= 1_000_000 && height <= 1_000_000 ? ImageSize(width: width, height: height) : nil
    }

    private static func bigEndian(_ bytes: [UInt8], _ at: Int, _ count: Int) -> Int? {
        guard at >= 0, at + count <= bytes.count else { return nil }
        return bytes[at..<at + count].reduce(0) { $0 << 8 | Int($1) }
    }

    private static func littleEndian(_ bytes: [UInt8], _ at: Int, _ count: Int) -> Int? {
        guard at >= 0, at + count <= bytes.count else { return nil }
        return bytes[at..<at + count].reversed().reduce(0) { $0 << 8 | Int($1) }
    }

    /// The IHDR chunk comes first: width and height at bytes 16 and 20.
    private static func png(_ bytes: [UInt8]) -> ImageSize? {
        guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8),
            let width = bigEndian(bytes, 16, 4), let height = bigEndian(bytes, 20, 4)
        else { return nil }
        return checked(width, height)
    }

    /// Walks the segments to the first start-of-frame marker (C0–CF but C4, C8, CC).
    private static func jpeg(_ bytes: [UInt8]) -> ImageSize? {
        var index = 2
        while index + 4 <= bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF { index += 1; continue }
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { index += 2; continue }
            guard let length = bigEndian(bytes, index + 2, 2), length >= 2 else { return nil }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard let height = bigEndian(bytes, index + 5, 2), let width = bigEndian(bytes, index + 7, 2) else { return nil }
                return checked(width, height)
            }
            index += 2 + length
        }
        return nil
    }

    private static func gif(_ bytes: [UInt8]) -> ImageSize? {
        guard let width = littleEndian(bytes, 6, 2), let height = littleEndian(bytes, 8, 2) else { return nil }
        return checked(width, height)
    }

    /// VP8 (lossy), VP8L (lossless) and VP8X (extended) first chunks.
    private static func webp(_ bytes: [UInt8]) -> ImageSize? {
        guard bytes.count >= 30 else { return nil }
        switch String(decoding: bytes[12..<16], as: UTF8.self) {
        case "VP8 ":
            guard let width = littleEndian(bytes, 26, 2), let height = littleEndian(bytes, 28, 2) else { return nil }
            return checked(width & 0x3FFF, height & 0x3FFF)
        case "VP8L":
            guard bytes[20] == 0x2F, let bits = littleEndian(bytes, 21, 4) else { return nil }
            return checked((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
        case "VP8X":
            guard let width = littleEndian(bytes, 24, 3), let height = littleEndian(bytes, 27, 3) else { return nil }
            return checked(width + 1, height + 1)
        default:
            return nil
        }
    }

    /// The root `<svg>` element's `width` and `height` in pixels, or its `viewBox`.
    private static func svg(_ bytes: [UInt8]) -> ImageSize? {
        let text = String(decoding: bytes.prefix(16_384), as: UTF8.self)
        guard let open = text.range(of: "<svg") else { return nil }
        let rest = text[open.upperBound...]
        guard let close = rest.firstIndex(of: ">") else { return nil }
        let tag = String(rest[..<close])
        func attribute(_ name: String) -> String? {
            var search = tag[...]
            while let found = search.range(of: name + "=") {
                let before = search[..<found.lowerBound].last
                search = search[found.upperBound...]
                guard before == nil || before?.isWhitespace == true, let quote = search.first, quote == "\"" || quote == "'" else { continue }
                let value = search.dropFirst().prefix { $0 != quote }
                return String(value)
            }
            return nil
        }
        func pixels(_ value: String?) -> Int? {
            guard var value = value?.trimmingCharacters(in: .whitespaces) else { return nil }
            if value.hasSuffix("px") { value.removeLast(2) }
            guard let number = Double(value), number.isFinite, number >= 1, number <= 1_000_000 else { return nil }
            return Int(number.rounded())
        }
        if let width = pixels(attribute("width")), let height = pixels(attribute("height")) { return checked(width, height) }
        let box = (attribute("viewBox") ?? "").split { $0 == " " || $0 == "," }.compactMap { Double($0) }
        guard box.count == 4, box[2].isFinite, box[3].isFinite, box[2] >= 1, box[3] >= 1, box[2] <= 1_000_000, box[3] <= 1_000_000 else { return nil }
        return checked(Int(box[2].rounded()), Int(box[3].rounded()))
    }
}
