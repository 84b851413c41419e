import VettedTemplates

/// Everything the review template shows about one review, as `page` (and `review`).
struct ReviewModel: TemplateModel {
    struct Product: TemplateModel {
        let name: String
        let vendor: String?
        let category: String?
        let categoryURL: String?
        /// Country names, comma-separated.
        let jurisdiction: String
        /// `name` and `url` of each jurisdiction.
        let jurisdictions: [LinkModel]
        let groups: [GroupModel]
        let url: String?
        let rel: String?

        var templateValue: TemplateValue {
            var fields = TemplateFields()
            fields.text("name", name)
            fields.text("vendor", vendor)
            fields.text("category", category)
            fields.text("category_url", categoryURL)
            fields.text("jurisdiction", jurisdiction)
            fields.list("jurisdictions", jurisdictions)
            fields.list("groups", groups)
            fields.text("url", url)
            fields.text("rel", rel)
            return fields.value
        }
    }

    struct Verdict: TemplateModel {
        let badge: BadgeModel
        let summaryHTML: String
        let warning: Bool
        /// The verdict follows the score (`rating: auto`).
        let automatic: Bool

        var templateValue: TemplateValue {
            var fields = TemplateFields()
            fields.merge(badge)
            fields.text("summary_html", summaryHTML)
            fields.flag("warning", warning)
            fields.flag("automatic", automatic)
            return fields.value
        }
    }

    struct ScorecardRow: TemplateModel {
        let criterion: String
        /// The criterion's entry on the rubric's page.
        let criterionURL: String
        let points: Int
        let option: String?
        let percent: Int?
        let tone: String?
        /// `n/a`: left out of the score.
        let notApplicable: Bool
        /// `unknown`: not checked yet, left out of the score.
        let unknown: Bool
        let noteHTML: String?
        /// Nil when the review does not answer the criterion.
        let sources: [LinkModel]?

        var templateValue: TemplateValue {
            var fields = TemplateFields()
            fields.text("criterion", criterion)
            fields.text("criterion_url", criterionURL)
            fields.flag("not_applicable", notApplicable)
            fields.flag("unknown", unknown)
            fields.text("points", String(points))
            fields.text("option", option)
            fields.text("percent", percent.map(String.init))
            fields.text("tone", tone)
            fields.text("note_html", noteHTML)
            if let sources { fields.list("sources", sources) }
            return fields.value
        }
    }

    struct Scorecard: TemplateModel {
        let rubric: String
        let rubricURL: String
        let rows: [ScorecardRow]

        var templateValue: TemplateValue {
            .object(["rubric": .text(rubric), "rubric_url": .text(rubricURL), "rows": .list(rows.map(\.templateValue))])
        }
    }


    struct ComparisonCell: TemplateModel {
        let text: String
        let tone: String?
        let header: Bool
        let sourceURL: String?

        var templateValue: TemplateValue {
            var fields = TemplateFields()
            fields.text("text", text)
            fields.text("tone", tone)
            fields.flag("header", header)
            fields.text("source_url", sourceURL)
            return fields.value
        }
    }

    struct Comparison: TemplateModel {
        let title: String
        let columns: [String]
        let rows: [[ComparisonCell]]

        var templateValue: TemplateValue {
            .object([
                "title": .text(title),
                "columns": .list(columns.map { .object(["name": .text($0)]) }),
                "rows": .list(rows.map { .object(["cells": .list($0.map(\.templateValue))]) }),
            ])
        }
    }

    struct Question: TemplateModel {
        let question: String
        let answerHTML: String
        let sources: [LinkModel]

        var templateValue: TemplateValue {
            .object(["question": .text(question), "answer_html": .text(answerHTML), "sources": .list(sources.map(\.templateValue))])
        }
    }

    struct Alternative: TemplateModel {
        let name: String
        /// The card of the alternative when it is reviewed on the site.
        let card: CardModel?
        let url: String?
        let rel: String?
        let noteHTML: String?

