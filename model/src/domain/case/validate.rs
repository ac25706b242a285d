//! What makes a case playable: every node reachable, every path able to end, no endless loop of
//! routes, references that exist, variables used as what they are, scores within bounds.

use super::expr::{check_names, is_var_name, Cond};
use super::model::{Case, NodeNext, Value, VarKind};
use super::packs::PackVersion;
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

/// One problem, with the node (or other id) it is about where there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// `node "x"`, `variable "y"`, … — the author searches for it in the file.
    pub at: Option<String>,
    pub message: String,
    pub hint: String,
}

fn finding(at: Option<String>, message: impl Into<String>, hint: impl Into<String>) -> Finding {
    Finding {
        at,
        message: message.into(),
        hint: hint.into(),
    }
}

/// Every problem in a case, in a stable order. `pack` is the rule pack in force at the case's start
/// date (`None` when there is none, which the caller reports).
pub fn check(case: &Case, pack: Option<&PackVersion>) -> Vec<Finding> {
    let mut out = Vec::new();
    let declared = variables(case, &mut out);

    // Nodes: unique ids, references that exist, and the shape of each kind.
    let mut ids = HashSet::new();
    for n in &case.nodes {
        if !ids.insert(n.id.as_str()) {
            out.push(finding(
                Some(format!("node \"{}\"", n.id)),
                "the node id is used twice",
                "give every node its own id",
            ));
        }
    }
    if case.node(&case.start).is_none() {
        out.push(finding(
            None,
            format!("start = \"{}\" is not a node", case.start),
            "name the id of the first node",
        ));
    }
    for n in &case.nodes {
        let at = || Some(format!("node \"{}\"", n.id));
        for d in &n.documents {
            if case.document(d).is_none() {
                out.push(finding(
                    at(),
                    format!("document \"{d}\" does not exist"),
                    "add it under [[documents]] or fix the id",
                ));
            }
        }
        for t in n.targets() {
            if !ids.contains(t) {
                out.push(finding(
                    at(),
                    format!("next = \"{t}\" is not a node"),
                    "name the id of an existing node",
                ));
            }
        }
        match &n.next {
            NodeNext::Choices(choices) => {
                let mut seen = HashSet::new();
                for c in choices {
                    if !seen.insert(c.id.as_str()) {
                        out.push(finding(
                            at(),
                            format!("choice id \"{}\" is used twice", c.id),
                            "give every choice of a node its own id",
                        ));
                    }
                    cond(
                        &mut out,
                        at(),
                        &format!("choice \"{}\"", c.id),
                        c.when.as_ref(),
                        &declared,
                    );
                    effects(
                        &mut out,
                        at(),
                        &format!("choice \"{}\"", c.id),
                        &c.effects,
                        &declared,
                    );
                }
                if choices.is_empty() {
                    out.push(finding(
                        at(),
                        "the node has no choices",
                        "add [[nodes.choices]], routes, or an ending",
                    ));
                }
                match choices.iter().filter(|c| c.expert).count() {
                    1 => {}
                    0 if choices.is_empty() => {}
                    0 => out.push(finding(at(), "no choice is marked `expert = true`", "mark the choice an experienced coordinator would make; the debrief compares with it")),
                    _ => out.push(finding(at(), "more than one choice is marked `expert = true`", "mark exactly one")),
                }
                if choices.iter().any(|c| c.expert && c.when.is_some()) {
                    out.push(finding(
                        at(),
                        "the expert choice has a `when` condition",
                        "the expert choice must always be offered; remove its `when`",
                    ));
                }
                if !choices.is_empty() && choices.iter().all(|c| c.when.is_some()) {
                    out.push(finding(
                        at(),
                        "every choice has a `when` condition, so a learner could be stuck",
                        "leave at least one choice without `when`",
                    ));
                }
            }
            NodeNext::Routes(routes) => {
                for (i, r) in routes.iter().enumerate() {
                    cond(
                        &mut out,
                        at(),
                        &format!("route {}", i + 1),
                        r.when.as_ref(),
                        &declared,
                    );
                }
                match routes.last() {
                    None => out.push(finding(
                        at(),
                        "the node has an empty `routes` list",
                        "add routes, the last without `when`",
                    )),
                    Some(r) if r.when.is_some() => out.push(finding(
                        at(),
                        "the last route has a `when` condition, so no route might apply",
                        "remove `when` from the last route",
                    )),
                    _ => {}
                }
            }
            NodeNext::Ending(e) => {
                if e.score > 100 {
                    out.push(finding(
                        at(),
                        format!("score {} is above 100", e.score),
                        "use a score from 0 to 100",
                    ));
                }
            }
        }
    }

    // Reactions name milestones of the rule pack.
    for (i, r) in case.reactions.iter().enumerate() {
        let at = Some(format!("reaction {} ({})", i + 1, r.milestone));
        if let Some(pack) = pack {
            if !pack.milestones.iter().any(|m| m.id == r.milestone) {
                let known: Vec<_> = pack.milestones.iter().map(|m| m.id.as_str()).collect();
                out.push(finding(
                    at.clone(),
                    format!("milestone \"{}\" is not in the rule pack", r.milestone),
                    format!("use one of: {}", known.join(", ")),
                ));
            }
        }
        cond(&mut out, at.clone(), "when", r.when.as_ref(), &declared);
        effects(&mut out, at, "effects", &r.effects, &declared);
    }

    graph(case, &mut out);
    out
}

