#!/usr/bin/env python3
"""Takes the README's screenshots: the home page, a review, the comparison matrix and
the search page (with a query) at 1280 and 390 px wide, in light and dark mode, with
headless Chromium.

usage: scripts/screenshots.py VETTED_BINARY [OUTPUT_FOLDER]   (default docs/screenshots)
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from conformance import chromium, serve  # noqa: E402
from readers_check import wait  # noqa: E402

PAGES = {"home": "/", "review": "/reviews/kimi-ai/", "matrix": "/compare/ai-assistant/", "search": "/search/?q=training"}
SIZES = {"desktop": (1280, 900), "phone": (390, 844)}


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    target = sys.argv[2] if len(sys.argv) == 3 else os.path.join(root, "docs", "screenshots")
    os.makedirs(target, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        out = os.path.join(work, "public")
        subprocess.run([sys.argv[1], "build", "--site", root, "--output", out, "--today", "2026-06-20", "--quiet"], check=True)
        server = serve(out)
        driver = chromium()
        try:
            for scheme in ["light", "dark"]:
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                       {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
                for size, (width, height) in SIZES.items():
                    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": size == "phone"})
                    for name, path in PAGES.items():
                        driver.get(f"http://127.0.0.1:{server.server_port}{path}")
                        if name == "search":
                            # Pagefind loads its index and shows the results after the page.
                            wait(lambda: driver.execute_script("return document.querySelectorAll('.pagefind-ui__result').length"))
                        file = os.path.join(target, f"{name}-{size}-{scheme}.png")
                        driver.save_screenshot(file)
                        print(file)
        finally:
            driver.quit()
            server.shutdown()


if __name__ == "__main__":
    main()
