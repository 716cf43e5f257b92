//! What a trainer's file goes through: format detection, the Twine 2 HTML
//! format, keeping their own scenarios, and the map of a scenario.

use crate::common;

use common::shipped_scenarios;
use frontline::engine::analysis::map::{self, crossings, layout, GAP_Y, NODE_HEIGHT, NODE_WIDTH};
use frontline::engine::check::diagnostic::{summary, Code, Location};
use frontline::engine::import::{import, SourceFormat};
use frontline::engine::Lang;
use frontline::engine::{
    analysis::generate, builtin_policies, check::load, import::twee, import::twine_html,
};
use frontline::saved::own_scenarios::{self, Added, OwnScenarios};
use frontline::saved::progress::{Loaded, SetAsideReason};

const REFUND_TWEE: &str = include_str!("../fixtures/twee/refund-call.twee");
const REFUND_HTML: &str = include_str!("../fixtures/twine/refund-call.html");
const MINIMAL: &str = include_str!("../fixtures/valid/minimal.json");

#[test]
fn a_published_twine_story_imports_as_the_same_scenario_as_its_twee_source() {
    let from_twee = twee::import(REFUND_TWEE).unwrap_or_else(|p| panic!("{p:?}"));
    let imported = import("refund-call.html", REFUND_HTML, &builtin_policies());
    assert_eq!(imported.format, SourceFormat::TwineHtml);
    assert!(imported.problems.is_empty(), "{:?}", imported.problems);
    let from_html = imported.scenario.unwrap();
    assert_eq!(from_html, from_twee);
    // Escaped characters came back: the apostrophe, the arrow in links, the euro.
    assert_eq!(from_html.source.as_deref(), Some("trainer's own case"));
    assert!(from_html.node("found-it").unwrap().choices[0]
        .text
        .en
        .contains("€5"));
}

#[test]
fn a_problem_in_a_twine_html_story_points_at_its_html_line() {
    let broken = REFUND_HTML.replace("style=autonomous seconds=60", "style=rude seconds=60");
    let line = broken
        .lines()
        .position(|l| l.contains("style=rude"))
        .unwrap()
        + 1;
    let imported = import("story.html", &broken, &builtin_policies());
    assert!(imported.scenario.is_none());
    let p = &imported.problems[0];
    assert_eq!(p.location, Location::File { line, column: 1 });
    assert!(
        p.message(Lang::En).contains("rude"),
        "{}",
        p.message(Lang::En)
    );
}

#[test]
fn broken_twine_html_is_explained() {
    let cases = [
        ("<html><body>Just a page</body></html>", "no <tw-storydata>"),
        (
            "<tw-storydata name=\"S\" startnode=\"1\"></tw-storydata>",
            "no passages",
        ),
        (
            "<tw-storydata name=\"S\">\n<tw-passagedata pid=\"1\" name=\"A\">text",
            "no closing tag",
        ),
    ];
    for (html, expected) in cases {
        let imported = import("story.html", html, &builtin_policies());
        assert!(imported.scenario.is_none());
        assert!(
            imported.problems[0].message(Lang::En).contains(expected),
            "{html}: {}",
            imported.problems[0].message(Lang::En)
        );
    }
    let unclosed = import(
        "s.html",
        "<tw-storydata name=\"S\">\n<tw-passagedata pid=\"1\" name=\"A\">text",
        &builtin_policies(),
    );
    assert_eq!(
        unclosed.problems[0].location,
        Location::File { line: 2, column: 1 }
    );
}

#[test]
fn character_references_are_decoded() {
    assert_eq!(
        twine_html::unescape("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#x27; &#8364; & f &bogus;"),
        "a & b <c> \"d\" 'e' € & f &bogus;"
    );
}

