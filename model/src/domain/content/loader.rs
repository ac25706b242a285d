//! Reads a course directory into a [`Course`], reporting every problem at once.
//!
//! Layout (documented for authors in `courses/README.md`):
//! `course.toml`, one folder per module with `module.toml`, and one `<lesson-id>.<lang>.md`
//! per lesson and language, with TOML front matter between `+++` lines.

use super::files::{CourseFiles, DiskFiles};
use super::model::{Course, Lesson, LessonText, Localized, Module, Source};
use super::problem::Problem;
use super::{assets, case_files, links, quiz_files};
use crate::domain::certification::{CaseMinimum, CertificateRule};
use crate::domain::renewal::RenewalRule;
use crate::domain::Lang;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CourseFile {
    id: String,
    required_languages: Vec<String>,
    default_language: String,
    modules: Vec<String>,
    title: BTreeMap<String, String>,
    #[serde(default)]
    summary: BTreeMap<String, String>,
    /// What earns a certificate (module certificates and the qualification).
    #[serde(default)]
    certificates: Vec<CertificateFile>,
    #[serde(default)]
    publishing: PublishingFile,
}

/// `[publishing]`: who must approve a draft made in the browser.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PublishingFile {
    /// False lets one author publish alone (four eyes waived for this course).
    #[serde(default = "yes")]
    second_author: bool,
}

