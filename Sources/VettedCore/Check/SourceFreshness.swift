import VettedYAML

/// `vetted check` warns about each source retrieved longer ago than
/// `stale_after_days`, naming the review and the source.
struct SourceFreshness {
    let site: Site
    let reviews: [Review]
    let now: Int

    func warnings() -> [Diagnostic] {
        let limit = site.config.staleAfterDays
        return reviews.flatMap { review in
            review.sources.compactMap { source -> Diagnostic? in
                // A date that could not be read has its own error and nothing else.
                guard let retrieved = source.retrievedDate else { return nil }
                let days = (now - retrieved.epochSeconds) / 86_400
                guard days > limit else { return nil }
                return Diagnostic(
                    .warning, path: review.path, line: source.id.mark.line, column: source.id.mark.column,
                    message: "source '\(source.id.value)' (\(source.title)) of '\(review.slug.value)' was retrieved on "
                        + "\(retrieved.dateString), \(days) days ago: check it again (stale_after_days is \(limit))")
            }
        }
    }
}
