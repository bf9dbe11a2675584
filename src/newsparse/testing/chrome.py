"""The parts of a news page that are not the article: the noise extraction must ignore.

Menus and mega menus full of other headlines, a breaking-news ticker, related-article
lists with excerpts, a sidebar (most read, newsletter form, tag cloud, an ad slot), a
comment thread, a cookie banner, a footer, and the inline scripts and styles every
real page carries. Each function returns an HTML fragment in plain WordPress-like
markup; theme renderers use them as they are or wrap them in their theme's classes.
The choices come from a seeded :class:`~newsparse.testing.words.Pick`, so a page is
a pure function of its article.
"""

from __future__ import annotations

from newsparse.testing.markup import attr, slug, text
from newsparse.testing.words import Pick, Tongue, headline, paragraph, sentence

__all__ = [
    "STYLESHEET",
    "comment_thread",
    "cookie_banner",
    "head_scripts",
    "inline_advert",
    "menu",
    "read_also",
    "related_list",
    "share_bar",
    "sidebar",
    "site_footer",
    "stories",
    "tail_scripts",
    "ticker",
]

STYLESHEET = """<style id="theme-inline-css">
:root{--accent:#c0392b;--text:#1d1d1d}
body{font-family:Georgia,serif;color:var(--text)}
.article-body p{margin:0 0 1.2em;line-height:1.6}
.mega-menu{display:none}.menu li:hover .mega-menu{display:block}
.breadcrumb li+li:before{content:"\\203A";padding:0 .3em}
/* <p>Not text: a comment in a stylesheet</p> */
</style>"""


def stories(pick: Pick, tongue: Tongue, home: str, count: int) -> list[tuple[str, str]]:
    """``count`` other articles of the site: (headline, URL)."""
    out = []
    for i in range(count):
        title = headline(pick, tongue)
        out.append((title, f"{home}{pick.number(2019, 2025)}/{slug(title, f'article-{i}')}-{pick.number(100, 99999)}/"))
    return out


def menu(pick: Pick, tongue: Tongue, home: str) -> str:
    """The main navigation: sections, each with a mega menu of recent headlines."""
    items = []
    for section in tongue.sections[: pick.number(4, len(tongue.sections))]:
        mega = "".join(
            f'<li><a href="{attr(url)}" title="{attr(title)}">{text(title, tongue)}</a></li>'
            for title, url in stories(pick, tongue, home, 2)
        )
        items.append(
            f'<li class="menu-item"><a href="{attr(home)}category/{slug(section)}/">{text(section, tongue)}</a>'
            f'<ul class="mega-menu">{mega}</ul></li>'
        )
    return f'<ul class="menu">{"".join(items)}</ul>'


def ticker(pick: Pick, tongue: Tongue, home: str) -> str:
    """A breaking-news ticker of other headlines."""
    links = "".join(
        f'<li><a href="{attr(url)}">{text(title, tongue)}</a></li>' for title, url in stories(pick, tongue, home, 3)
    )
    return f'<div class="news-ticker"><span class="ticker-label">{text(tongue.breaking, tongue)}</span><ul>{links}</ul></div>'


def related_list(pick: Pick, tongue: Tongue, home: str) -> str:
    """Related articles: thumbnail, headline, excerpt and a relative date (not a date)."""
    items = []
    for title, url in stories(pick, tongue, home, pick.number(2, 4)):
        hours = pick.number(2, 23)
        items.append(
            f'<li class="related-item"><a class="thumb" href="{attr(url)}"><img src="{attr(home)}wp-content/uploads/'
            f'thumb-{hours}.jpg" alt="" width="300" height="200"></a>'
            f'<h3 class="related-title"><a href="{attr(url)}">{text(title, tongue)}</a></h3>'
            f'<p class="excerpt">{text(sentence(pick, tongue), tongue)}</p>'
            f'<span class="ago">{text(tongue.ago.format(n=hours), tongue)}</span></li>'
        )
    return (
        f'<section class="related-posts"><h2 class="section-title">{text(tongue.read_also, tongue)}</h2>'
        f"<ul>{''.join(items)}</ul></section>"
    )


