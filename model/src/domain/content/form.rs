//! Forms for the structured course files (`course.toml`, `module.toml`, quizzes, item banks and
//! case simulations), so that authors who do not write TOML can change them field by field.
//!
//! The form is read from the file itself, not from a fixed schema: every table and array of
//! tables becomes a group of fields (a quiz item, its options, a case node, its choices), every
//! text per language a field per language (with empty fields for the languages still missing).
//! Saving writes back only the values that changed, with `toml_edit`, so comments, order and the
//! layout of everything else stay exactly as the author wrote them.

use crate::domain::Lang;
use crate::wire::{FieldKind, FormField, FormGroup, FormPart};
use std::str::FromStr;
use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, TableLike, Value};

/// Texts longer than this, or with a line break, get a text area instead of a one-line field.
const SHORT_TEXT: usize = 90;

/// The form for a TOML file, or `None` when the text is not valid TOML (the author then fixes
/// it as text, with the validator's message).
pub fn form_of(text: &str) -> Option<Vec<FormPart>> {
    let doc = DocumentMut::from_str(text).ok()?;
    let mut parts = Vec::new();
    let mut root = FormGroup {
        path: String::new(),
        title: String::new(),
        depth: 0,
        fields: Vec::new(),
        removable: false,
    };
    let mut later = Vec::new();
    walk_table(doc.as_table(), "", &mut root.fields, &mut later);
    parts.push(FormPart::Group(root));
    for (key, path, array) in later {
        arrays(&key, &path, array, 1, &mut parts);
    }
    Some(parts)
}

fn join(path: &str, seg: &str) -> String {
    if path.is_empty() {
        seg.to_string()
    } else {
        format!("{path}/{seg}")
    }
}

/// The fields of one table, in the file's order. Arrays of tables are collected in `later`:
/// they become groups of their own after this one.
fn walk_table<'a>(
    table: &'a dyn TableLike,
    path: &str,
    fields: &mut Vec<FormField>,
    later: &mut Vec<(String, String, &'a ArrayOfTables)>,
) {
    for (key, item) in table.iter() {
        let here = join(path, key);
        match item {
            Item::None => {}
            Item::Value(v) => value_fields(key, &here, v, fields),
            Item::Table(t) if is_localized(t) => localized_fields(key, &here, t, fields),
            Item::Table(t) => {
                let mut inner = Vec::new();
                walk_table(t, &here, &mut inner, later);
                fields.extend(inner.into_iter().map(|f| prefixed(key, f)));
            }
            Item::ArrayOfTables(a) => later.push((key.to_string(), here, a)),
        }
    }
}

fn prefixed(key: &str, mut f: FormField) -> FormField {
    f.label = format!("{key} › {}", f.label);
    f
}

fn arrays(key: &str, path: &str, array: &ArrayOfTables, depth: u8, parts: &mut Vec<FormPart>) {
    for (at, table) in array.iter().enumerate() {
        let here = join(path, &at.to_string());
        let id = table.get("id").and_then(Item::as_str).unwrap_or_default();
        let mut group = FormGroup {
            path: here.clone(),
            title: if id.is_empty() {
                format!("{key} {}", at + 1)
            } else {
                format!("{key} {}: {id}", at + 1)
            },
            depth,
            fields: Vec::new(),
            removable: true,
        };
        let mut later = Vec::new();
        walk_table(table, &here, &mut group.fields, &mut later);
        parts.push(FormPart::Group(group));
        for (inner_key, inner_path, inner) in later {
            arrays(&inner_key, &inner_path, inner, depth + 1, parts);
        }
    }
    parts.push(FormPart::Add {
        path: path.to_string(),
        key: key.to_string(),
        depth,
    });
}

