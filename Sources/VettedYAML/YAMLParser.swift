internal import CYAML

/// Reads one YAML document into a `Node` tree. All libyaml calls live in this file.
///
/// Aliases are resolved by sharing the anchored node; a document whose aliases
/// expand to more than `maxNodes` nodes, or that nests deeper than `maxDepth`, is an
/// error rather than a hang. Duplicate mapping keys are errors. `<<` merge keys are
/// honoured.
public struct YAMLParser: Sendable {
    /// The largest number of nodes a document may expand to through aliases.
    public var maxNodes: Int
    /// The deepest nesting of lists and mappings allowed.
    public var maxDepth: Int

    /// The version of the libyaml library linked in, e.g. `0.2.5`.
    public static var libraryVersion: String { String(cString: yaml_get_version_string()) }

    public init(maxNodes: Int = 100_000, maxDepth: Int = 64) {
        self.maxNodes = maxNodes
        self.maxDepth = maxDepth
    }

    /// Parses a YAML text holding at most one document.
    /// - Parameters:
    ///   - text: the YAML.
    ///   - lineOffset: added to every line, for YAML that starts below line 1 of its
    ///     file (front matter), so every position and message points into the file.
    /// - Returns: the root node, or nil when the text holds no document at all.
    /// - Throws: `YAMLError` with the 1-based position of the first problem.
    public func parse(_ text: String, lineOffset: Int = 0) throws(YAMLError) -> Node? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError(mark: Mark(line: 1, column: 1), message: "the YAML parser could not start")
        }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        bytes.append(0)
        let lines = LineTable(text)
        return try bytes.withUnsafeBufferPointer { buffer throws(YAMLError) -> Node? in
            guard let base = buffer.baseAddress else { return nil }
            yaml_parser_set_input_string(&parser, base, buffer.count - 1)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var builder = TreeBuilder(maxNodes: maxNodes, maxDepth: maxDepth)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw Self.error(of: parser, text: text, lines: lines, lineOffset: lineOffset)
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                try builder.handle(Self.translate(event, lines: lines, lineOffset: lineOffset))
            }
            return builder.root
        }
    }

    /// libyaml's character index, placed with Vetted's own line breaks.
    private static func mark(_ mark: yaml_mark_t, lines: LineTable, lineOffset: Int) -> Mark {
        let position = lines.position(of: Int(mark.index))
        return Mark(line: position.line + lineOffset, column: position.column)
    }

    private static func string(_ pointer: UnsafePointer<UInt8>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    /// libyaml's failure, explained in the author's words by looking at the text around it.
    private static func error(of parser: yaml_parser_t, text: String, lines: LineTable, lineOffset: Int) -> YAMLError {
        var problem = SyntaxProblem(
            problem: string(parser.problem.map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) })
                ?? "the YAML could not be read",
            problemIndex: Int(parser.problem_mark.index),
            context: string(parser.context.map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) }),
            contextIndex: Int(parser.context_mark.index))
        problem.lineOffset = lineOffset
        let explained = problem.explained(in: SourceView(text))
        let position = lines.position(of: explained.index)
        return YAMLError(mark: Mark(line: position.line + lineOffset, column: position.column), message: explained.message)
    }

    /// Copies what the builder needs out of a libyaml event.
    private static func translate(_ event: yaml_event_t, lines: LineTable, lineOffset: Int) -> TreeBuilder.Event {
        let start = mark(event.start_mark, lines: lines, lineOffset: lineOffset)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart(start)
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let value: String
            if let pointer = data.value {
                value = String(decoding: UnsafeBufferPointer(start: pointer, count: Int(data.length)), as: UTF8.self)
            } else {
                value = ""
            }
            let style: Node.ScalarStyle
            switch data.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: style = .literal
            case YAML_FOLDED_SCALAR_STYLE: style = .folded
            default: style = .plain
            }
            return .scalar(value, style, anchor: string(data.anchor), tag: string(data.tag), start)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            return .sequenceStart(anchor: string(data.anchor), tag: string(data.tag), start)
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            return .mappingStart(anchor: string(data.anchor), tag: string(data.tag), start)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            return .end
        case YAML_ALIAS_EVENT:
            return .alias(string(event.data.alias.anchor) ?? "", start)
        default:
            return .ignored
        }
    }
}
