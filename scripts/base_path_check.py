#!/usr/bin/env python3
"""Checks that a site published under a path works: every internal link resolves.

usage: scripts/base_path_check.py VETTED_BINARY

  1. `vetted build --base-url https://example.github.io/proj/` of the sample site,
     served by a plain static server under /proj/ (as GitHub Pages serves a
     project site): every href and src on every page, and every <link> and <loc>
     in the feeds and the sitemap, that points into the site answers 200, and
     none points outside /proj/ on the site's own host;
  2. the same crawl against `vetted serve --base-url https://example.github.io/proj/`,
     where absolute links use the preview's own address; `/` redirects to /proj/.

Prints one line per check and a closing "N passed, N failed" line.
"""
import functools
import html.parser
import http.client
import http.server
import os
import re
import subprocess
import sys
import tempfile
import threading
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = "https://example.github.io/proj/"
results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f"\n{detail.rstrip()}" if detail and not ok else ""))
    return ok


class Links(html.parser.HTMLParser):
    """Every URL an HTML page links to or loads."""

    ATTRIBUTES = {"href", "src", "srcset", "poster", "action", "data"}

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in self.ATTRIBUTES and value:
                if name == "srcset":
                    self.urls += [part.strip().split(" ")[0] for part in value.split(",") if part.strip()]
                else:
                    self.urls.append(value)


def links_in(path, body):
    if path.endswith(".html"):
        parser = Links()
        parser.feed(body)
        return parser.urls
    if path.endswith(".xml"):
        return re.findall(r"<(?:link|loc|id|uri)>([^<]+)</", body) + re.findall(r'<link[^>]*\bhref="([^"]+)"', body)
    return []


def fetch(port, path, method="GET"):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request(method, path)
        reply = connection.getresponse()
        return reply.status, reply.getheader("Location"), reply.read().decode("utf-8", "replace")
    finally:
        connection.close()


def crawl(label, port, files, origins):
    """Fetches every built file under /proj/ and every internal link in it.
    origins: the absolute prefixes that mean "this site" (mapped to the server)."""
    checked, broken, outside = set(), [], []
    pages = [f"/proj/{name}" for name in files]
    for page in pages:
        status, _, body = fetch(port, page)
        if status != 200:
            broken.append(f"{page} answers {status}")
            continue
        for raw in links_in(page, body):
            url = urllib.parse.urljoin(f"http://127.0.0.1:{port}{page}", raw.replace("&amp;", "&"))
            mapped = None
            for origin in origins:
                if url.startswith(origin):
                    mapped = "/proj/" + url[len(origin):]
            parsed = urllib.parse.urlsplit(url)
            if mapped is None and parsed.netloc == f"127.0.0.1:{port}":
                mapped = parsed.path
            if mapped is None:
                host = urllib.parse.urlsplit(BASE).netloc
                if parsed.netloc == host:
                    outside.append(f"{page}: {raw}")
                continue
            target = urllib.parse.urlsplit(mapped).path
            if not target.startswith("/proj/"):
                outside.append(f"{page}: {raw}")
                continue
            if target in checked:
                continue
            checked.add(target)
            status, _, _ = fetch(port, target, "HEAD" if not target.endswith("/") else "GET")
            if status != 200:
                broken.append(f"{page}: {raw} → {target} answers {status}")
    check(f"{label}: {len(pages)} files and {len(checked)} internal links all resolve under /proj/", not broken,
          "\n".join(broken[:20]))
    check(f"{label}: no link leaves /proj/ for another path on the site's host", not outside, "\n".join(outside[:20]))


def built_files(out):
    files = []
    for folder, _, names in os.walk(out):
        for name in names:
            path = os.path.relpath(os.path.join(folder, name), out)
            if name.endswith((".html", ".xml")) and not name.startswith("."):
                files.append(path.replace("index.html", "") if name == "index.html" else path)
    return sorted(files)


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def static_site(binary, work):
    www = os.path.join(work, "www")
    out = os.path.join(www, "proj")
    run = subprocess.run([binary, "build", "--site", ROOT, "--output", out, "--base-url", BASE, "--today", "2026-06-20",
                          "--quiet"], capture_output=True, text=True)
    if not check("the sample site builds with --base-url " + BASE, run.returncode == 0, run.stderr):
        return []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=www))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        files = built_files(out)
        crawl("static server", server.server_address[1], files, [BASE])
    finally:
        server.shutdown()
    return files


def preview(binary, files):
    process = subprocess.Popen([binary, "serve", "--site", ROOT, "--port", "0", "--base-url", BASE, "--no-drafts"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = process.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:(\d+)/proj/)", line)
        if not check("vetted serve prints its address under /proj/", match is not None, line):
            return
        address, port = match.group(1), int(match.group(2))
        status, location, _ = fetch(port, "/")
        check("vetted serve redirects / to /proj/", status == 302 and location == "/proj/", f"{status} {location}")
        crawl("vetted serve", port, files, [address])
    finally:
        process.terminate()
        process.wait(timeout=10)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as work:
        files = static_site(binary, work)
        if files:
            preview(binary, files)
    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
