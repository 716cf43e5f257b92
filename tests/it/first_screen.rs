//! The game's first screen (issue 22): `index.html` carries the start screen
//! as a first-time visitor sees it, so it shows before the wasm. It must be
//! the app's own first render, word for word and element for element, or
//! the screen would change when the app replaces it. This test builds that
//! markup from the string table (`i18n`, English: the document's language
//! and a first visit's) and the built-in house rules, and compares it with
//! the `<div id="boot">` in `index.html`. After changing a text:
//! `FRONTLINE_WRITE_FIRST_SCREEN=1 cargo test --test it first_screen::`.

use frontline::engine::{builtin_policies, Lang};
use frontline::i18n;
use frontline::saved::progress::STORAGE_KEY;

const INDEX: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/index.html");

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The app's first render for a first-time visitor (`ui::shell::frame`,
/// `ui::game::start`, `ui::game::tracks::offer`, no profile, English),
/// without its test ids (the app's own elements carry those).
fn expected() -> String {
    let (s, t) = (i18n::shell(Lang::En), i18n::game(Lang::En));
    let nl = i18n::shell(Lang::Nl);
    let policies: String = builtin_policies()
        .iter()
        .map(|p| {
            format!(
                r##"<label class="policy"><input type="radio" name="policy" disabled value="{}"><span><strong>{}</strong><br>{}</span></label>"##,
                esc(&p.id),
                esc(p.name.get(Lang::En)),
                esc(p.summary.get(Lang::En))
            )
        })
        .collect();
    format!(
        concat!(
            r##"<div id="boot"><a href="#main" class="skip">{skip}</a><header class="top"><a href="#/" aria-label="{app} — {home}" class="brand">{app}</a>"##,
            r##"<nav aria-label="{menu}"><a href="scores/">{scores}</a><a href="author/">{workshop}</a><a href="manager/">{manager}</a></nav>"##,
            r##"<span role="group" aria-label="{language}" class="langs"><button type="button" aria-pressed="true" lang="en" class="lang">{en}</button><button type="button" aria-pressed="false" lang="nl" class="lang">{nl}</button></span></header>"##,
            r##"<main id="main" tabindex="-1"><section class="screen"><h1>{title}</h1><p class="tagline">{tagline}</p><p class="lead">{intro}</p>"##,
            r##"<div class="panel"><h2>{profile_heading}</h2><form class="row"><label for="profile-name">{profile_name}</label><input id="profile-name" type="text" maxlength="40" autocomplete="off" aria-describedby="profile-hint"><button type="submit">{profile_create}</button></form><p id="profile-hint" class="hint">{profile_hint}</p><ul class="profiles"></ul></div>"##,
            r##"<fieldset class="panel"><legend><h2>{policy_heading}</h2></legend>{policies}</fieldset>"##,
            r##"<div class="panel"><h2>{settings}</h2><label class="check"><input type="checkbox">{typing}</label></div>"##,
            r##"<p><button type="button" aria-describedby="start-needs" disabled class="primary">{start}</button><span id="start-needs" class="hint"> {needs}</span></p>"##,
            r##"<section aria-labelledby="tracks-h" class="panel"><h2 id="tracks-h">{tracks}</h2><p>{tracks_intro}</p><p class="hint">{tracks_needs}</p></section></section></main></div>"##,
        ),
        skip = esc(s.skip),
        app = esc(t.app_name),
        home = esc(t.nav_home),
        menu = esc(s.menu),
        scores = esc(t.nav_scores),
        workshop = esc(t.nav_workshop),
        manager = esc(t.nav_manager),
        language = esc(s.language),
        en = esc(s.name),
        nl = esc(nl.name),
        title = esc(t.start_title),
        tagline = esc(t.tagline),
        intro = esc(t.start_intro),
        profile_heading = esc(t.profile_heading),
        profile_name = esc(t.profile_name),
        profile_create = esc(t.profile_create),
        profile_hint = esc(t.profile_hint),
        policy_heading = esc(t.policy_heading),
        policies = policies,
        settings = esc(t.settings_heading),
        typing = esc(t.typing_toggle),
        start = esc(t.start_button),
        needs = esc(t.start_needs),
        tracks = esc(t.tracks_heading),
        tracks_intro = esc(t.tracks_intro),
        tracks_needs = esc(t.tracks_needs_profile),
    )
}

fn boot(html: &str) -> Option<(usize, usize)> {
    let start = html.find(r##"<div id="boot">"##)?;
    let end = start + html[start..].find("</main></div>")? + "</main></div>".len();
    Some((start, end))
}

#[test]
fn the_first_screen_in_index_html_is_the_start_screen_as_the_string_table_words_it() {
    let html = std::fs::read_to_string(INDEX).unwrap();
    let (start, end) = boot(&html).expect("index.html has a <div id=\"boot\"> … </main></div>");
    let want = expected();
    if std::env::var_os("FRONTLINE_WRITE_FIRST_SCREEN").is_some() {
        let written = format!("{}{want}{}", &html[..start], &html[end..]);
        std::fs::write(INDEX, written).unwrap();
        return;
    }
    assert_eq!(
        &html[start..end],
        want,
        "index.html's first screen differs from the app's; \
         FRONTLINE_WRITE_FIRST_SCREEN=1 cargo test --test it first_screen:: rewrites it"
    );
}

#[test]
fn the_first_screen_script_knows_where_progress_is_stored() {
    // Stored progress means a returning player: the inline script shows the
    // neutral loading state instead of a start screen that would change.
    let html = std::fs::read_to_string(INDEX).unwrap();
    assert!(
        html.contains(&format!(r##"localStorage.getItem("{STORAGE_KEY}")"##)),
        "index.html's first-screen script must read {STORAGE_KEY}"
    );
}