fn variables(case: &Case, out: &mut Vec<Finding>) -> BTreeMap<String, VarKind> {
    let mut declared = BTreeMap::new();
    for v in &case.variables {
        let at = Some(format!("variable \"{}\"", v.id));
        if !is_var_name(&v.id) || super::expr::BUILTINS.contains(&v.id.as_str()) {
            out.push(finding(
                at.clone(),
                "the variable name is not valid",
                "use a letter, then letters, digits and _ (not `day`, `week`, `true` or `false`)",
            ));
        }
        if declared.insert(v.id.clone(), v.initial.kind()).is_some() {
            out.push(finding(
                at.clone(),
                "the variable is declared twice",
                "declare each variable once",
            ));
        }
        match v.initial {
            Value::Number(n) => {
                if let (Some(min), Some(max)) = (v.min, v.max) {
                    if min > max {
                        out.push(finding(
                            at.clone(),
                            format!("min {min} is above max {max}"),
                            "swap them",
                        ));
                    }
                }
                if v.min.is_some_and(|m| n < m) || v.max.is_some_and(|m| n > m) {
                    out.push(finding(
                        at.clone(),
                        format!("initial {n} is outside min–max"),
                        "start within the bounds",
                    ));
                }
            }
            Value::Flag(_) => {
                if v.min.is_some() || v.max.is_some() {
                    out.push(finding(
                        at.clone(),
                        "a flag (true/false) has no bounds",
                        "remove min and max, or make initial a number",
                    ));
                }
            }
        }
    }
    declared
}

fn cond(
    out: &mut Vec<Finding>,
    at: Option<String>,
    what: &str,
    c: Option<&Cond>,
    declared: &BTreeMap<String, VarKind>,
) {
    if let Some(c) = c {
        let mut names = Vec::new();
        c.names(&mut names);
        for p in check_names(&names, declared, false) {
            out.push(finding(
                at.clone(),
                format!("{what}: {p}"),
                "declare it under [[variables]] or fix the name",
            ));
        }
    }
}

fn effects(
    out: &mut Vec<Finding>,
    at: Option<String>,
    what: &str,
    effects: &[super::expr::Effect],
    declared: &BTreeMap<String, VarKind>,
) {
    let names: Vec<_> = effects.iter().map(|e| (e.var.clone(), e.kind())).collect();
    for p in check_names(&names, declared, true) {
        out.push(finding(
            at.clone(),
            format!("{what}: {p}"),
            "declare it under [[variables]] or fix the name",
        ));
    }
}

