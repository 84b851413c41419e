import Foundation

/// `vetted theme eject [FILE…]`: copies files of the default theme into the site's
/// `templates/`, where they replace the built-in ones, for the site to change.
public enum ThemeEject {
    /// What happened to one file.
    public enum Outcome: Equatable, Sendable {
        /// Written, at this path.
        case wrote(String)
        /// Left alone because the site already has it, at this path.
        case kept(String)
    }

    /// The default theme's files by their path below `templates/`, sorted:
    /// `404.mustache`, `assets/style.css`, `partials/card.mustache`…
    public static var names: [String] { DefaultTheme.allFiles.map(\.path).sorted() }

    /// Copies the named files of the default theme (all of them when `names` is empty)
    /// into `<site>/templates/`. An existing file is kept unless `force` is set.
    /// - Returns: one outcome per file, in the order asked for.
    /// - Throws: `UsageError` for a folder that is not a site or a name the default
    ///   theme does not have (then nothing is written).
    public static func eject(site: String, names asked: [String], force: Bool = false) throws -> [Outcome] {
        let folder = SiteFolder(root: site)
        guard folder.exists("site.yaml") else {
            throw UsageError(description: "'\(site)' is not a site (it has no site.yaml): run vetted theme in a site, or pass --site")
        }
        let files = Dictionary(DefaultTheme.allFiles.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
        let wanted = asked.isEmpty ? names : try asked.map { try resolve($0, in: files) }
        var outcomes: [Outcome] = []
        var seen: Set<String> = []
        for name in wanted where seen.insert(name).inserted {
            guard let text = files[name] else { continue }
            let path = folder.display("templates/" + name)
            if FileManager.default.fileExists(atPath: path), !force {
                outcomes.append(.kept(path))
                continue
            }
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            outcomes.append(.wrote(path))
        }
        return outcomes
    }

    /// A name as given: `review.mustache`, `templates/review.mustache` and `review`
    /// (a template by its name, as `{{>partials/card}}` writes it) are the same file.
    static func resolve(_ given: String, in files: [String: String]) throws -> String {
        var name = given.hasPrefix("./") ? String(given.dropFirst(2)) : given
        if name.hasPrefix("templates/") { name = String(name.dropFirst("templates/".count)) }
        if files[name] != nil { return name }
        if files[name + ".mustache"] != nil { return name + ".mustache" }
        // The file below a folder (`card.mustache` for `partials/card.mustache`), else the closest path.
        let known = files.keys.sorted()
        let hint = known.first { $0.hasSuffix("/" + name) || $0.hasSuffix("/" + name + ".mustache") }
            ?? Suggestion.closest(to: name, in: known)
        throw UsageError(description:
            "the default theme has no file '\(given)'" + (hint.map { "; did you mean '\($0)'?" } ?? "")
            + " (vetted theme list prints every file)")
    }
}
