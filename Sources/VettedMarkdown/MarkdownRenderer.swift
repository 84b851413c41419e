/// Renders Markdown to HTML with the GitHub Flavored Markdown extensions, unique
/// heading ids and a link resolver that can rewrite, mark as sponsored or reject links.
///
/// Parse options and extensions are fixed once per renderer; `render` may be called
/// from many threads at once.
public struct MarkdownRenderer: Sendable {
    /// When false, raw HTML in the Markdown is left out of the output.
    public let allowsRawHTML: Bool

    /// The version of the cmark-gfm library that renders, e.g. `0.29.0.gfm.6`.
    public static var libraryVersion: String { CmarkDocument.libraryVersion }

    /// - Parameter allowsRawHTML: keep raw HTML blocks and inline tags (GFM's tag filter still applies).
    public init(allowsRawHTML: Bool = false) {
        self.allowsRawHTML = allowsRawHTML
    }

    /// Renders a Markdown document.
    /// - Parameters:
    ///   - markdown: the Markdown text.
    ///   - lineOffset: added to every reported line, for text that starts below line 1 of its file.
    ///   - columnOffset: added to every reported column on the first line of the text.
    ///   - reservedIDs: ids already used by the page around this HTML; headings avoid them.
    ///   - resolveLink: decides what happens to each link and image destination.
    /// - Returns: the HTML, the headings with their ids, and any link problems.
    public func render(
        _ markdown: String,
        lineOffset: Int = 0,
        columnOffset: Int = 0,
        reservedIDs: Set<String> = [],
        resolveLink: (LinkTarget) -> LinkResolution = { _ in .keep }
    ) -> RenderedMarkdown {
        let size = markdown.utf8.count
        let limit = ExpansionBudget.limit(forBytes: size)
        func refused(_ message: String, line: Int = 1) -> RenderedMarkdown {
            let column = line == 1 ? columnOffset + 1 : 1
            return RenderedMarkdown(
                html: "", headings: [], problems: [MarkdownProblem(line: lineOffset + line, column: column, message: message)],
                hasSponsoredLinks: false)
        }
        let expansion = ExpansionBudget.referenceExpansion(in: markdown)
        if expansion.bytes > limit {
            return refused(
                "this would add about \(Self.describe(expansion.bytes)) to the page, more than \(ExpansionBudget.factor) times "
                    + "the size of the text (\(Self.describe(size))): a link reference definition used many times, or a table "
                    + "whose header has many columns over many rows; use the link fewer times, or split the table",
                line: expansion.line)
        }
        let rendered = CmarkDocument.render(
            markdown,
            allowsRawHTML: allowsRawHTML,
            position: SourceOffset(line: lineOffset, column: columnOffset),
            reservedIDs: reservedIDs,
            resolveLink: resolveLink
        )
        if rendered.html.utf8.count > limit {
            return refused(
                "this Markdown renders to \(Self.describe(rendered.html.utf8.count)) of HTML, more than "
                    + "\(ExpansionBudget.factor) times its own size (\(Self.describe(size))); link reference definitions used "
                    + "many times, or a table whose header has many columns, are the usual causes")
        }
        return rendered
    }

    private static func describe(_ bytes: Int) -> String {
        bytes >= 1_024 * 1_024 ? "\(bytes / (1_024 * 1_024)) MiB" : bytes >= 1_024 ? "\(bytes / 1_024) KiB" : "\(bytes) bytes"
    }

    /// Renders a short Markdown string (a summary, a note) as inline HTML: a single
    /// paragraph loses its `<p>` wrapper; anything longer is returned as blocks.
    public func renderInline(
        _ markdown: String,
        lineOffset: Int = 0,
        columnOffset: Int = 0,
        resolveLink: (LinkTarget) -> LinkResolution = { _ in .keep }
    ) -> RenderedMarkdown {
        var result = render(markdown, lineOffset: lineOffset, columnOffset: columnOffset, resolveLink: resolveLink)
        result.html = Self.unwrapSingleParagraph(result.html)
        return result
    }

    static func unwrapSingleParagraph(_ html: String) -> String {
        // Compared on UTF-8 bytes: searching by Character would break graphemes on
        // every byte of every note.
        let bytes = html.utf8
        var end = bytes.endIndex
        if bytes.last == UInt8(ascii: "\n") { end = bytes.index(before: end) }
        let trimmed = bytes[bytes.startIndex..<end]
        guard trimmed.starts(with: "<p>".utf8), trimmed.reversed().starts(with: ">p/<".utf8) else { return html }
        let inner = trimmed.dropFirst(3).dropLast(4)
        // More than one paragraph: keep the blocks as they are.
        if contains(inner, "<p>") || contains(inner, "</p>") { return html }
        return String(Substring(inner))
    }

    /// A plain byte search: the standard library's `contains(_:)` for collections
    /// measured ten times slower on a `Substring.UTF8View` in `vetted-bench`.
    private static func contains(_ bytes: Substring.UTF8View, _ needle: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = needle.first else { return true }
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(of: first) {
            if bytes[found...].starts(with: needle) { return true }
            index = bytes.index(after: found)
        }
        return false
    }
}

/// Where a text starts inside its file, so positions can point into the file.
struct SourceOffset {
    let line: Int
    let column: Int
}

/// A link or image destination found in the Markdown.
public struct LinkTarget: Sendable, Equatable {
    /// The destination as written, e.g. `review:claude#pricing` or `https://example.org/`.
    public let url: String
    /// 1-based line in the file (the offset already applied).
    public let line: Int
    /// 1-based column in the file.
    public let column: Int
    /// True for `![alt](url)`.
    public let isImage: Bool

    public init(url: String, line: Int, column: Int, isImage: Bool) {
        self.url = url
        self.line = line
        self.column = column
        self.isImage = isImage
    }
}

/// What the renderer does with a link.
public enum LinkResolution: Sendable, Equatable {
    /// Leave the destination as it is.
    case keep
    /// Use another destination; a sponsored link gets `rel="sponsored nofollow noopener"`.
    case replace(url: String, sponsored: Bool)
    /// The destination is wrong; the message is reported at the link's position.
    case invalid(String)
    /// The destination is kept but looks like a mistake; reported as a warning.
    case suspicious(String)
    /// An image at this destination, with its size in pixels when it is known: the
    /// `<img>` gets `width` and `height`, so the page does not jump as it loads.
    case image(url: String, size: ImageSize?)
}

/// The intrinsic size of an image, in CSS pixels.
public struct ImageSize: Sendable, Equatable, Hashable {
    public let width: Int
    public let height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// A heading of the rendered document.
public struct Heading: Sendable, Equatable {
    public let level: Int
    public let id: String
    public let text: String

    public init(level: Int, id: String, text: String) {
        self.level = level
        self.id = id
        self.text = text
    }
}

/// A problem found while rendering, with its position in the file.
public struct MarkdownProblem: Sendable, Equatable {
    public let line: Int
    public let column: Int
    public let message: String
    /// A warning rather than an error.
    public let isWarning: Bool

    public init(line: Int, column: Int, message: String, isWarning: Bool = false) {
        self.line = line
        self.column = column
        self.message = message
        self.isWarning = isWarning
    }
}

/// The result of rendering Markdown.
public struct RenderedMarkdown: Sendable, Equatable {
    public var html: String
    public var headings: [Heading]
    public var problems: [MarkdownProblem]
    /// True when at least one link was rendered as sponsored.
    public var hasSponsoredLinks: Bool
}
