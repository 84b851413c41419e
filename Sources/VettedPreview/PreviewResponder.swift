import Foundation
import Hummingbird
import VettedCore

/// Answers requests from the in-memory build: files with their content type and
/// ETag, pretty URLs, the site's 404 page, the live-reload event stream, and the
/// error overlay while the content has errors.
struct PreviewResponder: Sendable {
    let state: PreviewState
    /// The address absolute links were built with; when the server listens on every
    /// interface (`0.0.0.0`), each response puts the address the browser used instead.
    var builtOrigin: String? = nil

    func respond(to request: Request) async throws -> Response {
        // A preview only shows pages: anything but GET and HEAD is refused.
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        let path = request.uri.path
        if path == PageDecorations.eventsPath { return events() }
        let snapshot = state.current
        let base = snapshot.output.basePath
        guard let key = RequestPath.key(for: path, under: base) else {
            // The site lives under its base path, as it will when published: the
            // server's root and the base path without its slash lead there.
            if path == "/" || path + "/" == base { return Response(status: .found, headers: [.location: base]) }
            return notFound(snapshot)
        }
        let files = snapshot.output.files
        let file: String
        if key.isEmpty || key.hasSuffix("/") {
            file = key + "index.html"
        } else if files[key] == nil, files[key + "/index.html"] != nil {
            // /reviews/x → /reviews/x/, as static hosts do.
            return Response(status: .movedPermanently, headers: [.location: path + "/"])
        } else {
            file = key
        }
        let isHTML = file.hasSuffix(".html")
        if snapshot.output.hasErrors, isHTML || files[file] == nil {
            return html(PageDecorations.overlay(snapshot.output.diagnostics, version: snapshot.version), status: .ok, etag: nil)
        }
        guard let bytes = files[file] else { return notFound(snapshot) }
        var body: [UInt8]
        if isHTML {
            let page = PageDecorations.decorate(
                String(decoding: bytes, as: UTF8.self), version: snapshot.version, draft: snapshot.output.unpublished.contains(file),
                searchPage: file == "search/index.html")
            body = Array(page.utf8)
        } else {
            body = bytes
        }
        if let builtOrigin, let host = Self.requestHost(request), ContentType.isText(file) {
            body = Self.replacing(Array(builtOrigin.utf8), with: Array("http://\(host)".utf8), in: body)
        }
        let etag = "\"\(Self.fingerprint(body))\""
        if request.headers[.ifNoneMatch] == etag {
            return Response(status: .notModified, headers: [.eTag: etag])
        }
        return Response(
            status: .ok,
            headers: [.contentType: ContentType.of(file), .eTag: etag, .cacheControl: "no-cache"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    private func notFound(_ snapshot: PreviewState.Snapshot) -> Response {
        if snapshot.output.hasErrors {
            return html(PageDecorations.overlay(snapshot.output.diagnostics, version: snapshot.version), status: .notFound, etag: nil)
        }
        let page = snapshot.output.files["404.html"].map { String(decoding: $0, as: UTF8.self) } ?? "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>"
        return html(PageDecorations.decorate(page, version: snapshot.version, draft: false), status: .notFound, etag: nil)
    }

    private func html(_ text: String, status: HTTPResponse.Status, etag: String?) -> Response {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache"]
        if let etag { headers[.eTag] = etag }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// Server-Sent Events: the current build version at once, then each new one, and a
    /// comment every 15 seconds so proxies keep the connection open.
    private func events() -> Response {
        let events = state.subscribe()
        let body = ResponseBody { writer in
            for await event in events {
                switch event {
                case .version(let version): try await writer.write(ByteBuffer(string: "data: \(version)\n\n"))
                case .keepAlive: try await writer.write(ByteBuffer(string: ": keep-alive\n\n"))
                }
            }
            try await writer.finish(nil)
        }
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
            body: body)
    }

    /// The Host header, when it is a plain host and port (nothing that could break out of a URL).
    static func requestHost(_ request: Request) -> String? {
        guard let host = request.head.authority, !host.isEmpty, host.utf8.count <= 255,
            host.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || ".:-[]".unicodeScalars.contains($0)) })
        else { return nil }
        return host
    }

    static func replacing(_ old: [UInt8], with new: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard let first = old.first, old != new else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == first, index + old.count <= bytes.count, bytes[index..<index + old.count].elementsEqual(old) {
                out += new
                index += old.count
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return out
    }

    /// FNV-1a of the bytes: an ETag that changes exactly when the content does.
    static func fingerprint(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
