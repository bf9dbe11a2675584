"""The generic adapter on the founding example, before any theme adapter is involved."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from lxml import etree

from newsparse import Article, Image, parse
from newsparse.adapters.generic import GenericAdapter

from .conftest import expected, page_bytes


@pytest.mark.parametrize("name", ["seed/seed-classic.html", "seed/seed-composer.html"])
def test_generic_adapter_reads_the_core_fields_of_the_seed(name: str) -> None:
    want = Article.from_dict(expected(name))
    got = parse(page_bytes(name), want.url, adapter=GenericAdapter)
    assert got.headline == want.headline
    assert got.body == want.body
    assert got.language == want.language
    assert got.canonical_url == want.canonical_url
    assert got.published == want.published
    assert got.section == want.section
    assert got.comment_count == want.comment_count


def test_generic_adapter_takes_the_h1_that_agrees_with_structured_data() -> None:
    page = """<head><meta property="og:title" content="The real story - Site"></head>
    <body><h1>Site logo</h1><article><h1>The real story</h1><p>Text of the story, long enough.</p></article></body>"""
    assert parse(page).headline == "The real story"


def test_generic_adapter_does_not_invent_an_author() -> None:
    page = (
        "<h1>T</h1><div class='byline'>Posted by admin</div><article><p>Some text here that is the body.</p></article>"
    )
    assert parse(page).byline is None


def test_generic_adapter_does_not_take_a_kicker_inside_the_h1_beside_the_date_for_a_byline() -> None:
    # Found by the arc-xp round trip: the kicker in its own element of the h1 is a line of
    # the text window two lines above the date, and reads as a name in capitals.
    page = (
        '<html lang="fr"><head><meta property="og:title" content="Le port ferme"></head>'
        '<body><h1><em class="lead">CONSEIL DES MINISTRES</em> Le port ferme</h1>'
        "<span><time>1 janvier 2000</time></span><p>"
        + "Le port de pêche ferme pour travaux. " * 8
        + "</p></body></html>"
    )
    assert parse(page, "https://news.example/a").byline is None


def test_generic_adapter_reads_rel_prev_next_but_not_pagination() -> None:
    page = """<h1>T</h1><article><p>Body text of the article that is long enough.</p></article>
    <div class="pagination"><a rel="next" href="/page/2">2</a></div>
    <nav class="post-navigation"><a rel="prev" href="/older">Older story</a><a rel="next" href="/newer">Newer story</a></nav>"""
    a = parse(page, "https://news.example/story")
    assert a.neighbors.previous is not None and a.neighbors.previous.title == "Older story"
    assert a.neighbors.next is not None and a.neighbors.next.url == "https://news.example/newer"


# --------------------------------------------------------------------------- structured data and markup together


def test_generic_adapter_takes_a_json_ld_person_before_the_markup() -> None:
    page = """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Story",
    "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Organization","name":"Example News"}]}</script>
    <h1>Story</h1><div class="byline">By Someone Else</div><article><p>Body text of the story, long enough.</p>
    <p>Jane Doe covers the city hall.</p></article>"""
    byline = parse(page, "https://example.org/story").byline
    assert byline is not None and byline.authors == ("Jane Doe",)


def test_one_link_to_a_writers_page_may_name_two_writers() -> None:
    # shakuro.com (wcxb 0233): a co-written post links both names to one author page
    page = f"""<div class="hero"><h1>How Are Mobile Apps Created?</h1><div class="meta">
    <p><a class="name" href="/blog/author/moses-kim-and-kate-shokurova">Moses Kim and Kate Shokurova</a></p>
    <p class="date">April 8, 2024</p></div></div><article><p>{LONG}</p></article>"""
    byline = parse(page, "https://shakuro.com/blog/how-apps-are-made").byline
    assert byline is not None and byline.authors == ("Moses Kim", "Kate Shokurova")


def test_a_category_link_beside_the_date_is_no_writer() -> None:
    # spectrecollie.com (wcxb 0481): the post's category printed under the title, beside
    # the date, reads like a name; its link to the category's page says what it is.
    page = f"""<main><div class="post-header"><h1>Are AI Evangelists In Heat?</h1>
    <p class="deck">What Hollywood legends can teach us</p><div class="meta"><time>December 18, 2025</time>
    <div class="taxonomy-category"><a href="https://spectrecollie.com/category/nonessential-thoughts/"
    rel="tag">Nonessential Thoughts</a>, <a href="https://spectrecollie.com/category/technology/"
    rel="tag">Technology</a></div></div></div><article><p>{LONG}</p></article></main>"""
    assert parse(page, "https://spectrecollie.com/2025/12/18/are-ai-evangelists-in-heat/").byline is None
    # emplifi.io's topic pills link to "/resource-topic/customer-care/" (wcxb 0101)
    pills = page.replace("https://spectrecollie.com/category/nonessential-thoughts/", "/resource-topic/x/").replace(
        ' rel="tag"', ""
    )
    assert parse(pills, "https://spectrecollie.com/2025/12/18/are-ai-evangelists-in-heat/").byline is None
    # The writer's own name there, linked to their page, stays the byline.
    writer = page.replace("https://spectrecollie.com/category/nonessential-thoughts/", "/author/jane-roe/").replace(
        ">Nonessential Thoughts<", ">Jane Roe<"
    )
    byline = parse(writer, "https://spectrecollie.com/2025/12/18/are-ai-evangelists-in-heat/").byline
    assert byline is not None and byline.authors == ("Jane Roe",)


def test_a_json_ld_author_the_page_names_nowhere_else_is_no_credit() -> None:
    # nutritionsource.hsph.harvard.edu (wcxb 0073): WordPress's JSON-LD names the account
    # that posted the page; the page credits no one.
    ld = '{"@type":"Article","author":{"@type":"Person","name":"Jessie Powell"}}'
    page = f"""<script type="application/ld+json">{ld}</script><h1>Healthy Eating Plate</h1>
    <article><p>{LONG}</p></article>"""
    assert parse(page, "https://nutritionsource.hsph.harvard.edu/healthy-eating-plate/").byline is None
    # Named in an author meta tag (Yoast's "Written by"), or anywhere in the text, it is a credit.
    meta = '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jessie Powell">'
    for shown in (meta + page, page.replace("</article>", "<p>Reviewed for you by Jessie Powell.</p></article>")):
        byline = parse(shown, "https://nutritionsource.hsph.harvard.edu/healthy-eating-plate/").byline
        assert byline is not None and byline.authors == ("Jessie Powell",)


def test_generic_adapter_does_not_credit_the_publisher_it_does_not_show() -> None:
    page = """<head><meta property="og:site_name" content="Example News"><meta name="author" content="Example News">
    </head><h1>Story</h1><article><p>Body text of the story, long enough to be a paragraph of it.</p></article>"""
    assert parse(page, "https://example.org/story").byline is None


def test_generic_adapter_credits_the_writer_a_personal_site_is_named_after() -> None:
    # sam.bossley.com: the blog goes by its writer's name, in the title and as the author.
    head = """<head><title>Thoughts on Zig | Sam Bossley</title><meta property="og:site_name" content="Sam Bossley">
    <meta name="author" content="Sam Bossley">{ld}</head>"""
    body = (
        "<h1>Thoughts on Zig</h1><article><p>Body text of the post, long enough to be a paragraph of it.</p></article>"
    )
    ld = '<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"Sam Bossley"}}</script>'
    for page in (head.format(ld=ld) + body, head.format(ld="") + body):
        byline = parse(page, "https://sam.bossley.com/thoughts/zig").byline
        assert byline is not None and byline.authors == ("Sam Bossley",)


def test_generic_adapter_does_not_credit_an_organisation_typed_as_a_person() -> None:
    # A clinic's site that types itself Person in JSON-LD and names itself as the author.
    page = """<head><meta property="og:site_name" content="Cleveland Clinic"><meta name="author" content="Cleveland Clinic">
    <script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Cleveland Clinic"}}</script>
    </head><h1>Story</h1><article><p>Body text of the story, long enough to be a paragraph of it.</p></article>"""
    assert parse(page, "https://my.clevelandclinic.org/health/story").byline is None


def test_generic_adapter_reads_a_published_meta_tag_written_out() -> None:
    # cloud.google.com-style pages: <meta name="published" content="July 17, 2025">
    page = """<head><meta name="published" content="July 17, 2025"></head><h1>Story</h1>
    <article><p>Body text of the story, long enough to be a paragraph of it.</p></article>"""
    assert parse(page, "https://example.org/story").published == date(2025, 7, 17)


@pytest.mark.parametrize(
    "name", ["w-published-date", "cxenseparse:publishtime", "dc.date.issued", "citation_publication_date", "date-pub"]
)
def test_generic_adapter_reads_a_meta_tag_named_for_the_publication_in_the_sites_words(name: str) -> None:
    # wix.com's blog: <meta name="w-published-date">, its scripts stripped.
    page = f"""<head><meta name="{name}" content="2025-05-27T06:03:43.274Z"></head><h1>Story</h1>
    <article><p>Body text of the story, long enough to be a paragraph of it.</p></article>"""
    assert parse(page, "https://example.org/story").published == datetime(2025, 5, 27, 6, 3, 43, tzinfo=timezone.utc)


def test_a_meta_tag_that_names_the_publisher_or_a_setting_gives_no_date() -> None:
    page = """<head><meta name="auto-publish" content="yes"><meta property="article:publisher" content="2025">
    <meta name="modified-date" content="2025-01-01"></head><h1>Story</h1>
    <article><p>Body text of the story, long enough to be a paragraph of it.</p></article>"""
    assert parse(page, "https://example.org/story").published is None


def test_generic_adapter_splits_a_json_ld_author_that_names_two_writers_and_their_paper() -> None:
    # commercialappeal.com: one Person whose name is the whole credit line
    page = """<head><meta property="og:site_name" content="The Commercial Appeal">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Story",
    "author":{"@type":"Person","name":"Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal"}}</script>
    </head><h1>Story</h1><div class=byline-section><span class=author>Manoj Jain</span> and
    <span class=author>Jagpreet Chhatwal</span> | Guest Columnists</div>
    <article><p>Body text of the story, long enough to be a paragraph of it.</p></article>"""
    byline = parse(page, "https://www.commercialappeal.com/story/opinion/").byline
    assert byline is not None and byline.authors == ("Manoj Jain", "Jagpreet Chhatwal")


def test_generic_adapter_credits_the_owner_of_a_blog_named_after_them() -> None:
    # chiark.greenend.org.uk/~cjwatson: the title says whose blog it is, nothing else credits
    page = """<head><title>Preparing a transition in Debusine | Colin Watson's blog</title></head>
    <h1>Preparing a transition in Debusine</h1><article><p>Body text of the post, long enough to be a paragraph.</p>
    </article>"""
    byline = parse(page, "https://www.chiark.greenend.org.uk/~cjwatson/blog/debusine.html").byline
    assert byline is not None and byline.authors == ("Colin Watson",)
    # a site named like a person is not enough: brands are named so too
    page = page.replace("Colin Watson's blog", "Easy LMS")
    assert parse(page, "https://www.easy-lms.com/blog/x").byline is None


def test_generic_adapter_reads_the_author_box_when_nothing_else_credits_anyone() -> None:
    # uforocks.com and network1consulting.com: the writer is named only in the box after the text
    page = """<h1>Why keyword stuffing does not work</h1><article><p>Body text of the post, long enough
    to be a paragraph of it.</p></article><div class="post-author-box"><img alt=""><p>Written by John Crenshaw</p>
    <p>John writes about search.</p></div><aside><div class="author-widget"><p>Jane Sidebar</p></div></aside>"""
    byline = parse(page, "https://www.uforocks.com/blog/keyword-stuffing/").byline
    assert byline is not None and byline.authors == ("John Crenshaw",)
    # a box in the sidebar is the site's, not the article's
    page = page.replace('<div class="post-author-box">', '<aside><div class="post-author-box">').replace(
        "</div><aside>", "</div></aside><aside>", 1
    )
    assert parse(page, "https://www.uforocks.com/blog/keyword-stuffing/").byline is None


def test_generic_adapter_reads_an_element_marked_as_the_post_date_when_nothing_else_dates_it() -> None:
    page = """<h1>Thoughts on the year</h1><article><p>Body text of the post, long enough to be a paragraph
    of it.</p></article><div class="post-meta"><span class="post-date">March 3, 2025</span></div>"""
    assert parse(page, "https://example.org/post").published == date(2025, 3, 3)
    # dates of a list of posts, each its own, date none of them
    listed = page.replace(
        '<div class="post-meta">',
        '<div class="more"><span class="post-date">May 1, 2025</span><span class="post-date">May 9, 2025</span></div>'
        '<div class="post-meta">',
    )
    assert parse(listed, "https://example.org/post").published is None
    # the cards of related posts print their own dates beside the post's (wcxb 0300)
    related = page.replace(
        '<div class="post-meta">',
        '<div class="cards"><span class="related-post-card__date">DEC 19, 2025</span></div><div class="post-meta">',
    )
    assert parse(related, "https://example.org/post").published == date(2025, 3, 3)


def test_generic_adapter_reads_a_publication_credit_that_closes_the_text() -> None:
    # A blog signs each post off inside the post, its links to other posts after (wcxb 0494).
    text = f"<p>{LONG}</p>" * 20  # the story's lines, far from the headline
    page = f"""<h1>Rust GCC backend: why and how</h1><div class="article">{text}
    <div>Posted on the 15/12/2025 at 19:00 by <a href="https://github.com/someone">@someone</a></div>
    <div class="prev-next-articles"><a href="/articles/older">Previous article</a></div></div>"""
    assert parse(page, "https://blog.example.org/articles/gcc").published == date(2025, 12, 15)
    # A sentence of the story that mentions a publication dates nothing.
    sentence = page.replace("Posted on the 15/12/2025 at 19:00 by", "The study was published on 15/12/2025 by")
    assert parse(sentence, "https://blog.example.org/articles/gcc").published is None


def test_a_publication_line_shown_after_the_text_comes_before_the_structured_data() -> None:
    # uschamber.com closes its articles with "Published <time>August 13, 2025</time>" (two
    # lines of text), while its JSON-LD gives the day the page was last rebuilt (wcxb 0343).
    ld = (
        '<script type="application/ld+json">{"@type": "Article", "datePublished": "2025-11-29T12:28:31-05:00"}</script>'
    )
    text = f"<p>{LONG}</p>" * 12
    page = f"""<head>{ld}</head><h1>Free accounting tools</h1><div class="article-body">{text}
    <div class="newsletter"><p>Subscribe</p><p>You can opt out anytime.</p></div>
    <div class="article-body__published">Published <time pubdate datetime="2025-08-13">August 13, 2025</time></div>
    </div>"""
    assert parse(page, "https://www.example.com/run/free-accounting-tools").published == date(2025, 8, 13)
    # without the line, the structured data dates the article
    bare = page.replace("Published <time", "<time").replace("August 13, 2025", "")
    assert parse(bare, "https://www.example.com/run/free-accounting-tools").published == datetime(
        2025, 11, 29, 12, 28, 31, tzinfo=timezone(timedelta(hours=-5))
    )


def test_a_comment_date_is_not_the_publication() -> None:
    # A short post's zone reaches its comments, whose dates are the comments' (wcxb 4682).
    meta = '<meta property="article:published_time" content="2025-06-20T13:11:19+00:00">'
    comments = """<div class="wp-block-comments"><h3 id="comments">2 responses</h3><ol><li class="comment">
    <div class="wp-block-comment-date"><time datetime="2025-06-19T01:45:33+00:00">June 19, 2025</time></div>
    <p>Great list, thanks.</p></li></ol></div>"""
    page = f"<head>{meta}</head><div><h2>The best strategy games so far</h2><p>{LONG}</p>{comments}</div>"
    assert parse(page, "https://example.org/2025/06/20/games/").published == datetime(
        2025, 6, 20, 13, 11, 19, tzinfo=timezone.utc
    )
    # Squarespace marks the post itself "has-comments": its own date stays the post's.
    post = f"""<article class="BlogItem has-comments"><h1>Herbs for pest control</h1>
    <time class="Blog-meta-item--date" datetime="2021-06-17">June 17, 2021</time><p>{LONG}</p></article>"""
    assert parse(post, "https://example.org/blog/herbs").published == date(2021, 6, 17)


def test_an_ambiguous_shown_date_is_read_as_the_page_dates_it_elsewhere() -> None:
    # English outside the US writes its day first (wcxb 4690: the address names the day).
    page = f"""<html lang="en"><h1>How many wine styles are there?</h1><p>03/10/2023</p>
    <p>by WSET Global</p><article><p>{LONG}</p></article></html>"""
    assert parse(page).published == date(2023, 3, 10)  # "en" alone: month first
    assert parse(page, "https://example.org/blog/2023/october/03/wine-styles").published == date(2023, 10, 3)
    # A sidebar's time element dates the same post (wcxb 0429).
    sidebar = (
        '<aside><a href="/blog/wine-styles">How many</a><time datetime="2023-10-03">October 03, 2023</time></aside>'
    )
    assert parse(page.replace("</article>", "</article>" + sidebar)).published == date(2023, 10, 3)
    # Both readings given elsewhere: the language decides, as before.
    both = sidebar + '<aside><time datetime="2023-03-10">March 10, 2023</time></aside>'
    assert parse(page.replace("</article>", "</article>" + both)).published == date(2023, 3, 10)


def test_a_time_element_of_the_labelled_update_is_no_publication() -> None:
    # "Last updated: <time>" under the headline, no structured publication (wcxb 4146):
    # the page does not say when it was first published.
    page = f"""<h1>The best telescopes for beginners</h1><p>By Trevor Jones</p>
    <p class="post-meta-note">Last updated: <time datetime="2026-01-12">January 12, 2026</time>.</p>
    <article><p>{LONG}</p></article>"""
    article = parse(page, "https://example.org/telescopes/")
    assert article.published is None
    assert article.modified == date(2026, 1, 12)
    # A time element of another day is still read as the publication.
    other = page.replace("</article>", '<time datetime="2017-03-16">March 16, 2017</time></article>')
    assert parse(other, "https://example.org/telescopes/").published == date(2017, 3, 16)


def test_a_byline_rows_category_link_is_no_author() -> None:
    # Scripps prints the date and the story's category in <section class="byline">
    # (wcxb 4125); the page credits no one.
    page = f"""<main><div class="article-header"><h1>9 common food myths debunked</h1><section class="byline"><span
    class="byline__release-date"><time datetime="2023-03-20T00:00:00-07:00">March 20, 2023</time></span>
    <span class="byline__separator"> | </span><span class="byline__category"><a
    href="/health-and-wellness/wellness-prevention-articles-and-videos">Wellness &amp; Prevention</a></span>
    </section></div><article><p>{LONG}</p></article></main>"""
    assert parse(page, "https://example.org/health/food-myths").byline is None
    # The same row with the writer's link names the writer.
    credited = page.replace(
        '<span class="byline__separator">',
        '<span class="byline__author"><a href="/staff/jane-roe">Jane Roe</a></span><span class="byline__separator">',
    )
    byline = parse(credited, "https://example.org/health/food-myths").byline
    assert byline is not None and byline.authors == ("Jane Roe",)


def test_a_credit_set_in_spans_with_nothing_between_them_reads_as_words() -> None:
    # aaa.com's React page: "<span>Written by</span><span>AAA Travel Editor, SMT</span>"
    # read as "Written byAAA..." (wcxb 0149); a journal's author link closes with a
    # footnote mark, "Jennifer Huberty<sup>1</sup>" (wcxb 2020), after a label line.
    page = f"""<h1>11 U.S. vacation packages to book</h1><div class="author-bio"></div>
    <div class="post-author"><span>Written by</span><span>Jane Roe, Staff Writer</span></div>
    <article><p>{LONG}</p><p>{LONG}</p></article>"""
    byline = parse(page, "https://example.org/travel/packages").byline
    assert byline is not None and byline.authors == ("Jane Roe",)
    journal = f"""<div class="info"><h1>Efficacy of a meditation app</h1>
    <p class="authors-for-screen-reader">Authors of this article:</p>
    <span class="info__authors"><a href="/search?term=Jennifer%20Huberty">Jennifer Huberty<sup>1</sup></a></span>
    </div><article><p>{LONG}</p><p>{LONG}</p></article>"""
    byline = parse(journal, "https://example.org/2020/1/e14273").byline
    assert byline is not None and byline.authors == ("Jennifer Huberty",)


def test_a_name_part_inside_another_is_one_name() -> None:
    # almanac.com: the label, the name in span.author-name around its link, then the
    # writer's title (wcxb 4661); guidetoiceland.is: the name, then a "Verified" badge.
    from newsparse.adapters.generic import _name_in

    line = etree.fromstring(
        """<div class="author-line"><span class="author-label">Written By:</span><span class="author-name"><a
        href="/people/celeste">Celeste Longacre</a></span> <span class="author-title">Gardener &amp; Astrologer</span>
        </div>"""
    )
    assert _name_in(line) == "Celeste Longacre"
    badge = etree.fromstring(
        """<div class="author"><a class="author-name" href="/hlin"><span class="name">Hlín Eyjólfsdóttir</span></a>
        <span class="badge">Verified</span></div>"""
    )
    assert _name_in(badge) == "Hlín Eyjólfsdóttir"
    # two names side by side are both read
    two = etree.fromstring('<p class="byline"><a href="/a">Rachid Ighil</a> et <a href="/b">Amina Benali</a></p>')
    assert _name_in(two) == "Rachid Ighil et Amina Benali"


def test_the_posts_wrapper_whose_class_names_the_writer_is_no_byline_element() -> None:
    # Squarespace and WordPress name the writer in the post's class ("author-mark-denney"):
    # the wrapper holds the headline and the whole post, not a credit (wcxb 4166).
    meta = """<div class="meta"><time datetime="2024-05-28">May 28, 2024</time><span class="entry-author"><a
    href="/blog?author=1" rel="author">Mark Denney</a></span></div>"""
    page = f"""<article class="entry hentry author-mark-denney"><header>{meta}<h1 class="entry-title">Guide to
    composition: a four-step process</h1>{meta}</header><div class="entry-content"><p>{LONG}</p><p>{LONG}</p>
    </div></article>"""
    byline = parse(page, "https://example.com/blog/composition").byline
    assert byline is not None and byline.authors == ("Mark Denney",)


def test_a_topic_link_in_the_row_under_a_hero_headline_is_no_byline() -> None:
    # paycom.com: the hero holds the headline; the row under it, outside the hero, holds
    # the topic's link and the date (wcxb 0293).
    page = f"""<div class="hero"><div class="hero-title"><h1>Paid time-off policies: best practices</h1></div>
    <img src="/hero.webp"></div><div class="blog-media-banner"><div class="post-topic"><button><a
    href="/resources/blog/?content_topic=906">HR Strategy</a></button></div><div class="post-date"><span>June 9,
    2025</span></div></div><div class="blog-body"><p>{LONG}</p><p>{LONG}</p></div>"""
    assert parse(page, "https://www.example.com/resources/blog/pto-policies/").byline is None


def test_a_rel_author_link_to_the_home_page_names_the_site_unless_the_site_is_a_persons() -> None:
    # write.as marks the blog's title in its header up as the author: <a rel="author"
    # href="/" class="h-card p-author">Human in the Loop</a> (wcxb 2722); jefftk.com's
    # header links home as "Jeff Kaufman", the writer of every post (wcxb 0495).
    page = f"""<header><p id="blog-title"><a rel="author" href="/" class="h-card p-author">Human in the
    Loop</a></p><nav></nav></header><article><h1>AI trains on your art</h1><p>{LONG}</p><p>{LONG}</p></article>"""
    assert parse(page, "https://smarterarticles.example/ai-trains-on-your-art").byline is None
    personal = page.replace("Human in the\n    Loop", "Jeff Kaufman")
    byline = parse(personal, "https://www.example.com/p/trusting-google").byline
    assert byline is not None and byline.authors == ("Jeff Kaufman",)
    # a writer's own site elsewhere is a writer's link
    elsewhere = page.replace('href="/"', 'href="https://humanintheloop.example/"')
    assert parse(elsewhere, "https://smarterarticles.example/ai-trains-on-your-art").byline is not None


def test_a_sidebars_rel_author_link_is_not_the_articles_writer() -> None:
    # A "Recent posts" widget links each post's writer with rel=author, as the post's own
    # credit would (found by a page written to probe the byline rules).
    page = f"""<header><a href="/">The Daily Harbor</a><nav><a href="/news/">News</a></nav></header>
    <main><article><h1>Harbor Street bridge to close</h1><p class="meta">By Jane Doe | March 1, 2024</p>
    <p>{LONG}</p><p>{LONG}</p></article></main><aside class="widget-area"><h3>Recent posts</h3><ul><li>
    <a href="/news/ferry">Ferry fares rise</a> by <a rel="author" href="/author/tom-roe/">Tom Roe</a></li></ul></aside>"""
    byline = parse(page, "https://www.example.com/news/bridge").byline
    assert byline is not None and byline.authors == ("Jane Doe",)


def test_a_sidebars_author_classed_teaser_is_not_the_articles_writer() -> None:
    # A sidebar's "Popular authors" list and an opinion teaser's p.byline, beside the
    # article's own plain "By" line (found by pages written to probe the byline rules).
    page = f"""<main><article><h1>Harbor Street bridge to close</h1><p>By Jane Doe | March 1, 2024</p>
    <p>{LONG}</p><p>{LONG}</p></article><aside><h3>Popular authors</h3><ul><li class="author-item">Tom Roe</li>
    </ul><div class="teaser"><a href="/opinion/x">Why the bridge matters</a><p class="byline">By Ann Lee</p></div>
    </aside></main>"""
    byline = parse(page, "https://www.example.com/news/bridge").byline
    assert byline is not None and byline.authors == ("Jane Doe",)


def test_a_post_that_has_comments_is_no_comment() -> None:
    # wcxb 4662: Squarespace marks the post's <article> "has-comments"; its author link
    # is the post's, not a comment's.
    from newsparse.adapters.generic import _in_page_chrome

    root = etree.fromstring(
        "<html><body><main><article class='BlogItem has-comments'><div class='Blog-meta'>"
        "<a class='Blog-meta-item--author' href='/?author=1'>annette thurmon</a></div></article>"
        "<div class='comment-list'><span class='author'>Tom</span></div>"
        "<div class='fb-comment-wrapper'><b class='author'>Ann</b></div></main></body></html>",
        etree.HTMLParser(),
    )
    assert not _in_page_chrome(root.find(".//article//a"))
    assert _in_page_chrome(root.find(".//span"))
    assert _in_page_chrome(root.find(".//b"))  # any class word naming comments, but a state's


def test_chrome_around_the_article_itself_is_a_markup_slip_not_chrome() -> None:
    # wcxb 0304: a menu item left open in the site's header puts the whole page, article
    # and all, inside <header><nav>: the post's own meta row is no navigation.
    from newsparse.adapters.generic import _in_page_chrome

    root = etree.fromstring(
        "<html><body><header><nav><ul><li><main><article><header><ul class='meta'><li>"
        "<a rel='author' href='/author/lisa/'>Lisa</a></li></ul></header></article></main></li></ul></nav>"
        "</header><aside><a id='w' href='/x'>widget</a></aside></body></html>",
        etree.HTMLParser(),
    )
    assert not _in_page_chrome(root.find(".//article//a"))
    assert _in_page_chrome(root.find(".//aside/a"))


@pytest.mark.parametrize(
    "comments",
    [
        '<section id="responses"><h2>3 Responses</h2><div class="response">',
        '<section class="comments"><h2>Comments</h2><div class="comment-item">',
        '<div id="disqus_thread"><div>',
    ],
)
def test_a_comments_author_or_date_is_not_the_articles(comments: str) -> None:
    # Comment sections under names other than WordPress's (found by pages written to probe
    # the byline rules): their authors' names and dates are the comments'.
    page = f"""<main><article><h1>Harbor Street bridge to close</h1><p>{LONG}</p><p>{LONG}</p></article>
    {comments}<span class="author">Tom Baker</span> <time datetime="2024-03-02">March 2, 2024</time>
    <p>Finally, they are fixing it.</p></div></section></main>"""
    article = parse(page.replace("</div></section>", "</div></div>" if "disqus" in comments else "</div></section>"))
    assert article.byline is None
    assert article.published is None


def test_a_relative_date_leaves_the_day_to_the_structured_data_not_to_a_list_below() -> None:
    # "3 hours ago" is no date (FIELDS.md): the JSON-LD datePublished is, not the <time>
    # of a "More from News" list inside the article (found by a page written to probe it).
    ld = '{"@type":"NewsArticle","headline":"Bridge to close","datePublished":"2024-03-01T09:00:00-05:00"}'
    page = f"""<head><script type="application/ld+json">{ld}</script></head><body><main><article>
    <h1>Bridge to close</h1><p class="meta">By Jane Doe · 3 hours ago</p><div class="body"><p>{LONG}</p>
    <p>{LONG}</p></div><section class="more"><h2>More from News</h2><ul><li><a href="/news/ferry">Ferry fares
    rise</a> <time datetime="2024-02-27T08:00:00-05:00">Feb 27</time></li></ul></section></article></main></body>"""
    assert parse(page).published == datetime(2024, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=-5)))
    shown = page.replace("3 hours ago", '<time datetime="2024-03-01T08:55:00-05:00">3 hours ago</time>')
    assert parse(shown).published == datetime(2024, 3, 1, 8, 55, tzinfo=timezone(timedelta(hours=-5)))


def test_a_section_label_over_the_headline_is_no_writer() -> None:
    # <a class="label" href="/news/supreme-court/">Supreme Court</a> over the headline, a
    # date under it: a section's name, two capitalised words beside a date (found by a page
    # written to probe the byline rules).
    page = f"""<main><article><a class="label" href="/news/supreme-court/">Supreme Court</a>
    <h1>Harbor Street bridge to close</h1><div class="meta"><span>March 1, 2024</span></div>
    <p>{LONG}</p><p>{LONG}</p></article></main>"""
    assert parse(page, "https://www.example.com/news/local/bridge").byline is None
    credited = page.replace('class="label" href="/news/supreme-court/"', 'class="author-label" href="/by/jane"')
    byline = parse(credited.replace("Supreme Court", "Jane Doe"), "https://www.example.com/news/local/bridge").byline
    assert byline is not None and byline.authors == ("Jane Doe",)


@pytest.mark.parametrize(
    "box",
    [
        # a "More from News" card with its writer and date
        '<section class="related"><h2>More from News</h2><div class="card"><a href="/news/ferry">Ferry fares'
        ' rise</a><span class="card-author">By Tom Roe</span><time datetime="2024-02-27">Feb 27, 2024</time></div>'
        "</section>",
        # the next story's author box
        '<div class="next-story"><span>Next story</span><h3><a href="/news/ferry">Ferry fares rise</a></h3>'
        '<div class="author-box"><p>Tom Roe</p><p>Transport reporter</p></div></div>',
        # a link to the writer's page of a related story
        '<section class="related"><h2>Related</h2><a href="/news/ferry">Ferry fares rise</a> '
        '<a href="/author/tom-roe/">Tom Roe</a></section>',
    ],
)
def test_a_box_of_other_stories_credits_their_writers_not_this_articles(box: str) -> None:
    # Found by pages written to probe the byline rules: the page credits no one.
    page = f"""<main><article><h1>Harbor Street bridge to close</h1><p class="meta">March 1, 2024</p>
    <div class="story-body"><p>{LONG}</p><p>{LONG}</p></div>{box}</article></main>"""
    article = parse(page, "https://www.example.com/news/bridge")
    assert article.byline is None
    assert article.published == date(2024, 3, 1)


def test_a_reviewers_credit_is_not_the_writers() -> None:
    # healthline.com: "Medically reviewed / by / Kim Rose-Francis — Written by / Jillian
    # Kubala" under the headline (wcxb 4578); aihr.com: the writers' row, then a row of the
    # same class "Reviewed by <a>Monika Nemcova</a>" (wcxb 0253).
    page = f"""<h1>A whole-foods, plant-based diet</h1><div class="meta"><span><a>Medically reviewed</a>
    by <a>Kim Rose-Francis RDN, CDCES, LD</a></span> — <span>Written by <a>Jillian Kubala, MS, RD</a></span>
    </div><article><p>{LONG}</p><p>{LONG}</p></article>"""
    byline = parse(page, "https://www.example.com/nutrition/plant-based-diet").byline
    assert byline is not None and byline.authors == ("Jillian Kubala",)
    reviewed = f"""<h1>HR trends</h1><div class="hero-information-author">Reviewed by <a
    href="https://www.example.com/editors/">Monika Nemcova</a></div><article><p>{LONG}</p><p>{LONG}</p></article>"""
    assert parse(reviewed, "https://www.example.com/hr-trends/").byline is None


def test_a_menu_item_above_the_headline_is_no_byline() -> None:
    # ecovacs.com's menu ends with "Commercial Robots" just above the headline (wcxb 4809).
    page = f"""<div class="page"><nav class="navbar"><ul><li><a href="/robots/">Robot Vacuums</a></li>
    <li><a href="https://commercial.example.com/"><span>Commercial Robots</span><span>Commercial Robots</span></a>
    </li></ul></nav><div class="post"><h1>How do vacuum robots with mapping navigate?</h1>
    <div class="meta">2024-11-06</div><div class="content"><p>{LONG}</p><p>{LONG}</p></div></div></div>"""
    article = parse(page, "https://www.example.com/blog/mapping")
    assert article.byline is None
    assert article.published == date(2024, 11, 6)
    # A site header's date of the day is no publication either (wcxb 0146's "Friday, December 19, 2025").
    today = page.replace('<div class="meta">2024-11-06</div>', "").replace(
        '<nav class="navbar">', '<header><p>Friday, December 19, 2025</p></header><nav class="navbar">'
    )
    assert parse(today, "https://www.example.com/blog/mapping").published is None


def test_generic_adapter_reads_a_name_printed_in_a_tooltip_button() -> None:
    # onlinedegrees sites: "By" then the writer's name as the label of a tooltip button
    page = """<h1>Online certificate programs</h1><div class="byline"><span>By </span><div><button
    class="ss-tooltip-label">Alison Plaut</button></div><span>Updated on October 21, 2025</span></div>
    <article><p>Body text of the page, long enough to be a paragraph of it, with a comma.</p></article>"""
    byline = parse(page, "https://example.org/certificates/").byline
    assert byline is not None and byline.authors == ("Alison Plaut",)


def test_a_placement_flag_before_the_real_section_in_meta_tags_is_passed_over() -> None:
    page = """<head><meta property="article:section" content="Featured"><meta property="article:section"
    content="Politics"></head><h1>Story</h1><article><p>Body text of the story, long enough to be a paragraph.</p>
    </article>"""
    assert parse(page, "https://example.org/story").section == "Politics"


def test_other_posts_tags_in_a_box_of_other_stories_are_not_the_articles() -> None:
    page = f"""<main><article><h1>Budget passes</h1><p>{LONG}</p><p>{LONG}</p><p>Tags: <a rel="tag" href="/tag/budget/">
    Budget</a>, <a rel="tag" href="/tag/council/">City council</a></p><section class="related"><div class="card">
    <a href="/x">Parks plan</a> <a rel="tag" href="/tag/parks/">Parks</a></div></section></article></main>
    <aside><a rel="tag" href="/tag/roads/">Roads</a></aside>"""
    assert parse(page, "https://example.org/story").tags == ("Budget", "City council")


def test_a_category_label_shown_with_the_article_is_its_section() -> None:
    # FIELDS.md: the category the breadcrumb or the category label shows (wcxb 0405's
    # "Festivals & Events"; found missing by a page written to probe the section rule).
    page = f"""<main><article><h1>Budget passes</h1><p class="meta">In <a rel="category tag" href="/category/politics/">
    Politics</a></p><p>{LONG}</p><p>{LONG}</p></article></main><aside><a rel="category" href="/category/sport/">Sport
    </a></aside>"""
    assert parse(page, "https://example.org/story").section == "Politics"


def test_a_placeholder_is_never_the_lead_image() -> None:
    # A lazy loader's stand-in left in src, a "fallback" social card every post shares (Ben
    # Nadel's fallback-unfurling.jpg, wcxb 0476): no picture of the article, so none (FIELDS.md:
    # never a guess). Found by pages written to probe the lead image.
    lazy = f"""<main><article><h1>Budget passes</h1><figure><img src="/img/lazy-placeholder.png"
    data-srcset="/uploads/council-800.jpg 800w"></figure><p>{LONG}</p><p>{LONG}</p></article></main>"""
    assert parse(lazy, "https://example.org/story").lead_image is None
    card = '<head><meta property="og:image" content="https://example.org/img/og-fallback.jpg"></head>'
    assert parse(card + lazy, "https://example.org/story").lead_image is None
    real = lazy.replace('src="/img/lazy-placeholder.png"', 'src="/uploads/council.jpg"')
    image = parse(card + real, "https://example.org/story").lead_image
    assert image is not None and image.url == "https://example.org/uploads/council.jpg"


def test_uncategorized_is_no_section() -> None:
    # WordPress's placeholder category, printed by SEO plugins as article:section
    page = """<head><meta property="article:section" content="Uncategorized"></head><h1>Story</h1>
    <article><p>Body text of the story, long enough to be a paragraph of it.</p></article>"""
    assert parse(page, "https://example.org/story").section is None
    assert parse(page.replace("Uncategorized", "Politics"), "https://example.org/story").section == "Politics"


_STORY = "<article><p>Body text of the story, long enough to be a paragraph of it.</p></article>"


@pytest.mark.parametrize(
    ("og_image", "lead"),
    [
        ("https://www.consumerfinance.gov/static/img/logo_open-graph_facebook.d0.png", None),
        ("https://media.npr.org/include/images/facebook-default-wide-s1400-c100.jpg", None),
        ("https://www.fda.gov/themes/custom/preview/img/FDA-Social-Graphic.png", None),
        ("https://example.org/wp-content/uploads/2024/02/health_feature-image_no-logo_v2.png", "same"),
        ("https://www.orientsoftware.com/Themes/Content/Images/blog/2024-05-27/frameworks.jpg", "same"),
    ],
)
def test_the_sites_default_og_image_is_no_lead_image(og_image: str, lead: str | None) -> None:
    page = f'<head><meta property="og:image" content="{og_image}"></head><h1>Story</h1>{_STORY}'
    image = parse(page, "https://example.org/story").lead_image
    assert (image.url if image else None) == (og_image if lead else None)


def test_a_writers_avatar_by_the_headline_is_no_lead_image() -> None:
    # upgradedpoints.com (WCXB 0334): the byline's Gravatar sits in a figure by the headline
    page = f"""<head><meta property="og:image" content="https://example.org/uploads/desks.jpg"></head>
    <div class="hero"><h1>Story</h1><figure><img src="https://secure.gravatar.com/avatar/4540?s=96"></figure>
    </div>{_STORY}"""
    image = parse(page, "https://example.org/story").lead_image
    assert image is not None and image.url == "https://example.org/uploads/desks.jpg"


def test_the_language_is_a_tag_in_its_usual_case_and_junk_gives_way() -> None:
    page = f'<html lang="en-us"><head></head><body><h1>Story</h1>{_STORY}</body></html>'
    assert parse(page).language == "en-US"
    junk = f'<html lang="English"><head><meta property="og:locale" content="en_GB"></head><h1>S</h1>{_STORY}</html>'
    assert parse(junk).language == "en-GB"


def test_a_last_crumb_that_links_to_the_page_itself_is_the_article() -> None:
    # houstoniamag.com: the trail ends with the article, worded as its h1, not as the headline
    # the metadata gives; its link is the page's own address
    page = f"""<head><link rel="canonical" href="https://example.org/travel/best-trails"></head>
    <h1>Our favourite trails</h1><nav class="breadcrumb"><a href="/travel">Travel &amp; Outdoors</a>
    <a href="/travel/best-trails#top">The Best Trails and Neighborhoods for Biking</a></nav>{_STORY}"""
    a = parse(page, "https://example.org/travel/best-trails/")
    assert [c.label for c in a.breadcrumb] == ["Travel & Outdoors"]
    # a first crumb that is no home page names the section
    assert a.section == "Travel & Outdoors"


def test_the_first_crumb_is_the_section_unless_it_is_the_home_page() -> None:
    for home in ("/", "/en/", "/us", "/index.html"):
        page = f"""<h1>Story</h1><nav class="breadcrumb"><a href="{home}">Acme</a> <a href="/politics/">Politics</a>
        </nav>{_STORY}"""
        assert parse(page, "https://example.org/politics/story").section == "Politics", home
    page = f'<h1>Story</h1><nav class="breadcrumb"><a href="/guides/">Guides</a></nav>{_STORY}'
    assert parse(page, "https://example.org/guides/story").section == "Guides"
    page = f'<h1>Story</h1><nav class="breadcrumb"><a href="/start/">Home</a></nav>{_STORY}'
    assert parse(page, "https://example.org/guides/story").section is None
    # a crumb printed as a way back to its listing: "< Firm Management" (smartasset.com)
    page = f'<h1>Story</h1><nav class="breadcrumb"><a href="/s/firms">&lt; Firm Management</a></nav>{_STORY}'
    assert parse(page, "https://example.org/s/story").section == "Firm Management"


def test_a_json_ld_section_that_is_an_address_is_no_section() -> None:
    # ovolohotels.com: Yoast's articleSection holds the post's own URL
    ld = '{"@type": "BlogPosting", "headline": "Story", "articleSection": ["https://example.org/blog/story/"]}'
    page = f'<head><script type="application/ld+json">{ld}</script></head><h1>Story</h1>{_STORY}'
    assert parse(page, "https://example.org/blog/story/").section is None
    assert (
        parse(page.replace("https://example.org/blog/story/", "Travel"), "https://example.org/b/s").section == "Travel"
    )


def test_generic_adapter_reads_a_by_line_under_the_headline_when_scripts_are_gone() -> None:
    page = """<h1>The story of the day</h1><div class="meta"><span>By Jane Doe</span> | <span>March 3, 2025</span></div>
    <article><p>Body text of the story, long enough to be a paragraph, with a comma.</p></article>"""
    a = parse(page, "https://example.org/story")
    assert a.byline is not None and a.byline.authors == ("Jane Doe",)
    assert a.published == date(2025, 3, 3)


def test_generic_adapter_ignores_comment_authors() -> None:
    page = f"""<h1>Story</h1><article><p>{LONG}</p></article>
    <div class="comments"><div class="comment-author">Florence says:</div><p>Nice story, thanks.</p></div>"""
    assert parse(page, "https://example.org/story").byline is None


def test_generic_adapter_prefers_the_shown_publication_date_to_structured_data() -> None:
    page = f"""<script type="application/ld+json">{{"@type":"Article","datePublished":"2012-09-12T16:45:28Z"}}</script>
    <h1>Story</h1><p class="date">Published September 8, 2021</p><article><p>{LONG}</p></article>"""
    assert parse(page).published == date(2021, 9, 8)


def test_generic_adapter_puts_an_update_date_after_the_structured_publication_date() -> None:
    page = f"""<script type="application/ld+json">{{"@type":"Article","datePublished":"2018-11-08T10:00:00Z"}}</script>
    <h1>Story</h1><p class="date">Updated on February 24, 2026</p><article><p>{LONG}</p></article>"""
    assert parse(page).published == datetime(2018, 11, 8, 10, 0, tzinfo=timezone.utc)
    without_ld = parse(page.split("</script>", 1)[1])
    assert without_ld.published is None  # an update is no publication date
    assert without_ld.modified == date(2026, 2, 24)


def test_an_update_label_set_apart_from_its_date_by_a_connector_line_still_labels_it() -> None:
    # security.org (wcxb 4601, 4864, 4893): "Last Updated" for wide screens and "on" for
    # narrow ones, each in its span, then the date: the window reads three lines.
    page = f"""<h1>The Best VPNs of 2026</h1><p>By Jane Roe</p>
    <span class="post-date"><span class="desktop">Last Updated</span> <span class="mobile">on</span>
    <span class="date">Mar 11, 2026</span></span><article><p>{LONG}</p></article>"""
    article = parse(page)
    assert article.published is None  # an update is no publication date
    assert article.modified == date(2026, 3, 11)


def test_a_day_shown_after_the_last_update_is_no_publication_either() -> None:
    # WCXB 0189: the page shows "November 26, 2025" (a review, or the day it was served);
    # its JSON-LD dates the publication 2024-06-03 and the last update 2025-10-01.
    ld = (
        '{"@type":"BlogPosting","datePublished":"2024-06-03T15:14:59+00:00","dateModified":"2025-10-01T15:26:16+00:00"}'
    )
    page = f"""<script type="application/ld+json">{ld}</script>
    <header><h1>Wedding catering trends</h1><p class="meta">November 26, 2025</p></header>
    <article><p>{LONG}</p></article>"""
    assert parse(page).published == datetime(2024, 6, 3, 15, 14, 59, tzinfo=timezone.utc)
    # a day shown between the two is the publication the page shows
    assert parse(page.replace("November 26, 2025", "June 5, 2024")).published == date(2024, 6, 5)


def test_generic_adapter_does_not_take_the_update_day_shown_unlabelled_for_the_publication() -> None:
    # userpilot.com prints the last update's day over the title, without a label; its
    # JSON-LD dates the first publication two years earlier (wcxb 0299).
    ld = (
        '{"@type":"BlogPosting","datePublished":"2024-02-21T11:54:45+00:00","dateModified":"2025-10-26T18:41:45+00:00"}'
    )
    page = f"""<script type="application/ld+json">{ld}</script>
    <header><p class="post-date">October 26, 2025</p><p class="category">UX Analytics</p>
    <h1>Future-Proof Your SaaS: 15 Top Data Analytics Trends for 2025 and Beyond</h1></header>
    <article><p>{LONG}</p></article>"""
    a = parse(page)
    assert a.published == datetime(2024, 2, 21, 11, 54, 45, tzinfo=timezone.utc)
    assert a.modified == datetime(2025, 10, 26, 18, 41, 45, tzinfo=timezone.utc)
    # The same page first published that day shows its publication: the shown day stays.
    first_day = page.replace("2024-02-21T11:54:45", "2025-10-26T09:00:00")
    assert parse(first_day).published == date(2025, 10, 26)
    # With the scripts stripped, the article: meta tags say the same.
    metas = """<meta property="article:published_time" content="2024-02-21T11:54:45+00:00">
    <meta property="article:modified_time" content="2025-10-26T18:41:45+00:00">"""
    assert parse(metas + page.split("</script>", 1)[1]).published == datetime(
        2024, 2, 21, 11, 54, 45, tzinfo=timezone.utc
    )


def test_generic_adapter_reads_a_publication_date_attribute_when_nothing_else_dates_the_page() -> None:
    # USA Today's story header, its JSON-LD stripped by the crawler (wcxb 0106): the date
    # is only an attribute of a custom element the page's scripts render.
    usa_today = f"""<article class="story primary-content"><div class="story-topper lede">
    <h1 class=display-2>10 movies to stream now</h1><hr class=colorbar><h2 class=subhead>Need a new movie?</h2></div>
    <div class=byline-section><div class=attribution><span class=author><a href=/staff/1/brian-truitt/
    class=authors>Brian Truitt</a></span></div>
    <div class=publish-date><lit-timestamp publishdate=2025-12-19T11:15:56Z></lit-timestamp></div></div>
    <div class=gnt_ar_b><p>{LONG}</p></div></article>"""
    assert parse(usa_today).published == datetime(2025, 12, 19, 11, 15, 56, tzinfo=timezone.utc)
    # Moz's guides carry theirs on <body> (wcxb 0154).
    moz = f"""<body data-pubdate="2022-10-05" data-lastmod="2025-12-02"><h1>Beginner's Guide to SEO</h1>
    <article><p>{LONG}</p></article></body>"""
    assert parse(moz).published == date(2022, 10, 5)
    # A list of other stories in the page's footer dates them, not the article.
    teasers = f"""<h1>Story</h1><article><p>{LONG}</p></article>
    <footer><ul><li><a href="/a">Another story</a><span data-pubdate="2019-01-02">2 Jan</span></li></ul></footer>"""
    assert parse(teasers).published is None


def test_generic_adapter_takes_the_metadata_title_when_the_h1_names_the_site() -> None:
    page = f"""<head><title>Small adventures with small models | Engora Data Blog</title>
    <meta property="og:site_name" content="Engora Data Blog"></head>
    <h1>Engora Data Blog</h1><h2>Small adventures with small models</h2><p>{LONG}</p>"""
    assert parse(page, "https://blog.engora.com/2025/12/x.html").headline == "Small adventures with small models"


def test_an_h1_that_is_the_sites_logo_is_no_headline() -> None:
    # gatech.edu: the logo is the page's only h1; houstonia: the first of many.
    for logo in (
        '<h1 id="gt-logo"><a href="/">Georgia Institute of Technology</a></h1>',
        '<h1 class="global-logo"><a href="/">Houstonia Magazine</a></h1>',
    ):
        page = f"""<head><title>ML (Machine Learning) at Georgia Tech</title></head>
        <header>{logo}</header><main><h2>Our work</h2><p>{LONG}</p></main>"""
        assert parse(page, "https://www.example.edu/ml").headline == "ML (Machine Learning) at Georgia Tech"
    page = f"""<head><meta property="og:title" content="The Best Trails in Houston for Biking"></head>
    <h1 class="global-logo">Houstonia Magazine</h1><article><h1>Our Favorite Biking Spots in Houston</h1>
    <p>{LONG}</p></article>"""
    assert parse(page, "https://www.houstoniamag.com/x").headline == "Our Favorite Biking Spots in Houston"


def test_a_heading_before_the_first_h1_is_the_headline_when_the_metadata_names_it() -> None:
    # blog.rust-lang.org: the post's title is an h2; its sections are h1.
    page = f"""<head><meta property="og:title" content="What do people love about Rust? | Rust Blog"></head>
    <section><h2>What do people love about Rust?</h2><p>{LONG}</p>
    <h1 id="but-what"><a class="anchor" href="#but-what"></a>But what they love is versatility</h1><p>{LONG}</p></section>"""
    a = parse(page, "https://blog.rust-lang.org/2025/12/19/what-do-people-love-about-rust/")
    assert a.headline == "What do people love about Rust?"
    assert "But what they love is versatility" in [b.text for b in a.body]
    # An h2 the metadata does not name leaves the h1 the headline.
    other = page.replace("<h2>What do people love about Rust?</h2>", "<h2>Latest posts from the team</h2>")
    assert parse(other).headline == "But what they love is versatility"


def test_a_heading_that_says_written_by_credits_the_writer_when_nothing_else_does() -> None:
    # Elementor's author box (no "author" class): <h3>Written by Cassidy Horton</h3> and a bio.
    box = """<div class="elementor-widget-container"><h3 class="wp-block-heading">Written by Cassidy Horton</h3>
    <p>Cassidy Horton is a finance writer who is passionate about helping people find financial freedom.</p></div>"""
    page = f"<h1>Do Millennials Have the Best Personal Finance Habits?</h1><article><p>{LONG}</p>{box}</article>"
    a = parse(page, "https://www.example.com/millennials")
    assert a.byline is not None and a.byline.authors == ("Cassidy Horton",)
    # The label alone, the name on the next line (lasso.dev: <h2>Article by</h2><p>Matias Heikkilä</p>).
    page = f"<h1>Understanding Lean</h1><article><p>{LONG}</p></article><h2>Article by</h2><p>Matias Heikkilä</p>"
    a = parse(page, "https://www.example.com/lean")
    assert a.byline is not None and a.byline.authors == ("Matias Heikkilä",)


@pytest.mark.parametrize(
    "where",
    [
        '<aside class="sidebar"><h3>Written by Jane Doe</h3></aside>',
        '<div class="comments-area"><h4>Written by Jane Doe</h4><p>Nice post!</p></div>',
        "<footer><h3>Written by Jane Doe</h3></footer>",
        "<article><p>{long}</p><h3>Novels written by women in 1920</h3></article>",
    ],
)
def test_a_written_by_heading_of_the_sites_chrome_or_comments_credits_no_one(where: str) -> None:
    page = f"<h1>Story</h1><article><p>{LONG}</p></article>" + where.format(long=LONG)
    assert parse(page, "https://www.example.com/story").byline is None


def test_a_date_shown_alone_beside_the_credit_dates_the_article() -> None:
    # specno.com: the credit and its date close the header, past the lines read by the headline.
    tags = "".join(f'<a href="/blog/tag/t{i}">tag number {i}</a>' for i in range(30))
    credit = """<div><p>Written by <a href="/blog/author/moses-kim">Moses Kim</a></p><p>April 8, 2024</p></div>"""
    page = f"<main><div><h1>How Are Mobile Apps Created?</h1><div>{tags}</div>{credit}</div><article><p>{LONG}</p></article></main>"
    assert parse(page, "https://www.example.com/blog/apps").published == date(2024, 4, 8)
    # spice.ai: the author card's name and its date under it.
    card = '<div class="resource-author-details"><p>Luke Kim</p><small>December 17, 2025</small></div>'
    page = (
        f"<main><div><h1>Introducing Cayenne</h1><div>{tags}</div>{card}</div><article><p>{LONG}</p></article></main>"
    )
    assert parse(page, "https://www.example.com/blog/cayenne").published == date(2025, 12, 17)


def test_a_date_shown_alone_above_the_headline_dates_the_article() -> None:
    # clevelandclinic.org-style header: an overline with the day, breadcrumbs, then the
    # headline; the day sits past the lines read above the headline (wcxb 0027, stripped).
    crumbs = "".join(f"<span>/</span><a href='/c{i}'>Section {i}</a>" for i in range(4))
    header = f"<div><div class='overline'><span>November 28, 2025</span></div><div class='crumbs'>{crumbs}</div>"
    page = f"<main>{header}<div><div><h1>What Meditation Can Do for You</h1></div></div></div><article><p>{LONG}</p></article></main>"
    assert parse(page, "https://www.example.com/meditation").published == date(2025, 11, 28)
    # After a label that says update, the day is the modification; a tweet's date is the tweet's.
    updated = page.replace("<span>November 28, 2025</span>", "Last updated: <time>November 28, 2025</time>")
    assert parse(updated, "https://www.example.com/meditation").published is None
    tweet = page.replace(
        "<span>November 28, 2025</span>",
        "<blockquote class='twitter-tweet'><p>Text</p><a href='https://x.com/a/status/1'>November 20, 2025</a></blockquote>",
    )
    assert parse(tweet, "https://www.example.com/meditation").published is None


@pytest.mark.parametrize(
    "beside",
    [
        "<p>Updated April 8, 2024</p>",  # an update is the modification, not the publication
        "<p>She joined on April 8, 2024.</p>",  # a sentence that quotes a date
    ],
)
def test_a_date_beside_the_credit_that_is_no_publication_date(beside: str) -> None:
    tags = "".join(f'<a href="/blog/tag/t{i}">tag number {i}</a>' for i in range(30))
    credit = f'<div><p>Written by <a href="/blog/author/moses-kim">Moses Kim</a></p>{beside}</div>'
    page = f"<main><div><h1>How Are Mobile Apps Created?</h1><div>{tags}</div>{credit}</div><article><p>{LONG}</p></article></main>"
    assert parse(page, "https://www.example.com/blog/apps").published is None


def test_generic_adapter_drops_a_sign_off_that_became_the_byline() -> None:
    page = f"<h1>Story</h1><article><p>{LONG}</p><p>{LONG} Again.</p><p>APS</p></article>"
    a = parse(page)
    assert a.byline is not None and a.byline.text == "APS"
    assert [b.text for b in a.body] == [LONG, f"{LONG} Again."]


LONG = "Body text of the article, long enough to count as a paragraph of prose, with a comma or two."


def test_generic_adapter_does_not_take_wordpress_category_links_as_tags() -> None:
    page = """<h1>T</h1><a href="/category/monde/" rel="category tag">MONDE</a>
    <article><p>Body text of the article that is long enough to be the body.</p></article>
    <ul class="post-tags"><li><a href="/tag/syrie/" rel="tag">Syrie</a></li></ul>"""
    a = parse(page, "https://news.example/story")
    assert a.tags == ("Syrie",)


def test_generic_adapter_does_not_take_the_modified_time_as_the_published_date() -> None:
    # Found by the schema.org round trip: a page that shows only "Updated <time>" had it
    # read as the publication date.
    page = """<h1>T</h1><article><header><p>Updated <time class="updated" datetime="2024-05-02T10:00:00+02:00">
    2 May</time></p></header><p>Body text of the article that is long enough to be the body.</p></article>"""
    assert parse(page).published is None
    unedited = """<h1>T</h1><article><header><time class="entry-date published updated"
    datetime="2024-05-01T08:00:00+02:00">1 May</time></header><p>Body text long enough to be a body.</p></article>"""
    assert parse(unedited).published == datetime(2024, 5, 1, 8, 0, tzinfo=timezone(timedelta(hours=2)))


def test_generic_adapter_reads_a_posted_on_line_after_the_article() -> None:
    page = f"""<h1>Guide to indexing</h1><div class="text"><p>{LONG}</p><p>{LONG}</p></div>
    <div class="credit">Written by Danielle Padula. Posted on April 13, 2023</div>"""
    assert parse(page).published == date(2023, 4, 13)
    # a date the article's own text gives is the story's, not its publication
    story = f"<h1>History</h1><div class='text'><p>{LONG}</p><p>The treaty was signed on April 13, 1995.</p></div>"
    assert parse(story).published is None


# --------------------------------------------------------------------------- bylines without JSON-LD
# Each case below is a WCXB page whose JSON-LD credited the writer; with the scripts
# stripped, as some crawlers store pages, the markup has to.


def test_generic_adapter_reads_an_author_meta_tag_that_lists_many_writers() -> None:
    # kroll.com's report: eight writers in one <meta name="author">, too long to read as one
    # credit (wcxb 0079, its scripts stripped).
    names = "Nicholas Collins, Scott Munro, Matt De La O, Vineet Asthana, Rory O'Sullivan, Corey Maurer, Hamish Shah"
    page = f"""<head><meta name="author" content="{names}, Philipp Bose"></head>
    <h1>Cybersecurity sector M&amp;A insights</h1><article><p>{LONG}</p><p>{LONG}</p></article>"""
    byline = parse(page, "https://www.example.com/en/reports/cyber-ma").byline
    assert byline is not None and len(byline.authors) == 8 and byline.authors[-1] == "Philipp Bose"
    # a long list with a part that is no person's name is not read name by name
    team = page.replace("Philipp Bose", "the editorial team of our cyber risk practice")
    assert parse(team, "https://www.example.com/en/reports/cyber-ma").byline is None


def test_generic_adapter_reads_yoasts_written_by_meta_tags() -> None:
    # ischool.syracuse.edu: Yoast SEO's link-preview pair, kept when the JSON-LD is gone
    page = f"""<head><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="aawoods">
    <meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="7 minutes"></head>
    <h1>Data analytics tools</h1><article><p>{LONG}</p></article>"""
    byline = parse(page, "https://ischool.syracuse.edu/data-analytics-tools/").byline
    assert byline is not None and byline.authors == ("aawoods",)
    # the reading time of the second pair is no writer
    only_time = page.replace('content="Written by"', 'content="Time to read"')
    assert parse(only_time, "https://ischool.syracuse.edu/data-analytics-tools/").byline is None


def test_generic_adapter_reads_the_sailthru_author_meta_tag() -> None:
    page = f"""<head><meta name="sailthru.author" content="Chris Radich"></head>
    <h1>Making agentic government work</h1><article><p>{LONG}</p></article>"""
    byline = parse(page, "https://www.nextgov.com/ideas/2025/12/x/").byline
    assert byline is not None and byline.authors == ("Chris Radich",)


def test_generic_adapter_reads_a_microdata_author_but_not_a_commenters() -> None:
    page = f"""<h1>Wedding tips</h1><article><p>{LONG}</p></article>
    <span itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Rebecca Christopherson"></span>"""
    byline = parse(page, "https://example.org/wedding-tips/").byline
    assert byline is not None and byline.authors == ("Rebecca Christopherson",)
    comment = f"""<h1>Wedding tips</h1><article><p>{LONG}</p></article><ol class="comment-list"><li>
    <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Florence</span></span></li></ol>"""
    assert parse(comment, "https://example.org/wedding-tips/").byline is None
    review = f"""<h1>Wedding tips</h1><article><p>{LONG}</p></article><div itemscope itemtype="https://schema.org/Review">
    <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jo Client</span></span></div>"""
    assert parse(review, "https://example.org/wedding-tips/").byline is None


