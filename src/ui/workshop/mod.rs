//! The scenario workshop, for trainers: import a scenario, read what is
//! wrong with it, keep it, play it in the game, export it, delete it, and
//! see any scenario as a map. A separate page and binary, so the trainee's
//! game does not carry it.

pub(crate) mod files;
mod import_zone;
mod map_view;
mod own_list;
mod state;
mod tracks;

use std::rc::Rc;

use yew::prelude::*;

use crate::app::workshop::{
    Archive, ImportOutcome, ImportResult, MapSource, Msg, ReadFailure, Workshop,
};
use crate::engine::{Diagnostic, Lang};
use crate::saved::own_scenarios::OwnScenarios;
use crate::ui::i18n::{self, Workshop as Words};
use crate::ui::shell::frame::frame;
use crate::ui::{game::library, shell::dom, shell::storage};

pub fn start() {
    yew::Renderer::<Page>::new().render();
}

#[function_component(Page)]
fn page() -> Html {
    let state = use_workshop();
    let lang = state.lang;
    let w = i18n::workshop(lang);
    let set_aside = state.set_aside.as_ref().map(|key| {
        let state = state.clone();
        html! {
            <div class="notice" role="alert" data-testid="own-set-aside">
                <p>{w.set_aside}{" "}<code>{key}</code></p>
                <button type="button" onclick={Callback::from(move |_| state.dispatch(Msg::DismissSetAside))}>{w.dismiss}</button>
            </div>
        }
    });
    let pick_lang = {
        let state = state.clone();
        Callback::from(move |l| state.dispatch(Msg::SetLang(l)))
    };
    frame! {
        lang: lang,
        pick_lang: pick_lang,
        brand: { <a class="brand" href="../" data-testid="nav-game">{"Frontline"}</a> },
        nav: {
            <a href="../#/scenarios" data-testid="back-to-game">{i18n::shell(lang).back_to_game}</a>
        },
        main: { class="workshop" data-testid="screen-workshop" },
        content: {
            { for set_aside }
            <h1>{w.title}</h1>
            <p class="lead">{w.intro}</p>
            <section aria-labelledby="import-heading">
                <h2 id="import-heading">{w.import_heading}</h2>
                <import_zone::ImportZone lang={lang} on_file={on_file(&state)} />
                { starter(w) }
                { import_result(&state, w) }
            </section>
            <own_list::OwnList state={state.clone()} />
            <tracks::OwnTracksSection state={state.clone()} />
            { map_section(&state, w) }
        },
    }
}

