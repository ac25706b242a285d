//! Lesson Markdown to HTML that is safe to put in a page: no script ever gets through.

use pulldown_cmark::{html, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::BTreeMap;

/// Renders CommonMark (with tables and strikethrough) and sanitises the result with ammonia.
/// Lessons write their sections as `##`; a stray `#` becomes `<h2>` too, since the page's only
/// `<h1>` is the lesson title.
pub fn render_markdown(markdown: &str) -> String {
    render_with_assets(markdown, &BTreeMap::new())
}

/// [`render_markdown`], with the images and links to files beside the lesson (`assets`: the
/// address as written → where the file is published) pointed at their published files.
pub fn render_with_assets(markdown: &str, assets: &BTreeMap<String, String>) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let published = |dest: CowStr<'_>| -> CowStr<'static> {
        match assets.get(dest.as_ref()) {
            Some(url) => CowStr::from(url.clone()),
            None => CowStr::from(dest.into_string()),
        }
    };
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: published(dest_url),
            title,
            id,
        }),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: published(dest_url),
            title,
            id,
        }),
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: demote(level),
            id,
            classes,
            attrs,
        }),
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(demote(level))),
        other => other,
    });
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, events);
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer"))
        .clean(&unsafe_html)
        .to_string()
}

fn demote(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_html() {
        let html = render_markdown("Some **bold** text.\n\n- one\n- two\n");
        assert!(html.contains("<strong>bold</strong>"), "{html}");
        assert!(html.contains("<li>two</li>"), "{html}");
    }

    #[test]
    fn headings_start_below_the_page_title() {
        assert!(render_markdown("# Top\n\n## Sub").contains("<h2>Top</h2>"));
        assert!(render_markdown("## Sub").contains("<h2>Sub</h2>"));
        assert!(render_markdown("### Detail").contains("<h3>Detail</h3>"));
    }

    #[test]
    fn scripts_and_event_handlers_are_removed() {
        let html = render_markdown(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[x](javascript:alert(3))\n\n<a href=\"https://example.org\" onclick=\"alert(4)\">ok</a>",
        );
        for bad in ["<script", "onerror", "javascript:", "onclick", "alert("] {
            assert!(!html.contains(bad), "{bad} survived in {html}");
        }
        assert!(html.contains("rel=\"noopener noreferrer\""), "{html}");
    }

    #[test]
    fn tables_are_rendered() {
        let html = render_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert!(
            html.contains("<table>") && html.contains("<td>2</td>"),
            "{html}"
        );
    }
}
