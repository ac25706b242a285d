//! A list of people to invite, as an organisation exports it from a spreadsheet or an HR system:
//! CSV (RFC 4180 quoting), separated by commas, semicolons (what Excel writes in Norway and
//! Sweden) or tabs, with a header row naming the columns in any of the four languages. Every
//! row's problems are reported at once, with its line number, so a dry run can show them all.

use super::organisation::OrgRole;
use super::{Email, PersonName};
use std::collections::HashSet;

/// More rows than this is not a list of one organisation's coordinators; split the file.
pub const MAX_ROWS: usize = 5_000;

/// A row that can be invited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterRow {
    /// The line of the file the row starts on (1-based, the header is line 1).
    pub line: usize,
    pub name: PersonName,
    pub email: Email,
    pub role: OrgRole,
}

/// What is wrong with one row (message keys; a row can have several).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    pub line: usize,
    pub keys: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Roster {
    pub rows: Vec<RosterRow>,
    pub problems: Vec<RowProblem>,
}

/// Why the file as a whole cannot be read. Each maps to a message key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RosterError {
    #[error("the file has no rows")]
    Empty,
    #[error("no column holds email addresses")]
    NoEmailColumn,
    #[error("no column holds names")]
    NoNameColumn,
    #[error("more than {MAX_ROWS} rows")]
    TooManyRows,
    #[error("a quoted field opened on line {0} is never closed")]
    UnclosedQuote(usize),
}

impl RosterError {
    pub fn message_key(self) -> &'static str {
        match self {
            RosterError::Empty => "error-roster-empty",
            RosterError::NoEmailColumn => "error-roster-no-email-column",
            RosterError::NoNameColumn => "error-roster-no-name-column",
            RosterError::TooManyRows => "error-roster-too-many-rows",
            RosterError::UnclosedQuote(_) => "error-roster-unclosed-quote",
        }
    }

    /// The line the problem is on, where there is one.
    pub fn line(self) -> Option<usize> {
        match self {
            RosterError::UnclosedQuote(line) => Some(line),
            _ => None,
        }
    }
}

const NAME: &[&str] = &[
    "name",
    "full name",
    "navn",
    "fullt navn",
    "namn",
    "fullt namn",
    "fullständigt namn",
];
const FIRST: &[&str] = &["first name", "given name", "fornavn", "førenamn", "förnamn"];
const LAST: &[&str] = &[
    "last name",
    "surname",
    "family name",
    "etternavn",
    "etternamn",
    "efternamn",
];
const EMAIL: &[&str] = &[
    "email",
    "e-mail",
    "mail",
    "e-post",
    "epost",
    "e-postadresse",
    "e-postadress",
    "email address",
];
const ROLE: &[&str] = &["role", "rolle", "roll"];

#[derive(Debug, Default)]
struct Columns {
    name: Option<usize>,
    first: Option<usize>,
    last: Option<usize>,
    email: Option<usize>,
    role: Option<usize>,
}

impl Columns {
    fn from_header(cells: &[String]) -> Columns {
        let mut c = Columns::default();
        for (i, cell) in cells.iter().enumerate() {
            let h = cell.trim().to_lowercase();
            let slot = if NAME.contains(&h.as_str()) {
                &mut c.name
            } else if FIRST.contains(&h.as_str()) {
                &mut c.first
            } else if LAST.contains(&h.as_str()) {
                &mut c.last
            } else if EMAIL.contains(&h.as_str()) {
                &mut c.email
            } else if ROLE.contains(&h.as_str()) {
                &mut c.role
            } else {
                continue;
            };
            slot.get_or_insert(i);
        }
        c
    }

    fn has_name(&self) -> bool {
        self.name.is_some() || self.first.is_some() || self.last.is_some()
    }

    fn name_of(&self, cells: &[String]) -> String {
        let cell = |i: Option<usize>| i.and_then(|i| cells.get(i)).map_or("", |s| s.as_str());
        match self.name {
            Some(_) => cell(self.name).to_string(),
            None => format!("{} {}", cell(self.first), cell(self.last)),
        }
    }
}

