import VettedYAML

extension Review {
    static let keys = [
        "title", "description", "slug", "product", "verdict", "published", "updated", "reviewed", "author", "tags",
        "draft", "scorecard", "history", "comparisons", "sources", "faq", "affiliate", "alternatives", "conflict",
    ]

    /// Reads a review's front matter; every problem is logged. A field that cannot be
    /// read gets an empty stand-in and the review is marked incomplete.
    static func read(_ matter: FrontMatter, path: String, fileSlug: String, log: DiagnosticLog) -> Review? {
        let reader = FieldReader(log: log)
        guard let fields = reader.fields(matter.node, allowed: keys, name: "the front matter") else { return nil }
        let title = reader.string(fields, "title", required: true)
        let description = reader.string(fields, "description", required: true)
        var slug = readSlug(fields, fileSlug: fileSlug, reader: reader)
        if let taken = slug, ListingOrder.reservedSlugs.contains(taken.value) {
            reader.log.error(
                "the slug '\(taken.value)' is taken by the list of reviews (/reviews/\(taken.value)/); "
                    + (fields["slug"] == nil ? "rename the file or set 'slug'" : "choose another slug"),
                at: taken.mark)
            slug = nil
        }
        let product = fields["product"].flatMap { readProduct($0, reader: reader) }
        if fields["product"] == nil { reader.missing("product", in: fields) }
        let verdict = fields["verdict"].flatMap { readVerdict($0, reader: reader) }
        if fields["verdict"] == nil { reader.missing("verdict", in: fields) }
        let published = fields["published"].flatMap { node in reader.date(node, key: "published").map { Located($0, at: node.mark) } }
        if fields["published"] == nil { reader.missing("published", in: fields) }
        let reviewed = fields["reviewed"].flatMap { node in reader.date(node, key: "reviewed").map { Located($0, at: node.mark) } }
        // What could not be read: checks on what was read still run, and give their
        // warnings, but none judges a stand-in.
        var unread: Unread = []
        if published == nil { unread.insert(.published) }
        if fields["reviewed"] != nil, reviewed == nil { unread.insert(.reviewed) }
        let errorsBeforeSources = log.errorCount
        let sources = readSources(fields, reader: reader)
        if log.errorCount > errorsBeforeSources { unread.insert(.sources) }
        let taggings = reader.strings(fields, "tags", single: true)
        for tag in taggings where Slug.make(tag.value).isEmpty {
            log.error("tag '\(tag.value)' needs at least one letter or digit", at: tag.mark)
        }
        let tags = taggings.map(\.value)

        let review = Review(
            path: path,
            slug: slug ?? Located(fileSlug, at: Mark(line: 1, column: 1)),
            title: title ?? "",
            description: description ?? "",
            product: product ?? Product(name: "", vendor: nil, url: nil, category: nil, jurisdiction: []),
            verdict: verdict ?? Verdict(rating: Located("", at: fields.node.mark), summary: Located("", at: fields.node.mark), warning: false),
            published: published ?? Located(Timestamp(epochDay: 0), at: fields.node.mark),
            updated: reader.date(fields, "updated"),
            reviewed: reviewed,
            authors: reader.strings(fields, "author", single: true),
            tags: tags,
            draft: reader.bool(fields, "draft") ?? false,
            scorecard: fields["scorecard"].flatMap { readScorecard($0, reader: reader) },
            history: readHistory(fields, reader: reader),
            comparisons: readComparisons(fields, reader: reader),
            sources: sources,
            faq: readFAQ(fields, reader: reader),
            affiliate: fields["affiliate"].flatMap { readAffiliate($0, reader: reader) },
            alternatives: readAlternatives(fields, reader: reader),
            conflict: reader.located(fields, "conflict"),
            body: matter.body,
            bodyLineOffset: matter.bodyLineOffset,
            isComplete: false,
            unread: unread
        )
        return review.completed(!log.hasErrors)
    }

    private func completed(_ complete: Bool) -> Review {
        Review(
            path: path, slug: slug, title: title, description: description, product: product, verdict: verdict,
            published: published, updated: updated, reviewed: reviewed, authors: authors, tags: tags, draft: draft,
            scorecard: scorecard, history: history, comparisons: comparisons, sources: sources, faq: faq,
            affiliate: affiliate, alternatives: alternatives, conflict: conflict, body: body, bodyLineOffset: bodyLineOffset,
            isComplete: complete, unread: unread)
    }

