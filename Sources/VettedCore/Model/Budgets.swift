/// What one input may cost. An input over a limit is an error at its file, never a
/// stall: each limit is far above what a real site needs (docs/decisions.md).
enum Budgets {
    /// A review or page: Markdown with its front matter.
    static let contentFileBytes = 2 * 1_024 * 1_024
    /// site.yaml and a rubric.
    static let yamlFileBytes = 1_024 * 1_024
    /// One template.
    static let templateBytes = 1_024 * 1_024
    /// One file of `templates/assets/` (images, fonts, styles).
    static let assetBytes = 32 * 1_024 * 1_024
    /// An absolute URL in site.yaml; every link of every page may start with it.
    static let urlLength = 2_048
    /// A single-line string in site.yaml (a title, a label): each is repeated on many pages.
    static let siteLineLength = 1_000
}

extension Int {
    /// `1.5 MiB`, `12 KiB`, `300 bytes`, for messages about sizes.
    var byteSize: String {
        if self >= 1_024 * 1_024 { return "\((self * 10 / (1_024 * 1_024))/10).\((self * 10 / (1_024 * 1_024)) % 10) MiB" }
        if self >= 1_024 { return "\(self / 1_024) KiB" }
        return "\(self) bytes"
    }
}
