import VettedYAML

/// Checks what no single file can check alone: references between files, duplicate
/// slugs, disclosures, scheduling and staleness. Decides what gets published.
struct SiteValidator {
    let site: Site
    let options: BuildOptions
    /// Seconds since the epoch that count as "now"; a given `--today` counts to its last second.
    let now: Int

    struct Outcome {
        var diagnostics: [Diagnostic] = []
        var reviews: [Review] = []
        var pages: [Page] = []
        /// Slugs of reviews this build would publish but for their errors: links to
        /// them are a consequence of those errors, not news.
        var heldBack: Set<String> = []
    }

    func validate() -> Outcome {
        var outcome = Outcome()
        let visible = site.reviews.filter { includes($0) }
        let visibleSlugs = Set(visible.map(\.slug.value))
        let allSlugs = Set(site.reviews.map(\.slug.value))
        let categoryUse = Dictionary(site.reviews.compactMap(\.product.category).map { ($0, 1) }, uniquingKeysWith: +)
        // What a category used by one review may be a slip of.
        let knownCategories = Set(site.config.categories.map(\.key) + site.rubrics.map(\.key) + categoryUse.keys.filter { categoryUse[$0] ?? 0 > 1 })
            .sorted()
        // Duplicate slugs need every review; the other checks look at one review at a
        // time and run in parallel.
        var firstWithSlug: [String: String] = [:]
        let takenBy = site.reviews.map { review -> String? in
            if let other = firstWithSlug[review.slug.value] { return other }
            firstWithSlug[review.slug.value] = review.path
            return nil
        }
        let checked = parallelMap(Array(zip(site.reviews, takenBy))) { review, other -> (diagnostics: [Diagnostic], publish: Bool) in
            let log = DiagnosticLog(path: review.path)
            if let other {
                log.error("slug '\(review.slug.value)' is already used by \(other)", at: review.slug.mark)
            }
            check(review, log: log, visibleSlugs: visibleSlugs, allSlugs: allSlugs)
            checkCategory(of: review, use: categoryUse, known: knownCategories, log: log)
            let publish = includes(review) && review.isComplete && !log.hasErrors
            if review.published.value.epochSeconds > now, !review.draft {
                log.note(
                    "'\(review.slug.value)' is scheduled for \(review.published.value.text)"
                        + (options.includeFuture ? " and is built because of --future" : " and is not published yet (build with --future to include it)"),
                    at: review.published.mark)
            }
            return (log.items, publish)
        }
        for (review, result) in zip(site.reviews, checked) {
            if result.publish { outcome.reviews.append(review) } else if includes(review) { outcome.heldBack.insert(review.slug.value) }
            outcome.diagnostics += result.diagnostics
        }
        outcome.heldBack.subtract(outcome.reviews.map(\.slug.value))
        outcome.diagnostics += checkConfig(visible: visible)
        var pageSlugs: [String: String] = [:]
        for page in site.pages {
            let log = DiagnosticLog(path: page.path)
            if let other = pageSlugs[page.slug.value] {
                log.error("slug '\(page.slug.value)' is already used by \(other)", at: page.slug.mark)
            } else {
                pageSlugs[page.slug.value] = page.path
            }
            if (!page.draft || options.includeDrafts), !log.hasErrors { outcome.pages.append(page) }
            outcome.diagnostics += log.items
        }
        // A review kept back by an error still warns of its placeholders: it is published once fixed.
        outcome.diagnostics += DraftMarker.warnings(reviews: visible, pages: outcome.pages)
        return outcome
    }

    /// Drafts and scheduled reviews are left out unless the options ask for them.
    func includes(_ review: Review) -> Bool {
        (!review.draft || options.includeDrafts) && (review.published.value.epochSeconds <= now || options.includeFuture)
    }

