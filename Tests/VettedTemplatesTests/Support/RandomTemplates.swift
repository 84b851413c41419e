import VettedTemplates

/// A small, fast, seeded generator (SplitMix64), so every case can be replayed from its seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }

    mutating func pick<T>(_ options: [T]) -> T { options[Int.random(in: 0..<options.count, using: &self)] }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
}

/// Random values over a small set of keys, so that random templates find them often.
struct RandomValues {
    static let keys = ["a", "b", "t", "n", "l", "o", "x", "flag", "items"]
    static let texts = ["", "a", "x y", "<&\"'>", "hello wORLD", "ǆx é", "e\u{301}", "\"\u{301}q", "line\nbreak", "0", " "]

    static func root(_ rng: inout SeededGenerator) -> TemplateValue {
        var fields: [String: TemplateValue] = [:]
        for key in keys where rng.chance(0.75) { fields[key] = value(&rng, depth: 0, key: key) }
        return .object(fields)
    }

    static func value(_ rng: inout SeededGenerator, depth: Int, key: String? = nil) -> TemplateValue {
        // Some keys mostly hold the same kind of value, which makes sections meaningful.
        switch (key, rng.int(0...3)) {
        case ("t", 0...2): return .text(rng.pick(texts))
        case ("n", 0...2): return .int(rng.pick([0, 1, 2, -3, 10, 41]))
        case ("flag", 0...2): return .bool(rng.chance(0.5))
        case ("l", 0...2), ("items", 0...2): return list(&rng, depth: depth)
        case ("o", 0...2): return object(&rng, depth: depth)
        default: break
        }
        let kinds = depth >= 3 ? 3 : 5
        switch rng.int(0...(kinds - 1)) {
        case 0: return .text(rng.pick(texts))
        case 1: return .bool(rng.chance(0.5))
        case 2: return .int(rng.pick([0, 1, 2, -3, 10, 41]))
        case 3: return list(&rng, depth: depth)
        default: return object(&rng, depth: depth)
        }
    }

    private static func list(_ rng: inout SeededGenerator, depth: Int) -> TemplateValue {
        guard depth < 3 else { return .list([]) }
        let count = rng.pick([0, 1, 2, 3, 3])
        return .list((0..<count).map { _ in
            rng.chance(0.5) ? object(&rng, depth: depth + 1) : value(&rng, depth: depth + 1)
        })
    }

    private static func object(_ rng: inout SeededGenerator, depth: Int) -> TemplateValue {
        guard depth < 3 else { return .object([:]) }
        var fields: [String: TemplateValue] = [:]
        for key in keys where rng.chance(0.3) { fields[key] = value(&rng, depth: depth + 1, key: key) }
        return .object(fields)
    }
}

/// Random sets of templates that include each other: `main` may use the others as
/// partials or parents, `base` may include `p1` and `dir/p2`, `p1` may include
/// `dir/p2`, so there are no include cycles. Block fillings contain no partials,
/// parents or blocks, so no filling can render itself (swift-mustache would recurse
/// until it crashed).
struct RandomTemplates {
    var rng: SeededGenerator

    /// Delimiter pairs a set-delimiter tag may switch to. None is one character long:
    /// swift-mustache crashes on a section closed right after its opening tag then
    /// (it steps back two characters from the closing tag to record the section's text).
    static let delimiters: [(String, String)] = [("{{", "}}"), ("<%", "%>"), ("{%", "%}"), ("[[", "]]"), ("<<", ">>")]
    static let blockNames = ["blk", "title", "content"]

    /// What a piece of content may contain.
    struct Scope {
        var open = "{{"
        var close = "}}"
        var partials: [String] = []
        var parents: [String] = []
        var blocks = false
        var depth = 0
    }