def test_a_json_ld_person_with_only_the_paper_after_an_empty_name_credits_no_one() -> None:
    # USA Today (Gannett's template, wcxb 0106) prints the writer's name empty before the
    # paper's in the JSON-LD: "name": ", USA TODAY". The byline is the one the page shows.
    ld = '{"@type":"NewsArticle","author":{"@type":"Person","name":", USA TODAY"}}'
    page = f"""<script type="application/ld+json">{ld}</script><article class=story>
    <h1>10 movies to stream now</h1><div class=byline-section><span class=author>
    <a href=/staff/2648209001/brian-truitt/ class=authors>Brian Truitt</a></span>
    <span class=publication><span class=credit>USA TODAY</span></span></div><p>{LONG}</p></article>"""
    byline = parse(page, "https://www.usatoday.com/story/entertainment/movies/2025/12/19/x/1/").byline
    assert byline is not None and byline.authors == ("Brian Truitt",)


def test_generic_adapter_reads_writers_linked_to_their_pages_one_credit_of_several() -> None:
    # reviewed.com: "Written by A, B, and C", each name a link to the writer's page
    page = f"""<div class="header"><h1>The best major appliances of 2025</h1><p>Written by
    <strong><a href="/authors/danielle-desiato">Danielle DeSiato</a></strong>,
    <strong><a href="/authors/donna-enzmann">Donna Enzmann</a></strong>, and
    <strong><a href="/authors/natalie-nguyen">Natalie Nguyen</a></strong></p>
    <p>Updated 2 weeks ago</p><a href="https://bsky.app/profile/reviewed.com">Bluesky</a></div><article><p>{LONG}</p></article>"""
    byline = parse(page, "https://www.reviewed.com/appliances/best").byline
    assert byline is not None and byline.authors == ("Danielle DeSiato", "Donna Enzmann", "Natalie Nguyen")
    # The page itself (wcxb 0010, its scripts stripped): the credit sits under the lead
    # image, outside the headline's zone, where only the lines by the headline reach it.
    under_the_image = f"""<div class="feature__header"><div class="hero"><div class="hero__text">
    <h1>The best major appliances of 2025</h1></div></div></div><div class="feature__lead">
    <figure><img src="a.png"><span class="credit">Credit: Reviewed</span></figure></div>
    <div class="feature__page"><div class="article-byline"><div class="article-byline__written-by">
    <strong>Written by</strong> <strong><a href="https://www.reviewed.com/authors/danielle-desiato">Danielle DeSiato</a>
    </strong>, <strong><a href="https://www.reviewed.com/authors/donna-enzmann">Donna Enzmann</a></strong>, and
    <strong><a href="https://www.reviewed.com/authors/natalie-nguyen">Natalie Nguyen</a></strong></div></div>
    <article><p>{LONG}</p></article></div>"""
    byline = parse(under_the_image, "https://www.reviewed.com/appliances/best").byline
    assert byline is not None and byline.authors == ("Danielle DeSiato", "Donna Enzmann", "Natalie Nguyen")
    # a profile on another site, and a link's call to action, name no writer
    elsewhere = f"""<div><h1>Conferences in Atlanta</h1><a href="https://bsky.app/profile/jane-doe">Jane Doe</a>
    <a href="/author/jeff-hoyt/">Learn More</a></div><article><p>{LONG}</p></article>"""
    assert parse(elsewhere, "https://example.org/conferences/").byline is None