    private func check(_ review: Review, log: DiagnosticLog, visibleSlugs: Set<String>, allSlugs: Set<String>) {
        let config = site.config
        let verdictKeys = config.verdicts.map(\.key)
        func checkRating(_ rating: Located<String>) {
            // An empty rating stands in for one that could not be read (already reported).
            if !rating.value.isEmpty, config.verdict(rating.value) == nil {
                log.error(
                    "unknown verdict '\(rating.value)'; site.yaml defines \(verdictKeys.joined(separator: ", "))"
                        + Suggestion.hint(for: rating.value, in: verdictKeys),
                    at: rating.mark)
            }
        }
        if review.verdict.rating.value == SiteConfig.automaticRating {
            checkAutomatic(review, log: log)
        } else {
            checkRating(review.verdict.rating)
        }
        review.history.forEach { checkRating($0.rating) }

        let authorKeys = config.authors.map(\.key)
        for author in review.authors where config.author(author.value) == nil {
            log.error(
                "unknown author '\(author.value)'; add it under 'authors' in site.yaml" + Suggestion.hint(for: author.value, in: authorKeys),
                at: author.mark)
        }

        let sourceIDs = review.sources.map(\.id.value)
        func checkSources(_ ids: [Located<String>]) {
            for id in ids where review.source(id.value) == nil {
                log.error("unknown source '\(id.value)'" + Suggestion.hint(for: id.value, in: sourceIDs), at: id.mark)
            }
        }
        review.faq.forEach { checkSources($0.sources) }
        for comparison in review.comparisons {
            checkSources(comparison.rows.flatMap { $0.compactMap(\.source) })
        }
        if let scorecard = review.scorecard {
            review.scorecard?.answers.forEach { checkSources($0.sources) }
            check(scorecard, log: log)
        }

        for alternative in review.alternatives {
            guard let slug = alternative.review, !site.unreadReviewSlugs.contains(slug.value) else { continue }
            if !allSlugs.contains(slug.value) {
                log.error(
                    "unknown review '\(slug.value)' in alternatives" + Suggestion.hint(for: slug.value, in: allSlugs.sorted()),
                    at: slug.mark)
            } else if !visibleSlugs.contains(slug.value), includes(review) {
                log.error("the alternative '\(slug.value)' is a draft or scheduled review and is not published in this build", at: slug.mark)
            }
        }

        if let affiliate = review.affiliate, !affiliate.links.isEmpty, review.disclosure(in: site.config).isEmpty {
            log.error(
                "this review has affiliate links but no disclosure: set 'affiliate.disclosure' or 'disclosure.text' in site.yaml",
                at: affiliate.mark.mark)
        }

        // Warnings about what was read are given even when another field has an error,
        // so one run shows both; none is given about a field that could not be read.
        if !review.unread.contains(.sources), !review.sources.contains(where: { $0.kind == "privacy-policy" }),
            let first = review.sources.first
        {
            log.warning("no source of kind 'privacy-policy': a privacy review should cite the policy it reviews", at: first.id.mark)
        }
        if let days = review.staleDays(now: now, limit: site.config.staleAfterDays), let checked = review.sourcesChecked {
            log.warning(
                "sources were last checked on \(checked.dateString), \(days) days ago (stale_after_days is \(site.config.staleAfterDays))",
                at: review.reviewed?.mark ?? review.published.mark)
        }
    }

    private func check(_ scorecard: Review.Scorecard, log: DiagnosticLog) {
        guard let rubric = site.rubric(scorecard.rubric.value) else {
            // A rubric file that cannot be read has its own error.
            if site.unreadRubricKeys.contains(scorecard.rubric.value) { return }
            let keys = site.rubrics.map(\.key)
            log.error(
                "unknown rubric '\(scorecard.rubric.value)'; rubrics live in content/rubrics/<key>.yaml"
                    + Suggestion.hint(for: scorecard.rubric.value, in: keys),
                at: scorecard.rubric.mark)
            return
        }
        let criterionKeys = rubric.criteria.map(\.key)
        // A misspelt key is one mistake: "did you mean" names the criterion, which is
        // then not also reported as unanswered.
        var suggested: Set<String> = []
        for answer in scorecard.answers {
            guard let criterion = rubric.criterion(answer.criterion.value) else {
                let closest = Suggestion.closest(to: answer.criterion.value, in: criterionKeys)
                if let closest { suggested.insert(closest) }
                log.error(
                    "rubric '\(rubric.key)' has no criterion '\(answer.criterion.value)'"
                        + Suggestion.hint(for: answer.criterion.value, in: criterionKeys),
                    at: answer.criterion.mark)
                continue
            }
            if let option = answer.option, criterion.option(option.value) == nil, !Review.reservedAnswers.contains(option.value) {
                let optionKeys = criterion.options.map(\.key)
                log.error(
                    "'\(option.value)' is not an option of '\(criterion.key)'; choose one of "
                        + (optionKeys + Review.reservedAnswers).joined(separator: ", ") + Self.optionHint(option.value, in: optionKeys),
                    at: option.mark)
            }
        }
        let answered = Set(scorecard.answers.map(\.criterion.value))
        for criterion in rubric.criteria where !answered.contains(criterion.key) && !suggested.contains(criterion.key) {
            log.error("the scorecard does not answer criterion '\(criterion.key)' of rubric '\(rubric.key)'", at: scorecard.answersMark.mark)
        }
    }

