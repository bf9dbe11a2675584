"""How parse time grows with page size: it must grow linearly.

Takes real article pages, grows each to 1x, 10x and 100x its size by repeating the
paragraphs of its article body, and times ``newsparse.parse`` on each (the best of
``--repeat`` runs, as the machine is shared). Linear growth shows as a time ratio
close to the size ratio: the 100x page should cost about 100x the 1x page, not 10,000x.
As a control it times lxml alone parsing and walking the same trees: a walk costs
more per node once the tree outgrows the CPU caches, whatever code does it, so
newsparse's time divided by the control's should stay flat.

With ``--hostile`` it also grows the page shapes that once cost quadratic time
(docs/input-policy.md) from n to 10n and prints their ratios; with ``--memory N`` it
parses the first page N times and prints how much the Python heap grew (a leak would
grow with N).

    python benchmarks/growth.py /work/shared/corpus/themes/jannah/thenassauguardian.com.html
    python benchmarks/growth.py --hostile --memory 1000 tests/pages/seed/seed-classic.html

Prints what it measured; asserts nothing.
"""

from __future__ import annotations

import argparse
import copy
import gc
import itertools
import sys
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree, html

from newsparse import Document, parse
from newsparse.adapters.generic import main_content

FACTORS = (1, 10, 100)


def grown(page: bytes, factor: int) -> bytes:
    """``page`` with its article body's paragraphs repeated until it is ``factor`` times as large."""
    root = Document.from_page(page).root
    content = main_content(root)
    if content is None:
        raise SystemExit("no article body found to grow")
    paragraphs = [p for p in content.iter("p") if p.getparent() is content] or list(content.iter("p"))
    if not paragraphs:
        raise SystemExit("the article body has no paragraphs to repeat")
    size = len(etree.tostring(root, encoding="utf-8"))
    para_bytes = sum(len(etree.tostring(p, encoding="utf-8")) for p in paragraphs)
    copies = round((factor - 1) * size * len(paragraphs) / para_bytes)
    last = paragraphs[-1]
    for i in range(copies):
        clone = copy.deepcopy(paragraphs[i % len(paragraphs)])
        last.addnext(clone)
        last = clone
    return html.tostring(root, encoding="utf-8", doctype="<!DOCTYPE html>")


