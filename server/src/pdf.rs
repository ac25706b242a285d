//! The certificate as a PDF: one A4 page in the holder's language, tagged to PDF/UA-1 so that a
//! screen reader reads it in order (headings, paragraphs, the QR code as a figure with a text
//! alternative), with a QR code that opens the public verification page.

use app::domain::clock::local_date;
use app::domain::Lang;
use app::i18n::I18n;
use app::wire::CertificateView;
use krilla::color::rgb;
use krilla::configure::{Accessibility, ConfigurationBuilder, Validator};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, BBox, ContentTag, Node, SpanTag, Tag, TagGroup, TagKind, TagTree,
};
use krilla::text::{Font, TextDirection};
use krilla::{Document, SerializeSettings};
use std::num::NonZeroU16;

const WIDTH: f32 = 595.0;
const HEIGHT: f32 = 842.0;
const MARGIN: f32 = 72.0;
const INK: (u8, u8, u8) = (0x1b, 0x2a, 0x2f);
const BRAND: (u8, u8, u8) = (0x0b, 0x5d, 0x5a);

/// Why a PDF could not be made (a bug, never the user's input).
#[derive(Debug, thiserror::Error)]
#[error("the certificate PDF could not be made: {0}")]
pub struct PdfError(String);

struct Fonts {
    regular: Font,
    bold: Font,
    regular_face: ttf_parser::Face<'static>,
    bold_face: ttf_parser::Face<'static>,
}

impl Fonts {
    fn load() -> Result<Self, PdfError> {
        let regular = dejavu::sans::regular();
        let bold = dejavu::sans::bold();
        let err = |what: &str| PdfError(format!("the bundled {what} font does not load"));
        Ok(Fonts {
            regular: Font::new(regular.into(), 0).ok_or_else(|| err("regular"))?,
            bold: Font::new(bold.into(), 0).ok_or_else(|| err("bold"))?,
            regular_face: ttf_parser::Face::parse(regular, 0).map_err(|_| err("regular"))?,
            bold_face: ttf_parser::Face::parse(bold, 0).map_err(|_| err("bold"))?,
        })
    }

    fn width(&self, bold: bool, text: &str, size: f32) -> f32 {
        let face = if bold {
            &self.bold_face
        } else {
            &self.regular_face
        };
        let units: f32 = text
            .chars()
            .filter_map(|c| face.glyph_index(c))
            .filter_map(|g| face.glyph_hor_advance(g))
            .map(f32::from)
            .sum();
        units * size / f32::from(face.units_per_em())
    }

    /// Greedy word wrap to `max` points.
    fn wrap(&self, bold: bool, text: &str, size: f32, max: f32) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if !line.is_empty() && self.width(bold, &candidate, size) > max {
                lines.push(std::mem::take(&mut line));
                line = word.to_string();
            } else {
                line = candidate;
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }
}

