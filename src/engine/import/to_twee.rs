//! A scenario as a Twee 3 story in Frontline's convention, for Twine to
//! open: one passage per node (named by its id, tagged with its ending and
//! aggression), the customer's line and each answer as links and `@` lines,
//! the scenario's own fields in the `Frontline` passage. What the
//! convention has no line for (wordings, per-policy effects, a text that
//! would not read back as written) travels on `@frontline {json}` lines,
//! which Twine keeps as passage text. Importing the result gives the same
//! scenario (tested over every shipped scenario).

use crate::engine::import::story::{self, Logical};
use crate::engine::import::twee::{slug, META_PASSAGE};
use crate::engine::model::scenario::{Choice, Condition, Node, Scenario};
use crate::engine::model::text::{Lang, Text};
use crate::engine::wire::named::Named;

/// The story, as Twee 3 text.
pub fn to_twee(s: &Scenario) -> String {
    let primary = s.languages.first().copied().unwrap_or(Lang::En);
    let mut out = String::new();
    let title = s.title.get(primary);
    out.push_str(&format!(":: StoryTitle\n{title}\n\n\n"));
    let data = serde_json::json!({
        "ifid": ifid(&s.id),
        "format": "Harlowe",
        "format-version": "3.3.8",
        "start": s.start,
        "zoom": 1
    });
    let data = serde_json::to_string_pretty(&data).expect("plain JSON");
    out.push_str(&format!(":: StoryData\n{data}\n\n\n"));
    let mut head = serde_json::to_value(s).expect("a scenario serializes");
    if let Some(obj) = head.as_object_mut() {
        obj.remove("nodes");
        obj.remove("start");
    }
    let head = serde_json::to_string_pretty(&head).expect("plain JSON");
    out.push_str(&format!(
        ":: {META_PASSAGE} {{\"position\":\"100,0\",\"size\":\"100,100\"}}\n{head}\n\n\n"
    ));
    for (i, node) in s.nodes.iter().enumerate() {
        passage(&mut out, node, i, primary);
    }
    out
}

fn passage(out: &mut String, node: &Node, i: usize, primary: Lang) {
    let mut tags = Vec::new();
    if let Some(e) = &node.ending {
        tags.push(format!("ending-{}", e.outcome.name().replace('_', "-")));
    }
    if node.aggression != 0 {
        tags.push(format!("aggression-{}", node.aggression));
    }
    let tags = if tags.is_empty() {
        String::new()
    } else {
        format!(" [{}]", tags.join(" "))
    };
    let (x, y) = (100 + (i % 6) * 150, 200 + (i / 6) * 150);
    out.push_str(&format!(
        ":: {}{tags} {{\"position\":\"{x},{y}\",\"size\":\"100,100\"}}\n",
        node.id
    ));
    let mut extra = serde_json::Map::new();
    if !text_lines(out, &node.customer, primary, "", true) {
        extra.insert("customer".into(), json(&node.customer));
    }
    if !node.narration.is_empty() && !text_lines(out, &node.narration, primary, "narration", false)
    {
        extra.insert("narration".into(), json(&node.narration));
    }
    if !node.wordings.is_empty() {
        extra.insert("wordings".into(), json(&node.wordings));
    }
    if let Some(e) = &node.ending {
        if !(e.contact_again.is_none() && text_lines(out, &e.summary, primary, "summary", false)) {
            extra.insert("ending".into(), json(e));
        }
    }
    more(out, extra);
    for c in &node.choices {
        choice(out, c, primary);
    }
    out.push_str("\n\n");
}

fn choice(out: &mut String, c: &Choice, primary: Lang) {
    let label = c.text.exact(primary);
    let mut extra = serde_json::Map::new();
    if link_safe(label) {
        out.push_str(&format!("[[{label}->{}]]\n", c.next));
        for &lang in Lang::ALL.iter().filter(|&&l| l != primary) {
            let t = c.text.exact(lang);
            if !t.is_empty() {
                if directive_safe(t) {
                    out.push_str(&format!("@{} {t}\n", lang.code()));
                } else {
                    extra.insert("text".into(), json(&c.text));
                }
            }
        }
    } else {
        out.push_str(&format!("[[{}->{}]]\n", c.id, c.next));
        extra.insert("text".into(), json(&c.text));
    }
    let mut fields = vec![format!("id={}", c.id), format!("style={}", c.style.name())];
    fields.push(format!("seconds={}", c.seconds));
    if c.goodwill != 0 {
        fields.push(format!("goodwill={}", c.goodwill));
    }
    let e = &c.effects;
    for (name, v) in [
        ("mood", e.mood),
        ("patience", e.patience),
        ("trust", e.trust),
        ("effort", e.effort),
    ] {
        if v != 0 {
            fields.push(format!("{name}={v:+}"));
        }
    }
    if e.resolves {
        fields.push("resolves".into());
    }
    for t in &c.tone {
        fields.push(format!("tone={}", t.name()));
    }
    for r in &c.requires {
        fields.push(format!("requires={}", condition(r)));
    }
    let mut under = serde_json::Map::new();
    for (policy, v) in &c.under {
        let simple = v.effects.is_none() && v.feedback.is_none() && !policy.contains(['=', ' ']);
        if simple {
            if let Some(s) = v.seconds {
                fields.push(format!("{policy}.seconds={s}"));
            }
            if let Some(g) = v.goodwill {
                fields.push(format!("{policy}.goodwill={g}"));
            }
        } else {
            under.insert(policy.clone(), json(v));
        }
    }
    if !under.is_empty() {
        extra.insert("under".into(), json(&c.under));
    }
    out.push_str(&format!("@choice {}\n", fields.join(" ")));
    if !text_lines(out, &c.feedback, primary, "feedback", false) {
        extra.insert("feedback".into(), json(&c.feedback));
    }
    if c.verifies {
        extra.insert("verifies".into(), true.into());
    }
    if let Some(stake) = &c.changes {
        extra.insert("changes".into(), json(stake));
    }
    if let Some(v) = &c.verdict {
        extra.insert("verdict".into(), json(v));
    }
    if c.private {
        extra.insert("private".into(), true.into());
    }
    more(out, extra);
}

