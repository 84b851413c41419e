import Foundation

/// `vetted init DIR`: a complete site that builds and passes `check --strict` as it
/// is: settings, one review, a rubric, the pages, a `templates/README.md` on how to
/// override the built-in theme, a .gitignore and a CI workflow that publishes on
/// push. Everything comes from the binary. The theme itself is not copied: the site
/// uses the one built into `vetted` until `vetted theme eject` copies a file to change.
public enum StarterSite {
    /// What a freshly made repository holds besides the site: `vetted init` writes
    /// beside them (a README, a licence, `.git`) and never over them.
    static func isRepositoryFile(_ name: String) -> Bool {
        let upper = name.uppercased()
        return name == ".git" || name == ".gitattributes"
            || ["README", "LICENSE", "LICENCE", "COPYING"].contains { upper == $0 || upper.hasPrefix($0 + ".") }
    }

    /// Writes the starter site into a missing folder, an empty one, or one that holds
    /// only a README, a licence and `.git` (a fresh clone).
    /// - Returns: the files written, relative to the folder.
    /// - Throws: `UsageError` when the folder holds anything else.
    @discardableResult
    public static func create(at folder: String, today: Timestamp) throws -> [String] {
        let manager = FileManager.default
        let files = starterFiles(today: today)
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw UsageError(description: "'\(folder)' is a file, not a folder") }
            let written = Set(files.map { String($0.0.prefix { $0 != "/" }) })
            let others = ((try? manager.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { !isRepositoryFile($0) || written.contains($0) }.sorted()
            guard others.isEmpty else {
                throw UsageError(description:
                    "'\(folder)' already holds \(others.prefix(3).joined(separator: ", "))\(others.count > 3 ? "…" : ""); "
                    + "vetted init writes only into a new or empty folder, or one holding just a README, a licence and .git")
            }
        }
        for (path, text) in files {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return files.map(\.0)
    }

    static func starterFiles(today: Timestamp) -> [(String, String)] {
        let date = today.dateString
        return [
            ("site.yaml", siteYAML),
            ("content/rubrics/notes.yaml", rubric),
            ("content/reviews/example-notes.md", review(date: date)),
            ("content/pages/about.md", page("About", "Who writes these reviews and why.",
                "Write here who you are, how you work and how readers can reach you.")),
            ("content/pages/methodology.md", page("Methodology", "How reviews are researched and scored.",
                "Each review reads the vendor's published policies and dates every source. Scores come from the rubrics in "
                + "`content/rubrics/`: each answer earns a share of its criterion's points, and the score is the weighted "
                + "total on a 0–10 scale. The verdict is an editorial judgement shown beside the score.")),
            ("content/pages/disclosure.md", page("Affiliate disclosure", "How this site earns money.",
                "Some reviews contain affiliate links. If you buy through one, this site may earn a commission at no cost to "
                + "you. Every review with such links says so before the first one.")),
            (TemplatesReadme.path, TemplatesReadme.text),
            // The build's output, and the folders a build stages it in and retires the old one to.
            (".gitignore", "public/\n*.staging-*/\n*.old-*/\n"),
            (".github/workflows/publish.yml", StarterWorkflow.text),
        ]
    }

    static let siteYAML = """
        # Settings for the whole site. Only title and base_url are required.
        title: My Privacy Reviews
        # The address the site is published at; links in feeds and the sitemap start with it.
        base_url: https://example.org/
        language: en
        description: Independent privacy reviews.
        # Badges read "<badge_prefix>: <VERDICT>".
        badge_prefix: Reviewed
        authors:
          me: {name: Your Name, bio: Writes these reviews., url: /about/}
        # Ordered best to worst; reviews use the keys.
        verdicts:
          - {key: recommended, label: Recommended, tone: good}
          - {key: acceptable, label: Acceptable, tone: ok}
          - {key: caution, label: Use with caution, tone: warn}
          - {key: avoid, label: Avoid, tone: bad}
        disclosure:
          text: This review contains affiliate links. We may earn a commission, at no cost to you.
          page: /disclosure/
        # Links to these hosts are affiliate links, whatever page they are on.
        affiliate_domains: []
        # A review whose sources are older than this is flagged.
        stale_after_days: 180
        feeds: {items: 20}
        markdown: {unsafe_html: false}
        # Reviews per page of a listing.
        paginate: 24
        # A search page and box, indexed by Pagefind (https://pagefind.app) when the site is
        # built; vetted build needs the pagefind program: see the README.
        search: true

        """

    static let rubric = """
        title: Note-taking apps
        criteria:
          - key: encryption
            label: End-to-end encryption
            points: 10
            options:
              - {key: default, label: On by default, percent: 100}
              - {key: optional, label: Optional, percent: 50}
              - {key: none, label: None, percent: 0}
          - key: analytics
            label: Third-party analytics
            points: 5
            options:
              - {key: none, label: None, percent: 100}
              - {key: opt-out, label: On unless you opt out, percent: 30}
              - {key: always, label: Always on, percent: 0}

        """

    static func review(date: String) -> String {
        """
        ---
        title: Example Notes privacy review
        description: A sample review to show the format; replace it with your first real one.
        product:
          name: Example Notes
          vendor: Example Vendor
          url: https://example.com/
          category: notes
        verdict:
          rating: acceptable
          summary: "This is a *sample*: replace it with what your sources say."
        published: \(date)
        reviewed: \(date)
        author: me
        tags: [sample]
        scorecard:
          rubric: notes
          answers:
            encryption: {option: optional, sources: [policy], note: Say what the policy says.}
            analytics: {option: opt-out, sources: [policy]}
        sources:
          - id: policy
            title: Example Vendor privacy policy
            url: https://example.com/privacy
            kind: privacy-policy
            retrieved: \(date)
        faq:
          - {q: Is this a real review?, a: "No. It shows every part of a review; see [the methodology](/methodology/).", sources: [policy]}
        ---
        ## What Example Notes does with your data

        Write the review here, in Markdown. Cite a source with [its id](source:policy),
        link another review with `[text](review:slug)`, and an affiliate link with
        `[text](affiliate:id)` once it is declared in the front matter.

        """
    }

    static func page(_ title: String, _ description: String, _ body: String) -> String {
        "---\ntitle: \(title)\ndescription: \(description)\n---\n\(body)\n"
    }
}