def test_generic_adapter_reads_an_author_box_sentence_and_drops_the_role_after_it() -> None:
    # blog.scholasticahq.com: "This post was written by NAME, Head of Marketing ..."
    page = f"""<h1>Index types for academic journals</h1><article><p>{LONG}</p></article>
    <div class="row"><div class="author-bio">This post was written by Danielle Padula, Head of Marketing and
    Community Development</div></div>"""
    byline = parse(page, "https://blog.scholasticahq.com/post/index-types/").byline
    assert byline is not None and byline.authors == ("Danielle Padula",)


def test_an_author_box_in_a_section_header_inside_main_is_the_posts() -> None:
    # optimantra.com (Webflow): the whole post sits in <header class="section_blog-post-content">
    page = f"""<body><header class="site"><nav><a href="/">Home</a></nav></header><main>
    <div class="blog-post-header"><h1>SEO tips for mental health professionals</h1></div>
    <header class="section_blog-post-content"><div class="content"><p>{LONG}</p></div>
    <div class="blog_author-box"><img alt=""><div>Lauren Vetter</div><p>Lauren is a marketer.</p></div></header></main>
    <footer><div class="footer-author">Site Owner Person</div></footer></body>"""
    byline = parse(page, "https://www.optimantra.com/blog/seo-tips").byline
    assert byline is not None and byline.authors == ("Lauren Vetter",)


