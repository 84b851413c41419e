/// Checks every internal link and image written in Markdown once the whole site is
/// written: the page or file exists, and so does the `#anchor` on it. Each problem is
/// reported at the link's place in the Markdown, in `build`, `check` and the preview.
struct LinkAudit {
    let urls: SiteURLs
    /// Every file the site wrote.
    let files: Set<String>
    /// The ids of a written HTML page, read back when a link names one.
    let anchors: (String) -> Set<String>?
    /// Output folders of reviews, pages and rubrics that could not be read or are held
    /// back by errors (`reviews/x/`, `about/`): their own error is the one reported,
    /// not every link to them.
    let failedFolders: Set<String>
    /// Output folders of drafts and scheduled reviews left out of this build.
    let unpublishedFolders: Set<String>

    func check(_ records: [LinkRecord]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var anchorCache: [String: Set<String>] = [:]
        for record in records {
            guard record.page != nil || record.href.hasPrefix("/") || record.href.hasPrefix(urls.origin + "/") else { continue }
            guard let (target, fragment) = urls.outputPath(of: record.href, from: record.page ?? SiteURLs.homeFile) else { continue }
            func report(_ message: String) {
                diagnostics.append(Diagnostic(.error, path: record.source, line: record.line, column: record.column, message: message))
            }
            let folders = Self.folders(of: target)
            if folders.contains(where: failedFolders.contains) { continue }
            guard let file = SiteURLs.writtenFile(target, in: files) else {
                if folders.contains(where: unpublishedFolders.contains) {
                    report("the link '\(record.written)' goes to a review that is a draft or scheduled, and is not published in this build")
                } else if record.isImage {
                    report(missingImage(record, target: target))
                } else {
                    report("the link '\(record.written)' goes to a page that does not exist" + suggestion(for: target))
                }
                continue
            }
            guard let fragment, !fragment.isEmpty, file.hasSuffix(".html") else { continue }
            let ids = anchorCache[file] ?? anchors(file) ?? []
            anchorCache[file] = ids
            if !ids.contains(fragment) {
                let hint = Suggestion.hint(for: fragment, in: ids.sorted())
                if record.written.hasPrefix("#") {
                    report("this page has no anchor '\(record.written)'" + hint)
                } else {
                    let place = file == record.page ? "this page" : "/" + (SiteURLs.pageFolder(of: file) ?? file)
                    report("the link '\(record.written)' points at '#\(fragment)', which \(place) does not have" + hint)
                }
            }
        }
        return diagnostics
    }

    /// Every folder a path is in: `reviews/x/a.png` → `reviews/`, `reviews/x/`, and
    /// `reviews/x/a.png/` (a link without its final `/`).
    private static func folders(of target: String) -> [String] {
        var folders: [String] = []
        var prefix = ""
        for part in target.split(separator: "/", omittingEmptySubsequences: false).dropLast() {
            prefix += part + "/"
            folders.append(prefix)
        }
        // `/about` is the folder `about/` too.
        if !target.hasSuffix("/"), !target.isEmpty { folders.append(target + "/") }
        return folders
    }

    private func missingImage(_ record: LinkRecord, target: String) -> String {
        let message = "the image '\(record.written)' does not exist (it would be /\(target))"
        let isRelative = !record.written.hasPrefix("/") && LinkResolver.scheme(of: record.written) == nil
        if isRelative, record.source.hasSuffix("/index.md") {
            let folder = record.source.dropLast("index.md".count)
            return message + "; put it in \(folder), beside index.md"
        }
        if isRelative {
            return message + "; to keep images beside a review, make it a folder (content/reviews/<slug>/index.md) and put "
                + "the image next to index.md, or put it in static/ and link it from the site's root"
        }
        return message + "; put it in static/: static/\(target) is published as /\(target)"
    }

    /// "did you mean" among the pages the site wrote, for a link to a page, written as the
    /// author writes it: from the site's root, without the base path the build adds.
    private func suggestion(for target: String) -> String {
        guard target.hasSuffix("/") || !target.contains(".") else { return "" }
        let pages = files.lazy.compactMap(SiteURLs.pageFolder(of:))
        let wanted = target.hasSuffix("/") ? target : target + "/"
        return Suggestion.closest(to: wanted, in: pages).map { "; did you mean '/\($0)'?" } ?? ""
    }
}
