import Foundation

extension Slug {
    /// Latin letters without a decomposition, spelt as ASCII the way their languages
    /// do without the letter (German `ß` → `ss`, Danish `ø` → `o`, Polish `ł` → `l`).
    static let latinLetters: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
        "ħ": "h", "ı": "i", "ŧ": "t", "ŋ": "ng", "ə": "e", "ƒ": "f", "ɨ": "i", "ʉ": "u",
    ]

    /// The text lower-cased with every Latin letter as plain ASCII: the compatibility
    /// decomposition splits `é` into `e` and an accent and `ﬁ` into `fi`; accents are
    /// dropped, and the letters no decomposition reaches come from `latinLetters`.
    /// Everything else (other scripts, symbols) is kept, for `make` to turn into `-`.
    ///
    /// Foundation's `applyingTransform(.toLatin)` is not used: on Linux it leaves
    /// `ø` and `ł` as they are, spells Cyrillic by ISO 9 (`Яндекс` → `ândeks`) and
    /// reads Japanese kanji as Mandarin (`東京` → `dōng jīng`), a slug no one expects.
    static func latinFolded(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            if scalar.isASCII {
                out.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if let ascii = latinLetters[scalar] {
                out.append(contentsOf: ascii.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