    mutating func templateSet() -> [(name: String, text: String)] {
        let p2 = content(Scope(blocks: true))
        let p1 = content(Scope(partials: ["dir/p2"], blocks: true))
        let base = content(Scope(partials: ["p1", "dir/p2"], parents: ["p1"], blocks: true))
        let main = content(Scope(partials: ["p1", "dir/p2"], parents: ["base", "p1", "dir/p2"], blocks: true))
        return [("main", main), ("base", base), ("p1", p1), ("dir/p2", p2)]
    }

    /// A run of content; set-delimiter tags change the scope's delimiters for what follows.
    mutating func content(_ initial: Scope) -> String {
        var scope = initial
        return content(&scope)
    }

    private mutating func content(_ scope: inout Scope) -> String {
        var text = ""
        for _ in 0..<rng.int(0...(scope.depth == 0 ? 9 : 4)) {
            text += element(&scope)
        }
        return text
    }

    private mutating func element(_ scope: inout Scope) -> String {
        let lineStart = rng.chance(0.35)
        let indent = lineStart ? rng.pick(["", "", " ", "  ", "\t", " \t "]) : ""
        let prefix = lineStart ? "\n" + indent : ""
        let suffix = lineStart && rng.chance(0.6) ? rng.pick(["\n", "\n", "\r\n", " \n", "  "]) : ""
        switch rng.int(0...15) {
        case 0...2:
            return prefix + plainText(scope) + suffix
        case 3...5:
            return prefix + variable(scope) + suffix
        case 6...7 where scope.depth < 3:
            return prefix + section(&scope, indent: indent, lineStart: lineStart) + suffix
        case 8:
            let body = rng.pick(["", " c ", "x\ny", " {{a}} ", "!"])
            return prefix + scope.open + "!" + body + scope.close + suffix
        case 9 where rng.chance(0.5):
            let (open, close) = rng.pick(Self.delimiters)
            let spaced = rng.chance(0.3)
            let tag = scope.open + "=" + (spaced ? " " : "") + open + " " + close + (spaced ? " " : "") + "=" + scope.close
            scope.open = open
            scope.close = close
            return prefix + tag + suffix
        case 10...11 where !scope.partials.isEmpty:
            let space = rng.chance(0.3) ? " " : ""
            return prefix + scope.open + ">" + space + rng.pick(scope.partials) + space + scope.close + suffix
        case 12 where scope.blocks && scope.depth < 3:
            var inner = scope
            inner.depth += 1
            let name = rng.pick(Self.blockNames)
            let body = content(&inner)
            return prefix + scope.open + "$" + name + scope.close + body + inner.open + "/" + name + inner.close + suffix
        case 13 where !scope.parents.isEmpty && scope.depth < 2:
            return prefix + parent(scope) + suffix
        case 14:
            return rng.pick(["\n", "\n", "\r\n", "  \n", "\t", " "])
        default:
            return prefix + variable(scope) + suffix
        }
    }

    private mutating func plainText(_ scope: Scope) -> String {
        // A combining mark after a tag joins its last character (swift-mustache reads characters).
        rng.pick(["x", "a b", "<&\"'>", " ", "  ", "{", "}", "é", "e\u{301}", "\u{301}a", "=", "%", "|", "<", ">", "]", "\u{2028}", "\r", ".", "ok\n"])
    }

    private mutating func variable(_ scope: Scope) -> String {
        let name = self.name()
        let space = rng.chance(0.2) ? " " : ""
        switch rng.int(0...5) {
        case 0:
            // With other delimiters the third brace follows the closing delimiter: <%{name%>}.
            return scope.open + "{" + space + name + space + scope.close + "}"
        case 1:
            return scope.open + "&" + space + name + space + scope.close
        default:
            return scope.open + space + name + space + scope.close
        }
    }

    private mutating func section(_ scope: inout Scope, indent: String, lineStart: Bool) -> String {
        let sigil = rng.chance(0.6) ? "#" : "^"
        let name = sectionName()
        var inner = scope
        inner.depth += 1
        let standaloneOpen = lineStart && rng.chance(0.6)
        let body = (standaloneOpen ? "\n" : "") + content(&inner)
        let closeOnOwnLine = rng.chance(0.5) ? "\n" + rng.pick(["", " ", indent]) : ""
        return scope.open + sigil + name + scope.close + body + closeOnOwnLine + inner.open + "/" + name + inner.close
    }

