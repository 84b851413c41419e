#!/usr/bin/env python3
"""Measures `vetted serve`: the time from saving a file to the reload event that open
tabs receive, on the benchmark corpus.

usage: scripts/bench-serve.py [N_REVIEWS] [EDITS]      (default 1000 reviews, 20 edits)

Builds vetted in release mode, generates the corpus with ../shared/bench/gen_corpus.py,
starts `vetted serve` on a free port, listens to /__vetted/events like a browser tab,
then edits one review EDITS times (write to a temporary file and rename it over the
review, as editors save) and times each edit until its reload event arrives. Then
does the same with 5 template edits, which rebuild every page.
"""
import os, re, shutil, socket, statistics, subprocess, sys, time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
EDITS = int(sys.argv[2]) if len(sys.argv) > 2 else 20
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = f"/tmp/vetted-bench/serve-corpus-{N}"


def main():
    subprocess.run(["swift", "build", "-c", "release", "--product", "vetted"], cwd=ROOT, check=True, capture_output=True)
    binary = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip() + "/vetted"
    shutil.rmtree(CORPUS, ignore_errors=True)
    subprocess.run([sys.executable, os.path.join(ROOT, "../shared/bench/gen_corpus.py"), str(N), CORPUS], check=True)
    site = os.path.join(CORPUS, "site")
    shutil.copytree(os.path.join(ROOT, "templates"), os.path.join(site, "templates"))
    server = subprocess.Popen([binary, "serve", "--site", site, "--port", "0"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    try:
        line = server.stdout.readline()
        port = int(re.search(r":(\d+)/", line).group(1))
        events = socket.create_connection(("127.0.0.1", port))
        events.sendall(b"GET /__vetted/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        events.settimeout(30)
        buffer = [b""]

        def next_version(previous):
            while True:
                for found in re.findall(rb"data: (\S+)\n", buffer[0]):
                    if found.decode() != previous:
                        buffer[0] = b""
                        return found.decode()
                buffer[0] += events.recv(65536)

        version = next_version(None)
        review = os.path.join(site, "content/reviews/product-00042.md")
        original = open(review, encoding="utf-8").read()

        def timed_edits(path, text_for, count):
            nonlocal version
            times = []
            for index in range(count):
                temporary = path + ".tmp"
                with open(temporary, "w", encoding="utf-8") as f:
                    f.write(text_for(index))
                started = time.perf_counter()
                os.rename(temporary, path)
                version = next_version(version)
                times.append((time.perf_counter() - started) * 1000)
                time.sleep(0.05)
            return times

        review_times = timed_edits(review, lambda i: original + f"\nEdit number {i}.\n", EDITS)
        template = os.path.join(site, "templates/review.mustache")
        template_text = open(template, encoding="utf-8").read()
        template_times = timed_edits(template, lambda i: template_text + f"{{{{! edit {i} }}}}\n", 5)

        def summary(name, times):
            ordered = sorted(times)
            p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
            print(f"{name}: n={len(times)} p50={statistics.median(times):.1f} ms p95={p95:.1f} ms max={max(times):.1f} ms")

        print(f"reviews={N}")
        summary("review edit → reload event", review_times)
        summary("template edit → reload event", template_times)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
