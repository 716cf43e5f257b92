//! The debrief's figures: the manager's scorecard, the customer's, and
//! where this path stands among all paths.

use yew::prelude::*;

use crate::engine::play::debrief::Standing;
use crate::engine::play::scoring::Scorecards;
use crate::engine::Lang;
use crate::ui::i18n;

/// What the manager sees: handle time, adherence, goodwill, a rating.
pub fn manager(c: &Scorecards, t: &'static i18n::Game) -> Html {
    html! {
        <section class="card scorecard" data-testid="scorecard-manager" aria-labelledby="mgr-h">
            <h2 id="mgr-h">{t.manager_card}</h2>
            <dl>
                <dt>{t.handle_time}</dt>
                <dd data-testid="handle-time">{i18n::clock(c.manager.handle_time)}
                    { for c.manager.handle_time_target.map(|target| format!(" / {} {}", i18n::clock(target), t.target)) }</dd>
                { term(t.adherence, format!("{}%", c.manager.script_adherence)) }
                { term(t.per_hour, per_hour(c.manager.handle_time)) }
                <dt>{t.goodwill}</dt><dd data-testid="goodwill">{"€"}{c.manager.goodwill_spent}</dd>
                <dt>{t.rating}</dt><dd><strong>{stars(c.manager.rating)}</strong>{format!(" {}/5", c.manager.rating)}</dd>
                { for (c.manager.transfers > 0).then(|| term(t.transfers, c.manager.transfers.to_string())) }
                { for c.manager.unverified_change.then(|| term(t.unverified_change, t.yes.to_string())) }
                { for c.manager.reputation.as_ref().map(|r| term(t.reputation, format!("{:+}/100 ({} {})", r.net, r.watching, t.watching))) }
            </dl>
        </section>
    }
}

/// What the customer would say: CSAT, NPS, resolved at once, effort.
pub fn customer(c: &Scorecards, lang: Lang, t: &'static i18n::Game) -> Html {
    let yes_no = |b: bool| if b { t.yes } else { t.no };
    html! {
        <section class="card scorecard" data-testid="scorecard-customer" aria-labelledby="cust-h">
            <h2 id="cust-h">{t.customer_card}</h2>
            <dl>
                <dt>{t.csat}</dt><dd data-testid="csat"><strong>{stars(c.customer.csat)}</strong>{format!(" {}/5", c.customer.csat)}</dd>
                <dt>{t.nps}</dt><dd data-testid="nps">{format!("{}/10 — {}", c.customer.nps, i18n::nps_class(lang, c.customer.nps_class))}</dd>
                <dt>{t.fcr}</dt><dd data-testid="fcr">{yes_no(c.customer.first_contact_resolution)}</dd>
                { term(t.effort, format!("{}/100", c.customer.effort)) }
            </dl>
        </section>
    }
}

/// Where a path with this CSAT stands among all paths.
pub fn standing(s: &Standing, csat: u8, lang: Lang, t: &'static i18n::Game) -> Html {
    html! {
        <section class="card" data-testid="standing" aria-labelledby="stand-h">
            <h2 id="stand-h">{t.standing}</h2>
            <p>{i18n::standing(lang, csat, s.percentile, s.paths, s.exact)}</p>
            <dl>
                { term(t.best_path, format!("CSAT {}/5", s.best_csat)) }
                { term(t.script_path, s.all_script_csat.map(|v| format!("CSAT {v}/5")).unwrap_or_default()) }
                { term(t.worst_path, format!("CSAT {}/5", s.worst_csat)) }
            </dl>
        </section>
    }
}

#[inline(never)]
fn term(label: &'static str, value: String) -> Html {
    html! { <><dt>{label}</dt><dd>{value}</dd></> }
}

/// Contacts an hour at this handle time, one decimal.
fn per_hour(handle_time: u32) -> String {
    match crate::engine::play::scoring::contacts_per_hour_tenths(handle_time) {
        Some(tenths) => format!("{}.{}", tenths / 10, tenths % 10),
        None => "–".into(),
    }
}

fn stars(n: u8) -> String {
    let n = n.min(5) as usize;
    format!("{}{}", "★".repeat(n), "☆".repeat(5 - n))
}