fn value_fields(key: &str, path: &str, v: &Value, fields: &mut Vec<FormField>) {
    let (kind, value) = match v {
        Value::String(s) => (text_kind(s.value()), s.value().clone()),
        Value::Integer(i) => (FieldKind::Number, i.value().to_string()),
        Value::Float(f) => (FieldKind::Number, f.value().to_string()),
        Value::Boolean(b) => (FieldKind::Flag, b.value().to_string()),
        Value::Array(a) if a.iter().all(|v| v.is_str()) => (
            FieldKind::List,
            a.iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        Value::InlineTable(t) if is_localized(t) => {
            return localized_fields(key, path, t, fields);
        }
        Value::InlineTable(t) => {
            let mut inner = Vec::new();
            for (k, v) in t.iter() {
                value_fields(k, &join(path, k), v, &mut inner);
            }
            fields.extend(inner.into_iter().map(|f| prefixed(key, f)));
            return;
        }
        // Lists of tables written inline (sources, case requirements) and dates: edited as
        // TOML, checked when saved.
        other => (FieldKind::Raw, other.to_string().trim().to_string()),
    };
    fields.push(FormField {
        path: path.to_string(),
        label: key.to_string(),
        lang: None,
        kind,
        value,
    });
}

fn text_kind(s: &str) -> FieldKind {
    if s.contains('\n') || s.chars().count() > SHORT_TEXT {
        FieldKind::LongText
    } else {
        FieldKind::Text
    }
}

/// A table whose keys are all language codes, with texts: one text per language.
fn is_localized(t: &dyn TableLike) -> bool {
    !t.is_empty()
        && t.iter()
            .all(|(k, v)| Lang::from_tag(k).is_some_and(|l| l.code() == k) && v.is_str())
}

fn localized_fields(key: &str, path: &str, t: &dyn TableLike, fields: &mut Vec<FormField>) {
    let long = t.iter().any(|(_, v)| {
        v.as_str()
            .is_some_and(|s| text_kind(s) == FieldKind::LongText)
    });
    for lang in Lang::ALL {
        let value = t
            .get(lang.code())
            .and_then(Item::as_str)
            .unwrap_or_default()
            .to_string();
        fields.push(FormField {
            path: join(path, lang.code()),
            label: key.to_string(),
            lang: Some(lang.code().to_string()),
            kind: if long {
                FieldKind::LongText
            } else {
                FieldKind::Text
            },
            value,
        });
    }
}

/// What an author asked for besides saving the fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormAction {
    Save,
    /// A new entry at the end of the array of tables at this path, shaped like the last one.
    Add(String),
    /// The entry of an array of tables at this path goes.
    Remove(String),
}

impl FormAction {
    /// `save`, `add:<path>` or `remove:<path>`, as the form's buttons send them.
    pub fn parse(s: &str) -> Option<Self> {
        match s.split_once(':') {
            None if s == "save" => Some(Self::Save),
            Some(("add", path)) => Some(Self::Add(path.to_string())),
            Some(("remove", path)) => Some(Self::Remove(path.to_string())),
            _ => None,
        }
    }
}

/// The file after a form was saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub text: String,
    /// Fields whose value could not be used (not a number, not TOML), by path; the rest saved.
    pub invalid: Vec<String>,
    /// The group to show after the action (the new entry), if any.
    pub focus: Option<String>,
}

/// Why a form could not be applied at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormProblem {
    /// The saved text is not valid TOML any more (it must be fixed as text).
    NotToml,
    /// An action named something that is not in the file.
    NoSuchEntry,
}