    private static func readProduct(_ node: Node, reader: FieldReader) -> Product? {
        guard let fields = reader.fields(node, allowed: ["name", "vendor", "url", "category", "jurisdiction"], name: "'product'") else {
            return nil
        }
        let name = reader.string(fields, "name", required: true)
        var category = reader.located(fields, "category")
        if let invalid = category, !Slug.isValid(invalid.value) {
            reader.log.error("category '\(invalid.value)' must use only a-z, 0-9 and -", at: invalid.mark)
            // Never used in a path: the review is not published, but it is still rendered to find link errors.
            category = nil
        }
        let jurisdiction = reader.strings(fields, "jurisdiction", single: true).compactMap { code -> String? in
            guard CountryCodes.all.contains(code.value) else {
                reader.log.error(CountryCodes.problem(code.value), at: code.mark)
                return nil
            }
            return code.value
        }
        guard let name else { return nil }
        return Product(
            name: name,
            vendor: reader.string(fields, "vendor"),
            url: reader.url(fields, "url"),
            category: category?.value,
            jurisdiction: jurisdiction,
            categoryKey: category
        )
    }

    private static func readVerdict(_ node: Node, reader: FieldReader) -> Verdict? {
        guard let fields = reader.fields(node, allowed: ["rating", "summary", "warning"], name: "'verdict'") else { return nil }
        let rating = reader.located(fields, "rating", required: true)
        let summary = reader.located(fields, "summary", required: true)
        let warning = reader.bool(fields, "warning") ?? false
        guard let rating, let summary else { return nil }
        return Verdict(rating: rating, summary: summary, warning: warning)
    }

    private static func readScorecard(_ node: Node, reader: FieldReader) -> Scorecard? {
        guard let fields = reader.fields(node, allowed: ["rubric", "answers"], name: "'scorecard'") else { return nil }
        let rubric = reader.located(fields, "rubric", required: true)
        guard let answersNode = fields["answers"] else {
            reader.missing("answers", in: fields)
            return nil
        }
        guard let pairs = answersNode.mapping else {
            reader.log.error("'answers' must map criterion keys to answers, not \(answersNode.kindDescription)", at: answersNode.mark)
            return nil
        }
        let answers = pairs.compactMap { pair -> Answer? in
            guard let key = pair.key.scalar else { return nil }
            let criterion = Located(key, at: pair.key.mark)
            guard let answer = reader.fields(pair.value, allowed: ["option", "sources", "evidence", "note"], name: "answer '\(key)'")
            else { return nil }
            let option = reader.located(answer, "option", required: true)
            let sources = reader.strings(answer, "sources", single: true)
            let links = reader.strings(answer, "evidence", single: true)
            let evidence = links.filter { link in
                guard WebURL.isAbsoluteHTTP(link.value) else {
                    reader.log.error(
                        "'evidence' takes http:// or https:// links; cite a source by its id under 'sources', not '\(link.value)'",
                        at: link.mark)
                    return false
                }
                return true
            }
            // `n/a` and `unknown` need no evidence (nor does a slip of one, reported as
            // such). A list of the wrong type or a bad link was reported already.
            let reserved = option.map { Review.reservedAnswer(like: $0.value) != nil } ?? true
            let reported = evidence.count != links.count
                || [answer["sources"], answer["evidence"]].contains { node in node.map { $0.sequence == nil && $0.scalar == nil } ?? false }
            if !reserved, sources.isEmpty, evidence.isEmpty, !reported {
                reader.log.error(
                    "answer '\(key)' must cite at least one source in 'sources' or a link in 'evidence'"
                        + " (an answer not checked yet is 'option: unknown')",
                    at: pair.value.mark)
            }
            return Answer(criterion: criterion, option: option, sources: sources, evidence: evidence, note: reader.located(answer, "note"))
        }
        guard let rubric else { return nil }
        return Scorecard(rubric: rubric, answers: answers, answersMark: Located(0, at: answersNode.mark))
    }

    private static func readHistory(_ fields: Fields, reader: FieldReader) -> [HistoryEntry] {
        (reader.list(fields, "history") ?? []).enumerated().compactMap { index, node in
            guard let entry = reader.fields(node, allowed: ["date", "rating", "note"], name: "history item \(index + 1)") else {
                return nil
            }
            let date = reader.date(entry, "date", required: true)
            let rating = reader.located(entry, "rating", required: true)
            guard let date, let rating else { return nil }
            return HistoryEntry(date: date, rating: rating, note: reader.located(entry, "note"))
        }
    }

    private static func readComparisons(_ fields: Fields, reader: FieldReader) -> [Comparison] {
        (reader.list(fields, "comparisons") ?? []).enumerated().compactMap { index, node in
            let name = "comparisons item \(index + 1)"
            guard let table = reader.fields(node, allowed: ["title", "columns", "rows"], name: name) else { return nil }
            let title = reader.string(table, "title", required: true)
            let columns = reader.strings(table, "columns", required: true).map(\.value)
            let rows = (reader.list(table, "rows", required: true) ?? []).compactMap { row -> [Cell]? in
                guard let cells = row.sequence else {
                    reader.log.error("a row of '\(title ?? name)' must be a list of cells, not \(row.kindDescription)", at: row.mark)
                    return nil
                }
                if !columns.isEmpty, cells.count != columns.count {
                    reader.log.error(
                        "this row has \(cells.count) cells but the table has \(columns.count) columns", at: row.mark)
                }
                return cells.compactMap { readCell($0, reader: reader) }
            }
            guard let title else { return nil }
            return Comparison(title: title, columns: columns, rows: rows)
        }
    }

