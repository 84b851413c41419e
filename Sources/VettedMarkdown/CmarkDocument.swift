internal import CCmarkGFM
import Synchronization

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// The only place that talks to cmark-gfm: parse, rewrite links and headings in the
/// tree, render, and free everything before returning.
///
/// Parses run in parallel. cmark-gfm 0.29 (checked in 0.29.0.gfm.6 and gfm.13) keeps
/// the inline parser's table of special characters in two global arrays (`SPECIAL_CHARS`
/// and `SKIP_CHARS` in inlines.c). At the start of its inline pass every parse adds the
/// characters of the extensions it has attached, and at the end it clears them
/// (`cmark_manage_extensions_special_characters`), so a parse that ends clears them under
/// another that is still reading them. Only two extensions have such characters:
/// - autolink: `:` and `w`, only so that plain text stops there and its matcher gets a
///   look (it pushes no delimiters, so nothing else reads its list). They are set once,
///   for good, when the extensions are registered, and taken off the extension: no
///   parse adds or clears them afterwards.
/// - strikethrough: `~`, in both tables. These cannot be taken off: the inline parser
///   finds the extension that closes a run of `~` by its characters. Strikethrough is
///   therefore attached only to texts that have a `~` (without one it changes nothing),
///   and those texts finish their parse, where the inline pass is, one at a time. The
///   others never read nor write the `~` entries.
/// Nothing else in the library changes global state after registration: the other
/// writable globals are the registry, node types and flags set while registering, the
/// arena allocator and the safety-check switch (neither used here), and tables that are
/// never written.
enum CmarkDocument {
    /// The version of the cmark-gfm library linked in, e.g. `0.29.0.gfm.6`.
    static var libraryVersion: String { String(cString: cmark_version_string()) }

    /// The core extensions, found once (registering them writes a global list), in the
    /// order they are attached: table, strikethrough, autolink, tagfilter, tasklist.
    private struct Extensions: @unchecked Sendable {
        /// For texts without a `~`: all but strikethrough.
        let plain: [OpaquePointer]
        /// For texts with a `~`: all five.
        let withStrikethrough: [OpaquePointer]
    }

    private static let extensions: Extensions = {
        // The list of autolink's characters, dropped below, has no function to free it:
        // 32 bytes that live as long as the process, not a leak to report.
        ignoringLeaks { cmark_gfm_core_extensions_ensure_registered() }
        if let autolink = cmark_find_syntax_extension("autolink"), let parser = cmark_parser_new(CMARK_OPT_DEFAULT) {
            cmark_parser_attach_syntax_extension(parser, autolink)
            cmark_manage_extensions_special_characters(parser, 1)
            cmark_parser_free(parser)
            cmark_syntax_extension_set_special_inline_chars(autolink, nil)
        }
        let names = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
        let found = names.compactMap { name in cmark_find_syntax_extension(name).map { (name, $0) } }
        return Extensions(
            plain: found.filter { $0.0 != "strikethrough" }.map(\.1),
            withStrikethrough: found.map(\.1)
        )
    }()

    /// Held while a text with a `~` finishes its parse: see the type's comment.
    private static let strikethroughLock = Mutex(())

    /// Runs `body` with LeakSanitizer ignoring what it allocates, when the process
    /// runs under LeakSanitizer; otherwise just runs it.
    private static func ignoringLeaks(_ body: () -> Void) {
        typealias Switch = @convention(c) () -> Void
        let program = dlopen(nil, RTLD_NOW)
        defer { if let program { dlclose(program) } }
        let disable = dlsym(program, "__lsan_disable").map { unsafeBitCast($0, to: Switch.self) }
        let enable = dlsym(program, "__lsan_enable").map { unsafeBitCast($0, to: Switch.self) }
        disable?()
        body()
        enable?()
    }

