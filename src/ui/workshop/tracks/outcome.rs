//! What the last save, import or deletion of a track came to: announced,
//! and focused so a keyboard user lands on it.

use yew::prelude::*;

use crate::app::workshop::{ReadFailure, Workshop};
use crate::app::workshop_tracks::TrackOutcome;
use crate::saved::own_scenarios::Added;
use crate::ui::i18n::{self, TrackWorkshop};
use crate::ui::workshop::problem_list;

pub fn outcome(state: &UseReducerHandle<Workshop>, tw: &'static TrackWorkshop) -> Html {
    let Some(outcome) = &state.tracks.outcome else {
        return html! {};
    };
    let lang = state.lang;
    let w = i18n::workshop(lang);
    let (class, role, kind, body) = match outcome {
        TrackOutcome::Kept {
            track,
            added,
            warnings,
            ..
        } => {
            let how = match added {
                Added::New => tw.kept,
                Added::Replaced => tw.replaced,
            };
            let warnings = (!warnings.is_empty()).then(|| {
                html! {
                    <><p>{tw.warnings}</p>{ problem_list(warnings, lang, "track-warnings") }</>
                }
            });
            let body = html! {
                <>
                    <p>{how.0}<strong>{track.title.get(lang)}</strong>{how.1}</p>
                    { for warnings }
                </>
            };
            ("notice ok", "status", "kept", body)
        }
        TrackOutcome::Problems { file, problems } => {
            let lead = if file.is_some() {
                tw.file_not_kept
            } else {
                tw.not_kept
            };
            let body = html! { <><p><strong>{lead}</strong></p>{ problem_list(problems, lang, "track-problems") }</> };
            ("notice error", "alert", "problems", body)
        }
        TrackOutcome::Unreadable { why, .. } => {
            let message = match why {
                ReadFailure::TooBig => w.too_big,
                ReadFailure::NotText => w.unreadable_file,
            };
            (
                "notice error",
                "alert",
                "unreadable",
                html! { <p>{message}</p> },
            )
        }
        TrackOutcome::NotStored => (
            "notice error",
            "alert",
            "not-stored",
            html! { <p>{tw.storage_full}</p> },
        ),
        TrackOutcome::Deleted(id) => (
            "notice ok",
            "status",
            "deleted",
            html! { <p>{tw.deleted}{": "}<code>{id}</code></p> },
        ),
    };
    html! {
        <div class={class} role={role} tabindex="-1" data-testid="track-outcome" data-outcome={kind}
            data-serial={state.tracks.outcomes.to_string()}>
            { body }
        </div>
    }
}
