#!/usr/bin/env python3
"""Writes bench/queries.txt: 400 different search queries taken from the demo content (the
Vietnamese text of src/main/java/vn/doimoi/demo), of one to four syllables, half typed without
diacritics as many readers do. Deterministic: the same demo content gives the same file."""
import glob
import os
import random
import re
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
MARKED = re.compile("[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]")
# words that carry no meaning alone: a query of them only is not what a reader types
STOP = set("và của các cho có là được với trong theo từ một những này đã để tại khi về ra đến không người năm".split())


def folded(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def main():
    texts = []
    for path in sorted(glob.glob(os.path.join(ROOT, "src/main/java/vn/doimoi/demo/*.java"))):
        with open(path, encoding="utf-8") as source:
            for literal in re.findall(r'"((?:[^"\\]|\\.)*)"', source.read()):
                if MARKED.search(literal.lower()) and " " in literal and "<" not in literal and "%" not in literal:
                    texts.append(unicodedata.normalize("NFC", literal))
    grams = []
    for text in texts:
        words = [w for w in re.findall(r"[^\W_]+", text) if not w.isdigit()]
        for size in (1, 2, 3, 4):
            for i in range(len(words) - size + 1):
                gram = words[i : i + size]
                if all(w.lower() in STOP for w in gram) or (size == 1 and len(gram[0]) < 3):
                    continue
                grams.append(" ".join(gram).lower())
    rng = random.Random(22)
    unique = sorted(set(grams))
    rng.shuffle(unique)
    queries, seen = [], set()
    for gram in unique:
        query = folded(gram) if len(queries) % 2 else gram
        if query not in seen:
            seen.add(query)
            queries.append(query)
        if len(queries) == 400:
            break
    with open(os.path.join(ROOT, "bench/queries.txt"), "w", encoding="utf-8") as out:
        out.write("\n".join(queries) + "\n")


main()
