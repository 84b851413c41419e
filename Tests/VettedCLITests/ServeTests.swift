import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `vetted serve` as a user runs it: the binary, a port, Ctrl-C.
@Suite(.serialized) struct ServeTests {
    /// Starts `vetted serve` and returns the process and the port it printed.
    static func start(_ arguments: [String], site: String) throws -> (Process, Pipe, Int) {
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = ["serve", "--site", site] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let line = String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
        let port = line.firstMatch(of: /:(\d+)\//).flatMap { Int($0.1) } ?? 0
        return (process, out, port)
    }

    /// Opens the live-reload event stream, as a browser tab does, and keeps it open.
    static func openEventStream(port: Int) -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        let request = "GET /__vetted/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        _ = request.withCString { send(socket, $0, strlen($0), 0) }
        return socket
    }

    static func waitForExit(_ process: Process, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        return !process.isRunning
    }

    @Test func ctrlCStopsCleanlyEvenWithATabOpen() throws {
        let site = try CLITests.makeSite(review: CLITests.review)
        defer { try? FileManager.default.removeItem(atPath: site) }
        let (process, out, port) = try Self.start(["--port", "0"], site: site)
        #expect(port > 0)
        let socket = Self.openEventStream(port: port)
        defer { close(socket) }
        Thread.sleep(forTimeInterval: 0.3)
        process.interrupt()
        let exited = Self.waitForExit(process, seconds: 5)
        #expect(exited, "the server did not stop within 5 s of Ctrl-C")
        if !exited { process.terminate() }
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).contains("stopped"))
    }

    @Test func aPortInUseIsAOneLineError() throws {
        let site = try CLITests.makeSite(review: CLITests.review)
        defer { try? FileManager.default.removeItem(atPath: site) }
        let (first, _, port) = try Self.start(["--port", "0"], site: site)
        defer {
            first.interrupt()
            _ = Self.waitForExit(first, seconds: 5)
        }
        let second = try CLITests.run(["serve", "--site", site, "--port", String(port)])
        #expect(second.status == 2)
        #expect(second.stderr.hasSuffix(
            "error: port \(port) on 127.0.0.1 is already in use; stop the other server or pick another with --port\n"))
        #expect(!second.stderr.contains("NIO"))
    }
}
