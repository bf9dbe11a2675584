"""Compare an adapter with the generic one on the WCXB pages the adapter claims.

    python benchmarks/wcxb_versus_generic.py /work/shared/corpus/wcxb-dev wordpress [-v]

For every page of the corpus (``html/NNNN.html.gz`` with ``ground-truth/NNNN.json``) that
the default registry gives to ADAPTER, the page is parsed with the generic adapter and
with ADAPTER, and both are scored against the ground truth: title (headline equal,
whitespace and case folded), author (byline text or its authors joined equal), date
(published day equal to ``publish_date``) and body token F1 against ``main_content``.
It prints the counts for both; ``-v`` prints one line per page.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from datetime import datetime
from pathlib import Path

from newsparse import Article, Document, Registry, parse
from newsparse.errors import NewsparseError
from newsparse.evaluate import token_f1


def _fold(text: str | None) -> str | None:
    return re.sub(r"\s+", " ", text or "").strip().casefold() or None


def _scores(article: Article, truth: dict[str, str | None]) -> dict[str, float | None]:
    out: dict[str, float | None] = {"title": None, "author": None, "date": None}
    if truth.get("title"):
        out["title"] = float(_fold(article.headline) == _fold(truth["title"]))
    if truth.get("author"):
        byline = article.byline
        wanted = _fold(truth["author"])
        shown = (
            {_fold(byline.text), _fold(", ".join(byline.authors)), _fold(" and ".join(byline.authors))}
            if byline
            else set()
        )
        out["author"] = float(wanted in shown)
    if truth.get("publish_date"):
        day = article.published.date() if isinstance(article.published, datetime) else article.published
        out["date"] = float(day is not None and day.isoformat() == (truth["publish_date"] or "")[:10])
    out["f1"] = token_f1(truth.get("main_content") or "", " ".join(b.text for b in article.body))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="the wcxb-dev folder (html/ and ground-truth/)")
    parser.add_argument("adapter", help="the adapter to compare with generic")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per page")
    args = parser.parse_args()
    registry = Registry.default()
    totals: dict[str, dict[str, list[float]]] = {"generic": {}, args.adapter: {}}
    claimed = 0
    for page in sorted((args.corpus / "html").glob("*.html.gz")):
        record = json.loads((args.corpus / "ground-truth" / page.name.replace(".html.gz", ".json")).read_text("utf-8"))
        data, url = gzip.decompress(page.read_bytes()), record.get("url")
        try:
            if registry.detect(Document.from_page(data, url), url).adapter.name != args.adapter:
                continue
        except NewsparseError:
            continue
        claimed += 1
        line = [page.name]
        for name, total in totals.items():
            scores = _scores(parse(data, url, adapter=name), record["ground_truth"])
            for key, value in scores.items():
                if value is not None:
                    total.setdefault(key, []).append(value)
            line.append(f"{name}: " + " ".join(f"{k}={v:.2f}" for k, v in scores.items() if v is not None))
        if args.verbose:
            print("  ".join(line))
    print(f"pages of {args.corpus} claimed by {args.adapter}: {claimed}")
    print(f"{'adapter':<12} {'title':>12} {'author':>12} {'date':>12} {'body F1':>8}")
    for name, scores in totals.items():
        cells = []
        for key in ("title", "author", "date"):
            values = scores.get(key, [])
            cells.append(f"{int(sum(values)):>5}/{len(values):<5}")
        f1 = scores.get("f1", [])
        print(f"{name:<12} {cells[0]:>12} {cells[1]:>12} {cells[2]:>12} {sum(f1) / max(1, len(f1)):>8.3f}")


if __name__ == "__main__":
    main()
