/// Positions in a text by character index, counting only `\n`, `\r\n` and `\r` as line
/// breaks. libyaml also breaks lines at U+0085, U+2028 and U+2029, which editors do
/// not, so its line numbers drift after one; its character index does not.
struct LineTable {
    /// The character index at which each line starts.
    private let starts: [Int]

    init(_ text: String) {
        var text = text
        starts = text.withUTF8 { bytes in
            var starts = [0]
            var index = 0
            var previousWasCR = false
            for byte in bytes where (byte & 0xC0) != 0x80 {
                // One step per character: every byte but a UTF-8 continuation byte starts one.
                index += 1
                if byte == 10 {
                    if previousWasCR { starts[starts.count - 1] = index } else { starts.append(index) }
                } else if byte == 13 {
                    starts.append(index)
                }
                previousWasCR = byte == 13
            }
            return starts
        }
    }

    /// The 1-based line and column of a 0-based character index.
    func position(of index: Int) -> (line: Int, column: Int) {
        // The last line start at or before the index.
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return (low + 1, index - starts[low] + 1)
    }
}
