#!/usr/bin/env python3
"""Writes the fingerprints of the articles the tools' ideas come from.

Usage: tests/tools/source-shingles.py ARTICLE.txt... > tests/fixtures/source-shingles.txt

Every run of six words in the articles (lower case, apostrophes dropped,
anything but letters and digits a word break) is hashed with 64-bit FNV-1a;
the file holds one hash a line, in hex, sorted. The articles themselves never
enter the repository: only these hashes, from which their text cannot be
read back. tests/unit/test_no_copied_text.cpp hashes every run of six words
in the product's own text the same way and fails on any match.
"""
import re
import sys

WINDOW = 6


def words(text):
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return [w.replace("'", "") for w in re.findall(r"[a-z0-9']+", text)]


def fnv1a(text):
    h = 0xCBF29CE484222325
    for byte in text.encode("utf-8"):
        h ^= byte
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


hashes = set()
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        w = [x for x in words(f.read()) if x]
    for i in range(len(w) - WINDOW + 1):
        hashes.add(fnv1a(" ".join(w[i:i + WINDOW])))
for h in sorted(hashes):
    print(f"{h:016x}")
