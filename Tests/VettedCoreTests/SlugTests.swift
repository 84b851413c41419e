import Foundation
import Testing
@testable import VettedCore

@Suite struct SlugTests {
    @Test(arguments: [
        ("Café Privé", "cafe-prive"),
        ("Ünïcode App!!", "unicode-app"),
        ("Straße", "strasse"),
        ("Søren", "soren"),
        ("Łódź", "lodz"),
        ("Æther Œuvre", "aether-oeuvre"),
        ("Đorđe Þór", "dorde-thor"),
        ("İstanbul", "istanbul"),
        ("ﬁne Ｆｕｌｌ", "fine-full"),
        ("Proton Lumo 2", "proton-lumo-2"),
        ("日本語 App", "app"),
        ("日本語", ""),
        ("!!! ???", ""),
    ])
    func latinLettersLoseTheirAccentsAndOtherScriptsAreLeftOut(name: String, slug: String) {
        #expect(Slug.make(name) == slug)
    }

    /// The ASCII fast path and the Unicode path agree on ASCII text.
    @Test func asciiTextGivesTheSameSlugEitherWay() {
        for text in ["Proton Lumo", "  --A  b--", "x.y_z", "Éa b"] {
            let ascii = text.replacingOccurrences(of: "É", with: "E")
            #expect(Slug.make(text) == Slug.make(ascii))
        }
    }
}