def test_a_credit_printed_twice_for_screen_readers_is_read_once() -> None:
    # linkedin.com/pulse: "<span class=sr-only>NAME</span> NAME" in the author card
    page = f"""<header><h1>5 trends from Nutrition 2025</h1><div class="publisher-author-card"><span class="sr-only">
    Dylan Bailey, MS, RD</span><h3>Dylan Bailey, MS, RD</h3><p>Published Jun 4, 2025</p></div></header>
    <article><p>{LONG}</p></article>"""
    byline = parse(page, "https://www.linkedin.com/pulse/5-trends").byline
    assert byline is not None and byline.text == "Dylan Bailey, MS, RD"


def test_a_site_named_after_a_person_at_their_address_on_a_shared_host_is_theirs() -> None:
    page = f"""<head><meta property="og:site_name" content="Owain Brennan"></head>
    <h1>Turning a tinybox into a private AI server</h1><article><p>{LONG}</p></article>"""
    byline = parse(page, "https://owain.bearblog.dev/tinybox/").byline
    assert byline is not None and byline.authors == ("Owain Brennan",)
    # a company's own domain named like a person proves nothing
    assert parse(page.replace("Owain Brennan", "Ovolo Hotels"), "https://www.ovolohotels.com/blog/x/").byline is None


def test_generic_adapter_reads_a_publication_time_element_printed_as_a_timestamp() -> None:
    # neste.com: <span class="Author_publicationTime__F2lab">2022-11-23T08:10+02:00</span>
    page = f"""<h1>Hotspots of climate change</h1><article><p>{LONG}</p></article>
    <div class="Author_content"><p>Nick van Mead</p><p><span class="Author_publicationTime__F2lab">2022-11-23T08:10+02:00
    </span></p></div>"""
    assert parse(page, "https://www.neste.com/news/hotspots").published == date(2022, 11, 23)


