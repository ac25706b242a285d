//! Conditions (`week > 4 && !plan_made`) and effects (`trust += 10`) over a case's variables.
//!
//! Both are parsed once, when the case is loaded, and checked against the declared variables, so a
//! case that has been published can never fail to evaluate one.

use super::model::{Value, VarKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The read-only names every case has.
pub const BUILTINS: [&str; 2] = ["day", "week"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cond {
    Var(String),
    Not(Box<Cond>),
    And(Box<Cond>, Box<Cond>),
    Or(Box<Cond>, Box<Cond>),
    Cmp(Operand, CmpOp, Operand),
    Lit(bool),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Operand {
    Var(String),
    Num(i64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Effect {
    pub var: String,
    pub op: EffectOp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum EffectOp {
    Set(Value),
    Add(i64),
}

/// What a condition or effect is evaluated against.
pub trait Scope {
    /// A variable's value, or the built-ins `day` and `week`.
    fn value(&self, name: &str) -> Option<Value>;
}

impl Cond {
    /// Evaluates the condition. Unknown names count as false / zero; the checker has made sure a
    /// published case has none.
    pub fn holds(&self, scope: &impl Scope) -> bool {
        match self {
            Cond::Lit(b) => *b,
            Cond::Var(name) => matches!(scope.value(name), Some(Value::Flag(true))),
            Cond::Not(c) => !c.holds(scope),
            Cond::And(a, b) => a.holds(scope) && b.holds(scope),
            Cond::Or(a, b) => a.holds(scope) || b.holds(scope),
            Cond::Cmp(a, op, b) => {
                let (a, b) = (num(a, scope), num(b, scope));
                match op {
                    CmpOp::Eq => a == b,
                    CmpOp::Ne => a != b,
                    CmpOp::Lt => a < b,
                    CmpOp::Le => a <= b,
                    CmpOp::Gt => a > b,
                    CmpOp::Ge => a >= b,
                }
            }
        }
    }

    /// Every name the condition reads, with the kind it reads it as.
    pub fn names(&self, out: &mut Vec<(String, VarKind)>) {
        match self {
            Cond::Lit(_) => {}
            Cond::Var(n) => out.push((n.clone(), VarKind::Flag)),
            Cond::Not(c) => c.names(out),
            Cond::And(a, b) | Cond::Or(a, b) => {
                a.names(out);
                b.names(out);
            }
            Cond::Cmp(a, _, b) => {
                for o in [a, b] {
                    if let Operand::Var(n) = o {
                        out.push((n.clone(), VarKind::Number));
                    }
                }
            }
        }
    }
}

fn num(o: &Operand, scope: &impl Scope) -> i64 {
    match o {
        Operand::Num(n) => *n,
        Operand::Var(name) => match scope.value(name) {
            Some(Value::Number(n)) => n,
            _ => 0,
        },
    }
}

/// Checks that every name exists with the kind it is used as; returns one message per misuse.
pub fn check_names(
    used: &[(String, VarKind)],
    declared: &BTreeMap<String, VarKind>,
    writing: bool,
) -> Vec<String> {
    let mut problems = Vec::new();
    for (name, kind) in used {
        if BUILTINS.contains(&name.as_str()) {
            if writing {
                problems.push(format!("`{name}` is built in and cannot be changed"));
            } else if *kind == VarKind::Flag {
                problems.push(format!(
                    "`{name}` is a number; compare it, e.g. `{name} > 4`"
                ));
            }
            continue;
        }
        match declared.get(name) {
            None => problems.push(format!("`{name}` is not a declared variable")),
            Some(k) if k != kind => problems.push(match (k, writing) {
                (VarKind::Number, false) => {
                    format!("`{name}` is a number; compare it, e.g. `{name} >= 50`")
                }
                (VarKind::Number, true) => {
                    format!("`{name}` is a number; change it with `{name} += 1` or `{name} = 3`")
                }
                (VarKind::Flag, false) => {
                    format!("`{name}` is a flag (true/false); use it as `{name}` or `!{name}`")
                }
                (VarKind::Flag, true) => {
                    format!("`{name}` is a flag (true/false); set it with `{name} = true` or `{name} = false`")
                }
            }),
            Some(_) => {}
        }
    }
    problems
}

// ---------------------------------------------------------------------------------- parsing

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Ident(String),
    Num(i64),
    Not,
    And,
    Or,
    Open,
    Close,
    Op(CmpOp),
}

fn lex(src: &str) -> Result<Vec<Tok>, String> {
    let mut out = Vec::new();
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            ' ' | '\t' => i += 1,
            '(' => {
                out.push(Tok::Open);
                i += 1;
            }
            ')' => {
                out.push(Tok::Close);
                i += 1;
            }
            '&' if next == Some('&') => {
                out.push(Tok::And);
                i += 2;
            }
            '|' if next == Some('|') => {
                out.push(Tok::Or);
                i += 2;
            }
            '!' if next == Some('=') => {
                out.push(Tok::Op(CmpOp::Ne));
                i += 2;
            }
            '!' => {
                out.push(Tok::Not);
                i += 1;
            }
            '=' if next == Some('=') => {
                out.push(Tok::Op(CmpOp::Eq));
                i += 2;
            }
            '<' | '>' => {
                let eq = next == Some('=');
                out.push(Tok::Op(match (c, eq) {
                    ('<', true) => CmpOp::Le,
                    ('<', false) => CmpOp::Lt,
                    (_, true) => CmpOp::Ge,
                    _ => CmpOp::Gt,
                }));
                i += if eq { 2 } else { 1 };
            }
            c if c.is_ascii_digit() || (c == '-' && next.is_some_and(|n| n.is_ascii_digit())) => {
                let start = i;
                i += 1;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                let text: String = chars[start..i].iter().collect();
                let n = text
                    .parse()
                    .map_err(|_| format!("`{text}` is too large a number"))?;
                out.push(Tok::Num(n));
            }
            c if c.is_ascii_alphabetic() => {
                let start = i;
                while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                out.push(Tok::Ident(chars[start..i].iter().collect()));
            }
            other => return Err(format!("unexpected `{other}`")),
        }
    }
    Ok(out)
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }

    fn bump(&mut self) -> Option<Tok> {
        let t = self.toks.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    fn or(&mut self) -> Result<Cond, String> {
        let mut left = self.and()?;
        while self.peek() == Some(&Tok::Or) {
            self.bump();
            left = Cond::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Cond, String> {
        let mut left = self.unary()?;
        while self.peek() == Some(&Tok::And) {
            self.bump();
            left = Cond::And(Box::new(left), Box::new(self.unary()?));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Cond, String> {
        match self.peek() {
            Some(Tok::Not) => {
                self.bump();
                Ok(Cond::Not(Box::new(self.unary()?)))
            }
            Some(Tok::Open) => {
                self.bump();
                let inner = self.or()?;
                match self.bump() {
                    Some(Tok::Close) => Ok(inner),
                    _ => Err("a `(` is not closed".into()),
                }
            }
            _ => self.comparison(),
        }
    }

    fn operand(&mut self) -> Result<Operand, String> {
        match self.bump() {
            Some(Tok::Ident(n)) => Ok(Operand::Var(n)),
            Some(Tok::Num(n)) => Ok(Operand::Num(n)),
            Some(t) => Err(format!(
                "expected a name or a number, found {}",
                describe(&t)
            )),
            None => Err("the condition ends too early".into()),
        }
    }

    fn comparison(&mut self) -> Result<Cond, String> {
        let left = self.operand()?;
        if let Some(Tok::Op(op)) = self.peek().cloned() {
            self.bump();
            let right = self.operand()?;
            return Ok(Cond::Cmp(left, op, right));
        }
        match left {
            Operand::Var(n) if n == "true" => Ok(Cond::Lit(true)),
            Operand::Var(n) if n == "false" => Ok(Cond::Lit(false)),
            Operand::Var(n) => Ok(Cond::Var(n)),
            Operand::Num(n) => Err(format!("`{n}` alone is not a condition; compare it")),
        }
    }
}

fn describe(t: &Tok) -> String {
    match t {
        Tok::Ident(n) => format!("`{n}`"),
        Tok::Num(n) => format!("`{n}`"),
        Tok::Not => "`!`".into(),
        Tok::And => "`&&`".into(),
        Tok::Or => "`||`".into(),
        Tok::Open => "`(`".into(),
        Tok::Close => "`)`".into(),
        Tok::Op(_) => "a comparison".into(),
    }
}

/// Parses a condition such as `week > 4 && !plan_made`.
pub fn parse_cond(src: &str) -> Result<Cond, String> {
    let toks = lex(src)?;
    if toks.is_empty() {
        return Err("the condition is empty".into());
    }
    let mut p = Parser { toks, pos: 0 };
    let cond = p.or()?;
    match p.peek() {
        None => Ok(cond),
        Some(t) => Err(format!(
            "unexpected {} after a complete condition",
            describe(t)
        )),
    }
}

/// Parses an effect: `trust += 10`, `trust -= 5`, `trust = 20` or `plan_made = true`.
pub fn parse_effect(src: &str) -> Result<Effect, String> {
    let src = src.trim();
    let (var, op, value) = if let Some((v, x)) = src.split_once("+=") {
        (v, '+', x)
    } else if let Some((v, x)) = src.split_once("-=") {
        (v, '-', x)
    } else if let Some((v, x)) = src.split_once('=') {
        (v, '=', x)
    } else {
        return Err("write `name += n`, `name -= n`, `name = n` or `name = true`".into());
    };
    let var = var.trim();
    if !is_var_name(var) {
        return Err(format!("`{var}` is not a variable name"));
    }
    let value = value.trim();
    let number = || {
        value
            .parse::<i64>()
            .map_err(|_| format!("`{value}` is not a whole number"))
    };
    let op = match op {
        '+' => EffectOp::Add(number()?),
        '-' => EffectOp::Add(-number()?),
        _ => match value {
            "true" => EffectOp::Set(Value::Flag(true)),
            "false" => EffectOp::Set(Value::Flag(false)),
            _ => EffectOp::Set(Value::Number(number()?)),
        },
    };
    Ok(Effect {
        var: var.to_string(),
        op,
    })
}

impl Effect {
    /// The kind of variable this effect needs.
    pub fn kind(&self) -> VarKind {
        match self.op {
            EffectOp::Set(Value::Flag(_)) => VarKind::Flag,
            _ => VarKind::Number,
        }
    }
}

/// A variable name: a letter, then letters, digits and `_`, at most 40 characters.
pub fn is_var_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && s.len() <= 40
        && s != "true"
        && s != "false"
}
