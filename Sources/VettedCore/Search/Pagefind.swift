import Foundation

/// Runs Pagefind (https://pagefind.app) over a built site, so `/search/` works with
/// nothing but the site's own files: the index is written to `pagefind/` beside the
/// pages. Only review and page bodies are indexed (`data-pagefind-body`).
struct Pagefind {
    /// The version the set-up scripts, the CI workflow and the action install.
    static let version = "1.5.2"
    static let install = "pip install pagefind-bin==\(version) (the program is pagefind_bin/pagefind in the package), "
        + "then put it on PATH or set VETTED_PAGEFIND to its path"

    let program: String

    /// Review pages (`reviews/<slug>/index.html`) and pages (`<slug>/index.html`).
    static let glob = "{reviews/*,*}/index.html"

    /// The program named by `VETTED_PAGEFIND`, or `pagefind` on `PATH`.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<Pagefind, SearchError> {
        let files = FileManager.default
        if let named = environment["VETTED_PAGEFIND"], !named.isEmpty {
            guard files.isExecutableFile(atPath: named) else {
                return .failure(SearchError(message: "VETTED_PAGEFIND names '\(named)', which is not a program; \(install)"))
            }
            return .success(Pagefind(program: named))
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/pagefind"
            if files.isExecutableFile(atPath: candidate) { return .success(Pagefind(program: candidate)) }
        }
        return .failure(SearchError(message: "'search: true' needs Pagefind, which is not on PATH: \(install)"))
    }

    /// Indexes the site in `folder`; on failure, what Pagefind said.
    func index(_ folder: String) -> SearchError? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        // Only reviews and pages hold `data-pagefind-body`; reading just their files, not
        // every listing page, cuts a quarter of Pagefind's time on a large site.
        process.arguments = ["--site", folder, "--output-subdir", "pagefind", "--glob", Self.glob, "--quiet"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do {
            // Registered so an interrupted build stops it: a signal the build ignores
            // stays ignored in the programs it starts.
            try BuildInterruption.child.withLock { child in
                try process.run()
                child = process.processIdentifier
            }
        } catch {
            return SearchError(message: "Pagefind ('\(program)') could not be started: \(error.localizedDescription)")
        }
        defer { BuildInterruption.child.withLock { $0 = nil } }
        // Read before waiting, so a chatty run cannot fill the pipe and stall.
        let said = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: said, as: UTF8.self).split(separator: "\n").suffix(5).joined(separator: " / ")
            return SearchError(message: "Pagefind failed (exit \(process.terminationStatus)): \(text)")
        }
        return nil
    }
}

struct SearchError: Error {
    let message: String
}
