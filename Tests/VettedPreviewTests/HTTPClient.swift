import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a socket, for tests against the preview server:
/// one request per connection, with a deadline so no test can hang.
struct HTTPClient {
    let port: Int

    struct Reply {
        let status: Int
        let headers: [String: String]
        let body: String
    }

    func get(_ path: String, headers: [String: String] = [:], timeout: Double = 5) throws -> Reply {
        try request("GET", path, headers: headers, timeout: timeout)
    }

    func request(_ method: String, _ path: String, headers: [String: String] = [:], timeout: Double = 5) throws -> Reply {
        let socket = try connect(timeout: timeout)
        defer { close(socket) }
        var request = "\(method) \(path) HTTP/1.1\r\nConnection: close\r\n"
        if headers["Host"] == nil { request += "Host: 127.0.0.1:\(port)\r\n" }
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        request += "\r\n"
        _ = request.withCString { send(socket, $0, strlen($0), 0) }
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            data += buffer[0..<count]
        }
        return parse(String(decoding: data, as: UTF8.self))
    }

    /// Opens the event stream and waits for the first `data:` line for which `until` holds.
    func waitForEvent(timeout: Double = 10, until: (String) -> Bool) throws -> String? {
        let socket = try connect(timeout: 0.5)
        defer { close(socket) }
        let request = "GET /__vetted/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
        _ = request.withCString { send(socket, $0, strlen($0), 0) }
        let deadline = Date().addingTimeInterval(timeout)
        var text = ""
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count > 0 {
                text += String(decoding: buffer[0..<count], as: UTF8.self)
                // "\r\n" is one Character in Swift: split on code units instead.
                for line in text.unicodeScalars.split(separator: "\n").map(String.init) where line.hasPrefix("data: ") {
                    let value = String(line.dropFirst(6))
                    if until(value) { return value }
                }
            } else if count == 0 {
                return nil
            }
        }
        return nil
    }

    private func connect(timeout: Double) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var time = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1_000_000))
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(socket)
            throw CocoaError(.fileReadUnknown)
        }
        return socket
    }

    private func parse(_ text: String) -> Reply {
        let parts = text.components(separatedBy: "\r\n\r\n")
        let head = parts.first ?? ""
        var lines = head.components(separatedBy: "\r\n")
        let status = Int(lines.removeFirst().split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = parts.dropFirst().joined(separator: "\r\n\r\n")
        if headers["transfer-encoding"] == "chunked" { body = Self.unchunk(body) }
        return Reply(status: status, headers: headers, body: body)
    }

    private static func unchunk(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let end = rest.range(of: "\r\n") {
            guard let size = Int(rest[..<end.lowerBound], radix: 16), size > 0 else { break }
            let start = end.upperBound
            let utf8 = rest.utf8
            guard let stop = utf8.index(start, offsetBy: size, limitedBy: utf8.endIndex) else { break }
            out += rest[start..<stop]
            rest = rest[stop...].dropFirst(2)
        }
        return out
    }
}