def test_a_page_title_given_as_the_sites_name_names_the_site_after_its_separator() -> None:
    # clay.global: og:site_name is the page's title; the h1's words before the colon are no site name
    page = f"""<head><meta property="og:site_name" content="How to Design a Website: a Complete Guide for 2026 | Clay">
    <title>How to Design a Website: a Complete Guide for 2026 | Clay</title></head>
    <h1>How to Design a Website: a Complete Guide for 2026</h1><article><p>{LONG}</p></article>"""
    assert parse(page, "https://clay.global/blog/web-design-guide").headline == (
        "How to Design a Website: a Complete Guide for 2026"
    )


def test_the_first_words_of_the_text_beside_the_date_are_no_byline() -> None:
    # Found by the drupal and arc-xp round trips: the lines by the headline run a few lines
    # into the text, one per text node, and "La Banque" (before <em>) reads as a name
    page = """<h1>Rachid Ighil : « Nous allons poursuivre les réformes »</h1><p class="date">3 janvier 2000</p>
    <article><p>La Banque <em>d’Algérie</em> a annoncé la création de trois postes, selon un communiqué publié mardi.</p>
    <p>Le ministre de l’Intérieur a confirmé la création de douze postes d’enseignants, a-t-on appris.</p></article>"""
    assert parse(page, "https://www.gazette-exemple.fr/a").byline is None
    # a name on its own line by the date still credits the writer
    signed = page.replace('<p class="date">3 janvier 2000</p>', '<p class="date">3 janvier 2000</p><p>Amina Benali</p>')
    byline = parse(signed, "https://www.gazette-exemple.fr/a").byline
    assert byline is not None and byline.authors == ("Amina Benali",)


