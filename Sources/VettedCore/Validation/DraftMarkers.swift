import Foundation

/// The placeholders `vetted new` writes where the author has to say something
/// (`TODO: the bottom line.`). Each one left in a review or page that a build
/// publishes is a warning at its line and column: the build goes on, the preview
/// shows it, and `--strict` (as in `check --strict`) refuses it.
enum DraftMarker {
    /// What starts every placeholder. Upper case with a colon: prose rarely has it,
    /// and editors highlight it.
    static let text = "TODO:"
    private static let bytes = Array(text.utf8)

    /// One warning per placeholder in the reviews and pages this build publishes.
    static func warnings(reviews: [Review], pages: [Page]) -> [Diagnostic] {
        let marked = parallelMap(reviews) { hasMarker(texts(of: $0)) }
        let files = zip(reviews, marked).filter(\.1).map(\.0.path)
            + pages.filter { hasMarker([$0.title, $0.description ?? "", $0.body]) }.map(\.path)
        return files.flatMap(warnings(inFile:))
    }

    /// Every text of a review that could hold a placeholder. Only a review with one is
    /// read again, for the positions, so this check costs a build next to nothing.
    private static func texts(of review: Review) -> [String] {
        var texts = [review.title, review.description, review.product.name, review.product.vendor ?? "", review.product.url ?? "",
                     review.verdict.summary.value, review.conflict?.value ?? "", review.body]
        texts += review.scorecard?.answers.compactMap { $0.note?.value } ?? []
        texts += review.sources.flatMap { [$0.title, $0.url ?? ""] }
        texts += review.faq.flatMap { [$0.question, $0.answer.value] }
        texts += review.history.compactMap { $0.note?.value }
        texts += review.comparisons.flatMap { [$0.title] + $0.columns + $0.rows.flatMap { $0.map(\.text) } }
        texts += review.alternatives.flatMap { [$0.name, $0.note?.value ?? ""] }
        texts += review.affiliate.map { [$0.disclosure ?? ""] + $0.links.map(\.label) } ?? []
        texts += review.tags
        return texts
    }

    /// Searches each text's own UTF-8 storage, without copying it.
    private static func hasMarker(_ texts: [String]) -> Bool {
        texts.contains { text in
            var text = text
            return text.withUTF8 { firstMarker(in: $0, from: 0) != nil }
        }
    }

    /// The offset of the first placeholder at or after `start`, in bytes indexed from 0.
    private static func firstMarker<Bytes: RandomAccessCollection<UInt8>>(in line: Bytes, from start: Int) -> Int? where Bytes.Index == Int {
        guard line.count >= bytes.count, start <= line.count - bytes.count else { return nil }
        for index in start...(line.count - bytes.count) where line[index] == bytes[0] {
            if line[index..<(index + bytes.count)].elementsEqual(bytes) { return index }
        }
        return nil
    }

    /// The placeholders of one file by line and column, left out of YAML comment lines
    /// in the front matter (a comment is never published).
    static func warnings(inFile path: String) -> [Diagnostic] {
        // The file was read and checked by the loader; it is read again, within the
        // same size limit, only for the positions.
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        guard var data = try? handle.read(upToCount: Budgets.contentFileBytes) else { return [] }
        // The loader reads a file that starts with a byte order mark, so the lines here
        // must not count it either.
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
        var found: [Diagnostic] = []
        var inFrontMatter = false
        for (index, line) in data.split(separator: 10, omittingEmptySubsequences: false).enumerated() {
            let line = Array(line)
            let trimmed = line.drop { $0 == 32 || $0 == 9 }
            let isFence = line.starts(with: Array("---".utf8)) && line.dropFirst(3).allSatisfy { $0 == 32 || $0 == 9 || $0 == 13 }
            if isFence, index == 0 || inFrontMatter {
                inFrontMatter = index == 0
                continue
            }
            if inFrontMatter, trimmed.first == UInt8(ascii: "#") { continue }
            var start = 0
            while let at = firstMarker(in: line, from: start) {
                let column = String(decoding: line[..<at], as: UTF8.self).unicodeScalars.count + 1
                found.append(Diagnostic(
                    .warning, path: path, line: index + 1, column: column,
                    message: "replace the placeholder '\(placeholder(line[at...]))' with what it asks for; it would be published as it is"))
                start = at + bytes.count
            }
        }
        return found
    }

    /// The placeholder as written: up to a closing quote (not an escaped `\"`) or the
    /// end of the line, cut short.
    private static func placeholder(_ rest: ArraySlice<UInt8>) -> String {
        var end = rest.startIndex
        var escaped = false
        while end < rest.endIndex, escaped || (rest[end] != UInt8(ascii: "\"") && rest[end] != 13) {
            escaped = !escaped && rest[end] == UInt8(ascii: "\\")
            end += 1
        }
        let text = String(decoding: rest[..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return text.count > 60 ? String(text.prefix(59)) + "…" : text
    }
}
