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
        let model = self.model(log: log)
        let html = context.theme.render("review", TemplateRoot.value(site: context.siteValue, page: model.templateValue, alias: "review"))
        return Rendered(html: html, diagnostics: log.items, feedHTML: withFeedContent ? feedHTML(model) : nil)
    }

    /// What a feed reader shows: the bottom line first, the disclosure before any
    /// affiliate link, then the review.
    private func feedHTML(_ page: ReviewModel) -> String {
        var html = "<p><strong>Verdict: \(XML.escaped(page.verdict.badge.label))</strong>"
        if let score = page.score { html += " (score \(score)/10)" }
        html += ". \(page.verdict.summaryHTML)</p>\n"
        if let text = page.disclosure?.text, !text.isEmpty {
            html += "<p><em>\(XML.escaped(text))</em></p>\n"
        }
        html += page.bodyHTML
        let url = context.urls.absolute(context.urls.review(review.slug.value))
        return AbsoluteLinks.rewrite(html, page: url, origin: context.urls.origin)
    }

    func model(log: DiagnosticLog) -> ReviewModel {
        let config = context.config
        let urls = context.urls
        let resolver = context.resolver(for: review)
        var sponsored: Mark?

        let summary = context.inlineMarkdown(review.verdict.summary, resolver: resolver, log: log, sponsored: &sponsored)
        if let mark = sponsored {
            log.error("the verdict summary is shown above the affiliate disclosure and cannot hold an affiliate link", at: mark)
        }
        let verdict = ReviewModel.Verdict(
            badge: BadgeModel(review: review, context: context), summaryHTML: summary, warning: review.verdict.warning)

        let body = context.markdown.render(review.body, lineOffset: review.bodyLineOffset, reservedIDs: reservedIDs) {
            resolver.resolve($0, noting: &sponsored)
        }
        log.report(body.problems)

        let scorecard = scorecardModel(resolver: resolver, log: log, sponsored: &sponsored)
        let answers = review.faq.map { context.inlineMarkdown($0.answer, resolver: resolver, log: log, sponsored: &sponsored) }
        let faq = zip(review.faq, answers).map { question, answer in
            ReviewModel.Question(question: question.question, answerHTML: answer, sources: sourceLinks(question.sources))
        }
        let alternatives = review.alternatives.map { alternative -> ReviewModel.Alternative in
            // A reviewed alternative shows its verdict badge and score.
            let card = alternative.review.flatMap { context.reviewsBySlug[$0.value] }.map { CardModel(review: $0, context: context) }
            let note = alternative.note.map { context.inlineMarkdown($0, resolver: resolver, log: log, sponsored: &sponsored) }
            return ReviewModel.Alternative(
                name: alternative.name, card: card, url: alternative.review.map { urls.review($0.value) } ?? alternative.url,
                rel: rel(alternative.url), noteHTML: note)
        }
        let history = review.history.map { entry -> ReviewModel.HistoryEntry in
            let verdict = config.verdict(entry.rating.value)
            let note = entry.note.map { context.inlineMarkdown($0, resolver: resolver, log: log, sponsored: &sponsored) }
            return ReviewModel.HistoryEntry(
                date: entry.date.dateString, label: verdict?.label ?? entry.rating.value, tone: verdict?.tone ?? "ok", noteHTML: note)
        }
        let cards = ReviewCards(context: context)
        return ReviewModel(
            title: review.title,
            description: review.description,
            slug: review.slug.value,
            url: urls.absolute(urls.review(review.slug.value)),
            product: productModel(),
            verdict: verdict,
            score: review.score(in: context.site)?.description,
            published: DateModel(review.published.value),
            updated: review.updated.map(DateModel.init),
            reviewed: review.sourcesChecked.map(DateModel.init),
            staleDays: review.staleDays(now: context.now, limit: config.staleAfterDays),
            bodyHTML: body.html,
            toc: body.headings.filter { $0.level <= 3 }.map { HeadingModel(level: $0.level, id: $0.id, text: $0.text) },
            scorecard: scorecard,
            comparisons: review.comparisons.map(comparisonModel),
            faq: faq,
            jsonLD: StructuredData(review: review, context: context).json(answers: answers).serialized(),
            publishedTime: review.published.value.rfc3339,
            modifiedTime: review.lastModified.rfc3339,
            alternatives: alternatives,
            sources: review.sources.map(sourceModel),
            history: history,
            authors: review.authors.compactMap { config.author($0.value) }.map {
                ReviewModel.Author(name: $0.name, bio: $0.bio, url: $0.url.map(urls.site))
            },
            tags: review.tags.map { LinkModel(title: $0, url: urls.tag(Slug.make($0)), titleKey: "name") },
            badgeURL: urls.absolute(urls.badge(review.slug.value)),
            related: (context.related[review.slug.value] ?? []).map(cards.value),
            disclosure: disclosureModel(sponsored: sponsored, log: log))
    }

    private var reservedIDs: Set<String> {
        RenderContext.reservedIDs.union(review.sources.map { SiteURLs.sourceAnchor($0.id.value) })
    }

    private func productModel() -> ReviewModel.Product {
        let category = review.product.category
        return ReviewModel.Product(
            name: review.product.name, vendor: review.product.vendor, category: category.map(context.categoryName),
            categoryURL: category.map(context.urls.category), jurisdiction: review.product.jurisdiction.joined(separator: ", "),
            url: review.product.url, rel: review.product.url.flatMap(rel))
    }

    /// `rel` for a front matter URL that goes to an affiliate domain.
    private func rel(_ url: String?) -> String? {
        guard let url, context.resolver(for: review).isAffiliate(url) else { return nil }
        return "sponsored nofollow noopener"
    }

    private func disclosureModel(sponsored: Mark?, log: DiagnosticLog) -> DisclosureModel? {
        let declared = !(review.affiliate?.links.isEmpty ?? true)
        let frontMatterURLs = [review.product.url] + review.sources.map(\.url) + review.alternatives.map(\.url)
        let frontMatterLink = frontMatterURLs.contains { rel($0) != nil }
        guard declared || sponsored != nil || frontMatterLink else { return nil }
        let text = review.disclosure(in: context.config)
        // Declared links without a disclosure were already reported by the validator.
        if text.isEmpty, !declared {
            let message = "this link goes to an affiliate domain but the review has no disclosure text"
            log.error(message, at: sponsored ?? review.slug.mark)
        }
        return DisclosureModel(text: text, policyURL: context.config.disclosurePage.map(context.urls.site))
    }

    private func scorecardModel(resolver: LinkResolver, log: DiagnosticLog, sponsored: inout Mark?) -> ReviewModel.Scorecard? {
        guard let scorecard = review.scorecard, let rubric = context.site.rubric(scorecard.rubric.value) else { return nil }
        let rows = rubric.criteria.map { criterion -> ReviewModel.ScorecardRow in
            guard let answer = scorecard.answers.first(where: { $0.criterion.value == criterion.key }) else {
                return ReviewModel.ScorecardRow(
                    criterion: criterion.label, points: criterion.points, option: nil, percent: nil, tone: nil, noteHTML: nil,
                    sources: nil)
            }
            let option = answer.option.flatMap { criterion.option($0.value) }
            let note = answer.note.map { context.inlineMarkdown($0, resolver: resolver, log: log, sponsored: &sponsored) }
            return ReviewModel.ScorecardRow(
                criterion: criterion.label, points: criterion.points, option: option?.label, percent: option?.percent,
                tone: option.map { Self.tone(percent: $0.percent) }, noteHTML: note, sources: sourceLinks(answer.sources))
        }
        return ReviewModel.Scorecard(rubric: rubric.title, rows: rows)
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

    private func comparisonModel(_ comparison: Review.Comparison) -> ReviewModel.Comparison {
        ReviewModel.Comparison(
            title: comparison.title, columns: comparison.columns,
            rows: comparison.rows.map { cells in
                cells.enumerated().map { index, cell in
                    ReviewModel.ComparisonCell(
                        text: cell.text, tone: cell.tone, header: index == 0,
                        sourceURL: cell.source.map { "#" + SiteURLs.sourceAnchor($0.value) })
                }
            })
    }

    private func sourceLinks(_ ids: [Located<String>]) -> [LinkModel] {
        ids.compactMap { review.source($0.value) }.map {
            LinkModel(title: $0.title, url: "#" + SiteURLs.sourceAnchor($0.id.value))
        }
    }

    private func sourceModel(_ source: Review.Source) -> ReviewModel.Source {
        ReviewModel.Source(
            id: SiteURLs.sourceAnchor(source.id.value), title: source.title, url: source.url, kind: source.kind,
            retrieved: source.retrieved.dateString, effective: source.effective?.dateString, rel: rel(source.url))
    }
}
