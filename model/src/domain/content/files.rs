//! Where a course's files come from: a folder on disk (`courses/`, `server courses check`) or a
//! set of files held in memory (a draft in the web editor, the sources kept with a published
//! version). The loader reads both the same way, so a draft is checked exactly as a folder is.

use super::assets::asset_kind;
use std::collections::BTreeMap;
use std::io;
use std::path::{Component, Path};

/// Read access to a course's files. Paths are the ones the loader builds: absolute for a folder
/// on disk, relative to the course root for files in memory.
pub trait CourseFiles {
    fn read(&self, path: &Path) -> io::Result<String>;
    fn is_file(&self, path: &Path) -> bool;
    fn is_dir(&self, path: &Path) -> bool;
    /// The names of the files directly in `dir`.
    fn list(&self, dir: &Path) -> io::Result<Vec<String>>;
    /// An image or attachment, as bytes.
    fn read_bytes(&self, path: &Path) -> io::Result<Vec<u8>>;
}

/// The files of a folder on disk.
pub struct DiskFiles;

impl CourseFiles for DiskFiles {
    fn read(&self, path: &Path) -> io::Result<String> {
        std::fs::read_to_string(path)
    }
    fn read_bytes(&self, path: &Path) -> io::Result<Vec<u8>> {
        std::fs::read(path)
    }
    fn is_file(&self, path: &Path) -> bool {
        path.is_file()
    }
    fn is_dir(&self, path: &Path) -> bool {
        path.is_dir()
    }
    fn list(&self, dir: &Path) -> io::Result<Vec<String>> {
        Ok(std::fs::read_dir(dir)?
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .map(|e| e.file_name().to_string_lossy().to_string())
            .collect())
    }
}

/// A course's files in memory, keyed by their path under the course root with `/` between
/// folders (`01-intro/what-is-rtw.nb.md`). Ordered, so two equal sets list and hash alike. Text
/// files and images or attachments (by their name, see [`asset_kind`]) are kept apart.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemoryFiles {
    files: BTreeMap<String, String>,
    assets: BTreeMap<String, Vec<u8>>,
}

/// Why a path cannot name a course file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a file path inside a course (use names like 01-intro/lesson.nb.md)")]
pub struct BadPath(pub String);

/// Checks that `path` is a plain relative path inside the course: folders and a file name of
/// letters, digits, `-`, `_` and `.`, no `..`, at most three levels deep.
pub fn course_path(path: &str) -> Result<String, BadPath> {
    let bad = || BadPath(path.to_string());
    let parts: Vec<&str> = path.split('/').collect();
    if path.is_empty() || path.len() > 200 || parts.len() > 3 {
        return Err(bad());
    }
    for part in &parts {
        let ok_chars = part
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
        if part.is_empty() || part.starts_with('.') || !ok_chars {
            return Err(bad());
        }
    }
    Ok(path.to_string())
}