/// Writes the posted fields (`path`, value, in the order the form sent them: for a field sent
/// twice, as a checkbox is, the last one counts) into `text`, then does `action`.
pub fn apply(
    text: &str,
    fields: &[(String, String)],
    action: &FormAction,
) -> Result<Applied, FormProblem> {
    let mut doc = DocumentMut::from_str(text).map_err(|_| FormProblem::NotToml)?;
    let mut invalid = Vec::new();
    let mut last: Vec<(&str, &str)> = Vec::new();
    for (path, value) in fields {
        match last.iter_mut().find(|(p, _)| p == path) {
            Some(seen) => seen.1 = value,
            None => last.push((path, value)),
        }
    }
    for (path, value) in last {
        if set_field(doc.as_table_mut(), path, value).is_err() {
            invalid.push(path.to_string());
        }
    }
    let focus = match action {
        FormAction::Save => None,
        FormAction::Add(path) => {
            let array = array_at(doc.as_table_mut(), path).ok_or(FormProblem::NoSuchEntry)?;
            let shape = array.iter().last().map(template).unwrap_or_default();
            array.push(shape);
            Some(join(path, &(array.len() - 1).to_string()))
        }
        FormAction::Remove(path) => {
            let (array_path, index) = path.rsplit_once('/').ok_or(FormProblem::NoSuchEntry)?;
            let index: usize = index.parse().map_err(|_| FormProblem::NoSuchEntry)?;
            let array = array_at(doc.as_table_mut(), array_path).ok_or(FormProblem::NoSuchEntry)?;
            if index >= array.len() {
                return Err(FormProblem::NoSuchEntry);
            }
            array.remove(index);
            None
        }
    };
    Ok(Applied {
        text: doc.to_string(),
        invalid,
        focus,
    })
}

/// A new, empty entry shaped like `last`: the same keys, texts empty (its id too), flags off,
/// lists empty, numbers and other values kept; inner arrays of tables with one such entry.
fn template(last: &Table) -> Table {
    let mut t = Table::new();
    for (key, item) in last.iter() {
        let new = match item {
            Item::Value(v) => Item::Value(blank(key, v)),
            Item::Table(inner) => {
                let mut copy = Table::new();
                for (k, v) in inner.iter() {
                    if let Item::Value(v) = v {
                        copy.insert(k, Item::Value(blank(k, v)));
                    }
                }
                copy.set_dotted(inner.is_dotted());
                copy.set_implicit(inner.is_implicit());
                Item::Table(copy)
            }
            Item::ArrayOfTables(a) => {
                let mut inner = ArrayOfTables::new();
                if let Some(first) = a.iter().last() {
                    inner.push(template(first));
                }
                Item::ArrayOfTables(inner)
            }
            Item::None => continue,
        };
        t.insert(key, new);
    }
    t
}

fn blank(key: &str, v: &Value) -> Value {
    match v {
        Value::String(s) if key != "id" && !s.value().contains(' ') && is_word(s.value()) => {
            // A keyword (`type`, `actor`, `area`, `feedback`): kept, as the entry before had it.
            Value::from(s.value().as_str())
        }
        Value::String(_) => Value::from(""),
        Value::Boolean(_) => Value::from(false),
        Value::Array(_) => Value::Array(Array::new()),
        Value::InlineTable(t) => {
            let mut copy = InlineTable::new();
            for (k, v) in t.iter() {
                copy.insert(k, blank(k, v));
            }
            Value::InlineTable(copy)
        }
        other => {
            let mut v = other.clone();
            v.decor_mut().clear();
            v
        }
    }
}

/// Whether a text is a keyword (lower-case letters, digits, `-` and `_`), not prose.
fn is_word(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        && Lang::from_tag(s).is_none()
}

fn array_at<'a>(root: &'a mut Table, path: &str) -> Option<&'a mut ArrayOfTables> {
    let segs: Vec<&str> = path.split('/').collect();
    let (last, parents) = segs.split_last()?;
    let table = table_at(root, parents)?;
    table.get_mut(last)?.as_array_of_tables_mut()
}

/// The table at `segs` (keys of tables, indices into arrays of tables).
fn table_at<'a>(root: &'a mut Table, segs: &[&str]) -> Option<&'a mut Table> {
    let mut table = root;
    let mut segs = segs.iter();
    while let Some(seg) = segs.next() {
        table = match table.get_mut(seg)? {
            Item::Table(t) => t,
            Item::ArrayOfTables(a) => {
                let at: usize = segs.next()?.parse().ok()?;
                a.get_mut(at)?
            }
            _ => return None,
        };
    }
    Some(table)
}