def _deck_page(deck: str) -> str:
    return f"""<main><article><header class="post-header"><h1>How to run a meeting people remember</h1>
    {deck}<p class="byline">By Jane Roe</p></header><div class="post-body"><p>{LONG}</p><p>{LONG} Again.</p>
    </div></article></main>"""


@pytest.mark.parametrize(
    "deck",
    [
        "Three simple tools will save you hours every week",
        # a deck that opens like a byline (found by the drupal round trip)
        "By the end of the year, the interior minister announced 3 new teaching posts.",
    ],
)
def test_a_deck_is_read_from_the_element_named_for_it(deck: str) -> None:
    page = _deck_page(f'<p class="post-subtitle">{deck}</p>')
    assert parse(page, "https://example.org/meetings").subheadline == deck


@pytest.mark.parametrize(
    "deck",
    [
        # a card linking elsewhere, set in the deck's style (wcxb 0058)
        '<a href="/demo"><div class="post-subtitle">Book a demo with our sales team today</div></a>',
        # a trail printed where the deck goes (wcxb 0477)
        '<div class="post-subtitle">Home &gt; Tech &gt; Laptops &gt; Deals</div>',
        # a byline and a disclosure in a type size the style sheet calls "subtitle-2" (wcxb 0477)
        '<div class="subtitle-2">By Sponsored by StackCommerce on December 19, 2025</div>'
        '<div class="text-subtitle-large">The following content is brought to you by our partners.</div>',
    ],
)
def test_what_only_looks_like_a_deck_is_none(deck: str) -> None:
    assert parse(_deck_page(deck), "https://example.org/meetings").subheadline is None