/// The workshop's model, from what the browser keeps, with the shipped
/// scenarios fetched in its language and focus moved to what an import or a
/// deletion left.
#[hook]
fn use_workshop() -> UseReducerHandle<Workshop> {
    let state = use_reducer(|| {
        let saved = storage::load().0;
        let (own, set_aside) = storage::load_own();
        let played = saved
            .profile()
            .map(|p| {
                p.last
                    .iter()
                    .chain(p.unfinished.values())
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        let (own_tracks, tracks_set_aside) = storage::load_own_tracks();
        Workshop::new(saved.settings.lang, own, set_aside, played)
            .with_tracks(own_tracks, tracks_set_aside)
    });
    {
        let state = state.clone();
        use_effect_with(state.lang, move |&lang| {
            yew::platform::spawn_local(async move {
                let shipped = library::fetch_shipped("../scenarios/", lang).await;
                state.dispatch(Msg::ShippedLoaded(shipped));
            });
        });
    }
    use_effect_with(state.lang, |l| dom::set_document_lang(l.code()));
    use_effect_with(state.imports, |n| {
        if *n > 0 {
            dom::focus("[data-testid=\"import-result\"]");
        }
    });
    use_effect_with(state.deletions, |n| {
        if *n > 0 {
            dom::focus("[data-testid=\"deleted-status\"]");
        }
    });
    state
}

/// Reads a file dropped or picked, imports it, keeps it when it is fit to
/// keep and the browser stores it, and records what came of it.
fn on_file(state: &UseReducerHandle<Workshop>) -> Callback<web_sys::File> {
    let state = state.clone();
    Callback::from(move |file: web_sys::File| {
        let state = state.clone();
        yew::platform::spawn_local(async move {
            let (name, text) = files::read_text(file).await;
            let (result, own) = match text {
                Err(why) => (ImportResult::unreadable(name, why), None),
                Ok(text) => state.import(&name, &text),
            };
            record(&state, result, own);
        });
    })
}

/// Another story of the Twine library archive imported last.
fn on_story(
    state: &UseReducerHandle<Workshop>,
    file: &str,
    archive: &Archive,
    story: &str,
) -> Callback<MouseEvent> {
    let state = state.clone();
    let (file, text, story) = (file.to_string(), archive.text.clone(), story.to_string());
    Callback::from(move |_| {
        let (result, own) = state.import_story(&file, &text, Some(&story));
        record(&state, result, own);
    })
}

/// Keeps an import's scenario when it is fit to keep and the browser
/// stores it, and records what came of it.
fn record(state: &UseReducerHandle<Workshop>, result: ImportResult, own: Option<OwnScenarios>) {
    let action = match own {
        Some(own) if state.may_save() && storage::save_own(&own).is_ok() => {
            Msg::Imported(result, own)
        }
        Some(_) => Msg::Imported(
            ImportResult {
                outcome: ImportOutcome::NotStored,
                ..result
            },
            state.own.clone(),
        ),
        None => Msg::Imported(result, state.own.clone()),
    };
    state.dispatch(action);
}

fn import_result(state: &UseReducerHandle<Workshop>, w: &'static Words) -> Html {
    let Some(result) = &state.last_import else {
        return html! {};
    };
    let lang = state.lang;
    let title = result
        .scenario
        .as_ref()
        .map(|s| s.title.get(lang).to_string())
        .unwrap_or_default();
    let (class, role, body) = match result.outcome {
        ImportOutcome::Kept(added) => {
            let how = match added {
                crate::saved::own_scenarios::Added::New => w.added,
                crate::saved::own_scenarios::Added::Replaced => w.replaced,
            };
            let warnings = if result.problems.is_empty() {
                html! {}
            } else {
                html! {
                    <>
                        <p>{i18n::warnings_kept(lang, result.problems.len())}</p>
                        { grouped_list(&result.problems, lang, "import-warnings") }
                    </>
                }
            };
            (
                "notice ok",
                "status",
                html! {
                    <>
                        <p>{how.0}<strong>{title}</strong>{how.1}</p>
                        <p>{w.play_hint}</p>
                        { warnings }
                    </>
                },
            )
        }
        ImportOutcome::NotStored => ("notice error", "alert", html! { <p>{w.storage_full}</p> }),
        ImportOutcome::Unreadable(why) => {
            let message = match why {
                ReadFailure::TooBig => w.too_big,
                ReadFailure::NotText => w.unreadable_file,
            };
            (
                "notice error",
                "alert",
                html! { <p>{message}{" "}{w.not_kept}</p> },
            )
        }
        ImportOutcome::Problems => (
            "notice error",
            "alert",
            html! {
                <>
                    <p><strong>{i18n::problems_in(lang, result.problems.iter().filter(|p| p.is_error()).count(), &result.file)}</strong></p>
                    <p>{w.fix_and_retry}</p>
                    { grouped_list(&result.problems, lang, "import-problems") }
                </>
            },
        ),
    };
    let others = result
        .archive
        .as_ref()
        .map(|a| other_stories(state, w, &result.file, a));
    html! {
        <div class={class} role={role} tabindex="-1" data-testid="import-result" data-file={result.file.clone()}
            data-serial={state.imports.to_string()}
            data-outcome={match result.outcome { ImportOutcome::Kept(_) => "kept", ImportOutcome::Problems => "problems", ImportOutcome::NotStored => "not-stored", ImportOutcome::Unreadable(_) => "unreadable" }}>
            { body }
            { for others }
        </div>
    }
}

/// The other stories of a Twine library archive, each a button that
/// imports it instead.
fn other_stories(
    state: &UseReducerHandle<Workshop>,
    w: &'static Words,
    file: &str,
    a: &Archive,
) -> Html {
    let (before, after) = w.import_named;
    html! {
        <div data-testid="archive-stories">
            <p>{w.archive_more}</p>
            <ul>
                { for a.stories.iter().filter(|s| **s != a.picked).map(|story| html! {
                    <li><button type="button" data-story={story.clone()}
                        onclick={on_story(state, file, a, story)}>{before}{story}{after}</button></li>
                }) }
            </ul>
        </div>
    }
}

/// Problems of one kind together, errors first: the first of each kind
/// with its place, how many more there are and where, and the hint.
fn grouped_list(problems: &[Diagnostic], lang: Lang, testid: &str) -> Html {
    let groups = crate::engine::check::diagnostic::grouped(problems);
    html! {
        <ul class="problems" data-testid={testid.to_string()}>
            { for groups.iter().map(|g| {
                let more = g.count - 1;
                let also: Vec<String> = g.places.iter().skip(1).map(|p| i18n::location(lang, p)).collect();
                html! {
                    <li data-code={g.first.code.id()} data-count={g.count.to_string()}
                        data-severity={g.first.severity().name()}>
                        <strong>{g.first.code.id()}</strong>{" — "}
                        {i18n::location(lang, &g.first.location)}{": "}{g.first.message(lang)}
                        { if more > 0 { html! { <>{" "}{i18n::more_like_this(lang, more, &also.join("; "))}</> } } else { html! {} } }
                        <br /><small>{g.first.hint(lang)}</small>
                    </li>
                }
            }) }
        </ul>
    }
}

/// The starter Twine story, to download.
fn starter(w: &'static Words) -> Html {
    let download = Callback::from(|_| {
        files::download(
            "frontline-starter.twee",
            include_str!("../../../assets/twine/frontline-starter.twee"),
        )
    });
    html! {
        <p class="starter">
            <button type="button" data-testid="download-starter" onclick={download}>{w.starter}</button>
            {" "}<span class="hint">{w.starter_hint}</span>
        </p>
    }
}

pub(super) fn problem_list(problems: &[Diagnostic], lang: Lang, testid: &str) -> Html {
    html! {
        <ul class="problems" data-testid={testid.to_string()}>
            { for problems.iter().map(|p| html! {
                <li data-code={p.code.id()}>
                    <strong>{p.code.id()}</strong>{" — "}
                    {i18n::location(lang, &p.location)}{": "}{p.message(lang)}
                    <br /><small>{p.hint(lang)}</small>
                </li>
            }) }
        </ul>
    }
}

fn map_section(state: &UseReducerHandle<Workshop>, w: &'static Words) -> Html {
    let lang = state.lang;
    let (scenario, problems) = match &state.map {
        MapSource::Nothing => (None, Rc::new(Vec::new())),
        MapSource::LastImport => match &state.last_import {
            Some(r) => (r.scenario.clone(), r.problems.clone()),
            None => (None, Rc::new(Vec::new())),
        },
        MapSource::Scenario(id) => (state.find(id), Rc::new(Vec::new())),
    };
    let selected = match &state.map {
        MapSource::Nothing => String::new(),
        MapSource::LastImport => "@last".to_string(),
        MapSource::Scenario(id) => id.clone(),
    };
    let on_pick = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            state.dispatch(Msg::ShowMap(match value.as_str() {
                "" => MapSource::Nothing,
                "@last" => MapSource::LastImport,
                id => MapSource::Scenario(id.to_string()),
            }));
        })
    };
    let option = |id: &str, label: String| {
        html! { <option value={id.to_string()} selected={selected == id}>{label}</option> }
    };
    let last = state
        .last_import
        .as_ref()
        .filter(|r| r.scenario.is_some())
        .map(|r| option("@last", format!("{} ({})", r.file, w.just_imported)));
    html! {
        <section aria-labelledby="map-heading">
            <h2 id="map-heading">{w.map_heading}</h2>
            <label>{w.map_scenario}{" "}
                <select data-testid="map-pick" onchange={on_pick}>
                    { option("", "—".to_string()) }
                    { for last }
                    { for state.all_scenarios().map(|s| option(&s.id, s.title.get(lang).to_string())) }
                </select>
            </label>
            { if !state.shipped.loaded { html! { <p role="status">{w.loading}</p> } } else { html! {} } }
            { match scenario {
                Some(s) => html! {
                    <map_view::MapView scenario={s} problems={problems} lang={lang}
                        policies={state.policies.clone()} played={state.played.clone()} />
                },
                None => html! {},
            } }
        </section>
    }
}
