//! A track on the tracks page: its steps in the order they open, and its
//! completion page. Plain views: the rules (which step is open, what counts,
//! mastery) are the engine's.

use yew::prelude::*;

use crate::app::own_tracks_held::is_own_track;
use crate::app::route::Route;
use crate::app::tracks::Msg;
use crate::engine::model::track::{Step, StepKind, Track};
use crate::engine::play::track::{standing, Standing, StepState};
use crate::engine::wire::keyed::Keyed;
use crate::engine::{Lang, Text};
use crate::ui::i18n::{self, Tracks};
use crate::ui::shell::app::Page;
use crate::ui::shell::store::{State, Store};
use crate::ui::shell::{dom, storage};

/// The page a track is shown on: the tracks page, or the LMS page.
type Send<P> = UseReducerHandle<Store<P>>;

fn standing_in(state: &State, track: &Track) -> Standing {
    let none = Keyed::new();
    let results = state.saved.profile().and_then(|p| p.tracks.get(&track.id));
    standing(track, results.unwrap_or(&none))
}

/// Every track, with how far this trainee is in each: the tracks page's
/// own start.
pub fn track_list(state: &State) -> Html {
    let lang = state.lang();
    let t = i18n::tracks(lang);
    // The trainer's own tracks are marked as such (read here, as the
    // library the game shares does not say which tracks are whose).
    let stored = storage::read_own_tracks().unwrap_or_default();
    let items = state.library.tracks.iter().map(|track| {
        let s = standing_in(state, track);
        let done = s.steps.iter().filter(|x| matches!(x, StepState::Done(_))).count();
        let own = is_own_track(&stored, track);
        html! {
            <li class="card" data-testid={format!("track-{}", track.id)} data-own={own.to_string()}>
                <h2><a href={Route::Track(track.id.clone()).hash()} data-testid={format!("open-track-{}", track.id)}>
                    {track.title.get(lang)}</a></h2>
                <p class="meta">
                    { if own { html! { <><span class="badge" data-testid={format!("own-track-{}", track.id)}>{t.own}</span>{" · "}</> } } else { html! {} } }
                    {i18n::minutes(lang, track.minutes)}{" · "}
                    <span data-testid={format!("track-progress-{}", track.id)}>{i18n::steps_done(lang, done, s.steps.len())}</span>
                    { if s.mastered { html! { <span class="badge">{t.mastered}</span> } } else { html! {} } }</p>
            </li>
        }
    });
    html! {
        <section data-testid="screen-tracks" class="screen">
            <h1>{i18n::game(lang).tracks_heading}</h1>
            <p class="lead">{t.list_intro}</p>
            <ul class="cards two">{ for items }</ul>
            <p><a href="../#/">{t.back_to_start}</a></p>
        </section>
    }
}

/// A track: its steps in order, and what it takes to master it; once every
/// step is done, the completion page below them.
pub fn track_screen<P: Page>(state: &State, send: &Send<P>, id: &str) -> Html
where
    P::Msg: From<Msg>,
{
    let lang = state.lang();
    let t = i18n::tracks(lang);
    let (Some(track), Some(_)) = (state.library.track(id), state.saved.profile()) else {
        let message = if !state.library.loaded {
            i18n::game(lang).loading
        } else if state.saved.profile().is_none() {
            i18n::game(lang).tracks_needs_profile
        } else {
            t.not_found
        };
        return html! {
            <section data-testid="screen-track" class="screen">
                <h1>{i18n::game(lang).tracks_heading}</h1>
                <p role="status" data-testid="track-unavailable">{message}</p>
                if P::NAV { <p><a href="../#/">{t.back_to_start}</a></p> }
            </section>
        };
    };
    let s = standing_in(state, &track);
    let rule = i18n::mastery_rule(
        lang,
        track.mastery.min_average_csat_tenths,
        track
            .mastery
            .on_policy
            .as_deref()
            .map(|p| policy_name(state, p, lang)),
    );
    let steps = track
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| step_item(state, send, &track, i, step, s.steps[i], t));
    html! {
        <section data-testid="screen-track" class="screen">
            <h1>{track.title.get(lang)}</h1>
            <p class="meta">{i18n::minutes(lang, track.minutes)}</p>
            <p class="lead">{track.description.get(lang)}</p>
            <p data-testid="track-rule">{rule}</p>
            <h2>{t.steps_heading}</h2>
            <ol class="steps" data-testid="track-steps">{ for steps }</ol>
            { if s.complete { completion(state, &track, &s, t) } else { html! {} } }
            if P::NAV { <p><a href="../#/">{t.back_to_start}</a></p> }
        </section>
    }
}

fn policy_name<'a>(state: &'a State, id: &'a str, lang: Lang) -> &'a str {
    state.policy_by_id(id).map_or(id, |p| p.name.get(lang))
}

