"""Score the generic adapter on a WCXB-layout corpus, optionally next to trafilatura.

Usage::

    python benchmarks/wcxb.py CORPUS_DIR [--peer trafilatura] [--strip-scripts] [--half even|odd]

``CORPUS_DIR`` holds ``html/NNNN.html.gz`` pages and ``ground-truth/NNNN.json`` references
(the layout of the WCXB benchmark; ``/work/shared/corpus/wcxb-dev`` is one). Every page is
parsed by ``newsparse.parse`` with the reference URL, in this process, one page at a time.

What it prints, one row per extractor:

- **title**: exact match after folding case and whitespace; for newsparse both
  ``headline`` and ``kicker + ' : ' + headline`` are accepted.
- **author**: the set of names equals the reference's (names split on ``,`` ``;`` ``&``
  ``and`` ``|`` ``/``; degrees and credentials such as ``MD``, ``Ph.D.`` dropped on both
  sides; case and accents folded), over the pages whose reference names an author.
- **invented**: the share of pages whose reference names no author where an author was
  returned all the same.
- **day**: the publication day equals the reference's, over the pages that have one.
- **shingle P/R/F1**: 4-token shingles (``\\w+`` tokens, lower-cased, as multisets),
  precision and recall averaged over pages, F1 of the two means (the Scrapinghub
  article-extraction-benchmark metric).
- **word F1**: the WCXB metric, token-level F1 per page (``\\w+``, lower-cased, multisets),
  averaged over pages.
- **errors**: pages that raised, and pages where a field's code failed (newsparse
  records such a failure on the article and leaves the field empty; it is counted here).
- **ms/page** and **x lxml**: the median time per page, and the median over pages of
  its ratio to ``lxml.html.document_fromstring`` on the same bytes in the same process
  (the parse floor). Times are the CPU time of this thread (``time.thread_time``), as in
  ``benchmarks/theme_speed.py``: on a shared machine wall-clock time also counts the
  waits for a core, which neither the parse nor the floor controls. Both sides pay for
  freeing what they build (lxml's tree; newsparse frees its own before it returns).

``--adapter generic`` makes newsparse use the generic adapter on every page (by default the
registry chooses, and picks a theme adapter where a page's markup names its theme).
``--strip-scripts`` removes every ``<script>`` element (JSON-LD included) from each page
before anything is timed or parsed, as some crawlers do before they store a page.
``--show FIELD`` lists the pages where newsparse missed that field, to see why.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import lxml.html

# --------------------------------------------------------------------------- metrics

_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


def fold_title(text: str | None) -> str:
    """Case and whitespace folded, for the exact title match."""
    return _SPACE.sub(" ", (text or "").casefold()).strip()


def title_matches(reference: str, candidates: Iterable[str | None]) -> bool:
    """True when one of the candidate titles equals the reference once folded."""
    want = fold_title(reference)
    return any(c is not None and fold_title(c) == want for c in candidates)


_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\|| / |\band\b|\bund\b|\bet\b)\s*", re.IGNORECASE)
_BY = re.compile(r"^(?:by|par|von|por|written by|posted by)\s+", re.IGNORECASE)
# Degrees and post-nominal credentials printed after a name ("Jane Doe, MS, RD").
_CREDENTIAL = re.compile(
    r"^(?:(?:[A-Z][A-Za-z]?\.?){1,3}[A-Z]\.?|[A-Z]{2,6}|[A-Z][a-z]?\.[A-Z][a-z]?\.|Ph\.?\s?D\.?|M\.?D\.?|Jr\.?|Sr\.?|"
    r"[A-Z]{1,5}-[A-Z]{1,5}(?: \d+)?)(?:®|\s*\([^)]*\))?$"
)


def names_in(text: str | None) -> frozenset[str]:
    """The folded set of person or organisation names in a credit line.

    >>> sorted(names_in("Dylan Bailey, MS, RD, FAND"))
    ['dylan bailey']
    >>> sorted(names_in("By Danielle DeSiato, Donna Enzmann, and Natalie Nguyen"))
    ['danielle desiato', 'donna enzmann', 'natalie nguyen']
    """
    if not text:
        return frozenset()
    out = set()
    for raw in _NAME_SPLIT.split(_BY.sub("", text.strip())):
        part = _SPACE.sub(" ", raw).strip(" .-–—")
        if not part or _CREDENTIAL.match(part):
            continue
        out.add(_fold_name(part))
    out.discard("")
    return frozenset(out)


def _fold_name(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACE.sub(" ", plain.replace(".", " ")).strip()


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of ``size``-token shingles of a text (the whole text when it is shorter)."""
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < size:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def shingle_precision_recall(reference: str, got: str) -> tuple[float, float]:
    """Precision and recall of ``got``'s shingles against ``reference``'s for one page."""
    want, have = shingles(reference), shingles(got)
    if not want and not have:
        return 1.0, 1.0
    common = sum((want & have).values())
    precision = common / sum(have.values()) if have else 0.0
    recall = common / sum(want.values()) if want else 0.0
    return precision, recall


