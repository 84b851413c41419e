/// Makes GitHub-style heading ids: lower case, letters, digits, `-` and `_` kept,
/// spaces turned into `-`, everything else dropped; repeats get `-1`, `-2`, …
struct HeadingSlugger {
    private var used: Set<String>
    /// The last suffix tried for each base, so n repeats of one heading cost O(n).
    private var counters: [String: Int] = [:]

    init(reserved: Set<String>) {
        self.used = reserved
    }

    mutating func id(for text: String) -> String {
        var base = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " || scalar == "-" {
                base.unicodeScalars.append("-")
            } else if scalar.isASCII {
                // ASCII needs no Unicode property lookup.
                if scalar == "_" || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                    base.unicodeScalars.append(scalar)
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                base.unicodeScalars.append(scalar)
            }
        }
        if base.isEmpty { base = "section" }
        var candidate = base
        var counter = counters[base] ?? 0
        while used.contains(candidate) {
            counter += 1
            candidate = "\(base)-\(counter)"
        }
        counters[base] = counter
        used.insert(candidate)
        return candidate
    }
}
