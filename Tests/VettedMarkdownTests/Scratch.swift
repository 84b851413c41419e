import Testing
import VettedMarkdown

@Test func scratch() {
    let r = MarkdownRenderer()
    let out = r.render("# Hello *world*\n\nSee [x](affiliate:p) and <b>raw</b> [y](review:a).\n\n## Hello world\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nfoo[^1]\n\n[^1]: note\n", lineOffset: 10) { t in
        print(t)
        if t.url.hasPrefix("affiliate:") { return .replace(url: "https://p.example/?a=1&b=\"", sponsored: true) }
        if t.url.hasPrefix("review:") { return .invalid("unknown review") }
        return .keep
    }
    print(out.html)
    print(out.headings, out.problems)
}
