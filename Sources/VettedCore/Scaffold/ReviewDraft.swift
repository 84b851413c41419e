import Foundation
import VettedYAML

/// `vetted new review "Product"`: a draft with every front matter field and a comment
/// on each, dated today. It builds as it is (a draft is not published), and what only
/// the author can say is a `TODO:` placeholder, which `check --strict` rejects once the
/// draft is published; no scorecard answer is chosen for the author (each is `unknown`).
public enum ReviewDraft {
    /// Writes `content/reviews/<slug>.md` in the site.
    /// - Returns: the path written.
    /// - Parameter slug: `--slug`; made from the name when nil.
    /// - Throws: `UsageError` when the name gives no slug, the slug is one the list of
    ///   reviews uses itself or another review's, or the file exists.
    public static func create(site: String, name: String, category: String?, today: Timestamp, slug given: String? = nil) throws -> String {
        let slug = try DraftSlug.make(from: name, given: given, what: "the product name")
        if let category, !Slug.isValid(category) {
            throw UsageError(description: "--category takes a key such as ai-assistant (a-z, 0-9 and -), not '\(category)'")
        }
        let target = try DraftTarget(site: site, relative: "content/reviews/\(slug).md")
        if ListingOrder.reservedSlugs.contains(slug) {
            throw UsageError(description: "the address /reviews/\(slug)/ is one Vetted writes itself; choose another name or pass --slug; nothing was written")
        }
        let (loaded, _) = SiteLoader(folder: target.folder).load()
        if let taken = loaded?.reviews.first(where: { $0.slug.value == slug }) {
            throw UsageError(description: "the slug '\(slug)' is already used by \(taken.path); nothing was written")
        }
        try target.write(render(name: name, slug: slug, category: category, today: today, site: loaded))
        return target.path
    }

    /// A YAML double-quoted string; control characters are escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\x" + (hex.count == 1 ? "0" + hex : hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Text for a comment line: no line breaks or control characters.
    static func flat(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }

    static func render(name: String, slug: String, category: String?, today: Timestamp, site: Site?) -> String {
        let date = today.dateString
        let plain = flat(name)
        let verdicts = site?.config.verdicts ?? SiteConfig.defaultVerdicts
        let rating = verdicts.first { $0.tone == "warn" }?.key ?? verdicts.first?.key ?? "caution"
        let author = site?.config.authors.first?.key
        let rubric = category.flatMap { key in site?.rubric(key) }
        let todo = DraftMarker.text
        var lines = [
            "---",
            "# The headline, on the page, in listings and in feeds.",
            "title: \(quoted("\(name) privacy review"))",
            "# One or two sentences: the meta description and the feed summary.",
            "description: \(quoted("\(todo) what \(name) does with your data, in one sentence."))",
            "# The page address is /reviews/<slug>/; it defaults to the file name (a-z, 0-9 and - only).",
            "slug: \(slug)",
            "product:",
            "  # The product as its vendor names it.",
            "  name: \(quoted(name))",
            "  # The company behind it.",
            "  vendor: \(quoted("\(todo) the company behind \(name)."))",
            "  # The product's own site (http or https): remove the # and give its address.",
            "  # url: https://",
        ]
        if let category {
            lines += ["  # Groups the comparison matrix at /compare/<category>/.", "  category: \(category)"]
        } else {
            lines += ["  # Groups the comparison matrix at /compare/<category>/, e.g. ai-assistant.", "  # category: ai-assistant"]
        }
        lines += [
            "  # Where the vendor is established, as ISO 3166-1 alpha-2 codes, e.g. [US] or [CN, SG].",
            "  jurisdiction: []",
            "verdict:",
            "  # One of: \(verdicts.map(\.key).joined(separator: ", ")) (the verdicts in site.yaml); set here so the draft builds.",
            "  rating: \(rating)",
            "  # The bottom line in one sentence; inline Markdown, links allowed.",
            "  summary: \(quoted("\(todo) the bottom line, in one sentence."))",
            "  # true adds a warning label next to the verdict.",
            "  warning: false",
            "# First publication: YYYY-MM-DD or RFC 3339. A date in the future waits for that day.",
            "published: \(date)",
            "# The last change worth telling readers about (optional).",
            "updated: \(date)",
            "# When you last checked the sources: drives the staleness notice.",
            "reviewed: \(date)",
        ]
        if let author {
            lines += ["# A key under `authors` in site.yaml (or a list of keys).", "author: \(author)"]
        } else {
            lines += ["# A key under `authors` in site.yaml (or a list of keys).", "# author: me"]
        }
        lines += [
            "# Free-form tags; each gets a page at /tags/<tag>/.",
            "tags: []",
            "# Drafts are built only with --drafts and by the preview. Delete this line to publish.",
            "draft: true",
        ]
        if let rubric {
            lines += [
                "scorecard:",
                "  # content/rubrics/\(rubric.key).yaml: every answer starts as unknown (not checked yet, left out of the",
                "  # score). Replace it with an option from the line above and cite at least one source, or",
                "  # with n/a when the criterion does not apply.",
                "  rubric: \(rubric.key)",
                "  answers:",
            ]
            for criterion in rubric.criteria {
                // `n/a` and `unknown` are answers of every criterion, left out of the score.
                let options = (criterion.options.map(\.key) + Review.reservedAnswers).joined(separator: " | ")
                lines.append("    # \(flat(criterion.label)) (\(criterion.points) points): \(flat(options))")
                lines.append(
                    "    \(criterion.key): {option: \(Review.unknown), sources: [], note: \(quoted("\(todo) the answer, its source and why."))}")
            }
        } else {
            lines += [
                "# A scorecard needs a rubric in content/rubrics/<key>.yaml; the score is computed from it.",
                "# scorecard:",
                "#   rubric: ai-assistant",
                "#   answers:",
                "#     training-consumer: {option: never, sources: [policy], note: Why.}",
            ]
        }
        lines += [
            "# Every claim rests on a source; cite them as [text](source:<id>).",
            "sources:",
            "  - id: policy",
            "    title: \(quoted("\(name) privacy policy"))",
            "    # The document's address (http or https): remove the # and give it.",
            "    # url: https://",
            "    # privacy-policy | terms | dpa | help | news | regulator | analysis | other",
            "    kind: privacy-policy",
            "    # When you read it.",
            "    retrieved: \(date)",
            "    # The date the document says it takes effect (optional).",
            "    # effective: \(date)",
            "# Questions readers ask; answers are Markdown.",
            "faq:",
            "  - q: \(quoted("\(todo) a question readers ask about \(name)?"))",
            "    a: \(quoted("\(todo) the answer, citing its source."))",
            "    sources: [policy]",
            "# Verdict changes, newest first:",
            "# history:",
            "#   - {date: \(date), rating: \(rating), note: First review.}",
            "# Tables shown in the page; a cell is text or {text, tone: good|ok|warn|bad, source}:",
            "# comparisons:",
            "#   - title: \(plain) against alternatives",
            "#     columns: [Aspect, \(plain), Other]",
            "#     rows:",
            "#       - [Training on chats, {text: Never, tone: good, source: policy}, Opt-out]",
            "# Affiliate links, used as [text](affiliate:<id>); the disclosure is shown before them:",
            "# affiliate:",
            "#   links:",
            "#     - {id: partner, label: Partner offer, url: \"https://partner.example.net/?ref=you\"}",
            "#   disclosure: Optional text that replaces disclosure.text from site.yaml.",
            "# Other products to consider: a review slug, or a url.",
            "# alternatives:",
            "#   - {name: Other product, review: other-product, note: Why it is an alternative.}",
            "---",
            "## What \(plain) does with your data",
            "",
            "\(todo) write the review. Cite [the policy](source:policy) for every claim.",
            "",
        ]
        return lines.joined(separator: "\n")
    }
}
