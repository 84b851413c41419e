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
        /// The Markdown links to check once the site is written.
        let links: [LinkRecord]
    }

    func render(withFeedContent: Bool = false) -> Rendered {
        let log = DiagnosticLog(path: review.path)
        let ledger = context.ledger(source: review.path, page: SiteURLs.reviewFile(review.slug.value))
        let model = self.model(log: log, ledger: ledger)
        let html = context.theme.render("review", TemplateRoot.value(site: context.siteValue, page: model.templateValue, alias: "review"))
        return Rendered(html: html, diagnostics: log.items, feedHTML: withFeedContent ? feedHTML(model) : nil, links: ledger.records)
    }

    /// What a feed reader shows: the bottom line first, the disclosure before any
    /// affiliate link, then the review.
    private func feedHTML(_ page: ReviewModel) -> String {
        var html = "<p><strong>Verdict: \(XML.escaped(page.verdict.badge.label))</strong>"
        if let score = page.score { html += " (score \(score)/10)" }
        if page.scoreWithheld { html += " (not enough evidence for a score)" }
        html += ". \(page.verdict.summaryHTML)</p>\n"
        for conflict in page.conflicts {
            html += "<p><em>Conflict of interest: \(conflict)</em></p>\n"
        }
        if let text = page.disclosure?.text, !text.isEmpty {
            html += "<p><em>\(XML.escaped(text))</em></p>\n"
        }
        html += page.bodyHTML
        let url = context.urls.absolute(context.urls.review(review.slug.value))
        return AbsoluteLinks.rewrite(html, page: url, origin: context.urls.origin)
    }

    func model(log: DiagnosticLog, ledger: LinkLedger? = nil) -> ReviewModel {
        let config = context.config
        let urls = context.urls
        let resolver = context.resolver(for: review, ledger: ledger)
        var sponsored: Mark?

        let summary = context.inlineMarkdown(review.verdict.summary, resolver: resolver, log: log, sponsored: &sponsored)
        if let mark = sponsored {
            log.error("the verdict summary is shown above the affiliate disclosure and cannot hold an affiliate link", at: mark)
        }
        let assessment = context.assessment(of: review)
        let verdict = ReviewModel.Verdict(
            badge: BadgeModel(review: review, context: context), summaryHTML: summary, warning: review.verdict.warning,
            automatic: assessment.automatic)
        var conflicts: [String] = []
        if let conflict = review.conflict {
            var inConflict: Mark?
            conflicts.append(context.inlineMarkdown(conflict, resolver: resolver, log: log, sponsored: &inConflict))
            if let mark = inConflict {
                log.error("the conflict of interest is shown above the affiliate disclosure and cannot hold an affiliate link", at: mark)
            }
        }
        if let site = context.siteTexts.conflictHTML { conflicts.append(site) }

        let body = resolver.rendering {
            context.markdown.render(review.body, lineOffset: review.bodyLineOffset, reservedIDs: reservedIDs) {
                resolver.resolve($0, noting: &sponsored)
            }
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
            score: assessment.score?.description,
            scoreWithheld: assessment.withheld,
            coverage: assessment.coverage.flatMap { $0.applicable > 0 ? $0.text : nil },
            conflicts: conflicts,
            evidence: evidenceModels(),
            published: DateModel(review.published.value),
            updated: review.updated.map(DateModel.init),
            reviewed: review.sourcesChecked.map(DateModel.init),
            staleDays: review.staleDays(now: context.now, limit: config.staleAfterDays),
            bodyHTML: body.html,
            toc: body.headings.filter { $0.level <= 3 }.map { HeadingModel(level: $0.level, id: $0.id, text: $0.text) },
            scorecard: scorecard,
            comparisons: review.comparisons.map(comparisonModel),
            faq: faq,
            jsonLD: StructuredData(review: review, context: context).json(answers: answers, hasConflict: !conflicts.isEmpty).serialized(),
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
        let codes = review.product.jurisdiction
        let groups = context.config.groups(of: codes).map { group in
            GroupModel(name: group.name, url: context.urls.jurisdictionGroup(group.key), noteHTML: context.siteTexts.groupNotes[group.key])
        }
        return ReviewModel.Product(
            name: review.product.name, vendor: review.product.vendor, category: category.map(context.categoryName),
            categoryURL: category.map(context.urls.category), jurisdiction: codes.map(context.countryName).joined(separator: ", "),
            jurisdictions: codes.map { LinkModel(title: context.countryName($0), url: context.urls.jurisdiction($0), titleKey: "name") },
            groups: groups, url: review.product.url, rel: review.product.url.flatMap(rel))
    }

    /// `rel` for a front matter URL that goes to an affiliate domain.
    private func rel(_ url: String?) -> String? {
        guard let url, context.resolver(for: review).isAffiliate(url) else { return nil }
        return "sponsored nofollow noopener"
    }

    private func disclosureModel(sponsored: Mark?, log: DiagnosticLog) -> DisclosureModel? {
        let declared = !(review.affiliate?.links.isEmpty ?? true)
        let evidence = review.scorecard?.answers.flatMap { $0.evidence.map(\.value) } ?? []
        let frontMatterURLs = [review.product.url] + review.sources.map(\.url) + review.alternatives.map(\.url) + evidence
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
            let url = context.urls.criterion(criterion.key, of: rubric.key)
            guard let answer = scorecard.answers.first(where: { $0.criterion.value == criterion.key }) else {
                return ReviewModel.ScorecardRow(
                    criterion: criterion.label, criterionURL: url, points: criterion.points, option: nil, percent: nil, tone: nil,
                    notApplicable: false, unknown: false, noteHTML: nil, sources: nil)
            }
            let option = answer.option.flatMap { criterion.option($0.value) }
            let note = answer.note.map { context.inlineMarkdown($0, resolver: resolver, log: log, sponsored: &sponsored) }
            let cited = sourceLinks(answer.sources) + answer.evidence.map {
                LinkModel(title: WebURL.host(of: $0.value) ?? $0.value, url: $0.value, rel: rel($0.value))
            }
            let uncounted = Self.answerText(answer)
            return ReviewModel.ScorecardRow(
                criterion: criterion.label, criterionURL: url, points: criterion.points,
                option: uncounted ?? option?.label, percent: option?.percent,
                tone: option.map { Self.tone(percent: $0.percent) } ?? (uncounted == nil ? nil : "none"),
                notApplicable: answer.isNotApplicable, unknown: answer.isUnknown, noteHTML: note, sources: cited)
        }
        return ReviewModel.Scorecard(rubric: rubric.title, rubricURL: context.urls.rubric(rubric.key), rows: rows)
    }

    /// What an answer that does not count says: "Not applicable", "Not checked yet".
    static func answerText(_ answer: Review.Answer) -> String? {
        if answer.isNotApplicable { return "Not applicable" }
        if answer.isUnknown { return "Not checked yet" }
        return nil
    }

    private func evidenceModels() -> [LinkModel] {
        var seen: Set<String> = []
        return (review.scorecard?.answers ?? []).flatMap(\.evidence).compactMap { link in
            guard seen.insert(link.value).inserted else { return nil }
            return LinkModel(title: link.value, url: link.value, rel: rel(link.value))
        }
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