        var templateValue: TemplateValue {
            var fields = TemplateFields()
            if let card { fields.merge(card) }
            fields.text("name", name)
            fields.text("url", url)
            fields.text("rel", rel)
            fields.text("note_html", noteHTML)
            return fields.value
        }
    }

    struct Source: TemplateModel {
        let id: String
        let title: String
        let url: String?
        let kind: String
        let retrieved: String
        let effective: String?
        let rel: String?

        var templateValue: TemplateValue {
            var fields = TemplateFields()
            fields.text("id", id)
            fields.text("title", title)
            fields.text("url", url)
            fields.text("kind", kind)
            fields.text("retrieved", retrieved)
            fields.text("effective", effective)
            fields.text("rel", rel)
            return fields.value
        }
    }

    struct HistoryEntry: TemplateModel {
        let date: String
        let label: String
        let tone: String
        let noteHTML: String?

        var templateValue: TemplateValue {
            var fields = TemplateFields()
            fields.text("date", date)
            fields.text("label", label)
            fields.text("tone", tone)
            fields.text("note_html", noteHTML)
            return fields.value
        }
    }

    struct Author: TemplateModel {
        let name: String
        let bio: String?
        let url: String?

        var templateValue: TemplateValue {
            var fields = TemplateFields()
            fields.text("name", name)
            fields.text("bio", bio)
            fields.text("url", url)
            return fields.value
        }
    }

    let title: String
    let description: String
    let slug: String
    let url: String
    let product: Product
    let verdict: Verdict
    let score: String?
    /// The coverage is below `scoring.min_coverage`: "Not enough evidence", no score.
    let scoreWithheld: Bool
    /// "8 of 10 criteria with evidence".
    let coverage: String?
    /// Conflicts of interest, the review's own first, as inline HTML.
    let conflicts: [String]
    /// Every link cited as `evidence`, once each, checked on the review's `reviewed` date.
    let evidence: [LinkModel]
    let published: DateModel
    let updated: DateModel?
    let reviewed: DateModel?
    let staleDays: Int?
    let bodyHTML: String
    let toc: [HeadingModel]
    let scorecard: Scorecard?
    let comparisons: [Comparison]
    let faq: [Question]
    let jsonLD: String
    let publishedTime: String
    let modifiedTime: String
    let alternatives: [Alternative]
    let sources: [Source]
    let history: [HistoryEntry]
    let authors: [Author]
    /// `name` and `url` of each tag.
    let tags: [LinkModel]
    let badgeURL: String
    /// Card values of the related reviews.
    let related: [TemplateValue]
    let disclosure: DisclosureModel?

    var templateValue: TemplateValue {
        var fields = TemplateFields()
        fields.text("title", title)
        fields.text("description", description)
        fields.text("slug", slug)
        fields.text("url", url)
        fields.model("product", product)
        fields.model("verdict", verdict)
        fields.text("score", score)
        fields.flag("score_withheld", scoreWithheld)
        fields.text("coverage", coverage)
        fields.values("conflicts", conflicts.map { .object(["html": .text($0)]) })
        fields.list("evidence", evidence)
        fields.model("published", published)
        fields.model("updated", updated)
        fields.model("reviewed", reviewed)
        fields.text("stale_days", staleDays.map(String.init))
        fields.text("body_html", bodyHTML)
        fields.list("toc", toc)
        fields.model("scorecard", scorecard)
        fields.list("comparisons", comparisons)
        fields.list("faq", faq)
        fields.text("json_ld", jsonLD)
        fields.text("og_type", "article")
        fields.text("published_time", publishedTime)
        fields.text("modified_time", modifiedTime)
        fields.list("alternatives", alternatives)
        fields.list("sources", sources)
        fields.list("history", history)
        fields.list("authors", authors)
        fields.list("tags", tags)
        fields.text("badge_url", badgeURL)
        fields.values("related", related)
        fields.model("disclosure", disclosure)
        return fields.value
    }
}