/// Sets one field. Unchanged values are left alone, so their layout stays as it was.
fn set_field(root: &mut Table, path: &str, value: &str) -> Result<(), ()> {
    let value = value.replace("\r\n", "\n");
    let segs: Vec<&str> = path.split('/').collect();
    // The longest prefix that is a table; the rest are keys into inline tables.
    for split in (0..segs.len()).rev() {
        let (tables, rest) = segs.split_at(split);
        let Some(table) = table_at(root, tables) else {
            continue;
        };
        let (key, inner) = rest.split_first().ok_or(())?;
        if !inner.is_empty() {
            if let Some(Item::Value(Value::InlineTable(t))) = table.get_mut(key) {
                return set_inline(t, inner, &value);
            }
            continue;
        }
        return set_in_table(table, key, &value);
    }
    Err(())
}

fn set_inline(t: &mut InlineTable, segs: &[&str], value: &str) -> Result<(), ()> {
    let (key, inner) = segs.split_first().ok_or(())?;
    if inner.is_empty() {
        let localized_missing = t.get(key).is_none() && is_localized_key(t, key);
        if localized_missing {
            if !value.is_empty() {
                t.insert(*key, Value::from(value));
            }
            return Ok(());
        }
        let old = t.get_mut(key).ok_or(())?;
        if let Some(new) = updated(old, value)? {
            *old = new;
        }
        if value.is_empty() && is_localized(t) && t.len() > 1 {
            t.remove(key);
        }
        return Ok(());
    }
    match t.get_mut(key) {
        Some(Value::InlineTable(inner_t)) => set_inline(inner_t, inner, value),
        _ => Err(()),
    }
}

/// Whether `key` is a language code missing from a table of texts per language.
fn is_localized_key(t: &dyn TableLike, key: &str) -> bool {
    is_localized(t) && Lang::from_tag(key).is_some_and(|l| l.code() == key)
}

fn set_in_table(table: &mut Table, key: &str, value: &str) -> Result<(), ()> {
    let localized = is_localized(table);
    if table.get(key).is_none() {
        if localized && is_localized_key(table, key) {
            if !value.is_empty() {
                table.insert(key, toml_edit::value(value));
            }
            return Ok(());
        }
        return Err(());
    }
    // A text emptied in a table of texts per language drops that language (the validator then
    // says if it is required), but the last one stays, or the table would vanish.
    if localized && value.is_empty() && table.len() > 1 {
        table.remove(key);
        return Ok(());
    }
    let old = table.get_mut(key).and_then(Item::as_value_mut).ok_or(())?;
    if let Some(new) = updated(old, value)? {
        *old = new;
    }
    Ok(())
}

