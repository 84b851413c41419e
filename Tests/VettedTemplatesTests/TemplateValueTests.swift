import Testing
import VettedTemplates

@Suite struct TemplateValueTests {
    @Test func valuesCompareByContent() {
        #expect(TemplateValue.object(["a": .text("x")]) == .object(["a": .text("x")]))
        #expect(TemplateValue.list([.int(1)]) != .list([.bool(true)]))
    }
}
