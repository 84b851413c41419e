"""Checks of the feeds, sitemap, structured data and API of a built site, written
from the specs (RSS 2.0, Atom 1.0 / RFC 4287, JSON Feed 1.1, sitemaps.org,
schema.org) and run by scripts/conformance.py."""
import email.utils
import html.parser
import json
import os
import re
import subprocess
import tempfile
import xml.etree.ElementTree as ET

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
ATOM = "{http://www.w3.org/2005/Atom}"


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        self.urls += [value for name, value in attrs if name in ("href", "src") and value is not None]


def relative_links(fragment):
    parser = Links()
    parser.feed(fragment)
    return [url for url in parser.urls if not re.match(r"^(https?|mailto|tel):", url)]


def xmllint(check, out):
    files = [os.path.join(out, name) for name in ("feed.xml", "atom.xml", "sitemap.xml")]
    files += [os.path.join(out, "badges", name) for name in sorted(os.listdir(os.path.join(out, "badges")))]
    run = subprocess.run(["xmllint", "--noout"] + files, capture_output=True, text=True)
    check(f"xmllint: {len(files)} XML files well-formed", run.returncode == 0, run.stderr)


def feedparser_checks(check, out, base, expected_titles):
    """feedparser reads RSS and Atom; its released versions (6.0.x) have no JSON Feed
    parser, so feed.json is read with json and checked against the spec's schema."""
    import feedparser
    for name in ("feed.xml", "atom.xml", "feed.json"):
        if name == "feed.json":
            with open(os.path.join(out, name), encoding="utf-8") as f:
                items = json.load(f)["items"]
            parsed = feedparser.FeedParserDict(bozo=False, entries=[
                feedparser.FeedParserDict(title=i["title"], id=i["id"], content=[feedparser.FeedParserDict(value=i["content_html"])])
                for i in items])
        else:
            parsed = feedparser.parse(os.path.join(out, name))
        titles = [entry.title for entry in parsed.entries]
        reader = "json" if name == "feed.json" else "feedparser"
        check(f"{reader} {name}: bozo={int(parsed.bozo)}, {len(titles)} entries", not parsed.bozo and titles == expected_titles,
              f"bozo: {parsed.get('bozo_exception')}\n got {titles}\nwant {expected_titles}")
        ids = [entry.id for entry in parsed.entries]
        check(f"{name}: entry ids unique and absolute", ids and len(set(ids)) == len(ids) and all(i.startswith(base) for i in ids), str(ids))
        relative = [url for entry in parsed.entries for content in entry.get("content", []) for url in relative_links(content.value)]
        check(f"{name}: every link in the content is absolute", not relative, str(relative[:10]))


def rss_rules(check, out, base):
    channel = ET.parse(os.path.join(out, "feed.xml")).getroot().find("channel")
    missing = [tag for tag in ("title", "link", "description") if channel.find(tag) is None or not channel.find(tag).text]
    check("RSS: channel has title, link and description", not missing, str(missing))
    self_links = [l for l in channel.findall(ATOM + "link") if l.get("rel") == "self"]
    check("RSS: atom:link rel=self points at the feed", len(self_links) == 1 and self_links[0].get("href") == base + "feed.xml")
    problems = []
    for item in channel.findall("item"):
        guid, date = item.find("guid"), item.find("pubDate")
        if guid is None or not guid.text:
            problems.append("item without guid")
        if date is None or email.utils.parsedate_to_datetime(date.text) is None or not re.match(r"^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} ", date.text):
            problems.append(f"bad pubDate {date.text if date is not None else None}")
        if item.find("category") is None:
            problems.append("item without category (verdict)")
    check("RSS: items have guid, RFC 822 pubDate and the verdict as category", not problems, "\n".join(problems))