/// Reachability from the start, an ending reachable from everywhere, and no loop of routes alone.
fn graph(case: &Case, out: &mut Vec<Finding>) {
    let index: HashMap<&str, usize> = case
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let edges: Vec<Vec<usize>> = case
        .nodes
        .iter()
        .map(|n| {
            n.targets()
                .iter()
                .filter_map(|t| index.get(t).copied())
                .collect()
        })
        .collect();

    let Some(&start) = index.get(case.start.as_str()) else {
        return;
    };
    let reached = bfs(&[start], &edges);
    for (i, n) in case.nodes.iter().enumerate() {
        if !reached[i] {
            out.push(finding(
                Some(format!("node \"{}\"", n.id)),
                "the node cannot be reached from the start",
                "lead a choice or route to it, or remove it",
            ));
        }
    }

    let mut reverse = vec![Vec::new(); case.nodes.len()];
    for (from, tos) in edges.iter().enumerate() {
        for &to in tos {
            reverse[to].push(from);
        }
    }
    let endings: Vec<usize> = case
        .nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| matches!(n.next, NodeNext::Ending(_)))
        .map(|(i, _)| i)
        .collect();
    if endings.is_empty() {
        out.push(finding(
            None,
            "the case has no ending",
            "add a node with `ending = { outcome = \"…\", score = … }`",
        ));
        return;
    }
    let can_end = bfs(&endings, &reverse);
    for (i, n) in case.nodes.iter().enumerate() {
        if reached[i] && !can_end[i] {
            out.push(finding(
                Some(format!("node \"{}\"", n.id)),
                "no ending can be reached from this node, so a learner would never finish",
                "lead at least one choice or route towards an ending",
            ));
        }
    }

    // A loop made only of route nodes would run without the learner ever deciding.
    let is_route = |i: usize| matches!(case.nodes[i].next, NodeNext::Routes(_));
    let mut state = vec![0u8; case.nodes.len()]; // 0 new, 1 on the stack, 2 done
    for i in 0..case.nodes.len() {
        if is_route(i) && state[i] == 0 && route_cycle(i, &edges, &is_route, &mut state) {
            out.push(finding(
                Some(format!("node \"{}\"", case.nodes[i].id)),
                "routes lead in a circle without any choice",
                "let one of the nodes in the circle offer choices or end",
            ));
        }
    }
}

fn bfs(from: &[usize], edges: &[Vec<usize>]) -> Vec<bool> {
    let mut seen = vec![false; edges.len()];
    let mut queue: VecDeque<usize> = from.iter().copied().collect();
    for &f in from {
        seen[f] = true;
    }
    while let Some(n) = queue.pop_front() {
        for &m in &edges[n] {
            if !seen[m] {
                seen[m] = true;
                queue.push_back(m);
            }
        }
    }
    seen
}

fn route_cycle(
    i: usize,
    edges: &[Vec<usize>],
    is_route: &impl Fn(usize) -> bool,
    state: &mut [u8],
) -> bool {
    state[i] = 1;
    for &j in &edges[i] {
        if !is_route(j) {
            continue;
        }
        if state[j] == 1 || (state[j] == 0 && route_cycle(j, edges, is_route, state)) {
            return true;
        }
    }
    state[i] = 2;
    false
}

/// A layout for drawing the case as a graph: each node's column (its distance in steps from the
/// start, breadth first) and row within the column, in the case's order. Unreachable nodes go in a
/// last column.
pub fn layout(case: &Case) -> HashMap<String, (u32, u32)> {
    let mut depth: HashMap<&str, u32> = HashMap::new();
    let mut queue = VecDeque::new();
    if case.node(&case.start).is_some() {
        depth.insert(case.start.as_str(), 0);
        queue.push_back(case.start.as_str());
    }
    while let Some(id) = queue.pop_front() {
        let d = depth[id];
        if let Some(n) = case.node(id) {
            for t in n.targets() {
                if !depth.contains_key(t) && case.node(t).is_some() {
                    depth.insert(t, d + 1);
                    queue.push_back(t);
                }
            }
        }
    }
    let last = depth.values().max().map_or(0, |d| d + 1);
    let mut rows: HashMap<u32, u32> = HashMap::new();
    case.nodes
        .iter()
        .map(|n| {
            let d = depth.get(n.id.as_str()).copied().unwrap_or(last);
            let row = rows.entry(d).or_insert(0);
            let at = (d, *row);
            *row += 1;
            (n.id.clone(), at)
        })
        .collect()
}