def test_a_deck_sits_by_its_headline() -> None:
    # A call to action inside the text and a contact form after it style their lines
    # "subtitle" (wcxb 0127, 0206): neither is the article's deck.
    page = f"""<main><article><header class="post-header"><h1>How to run a meeting people remember</h1>
    <p class="byline">By Jane Roe</p></header><div class="post-body"><p>{LONG}</p>
    <aside class="cta-form"><h3 class="cta-form__title">Stay ahead of the trends.</h3>
    <p class="cta-form__subtitle">Try our planner for 14 days to see how easy meetings can be.</p></aside>
    <p>{LONG} Again.</p>{LONG}</div></article>
    <section class="contact"><div class="ContactInfo_title">Tell us about your project</div>
    <div class="ContactInfo_subtitle">We would love to hear about the project you are working on.</div></section></main>"""
    assert parse(page, "https://example.org/meetings").subheadline is None
    # the deck under the headline is read, a link inside it and all (wcxb 4864)
    deck = '<p class="subtitle">Our top pick, <a href="/tools/agenda">Agenda</a>, saved us an hour a week.</p>'
    with_deck = page.replace("</h1>", "</h1>" + deck)
    assert (
        parse(with_deck, "https://example.org/meetings").subheadline == "Our top pick, Agenda, saved us an hour a week."
    )