#[test]
fn the_format_follows_the_extension_then_the_content() {
    let detect = SourceFormat::detect;
    assert_eq!(detect("a.twee", "{}"), SourceFormat::Twee);
    assert_eq!(detect("a.TW", "{}"), SourceFormat::Twee);
    assert_eq!(detect("a.htm", ""), SourceFormat::TwineHtml);
    assert_eq!(detect("a.json", ":: x"), SourceFormat::Json);
    assert_eq!(detect("pasted", "  :: Start\nHi"), SourceFormat::Twee);
    assert_eq!(
        detect("pasted", "<html><tw-storydata>"),
        SourceFormat::TwineHtml
    );
    assert_eq!(detect("pasted", "{\"format\":1}"), SourceFormat::Json);
}

#[test]
fn a_json_syntax_error_gives_line_and_column() {
    let broken = MINIMAL.replacen("\"channel\": \"phone\",", "\"channel\": \"phone\"", 1);
    let imported = import("mine.json", &broken, &builtin_policies());
    assert!(imported.scenario.is_none());
    let p = &imported.problems[0];
    assert_eq!(p.code, Code::NotAScenario);
    let line = broken
        .lines()
        .position(|l| l.contains("\"difficulty\""))
        .unwrap()
        + 1;
    assert!(
        matches!(p.location, Location::File { line: l, .. } if l == line),
        "{:?}",
        p.location
    );
}

#[test]
fn a_scenario_with_problems_is_kept_for_its_map_but_not_playable() {
    let broken = MINIMAL.replace("\"next\": \"middle\"", "\"next\": \"nowhere\"");
    let imported = import("mine.json", &broken, &builtin_policies());
    assert!(imported.scenario.is_some());
    assert!(imported.playable().is_none());
    let p = imported
        .problems
        .iter()
        .find(|p| p.code == Code::UnknownNext)
        .expect("the unknown next node is reported");
    assert_eq!(p.node(), Some("open"));
    assert_eq!(p.choice(), Some("help"));

    let fine = import("mine.json", MINIMAL, &builtin_policies());
    assert!(fine.playable().is_some(), "{:?}", fine.problems);
}

#[test]
fn every_format_is_held_to_the_size_limit() {
    let huge = format!(":: Start\n{}", "x".repeat(load::LIMITS.max_bytes));
    for name in ["big.twee", "big.html", "big.json"] {
        let imported = import(name, &huge, &builtin_policies());
        assert_eq!(imported.problems[0].code, Code::FileTooLarge, "{name}");
        assert!(imported.problems[0].message(Lang::En).contains("limit"));
    }
}

