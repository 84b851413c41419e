/// The files copied to `public/assets/`.
enum ThemeAssets {
    /// Copies the default theme's assets, then the site's `templates/assets/`, which
    /// replace default files of the same name.
    /// - Returns: how many files were copied.
    static func copy(from folder: SiteFolder, into sink: some OutputSink) throws -> Int {
        let own = folder.tree("templates/assets")
        let defaults = DefaultTheme.assets.filter { !own.contains($0.path) }
        for asset in defaults {
            try sink.write(asset.text, to: "assets/" + asset.path)
        }
        for file in own {
            switch folder.read("templates/assets/" + file, limit: Budgets.assetBytes) {
            case .success(let bytes): try sink.write(bytes, to: "assets/" + file)
            case .failure(let problem): throw OutputError(path: folder.display("templates/assets/" + file), reason: problem.message)
            }
        }
        return defaults.count + own.count
    }
}