/// Reads a roster. A file-level problem is an error; a row-level one is listed in the result.
pub fn parse_roster(text: &str) -> Result<Roster, RosterError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let records = records(text, delimiter(text))?;
    let mut records = records
        .into_iter()
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()));
    let (first_line, first) = records.next().ok_or(RosterError::Empty)?;
    let header = Columns::from_header(&first);
    let (columns, data): (Columns, Vec<(usize, Vec<String>)>) = if header.email.is_some() {
        if !header.has_name() {
            return Err(RosterError::NoNameColumn);
        }
        (header, records.collect())
    } else if first.iter().any(|c| c.contains('@')) {
        // No header: name, email, role in that order.
        let columns = Columns {
            name: Some(0),
            email: Some(1),
            role: Some(2),
            ..Columns::default()
        };
        (
            columns,
            std::iter::once((first_line, first))
                .chain(records)
                .collect(),
        )
    } else {
        return Err(RosterError::NoEmailColumn);
    };
    if data.is_empty() {
        return Err(RosterError::Empty);
    }
    if data.len() > MAX_ROWS {
        return Err(RosterError::TooManyRows);
    }

    let mut roster = Roster::default();
    let mut seen = HashSet::new();
    for (line, cells) in data {
        let mut keys = Vec::new();
        let name =
            PersonName::parse(&columns.name_of(&cells)).map_err(|e| keys.push(e.message_key()));
        let email = columns
            .email
            .and_then(|i| cells.get(i))
            .map_or(Err(super::email::EmailError::Empty), |s| Email::parse(s))
            .map_err(|e| keys.push(someone_elses(e.message_key())));
        let role = columns
            .role
            .and_then(|i| cells.get(i))
            .map_or(Some(OrgRole::Member), |s| OrgRole::parse(s))
            .ok_or_else(|| keys.push("error-roster-role"));
        if let Ok(email) = &email {
            if !seen.insert(email.as_str().to_string()) {
                keys.push("error-roster-duplicate");
            }
        }
        match (name, email, role) {
            (Ok(name), Ok(email), Ok(role)) if keys.is_empty() => roster.rows.push(RosterRow {
                line,
                name,
                email,
                role,
            }),
            _ => roster.problems.push(RowProblem { line, keys }),
        }
    }
    Ok(roster)
}

/// Messages written about another person ("the row has no name") instead of to the reader
/// ("enter your name").
pub fn someone_elses(key: &'static str) -> &'static str {
    match key {
        "error-name-empty" => "error-roster-name-missing",
        "error-email-empty" => "error-roster-email-missing",
        other => other,
    }
}

/// The separator the first line with text uses most: semicolon, tab or comma.
fn delimiter(text: &str) -> char {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut in_quotes = false;
    let mut counts = [0usize; 3];
    for c in first.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            ';' if !in_quotes => counts[0] += 1,
            '\t' if !in_quotes => counts[1] += 1,
            ',' if !in_quotes => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], i)).unwrap_or(2);
    if counts[best] == 0 {
        ','
    } else {
        [';', '\t', ','][best]
    }
}

