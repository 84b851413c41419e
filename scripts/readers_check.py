"""Checks what readers of the built sample site see, in headless Chromium; run from
scripts/conformance.py, which provides `check`, `serve` and `chromium`.

  1. search: /search/ finds a review by its vendor's name, the header's search form
     lands there with the query run, and a verdict filter narrows the results;
  2. layout at 1280×900 and 390×844, light and dark, on every review, matrix and
     listing page of the sample site plus a review whose source title is a
     120-character URL: nothing is wider than the page (only scroll containers
     may be), every verdict badge is one line, and at 1280 px the matrix is wider
     than 900 px.
"""
import os
import shutil
import subprocess
import time

LONG_URL = "https://policies.example.com/" + "a" * 91
assert len(LONG_URL) == 120

LONG_REVIEW = f"""---
title: A review with a long source title
description: A source whose title is one long URL.
product: {{name: Long Tool, vendor: Long Vendor, category: ai-assistant, jurisdiction: [DE]}}
verdict: {{rating: caution, summary: Read the source.}}
published: 2026-06-01
reviewed: 2026-06-01
scorecard:
  rubric: ai-assistant
  answers:
    training-consumer: {{option: opt-out, sources: [long], note: "See {LONG_URL}"}}
    training-api: {{option: n/a}}
    government-access: {{option: low, sources: [long]}}
    retention: {{option: unknown}}
sources:
  - {{id: long, title: "{LONG_URL}", url: "{LONG_URL}", kind: privacy-policy, retrieved: 2026-06-01}}
---
Body with a long link: {LONG_URL}
"""


def wait(condition, seconds=15):
    """The condition's first true value within the time, retried while the page redraws."""
    from selenium.common.exceptions import StaleElementReferenceException
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            value = condition()
        except StaleElementReferenceException:
            value = None
        if value:
            return value
        time.sleep(0.2)
    return None


def search(check, serve, chromium, out):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    server = serve(out)
    driver = chromium()
    base = f"http://127.0.0.1:{server.server_port}"

    def titles():
        return driver.execute_script(
            "return [...document.querySelectorAll('.pagefind-ui__result-title .pagefind-ui__result-link')]"
            ".map(a => a.textContent.trim())")

    try:
        driver.get(base + "/search/")
        box = wait(lambda: driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__search-input"))
        check("search: /search/ shows Pagefind's search box", bool(box))
        if box:
            box[0].send_keys("Moonshot")
            found = wait(lambda: [t for t in titles() if "Kimi" in t])
            check("search: typing a vendor's name (Moonshot) finds its review", bool(found), f"results: {titles()}")

        driver.get(base + "/")
        field = driver.find_element(By.ID, "site-search")
        field.send_keys("Moonshot")
        field.send_keys(Keys.ENTER)
        landed = wait(lambda: "/search/?q=Moonshot" in driver.current_url and [t for t in titles() if "Kimi" in t])
        check("search: the header's form lands on /search/?q=… with the results", bool(landed),
              f"at {driver.current_url}: {titles()}")

        driver.get(base + "/search/?q=privacy")
        before = wait(lambda: titles() if len(titles()) > 1 else None) or []
        check(f"search: 'privacy' finds several reviews ({len(before)})", len(before) > 1, f"{before}")
        # Pagefind's filter panel: a checkbox per value, labelled with the value.
        label = wait(lambda: [l for l in driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__filter-label")
                             if l.text.strip().startswith("Recommended")])
        if not label:
            opened = driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__filter-name")
            for name in opened:
                if name.text.strip().lower().startswith("verdict"):
                    name.click()
            label = wait(lambda: [l for l in driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__filter-label")
                                 if l.text.strip().startswith("Recommended")])
        check("search: the results can be filtered by verdict", bool(label))
        if label:
            label[0].click()
            # The results settle once Pagefind has applied the filter.
            after = wait(lambda: titles() if titles() and titles() != before else None) or []
            time.sleep(1)
            after = titles() or after
            expected = {"Proton Lumo privacy review", "Running an open-weight model locally with Ollama"}
            check(f"search: the Recommended filter narrows {len(before)} results to {len(after)}",
                  0 < len(after) < len(before) and set(after) <= expected, f"{after}")
    finally:
        driver.quit()
        server.shutdown()


def search_below_a_path(check, chromium, binary, root, work):
    """A site published under /proj/: search results link below it."""
    import functools
    import http.server
    import threading
    from selenium.webdriver.common.by import By
    www = os.path.join(work, "www")
    out = os.path.join(www, "proj")
    run = subprocess.run([binary, "build", "--site", root, "--output", out, "--today", "2026-06-20", "--quiet",
                          "--base-url", "https://example.github.io/proj/"], capture_output=True, text=True)
    check("search below a path: the sample site builds for https://example.github.io/proj/", run.returncode == 0, run.stderr)
    if run.returncode != 0:
        return

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=www))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    driver = chromium()
    try:
        driver.get(f"http://127.0.0.1:{server.server_port}/proj/search/?q=Moonshot")
        def links():
            return driver.execute_script(
                "return [...document.querySelectorAll('.pagefind-ui__result-title .pagefind-ui__result-link')]"
                ".map(a => a.getAttribute('href'))")
        found = wait(lambda: links() if "/proj/reviews/kimi-ai/" in links() else None) or links()
        check("search below a path: results link below /proj/, Kimi AI's to /proj/reviews/kimi-ai/",
              "/proj/reviews/kimi-ai/" in found and all(link.startswith("/proj/reviews/") for link in found), f"{found}")
    finally:
        driver.quit()
        server.shutdown()