impl Default for PublishingFile {
    fn default() -> Self {
        Self {
            second_author: true,
        }
    }
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CertificateFile {
    id: String,
    title: BTreeMap<String, String>,
    #[serde(default)]
    qualification: bool,
    #[serde(default)]
    modules: Vec<String>,
    #[serde(default)]
    quizzes: Vec<String>,
    #[serde(default)]
    cases: Vec<CaseMinimumFile>,
    validity_months: u32,
    #[serde(default)]
    renewal: Option<RenewalFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RenewalFile {
    window_months: u32,
    #[serde(default)]
    cpd_hours: u32,
    #[serde(default)]
    modules: Vec<String>,
    #[serde(default)]
    reminder_days: Vec<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseMinimumFile {
    id: String,
    min_score: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModuleFile {
    id: String,
    title: BTreeMap<String, String>,
    #[serde(default)]
    summary: BTreeMap<String, String>,
    #[serde(default)]
    lessons: Vec<LessonEntry>,
    /// Quiz ids, each a `<id>.quiz.toml` in the module folder, shown after the lessons.
    #[serde(default)]
    quizzes: Vec<String>,
    /// Case ids, each a `<id>.case.toml` in the module folder, shown after the quizzes.
    #[serde(default)]
    cases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonEntry {
    id: String,
    minutes: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    #[serde(default)]
    objectives: Vec<String>,
    #[serde(default)]
    sources: Vec<Source>,
}

/// Collects problems while walking the files; the course is returned only if there were none.
pub(super) struct Check<'a> {
    root: &'a Path,
    files: &'a dyn CourseFiles,
    problems: Vec<Problem>,
    /// Links to lessons (file, line, course, lesson), checked once every lesson is known.
    lesson_links: Vec<(PathBuf, usize, String, String)>,
    /// Images and attachments some lesson uses.
    used_assets: HashSet<PathBuf>,
}

impl<'a> Check<'a> {
    #[cfg(test)]
    pub(super) fn new(root: &'a Path) -> Self {
        Check {
            root,
            files: &DiskFiles,
            problems: Vec::new(),
            lesson_links: Vec::new(),
            used_assets: HashSet::new(),
        }
    }

    #[cfg(test)]
    pub(super) fn into_problems(self) -> Vec<Problem> {
        self.problems
    }

    fn rel(&self, path: &Path) -> PathBuf {
        path.strip_prefix(self.root).unwrap_or(path).to_path_buf()
    }

    /// How many problems have been found so far.
    pub(super) fn count(&self) -> usize {
        self.problems.len()
    }

    pub(super) fn report(
        &mut self,
        path: &Path,
        line: Option<usize>,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) {
        let file = self.rel(path);
        self.problems
            .push(Problem::new(file, message, hint).at_line(line));
    }

    pub(super) fn is_file(&self, path: &Path) -> bool {
        self.files.is_file(path)
    }

    /// The names of the files directly in `dir` (none if it cannot be read).
    pub(super) fn list(&self, dir: &Path) -> Vec<String> {
        self.files.list(dir).unwrap_or_default()
    }

    pub(super) fn read(&mut self, path: &Path) -> Option<String> {
        match self.files.read(path) {
            Ok(text) => Some(text),
            Err(e) => {
                self.report(
                    path,
                    None,
                    format!("cannot read the file: {e}"),
                    "check that the file exists and is UTF-8 text",
                );
                None
            }
        }
    }

    pub(super) fn parse_toml<T: serde::de::DeserializeOwned>(
        &mut self,
        path: &Path,
        text: &str,
        line_offset: usize,
    ) -> Option<T> {
        match toml::from_str::<T>(text) {
            Ok(v) => Some(v),
            Err(e) => {
                let line = e.span().map(|span| line_of(text, span.start) + line_offset);
                self.report(
                    path,
                    line,
                    format!("invalid TOML: {}", e.message()),
                    "fix the syntax or the field name; see courses/README.md for the fields",
                );
                None
            }
        }
    }

    pub(super) fn check_id(&mut self, path: &Path, kind: &str, id: &str) {
        if !is_valid_id(id) {
            self.report(
                path,
                None,
                format!("{kind} id \"{id}\" is not valid"),
                "use lower-case letters a–z, digits and hyphens, starting with a letter or digit (at most 64)",
            );
        }
    }

    pub(super) fn languages(&mut self, path: &Path, field: &str, codes: &[String]) -> Vec<Lang> {
        let mut langs = Vec::new();
        for code in codes {
            match exact_lang(code) {
                Some(lang) if !langs.contains(&lang) => langs.push(lang),
                Some(_) => self.report(
                    path,
                    None,
                    format!("{field} lists \"{code}\" twice"),
                    "list each language once",
                ),
                None => self.report(
                    path,
                    None,
                    format!("{field}: unknown language \"{code}\""),
                    "use nb, nn, sv or en",
                ),
            }
        }
        langs
    }

    pub(super) fn localized(
        &mut self,
        path: &Path,
        field: &str,
        raw: &BTreeMap<String, String>,
        required: &[Lang],
        must_exist: bool,
    ) -> Localized {
        let mut out = Localized::new();
        for (code, text) in raw {
            match exact_lang(code) {
                Some(lang) if !text.trim().is_empty() => {
                    out.insert(lang, text.trim().to_string());
                }
                Some(_) => self.report(
                    path,
                    None,
                    format!("{field}.{code} is empty"),
                    "write the text or remove the line",
                ),
                None => self.report(
                    path,
                    None,
                    format!("{field}: unknown language \"{code}\""),
                    "use nb, nn, sv or en",
                ),
            }
        }
        if must_exist || !out.is_empty() {
            for lang in required {
                if !out.contains_key(lang) {
                    self.report(
                        path,
                        None,
                        format!("{field} has no {} text", lang.code()),
                        format!("add `{} = \"…\"` under [{field}]", lang.code()),
                    );
                }
            }
        }
        out
    }
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

fn exact_lang(code: &str) -> Option<Lang> {
    Lang::ALL.into_iter().find(|l| l.code() == code)
}

pub(crate) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

/// Splits `+++\n<toml>\n+++\n<markdown>`; returns the TOML and the Markdown.
fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = text
        .strip_prefix("+++\n")
        .or_else(|| text.strip_prefix("+++\r\n"))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Some((&rest[..offset], &rest[offset + line.len()..]));
        }
        offset += line.len();
    }
    None
}

/// A lesson file as a learner would see it: the title from its front matter and the body as
/// safe HTML. For the editor's preview, so it is lenient: no front matter, no title.
pub fn preview_lesson(text: &str) -> (Option<String>, String) {
    let text = text.replace("\r\n", "\n");
    match split_front_matter(&text) {
        Some((front, body)) => {
            let title = toml::from_str::<toml::Table>(front)
                .ok()
                .and_then(|t| t.get("title").and_then(|v| v.as_str()).map(str::to_string));
            (title, super::markdown::render_markdown(body))
        }
        None => (None, super::markdown::render_markdown(&text)),
    }
}

/// Loads and validates the course in `dir`. Every problem found is returned, not just the first.
pub fn load_course(dir: &Path) -> Result<Course, Vec<Problem>> {
    load_with(dir, &DiskFiles)
}

/// Loads and validates a course held in memory (a draft, or the sources of a published
/// version). Problems name files by their path under the course root.
pub fn load_course_files(files: &dyn CourseFiles) -> Result<Course, Vec<Problem>> {
    load_with(Path::new(""), files)
}

fn load_with(dir: &Path, files: &dyn CourseFiles) -> Result<Course, Vec<Problem>> {
    let mut check = Check {
        root: dir,
        files,
        problems: Vec::new(),
        lesson_links: Vec::new(),
        used_assets: HashSet::new(),
    };
    let course = load(&mut check, dir);
    match course {
        Some(course) if check.problems.is_empty() => Ok(course),
        _ => Err(check.problems),
    }
}

fn load(check: &mut Check<'_>, dir: &Path) -> Option<Course> {
    let course_path = dir.join("course.toml");
    let text = check.read(&course_path)?;
    let file: CourseFile = check.parse_toml(&course_path, &text, 0)?;
    check.check_id(&course_path, "course", &file.id);
    let required = check.languages(&course_path, "required_languages", &file.required_languages);
    if required.is_empty() {
        check.report(
            &course_path,
            None,
            "required_languages is empty",
            "list at least one language, e.g. [\"nb\", \"en\"]",
        );
    }
    let default_language = match exact_lang(&file.default_language) {
        Some(lang) => {
            if !required.contains(&lang) {
                check.report(
                    &course_path,
                    None,
                    "default_language is not one of required_languages",
                    "add it to required_languages",
                );
            }
            lang
        }
        None => {
            check.report(
                &course_path,
                None,
                format!(
                    "default_language: unknown language \"{}\"",
                    file.default_language
                ),
                "use nb, nn, sv or en",
            );
            Lang::DEFAULT
        }
    };
    let title = check.localized(&course_path, "title", &file.title, &required, true);
    let summary = check.localized(&course_path, "summary", &file.summary, &required, false);

    if file.modules.is_empty() {
        check.report(
            &course_path,
            None,
            "the course has no modules",
            "list module folders under `modules = [...]`",
        );
    }
    let items = quiz_files::load_bank(check, dir, &required);
    let mut module_ids = HashSet::new();
    let mut lesson_ids = HashSet::new();
    let mut quiz_ids = HashSet::new();
    let mut case_ids = HashSet::new();
    let mut modules = Vec::new();
    for folder in &file.modules {
        let module_dir = dir.join(folder);
        if folder.contains("..") || folder.contains('/') || !check.files.is_dir(&module_dir) {
            check.report(
                &course_path,
                None,
                format!("module folder \"{folder}\" does not exist"),
                "create the folder beside course.toml or fix the name in `modules`",
            );
            continue;
        }
        let ids = Ids {
            lessons: &mut lesson_ids,
            quizzes: &mut quiz_ids,
            cases: &mut case_ids,
        };
        if let Some(module) = load_module(check, &module_dir, &required, ids, &items) {
            if !module_ids.insert(module.id.clone()) {
                check.report(
                    &module_dir.join("module.toml"),
                    None,
                    format!("module id \"{}\" is used twice", module.id),
                    "give every module its own id",
                );
            }
            modules.push(module);
        }
    }
    for folder in &file.modules {
        unused_assets(check, &dir.join(folder));
    }
    for (path, line, course, lesson) in std::mem::take(&mut check.lesson_links) {
        if course != file.id {
            check.report(
                &path,
                Some(line),
                format!("link to a lesson of another course (\"{course}\")"),
                format!(
                    "link only to lessons of this course: /courses/{}/lessons/<lesson-id>",
                    file.id
                ),
            );
        } else if !lesson_ids.contains(&lesson) {
            check.report(
                &path,
                Some(line),
                format!("broken link: there is no lesson \"{lesson}\""),
                "use the id of a lesson listed in a module.toml",
            );
        }
    }
    let certificates = certificates(check, &course_path, &file.certificates, &modules, &required);
    Some(Course {
        id: file.id,
        required_languages: required,
        default_language,
        title,
        summary,
        modules,
        items,
        certificates,
        second_author: file.publishing.second_author,
    })
}

/// The certification rules, with every module, quiz and case they name checked to exist.
fn certificates(
    check: &mut Check<'_>,
    path: &Path,
    files: &[CertificateFile],
    modules: &[Module],
    required: &[Lang],
) -> Vec<CertificateRule> {
    let mut ids = HashSet::new();
    let mut rules = Vec::new();
    for f in files {
        let what = format!("certificate \"{}\"", f.id);
        check.check_id(path, "certificate", &f.id);
        if !ids.insert(f.id.clone()) {
            check.report(
                path,
                None,
                format!("{what} is listed twice"),
                "give every certificate its own id",
            );
        }
        let title = check.localized(path, &format!("{what} title"), &f.title, required, true);
        if f.modules.is_empty() && f.quizzes.is_empty() && f.cases.is_empty() {
            check.report(
                path,
                None,
                format!("{what} asks for nothing"),
                "list the modules, quizzes or cases that earn it",
            );
        }
        for m in &f.modules {
            if !modules.iter().any(|x| &x.id == m) {
                check.report(
                    path,
                    None,
                    format!("{what}: module \"{m}\" does not exist"),
                    "use a module id from a module.toml (not the folder name)",
                );
            }
        }
        for q in &f.quizzes {
            if !modules.iter().any(|x| x.quizzes.iter().any(|z| &z.id == q)) {
                check.report(
                    path,
                    None,
                    format!("{what}: quiz \"{q}\" does not exist"),
                    "use the id of a quiz listed in a module.toml",
                );
            }
        }
        for c in &f.cases {
            if !modules.iter().any(|x| x.cases.iter().any(|z| z.id == c.id)) {
                check.report(
                    path,
                    None,
                    format!("{what}: case \"{}\" does not exist", c.id),
                    "use the id of a case listed in a module.toml",
                );
            }
            if c.min_score > 100 {
                check.report(
                    path,
                    None,
                    format!(
                        "{what}: case \"{}\": min_score {} is above 100",
                        c.id, c.min_score
                    ),
                    "use a score from 0 to 100",
                );
            }
        }
        if !(1..=120).contains(&f.validity_months) {
            check.report(
                path,
                None,
                format!("{what}: validity_months must be between 1 and 120"),
                "e.g. 36 for three years",
            );
        }
        rules.push(CertificateRule {
            id: f.id.clone(),
            title,
            qualification: f.qualification,
            modules: f.modules.clone(),
            quizzes: f.quizzes.clone(),
            cases: f
                .cases
                .iter()
                .map(|c| CaseMinimum {
                    id: c.id.clone(),
                    min_score: c.min_score.min(100) as u8,
                })
                .collect(),
            validity_months: f.validity_months,
            renewal: f
                .renewal
                .as_ref()
                .map(|r| renewal(check, path, &what, r, f, modules)),
        });
    }
    rules
}

/// A certificate's renewal rule, checked: refresher modules exist, the window fits in the
/// validity, reminders fall before expiry, and renewal asks for something.
fn renewal(
    check: &mut Check<'_>,
    path: &Path,
    what: &str,
    r: &RenewalFile,
    f: &CertificateFile,
    modules: &[Module],
) -> RenewalRule {
    for m in &r.modules {
        if !modules.iter().any(|x| &x.id == m) {
            check.report(
                path,
                None,
                format!("{what}: renewal module \"{m}\" does not exist"),
                "use a module id from a module.toml (not the folder name)",
            );
        }
    }
    if r.cpd_hours == 0 && r.modules.is_empty() {
        check.report(
            path,
            None,
            format!("{what}: renewal asks for nothing"),
            "set cpd_hours, refresher modules, or both",
        );
    }
    if r.cpd_hours > 500 {
        check.report(
            path,
            None,
            format!("{what}: renewal cpd_hours {} is above 500", r.cpd_hours),
            "use the hours of continuing education a renewal needs, e.g. 12",
        );
    }
    if r.window_months == 0 || r.window_months > f.validity_months {
        check.report(
            path,
            None,
            format!(
                "{what}: renewal window_months must be between 1 and validity_months ({})",
                f.validity_months
            ),
            "e.g. 6 to open renewal six months before expiry",
        );
    }
    if let Some(d) = r.reminder_days.iter().find(|d| **d == 0 || **d > 366) {
        check.report(
            path,
            None,
            format!("{what}: reminder day {d} is not between 1 and 366"),
            "give the days before expiry, e.g. [90, 30, 7]",
        );
    }
    RenewalRule {
        window_months: r.window_months,
        cpd_hours: r.cpd_hours,
        modules: r.modules.clone(),
        reminder_days: r.reminder_days.clone(),
    }
}

/// Ids that must be unique across the whole course.
struct Ids<'a> {
    lessons: &'a mut HashSet<String>,
    quizzes: &'a mut HashSet<String>,
    cases: &'a mut HashSet<String>,
}

fn load_module(
    check: &mut Check<'_>,
    dir: &Path,
    required: &[Lang],
    ids: Ids<'_>,
    bank: &[crate::domain::quiz::Item],
) -> Option<Module> {
    let lesson_ids = ids.lessons;
    let path = dir.join("module.toml");
    let text = check.read(&path)?;
    let file: ModuleFile = check.parse_toml(&path, &text, 0)?;
    check.check_id(&path, "module", &file.id);
    let title = check.localized(&path, "title", &file.title, required, true);
    let summary = check.localized(&path, "summary", &file.summary, required, false);
    if file.lessons.is_empty() {
        check.report(
            &path,
            None,
            "the module has no lessons",
            "add a [[lessons]] entry with id and minutes",
        );
    }

    let mut lessons = Vec::new();
    let mut expected_files = HashSet::new();
    for entry in &file.lessons {
        check.check_id(&path, "lesson", &entry.id);
        if !lesson_ids.insert(entry.id.clone()) {
            check.report(
                &path,
                None,
                format!("lesson id \"{}\" is used twice in the course", entry.id),
                "lesson ids must be unique across the whole course",
            );
        }
        if !(1..=120).contains(&entry.minutes) {
            check.report(
                &path,
                None,
                format!("lesson \"{}\": minutes must be between 1 and 120", entry.id),
                "estimate the minutes a learner needs; split longer lessons",
            );
        }
        let mut texts = BTreeMap::new();
        for lang in Lang::ALL {
            let name = format!("{}.{}.md", entry.id, lang.code());
            expected_files.insert(name.clone());
            let md_path = dir.join(&name);
            if check.is_file(&md_path) {
                if let Some(text) = load_lesson_text(check, &md_path) {
                    texts.insert(lang, text);
                }
            } else if required.contains(&lang) {
                check.report(
                    &md_path,
                    None,
                    format!("lesson \"{}\" has no {} text", entry.id, lang.code()),
                    format!("create {name}"),
                );
            }
        }
        lessons.push(Lesson {
            id: entry.id.clone(),
            minutes: entry.minutes,
            texts,
        });
    }

    // Markdown files that no module.toml lists would silently never be shown. Images and
    // attachments no lesson uses are checked once every lesson is read (see `unused_assets`).
    let mut stray: Vec<_> = check
        .list(dir)
        .into_iter()
        .filter(|name| name.ends_with(".md") && !expected_files.contains(name))
        .collect();
    stray.sort();
    for name in stray {
        check.report(&dir.join(&name), None, "this lesson file is not listed in module.toml", "add the lesson to [[lessons]] in module.toml, or name the file <lesson-id>.<nb|nn|sv|en>.md");
    }

    let mut quizzes = Vec::new();
    for quiz_id in &file.quizzes {
        check.check_id(&path, "quiz", quiz_id);
        if !ids.quizzes.insert(quiz_id.clone()) {
            check.report(
                &path,
                None,
                format!("quiz id \"{quiz_id}\" is used twice in the course"),
                "quiz ids must be unique across the whole course",
            );
            continue;
        }
        if let Some(quiz) = quiz_files::load_quiz(check, dir, quiz_id, bank, required) {
            quizzes.push(quiz);
        }
    }

    let mut cases = Vec::new();
    for case_id in &file.cases {
        check.check_id(&path, "case", case_id);
        if !ids.cases.insert(case_id.clone()) {
            check.report(
                &path,
                None,
                format!("case id \"{case_id}\" is used twice in the course"),
                "case ids must be unique across the whole course",
            );
            continue;
        }
        if let Some(case) = case_files::load_case(check, dir, case_id, required) {
            cases.push(case);
        }
    }

    Some(Module {
        id: file.id,
        title,
        summary,
        lessons,
        quizzes,
        cases,
    })
}

/// Images and attachments in `dir` that no lesson shows or links to: published, they would only
/// take room, so they are reported.
fn unused_assets(check: &mut Check<'_>, dir: &Path) {
    let mut names: Vec<String> = check
        .list(dir)
        .into_iter()
        .filter(|name| assets::asset_kind(name).is_some())
        .collect();
    names.sort();
    for name in names {
        let path = dir.join(&name);
        if !check.used_assets.contains(&path) {
            check.report(
                &path,
                None,
                "no lesson shows or links to this file",
                format!("show it in a lesson beside it with ![what it shows]({name}), link to it with [text]({name}), or remove it"),
            );
        }
    }
}

/// A link or image of the lesson at `path`: it must lead somewhere a learner's page can open, and
/// an image must be one the page can show. Returns where a file beside the lesson that it names
/// is published.
fn check_reference(
    check: &mut Check<'_>,
    path: &Path,
    line: usize,
    r: &links::Reference,
) -> Option<String> {
    const TO_LESSON: &str =
        "link to a lesson as /courses/<course>/lessons/<lesson-id>, or to a website with https://";
    let files = check.files;
    let dir = path.parent().unwrap_or(Path::new(""));
    if r.image && r.alt.trim().is_empty() {
        check.report(
            path,
            Some(line),
            "an image has no alt text",
            "say what the image shows: ![what it shows](file)",
        );
    }
    let target = links::target(&r.dest);
    if let links::Target::Relative(p) = &target {
        if p.contains("..") || !files.is_file(&dir.join(p)) {
            let what = if r.image { "image" } else { "link" };
            let hint = if r.image {
                "put the image file beside the lesson, or fix its name"
            } else {
                TO_LESSON
            };
            check.report(
                path,
                Some(line),
                format!("broken {what}: \"{p}\" is not beside the lesson"),
                hint,
            );
            return None;
        }
        // Used, even if wrongly: that is the problem to report, not that it is unused.
        let used = dir
            .join(p)
            .components()
            .filter(|c| !matches!(c, std::path::Component::CurDir))
            .collect();
        check.used_assets.insert(used);
        let Some(kind) = assets::asset_kind(p) else {
            check.report(
                path,
                Some(line),
                format!("\"{p}\" cannot be published: beside a lesson only images (png, jpg, gif, webp) and PDF files are"),
                TO_LESSON,
            );
            return None;
        };
        if r.image && !kind.image {
            check.report(
                path,
                Some(line),
                format!("\"{p}\" is not an image"),
                "link to it instead: [what it is](file.pdf)",
            );
            return None;
        }
        let bytes = match files.read_bytes(&dir.join(p)) {
            Ok(bytes) => bytes,
            Err(e) => {
                check.report(
                    path,
                    Some(line),
                    format!("cannot read \"{p}\": {e}"),
                    "save the file again",
                );
                return None;
            }
        };
        return match assets::check_asset(p, &bytes) {
            Ok(kind) => Some(assets::asset_url(
                &hex::encode(Sha256::digest(&bytes)),
                kind,
            )),
            Err(assets::AssetProblem::TooBig) => {
                check.report(
                    path,
                    Some(line),
                    format!("\"{p}\" is larger than 900 KB"),
                    "make the file smaller (a picture 1600 pixels wide is plenty)",
                );
                None
            }
            Err(_) => {
                check.report(
                    path,
                    Some(line),
                    format!("\"{p}\" is not a {} file", kind.ext),
                    "save it again in that format, or give it the name of the format it is in",
                );
                None
            }
        };
    }
    if r.image {
        let (message, hint) = match target {
            links::Target::Empty => (
                "an image has no file".to_string(),
                "write the file between the brackets: ![what it shows](file.png)",
            ),
            links::Target::Fine => (
                format!("images from other sites are not shown: \"{}\"", r.dest),
                "put the image file beside the lesson and use its name: ![what it shows](file.png)",
            ),
            _ => (
                format!("an image must be a file beside the lesson: \"{}\"", r.dest),
                "put the image file beside the lesson and use its name: ![what it shows](file.png)",
            ),
        };
        check.report(path, Some(line), message, hint);
        return None;
    }
    match target {
        links::Target::Fine | links::Target::Relative(_) => {}
        links::Target::Lesson { course, lesson } => {
            let file = path.to_path_buf();
            check.lesson_links.push((file, line, course, lesson));
        }
        links::Target::Empty => check.report(
            path,
            Some(line),
            "a link has no address",
            "write the address between the brackets: [text](https://…)",
        ),
        links::Target::Refused => check.report(
            path,
            Some(line),
            format!(
                "link to \"{}\": a page never opens this kind of address",
                r.dest
            ),
            "use a full https:// address",
        ),
        links::Target::OtherPage => check.report(
            path,
            Some(line),
            format!("link to \"{}\", which is not a lesson", r.dest),
            TO_LESSON,
        ),
    }
    None
}

fn load_lesson_text(check: &mut Check<'_>, path: &Path) -> Option<LessonText> {
    let text = check.read(path)?;
    let Some((front, body)) = split_front_matter(&text) else {
        check.report(path, Some(1), "front matter is missing", "start the file with a line `+++`, the title and other fields in TOML, and a closing `+++` line");
        return None;
    };
    let fm: FrontMatter = check.parse_toml(path, front, 1)?;
    if fm.title.trim().is_empty() {
        check.report(path, Some(2), "title is empty", "give the lesson a title");
    }
    if body.trim().is_empty() {
        check.report(
            path,
            None,
            "the lesson has no text",
            "write the lesson below the closing `+++`",
        );
    }
    let body_at = body.as_ptr() as usize - text.as_ptr() as usize;
    let mut published = BTreeMap::new();
    for r in links::references(body) {
        let line = line_of(&text, body_at + r.offset);
        if let Some(url) = check_reference(check, path, line, &r) {
            published.insert(r.dest.clone(), url);
        }
    }
    for source in &fm.sources {
        if let Some(url) = &source.url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                check.report(
                    path,
                    None,
                    format!(
                        "source \"{}\" has a URL that is not http(s): {url}",
                        source.title
                    ),
                    "use a full https:// address",
                );
            }
        }
    }
    Some(LessonText {
        title: fm.title.trim().to_string(),
        objectives: fm.objectives,
        sources: fm.sources,
        markdown: body.to_string(),
        assets: published,
    })
}