def word_f1(reference: str, got: str) -> float:
    """WCXB's token-level F1 (``\\w+`` tokens, lower-cased, multisets) for one page."""
    want, have = Counter(_TOKEN.findall(reference.lower())), Counter(_TOKEN.findall(got.lower()))
    if not want and not have:
        return 1.0
    common = sum((want & have).values())
    if not common:
        return 0.0
    precision, recall = common / sum(have.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def same_day(reference: str | None, got: object) -> bool:
    """True when ``got`` (a date, datetime or ISO string) falls on the reference day."""
    if not reference or got is None:
        return False
    if isinstance(got, datetime):
        return got.date().isoformat() == reference[:10]
    if isinstance(got, date):
        return got.isoformat() == reference[:10]
    return str(got)[:10] == reference[:10]


_SCRIPT = re.compile(rb"<script\b[^>]*>.*?</script\s*>|<script\b[^>]*/>", re.IGNORECASE | re.DOTALL)


def strip_scripts(page: bytes) -> bytes:
    """The page with every ``<script>`` element (JSON-LD included) removed."""
    return _SCRIPT.sub(b"", page)


# --------------------------------------------------------------------------- extractors


@dataclass
class Extracted:
    """What an extractor returned for one page, in the benchmark's terms."""

    titles: list[str | None]
    authors: frozenset[str]
    published: object
    body: str
    failed_fields: tuple[str, ...] = ()


#: The adapter newsparse.parse is told to use (``--adapter``); None lets the registry choose.
FORCED_ADAPTER: str | None = None


def parse_newsparse(page: bytes, url: str | None) -> Any:
    import newsparse

    return newsparse.parse(page, url, adapter=FORCED_ADAPTER)


def run_newsparse(page: bytes, url: str | None) -> Extracted:
    return newsparse_result(parse_newsparse(page, url))


def newsparse_result(article: Any) -> Extracted:
    titles: list[str | None] = [article.headline]
    if article.kicker and article.headline:
        titles += [f"{article.kicker} : {article.headline}", f"{article.kicker}: {article.headline}"]
    names: frozenset[str] = frozenset()
    if article.byline is not None:
        names = frozenset().union(*(names_in(a) for a in article.byline.authors or (article.byline.text,)))
    body = "\n\n".join(block.text for block in article.body)
    # A field whose code raised is left empty and recorded on the article: count those too.
    failed = tuple(
        p.field for p in article.problems if p.field != "json-ld" and not p.message.startswith("invalid JSON")
    )
    return Extracted(titles=titles, authors=names, published=article.published, body=body, failed_fields=failed)


def parse_trafilatura(page: bytes, url: str | None) -> Any:
    from trafilatura import bare_extraction

    return bare_extraction(page, url=url, with_metadata=True, include_comments=False)


def run_trafilatura(page: bytes, url: str | None) -> Extracted:
    return trafilatura_result(parse_trafilatura(page, url))


def trafilatura_result(doc: Any) -> Extracted:
    if doc is None:
        return Extracted(titles=[], authors=frozenset(), published=None, body="")
    values = doc if isinstance(doc, dict) else {k: getattr(doc, k, None) for k in ("title", "author", "date", "text")}
    return Extracted(
        titles=[values.get("title")],
        authors=names_in(values.get("author")),
        published=values.get("date"),
        body=values.get("text") or "",
    )


# Each extractor: the call that is timed, then what turns its result into the benchmark's terms.
EXTRACTORS: dict[str, tuple[Callable[[bytes, str | None], Any], Callable[[Any], Extracted]]] = {
    "newsparse": (parse_newsparse, newsparse_result),
    "trafilatura": (parse_trafilatura, trafilatura_result),
}


# --------------------------------------------------------------------------- the run


@dataclass
class Reference:
    page_id: str
    url: str | None
    title: str | None
    authors: frozenset[str]
    published: str | None
    body: str | None

    @classmethod
    def load(cls, path: Path) -> Reference:
        data = json.loads(path.read_text("utf-8"))
        truth = data.get("ground_truth", {})
        return cls(
            page_id=path.stem,
            url=data.get("url"),
            title=truth.get("title"),
            authors=names_in(truth.get("author")),
            published=truth.get("publish_date"),
            body=truth.get("main_content"),
        )


@dataclass
class Tally:
    """Per-extractor counts over a run."""

    name: str
    title: list[bool] = field(default_factory=list)
    author: list[bool] = field(default_factory=list)
    invented: list[bool] = field(default_factory=list)
    day: list[bool] = field(default_factory=list)
    precision: list[float] = field(default_factory=list)
    recall: list[float] = field(default_factory=list)
    word: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    ms: list[float] = field(default_factory=list)
    ratio: list[float] = field(default_factory=list)
    misses: dict[str, list[str]] = field(default_factory=dict)

    def add(self, ref: Reference, got: Extracted) -> None:
        if got.failed_fields:
            self.errors.append(f"{ref.page_id}: fields failed: {', '.join(got.failed_fields)}")
        if ref.title:
            self._check("title", ref, title_matches(ref.title, got.titles), ref.title, got.titles[:1])
        if ref.authors:
            self._check("author", ref, got.authors == ref.authors, sorted(ref.authors), sorted(got.authors))
        else:
            self.invented.append(bool(got.authors))
            if got.authors:
                self.misses.setdefault("invented", []).append(f"{ref.page_id}: {sorted(got.authors)}")
        if ref.published:
            self._check("day", ref, same_day(ref.published, got.published), ref.published, str(got.published))
        if ref.body:
            p, r = shingle_precision_recall(ref.body, got.body)
            self.precision.append(p)
            self.recall.append(r)
            self.word.append(word_f1(ref.body, got.body))
            if min(p, r) < 0.8:
                self.misses.setdefault("body", []).append(f"{ref.page_id}: P {p:.2f} R {r:.2f}")

    def _check(self, name: str, ref: Reference, ok: bool, want: object, have: object) -> None:
        getattr(self, name).append(ok)
        if not ok:
            self.misses.setdefault(name, []).append(f"{ref.page_id}: want {want!r} got {have!r}")

    def row(self) -> dict[str, str]:
        p, r = _mean(self.precision), _mean(self.recall)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "extractor": self.name,
            "title": f"{_mean(self.title):.3f}",
            "author": f"{_mean(self.author):.3f}",
            "invented": f"{_mean(self.invented):.3f}",
            "day": f"{_mean(self.day):.3f}",
            "shingle P": f"{p:.3f}",
            "shingle R": f"{r:.3f}",
            "shingle F1": f"{f1:.3f}",
            "word F1": f"{_mean(self.word):.3f}",
            "errors": str(len(self.errors)),
            "ms/page": f"{statistics.median(self.ms):.1f}" if self.ms else "-",
            "x lxml": f"{statistics.median(self.ratio):.2f}" if self.ratio else "-",
        }


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def load_corpus(folder: Path, half: str | None = None) -> list[tuple[Reference, Path]]:
    """The (reference, page) pairs of a WCXB-layout folder, sorted by page id."""
    pairs = []
    for truth in sorted((folder / "ground-truth").glob("*.json")):
        page = folder / "html" / f"{truth.stem}.html.gz"
        if not page.exists():
            page = folder / "html" / f"{truth.stem}.html"
        if not page.exists():
            continue
        if half is not None and truth.stem.isdigit() and (int(truth.stem) % 2 == 0) != (half == "even"):
            continue
        pairs.append((Reference.load(truth), page))
    return pairs