fn condition(c: &Condition) -> String {
    match c {
        Condition::Authority(a) => format!("authority:{}", a.name()),
        Condition::Policy(p) => format!("policy:{p}"),
        Condition::NotPolicy(p) => format!("not_policy:{p}"),
        Condition::AtLeast(b) => format!("{}>={}", b.meter.name(), b.value),
        Condition::AtMost(b) => format!("{}<={}", b.meter.name(), b.value),
    }
}

fn json<T: serde::Serialize>(v: &T) -> serde_json::Value {
    serde_json::to_value(v).expect("scenario parts serialize")
}

fn more(out: &mut String, extra: serde_json::Map<String, serde_json::Value>) {
    if !extra.is_empty() {
        let line = serde_json::Value::Object(extra).to_string();
        out.push_str(&format!("@frontline {line}\n"));
    }
}

/// Write a text as lines the importer reads back as written: the primary
/// language as prose (or as `@key`), the others as `@key-lang` (`@lang`
/// for prose). False, writing nothing, when some language would not read
/// back as written.
fn text_lines(out: &mut String, t: &Text, primary: Lang, key: &str, prose: bool) -> bool {
    let mut lines = Vec::new();
    for &lang in Lang::ALL {
        let words = t.exact(lang);
        if words.is_empty() {
            continue;
        }
        let ok = if prose && lang == primary {
            prose_safe(words)
        } else {
            directive_safe(words)
        };
        if !ok {
            return false;
        }
        let line = match (prose, lang == primary, key) {
            (true, true, _) => words.to_string(),
            (true, false, _) => format!("@{} {words}", lang.code()),
            (false, true, k) => format!("@{k} {words}"),
            (false, false, k) => format!("@{k}-{} {words}", lang.code()),
        };
        lines.push(line);
    }
    for l in lines {
        out.push_str(&l);
        out.push('\n');
    }
    true
}

/// Whether a text can stand on a line of its own: one line, no spaces
/// around it, and no link brackets, which the importer reads across lines
/// (a line ending in `[[` would swallow the link on the next one: found by
/// the round-trip property, customer line "a>[[").
fn directive_safe(t: &str) -> bool {
    !t.is_empty() && t.trim() == t && !t.contains('\n') && !t.contains("[[") && !t.contains("]]")
}

/// Whether the importer reads this line of prose back as it is.
fn prose_safe(t: &str) -> bool {
    if !directive_safe(t) || t.starts_with('@') || t.starts_with("::") {
        return false;
    }
    let scanned = story::scan(&[(1, t.to_string())]);
    // Quoted speech would lose its quotes (and narration beside it would
    // move out of the line): such a line goes in the passage's JSON.
    story::speech(&[t]).is_none()
        && scanned.notes.is_empty()
        && scanned.arrive == Default::default()
        && scanned.lines
            == vec![(
                1,
                Logical::Content {
                    text: t.to_string(),
                    links: Vec::new(),
                },
            )]
}

fn link_safe(label: &str) -> bool {
    directive_safe(label)
        && !["]]", "[[", "->", "<-", "|", "]["]
            .iter()
            .any(|m| label.contains(m))
        && {
            let scanned = story::scan(&[(1, format!("[[{label}->x]]"))]);
            matches!(&scanned.lines[..], [(_, Logical::Content { links, .. })]
                if links.len() == 1 && links[0].label == label)
        }
}

/// A stable IFID (a version 4 UUID, as Twine writes them) from the
/// scenario's id, so exporting twice gives the same story.
fn ifid(id: &str) -> String {
    let hash = |seed: u64| {
        id.bytes().fold(seed, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        })
    };
    let (a, b) = (hash(0xcbf2_9ce4_8422_2325), hash(0x6c62_272e_07bb_0142));
    let hex = format!("{a:016X}{b:016X}");
    format!(
        "{}-{}-4{}-{}{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        ['8', '9', 'A', 'B'][(b as usize) & 3],
        &hex[17..20],
        &hex[20..32]
    )
}

/// Whether every node id is a passage name the importer turns back into
/// the same id.
pub fn ids_survive(s: &Scenario) -> bool {
    s.nodes.iter().all(|n| slug(&n.id) == n.id)
}