fn fill(color: (u8, u8, u8)) -> Fill {
    Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

/// Lays text out from the top down, centred, and records the tag tree as it goes.
struct Layout<'a, 'b> {
    surface: &'a mut Surface<'b>,
    fonts: &'a Fonts,
    nodes: Vec<Node>,
    y: f32,
}

impl Layout<'_, '_> {
    fn block(
        &mut self,
        tag: impl Into<TagKind>,
        text: &str,
        bold: bool,
        size: f32,
        color: (u8, u8, u8),
    ) {
        let mut group = TagGroup::new(tag);
        let font = if bold {
            self.fonts.bold.clone()
        } else {
            self.fonts.regular.clone()
        };
        self.surface.set_fill(Some(fill(color)));
        for line in self.fonts.wrap(bold, text, size, WIDTH - 2.0 * MARGIN) {
            self.y += size;
            let x = (WIDTH - self.fonts.width(bold, &line, size)) / 2.0;
            let id = self
                .surface
                .start_tagged(ContentTag::Span(SpanTag::empty()));
            self.surface.draw_text(
                Point::from_xy(x, self.y),
                font.clone(),
                size,
                &line,
                false,
                TextDirection::Auto,
            );
            self.surface.end_tagged();
            group.push(id);
            self.y += size * 0.35;
        }
        self.nodes.push(group.into());
    }

    fn gap(&mut self, points: f32) {
        self.y += points;
    }

    /// The QR code as a figure whose text alternative says what it opens.
    fn qr(&mut self, url: &str, alt: String, size: f32) -> Result<(), PdfError> {
        let code = qrcode::QrCode::new(url.as_bytes()).map_err(|e| PdfError(e.to_string()))?;
        let n = code.width();
        // A quiet zone of four modules is part of the symbol.
        let module = size / (n as f32 + 8.0);
        let left = (WIDTH - size) / 2.0 + 4.0 * module;
        let top = self.y + 4.0 * module;
        let mut path = PathBuilder::new();
        for (i, c) in code.to_colors().into_iter().enumerate() {
            if c == qrcode::Color::Dark {
                let (row, col) = ((i / n) as f32, (i % n) as f32);
                if let Some(r) =
                    Rect::from_xywh(left + col * module, top + row * module, module, module)
                {
                    path.push_rect(r);
                }
            }
        }
        let path = path
            .finish()
            .ok_or_else(|| PdfError("an empty QR code".into()))?;
        let id = self.surface.start_tagged(ContentTag::Other);
        self.surface.set_fill(Some(fill((0, 0, 0))));
        self.surface.draw_path(&path);
        self.surface.end_tagged();
        let bbox = Rect::from_xywh((WIDTH - size) / 2.0, self.y, size, size);
        let mut figure =
            TagGroup::new(Tag::Figure(Some(alt)).with_bbox(bbox.map(|r| BBox::new(0, r))));
        figure.push(id);
        self.nodes.push(figure.into());
        self.y += size;
        Ok(())
    }
}

/// Renders certificate `c` in `lang`, with a QR code to `verify_url`.
pub fn certificate(c: &CertificateView, lang: Lang, verify_url: &str) -> Result<Vec<u8>, PdfError> {
    let t = I18n(lang);
    let fonts = Fonts::load()?;
    let configuration = ConfigurationBuilder::new()
        .set_validator(Validator::Ua(Accessibility::UA1))
        .finish()
        .map_err(|e| PdfError(format!("{e:?}")))?;
    let mut document = Document::new_with(SerializeSettings {
        configuration,
        enable_tagging: true,
        ..SerializeSettings::default()
    });
    let kind = if c.qualification {
        t.t("certificate-qualification")
    } else {
        t.t("certificate-module")
    };
    let status = t.t(&format!("certificate-status-{}", c.status));
    let nodes = {
        let settings = PageSettings::from_wh(WIDTH, HEIGHT).ok_or_else(|| PdfError("A4".into()))?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();

        // The frame is decoration: an artifact, not part of what is read.
        let frame = Rect::from_xywh(28.0, 28.0, WIDTH - 56.0, HEIGHT - 56.0)
            .and_then(|r| {
                let mut p = PathBuilder::new();
                p.push_rect(r);
                p.finish()
            })
            .ok_or_else(|| PdfError("frame".into()))?;
        surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
            ArtifactType::Layout,
        )));
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke {
            paint: rgb::Color::new(BRAND.0, BRAND.1, BRAND.2).into(),
            width: 3.0,
            ..Stroke::default()
        }));
        surface.draw_path(&frame);
        surface.set_stroke(None);
        surface.end_tagged();

        let mut l = Layout {
            surface: &mut surface,
            fonts: &fonts,
            nodes: Vec::new(),
            y: 80.0,
        };
        let h = |level: u16, title: &str| {
            Tag::Hn(
                NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN),
                Some(title.to_string()),
            )
        };
        l.block(Tag::P, "RTW Academy", true, 14.0, BRAND);
        l.gap(28.0);
        let heading = format!("{} · {kind}", t.t("pdf-heading"));
        l.block(h(1, &heading), &heading, true, 30.0, INK);
        l.gap(30.0);
        l.block(Tag::P, &t.t("pdf-awarded-to"), false, 13.0, INK);
        l.gap(8.0);
        l.block(Tag::P, &c.holder, true, 26.0, INK);
        l.gap(12.0);
        l.block(Tag::P, &t.t("pdf-has-completed"), false, 13.0, INK);
        l.gap(8.0);
        l.block(h(2, &c.title), &c.title, true, 19.0, BRAND);
        l.gap(8.0);
        l.block(
            Tag::P,
            &format!("{} {}", t.t("pdf-in-programme"), c.programme),
            false,
            13.0,
            INK,
        );
        l.gap(28.0);
        for (label, value) in [
            (t.t("certificate-code"), c.code.clone()),
            (t.t("certificate-issued"), local_date(c.issued_at, t.lang())),
            (
                t.t("certificate-expires"),
                local_date(c.expires_at, t.lang()),
            ),
            (t.t("pdf-status-note"), status),
        ] {
            l.block(Tag::P, &format!("{label}: {value}"), false, 12.0, INK);
            l.gap(2.0);
        }
        l.gap(20.0);
        l.qr(verify_url, t.t("pdf-qr"), 150.0)?;
        l.gap(10.0);
        l.block(Tag::P, &t.t("pdf-verify"), false, 11.0, INK);
        l.block(Tag::P, verify_url, false, 11.0, BRAND);
        let nodes = l.nodes;
        surface.finish();
        page.finish();
        nodes
    };
    let mut tree = TagTree::new();
    tree.lang = Some(lang.code().to_string());
    for n in nodes {
        tree.push(n);
    }
    document.set_tag_tree(tree);
    // PDF/UA asks for an outline; one entry, the certificate, is the whole document.
    let mut outline = Outline::new();
    outline.push_child(OutlineNode::new(
        format!("{} · {}", t.t("pdf-heading"), c.title),
        XyzDestination::new(0, Point::from_xy(0.0, 0.0)),
    ));
    document.set_outline(outline);
    document.set_metadata(
        Metadata::new()
            .title(format!("{} – {}", c.title, c.holder))
            .language(lang.code().to_string())
            .creator("RTW Academy".to_string()),
    );
    document.finish().map_err(|e| PdfError(format!("{e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> CertificateView {
        CertificateView {
            code: "RTW-AAAA-BBBB-CCCC-DDDD".into(),
            holder: "Åse Ærlig-Øvreås".into(),
            title: "Kvalifisert tilbake-til-arbeid-koordinator med en svært lang tittel som må brytes over flere linjer".into(),
            qualification: true,
            programme: "RTW-koordinator".into(),
            course_id: "rtw".into(),
            issued_at: 1_795_442_700,
            expires_at: 1_890_050_700,
            status: "valid".into(),
            status_reason: None,
            status_at: None,
            renewal: None,
        }
    }

    #[test]
    fn a_certificate_renders_as_a_pdf_in_every_language() {
        for lang in [Lang::Nb, Lang::Nn, Lang::Sv, Lang::En] {
            let pdf = certificate(
                &sample(),
                lang,
                "https://rtw.example/verify/RTW-AAAA-BBBB-CCCC-DDDD",
            )
            .unwrap_or_else(|e| panic!("{lang:?}: {e}"));
            assert!(pdf.starts_with(b"%PDF-"));
        }
    }
}
