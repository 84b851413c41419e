import VettedMarkdown
import VettedYAML

/// Builds the template values of one review page and renders it.
struct ReviewPage {
    let review: Review
    let context: RenderContext

    /// A rendered review.
    struct Rendered {
        let html: String
        /// Problems found on the way: unknown link targets, a missing disclosure.
        let diagnostics: [Diagnostic]
        /// The verdict, the disclosure and the body as one fragment with absolute links,
        /// for feeds; only made when asked for.
        let feedHTML: String?
    }

    func render(withFeedContent: Bool = false) -> Rendered {
        let log = DiagnosticLog(path: review.path)
        let values = self.values(log: log)
        let html = context.theme.render("review", values)
        guard withFeedContent, let page = values["page"] as? [String: Any] else {
            return Rendered(html: html, diagnostics: log.items, feedHTML: nil)
        }
        return Rendered(html: html, diagnostics: log.items, feedHTML: feedHTML(page))
    }

    /// What a feed reader shows: the bottom line first, the disclosure before any
    /// affiliate link, then the review.
    private func feedHTML(_ page: [String: Any]) -> String {
        let verdict = page["verdict"] as? [String: Any]
        var html = "<p><strong>Verdict: \(XML.escaped(verdict?["label"] as? String ?? ""))</strong>"
        if let score = page["score"] as? String { html += " (score \(score)/10)" }
        html += ". \(verdict?["summary_html"] as? String ?? "")</p>\n"
        if let disclosure = page["disclosure"] as? [String: Any], let text = disclosure["text"] as? String {
            html += "<p><em>\(XML.escaped(text))</em></p>\n"
        }
        html += page["body_html"] as? String ?? ""
        let url = context.urls.absolute(context.urls.review(review.slug.value))
        return AbsoluteLinks.rewrite(html, page: url, origin: context.urls.origin)
    }

    func values(log: DiagnosticLog) -> [String: Any] {
        let config = context.config
        let urls = context.urls
        let resolver = context.resolver(for: review)
        var sponsored: Mark?
        var page = TemplateValues()
        page["title"] = review.title
        page["description"] = review.description
        page["slug"] = review.slug.value
        page["url"] = urls.absolute(urls.review(review.slug.value))
        page["product"] = productValues()

        var verdictValues = TemplateValues()
        verdictValues.merge(ReviewCard(context: context).badge(for: review))
        verdictValues["summary_html"] = context.inlineMarkdown(review.verdict.summary, resolver: resolver, log: log, sponsored: &sponsored)
        verdictValues["warning"] = review.verdict.warning
        if let mark = sponsored {
            log.error("the verdict summary is shown above the affiliate disclosure and cannot hold an affiliate link", at: mark)
        }
        page["verdict"] = verdictValues.values
        if let score = review.score(in: context.site) { page["score"] = score.description }

        page["published"] = dateValues(review.published.value)
        if let updated = review.updated { page["updated"] = dateValues(updated) }
        if let checked = review.sourcesChecked { page["reviewed"] = dateValues(checked) }
        if let days = review.staleDays(now: context.now, limit: config.staleAfterDays) { page["stale_days"] = String(days) }

        let body = context.markdown.render(review.body, lineOffset: review.bodyLineOffset, reservedIDs: reservedIDs) { target in
            let resolution = resolver.resolve(target)
            if case .replace(_, true) = resolution, sponsored == nil { sponsored = Mark(line: target.line, column: target.column) }
            return resolution
        }
        log.report(body.problems)
        page["body_html"] = body.html
        page["toc"] = body.headings.filter { $0.level <= 3 }.map { ["level": $0.level, "id": $0.id, "text": $0.text] as [String: Any] }

        page["scorecard"] = scorecardValues(resolver: resolver, log: log, sponsored: &sponsored)
        page["comparisons"] = review.comparisons.map(comparisonValues)
        let answers = review.faq.map { context.inlineMarkdown($0.answer, resolver: resolver, log: log, sponsored: &sponsored) }
        page["faq"] = zip(review.faq, answers).map { question, answer -> [String: Any] in
            ["question": question.question, "answer_html": answer, "sources": sourceLinks(question.sources)]
        }
        page["json_ld"] = StructuredData(review: review, context: context).json(answers: answers).serialized()
        page["og_type"] = "article"
        page["published_time"] = review.published.value.rfc3339
        page["modified_time"] = review.lastModified.rfc3339
        page["alternatives"] = review.alternatives.map { alternative -> [String: Any] in
            var values = TemplateValues()
            values["name"] = alternative.name
            if let slug = alternative.review?.value, let other = context.reviewsBySlug[slug] {
                // A reviewed alternative shows its verdict badge and score.
                values.merge(ReviewCard(context: context).values(other))
                values["name"] = alternative.name
            }
            values["url"] = alternative.review.map { urls.review($0.value) } ?? alternative.url
            values["rel"] = rel(alternative.url)
            if let note = alternative.note {
                values["note_html"] = context.inlineMarkdown(note, resolver: resolver, log: log, sponsored: &sponsored)
            }
            return values.values
        }
        page["sources"] = review.sources.map { source in
            var values = sourceValues(source)
            values["rel"] = rel(source.url)
            return values
        }
        page["history"] = review.history.map { entry -> [String: Any] in
            var values = TemplateValues()
            values["date"] = entry.date.dateString
            values["label"] = config.verdict(entry.rating.value)?.label ?? entry.rating.value
            values["tone"] = config.verdict(entry.rating.value)?.tone ?? "ok"
            if let note = entry.note {
                values["note_html"] = context.inlineMarkdown(note, resolver: resolver, log: log, sponsored: &sponsored)
            }
            return values.values
        }
        page["authors"] = review.authors.compactMap { config.author($0.value) }.map { author -> [String: Any] in
            var values = TemplateValues()
            values["name"] = author.name
            values["bio"] = author.bio
            values["url"] = author.url.map(urls.site)
            return values.values
        }
        page["tags"] = review.tags.map { ["name": $0, "url": urls.tag(Slug.make($0))] }
        page["badge_url"] = urls.absolute(urls.badge(review.slug.value))
        page["related"] = (context.related[review.slug.value] ?? []).map(ReviewCard(context: context).values)
        page["disclosure"] = disclosureValues(sponsored: sponsored, log: log)
        return ["site": context.siteValues, "page": page.values, "review": page.values]
    }