def best_time(call: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    return best


def lxml_walks(page: bytes) -> None:
    """The control: lxml alone parses the page and walks its tree a few times.

    No newsparse code runs here, so how its cost per MB changes with size is what the
    machine (caches, memory) does to any tree walk; newsparse's own growth is its ratio
    to this one.
    """
    root = html.fromstring(page)
    for _ in range(3):
        for _ in root.iter():
            pass
    for path in _CONTROL_PATHS:
        path(root)


# Single paths: a union (``a | b``) would add libxml2's merge, which is not linear.
_CONTROL_PATHS = [etree.XPath(p) for p in ("//*[@class and contains(@class, 'caption')]", "//p", "//a[@href]")]


def growth(path: Path, repeat: int) -> None:
    original = path.read_bytes()
    print(f"\n{path.name}  ({len(original):,} bytes as saved)")
    print(
        f"{'factor':>6}  {'bytes':>12}  {'size ratio':>10}  {'seconds':>9}  {'time ratio':>10}  {'ms per MB':>9}"
        f"  {'lxml control ratio':>18}  {'newsparse / control':>19}"
    )
    base_size = base_time = base_control = 0.0
    points: list[tuple[int, float, float]] = []
    for factor in FACTORS:
        page = grown(original, factor)
        seconds = best_time(lambda p=page: parse(p, charset="utf-8", max_bytes=len(p)), repeat)  # type: ignore[misc]
        control = best_time(lambda p=page: lxml_walks(p), repeat)  # type: ignore[misc]
        if factor == 1:
            base_size, base_time, base_control = len(page), seconds, control
        print(
            f"{factor:>5}x  {len(page):>12,}  {len(page) / base_size:>10.1f}  {seconds:>9.3f}"
            f"  {seconds / base_time:>10.1f}  {seconds * 1000 / (len(page) / 1e6):>9.1f}"
            f"  {control / base_control:>18.1f}  {seconds / control:>19.2f}"
        )
        points.append((len(page), seconds, control))
    # The 1x page is mostly page chrome, the added bytes are all article paragraphs (which
    # cost more per byte): the cost of each added MB is the fairer test of linearity.
    steps = [
        f"{FACTORS[i]}x->{FACTORS[i + 1]}x {(b[1] - a[1]) * 1000 / ((b[0] - a[0]) / 1e6):.1f} ms"
        f" (control {(b[2] - a[2]) * 1000 / ((b[0] - a[0]) / 1e6):.1f} ms)"
        for i, (a, b) in enumerate(itertools.pairwise(points))
    ]
    print("  per added MB of paragraphs: " + ";  ".join(steps))


# Page shapes that cost quadratic time before the input-policy audit, by the fix.
HOSTILE: dict[str, Callable[[int], bytes]] = {
    "nested .byline around n .author (CSS descendant combinator)": lambda n: (
        b"<html><body><h1>x</h1>" + b"<div class='byline'>" * 50
        + b"<p>text <a class=author rel=author>Name</a></p>" * n + b"</div>" * 50 + b"</body></html>"
    ),
    "2,000 nested .entry-content around n paragraphs (main_content)": lambda n: (
        b"<html><body><h1>x</h1>" + b"<div class='entry-content'>" * 2000
        + b"<p>A paragraph of article text, long enough to count.</p>" * n + b"</div>" * 2000 + b"</body></html>"
    ),
    "n rel=prev links inside pagination, 2,000 deep (neighbours)": lambda n: (
        b"<html><body><h1>x</h1><div class='pagination'>" + b"<div>" * 2000
        + b"<a rel='prev' href='/a'>a</a>" * n + b"</div>" * 2000 + b"</div></body></html>"
    ),
    "meta author with n names (split_authors)": lambda n: (
        b'<html><head><meta name="author" content="'
        + b", ".join(b"Name%d Surname" % i for i in range(n)) + b'"></head><body><h1>x</h1></body></html>'
    ),
    "meta author of a long name and n '& Word' (split_authors joins an organisation)": lambda n: (
        b'<html><head><meta name="author" content="Thomson Reuters Tax' + b" &amp; Accounting" * n
        + b'"></head><body><h1>x</h1></body></html>'
    ),
    "n distinct rel=tag links (Texts)": lambda n: (
        b"<html><body><h1>x</h1>" + b"".join(b"<a rel=tag href='/t%d'>tag %d</a>" % (i, i) for i in range(n))
        + b"</body></html>"
    ),
    "500 nested .byline around n paragraphs (generic byline)": lambda n: (
        b"<html><body><h1>x</h1>" + b"<div class='byline'>" * 500
        + b"<p>A paragraph of text that is no name at all.</p>" * n + b"</div>" * 500 + b"</body></html>"
    ),
    "n spans wrapping paragraphs 100 deep (blocks_from)": lambda n: (
        b"<html><body><h1>x</h1><div class='entry-content'>"
        + (b"<span>" * 100 + b"<b>x</b>" * 50 + b"<p>paragraph text here, long enough</p>" + b"</span>" * 100) * (n // 100)
        + b"</div></body></html>"
    ),
    "og:site_name of n ' -' separators before a word (site_name)": lambda n: (
        b'<html><head><meta property="og:site_name" content="Site' + b" -" * n + b' x"></head>'
        b"<body><h1>x</h1></body></html>"
    ),
    "n spaces in an image's width (is_small_image)": lambda n: (
        b"<html><body><article><h1>x</h1><figure><img src='/a.jpg' width='1" + b" " * n + b"x'></figure>"
        b"<p>A paragraph of article text, long enough to count.</p></article></body></html>"
    ),
    "500 nested .author-info around n paragraphs (boxes about the writer)": lambda n: (
        b"<html><body><h1>x</h1><div class='entry-content'>" + b"<div class='author-info'>" * 500
        + b"<p>A paragraph of article text, long enough to count.</p>" * n + b"</div>" * 500 + b"</div></body></html>"
    ),
    "n e-mail fields under 1,000 nested divs in the text (signup_boxes)": lambda n: (
        b"<html><body><h1>x</h1><div class='entry-content'><p>A paragraph of article text, long enough to count.</p>"
        + b"<div>" * 1000 + b"<input type=email>" * n + b"</div>" * 1000 + b"</div></body></html>"
    ),
    "n 'Related posts' headings over short lines (without_trailer)": lambda n: (
        b"<html><body><article><h1>x</h1>" + b"<p>A paragraph of article text, long enough to count.</p>" * n
        + b"<h2>Related posts</h2><p>Story</p>" * n + b"</article></body></html>"
    ),
    "n 'Written by' headings under 1,000 nested divs (written_by_line)": lambda n: (
        b"<html><body><h1>x</h1>" + b"<div>" * 1000 + b"<h3>Written by</h3>" * n + b"</div>" * 1000 + b"</body></html>"
    ),
    "n hidden panels with ids, each after a toggle (collapsed accordion panels)": lambda n: (
        b"<html><body><h1>x</h1><article>" + b"".join(
            b"<div><button aria-controls='p%d' aria-expanded='false'>Q</button></div>"
            b"<div id='p%d' class='hidden'><p>An answer long enough to be a paragraph of text.</p></div>" % (i, i)
            for i in range(n)
        ) + b"</article></body></html>"
    ),
    "n spans showing the writer's name in the header (date beside the credit)": lambda n: (
        b"<html><body><div><h1>x</h1><p>By Jane Doe</p>" + b"<span>Jane Doe</span>" * n + b"</div></body></html>"
    ),
    "a second <html> tag after n comments and scripts (the last <html lang>)": lambda n: (
        b"<html lang=en><body>" + b"<!-- c --><script>s()</script>" * n + b"<html lang=fr><h1>x</h1></body></html>"
    ),
}  # fmt: skip


def hostile(repeat: int, n: int) -> None:
    print(f"\nhostile page shapes, n={n:,} and 10n")
    print(f"{'seconds (n)':>12}  {'seconds (10n)':>13}  {'size ratio':>10}  {'time ratio':>10}  shape")
    for label, build in HOSTILE.items():
        small, large = build(n), build(10 * n)
        t_small = best_time(lambda p=small: parse(p, max_bytes=len(p)), repeat)  # type: ignore[misc]
        t_large = best_time(lambda p=large: parse(p, max_bytes=len(p)), repeat)  # type: ignore[misc]
        print(
            f"{t_small:>12.3f}  {t_large:>13.3f}  {len(large) / len(small):>10.1f}  {t_large / t_small:>10.1f}  {label}"
        )


def memory(path: Path, parses: int) -> None:
    """Python heap growth over many parses of one page: flat means nothing leaks."""
    import tracemalloc

    page = path.read_bytes()
    for _ in range(20):  # warm the caches (compiled selectors, registry)
        parse(page)
    gc.collect()
    tracemalloc.start()
    after_warmup = tracemalloc.get_traced_memory()[0]
    marks = []
    for i in range(1, parses + 1):
        parse(page)
        if i in (parses // 10, parses):
            gc.collect()
            marks.append(tracemalloc.get_traced_memory()[0] - after_warmup)
    tracemalloc.stop()
    print(f"\nmemory: {path.name} parsed {parses:,} times; Python heap growth after warm-up:")
    print(f"  after {parses // 10:,} parses: {marks[0]:,} bytes; after {parses:,}: {marks[1]:,} bytes")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", type=Path, help="article pages to grow (e.g. from the shared corpus)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is kept (default 3)")
    parser.add_argument("--hostile", action="store_true", help="also time the once-quadratic hostile page shapes")
    parser.add_argument("--n", type=int, default=2000, help="size of the hostile shapes (default 2000)")
    parser.add_argument(
        "--memory", type=int, metavar="N", help="also parse the first page N times and print heap growth"
    )
    args = parser.parse_args(argv)
    if not args.pages and not args.hostile:
        parser.error("give at least one page, or --hostile")
    print(f"newsparse parse time growth (best of {args.repeat}); Python {sys.version.split()[0]}")
    for path in args.pages:
        growth(path, args.repeat)
    if args.hostile:
        hostile(args.repeat, args.n)
    if args.memory and args.pages:
        memory(args.pages[0], args.memory)
    return 0


if __name__ == "__main__":
    sys.exit(main())