def test_a_small_picture_by_the_text_is_not_the_lead_image() -> None:
    # A quoted customer's 64-pixel face in the text (wcxb 0127) and the writer's 150-pixel
    # photo after it (wcxb 0092) are the first figures of the article: neither is its picture.
    head = '<head><meta property="og:image" content="https://example.org/uploads/2023/11/cleaning-team.jpg"></head>'
    page = f"""{head}<main><article><h1>How to grow a cleaning business</h1><p>{LONG}</p>
    <figure class="testimonial"><blockquote><p>Join local networking groups.</p></blockquote>
    <img src="/uploads/2023/11/headshot-christine-600x600.webp" width="64" height="64" alt="">
    <figcaption>Christine Hodge <span>Clearview Washing</span></figcaption></figure><p>{LONG} More.</p>
    <figure><figcaption>Written by Autumn Huerter</figcaption><img width="150px" src="/AutumnHuerter.jpg"></figure>
    </article></main>"""
    image = parse(page, "https://example.org/blog/grow/").lead_image
    assert image == Image(url="https://example.org/uploads/2023/11/cleaning-team.jpg")
    # a picture the page shows large is read with its caption
    large = page.replace('width="64" height="64"', 'width="1024" height="683"')
    image = parse(large, "https://example.org/blog/grow/").lead_image
    assert image is not None and image.url.endswith("headshot-christine-600x600.webp")
    assert image.caption == "Christine Hodge Clearview Washing"


def test_a_writers_avatar_is_not_the_lead_image() -> None:
    # appinventiv.com prints the writer's photo in a figure under the headline, marked by
    # its class only (wcxb 0016); the article's picture is the og:image.
    head = '<head><meta property="og:image" content="https://example.org/uploads/2024/09/ml-ecommerce.webp"></head>'
    page = f"""{head}<main><article><h1>How machine learning is shaping e-commerce</h1><div class="blog_writes">
    <figure class="mob"><img src="/uploads/2019/12/chirag-150x150.png" class="avatar pp-user-avatar avatar-94 photo">
    </figure><span>Chirag Bhardwaj</span></div><div class="body"><p>{LONG}</p><p>{LONG} More.</p></div></article></main>"""
    image = parse(page, "https://example.org/blog/ml-ecommerce/").lead_image
    assert image is not None and image.url == "https://example.org/uploads/2024/09/ml-ecommerce.webp"


@pytest.mark.parametrize(
    ("og_site_name", "site_name"),
    [
        ("Ambient Air Solutions |", "Ambient Air Solutions"),  # wcxb 4239
        ("Meals From the Heart Cafe -", "Meals From the Heart Cafe"),
        ("Yahoo!", "Yahoo!"),
        ("|", None),
    ],
)
def test_a_site_name_leaves_out_a_separator_its_template_left_at_the_end(
    og_site_name: str, site_name: str | None
) -> None:
    page = f'<head><meta property="og:site_name" content="{og_site_name}"></head><h1>Story</h1>{_STORY}'
    assert parse(page, "https://example.org/story").site_name == site_name
