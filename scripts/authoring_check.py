"""Authoring checks in headless Chromium, called by scripts/conformance.py: the
sample review that is kept in a folder shows a callout of every kind as an
accessible <aside>, and its images load, with their size and lazy loading."""


def callouts_and_images(check, serve, chromium, out):
    server = serve(out)
    driver = chromium()
    try:
        driver.get(f"http://127.0.0.1:{server.server_port}/reviews/kimi-ai/")
        driver.execute_script("window.scrollTo(0, document.body.scrollHeight)")
        asides = driver.execute_script("""
            return [...document.querySelectorAll('aside.callout')].map(a => ({
                kind: a.className, role: a.getAttribute('role'),
                title: a.querySelector('.callout-title') ? a.querySelector('.callout-title').textContent : '',
                border: getComputedStyle(a).borderLeftColor}))""")
        kinds = sorted(a["kind"].split("callout-")[-1] for a in asides)
        check("the sample review shows a callout of every kind",
              kinds == ["caution", "important", "note", "tip", "warning"], str(asides))
        check("every callout is an <aside role=note> with a visible title",
              all(a["role"] == "note" and a["title"] for a in asides), str(asides))
        check("the five callout kinds have five different border colours",
              len({a["border"] for a in asides}) == 5, str(asides))
        driver.execute_script("document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')")
        images = driver.execute_async_script("""
            const done = arguments[arguments.length - 1];
            const images = [...document.querySelectorAll('.prose img')];
            Promise.all(images.map(i => i.complete ? null : new Promise(r => { i.onload = r; i.onerror = r; })))
              .then(() => done(images.map(i => ({src: i.getAttribute('src'), width: i.getAttribute('width'),
                  height: i.getAttribute('height'), loading: i.getAttribute('loading'), natural: i.naturalWidth}))));""")
        check("the review's image is beside it, loads, and has its size and lazy loading",
              len(images) == 1 and images[0]["src"] == "data-flow.svg" and images[0]["width"] == "640"
              and images[0]["height"] == "240" and images[0]["natural"] == 640, str(images))
    finally:
        driver.quit()
        server.shutdown()