    static func render(
        _ markdown: String,
        allowsRawHTML: Bool,
        position: SourceOffset,
        reservedIDs: Set<String>,
        resolveLink: (LinkTarget) -> LinkResolution
    ) -> RenderedMarkdown {
        let extensionSets = extensions
        var options = CMARK_OPT_FOOTNOTES
        if allowsRawHTML { options |= CMARK_OPT_UNSAFE }
        guard let parser = cmark_parser_new(options) else {
            return RenderedMarkdown(html: "", headings: [], problems: [], hasSponsoredLinks: false)
        }
        defer { cmark_parser_free(parser) }
        var text = markdown
        var parsed: OpaquePointer?
        text.withUTF8 { buffer in
            let hasTilde = buffer.baseAddress.map { memchr($0, Int32(UInt8(ascii: "~")), buffer.count) != nil } ?? false
            for ext in hasTilde ? extensionSets.withStrikethrough : extensionSets.plain {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
            // Feeding only builds blocks; the inline pass, which adds and clears the
            // characters, is in cmark_parser_finish.
            if hasTilde {
                strikethroughLock.withLock { _ in parsed = cmark_parser_finish(parser) }
            } else {
                parsed = cmark_parser_finish(parser)
            }
        }
        guard let document = parsed else {
            return RenderedMarkdown(html: "", headings: [], problems: [], hasSponsoredLinks: false)
        }
        defer { cmark_node_free(document) }
        let extensions = cmark_parser_get_syntax_extensions(parser)

        let (links, headingNodes, rawHTML, quotes) = collect(document)
        var problems: [MarkdownProblem] = []
        let columns = links.isEmpty && rawHTML.isEmpty ? nil : ColumnMap(markdown)
        func place(_ node: OpaquePointer) -> (line: Int, column: Int) {
            let line = Int(cmark_node_get_start_line(node))
            let column = columns?.characterColumn(line: line, byteColumn: Int(cmark_node_get_start_column(node))) ?? 1
            return (line + position.line, column + (line == 1 ? position.column : 0))
        }
        // Raw HTML that is left out says so, once per line, instead of vanishing.
        if !allowsRawHTML {
            var lines: Set<Int> = []
            for node in rawHTML {
                let at = place(node)
                guard lines.insert(at.line).inserted else { continue }
                problems.append(MarkdownProblem(
                    line: at.line, column: at.column,
                    message: "raw HTML is left out of the page; write it in Markdown (a callout is '> [!NOTE]'), or set "
                        + "'markdown: {unsafe_html: true}' in site.yaml to keep it", isWarning: true))
            }
        }
        // Raw HTML is only in the tree when allowed; what could run a script is removed.
        for node in rawHTML where allowsRawHTML {
            let found = URLSafety.rawHTMLProblems(string(cmark_node_get_literal(node)))
            guard !found.isEmpty else { continue }
            let at = place(node)
            problems += found.map { found in
                MarkdownProblem(line: at.line + found.line, column: found.line == 0 ? at.column : 1, message: found.message)
            }
            cmark_node_set_literal(node, "")
        }
        var sponsored = false
        // Images replaced below are freed only after the loop: an image's alt text may
        // hold a link or another image, which `links` lists after it.
        var replacedImages: [OpaquePointer] = []
        defer { replacedImages.forEach { cmark_node_free($0) } }
        func replaceImage(_ image: OpaquePointer, url: String, size: ImageSize?) {
            if let old = Self.replaceImage(image, url: url, size: size) { replacedImages.append(old) }
        }
        for link in links {
            let at = place(link)
            let target = LinkTarget(
                url: string(cmark_node_get_url(link)),
                line: at.line,
                column: at.column,
                isImage: cmark_node_get_type(link) == CMARK_NODE_IMAGE
            )
            var resolution = resolveLink(target)
            // Whatever resolved it, a link that would run a script is never written.
            let final: String? = switch resolution {
            case .keep, .suspicious: target.url
            case .replace(let url, _), .image(let url, _): url
            case .invalid: nil
            }
            if let final, let scheme = URLSafety.dangerousScheme(final, decoding: false) {
                resolution = .invalid("'\(scheme):' links can run a script in the reader's browser and are not allowed")
            }
            if case .invalid = resolution { cmark_node_set_url(link, "") }
            switch resolution {
            case .keep:
                if target.isImage { replaceImage(link, url: target.url, size: nil) }
            case .invalid(let message):
                problems.append(MarkdownProblem(line: target.line, column: target.column, message: message))
            case .suspicious(let message):
                problems.append(MarkdownProblem(line: target.line, column: target.column, message: message, isWarning: true))
                if target.isImage { replaceImage(link, url: target.url, size: nil) }
            case .image(let url, let size):
                replaceImage(link, url: url, size: size)
            case .replace(let url, _) where target.isImage:
                replaceImage(link, url: url, size: nil)
            case .replace(let url, false):
                cmark_node_set_url(link, url)
            case .replace(let url, true):
                replaceWithSponsoredAnchor(link, url: url)
                sponsored = true
            }
        }
        for quote in quotes { Callout.rewrite(quote) }

        var slugger = HeadingSlugger(reserved: reservedIDs)
        var headings: [Heading] = []
        for node in headingNodes {
            let level = Int(cmark_node_get_heading_level(node))
            let title = plainText(of: node)
            let id = slugger.id(for: title)
            headings.append(Heading(level: level, id: id, text: title))
            replaceHeading(node, level: level, id: id, options: options, extensions: extensions)
        }

        guard let rendered = cmark_render_html(document, options, extensions) else {
            return RenderedMarkdown(html: "", headings: headings, problems: problems, hasSponsoredLinks: sponsored)
        }
        defer { free(rendered) }
        let html = String(cString: rendered)
        // Each piece of raw HTML passed on its own, but a browser reads the page as one
        // stream: a quote or tag left open in one block can turn the HTML written after
        // it into an attribute. The whole output is read again the same way.
        if allowsRawHTML, !rawHTML.isEmpty, problems.isEmpty, let found = URLSafety.rawHTMLProblems(html).first,
            let first = rawHTML.first
        {
            let at = place(first)
            problems.append(MarkdownProblem(
                line: at.line, column: at.column,
                message: "raw HTML here leaves a tag, quote or comment open, so the page would read as: \(found.message)"))
            return RenderedMarkdown(html: "", headings: headings, problems: problems, hasSponsoredLinks: sponsored)
        }
        return RenderedMarkdown(
            html: html,
            headings: headings,
            problems: problems,
            hasSponsoredLinks: sponsored
        )
    }

    /// Links, images, headings, raw HTML and block quotes in document order. The tree
    /// is changed only after the walk, because cmark's iterator does not survive edits.
    private static func collect(
        _ document: OpaquePointer
    ) -> (links: [OpaquePointer], headings: [OpaquePointer], html: [OpaquePointer], quotes: [OpaquePointer]) {
        var links: [OpaquePointer] = []
        var headings: [OpaquePointer] = []
        var html: [OpaquePointer] = []
        var quotes: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return ([], [], [], []) }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                links.append(node)
            } else if type == CMARK_NODE_HEADING {
                headings.append(node)
            } else if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE {
                html.append(node)
            } else if type == CMARK_NODE_BLOCK_QUOTE {
                quotes.append(node)
            }
        }
        return (links, headings, html, quotes)
    }

    /// Replaces an image with a custom inline node that writes the `<img>` itself, with
    /// its size when known and `loading="lazy"`; cmark's own has no way to add them.
    /// - Returns: the image, unlinked from the document, for the caller to free once
    ///   nothing inside it is read any more.
    private static func replaceImage(_ image: OpaquePointer, url: String, size: ImageSize?) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return nil }
        var html = "<img src=\"\(url.escapedForHTMLURL)\" alt=\"\(plainText(of: image).escapedForHTMLAttribute)\""
        let title = string(cmark_node_get_title(image))
        if !title.isEmpty { html += " title=\"\(title.escapedForHTMLAttribute)\"" }
        if let size { html += " width=\"\(size.width)\" height=\"\(size.height)\"" }
        html += " loading=\"lazy\" />"
        cmark_node_set_on_enter(node, html)
        cmark_node_set_on_exit(node, "")
        cmark_node_insert_before(image, node)
        cmark_node_unlink(image)
        return image
    }

    /// The text of a node with its markup removed.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                text += string(cmark_node_get_literal(child))
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }

    /// Moves a link's children into a custom inline node that writes the anchor
    /// with `rel` itself; cmark's own link rendering has no way to add attributes.
    private static func replaceWithSponsoredAnchor(_ link: OpaquePointer, url: String) {
        guard let anchor = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return }
        var open = "<a href=\"\(url.escapedForHTMLAttribute)\""
        let title = string(cmark_node_get_title(link))
        if !title.isEmpty { open += " title=\"\(title.escapedForHTMLAttribute)\"" }
        open += " rel=\"sponsored nofollow noopener\">"
        cmark_node_set_on_enter(anchor, open)
        cmark_node_set_on_exit(anchor, "</a>")
        while let child = cmark_node_first_child(link) {
            cmark_node_unlink(child)
            cmark_node_append_child(anchor, child)
        }
        cmark_node_insert_before(link, anchor)
        cmark_node_unlink(link)
        cmark_node_free(link)
    }

    /// Replaces a heading with a custom block holding the same HTML plus an `id`.
    private static func replaceHeading(
        _ heading: OpaquePointer,
        level: Int,
        id: String,
        options: Int32,
        extensions: UnsafeMutablePointer<cmark_llist>?
    ) {
        guard let rendered = cmark_render_html(heading, options, extensions) else { return }
        let html = String(cString: rendered)
        free(rendered)
        let open = "<h\(level)>"
        let close = "</h\(level)>"
        // Trimmed on UTF-8 bytes: the tags are ASCII, and Character steps cost more.
        var bytes = html.utf8[...]
        if bytes.last == UInt8(ascii: "\n") { bytes = bytes.dropLast() }
        guard bytes.starts(with: open.utf8), bytes.reversed().starts(with: close.utf8.reversed()) else { return }
        let inner = Substring(bytes.dropFirst(open.utf8.count).dropLast(close.utf8.count))
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, "<h\(level) id=\"\(id.escapedForHTMLAttribute)\">\(inner)\(close)")
        cmark_node_set_on_exit(block, "")
        cmark_node_insert_before(heading, block)
        cmark_node_unlink(heading)
        cmark_node_free(heading)
    }

    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
