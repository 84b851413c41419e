import VettedCore

/// What the preview adds to the HTML it serves, and never to `vetted build` output:
/// the live-reload script, the draft banner, and the error overlay.
enum PageDecorations {
    static let eventsPath = "/__vetted/events"

    /// Reloads the tab when the server announces another build; reconnects after the
    /// server restarts (and then reloads, since the version changed).
    static func reloadScript(version: String) -> String {
        """
        <script>(function(){var v="\(version)";function c(){var s=new EventSource("\(eventsPath)");\
        s.onmessage=function(e){if(e.data!==v){location.reload();}};\
        s.onerror=function(){s.close();setTimeout(c,1000);};}c();})();</script>
        """
    }

    static let bannerStyle = "position:sticky;top:0;z-index:1000;margin:0;padding:.5rem 1rem;background:#9a4d00;color:#fff;"
        + "font:600 15px/1.4 system-ui,sans-serif;text-align:center"

    static let draftBanner = "<p class=\"vetted-draft-banner\" role=\"status\" style=\"\(bannerStyle)\">"
        + "Preview of a draft or scheduled review: it is not published.</p>"

    /// Shown on `/search/`: the preview keeps the site in memory and rebuilds it in
    /// milliseconds, while Pagefind reads a site from disk and takes seconds on a large
    /// one, so only `vetted build` indexes.
    static let searchBanner = "<p class=\"vetted-search-banner\" role=\"status\" style=\"\(bannerStyle)\">"
        + "The preview does not index the site, so search finds nothing here: vetted build does, and search works in the built site.</p>"

    /// The served HTML: a banner after `<body…>` for unpublished pages and the search
    /// page, the script before `</body>`.
    static func decorate(_ html: String, version: String, draft: Bool, searchPage: Bool = false) -> String {
        var page = html
        let banner = (draft ? draftBanner : "") + (searchPage ? searchBanner : "")
        if !banner.isEmpty, let body = page.firstRange(of: "<body"), let end = page[body.upperBound...].firstIndex(of: ">") {
            page.insert(contentsOf: banner, at: page.index(after: end))
        }
        let script = reloadScript(version: version)
        if let close = page.ranges(of: "</body>").last {
            page.insert(contentsOf: script, at: close.lowerBound)
        } else {
            page += script
        }
        return page
    }

    /// The page shown instead of every page while the content has errors.
    static func overlay(_ diagnostics: [Diagnostic], version: String) -> String {
        let errors = diagnostics.filter { $0.severity == .error }
        let lines = diagnostics.map { escape($0.description) }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(errors.count) error\(errors.count == 1 ? "" : "s") · Vetted preview</title>
            <style>body{margin:0;font:16px/1.5 system-ui,sans-serif;background:#1b1b1f;color:#f3f3f5}main{max-width:60rem;margin:0 auto;padding:2rem 1rem}\
            h1{color:#ff8f85;font-size:1.4rem}pre{white-space:pre-wrap;background:#26262b;border-left:4px solid #ff8f85;padding:1rem;\
            font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;overflow-x:auto}p{color:#c9c9d1}</style></head>
            <body><main id="vetted-error-overlay"><h1>The site has \(errors.count) error\(errors.count == 1 ? "" : "s")</h1>
            <p>Fix them and save: this page reloads by itself. The terminal shows the same lines.</p>
            <pre>\(lines)</pre></main>\(reloadScript(version: version))</body></html>

            """
    }

    private static func escape(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
    }
}
