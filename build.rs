//! Turns `assets/policies/policies.json` into Rust: the game then carries the
//! two policies as values instead of a JSON reader for them (1.8 KB gzipped
//! of wasm). The JSON stays the one place the house rules are written;
//! `tests/policies.rs` reads it with the engine's own reader and checks that
//! both give the same policies.

use std::fmt::Write as _;
use std::path::Path;

use serde_json::Value;

const SOURCE: &str = "assets/policies/policies.json";

/// The fields of `engine::model::policy::Policy`, in the order the JSON may give them.
const FIELDS: [&str; 10] = [
    "id",
    "name",
    "summary",
    "script_required",
    "handle_time_target",
    "goodwill_budget",
    "authorities",
    "alias",
    "monitoring",
    "job_control",
];

fn main() {
    println!("cargo:rerun-if-changed={SOURCE}");
    println!("cargo:rerun-if-changed=build.rs");
    let text = std::fs::read_to_string(SOURCE).unwrap_or_else(|e| fail(&e.to_string()));
    let policies: Vec<Value> = serde_json::from_str(&text).unwrap_or_else(|e| fail(&e.to_string()));
    let mut out = String::from("vec![\n");
    for (i, policy) in policies.iter().enumerate() {
        out.push_str(
            &policy_literal(policy).unwrap_or_else(|why| fail(&format!("policy {}: {why}", i + 1))),
        );
    }
    out.push_str("]\n");
    let dest =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("policies.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

fn fail(why: &str) -> ! {
    panic!("{SOURCE}: {why}")
}

fn policy_literal(policy: &Value) -> Result<String, String> {
    let map = policy.as_object().ok_or("not an object")?;
    if let Some(unknown) = map.keys().find(|k| !FIELDS.contains(&k.as_str())) {
        return Err(format!("unknown field `{unknown}`"));
    }
    let field = |name: &str| map.get(name).filter(|v| !v.is_null());
    let need = |name: &str| field(name).ok_or(format!("missing field `{name}`"));
    let string = |name: &str| -> Result<String, String> {
        need(name)?
            .as_str()
            .map(|s| format!("{s:?}.to_string()"))
            .ok_or(format!("`{name}` is not a string"))
    };
    let number = |v: &Value, name: &str| -> Result<String, String> {
        v.as_i64()
            .filter(|n| *n >= 0)
            .map(|n| n.to_string())
            .ok_or(format!("`{name}` is not a whole number of at least 0"))
    };
    let text = |name: &str| -> Result<String, String> {
        let v = need(name)?;
        let lang = |l: &str| v.get(l).and_then(Value::as_str).unwrap_or("").to_string();
        Ok(format!("Text::new({:?}, {:?})", lang("en"), lang("nl")))
    };
    let mut out = String::from("    Policy {\n");
    let mut put = |name: &str, value: String| {
        let _ = writeln!(out, "        {name}: {value},");
    };
    put("id", string("id")?);
    put("name", text("name")?);
    put("summary", text("summary")?);
    let script = need("script_required")?
        .as_bool()
        .ok_or("`script_required` is not true or false")?;
    put("script_required", script.to_string());
    let target = match field("handle_time_target") {
        Some(v) => format!("Some({})", number(v, "handle_time_target")?),
        None => "None".into(),
    };
    put("handle_time_target", target);
    put(
        "goodwill_budget",
        number(need("goodwill_budget")?, "goodwill_budget")?,
    );
    let authorities = match field("authorities") {
        Some(v) => v
            .as_array()
            .ok_or("`authorities` is not a list")?
            .iter()
            .map(|a| {
                a.as_str()
                    .map(variant)
                    .ok_or("an authority is not a name".to_string())
            })
            .collect::<Result<Vec<_>, _>>()?,
        None => Vec::new(),
    };
    put("authorities", format!("vec![{}]", authorities.join(", ")));
    let alias = match field("alias") {
        Some(_) => format!("Some({})", string("alias")?),
        None => "None".into(),
    };
    put("alias", alias);
    put("monitoring", number(need("monitoring")?, "monitoring")?);
    put("job_control", number(need("job_control")?, "job_control")?);
    out.push_str("    },\n");
    Ok(out)
}

/// `competitor_order` → `Authority::CompetitorOrder`; an unknown name fails
/// to compile, and `tests/policies.rs` names it in words.
fn variant(name: &str) -> String {
    let camel: String = name
        .split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect();
    format!("Authority::{camel}")
}
