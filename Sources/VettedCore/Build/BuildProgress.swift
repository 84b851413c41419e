/// How far a build has got, for a progress display.
public struct BuildProgress: Sendable {
    public enum Stage: String, Sendable {
        case reading, rendering, writing, indexing
    }

    public let stage: Stage
    public let done: Int
    public let total: Int
}
