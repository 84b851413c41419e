import Foundation
import Testing
@_spi(Fuzzing) @testable import VettedCore

/// The inputs that once crashed, stalled or misled a build, replayed through the
/// fuzzer's own harness (`scripts/fuzz` finds new ones; they are kept in Fuzz/regressions/).
@Suite struct FuzzRegressionTests {
    static let fuzz = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz").path

    static var regressions: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fuzz + "/regressions")) ?? []).sorted()
    }

    @Test func theSeedSiteBuildsCleanly() throws {
        let seeds = PipelineFuzzer.seeds(from: Self.fuzz + "/seed-site")
        #expect(seeds.count == PipelineFuzzer.files.count)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vetted-fuzz-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(PipelineFuzzer.run([], in: folder, seeds: seeds) == [])
        #expect(FileManager.default.fileExists(atPath: folder + "/public/reviews/fuzzed/index.html"))
    }

    @Test(arguments: regressions)
    func aRegressionInputKeepsEveryPromise(name: String) throws {
        let seeds = PipelineFuzzer.seeds(from: Self.fuzz + "/seed-site")
        let input = try #require(FileManager.default.contents(atPath: Self.fuzz + "/regressions/" + name))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vetted-fuzz-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(PipelineFuzzer.run([UInt8](input), in: folder, seeds: seeds) == [])
    }
}
