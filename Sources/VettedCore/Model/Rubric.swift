import VettedYAML

/// A scoring rubric from `content/rubrics/<key>.yaml`.
public struct Rubric: Sendable {
    public struct Option: Sendable {
        public let key: String
        public let label: String
        /// 0–100: how much of the criterion's points this answer earns.
        public let percent: Int
        /// What the answer means (Markdown).
        public let meaning: Located<String>?
    }

    public struct Criterion: Sendable {
        public let key: String
        public let label: String
        /// The criterion's weight.
        public let points: Int
        public let options: [Option]
        /// The question the criterion asks (Markdown).
        public let question: Located<String>?
        /// Why it matters (Markdown).
        public let why: Located<String>?
        /// How a reader can check it (Markdown).
        public let verify: Located<String>?

        public func option(_ key: String) -> Option? { options.first { $0.key == key } }
    }

    public let key: String
    public let title: String
    public let description: String?
    public let criteria: [Criterion]
    /// The file, for messages.
    let path: String

    public func criterion(_ key: String) -> Criterion? { criteria.first { $0.key == key } }
}

extension Rubric {
    static func read(_ root: Node, key: String, path: String, log: DiagnosticLog) -> Rubric? {
        let reader = FieldReader(log: log)
        guard let fields = reader.fields(root, allowed: ["title", "description", "criteria"], name: "the rubric") else {
            return nil
        }
        let title = reader.string(fields, "title", required: true)
        var keys: Set<String> = []
        let criteria = (reader.list(fields, "criteria", required: true) ?? []).enumerated().compactMap { index, node in
            readCriterion(node, name: "criteria item \(index + 1)", reader: reader, keys: &keys)
        }
        // A rubric with errors is still returned so reviews using it are checked in the same
        // run; the errors fail the build.
        guard let title else { return nil }
        return Rubric(key: key, title: title, description: reader.string(fields, "description"), criteria: criteria, path: path)
    }

    private static func readCriterion(_ node: Node, name: String, reader: FieldReader, keys: inout Set<String>) -> Criterion? {
        guard let fields = reader.fields(node, allowed: ["key", "label", "points", "question", "why", "verify", "options"], name: name),
            let key = reader.located(fields, "key", required: true)
        else { return nil }
        if !Slug.isValid(key.value) {
            reader.log.error("criterion key '\(key.value)' must use only a-z, 0-9 and -", at: key.mark)
        }
        if RubricPages.reservedIDs.contains(key.value) {
            reader.log.error("criterion key '\(key.value)' is an id the rubric's page uses itself; choose another key", at: key.mark)
        }
        if !keys.insert(key.value).inserted {
            reader.log.error("criterion '\(key.value)' is listed twice", at: key.mark)
        }
        let label = reader.string(fields, "label", required: true)
        let points = reader.int(fields, "points", range: 1...1000, required: true)
        var optionKeys: Set<String> = []
        let options = (reader.list(fields, "options", required: true) ?? []).enumerated().compactMap { index, node -> Option? in
            guard let option = reader.fields(
                node, allowed: ["key", "label", "percent", "meaning"], name: "option \(index + 1) of '\(key.value)'"),
                let optionKey = reader.located(option, "key", required: true)
            else { return nil }
            if let reserved = Review.reservedAnswers.first(where: { $0 == optionKey.value.lowercased() }) {
                reader.log.error(
                    "'\(optionKey.value)' cannot be an option: every criterion already takes '\(reserved)', which"
                        + " leaves the criterion out of the score; remove this option",
                    at: optionKey.mark)
                return nil
            }
            let label = reader.string(option, "label") ?? optionKey.value
            let percent = reader.int(option, "percent", range: 0...100, required: true) ?? 0
            if !optionKeys.insert(optionKey.value).inserted {
                reader.log.error("option '\(optionKey.value)' is listed twice in '\(key.value)'", at: optionKey.mark)
            }
            return Option(key: optionKey.value, label: label, percent: percent, meaning: reader.located(option, "meaning"))
        }
        return Criterion(
            key: key.value, label: label ?? key.value, points: points ?? 1, options: options,
            question: reader.located(fields, "question"), why: reader.located(fields, "why"), verify: reader.located(fields, "verify"))
    }
}
