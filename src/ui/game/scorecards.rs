//! The debrief's figures: the manager's scorecard, the customer's, and
//! where this path stands among all paths.

use yew::prelude::*;

use crate::engine::play::debrief::Standing;
use crate::engine::play::scoring::Scorecards;
use crate::ui::i18n::{self, Said};

/// What the manager sees: handle time, adherence, goodwill, a rating.
pub fn manager(c: &Scorecards, w: Said) -> Html {
    html! {
        <section class="card scorecard" data-testid="scorecard-manager" aria-labelledby="mgr-h">
            <h2 id="mgr-h">{w.manager_card()}</h2>
            <dl>
                <dt>{w.handle_time()}</dt>
                <dd data-testid="handle-time">{i18n::clock(c.manager.handle_time)}
                    { for c.manager.handle_time_target.map(|target| format!(" / {} {}", i18n::clock(target), w.target())) }</dd>
                { term(w.adherence(), format!("{}%", c.manager.script_adherence)) }
                { term(w.per_hour(), per_hour(c.manager.handle_time)) }
                <dt>{w.goodwill()}</dt><dd data-testid="goodwill">{"€"}{c.manager.goodwill_spent}</dd>
                <dt>{w.rating()}</dt><dd><strong>{stars(c.manager.rating)}</strong>{format!(" {}/5", c.manager.rating)}</dd>
                { for (c.manager.transfers > 0).then(|| term(w.transfers(), c.manager.transfers.to_string())) }
                { for c.manager.unverified_change.then(|| term(w.unverified_change(), w.yes().to_string())) }
                { for c.manager.reputation.as_ref().map(|r| term(w.reputation(), format!("{:+}/100 ({} {})", r.net, r.watching, w.watching()))) }
            </dl>
        </section>
    }
}

/// What the customer would say: CSAT, NPS, resolved at once, effort.
pub fn customer(c: &Scorecards, w: Said) -> Html {
    let yes_no = |b: bool| if b { w.yes() } else { w.no() };
    html! {
        <section class="card scorecard" data-testid="scorecard-customer" aria-labelledby="cust-h">
            <h2 id="cust-h">{w.customer_card()}</h2>
            <dl>
                <dt>{w.csat()}</dt><dd data-testid="csat"><strong>{stars(c.customer.csat)}</strong>{format!(" {}/5", c.customer.csat)}</dd>
                <dt>{w.nps()}</dt><dd data-testid="nps">{format!("{}/10 — {}", c.customer.nps, w.nps_class(c.customer.nps_class))}</dd>
                <dt>{w.fcr()}</dt><dd data-testid="fcr">{yes_no(c.customer.first_contact_resolution)}</dd>
                { term(w.effort(), format!("{}/100", c.customer.effort)) }
            </dl>
        </section>
    }
}

/// Where a path with this CSAT stands among all paths.
pub fn standing(s: &Standing, csat: u8, w: Said) -> Html {
    html! {
        <section class="card" data-testid="standing" aria-labelledby="stand-h">
            <h2 id="stand-h">{w.standing()}</h2>
            <p>{w.standing_line(csat, s.percentile, s.paths, s.exact)}</p>
            <dl>
                { term(w.best_path(), format!("CSAT {}/5", s.best_csat)) }
                { term(w.script_path(), s.all_script_csat.map(|v| format!("CSAT {v}/5")).unwrap_or_default()) }
                { term(w.worst_path(), format!("CSAT {}/5", s.worst_csat)) }
            </dl>
        </section>
    }
}

#[inline(never)]
fn term(label: &str, value: String) -> Html {
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
