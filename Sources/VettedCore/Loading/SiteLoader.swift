import Foundation
import VettedYAML

/// Reads a site folder into a `Site`, logging every problem of every file.
struct SiteLoader {
    let folder: SiteFolder
    let parser = YAMLParser()
    /// Set by the preview: files whose stamp did not change are not read again.
    var cache: ParseCache?

    /// Reads every file; files are independent, so they are read in parallel.
    func load() -> (Site?, [Diagnostic]) {
        let configLog = DiagnosticLog(path: folder.display("site.yaml"))
        let config = readConfig(log: configLog)
        var diagnostics = configLog.items

        let rubricFiles = folder.files(in: "content/rubrics", extensions: ["yaml", "yml"])
        let reviewFolder = folder.content(in: "content/reviews")
        let pageFolder = folder.content(in: "content/pages")
        let reviewFiles = (reviewFolder.files + reviewFolder.indexes).sorted()
        let pageFiles = (pageFolder.files + pageFolder.indexes).sorted()
        for empty in reviewFolder.withoutIndex + pageFolder.withoutIndex {
            diagnostics.append(Diagnostic(
                .warning, path: folder.display(empty), line: 1, column: 1,
                message: "this folder has no index.md, so it is not published; a review or page in a folder is its index.md"))
        }
        if reviewFiles.isEmpty && pageFiles.isEmpty && !folder.exists("content") {
            diagnostics.append(Diagnostic(
                .error, path: folder.display("content"), line: 1, column: 1,
                message: "the site has no content folder; reviews go in content/reviews/*.md"))
        }

        let rubrics = parallelMap(rubricFiles) { file in readRubric(file) }
        let reviews = parallelMap(reviewFiles) { file in readReview(file) }
        let pages = parallelMap(pageFiles) { file in readPage(file) }
        diagnostics += rubrics.flatMap(\.1) + reviews.flatMap(\.1) + pages.flatMap(\.1)
        for file in reviewFolder.hidden + pageFolder.hidden {
            diagnostics.append(Diagnostic(
                .warning, path: folder.display(file), line: 1, column: 1,
                message: "this file is ignored: a name that starts with '.' is hidden; give it a name like my-review.md"))
        }
        var rubricFileByKey: [String: String] = [:]
        for file in rubricFiles {
            let key = SiteFolder.stem(of: file)
            if let other = rubricFileByKey[key] {
                diagnostics.append(Diagnostic(
                    .error, path: folder.display(file), line: 1, column: 1,
                    message: "rubric '\(key)' is already defined by \(folder.display(other))"))
            }
            rubricFileByKey[key] = rubricFileByKey[key] ?? file
        }
        guard let config else { return (nil, diagnostics) }
        var site = Site(
            config: config,
            rubrics: rubrics.compactMap(\.0),
            reviews: reviews.compactMap(\.0),
            pages: pages.compactMap(\.0)
        )
        site.unreadPageSlugs = Set(zip(pageFiles, pages).filter { $0.1.0 == nil }.map { SiteFolder.contentSlug(of: $0.0) })
        site.unreadRubricKeys = Set(zip(rubricFiles, rubrics).filter { $0.1.0 == nil }.map { SiteFolder.stem(of: $0.0) })
        site.unreadReviewSlugs = Set(zip(reviewFiles, reviews).filter { $0.1.0 == nil }.map { SiteFolder.contentSlug(of: $0.0) })
        for file in reviewFiles + pageFiles where file.hasSuffix("/index.md") {
            site.bundleFolders[folder.display(file)] = String(file.dropLast("/index.md".count))
        }
        return (site, diagnostics)
    }

    private func readConfig(log: DiagnosticLog) -> SiteConfig? {
        let bytes: [UInt8]
        switch folder.read("site.yaml", limit: Budgets.yamlFileBytes) {
        case .success(let read): bytes = read
        case .failure(.missing):
            log.error("site.yaml is missing: every site needs one with at least 'title' and 'base_url'", at: Mark(line: 1, column: 1))
            return nil
        case .failure(let problem):
            log.error(problem.message, at: Mark(line: 1, column: 1))
            return nil
        }
        guard let root = parseYAML(bytes, log: log) else { return nil }
        guard Self.linesWithinBudget(root, log: log) else { return nil }
        var config = SiteConfig.read(root, log: log)
        config?.path = log.path
        return config
    }

    private func readRubric(_ file: String) -> (Rubric?, [Diagnostic]) {
        let log = DiagnosticLog(path: folder.display(file))
        guard let bytes = read(file, limit: Budgets.yamlFileBytes, log: log) else { return (nil, log.items) }
        let key = SiteFolder.stem(of: file)
        if !Slug.isValid(key) {
            log.error("the rubric file name '\(key)' must use only a-z, 0-9 and -", at: Mark(line: 1, column: 1))
        }
        guard let root = parseYAML(bytes, log: log) else { return (nil, log.items) }
        return (Rubric.read(root, key: key, path: log.path, log: log), log.items)
    }

