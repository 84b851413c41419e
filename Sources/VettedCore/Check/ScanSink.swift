
/// An output sink for `vetted check`: writes nothing, and keeps only the scan of each
/// page and the list of files, so memory stays small however large the site is.
final class ScanSink: OutputSink {
    private let state = Locked<(pages: [String: PageScan], styles: [String: [String]], files: Set<String>)>(([:], [:], []))
    private let isAffiliate: @Sendable (String) -> Bool

    init(isAffiliate: @escaping @Sendable (String) -> Bool) {
        self.isAffiliate = isAffiliate
    }

    func write(_ bytes: [UInt8], to path: String) throws {
        let scan = path.hasSuffix(".html") ? PageScan(html: String(decoding: bytes, as: UTF8.self), isAffiliate: isAffiliate) : nil
        let styles = path.hasSuffix(".css") ? CSSScan.urls(in: String(decoding: bytes, as: UTF8.self)) : nil
        state.withLock { state in
            state.files.insert(path)
            if let scan { state.pages[path] = scan }
            if let styles { state.styles[path] = styles }
        }
    }

    var writtenPaths: Set<String> { state.read { $0.files } }

    func anchors(in path: String) -> Set<String>? {
        state.read { $0.pages[path]?.ids }
    }

    /// The scans, once every page was written.
    var result: (pages: [String: PageScan], styles: [String: [String]], files: Set<String>) {
        state.withLock { $0 }
    }
}
