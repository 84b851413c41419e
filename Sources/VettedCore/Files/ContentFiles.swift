import VettedMarkdown

/// The files copied into the site as they are: everything in `static/` (to the same
/// path below the output root) and the other files of a page bundle
/// (`content/reviews/<slug>/index.md` and its images go to `reviews/<slug>/`).
struct ContentFiles: Sendable {
    /// Output path → site-relative source path.
    let byOutput: [String: String]
    /// The images whose size can be read: those copied by this type and the site's
    /// own theme assets (`templates/assets/x.png`, published as `assets/x.png`).
    let images: [String: String]
    /// Files that cannot be copied: two sources for one output path, Markdown files
    /// beside a bundle's `index.md`.
    let diagnostics: [Diagnostic]
    private let folder: SiteFolder
    private let sizes = Locked<[String: ImageSize?]>([:])

    static let staticFolder = "static"

    /// - Parameters:
    ///   - bundles: each published bundle's folder (`content/reviews/x`) and the output
    ///     folder its files go to (`reviews/x/`).
    init(folder: SiteFolder, bundles: [(folder: String, output: String)]) {
        self.folder = folder
        var byOutput: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        func add(_ source: String, to output: String) {
            if let other = byOutput[output] {
                diagnostics.append(Diagnostic(
                    .error, path: folder.display(source), line: 1, column: 1,
                    message: "this file would be copied to /\(output), where \(folder.display(other)) is copied too; rename one of them"))
                return
            }
            byOutput[output] = source
        }
        // Copied as it is, hidden files too: `.well-known/security.txt`, `.nojekyll`.
        for file in folder.tree(Self.staticFolder, hidden: true) { add(Self.staticFolder + "/" + file, to: file) }
        for bundle in bundles {
            for file in folder.tree(bundle.folder) where file != "index.md" {
                if file.hasSuffix(".md") {
                    diagnostics.append(Diagnostic(
                        .warning, path: folder.display(bundle.folder + "/" + file), line: 1, column: 1,
                        message: "this file is not published: a folder holds one review or page, its index.md; "
                            + "give this one a folder of its own"))
                    continue
                }
                add(bundle.folder + "/" + file, to: bundle.output + file)
            }
        }
        self.byOutput = byOutput
        self.diagnostics = diagnostics
        var images = byOutput.filter { Self.isImage($0.key) }
        for file in folder.tree("templates/assets") where Self.isImage(file) {
            images["assets/" + file] = "templates/assets/" + file
        }
        self.images = images
    }

    private static func isImage(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return false }
        return ImageInfo.extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// Changes whenever an image is added, removed or changed: the preview makes its
    /// pages again then, as their `<img>` sizes may change.
    func imagesStamp() -> Int {
        var hasher = Hasher()
        for (output, source) in images.sorted(by: { $0.key < $1.key }) {
            hasher.combine(output)
            hasher.combine(ParseCache.stamp(of: folder.display(source)))
        }
        return hasher.finalize()
    }

    /// The size of the image published at `output`, read once per build; nil for a
    /// file that is not an image Vetted can measure, or not one of `images`.
    func imageSize(at output: String) -> ImageSize? {
        guard let source = images[output] else { return nil }
        if let known = sizes.read({ $0[source] }) { return known }
        let size: ImageSize? = switch folder.read(source, limit: Budgets.assetBytes) {
        case .success(let bytes): ImageInfo.size(of: bytes)
        case .failure: nil
        }
        sizes.withLock { $0[source] = size }
        return size
    }

    /// Copies every file into the sink. A file whose path the site already wrote (a
    /// page, a feed, a theme asset) is an error at the file, and is not copied.
    /// - Parameter written: the paths the site wrote before the copy.
    func copy(into sink: some OutputSink, written: Set<String>) throws -> (count: Int, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var count = 0
        for (output, source) in byOutput.sorted(by: { $0.key < $1.key }) {
            if written.contains(output) {
                diagnostics.append(Diagnostic(
                    .error, path: folder.display(source), line: 1, column: 1,
                    message: "this file would replace /\(output), which Vetted writes itself; rename or move it"))
                continue
            }
            switch folder.read(source, limit: Budgets.assetBytes) {
            case .success(let bytes):
                try sink.write(bytes, to: output)
                count += 1
            case .failure(let problem):
                diagnostics.append(Diagnostic(.error, path: folder.display(source), line: 1, column: 1, message: problem.message))
            }
        }
        return (count, diagnostics)
    }
}