#[cfg(test)]
mod tests {
    use super::super::files::MemoryFiles;
    use super::*;

    #[test]
    fn front_matter_is_split_from_the_body() {
        let (front, body) = split_front_matter("+++\ntitle = \"A\"\n+++\nBody\n").unwrap();
        assert_eq!(front, "title = \"A\"\n");
        assert_eq!(body, "Body\n");
    }

    #[test]
    fn a_file_without_closing_marker_has_no_front_matter() {
        assert!(split_front_matter("+++\ntitle = \"A\"\nBody\n").is_none());
        assert!(split_front_matter("Body only").is_none());
    }

    #[test]
    fn ids_are_lower_case_slugs() {
        assert!(is_valid_id("rtw-field-01"));
        for bad in ["", "-x", "Æ", "a b", "A", "a/b"] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    fn bundled_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../courses/rtw-coordinator")
    }

    #[test]
    fn the_bundled_course_loads_the_same_from_memory_as_from_its_folder() {
        let dir = bundled_dir();
        let from_disk = load_course(&dir).unwrap_or_else(|p| panic!("{p:#?}"));
        let files = MemoryFiles::from_dir(&dir).expect("read the folder");
        let from_memory = load_course_files(&files).unwrap_or_else(|p| panic!("{p:#?}"));
        assert!(files.len() > 100, "only {} files were read", files.len());
        assert_eq!(
            serde_json::to_string(&from_disk).unwrap(),
            serde_json::to_string(&from_memory).unwrap()
        );
    }