/// What a step asks, in words.
fn step_label(state: &State, step: &Step, lang: Lang) -> String {
    let policy = policy_name(state, &step.policy, lang);
    match step.kind() {
        Some(StepKind::Contact(id)) => {
            let listed = state.library.listed.iter().find(|l| l.id == id);
            let title = listed.map_or(id, |l| l.title.get(lang));
            i18n::step_contact(lang, title, policy)
        }
        Some(StepKind::Shift(n)) => i18n::step_shift(lang, n, policy),
        None => step.key(),
    }
}

fn step_item<P: Page>(
    state: &State,
    send: &Send<P>,
    track: &Track,
    index: usize,
    step: &Step,
    at: StepState,
    t: &'static Tracks,
) -> Html
where
    P::Msg: From<Msg>,
{
    let lang = state.lang();
    let status = match at {
        StepState::Done(tenths) => format!("{}: {}", t.done, i18n::csat_tenths(lang, tenths)),
        StepState::Open => t.next.to_string(),
        StepState::Locked => t.locked.to_string(),
    };
    let action =
        (at != StepState::Locked).then(|| step_action(state, send, track, index, step, at, t));
    html! {
        <li class={classes!("card", (at == StepState::Open).then_some("next"))}
            data-testid={format!("step-{}", index + 1)} data-state={match at {
                StepState::Done(_) => "done", StepState::Open => "open", StepState::Locked => "locked" }}>
            <p><strong>{step_label(state, step, lang)}</strong></p>
            <p class="meta" data-testid={format!("step-status-{}", index + 1)}>{status}</p>
            { for action }
        </li>
    }
}

/// Start (or play again) an open step. A contact opens at once; a shift is
/// played where the page says (`Page::SHIFT`): on the shift page, which the
/// step in play tells what to plan, so it is reached by a link once the
/// step is chosen (and saved); or on the page itself (the LMS page), which
/// goes there at once.
fn step_action<P: Page>(
    state: &State,
    send: &Send<P>,
    track: &Track,
    index: usize,
    step: &Step,
    at: StepState,
    t: &'static Tracks,
) -> Html
where
    P::Msg: From<Msg>,
{
    let label = if matches!(at, StepState::Done(_)) {
        t.again
    } else {
        t.start
    };
    let in_play = state
        .saved
        .profile()
        .and_then(|p| p.step.as_ref())
        .is_some_and(|s| s.track == track.id && s.step == *step);
    if let (Some(StepKind::Shift(_)), true) = (step.kind(), in_play) {
        return html! {
            <p><a class="button" href={P::SHIFT} data-testid={format!("step-go-{}", index + 1)}>
                {i18n::shift(state.lang()).title}</a></p>
        };
    }
    let onclick = {
        let (send, track, step) = (send.clone(), track.id.clone(), step.clone());
        Callback::from(move |_| {
            send.dispatch(Msg::StartStep(track.clone(), index).into());
            match step.kind() {
                Some(StepKind::Contact(id)) => dom::go(&Route::Play(id.to_string())),
                Some(StepKind::Shift(_)) if P::SHIFT.starts_with('#') => dom::go_to(P::SHIFT),
                _ => {}
            }
        })
    };
    html! {
        <p><button type="button" class="primary" data-testid={format!("step-start-{}", index + 1)}
            {onclick}>{label}</button></p>
    }
}

/// Once every step is done: whether the track is mastered, what was
/// practised, the results per step, and questions for a team lead.
fn completion(state: &State, track: &Track, s: &Standing, t: &'static Tracks) -> Html {
    let lang = state.lang();
    let verdict = if s.mastered {
        t.complete_mastered
    } else {
        t.complete_not_mastered
    };
    let results = track.steps.iter().zip(&s.steps).map(|(step, at)| {
        let score = match at {
            StepState::Done(tenths) => i18n::csat_tenths(lang, *tenths),
            _ => String::new(),
        };
        html! { <li>{step_label(state, step, lang)}{": "}<strong>{score}</strong></li> }
    });
    let average = s.average_tenths.map(|a| html! {
        <p>{t.average}{": "}<strong data-testid="track-average">{i18n::csat_tenths(lang, a)}</strong></p>
    });
    html! {
        <section class="card" data-testid="track-complete" aria-labelledby="complete-h">
            <h2 id="complete-h">{t.complete_heading}</h2>
            <p role="status" data-testid="track-verdict" data-mastered={s.mastered.to_string()}>{verdict}</p>
            { for average }
            <h3>{t.results_heading}</h3>
            <ul>{ for results }</ul>
            { texts(t.learned_heading, &track.learned, lang, "track-learned") }
            { texts(i18n::game(lang).discussion_heading, &track.discussion, lang, "track-discussion") }
        </section>
    }
}

/// A heading and a list of texts; nothing when there are none (a trainer's
/// own track may have no lessons or questions written down).
fn texts(heading: &str, items: &[Text], lang: Lang, testid: &str) -> Html {
    if items.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h3>{heading}</h3>
            <ul data-testid={testid.to_string()}>{ for items.iter().map(|l| html! { <li>{l.get(lang)}</li> }) }</ul>
        </>
    }
}
