internal import CCmarkGFM

/// GitHub's alerts: a block quote whose first line is `[!NOTE]`, `[!TIP]`,
/// `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]` (in any case) becomes
/// `<aside class="callout callout-note" role="note">` with a title, so the same file
/// reads right on GitHub and on the site. Any other block quote stays a quote.
enum Callout {
    /// The kinds, in GitHub's order, with the title each shows.
    static let kinds: [(key: String, title: String)] = [
        ("note", "Note"), ("tip", "Tip"), ("important", "Important"), ("warning", "Warning"), ("caution", "Caution"),
    ]

    /// Turns a block quote into a callout when its first line is a marker.
    static func rewrite(_ quote: OpaquePointer) {
        guard let paragraph = cmark_node_first_child(quote), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH else { return }
        // cmark splits `[!NOTE]` into several text nodes (`[` opens a link that never
        // closes), so the first line's text nodes are read together.
        var marker = ""
        var lineNodes: [OpaquePointer] = []
        var next = cmark_node_first_child(paragraph)
        while let node = next, cmark_node_get_type(node) == CMARK_NODE_TEXT {
            marker += CmarkDocument.string(cmark_node_get_literal(node))
            lineNodes.append(node)
            next = cmark_node_next(node)
        }
        let breakNode = next.flatMap { node -> OpaquePointer? in
            let type = cmark_node_get_type(node)
            return type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK ? node : nil
        }
        // The marker must be the whole first line: followed by a line break or nothing.
        guard next == nil || breakNode != nil else { return }
        let trimmed = marker.trimmingTrailingSpaces
        guard trimmed.hasPrefix("[!"), trimmed.hasSuffix("]") else { return }
        let key = trimmed.dropFirst(2).dropLast().lowercased()
        guard let kind = kinds.first(where: { $0.key == key }) else { return }

        for node in lineNodes + (breakNode.map { [$0] } ?? []) {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        if cmark_node_first_child(paragraph) == nil {
            cmark_node_unlink(paragraph)
            cmark_node_free(paragraph)
        }
        guard let aside = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(
            aside, "<aside class=\"callout callout-\(kind.key)\" role=\"note\">\n<p class=\"callout-title\">\(kind.title)</p>")
        cmark_node_set_on_exit(aside, "</aside>")
        while let child = cmark_node_first_child(quote) {
            cmark_node_unlink(child)
            cmark_node_append_child(aside, child)
        }
        cmark_node_insert_before(quote, aside)
        cmark_node_unlink(quote)
        cmark_node_free(quote)
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var text = Substring(self)
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return String(text)
    }
}