    private func readReview(_ file: String) -> (Review?, [Diagnostic]) {
        guard let cache else { return readReviewFile(file) }
        return cache.review(folder.display(file)) { readReviewFile(file) }
    }

    private func readPage(_ file: String) -> (Page?, [Diagnostic]) {
        guard let cache else { return readPageFile(file) }
        return cache.page(folder.display(file)) { readPageFile(file) }
    }

    private func readReviewFile(_ file: String) -> (Review?, [Diagnostic]) {
        let log = DiagnosticLog(path: folder.display(file))
        guard let matter = frontMatter(file, log: log) else { return (nil, log.items) }
        return (Review.read(matter, path: log.path, fileSlug: SiteFolder.contentSlug(of: file), log: log), log.items)
    }

    private func readPageFile(_ file: String) -> (Page?, [Diagnostic]) {
        let log = DiagnosticLog(path: folder.display(file))
        guard let matter = frontMatter(file, log: log) else { return (nil, log.items) }
        return (Page.read(matter, path: log.path, fileSlug: SiteFolder.contentSlug(of: file), log: log), log.items)
    }

    private func frontMatter(_ file: String, log: DiagnosticLog) -> FrontMatter? {
        guard let bytes = read(file, limit: Budgets.contentFileBytes, log: log) else { return nil }
        do {
            let text = try SourceText.decode(bytes).get()
            return try FrontMatter.split(text.text, parser: parser)
        } catch {
            log.error(error.message, at: error.mark)
            return nil
        }
    }

    /// Every value of site.yaml is repeated on many pages, so a single-line value may
    /// not be longer than `Budgets.siteLineLength` characters (a URL,
    /// `Budgets.urlLength`); multi-line text (a description) is not limited.
    static func linesWithinBudget(_ node: Node, log: DiagnosticLog) -> Bool {
        var fits = true
        var pending = [node]
        while let next = pending.popLast() {
            switch next.kind {
            case .scalar(let value, _):
                guard !value.contains("\n") else { continue }
                let isURL = value.hasPrefix("/") || value.contains("://")
                let limit = isURL ? Budgets.urlLength : Budgets.siteLineLength
                let length = value.unicodeScalars.count
                if length > limit {
                    log.error(
                        "this value is \(length) characters long; \(isURL ? "a URL" : "a single-line value") in site.yaml "
                            + "may have at most \(limit)", at: next.mark)
                    fits = false
                }
            case .sequence(let items): pending += items
            case .mapping(let pairs): pending += pairs.flatMap { [$0.key, $0.value] }
            }
        }
        return fits
    }

    /// The file's bytes, or nil with the problem logged at its first line.
    private func read(_ file: String, limit: Int, log: DiagnosticLog) -> [UInt8]? {
        switch folder.read(file, limit: limit) {
        case .success(let bytes): return bytes
        case .failure(let problem):
            log.error(problem.message, at: Mark(line: 1, column: 1))
            return nil
        }
    }

    private func parseYAML(_ bytes: [UInt8], log: DiagnosticLog) -> Node? {
        do {
            let text = try SourceText.decode(bytes).get()
            guard let root = try parser.parse(text.text) else {
                log.error("the file is empty", at: Mark(line: 1, column: 1))
                return nil
            }
            return root
        } catch let error as YAMLError {
            log.error(error.message, at: error.mark)
        } catch let error as PositionedError {
            log.error(error.message, at: error.mark)
        } catch {
            log.error("\(error)", at: Mark(line: 1, column: 1))
        }
        return nil
    }
}

/// Runs `transform` over `items` on every core, keeping the order of the results.
/// `transform` must only read shared state; each call writes its own result slot.
func parallelMap<T, R>(_ items: [T], _ transform: (T) -> R) -> [R] {
    if items.count < 2 { return items.map(transform) }
    return withoutActuallyEscaping(transform) { transform in
        let slots = UnsafeMutableBufferPointer<R>.allocate(capacity: items.count)
        defer { slots.deallocate() }
        items.withUnsafeBufferPointer { buffer in
            let work = UnsafeWork(input: buffer, output: slots, transform: transform)
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                // Each index is written exactly once, by one iteration, into memory that
                // never moves: no two threads touch the same slot.
                work.output.initializeElement(at: index, to: work.transform(work.input[index]))
            }
        }
        let results = Array(slots)
        _ = slots.deinitialize()
        return results
    }
}

/// Runs `body` for every item on all cores and rethrows the first error, in item order,
/// once every item has run.
func parallelForEach<T>(_ items: [T], _ body: (T) throws -> Void) throws {
    let errors = parallelMap(items) { item -> (any Error)? in
        do {
            try body(item)
            return nil
        } catch {
            return error
        }
    }
    if let error = errors.lazy.compactMap({ $0 }).first { throw error }
}

/// The buffers and function one `concurrentPerform` shares between its iterations.
private struct UnsafeWork<T, R>: @unchecked Sendable {
    let input: UnsafeBufferPointer<T>
    let output: UnsafeMutableBufferPointer<R>
    let transform: (T) -> R
}
