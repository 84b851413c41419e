/// The embeddable verdict badge, `/badges/<slug>.svg`: two parts like a shields.io
/// badge, the site's prefix and the verdict, with a `<title>` and `role="img"` so
/// screen readers announce it. The colours keep white text above 4.5:1 contrast on
/// light and dark pages alike.
enum BadgeSVG {
    static let colors = ["good": "#1a7f37", "ok": "#0b5cad", "warn": "#9a4d00", "bad": "#b42318"]
    static let prefixColor = "#3b3b3f"

    static func render(prefix: String, label: String, tone: String) -> String {
        let left = width(of: prefix)
        let right = width(of: label)
        let total = left + right
        let text = XML.escaped("\(prefix): \(label)")
        let color = colors[tone] ?? colors["ok"] ?? "#0b5cad"
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(total)" height="20" viewBox="0 0 \(total) 20" role="img" aria-label="\(text)">
            <title>\(text)</title>
            <rect width="\(left)" height="20" rx="3" fill="\(prefixColor)"/>
            <rect x="\(left)" width="\(right)" height="20" rx="3" fill="\(color)"/>
            <rect x="\(left)" width="4" height="20" fill="\(color)"/>
            <g fill="#fff" font-family="Verdana,DejaVu Sans,Geneva,sans-serif" font-size="11" text-anchor="middle">
            <text x="\(left / 2)" y="14">\(XML.escaped(prefix))</text>
            <text x="\(left + right / 2)" y="14" font-weight="bold">\(XML.escaped(label))</text>
            </g>
            </svg>

            """
    }

    /// An estimate of the rendered width at 11 px, with padding: Verdana averages
    /// about 7 px a character, capitals and bold a little more.
    static func width(of text: String) -> Int {
        let units = text.unicodeScalars.reduce(0) { sum, scalar in
            sum + (scalar.properties.isUppercase ? 8 : (scalar == " " ? 4 : 7))
        }
        return units + 14
    }
}