MEASURE = """
const page = document.documentElement.scrollWidth <= window.innerWidth;
const badges = [...document.querySelectorAll('.badge')].filter(b => b.offsetParent !== null).map(b => {
  const style = getComputedStyle(b);
  const line = style.lineHeight === 'normal' ? parseFloat(style.fontSize) * 1.2 : parseFloat(style.lineHeight);
  const inner = b.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)
    - parseFloat(style.borderTopWidth) - parseFloat(style.borderBottomWidth);
  return {text: b.textContent, ok: inner <= 1.5 * line};
});
const matrix = document.querySelector('.matrix');
let sticky = null;
const scroller = document.querySelector('.matrix-scroll');
const product = document.querySelector('.matrix tbody .matrix-product');
if (scroller && product && scroller.scrollWidth > scroller.clientWidth) {
  const before = product.getBoundingClientRect().left;
  scroller.scrollLeft = 300;
  sticky = Math.abs(product.getBoundingClientRect().left - before) < 1 && scroller.scrollLeft > 0;
  scroller.scrollLeft = 0;
}
const cut = [...document.querySelectorAll('.table-scroll')].filter(c => c.querySelector('.scorecard'))
  .filter(c => c.scrollWidth > c.clientWidth + 1).length;
return {page: page, scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
        wrapped: badges.filter(b => !b.ok).map(b => b.text), matrix: matrix ? matrix.getBoundingClientRect().width : null,
        cut: cut, sticky: sticky};
"""


def layout(check, serve, chromium, binary, root, work):
    with_long = os.path.join(work, "layout-site")
    shutil.rmtree(with_long, ignore_errors=True)
    os.makedirs(with_long)
    for item in ["site.yaml", "content", "templates"]:
        source = os.path.join(root, item)
        copy = shutil.copytree if os.path.isdir(source) else shutil.copy
        copy(source, os.path.join(with_long, item))
    with open(os.path.join(with_long, "content/reviews/long-source.md"), "w", encoding="utf-8") as f:
        f.write(LONG_REVIEW)
    out = os.path.join(with_long, "public")
    run = subprocess.run([binary, "build", "--site", with_long, "--output", out, "--today", "2026-06-20", "--quiet"],
                         capture_output=True, text=True)
    check("layout fixture (the sample site and a 120-character source title) builds", run.returncode == 0, run.stderr)
    if run.returncode != 0:
        return
    pages = sorted("/" + os.path.relpath(os.path.join(folder, "index.html"), out).replace("index.html", "")
                   for folder, _, files in os.walk(out) if "index.html" in files
                   and os.path.relpath(folder, out).split(os.sep)[0] in ("reviews", "compare", "tags", "categories",
                                                                         "verdicts", "jurisdictions", "."))
    server = serve(out)
    driver = chromium()
    try:
        for width, height in [(1280, 900), (390, 844)]:
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
            for scheme in ["light", "dark"]:
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                       {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
                wide, wrapped, cut = [], [], []
                for page in pages:
                    driver.get(f"http://127.0.0.1:{server.server_port}{page}")
                    found = driver.execute_script(MEASURE)
                    if not found["page"]:
                        wide.append(f"{page}: {found['scrollWidth']} > {found['innerWidth']}")
                    wrapped += [f"{page}: {text}" for text in found["wrapped"]]
                    if found["cut"]:
                        cut.append(page)
                    if page == "/compare/ai-assistant/" and width == 1280:
                        check(f"layout {width}px {scheme}: the matrix is wider than 900 px ({found['matrix']:.0f})",
                              (found["matrix"] or 0) > 900)
                    if page == "/compare/ai-assistant/" and width < 600:
                        check(f"layout {width}px {scheme}: the product column stays in view as the matrix scrolls sideways",
                              found["sticky"] is True, f"{found['sticky']}")
                check(f"layout {width}×{height} {scheme}: {len(pages)} pages, none wider than the screen", not wide,
                      "\n".join(wide[:10]))
                check(f"layout {width}×{height} {scheme}: every verdict badge on one line", not wrapped, "\n".join(wrapped[:10]))
                if width == 1280:
                    check(f"layout {width}×{height} {scheme}: every scorecard fits without scrolling", not cut, "\n".join(cut[:10]))
    finally:
        driver.quit()
        server.shutdown()