def atom_rules(check, out, base, dates):
    feed = ET.parse(os.path.join(out, "atom.xml")).getroot()
    missing = [tag for tag in ("id", "title", "updated") if feed.find(ATOM + tag) is None]
    has_author = feed.find(ATOM + "author") is not None
    self_links = [l for l in feed.findall(ATOM + "link") if l.get("rel") == "self"]
    check("Atom: feed has id, title, updated, author and rel=self", not missing and has_author and len(self_links) == 1
          and self_links[0].get("href") == base + "atom.xml", str(missing))
    problems = []
    for entry in feed.findall(ATOM + "entry"):
        for tag in ("id", "title", "updated", "published"):
            node = entry.find(ATOM + tag)
            if node is None or not node.text:
                problems.append(f"entry without {tag}")
            elif tag in ("updated", "published") and not RFC3339.match(node.text):
                problems.append(f"{tag} not RFC 3339: {node.text}")
        if entry.find(ATOM + "author") is None and not has_author:
            problems.append("entry without author")
        if entry.find(ATOM + "category") is None:
            problems.append("entry without category")
        url = entry.find(ATOM + "id").text
        if url in dates and entry.find(ATOM + "updated").text != dates[url]:
            problems.append(f"{url}: updated {entry.find(ATOM + 'updated').text}, expected {dates[url]}")
    check("Atom: entries have id, title, RFC 3339 updated/published, author, category; updated is the newest date",
          not problems, "\n".join(problems))


def json_feed_rules(check, out, base):
    import jsonschema
    with open(os.path.join(out, "feed.json"), encoding="utf-8") as f:
        feed = json.load(f)
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "schemas/jsonfeed-1.1.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(feed)]
    check("JSON Feed: valid against the JSON Feed 1.1 schema (jsonschema)", not errors, "\n".join(errors[:5]))
    ok = feed.get("version") == "https://jsonfeed.org/version/1.1" and feed.get("title") and feed.get("feed_url") == base + "feed.json"
    problems = [] if ok else ["version, title or feed_url wrong"]
    for item in feed.get("items", []):
        if not isinstance(item.get("id"), str):
            problems.append("id is not a string")
        if not item.get("content_html"):
            problems.append("item without content_html")
        for key in ("date_published", "date_modified"):
            if not RFC3339.match(item.get(key, "")):
                problems.append(f"{key} not RFC 3339")
    check("JSON Feed: version, title, feed_url; items with string ids, content_html, RFC 3339 dates", not problems, "\n".join(problems))


def sitemap_rules(check, out, base):
    root = ET.parse(os.path.join(out, "sitemap.xml")).getroot()
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    locs = {u.find(ns + "loc").text for u in root.findall(ns + "url")}
    pages = set()
    unlisted = 0
    for folder, _, files in os.walk(out):
        for name in files:
            if name == "index.html":
                path = os.path.relpath(folder, out)
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    # A listing in another order than its default asks not to be indexed.
                    if '<meta name="robots" content="noindex, follow">' in f.read():
                        unlisted += 1
                        continue
                pages.add(base + ("" if path == "." else path + "/"))
    check(f"sitemap lists every page ({len(pages)}; {unlisted} listings in another order are noindex and left out)",
          locs == pages, f"missing {sorted(pages - locs)[:5]} extra {sorted(locs - pages)[:5]}")
    reviews = [u for u in root.findall(ns + "url") if "/reviews/" in u.find(ns + "loc").text and u.find(ns + "loc").text != base + "reviews/"]
    check("sitemap: every review has a lastmod", all(u.find(ns + "lastmod") is not None for u in reviews))
    with open(os.path.join(out, "robots.txt"), encoding="utf-8") as f:
        check("robots.txt points at the sitemap", f"Sitemap: {base}sitemap.xml" in f.read())


def json_ld(path, base):
    import extruct
    with open(path, encoding="utf-8") as f:
        text = f.read()
    data = extruct.extract(text, base_url=base, syntaxes=["json-ld"])["json-ld"]
    nodes = [node for block in data for node in block.get("@graph", [block])]
    return text, {node.get("@type"): node for node in nodes}


def structured_data_rules(check, out, base):
    _, nodes = json_ld(os.path.join(out, "reviews/kimi-ai/index.html"), base)
    review = nodes.get("Review", {})
    rating = review.get("reviewRating", {})
    item = review.get("itemReviewed", {})
    ok = (item.get("name") and item.get("@type") in ("SoftwareApplication", "Organization") and review.get("author")
          and review.get("datePublished") and review.get("dateModified") and review.get("publisher")
          and rating.get("bestRating") == 10 and rating.get("worstRating") == 0 and isinstance(rating.get("ratingValue"), (int, float)))
    check("JSON-LD (extruct): Review with itemReviewed, author, dates, publisher, reviewRating 0–10", bool(ok), json.dumps(review)[:800])
    check("JSON-LD: BreadcrumbList and FAQPage", "BreadcrumbList" in nodes and "FAQPage" in nodes, str(list(nodes)))
    _, unscored = json_ld(os.path.join(out, "reviews/chatgpt/index.html"), base)
    check("JSON-LD: no reviewRating without a score", "Review" in unscored and "reviewRating" not in unscored["Review"])
    text = open(os.path.join(out, "reviews/kimi-ai/index.html"), encoding="utf-8").read()
    for prop in ("og:title", "og:description", "og:url", 'og:type" content="article', "article:published_time",
                 "article:modified_time", "twitter:card"):
        if prop not in text:
            check(f"head metadata has {prop}", False)
            break
    else:
        check("head metadata: canonical, description, OpenGraph article, Twitter card", '<link rel="canonical"' in text)
    check("every page links its feeds for autodiscovery",
          all('type="application/atom+xml"' in open(p, encoding="utf-8").read() for p in html_pages(out)))