/// The new value for `old` from the posted text, `None` when it is the same, keeping the old
/// value's surrounding comments.
fn updated(old: &Value, posted: &str) -> Result<Option<Value>, ()> {
    let mut new = match old {
        Value::String(s) => {
            if s.value() == posted {
                return Ok(None);
            }
            Value::from(posted)
        }
        Value::Integer(i) => {
            let n: i64 = posted.trim().parse().map_err(|_| ())?;
            if *i.value() == n {
                return Ok(None);
            }
            Value::from(n)
        }
        Value::Float(f) => {
            let n: f64 = posted.trim().replace(',', ".").parse().map_err(|_| ())?;
            if *f.value() == n {
                return Ok(None);
            }
            Value::from(n)
        }
        Value::Boolean(b) => {
            let flag = match posted {
                "true" => true,
                "false" => false,
                _ => return Err(()),
            };
            if *b.value() == flag {
                return Ok(None);
            }
            Value::from(flag)
        }
        Value::Array(a) if a.iter().all(|v| v.is_str()) => {
            let lines: Vec<&str> = posted
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            let same =
                a.len() == lines.len() && a.iter().zip(&lines).all(|(v, l)| v.as_str() == Some(*l));
            if same {
                return Ok(None);
            }
            let mut new = Array::new();
            for l in lines {
                new.push(l);
            }
            // Long lists one entry per line, as the bundled files write them.
            if a.to_string().contains('\n') {
                for v in new.iter_mut() {
                    v.decor_mut().set_prefix("\n  ");
                }
                new.set_trailing("\n");
                new.set_trailing_comma(true);
            }
            Value::Array(new)
        }
        other => {
            if other.to_string().trim() == posted.trim() {
                return Ok(None);
            }
            Value::from_str(posted.trim()).map_err(|_| ())?
        }
    };
    *new.decor_mut() = old.decor().clone();
    Ok(Some(new))
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUIZ: &str = r#"# A comment that stays.
id = "q"
pass_mark = 80 # percent
order = ["a", "b"]

[title]
nb = "Test"
en = "Quiz"

[[items]]
id = "one"
type = "single_choice"
prompt.nb = "Hva?"
prompt.en = "What?"

[[items.options]]
id = "yes"
correct = true
text.nb = "Ja"

[[items.options]]
id = "no"
text.nb = "Nei"
"#;

    fn fields(parts: &[FormPart]) -> Vec<&FormField> {
        parts
            .iter()
            .filter_map(|p| match p {
                FormPart::Group(g) => Some(g.fields.iter()),
                FormPart::Add { .. } => None,
            })
            .flatten()
            .collect()
    }

    #[test]
    fn a_quiz_becomes_groups_of_fields_with_every_language() {
        let parts = form_of(QUIZ).expect("valid TOML");
        let groups: Vec<&str> = parts
            .iter()
            .filter_map(|p| match p {
                FormPart::Group(g) => Some(g.title.as_str()),
                FormPart::Add { .. } => None,
            })
            .collect();
        assert_eq!(
            groups,
            ["", "items 1: one", "options 1: yes", "options 2: no"]
        );
        let all = fields(&parts);
        let prompt_sv = all.iter().find(|f| f.path == "items/0/prompt/sv").unwrap();
        assert_eq!(
            (prompt_sv.value.as_str(), prompt_sv.lang.as_deref()),
            ("", Some("sv"))
        );
        let mark = all.iter().find(|f| f.path == "pass_mark").unwrap();
        assert_eq!((mark.kind, mark.value.as_str()), (FieldKind::Number, "80"));
        let list = all.iter().find(|f| f.path == "order").unwrap();
        assert_eq!((list.kind, list.value.as_str()), (FieldKind::List, "a\nb"));
        let correct = all
            .iter()
            .find(|f| f.path == "items/0/options/0/correct")
            .unwrap();
        assert_eq!(correct.kind, FieldKind::Flag);
        let adds: Vec<&str> = parts
            .iter()
            .filter_map(|p| match p {
                FormPart::Add { path, .. } => Some(path.as_str()),
                FormPart::Group(_) => None,
            })
            .collect();
        assert_eq!(adds, ["items/0/options", "items"]);
    }

    #[test]
    fn saving_unchanged_fields_keeps_the_file_byte_for_byte() {
        let posted: Vec<(String, String)> = fields(&form_of(QUIZ).unwrap())
            .into_iter()
            .map(|f| (f.path.clone(), f.value.clone()))
            .collect();
        let out = apply(QUIZ, &posted, &FormAction::Save).unwrap();
        assert_eq!(out.text, QUIZ);
        assert!(out.invalid.is_empty());
    }

    #[test]
    fn changed_fields_are_written_and_comments_stay() {
        let posted = vec![
            ("pass_mark".to_string(), "70".to_string()),
            ("items/0/prompt/sv".to_string(), "Vad?".to_string()),
            (
                "items/0/prompt/en".to_string(),
                "What now?\nReally.".to_string(),
            ),
            ("items/0/options/1/correct".to_string(), "false".to_string()),
            ("items/0/options/0/correct".to_string(), "false".to_string()),
            ("items/0/options/0/correct".to_string(), "true".to_string()),
            ("title/en".to_string(), String::new()),
        ];
        let out = apply(QUIZ, &posted, &FormAction::Save).unwrap();
        assert!(out.text.starts_with("# A comment that stays.\n"));
        assert!(
            out.text.contains("pass_mark = 70 # percent\n"),
            "{}",
            out.text
        );
        let doc: toml::Table = toml::from_str(&out.text).unwrap();
        let item = &doc["items"][0];
        assert_eq!(item["prompt"]["sv"].as_str(), Some("Vad?"));
        assert_eq!(item["prompt"]["en"].as_str(), Some("What now?\nReally."));
        assert_eq!(item["options"][0]["correct"].as_bool(), Some(true));
        // A flag that was not in the file is not a field, so it is refused, not invented.
        assert_eq!(out.invalid, ["items/0/options/1/correct"]);
        assert!(
            doc["title"].get("en").is_none(),
            "an emptied text drops its language"
        );
        assert_eq!(doc["title"]["nb"].as_str(), Some("Test"));
    }

    #[test]
    fn a_value_that_does_not_fit_is_reported_and_the_rest_saved() {
        let posted = vec![
            ("pass_mark".to_string(), "eighty".to_string()),
            ("id".to_string(), "q2".to_string()),
            ("no/such/field".to_string(), "x".to_string()),
        ];
        let out = apply(QUIZ, &posted, &FormAction::Save).unwrap();
        assert_eq!(out.invalid, ["pass_mark", "no/such/field"]);
        assert!(out.text.contains("id = \"q2\""));
        assert!(out.text.contains("pass_mark = 80"));
    }

    #[test]
    fn adding_an_entry_copies_the_shape_of_the_last_one_with_empty_texts() {
        let out = apply(QUIZ, &[], &FormAction::Add("items".into())).unwrap();
        assert_eq!(out.focus.as_deref(), Some("items/1"));
        let doc: toml::Table = toml::from_str(&out.text).unwrap();
        let new = &doc["items"][1];
        assert_eq!(new["id"].as_str(), Some(""));
        assert_eq!(new["type"].as_str(), Some("single_choice"));
        assert_eq!(new["prompt"]["nb"].as_str(), Some(""));
        assert_eq!(new["options"].as_array().map(Vec::len), Some(1));
        assert_eq!(new["options"][0]["text"]["nb"].as_str(), Some(""));
        assert!(out.text.starts_with(QUIZ), "what was there is unchanged");
    }

    #[test]
    fn removing_an_entry_takes_out_that_one_only() {
        let out = apply(QUIZ, &[], &FormAction::Remove("items/0/options/0".into())).unwrap();
        let doc: toml::Table = toml::from_str(&out.text).unwrap();
        let options = doc["items"][0]["options"].as_array().unwrap();
        assert_eq!(options.len(), 1);
        assert_eq!(options[0]["id"].as_str(), Some("no"));
        assert_eq!(
            apply(QUIZ, &[], &FormAction::Remove("items/5".into())),
            Err(FormProblem::NoSuchEntry)
        );
        assert_eq!(
            apply("not = = toml", &[], &FormAction::Save),
            Err(FormProblem::NotToml)
        );
    }

    #[test]
    fn the_bundled_files_round_trip_through_their_forms_unchanged() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../courses");
        let mut seen = 0;
        for entry in walk(&root) {
            if entry.extension().is_some_and(|e| e == "toml") {
                let text = std::fs::read_to_string(&entry).unwrap();
                let posted: Vec<(String, String)> = fields(&form_of(&text).unwrap())
                    .into_iter()
                    .map(|f| (f.path.clone(), f.value.clone()))
                    .collect();
                let out = apply(&text, &posted, &FormAction::Save).unwrap();
                assert_eq!(out.text, text, "{}", entry.display());
                assert!(
                    out.invalid.is_empty(),
                    "{}: {:?}",
                    entry.display(),
                    out.invalid
                );
                seen += 1;
            }
        }
        assert!(seen > 20, "only {seen} files");
    }

    fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut out = Vec::new();
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
        out
    }

    #[test]
    fn actions_are_read_from_the_buttons() {
        assert_eq!(FormAction::parse("save"), Some(FormAction::Save));
        assert_eq!(
            FormAction::parse("add:items/0/options"),
            Some(FormAction::Add("items/0/options".into()))
        );
        assert_eq!(
            FormAction::parse("remove:nodes/3"),
            Some(FormAction::Remove("nodes/3".into()))
        );
        assert_eq!(FormAction::parse("drop"), None);
    }
}