    private static func readCell(_ node: Node, reader: FieldReader) -> Cell? {
        if let text = node.scalar { return Cell(text: text, tone: nil, source: nil) }
        guard let cell = reader.fields(node, allowed: ["text", "tone", "source"], name: "a table cell") else { return nil }
        let text = reader.string(cell, "text", required: true)
        let tone = reader.choice(cell, "tone", in: SiteConfig.tones)
        guard let text else { return nil }
        return Cell(text: text, tone: tone, source: reader.located(cell, "source"))
    }

    private static func readSources(_ fields: Fields, reader: FieldReader) -> [Source] {
        var seen: [String: Mark] = [:]
        return (reader.list(fields, "sources", required: true) ?? []).enumerated().compactMap { index, node in
            guard let source = reader.fields(
                node, allowed: ["id", "title", "url", "kind", "retrieved", "effective"], name: "sources item \(index + 1)")
            else { return nil }
            let id = reader.located(source, "id", required: true)
            if let id {
                if !Slug.isValid(id.value) {
                    reader.log.error("source id '\(id.value)' must use only a-z, 0-9 and -", at: id.mark)
                } else if let first = seen[id.value] {
                    reader.log.error("source id '\(id.value)' is already used at line \(first.line)", at: id.mark)
                }
                seen[id.value] = seen[id.value] ?? id.mark
            }
            let title = reader.string(source, "title", required: true)
            let url = reader.url(source, "url")
            let kind = reader.choice(source, "kind", in: sourceKinds) ?? (source["kind"] == nil ? "other" : nil)
            let retrieved = reader.date(source, "retrieved", required: true)
            let effective = reader.date(source, "effective")
            // Keep a source whose id was read, so references to it do not cascade into
            // more errors; the broken fields were reported and block publishing.
            guard let id else { return nil }
            return Source(
                id: id, title: title ?? "", url: url, kind: kind ?? "other", retrievedDate: retrieved, effective: effective)
        }
    }

    private static func readFAQ(_ fields: Fields, reader: FieldReader) -> [Question] {
        (reader.list(fields, "faq") ?? []).enumerated().compactMap { index, node in
            guard let item = reader.fields(node, allowed: ["q", "a", "sources"], name: "faq item \(index + 1)") else { return nil }
            let question = reader.string(item, "q", required: true)
            let answer = reader.located(item, "a", required: true)
            let sources = reader.strings(item, "sources", single: true)
            guard let question, let answer else { return nil }
            return Question(question: question, answer: answer, sources: sources)
        }
    }

    private static func readAffiliate(_ node: Node, reader: FieldReader) -> Affiliate? {
        guard let fields = reader.fields(node, allowed: ["links", "disclosure"], name: "'affiliate'") else { return nil }
        var seen: Set<String> = []
        let links = (reader.list(fields, "links") ?? []).enumerated().compactMap { index, node -> AffiliateLink? in
            guard let link = reader.fields(node, allowed: ["id", "label", "url"], name: "affiliate link \(index + 1)") else {
                return nil
            }
            let id = reader.located(link, "id", required: true)
            if let id, !seen.insert(id.value).inserted {
                reader.log.error("affiliate link id '\(id.value)' is used twice", at: id.mark)
            }
            let label = reader.string(link, "label", required: true)
            let url = reader.url(link, "url", required: true)
            guard let id else { return nil }
            return AffiliateLink(id: id, label: label ?? "", url: url ?? "")
        }
        var disclosure: String?
        if let text = fields["disclosure"] {
            disclosure = text.scalar?.trimmed ?? ""
            if text.scalar == nil { reader.log.error("'disclosure' must be a string, not \(text.kindDescription)", at: text.mark) }
        }
        return Affiliate(links: links, disclosure: disclosure, mark: Located(0, at: node.mark))
    }

    private static func readAlternatives(_ fields: Fields, reader: FieldReader) -> [Alternative] {
        (reader.list(fields, "alternatives") ?? []).enumerated().compactMap { index, node in
            let name = "alternatives item \(index + 1)"
            guard let item = reader.fields(node, allowed: ["name", "review", "url", "note"], name: name) else { return nil }
            let title = reader.string(item, "name", required: true)
            let review = reader.located(item, "review")
            let url = reader.url(item, "url")
            if review == nil, item["url"] == nil {
                reader.log.error("\(name) needs a 'review' slug or a 'url'", at: node.mark)
            }
            guard let title else { return nil }
            return Alternative(name: title, review: review, url: url, note: reader.located(item, "note"))
        }
    }
}