def sidebar(pick: Pick, tongue: Tongue, home: str, site: str | None) -> str:
    """The sidebar: most read list, an about box, the newsletter form, a tag cloud, an ad slot."""
    most = "".join(
        f'<li><a href="{attr(url)}">{text(title, tongue)}</a></li>' for title, url in stories(pick, tongue, home, 5)
    )
    cloud = " ".join(
        f'<a class="tag-cloud-link" href="{attr(home)}tag/{slug(tag)}/" style="font-size:{pick.number(8, 22)}pt">'
        f"{text(tag, tongue)}</a>"
        for tag in tongue.tags[: pick.number(3, len(tongue.tags))]
    )
    about = text(paragraph(pick, tongue, most=2), tongue)
    return (
        '<aside id="secondary" class="sidebar widget-area">'
        f'<section class="widget widget-most-read"><h2 class="widget-title">{text(tongue.most_read, tongue)}</h2>'
        f"<ol>{most}</ol></section>"
        f'<section class="widget widget-text"><h2 class="widget-title">{text(site or "", tongue)}</h2><p>{about}</p></section>'
        f'<section class="widget widget-newsletter"><p>{text(tongue.newsletter, tongue)}</p>'
        '<form action="/newsletter/" method="post"><input type="email" name="email" placeholder="email@example.org">'
        '<button type="submit">OK</button></form></section>'
        f'<section class="widget widget_tag_cloud"><div class="tagcloud">{cloud}</div></section>'
        f'<div class="advert advert--sidebar"><span>{text(tongue.advert, tongue)}</span>'
        '<ins class="adsbygoogle" data-ad-slot="1234567890"></ins></div>'
        "</aside>"
    )


def comment_thread(pick: Pick, tongue: Tongue, count: int, label: str) -> str:
    """The comment area: the count as a heading, up to three comments, and the form."""
    comments = []
    for i in range(min(count, 3)):
        comments.append(
            f'<li class="comment" id="comment-{i + 1}"><div class="comment-author">'
            f"{text(pick.one(tongue.people), tongue)}</div>"
            f'<div class="comment-content"><p>{text(sentence(pick, tongue), tongue)}</p></div></li>'
        )
    return (
        f'<section id="comments" class="comments-area"><h2 class="comments-title">{text(label, tongue)}</h2>'
        f'<ol class="comment-list">{"".join(comments)}</ol>'
        f'<div id="respond"><h3 class="comment-reply-title">{text(tongue.leave_comment, tongue)}</h3>'
        '<form action="/wp-comments-post.php" method="post"><textarea name="comment"></textarea>'
        '<button type="submit">OK</button></form></div></section>'
    )


def inline_advert(tongue: Tongue) -> str:
    """An ad slot inside the article text, with its loader script."""
    return (
        f'<div class="advert advert--inline"><span class="advert-label">{text(tongue.advert, tongue)}</span>'
        '<ins class="adsbygoogle" data-ad-slot="9876543210"></ins>'
        "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>"
    )


def read_also(pick: Pick, tongue: Tongue, home: str) -> str:
    """A "read also" box set between two paragraphs of the article."""
    title, url = stories(pick, tongue, home, 1)[0]
    return (
        f'<aside class="read-also"><strong>{text(tongue.read_also, tongue)}</strong> '
        f'<a href="{attr(url)}">{text(title, tongue)}</a></aside>'
    )


def share_bar(tongue: Tongue, url: str | None) -> str:
    """Share buttons."""
    target = attr(url or "")
    return (
        f'<div class="share-buttons"><span>{text(tongue.share, tongue)}</span>'
        f'<a class="share-facebook" href="https://www.facebook.com/sharer.php?u={target}">Facebook</a>'
        f'<a class="share-x" href="https://x.com/intent/post?url={target}">X</a>'
        '<a class="share-mail" href="mailto:?subject=">Email</a></div>'
    )


def cookie_banner(tongue: Tongue) -> str:
    """The cookie consent banner."""
    return (
        f'<div class="cookie-notice" role="dialog"><p>{text(tongue.cookies, tongue)}</p>'
        '<button type="button">OK</button></div>'
    )


def site_footer(pick: Pick, tongue: Tongue, home: str, site: str | None, year: int) -> str:
    """The footer: a menu and the copyright line."""
    return (
        f'<footer class="site-footer">{menu(pick, tongue, home)}'
        f'<p class="copyright">© {year} {text(site or "", tongue)}. {text(tongue.rights, tongue)}</p></footer>'
    )


def head_scripts(home: str) -> str:
    """The inline scripts of a page head: analytics and a theme config holding HTML in strings."""
    return (
        "<script>window.dataLayer = window.dataLayer || [];"
        "function gtag(){dataLayer.push(arguments);}gtag('js', new Date());</script>\n"
        f'<script>var theme_config = {{"ajax_url":"{home}wp-admin/admin-ajax.php",'
        '"more":"<p class=\\"more\\">Voir plus<\\/p>","rtl":false};</script>'
    )


def tail_scripts(home: str) -> str:
    """The scripts at the end of a page body."""
    return (
        f'<script src="{attr(home)}wp-includes/js/jquery/jquery.min.js"></script>\n'
        "<script>document.querySelectorAll('.menu-item').forEach(function(el){el.classList.add('ready');});</script>\n"
        '<noscript><img height="1" width="1" alt="" src="https://pixel.invalid/tr?id=1"></noscript>'
    )
