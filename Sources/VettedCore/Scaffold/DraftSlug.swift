/// The slug `vetted new` writes a file under: `--slug` as given, or made from the name.
enum DraftSlug {
    /// - Parameters:
    ///   - name: the product name or page title.
    ///   - given: `--slug`, if given.
    ///   - what: how messages name `name`, e.g. "the product name".
    /// - Throws: `UsageError` for a bad `--slug`, or a name that gives no slug.
    static func make(from name: String, given: String?, what: String) throws -> String {
        if let given {
            guard Slug.isValid(given) else {
                throw UsageError(description: "--slug takes a-z, 0-9 and - only, e.g. my-product, not '\(given)'")
            }
            return given
        }
        let slug = Slug.make(name)
        if !slug.isEmpty { return slug }
        guard name.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else {
            throw UsageError(description: "\(what) needs at least one letter or digit")
        }
        throw UsageError(description:
            "\(what) '\(ReviewDraft.flat(name))' has no Latin letter or digit to make an address from; give one with --slug, e.g. --slug my-product")
    }
}
