//! The names of the model's rules, as the debrief and the shift report
//! say where the customer's mood and the agent's stress went: one per
//! customer rule (`Reason`) and per strain (`StressReason`), in English and
//! Dutch. The pages that show them do not carry these tables: they fetch
//! them with the rest of the wording they need only now and then
//! (`words/<lang>.txt`, see `check::catalogue::Fetched`), which is written
//! from here and kept equal to it by `tests/it/diagnostics.rs`.

use crate::engine::model::text::Lang;
use crate::engine::play::agent::StressReason;
use crate::engine::play::customer::Reason;

/// A customer rule's name.
pub fn reason(lang: Lang, r: Reason) -> &'static str {
    match lang {
        Lang::En => reason_en(r),
        Lang::Nl => reason_nl(r),
    }
}

/// A source of the agent's stress, named.
pub fn stress(lang: Lang, r: StressReason) -> &'static str {
    match lang {
        Lang::En => stress_en(r),
        Lang::Nl => stress_nl(r),
    }
}

fn reason_en(r: Reason) -> &'static str {
    match r {
        Reason::Base => "the answer itself",
        Reason::PaceMatchesSpeed => "pace suits how hurried the customer is",
        Reason::RushedComplexIssue => "rushing a complex problem",
        Reason::WarmthWelcomed => "warmth, as much as this customer wants it",
        Reason::WarmthTakesTime => "warmth costs a hurried customer patience",
        Reason::ScriptInComplexContact => "a script in a complex contact",
        Reason::ScriptInComplaint => "a script in a complaint",
        Reason::AutonomyBuildsTrust => "acting on your own authority",
        Reason::HandOffAddsEffort => "being handed on",
        Reason::DeflectionDisappoints => "deflecting",
        Reason::SmallTalk => "small talk",
        Reason::SmallTalkCostsPatience => "small talk takes time",
        Reason::Brisk => "getting to the point",
        Reason::TimeDrainsPatience => "time passing",
        Reason::Goodwill => "goodwill (the first euros count most)",
        Reason::SameStyleAgain => "the same approach again counts for less",
        Reason::SameToneAgain => "the same tone again counts for less",
        Reason::IdentityCheck => "an identity check",
        Reason::IdentityProtects => "a check that protects their money or data",
        Reason::BackWhereWeWere => "back where you were: what you gained since is gone",
        Reason::GoingInCircles => "going round in circles",
        Reason::ReplyLate => "a reply later than promised",
    }
}

fn reason_nl(r: Reason) -> &'static str {
    match r {
        Reason::Base => "het antwoord zelf",
        Reason::PaceMatchesSpeed => "tempo past bij de haast van de klant",
        Reason::RushedComplexIssue => "een ingewikkeld probleem afraffelen",
        Reason::WarmthWelcomed => "warmte, zoveel als deze klant wil",
        Reason::WarmthTakesTime => "warmte kost een gehaaste klant geduld",
        Reason::ScriptInComplexContact => "een script bij een ingewikkeld contact",
        Reason::ScriptInComplaint => "een script bij een klacht",
        Reason::AutonomyBuildsTrust => "zelf handelen",
        Reason::HandOffAddsEffort => "doorverbonden worden",
        Reason::DeflectionDisappoints => "afschuiven",
        Reason::SmallTalk => "een praatje",
        Reason::SmallTalkCostsPatience => "een praatje kost tijd",
        Reason::Brisk => "ter zake komen",
        Reason::TimeDrainsPatience => "de tijd die verstrijkt",
        Reason::Goodwill => "coulance (de eerste euro's tellen het meest)",
        Reason::SameStyleAgain => "dezelfde aanpak nog eens telt minder",
        Reason::SameToneAgain => "dezelfde toon nog eens telt minder",
        Reason::IdentityCheck => "een identiteitscontrole",
        Reason::IdentityProtects => "een controle die geld of gegevens beschermt",
        Reason::BackWhereWeWere => "terug bij af: wat je sindsdien won, is weg",
        Reason::GoingInCircles => "in rondjes draaien",
        Reason::ReplyLate => "een antwoord later dan beloofd",
    }
}

fn stress_en(r: StressReason) -> &'static str {
    match r {
        StressReason::MonitoringWithoutControl => {
            "being watched closely with little say over your work"
        }
        StressReason::WorkingUnderAlias => "working under a name that is not your own",
        StressReason::ScriptedEmotion => "putting on the friendliness the script asks for",
        StressReason::CustomerAggression => "abuse from the customer",
        StressReason::OffScriptUnderMonitoring => "leaving the script while monitored",
        StressReason::NoAuthority => "a fix you were not allowed to apply",
        StressReason::OverTarget => "running over the clock",
        StressReason::ActedOnOwnAuthority => "acting on your own authority",
        StressReason::ContactResolved => "solving it",
        StressReason::ContactUnresolved => "leaving it unsolved",
        StressReason::CustomerGaveUp => "the customer giving up",
        StressReason::LatitudeToTakeTime => "having the time the customer needed",
        StressReason::BetweenContacts => "a breather between customers",
        StressReason::Break => "a break",
    }
}

fn stress_nl(r: StressReason) -> &'static str {
    match r {
        StressReason::MonitoringWithoutControl => {
            "op de vingers gekeken worden zonder zelf iets te mogen beslissen"
        }
        StressReason::WorkingUnderAlias => "werken onder een naam die niet de jouwe is",
        StressReason::ScriptedEmotion => "de vriendelijkheid spelen die het script voorschrijft",
        StressReason::CustomerAggression => "een scheldende klant",
        StressReason::OffScriptUnderMonitoring => "van het script afwijken onder toezicht",
        StressReason::NoAuthority => "een oplossing die je niet mocht toepassen",
        StressReason::OverTarget => "over de klok heen gaan",
        StressReason::ActedOnOwnAuthority => "zelf mogen handelen",
        StressReason::ContactResolved => "het oplossen",
        StressReason::ContactUnresolved => "het onopgelost laten",
        StressReason::CustomerGaveUp => "een klant die het opgeeft",
        StressReason::LatitudeToTakeTime => "de tijd hebben die de klant nodig had",
        StressReason::BetweenContacts => "even op adem komen tussen twee klanten",
        StressReason::Break => "een pauze",
    }
}
