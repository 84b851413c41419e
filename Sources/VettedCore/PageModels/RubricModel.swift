import VettedTemplates

/// A rubric's page (`rubric` template): every criterion with its question, why it
/// matters, how to verify it, and each answer with its points and meaning.
struct RubricModel: TemplateModel {
    struct Option: TemplateModel {
        let key: String
        let label: String
        let percent: Int
        /// The points the answer earns out of the criterion's.
        let points: String
        let meaningHTML: String?

        var templateValue: TemplateValue {
            var fields = TemplateFields()
            fields.text("key", key)
            fields.text("label", label)
            fields.text("percent", String(percent))
            fields.text("points", points)
            fields.text("meaning_html", meaningHTML)
            return fields.value
        }
    }

    struct Criterion: TemplateModel {
        /// The criterion's key: its anchor on the page.
        let id: String
        let label: String
        let points: Int
        let questionHTML: String?
        let whyHTML: String?
        let verifyHTML: String?
        let options: [Option]

        var templateValue: TemplateValue {
            var fields = TemplateFields()
            fields.text("id", id)
            fields.text("label", label)
            fields.text("points", String(points))
            fields.text("question_html", questionHTML)
            fields.text("why_html", whyHTML)
            fields.text("verify_html", verifyHTML)
            fields.list("options", options)
            return fields.value
        }
    }

    let title: String
    let description: String
    let url: String
    let totalPoints: Int
    let criteria: [Criterion]

    var templateValue: TemplateValue {
        var fields = TemplateFields.page(title: title, description: description, url: url)
        fields.text("total_points", String(totalPoints))
        fields.list("criteria", criteria)
        return fields.value
    }
}