/// Splits CSV text into records, each with the line it starts on. Quotes follow RFC 4180: a
/// quoted field may hold separators, line breaks and doubled quotes.
fn records(text: &str, sep: char) -> Result<Vec<(usize, Vec<String>)>, RosterError> {
    let mut out = Vec::new();
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut line = 1;
    let mut start = 1;
    let mut quoted = false;
    let mut quote_line = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    cell.push('\n');
                }
                _ => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if cell.trim().is_empty() => {
                cell.clear();
                quoted = true;
                quote_line = line;
            }
            '\r' => {}
            '\n' => {
                cells.push(std::mem::take(&mut cell));
                out.push((start, std::mem::take(&mut cells)));
                line += 1;
                start = line;
            }
            c if c == sep => cells.push(std::mem::take(&mut cell)),
            _ => cell.push(c),
        }
    }
    if quoted {
        return Err(RosterError::UnclosedQuote(quote_line));
    }
    if !cell.is_empty() || !cells.is_empty() {
        cells.push(cell);
        out.push((start, cells));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn emails(r: &Roster) -> Vec<&str> {
        r.rows.iter().map(|r| r.email.as_str()).collect()
    }

    #[test]
    fn a_norwegian_excel_export_with_semicolons_and_a_bom_is_read() {
        let r = parse_roster("\u{feff}Navn;E-post;Rolle\r\nKari Nordmann;Kari@Bodo.kommune.no;medlem\r\nOla Nordmann;ola@bodo.kommune.no;administrator\r\n").unwrap();
        assert_eq!(emails(&r), ["kari@bodo.kommune.no", "ola@bodo.kommune.no"]);
        assert_eq!(r.rows[1].role, OrgRole::Admin);
        assert_eq!(r.rows[1].line, 3);
        assert!(r.problems.is_empty());
    }

    #[test]
    fn quoted_fields_may_hold_separators_quotes_and_line_breaks() {
        let r = parse_roster("email,name\n\"a@x.no\",\"Berg, Anna \"\"Nan\"\"\"\n\"b@x.no\",\"Bo\nBerg\"\nc@x.no,Cecilie\n").unwrap();
        assert_eq!(r.rows[0].name.as_str(), "Berg, Anna \"Nan\"");
        assert_eq!(r.rows[1].name.as_str(), "Bo Berg");
        assert_eq!(
            r.rows[2].line, 5,
            "the line a record starts on, after a broken one"
        );
    }

    #[test]
    fn first_and_last_name_columns_are_joined() {
        let r = parse_roster("Förnamn\tEfternamn\tE-postadress\nAnna\tSvensson\tanna@kommun.se\n")
            .unwrap();
        assert_eq!(r.rows[0].name.as_str(), "Anna Svensson");
        assert_eq!(r.rows[0].role, OrgRole::Member, "no role column: members");
    }

    #[test]
    fn a_file_without_a_header_is_read_as_name_email_role() {
        let r = parse_roster("Kari Nordmann,kari@x.no\nOla,ola@x.no,admin\n").unwrap();
        assert_eq!(emails(&r), ["kari@x.no", "ola@x.no"]);
        assert_eq!(r.rows[0].line, 1);
    }

    #[test]
    fn every_problem_of_every_row_is_reported_with_its_line() {
        let r = parse_roster("name,email,role\n,not-an-email,boss\nKari,kari@x.no,\nKari again,KARI@x.no,\nOla,ola@x.no,member\n").unwrap();
        assert_eq!(emails(&r), ["kari@x.no", "ola@x.no"]);
        assert_eq!(
            r.problems,
            [
                RowProblem {
                    line: 2,
                    keys: vec![
                        "error-name-empty",
                        "error-email-invalid",
                        "error-roster-role"
                    ]
                },
                RowProblem {
                    line: 4,
                    keys: vec!["error-roster-duplicate"]
                },
            ]
        );
    }

    #[test]
    fn files_that_cannot_be_read_say_why() {
        assert_eq!(parse_roster(""), Err(RosterError::Empty));
        assert_eq!(parse_roster("\n ; \n"), Err(RosterError::Empty));
        assert_eq!(parse_roster("name,email\n"), Err(RosterError::Empty));
        assert_eq!(parse_roster("a,b\nc,d\n"), Err(RosterError::NoEmailColumn));
        assert_eq!(
            parse_roster("email,phone\nx@y.no,1\n"),
            Err(RosterError::NoNameColumn)
        );
        assert_eq!(
            parse_roster("name,email\nKari,k@x.no\n\"Ola,o@x.no\n"),
            Err(RosterError::UnclosedQuote(3))
        );
        let many = format!("name,email\n{}", "A,a@x.no\n".repeat(MAX_ROWS + 1));
        assert_eq!(parse_roster(&many), Err(RosterError::TooManyRows));
    }
}
