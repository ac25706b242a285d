//! Images and attachments beside lessons: which files they may be, and checking that a file is
//! what its name says. Published files are stored once by their SHA-256 and served from
//! `/content/<sha256>.<ext>`, so their address never changes and can be cached for good.

/// The largest image or attachment a course may hold.
/// (Under the 1 MB a request may carry, so it can be uploaded in a form.)
pub const MAX_ASSET_BYTES: usize = 900 * 1024;

/// A kind of file that may sit beside a lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AssetKind {
    pub ext: &'static str,
    pub media_type: &'static str,
    /// Shown in a page with `![…](…)`; the others are only linked to.
    pub image: bool,
    magic: &'static [&'static [u8]],
}

const KINDS: [AssetKind; 5] = [
    AssetKind {
        ext: "png",
        media_type: "image/png",
        image: true,
        magic: &[b"\x89PNG\r\n\x1a\n"],
    },
    AssetKind {
        ext: "jpg",
        media_type: "image/jpeg",
        image: true,
        magic: &[b"\xff\xd8\xff"],
    },
    AssetKind {
        ext: "gif",
        media_type: "image/gif",
        image: true,
        magic: &[b"GIF87a", b"GIF89a"],
    },
    AssetKind {
        ext: "webp",
        media_type: "image/webp",
        image: true,
        magic: &[b"RIFF"],
    },
    AssetKind {
        ext: "pdf",
        media_type: "application/pdf",
        image: false,
        magic: &[b"%PDF-"],
    },
];

/// The kind of file `path` names by its extension (`.jpeg` is a `.jpg`), if it may sit beside a
/// lesson.
pub fn asset_kind(path: &str) -> Option<AssetKind> {
    let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
    let ext = if ext == "jpeg" {
        "jpg".to_string()
    } else {
        ext
    };
    KINDS.into_iter().find(|k| k.ext == ext)
}

/// The kind stored under `ext` (for serving `/content/<sha256>.<ext>`).
pub fn kind_of_ext(ext: &str) -> Option<AssetKind> {
    KINDS.into_iter().find(|k| k.ext == ext)
}

/// Why a file beside a lesson cannot be published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssetProblem {
    /// Not one of the kinds above.
    Kind,
    TooBig,
    /// The bytes are not what the name says (a renamed file, or not a picture at all).
    NotWhatItSays,
}

/// Checks `bytes` for the file `path`: an allowed kind, small enough, and starting as that kind
/// of file starts.
pub fn check_asset(path: &str, bytes: &[u8]) -> Result<AssetKind, AssetProblem> {
    let kind = asset_kind(path).ok_or(AssetProblem::Kind)?;
    if bytes.len() > MAX_ASSET_BYTES {
        return Err(AssetProblem::TooBig);
    }
    let starts = kind.magic.iter().any(|m| bytes.starts_with(m));
    // A WebP file is a RIFF container whose form type is WEBP.
    let webp_ok = kind.ext != "webp" || bytes.get(8..12) == Some(b"WEBP");
    if !starts || !webp_ok {
        return Err(AssetProblem::NotWhatItSays);
    }
    Ok(kind)
}

/// The address a published asset is served from.
pub fn asset_url(sha256: &str, kind: AssetKind) -> String {
    format!("/content/{sha256}.{}", kind.ext)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

    #[test]
    fn kinds_come_from_the_name_and_are_checked_against_the_bytes() {
        assert_eq!(
            asset_kind("m/kart.PNG").map(|k| k.media_type),
            Some("image/png")
        );
        assert_eq!(asset_kind("m/foto.jpeg").map(|k| k.ext), Some("jpg"));
        assert_eq!(asset_kind("m/skjema.pdf").map(|k| k.image), Some(false));
        assert_eq!(asset_kind("m/tegning.svg"), None, "SVG can carry script");
        assert_eq!(asset_kind("m/uten-endelse"), None);
        assert!(check_asset("a.png", PNG).is_ok());
        assert_eq!(check_asset("a.jpg", PNG), Err(AssetProblem::NotWhatItSays));
        assert_eq!(
            check_asset("a.pdf", b"<html>"),
            Err(AssetProblem::NotWhatItSays)
        );
        assert_eq!(
            check_asset("a.webp", b"RIFF\0\0\0\0WAVE"),
            Err(AssetProblem::NotWhatItSays)
        );
        assert!(check_asset("a.webp", b"RIFF\0\0\0\0WEBPVP8 ").is_ok());
        assert_eq!(check_asset("a.exe", b"MZ"), Err(AssetProblem::Kind));
        let big = [PNG, &vec![0u8; MAX_ASSET_BYTES]].concat();
        assert_eq!(check_asset("a.png", &big), Err(AssetProblem::TooBig));
    }

    #[test]
    fn published_assets_are_addressed_by_their_hash() {
        let kind = asset_kind("x.jpeg").unwrap();
        assert_eq!(asset_url("ab12", kind), "/content/ab12.jpg");
        assert_eq!(kind_of_ext("jpg"), Some(kind));
        assert_eq!(kind_of_ext("jpeg"), None);
    }
}
