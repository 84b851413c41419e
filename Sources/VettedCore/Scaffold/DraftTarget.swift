import Foundation

/// The file `vetted new` writes: inside a site, and never over an existing file.
struct DraftTarget {
    let folder: SiteFolder
    /// e.g. `content/pages/about.md`.
    let relative: String
    var path: String { folder.display(relative) }

    /// - Throws: `UsageError` when `site` has no site.yaml or the file exists.
    init(site: String, relative: String) throws {
        folder = SiteFolder(root: site)
        self.relative = relative
        guard folder.exists("site.yaml") else {
            throw UsageError(description: "'\(site)' is not a site (it has no site.yaml): run vetted new in a site, pass --site, or start one with vetted init")
        }
        if FileManager.default.fileExists(atPath: path) {
            throw UsageError(description: "\(path) already exists; nothing was written")
        }
    }

    /// Writes the file, creating its folder.
    func write(_ text: String) throws {
        let parent = (relative as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder.display(parent), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