#[test]
fn the_cli_imports_twine_html() {
    let dir = std::env::temp_dir().join(format!("frontline-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out_file = dir.join("refund.json");
    let source = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/twine/refund-call.html"
    );
    let (code, _, err) = common::run_cli(&["import", source, "--out", out_file.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let written = std::fs::read_to_string(&out_file).unwrap();
    assert!(load::load_scenario(&written, &builtin_policies()).is_ok());
    std::fs::remove_dir_all(&dir).ok();
}

// --- the trainer's own scenarios -------------------------------------------

fn minimal_with_id(id: &str) -> frontline::engine::Scenario {
    let mut s = load::parse_scenario(MINIMAL).unwrap();
    s.id = id.to_string();
    s
}

#[test]
fn own_scenarios_are_added_replaced_by_id_and_removed() {
    let mut own = OwnScenarios::default();
    assert_eq!(own.add(&minimal_with_id("mine"), "mine.json"), Added::New);
    assert_eq!(own.add(&minimal_with_id("other"), "other.twee"), Added::New);
    let mut changed = minimal_with_id("mine");
    changed.title.en = "Corrected".into();
    assert_eq!(own.add(&changed, "mine-v2.json"), Added::Replaced);
    assert_eq!(own.scenarios.len(), 2);
    assert_eq!(own.get("mine").unwrap().file, "mine-v2.json");

    let (playable, failed) = own.load(&builtin_policies(), &[]);
    assert!(failed.is_empty(), "{failed:?}");
    assert_eq!(playable[0].title.en, "Corrected");

    assert!(own.remove("mine"));
    assert!(!own.remove("mine"));
    assert_eq!(own.scenarios.len(), 1);
}

#[test]
fn own_scenarios_survive_encoding_and_damage_is_set_aside() {
    let mut own = OwnScenarios::default();
    own.add(&minimal_with_id("mine"), "mine.json");
    let text = own_scenarios::encode(&own);
    assert_eq!(own_scenarios::decode(Some(&text)), Loaded::Ok(own));
    assert_eq!(own_scenarios::decode(None), Loaded::Fresh);
    assert!(matches!(
        own_scenarios::decode(Some("{not json")),
        Loaded::SetAside {
            why: SetAsideReason::NotJson,
            ..
        }
    ));
    assert!(matches!(
        own_scenarios::decode(Some(r#"{"version": 7, "scenarios": []}"#)),
        Loaded::SetAside {
            why: SetAsideReason::UnknownVersion(7),
            ..
        }
    ));
}

#[test]
fn an_unreadable_own_scenario_is_reported_and_the_others_still_load() {
    let mut own = OwnScenarios::default();
    own.add(&minimal_with_id("good"), "good.json");
    own.add(&minimal_with_id("bad"), "bad.json");
    own.scenarios[1].json = own.scenarios[1]
        .json
        .replace("\"start\": \"open\"", "\"start\": \"nowhere\"");
    let (playable, failed) = own.load(&builtin_policies(), &[]);
    assert_eq!(playable.len(), 1);
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].id, "bad");
    assert_eq!(failed[0].file, "bad.json");
    let why = summary(&failed[0].why, 3, Lang::En);
    assert!(why.contains("nowhere") && why.contains("FL0204"), "{why}");
    let why = summary(&failed[0].why, 3, Lang::Nl);
    assert!(why.contains("bestaat niet"), "{why}");
    assert_eq!(own.scenarios.len(), 2, "nothing is dropped");
}

#[test]
fn an_own_scenario_may_not_take_a_shipped_scenarios_id() {
    let s = minimal_with_id("lonely-caller");
    let clash = own_scenarios::id_clash(&s, &["lonely-caller", "double-charged"]).unwrap();
    assert!(clash.message(Lang::En).contains("another id"));
    assert!(own_scenarios::id_clash(&s, &["double-charged"]).is_none());
}

// --- the map ---------------------------------------------------------------

#[test]
fn the_map_puts_every_node_in_its_own_place_rows_following_the_contact() {
    for (path, text) in shipped_scenarios() {
        let s = load::parse_scenario(&text).unwrap();
        let m = layout(&s);
        assert_eq!(m.nodes.len(), s.nodes.len());
        let start = s.start_index.unwrap();
        assert!(m.nodes[start].start && m.nodes[start].row == 0, "{path}");
        let mut places: Vec<(u32, u32)> = m.nodes.iter().map(|n| (n.x, n.y)).collect();
        places.sort();
        places.dedup();
        assert_eq!(
            places.len(),
            s.nodes.len(),
            "{path}: two nodes share a place"
        );
        for n in &m.nodes {
            assert!(n.reachable, "{path}: {}", n.id);
            assert!(n.x + NODE_WIDTH <= m.width && n.y + NODE_HEIGHT <= m.height);
            assert_eq!(n.y, map::MARGIN + n.row as u32 * (NODE_HEIGHT + GAP_Y));
        }
        for e in &m.edges {
            let to = e.to.unwrap();
            assert_eq!(e.back, m.nodes[to].row <= m.nodes[e.from].row, "{path}");
            if !e.back {
                assert!(m.nodes[to].row > m.nodes[e.from].row);
            }
        }
        assert_eq!(
            m.nodes.iter().filter(|n| n.ending.is_some()).count(),
            s.nodes.iter().filter(|n| n.ending.is_some()).count()
        );
    }
}

#[test]
fn ordering_rows_removes_crossings_a_naive_order_would_have() {
    // A start with two branches that each lead to their own ending; the
    // endings are listed crosswise, so file order would cross the lines.
    let json = format!(
        r#"{{"format":1,"id":"x","title":{t},"summary":{t},"channel":"phone","difficulty":"easy","kind":"routine",
        "persona":{{"name":"K","description":{t},"traits":{{"speed":50,"warmth":50,"expectations":50,"complexity":50}}}},
        "start":"s","nodes":[
          {{"id":"s","customer":{t},"choices":[{c_a},{c_b}]}},
          {{"id":"a","customer":{t},"choices":[{c_ea}]}},
          {{"id":"b","customer":{t},"choices":[{c_eb}]}},
          {{"id":"end-b","customer":{t},"ending":{{"outcome":"resolved","summary":{t}}}}},
          {{"id":"end-a","customer":{t},"ending":{{"outcome":"resolved","summary":{t}}}}}
        ]}}"#,
        t = common::t("x"),
        c_a = choice("a", "a"),
        c_b = choice("b", "b"),
        c_ea = choice("e", "end-a"),
        c_eb = choice("e", "end-b"),
    );
    let s = common::scenario(&json);
    let m = layout(&s);
    assert_eq!(crossings(&m), 0);
    let a = &m.nodes[1];
    let end_a = &m.nodes[4];
    assert!(
        (a.x < m.nodes[2].x) == (end_a.x < m.nodes[3].x),
        "each ending sits under its own branch"
    );
}

fn choice(id: &str, next: &str) -> String {
    format!(
        r#"{{"id":"{id}","text":{t},"style":"empathetic","seconds":10,"next":"{next}","feedback":{t}}}"#,
        t = common::t("x")
    )
}

#[test]
fn unknown_targets_and_unreachable_nodes_are_drawn_not_dropped() {
    let broken = MINIMAL.replace("\"next\": \"middle\"", "\"next\": \"nowhere\"");
    let s = load::parse_scenario(&broken).unwrap();
    let m = layout(&s);
    let dangling = m
        .edges
        .iter()
        .find(|e| e.to.is_none())
        .expect("the dangling choice is an edge");
    assert_eq!(s.nodes[dangling.from].id, "open");
    let middle = m.nodes.iter().find(|n| n.id == "middle").unwrap();
    assert!(!middle.reachable);
    let mut places: Vec<(u32, u32)> = m.nodes.iter().map(|n| (n.x, n.y)).collect();
    places.sort();
    places.dedup();
    assert_eq!(places.len(), s.nodes.len());
}

#[test]
fn a_few_hundred_nodes_lay_out_with_every_node_placed() {
    let s = generate::layered(300, 7);
    let m = layout(&s);
    assert_eq!(m.nodes.len(), 300);
    let mut places: Vec<(u32, u32)> = m.nodes.iter().map(|n| (n.x, n.y)).collect();
    places.sort();
    places.dedup();
    assert_eq!(places.len(), 300);
    assert!(m.nodes.iter().all(|n| n.x + NODE_WIDTH <= m.width));
    let unordered = crossings(&map::layout_with_sweeps(&s, 0));
    assert!(
        crossings(&m) * 10 < unordered * 9,
        "ordering removes at least a tenth of the crossings: {} vs {unordered}",
        crossings(&m)
    );
}

#[test]
fn a_walk_follows_the_picks_and_stops_at_a_missing_one() {
    let (_, text) = &shipped_scenarios()[0];
    let s = load::parse_scenario(text).unwrap();
    let path = map::walk(&s, &[0, 0, 0]);
    assert_eq!(path[0], (s.start_index.unwrap(), 0));
    for pair in path.windows(2) {
        let (node, choice) = pair[0];
        assert_eq!(s.nodes[node].choices[choice].next_index, Some(pair[1].0));
    }
    assert!(map::walk(&s, &[99]).is_empty());
}