    private var reservedIDs: Set<String> {
        RenderContext.reservedIDs.union(review.sources.map { SiteURLs.sourceAnchor($0.id.value) })
    }

    private func productValues() -> [String: Any] {
        var product = TemplateValues()
        product["name"] = review.product.name
        product["vendor"] = review.product.vendor
        if let category = review.product.category {
            product["category"] = context.categoryName(category)
            product["category_url"] = context.urls.category(category)
        }
        product["jurisdiction"] = review.product.jurisdiction.joined(separator: ", ")
        if let url = review.product.url {
            product["url"] = url
            product["rel"] = rel(url)
        }
        return product.values
    }

    /// `rel` for a front matter URL that goes to an affiliate domain.
    private func rel(_ url: String?) -> String? {
        guard let url, context.resolver(for: review).isAffiliate(url) else { return nil }
        return "sponsored nofollow noopener"
    }

    private func disclosureValues(sponsored: Mark?, log: DiagnosticLog) -> [String: Any]? {
        let declared = !(review.affiliate?.links.isEmpty ?? true)
        let frontMatterURLs = [review.product.url] + review.sources.map(\.url) + review.alternatives.map(\.url)
        let frontMatterLink = frontMatterURLs.contains { rel($0) != nil }
        guard declared || sponsored != nil || frontMatterLink else { return nil }
        let text = review.affiliate?.disclosure ?? context.config.disclosureText
        // Declared links without a disclosure were already reported by the validator.
        if text.isEmpty, !declared {
            let message = "this link goes to an affiliate domain but the review has no disclosure text"
            log.error(message, at: sponsored ?? review.slug.mark)
        }
        var values = TemplateValues()
        values["text"] = text
        values["policy_url"] = context.config.disclosurePage.map(context.urls.site)
        return values.values
    }

    private func scorecardValues(resolver: LinkResolver, log: DiagnosticLog, sponsored: inout Mark?) -> [String: Any]? {
        guard let scorecard = review.scorecard, let rubric = context.site.rubric(scorecard.rubric.value) else { return nil }
        let rows = rubric.criteria.map { criterion -> [String: Any] in
            var row = TemplateValues()
            row["criterion"] = criterion.label
            row["points"] = String(criterion.points)
            if let answer = scorecard.answers.first(where: { $0.criterion.value == criterion.key }) {
                if let key = answer.option?.value, let option = criterion.option(key) {
                    row["option"] = option.label
                    row["percent"] = String(option.percent)
                    row["tone"] = Self.tone(percent: option.percent)
                }
                if let note = answer.note {
                    row["note_html"] = context.inlineMarkdown(note, resolver: resolver, log: log, sponsored: &sponsored)
                }
                row["sources"] = sourceLinks(answer.sources)
            }
            return row.values
        }
        return ["rubric": rubric.title, "rows": rows]
    }

    /// good from 75 %, ok from 50 %, warn from 25 %, bad below.
    static func tone(percent: Int) -> String {
        switch percent {
        case 75...: return "good"
        case 50..<75: return "ok"
        case 25..<50: return "warn"
        default: return "bad"
        }
    }

    private func comparisonValues(_ comparison: Review.Comparison) -> [String: Any] {
        [
            "title": comparison.title,
            "columns": comparison.columns.map { ["name": $0] },
            "rows": comparison.rows.map { cells -> [String: Any] in
                [
                    "cells": cells.enumerated().map { index, cell -> [String: Any] in
                        var values = TemplateValues()
                        values["text"] = cell.text
                        values["tone"] = cell.tone
                        values["header"] = index == 0
                        values["source_url"] = cell.source.map { "#" + SiteURLs.sourceAnchor($0.value) }
                        return values.values
                    }
                ]
            },
        ]
    }

    private func sourceLinks(_ ids: [Located<String>]) -> [[String: Any]] {
        ids.compactMap { review.source($0.value) }.map {
            ["title": $0.title, "url": "#" + SiteURLs.sourceAnchor($0.id.value)]
        }
    }

    private func sourceValues(_ source: Review.Source) -> [String: Any] {
        var values = TemplateValues()
        values["id"] = SiteURLs.sourceAnchor(source.id.value)
        values["title"] = source.title
        values["url"] = source.url
        values["kind"] = source.kind
        values["retrieved"] = source.retrieved.dateString
        values["effective"] = source.effective?.dateString
        return values.values
    }

    private func dateValues(_ date: Timestamp) -> [String: Any] {
        ["date": date.dateString, "iso": date.text]
    }
}
