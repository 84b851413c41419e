import Foundation

/// Drives the whole pipeline from fuzzed bytes and says which promise a run broke.
/// The libFuzzer target in `Fuzz/` calls it on every input, and a unit test replays
/// the inputs that once broke one (`Fuzz/regressions/`).
///
/// The bytes are cut at NUL bytes into up to four files, in this order: a review, a
/// rubric, site.yaml and a template (`partials/card`); a part left out or empty keeps the
/// seed's file, so a mutation of one file meets valid others.
@_spi(Fuzzing) public enum PipelineFuzzer {
    /// The files a fuzzed input replaces, in the order of its parts.
    public static let files = [
        "content/reviews/fuzzed.md", "content/rubrics/fuzzed.yaml", "site.yaml", "templates/partials/card.mustache",
    ]

    /// Builds the site made from `input` in `folder` (emptied first) and checks the
    /// promises every build keeps whatever its input.
    /// - Returns: a description of each broken promise; empty when all held.
    public static func run(_ input: [UInt8], in folder: String, seeds: [String: [UInt8]]) -> [String] {
        let manager = FileManager.default
        try? manager.removeItem(atPath: folder)
        var contents = seeds
        for (index, part) in input.split(separator: 0, maxSplits: files.count - 1, omittingEmptySubsequences: false).enumerated()
        where index < files.count && !part.isEmpty {
            contents[files[index]] = Array(part)
        }
        do {
            for (path, bytes) in contents {
                let url = URL(fileURLWithPath: folder + "/site/" + path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
            }
        } catch {
            return []  // The disk, not the pipeline.
        }
        let output = folder + "/public"
        let builder = Builder(site: folder + "/site", output: output, options: BuildOptions(today: Timestamp("2026-06-20")))
        let report: BuildReport
        do {
            report = try builder.build()
        } catch let error as UsageError {
            return ["a usage error for content: \(error.description)"]
        } catch {
            return []  // A refused write is reported to the user as an OutputError.
        }
        var broken: [String] = []
        for diagnostic in report.diagnostics {
            if diagnostic.path.isEmpty || diagnostic.line < 1 || diagnostic.column < 1 {
                broken.append("a diagnostic without path:line:col: \(diagnostic.description)")
            }
            if diagnostic.message.isEmpty { broken.append("a diagnostic without a message: \(diagnostic.description)") }
        }
        let wrote = manager.fileExists(atPath: output + "/index.html")
        if report.succeeded != wrote {
            broken.append(report.succeeded ? "a build without errors wrote no site" : "a build with errors wrote the site")
        }
        let left = (try? manager.contentsOfDirectory(atPath: folder))?.filter { $0 != "site" && $0 != "public" } ?? []
        if !left.isEmpty { broken.append("the build left \(left.sorted().joined(separator: ", ")) beside its output") }
        return broken
    }

    /// The seed files: the files of a site folder that `files` names.
    public static func seeds(from site: String) -> [String: [UInt8]] {
        var seeds: [String: [UInt8]] = [:]
        for path in files {
            if let data = FileManager.default.contents(atPath: site + "/" + path) { seeds[path] = [UInt8](data) }
        }
        return seeds
    }
}
