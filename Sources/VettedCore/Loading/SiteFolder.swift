import Foundation

/// Read access to a site folder; paths inside it are relative (`content/reviews/a.md`).
struct SiteFolder: Sendable {
    /// The folder as the user named it (`.` by default), used to print paths.
    let root: String

    /// The path to show in messages: relative paths stay short when the site is `.`.
    func display(_ relative: String) -> String {
        root == "." || root.isEmpty ? relative : (root.hasSuffix("/") ? root + relative : root + "/" + relative)
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: display(relative))
    }

    func read(_ relative: String) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: display(relative)) else { return nil }
        return [UInt8](data)
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
    /// Symbolic links are not followed, so nothing outside the site is copied.
    func tree(_ folder: String) -> [String] {
        let base = display(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            let attributes = enumerator.fileAttributes
            if attributes?[.type] as? FileAttributeType == .typeRegular, !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                files.append(path)
            }
        }
        return files.sorted()
    }

    /// The file name without folder and extension.
    static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }
}