    /// `{{<name}}`, blocks to fill (with text, values and sections only), `{{/name}}`.
    private mutating func parent(_ scope: Scope) -> String {
        let name = rng.pick(scope.parents)
        var text = scope.open + "<" + name + scope.close
        for _ in 0..<rng.int(0...3) {
            switch rng.int(0...5) {
            case 0: text += rng.pick(["\n", "  ", "\n  ", "junk"])
            case 1: text += scope.open + "! note " + scope.close
            case 2 where rng.chance(0.3):
                // After a set-delimiter tag in a parent, blocks no longer fill it (both refuse).
                text += scope.open + "=<% %>=" + scope.close
                return text + "<%$blk%>x<%/blk%><%/" + name + "%>"
            default:
                let block = rng.pick(Self.blockNames)
                // Now and then a filling includes a partial: the two may then render the
                // filling forever, which Vetted refuses and the test does not give swift-mustache.
                let partials = rng.chance(0.2) ? scope.partials : []
                var inner = Scope(open: scope.open, close: scope.close, partials: partials, depth: scope.depth + 1)
                let indent = rng.pick(["", "  ", "    "])
                let body = rng.chance(0.5) ? "\n" + indent + content(&inner) + "\n" : content(&inner)
                text += rng.pick(["", "\n", "\n  "]) + scope.open + "$" + block + scope.close + body + inner.open + "/" + block + inner.close
            }
        }
        return text + rng.pick(["", "\n"]) + scope.open + "/" + name + scope.close
    }

    private mutating func name() -> String {
        if rng.chance(0.2) {
            return rng.pick([
                "first()", "last()", "index()", "even()", "odd()", "plusone(index())", "empty(l)", "count(l)",
                "count(o)", "first(l)", "last(items)", "reversed(l)", "reversed(t)", "uppercased(t)", "lowercased(t)",
                "capitalized(t)", "empty(t)", "plusone(n)", "minusone(n)", "even(n)", "odd(n)", "equalzero(n)",
                "first(reversed(l))", "count(reversed(items))", "empty(o)", "uppercased(a)",
            ])
        }
        return rng.pick(["a", "b", "t", "n", "l", "o", "x", "flag", "items", "o.a", "o.t", "o.o.n", "items.a", ".", ".a", ".t", "a.", "missing", "o.l"])
    }

    private mutating func sectionName() -> String {
        if rng.chance(0.25) {
            return rng.pick([
                "first()", "last()", "even()", "odd()", "index()", "empty(l)", "empty(items)", "reversed(l)",
                "first(l)", "empty(t)", "empty(o)", "equalzero(n)", "count(l)", "reversed(items)",
            ])
        }
        return rng.pick(["a", "t", "n", "l", "o", "flag", "items", "o.o", "o.l", ".", "missing", "l", "items", "o"])
    }
}

/// Random edits of a template (characters dropped, doubled or inserted), to compare
/// how both parsers handle malformed text.
struct Mutation {
    static func apply(_ text: String, _ rng: inout SeededGenerator) -> String {
        var characters = Array(text)
        for _ in 0..<rng.int(1...3) {
            let index = characters.isEmpty ? 0 : rng.int(0...(characters.count - 1))
            switch rng.int(0...2) {
            case 0 where !characters.isEmpty:
                characters.remove(at: index)
            case 1 where !characters.isEmpty:
                characters.insert(characters[index], at: index)
            default:
                characters.insert(rng.pick(["{", "}", "#", "/", "=", " ", "\n", "(", ")", "!", "^", "$", "<", ">", "&"]), at: index)
            }
        }
        return String(characters)
    }
}
