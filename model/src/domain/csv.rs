//! Writing CSV for spreadsheets and HR systems: RFC 4180 quoting, CRLF line ends, and cells that a
//! spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return)
//! prefixed with an apostrophe, so a name in a file can never become a command (CSV injection).

/// One line of CSV, ending in CRLF.
pub fn row<S: AsRef<str>>(cells: &[S]) -> String {
    let mut out = String::new();
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let cell = cell.as_ref();
        let guarded;
        let cell = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            guarded = format!("'{cell}");
            guarded.as_str()
        } else {
            cell
        };
        if cell.contains([',', '"', '\n', '\r', ';']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::row;
    use crate::domain::roster::parse_roster;

    #[test]
    fn cells_are_quoted_where_they_must_be() {
        assert_eq!(row(&["a", "b c", ""]), "a,b c,\r\n");
        assert_eq!(
            row(&["Berg, Anna", "say \"hi\"", "two\nlines", "x;y"]),
            "\"Berg, Anna\",\"say \"\"hi\"\"\",\"two\nlines\",\"x;y\"\r\n"
        );
    }

    #[test]
    fn a_cell_that_a_spreadsheet_would_run_is_made_text() {
        assert_eq!(
            row(&["=HYPERLINK(\"http://evil\")", "+1", "-2", "@SUM(A1)", "ok"]),
            "\"'=HYPERLINK(\"\"http://evil\"\")\",'+1,'-2,'@SUM(A1),ok\r\n"
        );
    }

    #[test]
    fn what_is_written_reads_back_as_a_roster() {
        let text = format!(
            "{}{}",
            row(&["name", "email"]),
            row(&["Berg, \"Anna\"", "anna@x.no"])
        );
        let r = parse_roster(&text).unwrap();
        assert_eq!(r.rows[0].name.as_str(), "Berg, \"Anna\"");
    }
}
