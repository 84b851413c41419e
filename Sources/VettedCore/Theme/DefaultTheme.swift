/// The default theme, compiled into the binary so a site needs no `templates/` folder
/// of its own. A site's `templates/` overrides it file by file.
public enum DefaultTheme {
    /// The Mustache templates, by name (`review`, `partials/badge`).
    static var templates: [(name: String, text: String)] {
        files.compactMap { file in
            guard file.path.hasSuffix(".mustache"), !file.path.hasPrefix("assets/") else { return nil }
            return (String(file.path.dropLast(".mustache".count)), file.text)
        }
    }

    /// The files copied to `public/assets/`, by their path below `assets/`.
    static var assets: [(path: String, text: String)] {
        files.compactMap { file in
            guard file.path.hasPrefix("assets/") else { return nil }
            return (String(file.path.dropFirst("assets/".count)), file.text)
        }
    }

    /// Every file of the theme by its path below `templates/`, for `vetted init`.
    public static var allFiles: [(path: String, text: String)] { files }
}
