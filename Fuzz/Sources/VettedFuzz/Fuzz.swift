import CFuzzDriver
import Foundation
@_spi(Fuzzing) import VettedCore

/// The seed site's files and the folder each run builds in, set once before fuzzing.
nonisolated(unsafe) private var seeds: [String: [UInt8]] = [:]
nonisolated(unsafe) private var folder = ""

/// Runs libFuzzer over the whole pipeline: `VETTED_FUZZ_SEEDS` names the seed site
/// (default `Fuzz/seed-site`); every libFuzzer option works as usual.
@main
enum VettedFuzz {
    static func main() {
        let site = ProcessInfo.processInfo.environment["VETTED_FUZZ_SEEDS"] ?? "Fuzz/seed-site"
        seeds = PipelineFuzzer.seeds(from: site)
        guard seeds.count == PipelineFuzzer.files.count else {
            FileHandle.standardError.write(Data("vetted-fuzz: \(site) must hold \(PipelineFuzzer.files.joined(separator: ", "))\n".utf8))
            exit(2)
        }
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        folder = "\(base)/vetted-fuzz-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            testOneInput(data, size)
        }
        exit(status)
    }
}

/// One input: the whole pipeline, then every promise checked; a broken one aborts, so
/// libFuzzer keeps the input.
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let broken = PipelineFuzzer.run(input, in: folder, seeds: seeds)
    if !broken.isEmpty {
        FileHandle.standardError.write(Data(("vetted-fuzz: " + broken.joined(separator: "\nvetted-fuzz: ") + "\n").utf8))
        abort()
    }
    return 0
}