    #[test]
    fn problems_in_memory_name_the_file_under_the_course_root() {
        let files = MemoryFiles::from_dir(&bundled_dir()).expect("read the folder");
        let (path, _) = files
            .iter()
            .find(|(p, _)| p.ends_with(".en.md"))
            .map(|(p, t)| (p.to_string(), t.to_string()))
            .expect("an English lesson");
        let broken: MemoryFiles = files
            .iter()
            .filter(|(p, _)| *p != path)
            .map(|(p, t)| (p.to_string(), t.to_string()))
            .collect();
        let Err(problems) = load_course_files(&broken) else {
            panic!("a required text is missing, yet the course loaded");
        };
        assert_eq!(problems.len(), 1, "{problems:#?}");
        assert_eq!(problems[0].file, PathBuf::from(&path));
        assert!(
            problems[0].message.contains("has no en text"),
            "{problems:#?}"
        );
    }

    #[test]
    fn a_lesson_preview_has_the_title_and_safe_html() {
        let (title, html) = preview_lesson(
            "+++\r\ntitle = \"Møtet\"\r\n+++\r\n## Før\r\n<script>x()</script>Tekst\r\n",
        );
        assert_eq!(title.as_deref(), Some("Møtet"));
        assert!(html.contains("<h2>Før</h2>"), "{html}");
        assert!(!html.contains("script"), "{html}");
        assert_eq!(preview_lesson("Bare tekst").0, None);
    }

    #[test]
    fn lines_are_counted_from_one() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
    }
}