def html_pages(out):
    for folder, _, files in os.walk(out):
        for name in files:
            if name.endswith(".html"):
                yield os.path.join(folder, name)


def api_rules(check, out):
    import jsonschema
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(root, "docs/api.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    with open(os.path.join(out, "api/reviews.json"), encoding="utf-8") as f:
        index = json.load(f)
    errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(index)]
    check(f"api/reviews.json matches docs/api.schema.json ({index.get('count')} reviews)", not errors, "\n".join(errors[:5]))


FIXTURE_SITE = "title: Fixture\nbase_url: https://fixture.example.org/\nauthors:\n  a: {name: A}\n"
FIXTURE_REVIEW = """---
title: {title}
description: A fixture.
product: {{name: Fixture}}
verdict: {{rating: caution, summary: Fixture.}}
published: {published}
author: a
draft: {draft}
faq:
  - {{q: {title}, a: Answer.}}
sources:
  - {{id: policy, title: Policy, kind: privacy-policy, retrieved: 2026-06-01}}
---
Body.
"""


def fixture_rules(check, binary):
    """A title that tries to close the script element, a draft and a future review."""
    evil = '"Evil </script><script>alert(1)</script> title"'
    with tempfile.TemporaryDirectory() as site:
        os.makedirs(os.path.join(site, "content/reviews"))
        with open(os.path.join(site, "site.yaml"), "w") as f:
            f.write(FIXTURE_SITE)
        for slug, title, published, draft in [("evil", evil, "2026-06-10", "false"), ("draft", "Draft", "2026-06-10", "true"),
                                              ("future", "Future", "2099-01-01", "false")]:
            with open(os.path.join(site, f"content/reviews/{slug}.md"), "w") as f:
                f.write(FIXTURE_REVIEW.format(title=title, published=published, draft=draft))
        out = os.path.join(site, "public")
        run = subprocess.run([binary, "build", "--site", site, "--today", "2026-06-20", "--quiet"], capture_output=True, text=True)
        check("fixture site builds", run.returncode == 0, run.stderr)
        if run.returncode != 0:
            return
        text, nodes = json_ld(os.path.join(out, "reviews/evil/index.html"), "https://fixture.example.org/")
        check("a title with </script> yields valid JSON-LD with the title intact",
              nodes.get("Review", {}).get("name") == "Evil </script><script>alert(1)</script> title")
        check("and no script break-out", text.count("<script") == 1 and text.count("</script>") == 1)
        leaked = []
        for name in ("feed.xml", "atom.xml", "feed.json", "sitemap.xml", "api/reviews.json"):
            with open(os.path.join(out, name), encoding="utf-8") as f:
                body = f.read()
            leaked += [f"{name}: {slug}" for slug in ("reviews/draft", "reviews/future") if slug in body]
        check("drafts and future reviews are in no feed, sitemap or API", not leaked, str(leaked))


def run_all(check, out, binary):
    base = "https://reviews.example.org/"
    with open(os.path.join(out, "api/reviews.json"), encoding="utf-8") as f:
        index = json.load(f)
    titles = [review["title"] for review in index["reviews"]][:20]
    dates = {review["url"]: review["last_modified"] for review in index["reviews"]}
    xmllint(check, out)
    feedparser_checks(check, out, base, titles)
    rss_rules(check, out, base)
    atom_rules(check, out, base, dates)
    json_feed_rules(check, out, base)
    sitemap_rules(check, out, base)
    structured_data_rules(check, out, base)
    api_rules(check, out)
    fixture_rules(check, binary)
