#!/usr/bin/env python3
"""Brings a demo instance to at least N published articles for the mixed benchmark, the way an
editor does it (the demo editor signs in, writes, publishes through the editor's forms), then
prints the path of N published articles, one a line. Text from bench/queries.txt's source, the
demo content, so search finds them too.
Usage: bench/mix_articles.py http://127.0.0.1:18080 50"""
import http.cookiejar
import re
import sys
import urllib.parse
import urllib.request

BASE, WANTED = sys.argv[1], int(sys.argv[2])
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def get(path):
    with opener.open(BASE + path) as answer:
        return answer.read().decode("utf-8"), answer.geturl()


def csrf(html):
    return re.search(r'name="_csrf" value="([^"]+)"', html).group(1)


def post(path, fields):
    data = urllib.parse.urlencode(fields).encode("utf-8")
    with opener.open(BASE + path, data) as answer:
        return answer.read().decode("utf-8"), answer.geturl()


def published():
    sitemap, _ = get("/sitemap.xml")
    return [urllib.parse.urlparse(u).path for u in re.findall(r"<loc>([^<]+/news/[^<]+)</loc>", sitemap)]


have = published()
if len(have) < WANTED:
    page, _ = get("/login")
    post("/login", {"_csrf": csrf(page), "username": "bientap", "password": "doimoi-demo-2026"})
    form, _ = get("/editor/articles/new")
    category = re.search(r'<option value="([0-9a-f-]{36})"', form).group(1)
    with open(__file__.replace("mix_articles.py", "queries.txt"), encoding="utf-8") as source:
        words = [line.strip() for line in source if line.strip()]
    for n in range(WANTED - len(have)):
        form, _ = get("/editor/articles/new")
        topic = words[(n * 7) % len(words)]
        body = "".join(
            "<p>Bài đọc thử số %d cho phép đo tải: %s, %s và %s. Sở Khoa học và Công nghệ tỉnh Tây Ninh"
            " cập nhật tiến độ thực hiện Chương trình 54-CTr/TU.</p>" % (n, topic, words[(n * 7 + p) % len(words)], words[(n * 11 + p) % len(words)])
            for p in range(1, 9))
        html, url = post("/editor/articles/new", {
            "_csrf": csrf(form), "version": "0", "title": "Tin đo tải số %d: %s" % (n + 1, topic),
            "categoryId": category, "lead": "Bài viết cho phép đo tải hỗn hợp, về " + topic + ".",
            "body": body, "author": "Ban biên tập"})
        article = re.search(r"/editor/articles/([0-9a-f-]{36})", url).group(1)
        version = re.search(r'name="version" value="(\d+)"', html).group(1)
        post("/editor/articles/%s/status" % article, {"_csrf": csrf(html), "to": "PUBLISHED", "version": version})
    have = published()
print("\n".join(have[:WANTED]))
