"""Plain-text cards for news articles: the example app that uses newsparse.

>>> from newsparse import Article, Block
>>> print(card(Article(headline="Budget approved", body=[Block(text="The council voted.")], comment_count=0)))
Budget approved
The council voted.
No comments
"""

from __future__ import annotations

import textwrap

from newsparse import Article

__all__ = ["card"]


def card(article: Article, width: int = 72) -> str:
    """A card: kicker, headline, credit line, the first paragraph cut to two lines, comments."""
    lines = []
    if article.kicker:
        lines.append(article.kicker)
    lines.append(article.headline or "(untitled)")
    credit = [article.byline.text if article.byline else None]
    credit.append(article.published.isoformat()[:10] if article.published else None)
    if any(credit):
        lines.append(" · ".join(part for part in credit if part))
    first = next((block.text for block in article.body if block.kind == "paragraph"), None)
    if first:
        lines.extend(textwrap.wrap(first, width=width, max_lines=2, placeholder=" …"))
    if article.comment_count is not None:
        count = article.comment_count
        lines.append("No comments" if count == 0 else f"{count} comment{'s' if count > 1 else ''}")
    return "\n".join(lines)
