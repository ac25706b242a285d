//! Links and images in lesson Markdown, judged before anything is published: a link must lead
//! somewhere a learner's page can open, and an image must be one the page can show.

use pulldown_cmark::{Event, Options, Parser, Tag};

/// A link or an image in a lesson's Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Reference {
    pub image: bool,
    pub dest: String,
    /// An image's alt text (empty when it has none).
    pub alt: String,
    /// Where it starts in the Markdown, in bytes.
    pub offset: usize,
}

/// Every link and image in `markdown`, in order.
pub(super) fn references(markdown: &str) -> Vec<Reference> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut out: Vec<Reference> = Vec::new();
    // The image whose alt text is being read, as an index into `out`.
    let mut in_image: Option<usize> = None;
    for (event, range) in Parser::new_ext(markdown, options).into_offset_iter() {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => out.push(Reference {
                image: false,
                dest: dest_url.to_string(),
                alt: String::new(),
                offset: range.start,
            }),
            Event::Start(Tag::Image { dest_url, .. }) => {
                in_image = Some(out.len());
                out.push(Reference {
                    image: true,
                    dest: dest_url.to_string(),
                    alt: String::new(),
                    offset: range.start,
                });
            }
            Event::End(pulldown_cmark::TagEnd::Image) => in_image = None,
            Event::Text(text) | Event::Code(text) => {
                if let Some(i) = in_image {
                    out[i].alt.push_str(&text);
                }
            }
            _ => {}
        }
    }
    out
}

/// Where a link leads, as far as the checker is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Target {
    /// A web or mail address, or a place on the same page: fine as it is.
    Fine,
    /// Another lesson of a course: `/courses/<course>/lessons/<lesson>`, checked once every
    /// lesson is known.
    Lesson { course: String, lesson: String },
    /// A scheme a page never opens (`javascript:`, `data:`, `file:` …).
    Refused,
    /// Another page of the platform that is not a lesson, which the checker cannot vouch for.
    OtherPage,
    /// A file path relative to the lesson (no scheme).
    Relative(String),
    /// No address at all.
    Empty,
}

pub(super) fn target(dest: &str) -> Target {
    let dest = dest.trim();
    if dest.is_empty() {
        return Target::Empty;
    }
    if dest.starts_with('#') {
        return Target::Fine;
    }
    let lower = dest.to_ascii_lowercase();
    if ["https://", "http://", "mailto:", "tel:"]
        .iter()
        .any(|s| lower.starts_with(s))
    {
        return Target::Fine;
    }
    if let Some(path) = dest.strip_prefix('/') {
        if path.starts_with('/') {
            // `//host/…` is another site without a scheme.
            return Target::Refused;
        }
        let path = path.split(['#', '?']).next().unwrap_or_default();
        let parts: Vec<&str> = path.split('/').collect();
        return match parts.as_slice() {
            ["courses", course, "lessons", lesson] => Target::Lesson {
                course: (*course).to_string(),
                lesson: (*lesson).to_string(),
            },
            _ => Target::OtherPage,
        };
    }
    // A scheme is letters, digits, `+`, `-` or `.` before the first `:`, ahead of any `/`.
    if let Some((scheme, _)) = dest.split_once(':') {
        if !scheme.contains('/')
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        {
            return Target::Refused;
        }
    }
    Target::Relative(
        dest.split(['#', '?'])
            .next()
            .unwrap_or_default()
            .to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_and_images_are_found_with_their_alt_text_and_place() {
        let md = "Les [NAV](https://www.nav.no).\n\n![Et *kart* over `veien`](kart.png)\n\n![](tomt.png)\n";
        let refs = references(md);
        assert_eq!(refs.len(), 3);
        assert_eq!(
            (refs[0].image, refs[0].dest.as_str()),
            (false, "https://www.nav.no")
        );
        assert_eq!(&md[refs[0].offset..refs[0].offset + 5], "[NAV]");
        assert_eq!(
            (refs[1].image, refs[1].alt.as_str()),
            (true, "Et kart over veien")
        );
        assert_eq!(refs[2].alt, "");
    }

    #[test]
    fn targets_are_told_apart() {
        assert_eq!(target("https://lovdata.no/x"), Target::Fine);
        assert_eq!(target("MAILTO:a@example.org"), Target::Fine);
        assert_eq!(target("#oppsummering"), Target::Fine);
        assert_eq!(target(""), Target::Empty);
        assert_eq!(target("javascript:alert(1)"), Target::Refused);
        assert_eq!(target("data:text/html,x"), Target::Refused);
        assert_eq!(target("//evil.example/x"), Target::Refused);
        assert_eq!(
            target("/courses/rtw/lessons/the-actors#steg"),
            Target::Lesson {
                course: "rtw".into(),
                lesson: "the-actors".into()
            }
        );
        assert_eq!(target("/account"), Target::OtherPage);
        assert_eq!(
            target("vedlegg/skjema.pdf?x=1"),
            Target::Relative("vedlegg/skjema.pdf".into())
        );
        assert_eq!(
            target("the-actors.nb.md"),
            Target::Relative("the-actors.nb.md".into())
        );
    }
}
