//! The plain enums are read by a shared reader (`engine::wire::named`) but written
//! by serde's derive: each name must be the same both ways, and in the schema.

use frontline::engine::model::scenario::{
    Authority, Channel, ContactKind, Difficulty, Meter, Outcome, Style, Tone,
};
use frontline::engine::wire::named::Named;
use frontline::engine::Lang;
use serde::{de::DeserializeOwned, Serialize};

fn check<T>(type_name: &str)
where
    T: Named + Serialize + DeserializeOwned + PartialEq + std::fmt::Debug + schemars::JsonSchema,
{
    assert_eq!(T::ALL.len(), T::NAMES.len(), "{type_name}");
    for (v, name) in T::ALL.iter().zip(T::NAMES) {
        assert_eq!(v.name(), *name, "{type_name}");
        let written = serde_json::to_string(v).unwrap();
        assert_eq!(written, format!("\"{name}\""), "{type_name}::{v:?}");
        let read: T = serde_json::from_str(&written).unwrap();
        assert_eq!(read, *v, "{type_name}");
        // An escaped string is read the same.
        let escaped = format!("\"{}\"", name.replace('_', "\\u005f"));
        assert_eq!(serde_json::from_str::<T>(&escaped).unwrap(), *v);
    }
    let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap();
    // Plain variants are one `enum` list; documented ones a `oneOf` of lists.
    let lists: Vec<&serde_json::Value> = match schema["oneOf"].as_array() {
        Some(one_of) => one_of.iter().map(|s| &s["enum"]).collect(),
        None => vec![&schema["enum"]],
    };
    let mut in_schema: Vec<String> = lists
        .iter()
        .flat_map(|l| {
            l.as_array()
                .unwrap_or_else(|| panic!("{type_name}: no enum in schema {schema}"))
        })
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    let mut names: Vec<String> = T::NAMES.iter().map(|n| n.to_string()).collect();
    in_schema.sort();
    names.sort();
    assert_eq!(in_schema, names, "{type_name}: schema and reader disagree");

    let err = serde_json::from_str::<T>("\"no-such-thing\"")
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("unknown variant `no-such-thing`, expected"),
        "{type_name}: {err}"
    );
    for name in T::NAMES {
        assert!(err.contains(&format!("`{name}`")), "{type_name}: {err}");
    }
    let err = serde_json::from_str::<T>("3").unwrap_err().to_string();
    assert!(
        err.contains("invalid type: integer `3`"),
        "{type_name}: {err}"
    );
    let listed: Vec<String> = T::NAMES.iter().map(|n| format!("`{n}`")).collect();
    assert!(
        err.contains(&format!("expected one of {}", listed.join(", "))),
        "{type_name}: {err}"
    );
}

#[test]
fn every_plain_enum_reads_the_names_it_writes() {
    check::<Channel>("Channel");
    check::<Difficulty>("Difficulty");
    check::<ContactKind>("ContactKind");
    check::<Meter>("Meter");
    check::<Outcome>("Outcome");
    check::<Style>("Style");
    check::<Tone>("Tone");
    check::<Authority>("Authority");
    check::<Lang>("Lang");
}

#[test]
fn a_plain_enum_is_read_as_a_map_key_too() {
    let map: std::collections::BTreeMap<Meter, i32> =
        serde_json::from_str(r#"{"mood": 3, "trust": -2}"#).unwrap();
    assert_eq!(map.get(&Meter::Mood), Some(&3));
    assert_eq!(map.get(&Meter::Trust), Some(&-2));
}