def read_page(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def run(pairs: Sequence[tuple[Reference, Path]], extractors: Sequence[str], *, strip: bool) -> list[Tally]:
    tallies = [Tally(name) for name in extractors]
    if pairs:  # warm up imports and caches outside the timings
        first = read_page(pairs[0][1])
        for name in extractors:
            EXTRACTORS[name][0](first, pairs[0][0].url)
    for ref, path in pairs:
        page = read_page(path)
        if strip:
            page = strip_scripts(page)
        start = time.thread_time()
        lxml.html.document_fromstring(page)  # its tree is freed inside the timer, as parse() frees its own
        floor = time.thread_time() - start
        for tally in tallies:
            call, convert = EXTRACTORS[tally.name]
            start = time.thread_time()
            try:
                result = call(page, ref.url)
            except Exception as exc:  # noqa: BLE001 - a benchmark counts every failure
                tally.errors.append(f"{ref.page_id}: {type(exc).__name__}: {exc}")
                got = Extracted(titles=[], authors=frozenset(), published=None, body="")
            else:
                elapsed = time.thread_time() - start
                tally.ms.append(elapsed * 1000)
                tally.ratio.append(elapsed / floor if floor > 0 else float("nan"))
                got = convert(result)
            tally.add(ref, got)
    return tallies


def print_table(tallies: Sequence[Tally], out: Any = None) -> None:
    out = out or sys.stdout
    rows = [t.row() for t in tallies]
    keys = list(rows[0])
    widths = {k: max(len(k), *(len(r[k]) for r in rows)) for k in keys}
    out.write("| " + " | ".join(k.ljust(widths[k]) for k in keys) + " |\n")
    out.write("|" + "|".join("-" * (widths[k] + 2) for k in keys) + "|\n")
    for r in rows:
        out.write("| " + " | ".join(r[k].ljust(widths[k]) for k in keys) + " |\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score newsparse (and a peer) on a WCXB-layout corpus.")
    parser.add_argument("corpus", type=Path, metavar="CORPUS_DIR", help="folder with html/ and ground-truth/")
    parser.add_argument("--peer", choices=["trafilatura"], action="append", default=[], help="also run this extractor")
    parser.add_argument("--strip-scripts", action="store_true", help="remove every <script> before parsing")
    parser.add_argument("--half", choices=["even", "odd"], help="only the pages with an even (odd) number")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--show", action="append", default=[], help="list newsparse's misses on a field")
    parser.add_argument(
        "--adapter", help="make newsparse use this adapter on every page (e.g. generic) instead of choosing one"
    )
    args = parser.parse_args(argv)
    global FORCED_ADAPTER  # noqa: PLW0603 - the benchmark's one setting, read by run_newsparse
    FORCED_ADAPTER = args.adapter
    if not (args.corpus / "ground-truth").is_dir():
        parser.error(f"{args.corpus}: no ground-truth/ folder (expected the WCXB layout)")
    for peer in args.peer:
        try:
            __import__(peer)
        except ImportError:
            parser.error(f"--peer {peer}: not installed (pip install {peer})")
    pairs = load_corpus(args.corpus, args.half)[: args.limit]
    tallies = run(pairs, ["newsparse", *args.peer], strip=args.strip_scripts)
    mode = "scripts stripped" if args.strip_scripts else "as crawled"
    chosen = f"adapter {args.adapter} on every page" if args.adapter else "adapter chosen by the registry"
    print(f"{len(pairs)} pages from {args.corpus} ({mode}; newsparse: {chosen})\n")
    print_table(tallies)
    for name in args.show:
        misses = tallies[0].misses.get(name, [])
        print(f"\nnewsparse {name} misses ({len(misses)})")
        for line in misses:
            print("  " + line[:400])
    for tally in tallies:
        for error in tally.errors:
            print(f"{tally.name} error: {error[:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