    /// A category no other review uses and site.yaml does not define is allowed, but
    /// when it is a slip of a known one ("ai-asistant") it would quietly make a page of
    /// its own: a warning names the known one.
    private func checkCategory(of review: Review, use: [String: Int], known: [String], log: DiagnosticLog) {
        guard let category = review.product.categoryKey, use[category.value] == 1, site.config.category(category.value) == nil,
            site.rubric(category.value) == nil
        else { return }
        let hint = Suggestion.hint(for: category.value, in: known)
        guard !hint.isEmpty else { return }
        log.warning(
            "category '\(category.value)' is not in site.yaml and no other review uses it, so it gets a page of its own" + hint,
            at: category.mark)
    }

    /// "Did you mean" for an unknown option. A slip on a reserved answer (`N/A`, `NA`,
    /// `unkown`) is only ever pointed at that answer, never at an option that happens to
    /// be close (`'N/A'` must not suggest `'no'`).
    static func optionHint(_ value: String, in options: [String]) -> String {
        if let reserved = Review.reservedAnswer(like: value, typos: true) { return "; did you mean '\(reserved)'?" }
        return Suggestion.hint(for: value, in: options)
    }

    /// `rating: auto` needs a score that earns a verdict.
    private func checkAutomatic(_ review: Review, log: DiagnosticLog) {
        let rating = review.verdict.rating
        let config = site.config
        let thresholds = config.verdicts.compactMap { verdict in verdict.minScore.map { "\(verdict.key) from \($0)" } }
        guard !thresholds.isEmpty else {
            log.error(
                "'rating: auto' needs verdicts with a 'min_score' in site.yaml; none has one", at: rating.mark)
            return
        }
        guard let scorecard = review.scorecard else {
            log.error("'rating: auto' takes the verdict from the score, and this review has no scorecard", at: rating.mark)
            return
        }
        // An unknown rubric, a missing answer or an unknown option is reported by the scorecard check.
        guard let rubric = site.rubric(scorecard.rubric.value) else { return }
        let assessment = review.assessment(in: site)
        if assessment.withheld, let coverage = assessment.coverage {
            log.error(
                "'rating: auto' needs a score, and this one is withheld: \(coverage.text), below scoring.min_coverage"
                    + " \(config.minCoverage); cite evidence or choose the verdict yourself",
                at: rating.mark)
            return
        }
        guard let score = assessment.computedScore else {
            let answered = rubric.criteria.allSatisfy { criterion in
                scorecard.answers.contains { answer in
                    guard answer.criterion.value == criterion.key, let option = answer.option?.value else { return false }
                    return criterion.option(option) != nil || Review.reservedAnswers.contains(option)
                }
            }
            if answered {
                log.error("'rating: auto' needs a score, and every answer is n/a or unknown; choose the verdict yourself", at: rating.mark)
            }
            return
        }
        if config.verdict(for: score) == nil {
            log.error(
                "the score \(score) reaches no verdict's min_score (\(thresholds.joined(separator: ", "))); give the lowest"
                    + " verdict 'min_score: 0' or choose the verdict yourself",
                at: rating.mark)
        }
    }

    /// What site.yaml says about reviews: category picks.
    private func checkConfig(visible: [Review]) -> [Diagnostic] {
        let log = DiagnosticLog(path: site.config.path)
        let byslug = Dictionary(visible.map { ($0.slug.value, $0) }, uniquingKeysWith: { first, _ in first })
        for category in site.config.categories {
            for pick in category.picks where !site.unreadReviewSlugs.contains(pick.value) {
                guard let review = byslug[pick.value] else {
                    let candidates = visible.filter { $0.product.category == category.key }.map(\.slug.value)
                    let known = site.reviews.contains { $0.slug.value == pick.value }
                    log.error(
                        known
                            ? "the pick '\(pick.value)' is a draft or scheduled review and is not published in this build"
                            : "unknown review '\(pick.value)' in the picks of '\(category.key)'"
                                + Suggestion.hint(for: pick.value, in: candidates.isEmpty ? visible.map(\.slug.value) : candidates),
                        at: pick.mark)
                    continue
                }
                if review.product.category != category.key {
                    log.error(
                        "the pick '\(pick.value)' is in the category '\(review.product.category ?? "none")', not '\(category.key)'",
                        at: pick.mark)
                }
            }
        }
        return log.items
    }
}
