import Foundation

/// Read access to a site folder; paths inside it are relative (`content/reviews/a.md`).
struct SiteFolder: Sendable {
    /// The folder as the user named it (`.` by default), used to print paths.
    let root: String
    /// The folder with every link on its way followed and a final `/`: what files of
    /// the site must be inside. Worked out once, not for every file read.
    private let inside: String

    init(root: String) {
        self.root = root
        let resolved = URL(fileURLWithPath: root.isEmpty ? "." : root).resolvingSymlinksInPath().path
        inside = resolved.hasSuffix("/") ? resolved : resolved + "/"
    }

    /// The path to show in messages: relative paths stay short when the site is `.`.
    func display(_ relative: String) -> String {
        root == "." || root.isEmpty ? relative : (root.hasSuffix("/") ? root + relative : root + "/" + relative)
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: display(relative))
    }

    /// Why a file of the site cannot be used.
    enum ReadProblem: Error, Equatable {
        case missing
        case notAFile
        case outsideSite(String)
        case tooLarge(size: Int, limit: Int)
        case unreadable

        var message: String {
            switch self {
            case .missing: "the file does not exist"
            case .notAFile: "this is not a regular file (a device, a folder or a pipe cannot be read as content)"
            case .outsideSite(let target):
                "this is a link to '\(target)', outside the site folder; content must be inside the site (copy the file in)"
            case .tooLarge(let size, let limit): "the file is \(size.byteSize); files over \(limit.byteSize) are refused"
            case .unreadable: "the file cannot be read"
            }
        }
    }

    /// Reads a file of the site: a regular file, inside the site folder once symbolic
    /// links are followed, and at most `limit` bytes.
    func read(_ relative: String, limit: Int) -> Result<[UInt8], ReadProblem> {
        let path = display(relative)
        // The usual case, a plain file: opened at once (the open file is checked below
        // for where it really is, so a folder link on the way cannot lead outside).
        var status = stat()
        if lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG {
            return Self.readRegularFile(path, limit: limit, inside: inside)
        }
        let manager = FileManager.default
        guard manager.fileExists(atPath: path) else {
            // A link whose target is missing still exists as a link.
            if (try? manager.destinationOfSymbolicLink(atPath: path)) != nil { return .failure(.unreadable) }
            return .failure(.missing)
        }
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        if resolved != URL(fileURLWithPath: path).standardizedFileURL.path {
            guard resolved.hasPrefix(inside) else { return .failure(.outsideSite(resolved)) }
        }
        return Self.readRegularFile(resolved, limit: limit, inside: inside)
    }

    /// Where an open file really is, from /proc; nil where /proc is not mounted.
    private static func openedPath(_ descriptor: Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/fd/\(descriptor)", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Opens the file once and asks the open file what it is, so nothing can be
    /// swapped in between the check and the read; reads at most `limit + 1` bytes.
    private static func readRegularFile(_ path: String, limit: Int, inside root: String) -> Result<[UInt8], ReadProblem> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
        guard descriptor >= 0 else { return .failure(.unreadable) }
        defer { close(descriptor) }
        // A folder on the way swapped for a link after the check above: the open file
        // says where it really is (where /proc is mounted, as on every Linux host).
        if let opened = openedPath(descriptor), opened.hasPrefix("/"), !opened.hasPrefix(root) {
            return .failure(.outsideSite(opened))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return .failure(.notAFile) }
        guard Int(status.st_size) <= limit else { return .failure(.tooLarge(size: Int(status.st_size), limit: limit)) }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
        var count = 0
        while count < bytes.count {
            let read = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            }
            if read < 0, errno == EINTR { continue }
            guard read >= 0 else { return .failure(.unreadable) }
            if read == 0 { break }
            count += read
            // The file grew while being read: read on to see by how much, within the limit.
            if count == bytes.count, count <= limit { bytes += [UInt8](repeating: 0, count: min(limit + 1, count * 2) - count) }
        }
        guard count <= limit else { return .failure(.tooLarge(size: count, limit: limit)) }
        bytes.removeLast(bytes.count - count)
        return .success(bytes)
    }

    /// Regular files directly in a folder with one of the extensions, sorted by name.
    func files(in folder: String, extensions: Set<String>) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: display(folder))) ?? []
        return names.filter { name in
            guard !name.hasPrefix("."), let dot = name.lastIndex(of: ".") else { return false }
            return extensions.contains(String(name[name.index(after: dot)...]))
        }
        .sorted()
        .map { folder + "/" + $0 }
    }

    /// Every regular file below a folder, recursively, relative to that folder and sorted.
    /// Symbolic links are not followed, so nothing outside the site is copied. Hidden
    /// files and folders are left out unless `hidden` is true (`static/.well-known/`);
    /// `.git` and `.DS_Store` always are.
    func tree(_ folder: String, hidden: Bool = false) -> [String] {
        let base = display(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            let attributes = enumerator.fileAttributes
            let left = path.split(separator: "/").contains { HiddenNames.leftOut($0, keepingHidden: hidden) }
            if attributes?[.type] as? FileAttributeType == .typeRegular, !left {
                files.append(path)
            }
        }
        return files.sorted()
    }

    /// What a content folder holds, from one listing, each list sorted: its Markdown
    /// files; the hidden ones (`.draft.md`), which are never read and the author is told
    /// so; and its folders: the `index.md` of each that has one (a review or page kept
    /// with its images), and those that have none.
    struct ContentListing {
        var files: [String] = []
        var hidden: [String] = []
        var indexes: [String] = []
        var withoutIndex: [String] = []
    }

    func content(in folder: String) -> ContentListing {
        var listing = ContentListing()
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: display(folder))) ?? []).sorted() {
            let path = folder + "/" + name
            if name.hasSuffix(".md") {
                if name.hasPrefix(".") { listing.hidden.append(path) } else { listing.files.append(path) }
                continue
            }
            // Only names without the extension are looked at on disk: a site of 10,000
            // reviews is not asked 10,000 times whether a review file is a folder.
            var status = stat()
            guard !name.hasPrefix("."), lstat(display(path), &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { continue }
            if isRegularFile(path + "/index.md") { listing.indexes.append(path + "/index.md") } else { listing.withoutIndex.append(path) }
        }
        return listing
    }

    private func isRegularFile(_ relative: String) -> Bool {
        var status = stat()
        return lstat(display(relative), &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// The slug a content file gives when it sets none: its name without extension, or
    /// its folder's name for a bundle's `index.md`.
    static func contentSlug(of path: String) -> String {
        let parts = path.split(separator: "/")
        if parts.count >= 2, parts.last == "index.md" { return String(parts[parts.count - 2]) }
        return stem(of: path)
    }

    /// The file name without folder and extension.
    static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }
}

/// Which names a site's files leave out: the build when it copies a folder, and the
/// preview when it watches one, by the same rule.
package enum HiddenNames {
    /// Whether a file or folder name is left out: a hidden name is, unless hidden names
    /// are kept (`static/.well-known/`); `.git` and `.DS_Store` always are.
    package static func leftOut(_ name: some StringProtocol, keepingHidden: Bool) -> Bool {
        keepingHidden ? name == ".git" || name == ".DS_Store" : name.hasPrefix(".")
    }

    /// Whether a path in the site is in `static/`, which is copied with its hidden files.
    package static func keptHidden(in relative: String) -> Bool {
        relative == ContentFiles.staticFolder || relative.hasPrefix(ContentFiles.staticFolder + "/")
    }
}
