//! The cmi5 launch's bar above the course: the way back to the LMS
//! ("Save and exit") and a polite live region that tells the trainee when
//! records wait for the LRS, and that play goes on. Its words live here,
//! not in `ui::i18n`, so the game's wasm does not carry them.

use yew::prelude::*;

use super::cmi5;
use crate::engine::lms::queue::{Delivery, Failure};
use crate::engine::Lang;

struct Words {
    exit: &'static str,
    /// Before and after the number of records waiting.
    waiting: (&'static str, &'static str),
    /// The LRS refused the session's credentials.
    refused: (&'static str, &'static str),
    sent: &'static str,
    ended: &'static str,
    launch_failed: &'static str,
    closed: &'static str,
}

const EN: Words = Words {
    exit: "Save and exit",
    waiting: (
        "",
        " results are waiting to be sent to the learning platform, which cannot be reached right now. Keep playing: they are kept and sent as soon as it can.",
    ),
    refused: (
        "The learning platform no longer accepts this session's results (",
        " waiting). Keep playing; they are kept, and sent when you next open the course from the learning platform.",
    ),
    sent: "All results have been sent to the learning platform.",
    ended: "This session with the learning platform has ended. Open the course again from the learning platform to carry on recording.",
    launch_failed: "The learning platform could not be reached at the start: this attempt is not recorded there, and your progress stays in this browser.",
    closed: "Your results have been handed over. You can close this window now.",
};

const NL: Words = Words {
    exit: "Opslaan en afsluiten",
    waiting: (
        "",
        " resultaten wachten om naar de leeromgeving te gaan, die nu niet bereikbaar is. Speel gerust verder: ze blijven bewaard en gaan mee zodra dat weer kan.",
    ),
    refused: (
        "De leeromgeving neemt de resultaten van deze sessie niet meer aan (",
        " wachten). Speel gerust verder; ze blijven bewaard en gaan mee als je de cursus opnieuw opent vanuit de leeromgeving.",
    ),
    sent: "Alle resultaten zijn naar de leeromgeving verstuurd.",
    ended: "Deze sessie met de leeromgeving is afgelopen. Open de cursus opnieuw vanuit de leeromgeving om verder te gaan.",
    launch_failed: "De leeromgeving was bij het starten niet bereikbaar: deze poging wordt daar niet vastgelegd en je voortgang blijft in deze browser.",
    closed: "Je resultaten zijn overgedragen. Je kunt dit venster nu sluiten.",
};

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::Nl => &NL,
    }
}

#[derive(Properties, PartialEq)]
pub struct BarProps {
    pub lang: Lang,
}

#[function_component(Cmi5Bar)]
pub fn cmi5_bar(props: &BarProps) -> Html {
    let delivery = use_state(|| Delivery::Sent);
    // "All sent" is news only after records had to wait.
    let waited = use_mut_ref(|| false);
    let closed = use_state(|| false);
    {
        let delivery = delivery.clone();
        use_effect_with((), move |_| {
            let setter = delivery.clone();
            delivery.set(cmi5::watch(Callback::from(move |d| setter.set(d))));
        });
    }
    let w = words(props.lang);
    let text = match (cmi5::trouble(), *delivery) {
        (Some(_), _) => w.launch_failed.to_string(),
        (_, Delivery::Ended) => w.ended.to_string(),
        (
            _,
            Delivery::Waiting {
                count,
                why: Failure::Credentials,
            },
        ) => {
            *waited.borrow_mut() = true;
            format!("{}{count}{}", w.refused.0, w.refused.1)
        }
        (_, Delivery::Waiting { count, .. }) => {
            *waited.borrow_mut() = true;
            format!("{}{count}{}", w.waiting.0, w.waiting.1)
        }
        _ if *closed => w.closed.to_string(),
        _ if *waited.borrow() => w.sent.to_string(),
        _ => String::new(),
    };
    let exit = {
        let closed = closed.clone();
        Callback::from(move |_| {
            let closed = closed.clone();
            cmi5::exit(Callback::from(move |()| closed.set(true)));
        })
    };
    html! {
        <div class="lms-bar">
            <p role="status" aria-live="polite" data-testid="lrs-status">{text}</p>
            if cmi5::active() {
                <button type="button" data-testid="lms-exit" onclick={exit}>{w.exit}</button>
            }
        </div>
    }
}