impl MemoryFiles {
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads every file under `dir` (course files are UTF-8 text, apart from images and
    /// attachments, which are read as bytes; a text file that is not UTF-8 is an error that names
    /// the file).
    pub fn from_dir(dir: &Path) -> io::Result<Self> {
        let mut files = MemoryFiles::new();
        files.read_tree(dir, dir)?;
        Ok(files)
    }

    fn read_tree(&mut self, root: &Path, dir: &Path) -> io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().to_string();
            if name.starts_with('.') {
                continue;
            }
            if entry.file_type()?.is_dir() {
                self.read_tree(root, &path)?;
            } else {
                let rel = Self::key(path.strip_prefix(root).unwrap_or(&path));
                let named =
                    |e: io::Error| io::Error::new(e.kind(), format!("{}: {e}", path.display()));
                if asset_kind(&rel).is_some() {
                    self.assets
                        .insert(rel, std::fs::read(&path).map_err(named)?);
                } else {
                    self.files
                        .insert(rel, std::fs::read_to_string(&path).map_err(named)?);
                }
            }
        }
        Ok(())
    }

    pub fn insert(&mut self, path: impl Into<String>, text: impl Into<String>) {
        self.files.insert(path.into(), text.into());
    }

    pub fn insert_asset(&mut self, path: impl Into<String>, bytes: Vec<u8>) {
        self.assets.insert(path.into(), bytes);
    }

    pub fn remove_asset(&mut self, path: &str) -> Option<Vec<u8>> {
        self.assets.remove(path)
    }

    /// The images and attachments, by path.
    pub fn assets(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.assets.iter().map(|(k, v)| (k.as_str(), v.as_slice()))
    }

    pub fn get(&self, path: &str) -> Option<&str> {
        self.files.get(path).map(String::as_str)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    fn key(path: &Path) -> String {
        path.components()
            .filter_map(|c| match c {
                Component::Normal(s) => Some(s.to_string_lossy().to_string()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("/")
    }
}

impl FromIterator<(String, String)> for MemoryFiles {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(iter: I) -> Self {
        MemoryFiles {
            files: iter.into_iter().collect(),
            assets: BTreeMap::new(),
        }
    }
}

impl CourseFiles for MemoryFiles {
    fn read(&self, path: &Path) -> io::Result<String> {
        self.files
            .get(&Self::key(path))
            .cloned()
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no such file"))
    }
    fn read_bytes(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.assets
            .get(&Self::key(path))
            .cloned()
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no such file"))
    }
    fn is_file(&self, path: &Path) -> bool {
        let key = Self::key(path);
        self.files.contains_key(&key) || self.assets.contains_key(&key)
    }
    fn is_dir(&self, path: &Path) -> bool {
        let prefix = format!("{}/", Self::key(path));
        self.files
            .keys()
            .chain(self.assets.keys())
            .any(|k| k.starts_with(&prefix))
    }
    fn list(&self, dir: &Path) -> io::Result<Vec<String>> {
        let key = Self::key(dir);
        let prefix = if key.is_empty() {
            String::new()
        } else {
            format!("{key}/")
        };
        Ok(self
            .files
            .keys()
            .chain(self.assets.keys())
            .filter_map(|k| k.strip_prefix(&prefix))
            .filter(|rest| !rest.contains('/'))
            .map(str::to_string)
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> MemoryFiles {
        [
            ("course.toml", "id = 'x'"),
            ("m1/module.toml", "id = 'm1'"),
            ("m1/a.nb.md", "A"),
            ("items/bank.toml", ""),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
    }

    #[test]
    fn files_in_memory_answer_like_a_folder() {
        let f = files();
        assert_eq!(f.read(Path::new("m1/a.nb.md")).unwrap(), "A");
        assert!(f.is_file(Path::new("course.toml")));
        assert!(!f.is_file(Path::new("m1")));
        assert!(f.is_dir(Path::new("m1")));
        assert!(!f.is_dir(Path::new("m")));
        let mut names = f.list(Path::new("m1")).unwrap();
        names.sort();
        assert_eq!(names, ["a.nb.md", "module.toml"]);
        assert_eq!(f.list(Path::new("")).unwrap(), ["course.toml"]);
        assert_eq!(
            f.read(Path::new("missing.md")).unwrap_err().kind(),
            io::ErrorKind::NotFound
        );
    }

    #[test]
    fn only_plain_paths_inside_the_course_are_course_paths() {
        for good in ["course.toml", "01-intro/what-is.nb.md", "items/bank_1.toml"] {
            assert_eq!(course_path(good).as_deref(), Ok(good));
        }
        for bad in [
            "",
            "../etc/passwd",
            "/abs.md",
            "a//b.md",
            ".hidden",
            "a/.git/x",
            "a b.md",
            "a/b/c/d.md",
            "m1/..",
        ] {
            assert!(course_path(bad).is_err(), "{bad} was accepted");
        }
    }
}
