//! Every string the UI shows, in English and Dutch.

use crate::engine::model::scenario::{Authority, Channel, Difficulty, Meter, Outcome};
use crate::engine::play::agent::StressReason;
use crate::engine::play::contact::{EndReason, Lock};
use crate::engine::play::customer::Reason;
use crate::engine::play::scoring::NpsClass;
use crate::engine::Lang;

pub struct S {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub nav_home: &'static str,
    pub nav_scores: &'static str,
    pub nav_manager: &'static str,
    pub nav_workshop: &'static str,
    pub language: &'static str,
    pub menu: &'static str,
    pub start_title: &'static str,
    pub start_intro: &'static str,
    pub profile_heading: &'static str,
    pub profile_name: &'static str,
    pub profile_hint: &'static str,
    pub profile_create: &'static str,
    pub profile_current: &'static str,
    pub profile_delete: &'static str,
    pub confirm_delete: &'static str,
    pub cancel: &'static str,
    pub policy_heading: &'static str,
    pub settings_heading: &'static str,
    pub typing_toggle: &'static str,
    pub start_button: &'static str,
    pub start_needs: &'static str,
    pub list_title: &'static str,
    pub list_intro: &'static str,
    pub new_badge: &'static str,
    pub best_label: &'static str,
    pub not_played: &'static str,
    pub resume: &'static str,
    pub loading: &'static str,
    pub load_error: &'static str,
    pub storage_notice: &'static str,
    pub dismiss: &'static str,
    pub you: &'static str,
    pub customer_typing: &'static str,
    pub your_answer: &'static str,
    pub mood: &'static str,
    pub patience: &'static str,
    pub clock: &'static str,
    pub alias: &'static str,
    pub customer_left: &'static str,
    pub stuck: &'static str,
    pub to_debrief: &'static str,
    pub back_to_shift: &'static str,
    pub shift_link: &'static str,
    pub workshop_link: &'static str,
    pub own_badge: &'static str,
    pub own_unreadable: &'static str,
    pub keys_hint: &'static str,
    pub locked: &'static str,
    pub debrief_title: &'static str,
    pub manager_card: &'static str,
    pub customer_card: &'static str,
    pub handle_time: &'static str,
    pub target: &'static str,
    pub adherence: &'static str,
    pub per_hour: &'static str,
    pub rating: &'static str,
    pub csat: &'static str,
    pub nps: &'static str,
    pub fcr: &'static str,
    pub effort: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub goodwill: &'static str,
    pub stress: &'static str,
    pub mood_chart: &'static str,
    pub your_choices: &'static str,
    pub standing: &'static str,
    pub best_path: &'static str,
    pub script_path: &'static str,
    pub worst_path: &'static str,
    pub play_again: &'static str,
    pub play_other: &'static str,
    pub back_to_list: &'static str,
    pub views_disagree: &'static str,
    pub no_debrief: &'static str,
    pub contact_outdated: &'static str,
    pub scores_title: &'static str,
    pub scores_body: &'static [(&'static str, &'static str)],
    pub under_policy: &'static str,
}

pub fn s(lang: Lang) -> &'static S {
    match lang {
        Lang::En => &EN,
        Lang::Nl => &NL,
    }
}

static EN: S = S {
    app_name: "Frontline",
    tagline: "Customer contacts, played under the house rules you choose.",
    nav_home: "Home",
    nav_scores: "How the scores work",
    nav_manager: "For managers: a whole centre",
    nav_workshop: "Scenario workshop",
    language: "Language",
    menu: "Main menu",
    start_title: "Take the call",
    start_intro: "You will answer customers by phone, chat, e-mail and social media. Pick what to say; the debrief shows what your manager's dashboard saw and what the customer felt.",
    profile_heading: "Who is playing?",
    profile_name: "Your name",
    profile_hint: "Kept only in this browser.",
    profile_create: "Add and use",
    profile_current: "playing now",
    profile_delete: "Delete",
    confirm_delete: "Delete this profile and all its results",
    cancel: "Cancel",
    policy_heading: "House rules",
    settings_heading: "Settings",
    typing_toggle: "Show the customer typing before each line",
    start_button: "To the contacts",
    start_needs: "Choose a profile and house rules first.",
    list_title: "Contacts",
    list_intro: "Each contact is a different customer. Play it under both house rules and compare.",
    new_badge: "New",
    best_label: "Best CSAT",
    not_played: "not played",
    resume: "Resume",
    loading: "Loading the contacts…",
    load_error: "A scenario could not be loaded",
    storage_notice: "Saved data in this browser could not be read, so the game started clean. Nothing was deleted: the old data is kept aside under the key",
    dismiss: "Dismiss",
    you: "You",
    customer_typing: "is typing…",
    your_answer: "Your answer",
    mood: "Mood",
    patience: "Patience",
    clock: "Handle time",
    alias: "On this line you are",
    customer_left: "The customer has left the conversation.",
    stuck: "You have no way forward under these house rules.",
    to_debrief: "See the debrief",
    back_to_shift: "Back to your shift",
    shift_link: "Or work a shift: several customers in a row, with a queue",
    workshop_link: "Trainers: write or import your own scenarios",
    own_badge: "Your own",
    own_unreadable: "Your own scenarios could not be read. Open the scenario workshop: it keeps a copy and explains.",
    keys_hint: "Press 1–5 to answer.",
    locked: "Locked",
    debrief_title: "Debrief",
    manager_card: "What your manager's dashboard saw",
    customer_card: "What the customer felt",
    handle_time: "Handle time",
    target: "target",
    adherence: "Script adherence",
    per_hour: "Contacts per hour at this pace",
    rating: "Dashboard rating",
    csat: "CSAT",
    nps: "NPS",
    fcr: "Resolved in this contact",
    effort: "Customer effort",
    yes: "yes",
    no: "no",
    goodwill: "Goodwill spent",
    stress: "Your stress",
    mood_chart: "The customer's mood, answer by answer",
    your_choices: "Your answers",
    standing: "Where your path stands",
    best_path: "Best possible path",
    script_path: "Always following the script",
    worst_path: "Worst path",
    play_again: "Play again",
    play_other: "Play under the other house rules",
    back_to_list: "Back to the contacts",
    views_disagree: "The dashboard and the customer tell different stories here.",
    no_debrief: "No finished contact to show yet.",
    contact_outdated: "This contact was started on an earlier version of the scenario, which has changed since, so it cannot be resumed.",
    scores_title: "How the scores work",
    scores_body: &[
        ("The customer", "Every customer has four meters from 0 to 100: mood, patience, trust and effort (effort is what the contact costs them, so lower is better). Each answer changes them. The customer's traits change how an answer lands: a quick answer pleases a customer in a hurry and not one who wants a chat; warmth lands in proportion to how much the customer wants it; small talk delights a lonely caller and annoys a hurried one. Every minute costs a hurried customer patience (speed ÷ 10 points a minute). At zero patience they hang up or leave."),
        ("Scripts", "Following a script is neutral in a routine contact. In a complex contact it costs mood and trust, and in a complaint it costs more (Victorino, Verma and Wardell, 2013)."),
        ("CSAT (1–5)", "45% mood (above 80 counts half: going beyond expectations adds little), 25% low effort, 30% whether the issue was solved. Reducing effort matters more than delight (Dixon and others, 2013)."),
        ("NPS (0–10)", "45% trust, 35% mood and 30 points for a solved issue, minus a fifth of the effort. 9–10 is a promoter, 7–8 passive, 0–6 a detractor."),
        ("First-contact resolution", "Solved in this contact, without the customer having to come back. Each extra contact costs about 15% of satisfaction; the average is about 70% resolved first time (SQM Group)."),
        ("The manager's dashboard", "Under target-driven rules it sees handle time against the 4.5-minute target (one star less for every quarter over) and script adherence. Under customer-first rules it sees satisfaction, one star less when the issue was not solved, and one less when goodwill went past half the budget: goodwill is good, within reason."),
        ("Your stress", "Starts at 20. Abuse from the customer raises it; so does leaving a script while you are monitored, seeing a fix you are not allowed to apply, and running over the clock. Acting on your own authority and solving the problem lower it. This follows research on job control, monitoring and customer aggression (Holman 2002; Grandey and others 2004)."),
        ("Where your path stands", "The game plays every possible path through the contact under the same house rules and compares your CSAT with all of them: the best path, the path of someone who always follows the script, and your percentile."),
    ],
    under_policy: "House rules",
};

static NL: S = S {
    app_name: "Frontline",
    tagline: "Klantcontacten, gespeeld onder de huisregels die jij kiest.",
    nav_home: "Start",
    nav_scores: "Zo werken de scores",
    nav_manager: "Voor managers: een heel centrum",
    nav_workshop: "Scenariowerkplaats",
    language: "Taal",
    menu: "Hoofdmenu",
    start_title: "Neem het gesprek aan",
    start_intro: "Je helpt klanten via telefoon, chat, e-mail en sociale media. Kies wat je zegt; in de nabespreking zie je wat het dashboard van je manager zag en wat de klant voelde.",
    profile_heading: "Wie speelt er?",
    profile_name: "Je naam",
    profile_hint: "Blijft alleen in deze browser bewaard.",
    profile_create: "Toevoegen en gebruiken",
    profile_current: "speelt nu",
    profile_delete: "Verwijderen",
    confirm_delete: "Dit profiel en alle resultaten verwijderen",
    cancel: "Annuleren",
    policy_heading: "Huisregels",
    settings_heading: "Instellingen",
    typing_toggle: "Laat zien dat de klant typt voor elke regel",
    start_button: "Naar de contacten",
    start_needs: "Kies eerst een profiel en huisregels.",
    list_title: "Contacten",
    list_intro: "Elk contact is een andere klant. Speel het onder allebei de huisregels en vergelijk.",
    new_badge: "Nieuw",
    best_label: "Beste CSAT",
    not_played: "nog niet gespeeld",
    resume: "Verder spelen",
    loading: "De contacten worden geladen…",
    load_error: "Een scenario kon niet worden geladen",
    storage_notice: "Opgeslagen gegevens in deze browser waren niet leesbaar, dus het spel begon opnieuw. Er is niets gewist: de oude gegevens staan apart onder de sleutel",
    dismiss: "Sluiten",
    you: "Jij",
    customer_typing: "typt…",
    your_answer: "Jouw antwoord",
    mood: "Stemming",
    patience: "Geduld",
    clock: "Gesprekstijd",
    alias: "Aan de lijn heet je",
    customer_left: "De klant heeft het gesprek verlaten.",
    stuck: "Onder deze huisregels kun je niet verder.",
    to_debrief: "Naar de nabespreking",
    back_to_shift: "Terug naar je dienst",
    shift_link: "Of draai een dienst: meerdere klanten achter elkaar, met een wachtrij",
    workshop_link: "Voor trainers: schrijf of importeer je eigen scenario's",
    own_badge: "Eigen",
    own_unreadable: "Je eigen scenario's konden niet worden gelezen. Open de scenariowerkplaats: die bewaart een kopie en legt het uit.",
    keys_hint: "Druk op 1–5 om te antwoorden.",
    locked: "Geblokkeerd",
    debrief_title: "Nabespreking",
    manager_card: "Wat het dashboard van je manager zag",
    customer_card: "Wat de klant voelde",
    handle_time: "Gesprekstijd",
    target: "norm",
    adherence: "Scriptnaleving",
    per_hour: "Contacten per uur in dit tempo",
    rating: "Dashboardscore",
    csat: "CSAT",
    nps: "NPS",
    fcr: "Opgelost in dit contact",
    effort: "Moeite voor de klant",
    yes: "ja",
    no: "nee",
    goodwill: "Coulance uitgegeven",
    stress: "Jouw stress",
    mood_chart: "De stemming van de klant, antwoord na antwoord",
    your_choices: "Jouw antwoorden",
    standing: "Waar jouw pad staat",
    best_path: "Best mogelijke pad",
    script_path: "Altijd het script volgen",
    worst_path: "Slechtste pad",
    play_again: "Opnieuw spelen",
    play_other: "Spelen onder de andere huisregels",
    back_to_list: "Terug naar de contacten",
    views_disagree: "Het dashboard en de klant vertellen hier een ander verhaal.",
    no_debrief: "Er is nog geen afgerond contact om te tonen.",
    contact_outdated: "Dit contact is begonnen op een eerdere versie van het scenario, die sindsdien is veranderd, dus het kan niet worden hervat.",
    scores_title: "Zo werken de scores",
    scores_body: &[
        ("De klant", "Elke klant heeft vier meters van 0 tot 100: stemming, geduld, vertrouwen en moeite (moeite is wat het contact de klant kost, dus lager is beter). Elk antwoord verandert ze. De eigenschappen van de klant bepalen hoe een antwoord valt: een snel antwoord bevalt een klant met haast en niet iemand die wil praten; warmte komt aan naarmate de klant erom vraagt; een praatje maakt een eenzame beller blij en ergert een gehaaste. Elke minuut kost een klant met haast geduld (snelheid ÷ 10 punten per minuut). Bij nul geduld hangt de klant op of vertrekt."),
        ("Scripts", "Een script volgen is neutraal bij een routinevraag. Bij een ingewikkeld contact kost het stemming en vertrouwen, en bij een klacht nog meer (Victorino, Verma en Wardell, 2013)."),
        ("CSAT (1–5)", "45% stemming (boven de 80 telt half: verwachtingen overtreffen voegt weinig toe), 25% weinig moeite, 30% of het probleem is opgelost. Moeite wegnemen weegt zwaarder dan verrassen (Dixon en anderen, 2013)."),
        ("NPS (0–10)", "45% vertrouwen, 35% stemming en 30 punten voor een opgelost probleem, min een vijfde van de moeite. 9–10 is een promotor, 7–8 passief, 0–6 een criticaster."),
        ("Eerste keer goed", "Opgelost in dit contact, zonder dat de klant terug moet komen. Elk extra contact kost zo'n 15% tevredenheid; gemiddeld is zo'n 70% de eerste keer opgelost (SQM Group)."),
        ("Het dashboard van je manager", "Bij targetgedreven regels ziet het de gesprekstijd tegen de norm van 4,5 minuut (een ster minder per kwart erboven) en de scriptnaleving. Bij klant-eerst-regels ziet het de tevredenheid, een ster minder als het probleem niet is opgelost, en een minder als de coulance boven de helft van het budget kwam: coulance is goed, binnen redelijke grenzen."),
        ("Jouw stress", "Begint op 20. Een klant die scheldt verhoogt hem, net als van het script afwijken terwijl je wordt gevolgd, een oplossing zien die je niet mag toepassen, en over de klok heen gaan. Zelf mogen handelen en het probleem oplossen verlagen hem. Dit volgt onderzoek naar zeggenschap over je werk, monitoring en agressie van klanten (Holman 2002; Grandey en anderen 2004)."),
        ("Waar jouw pad staat", "Het spel speelt elk mogelijk pad door het contact onder dezelfde huisregels en vergelijkt jouw CSAT met al die paden: het beste pad, het pad van iemand die altijd het script volgt, en jouw percentiel."),
    ],
    under_policy: "Huisregels",
};

pub fn channel(lang: Lang, c: Channel) -> &'static str {
    match (lang, c) {
        (Lang::En, Channel::Phone) => "Phone",
        (Lang::En, Channel::Chat) => "Chat",
        (Lang::En, Channel::Email) => "E-mail",
        (Lang::En, Channel::Social) => "Social media",
        (Lang::Nl, Channel::Phone) => "Telefoon",
        (Lang::Nl, Channel::Chat) => "Chat",
        (Lang::Nl, Channel::Email) => "E-mail",
        (Lang::Nl, Channel::Social) => "Sociale media",
    }
}

pub fn difficulty(lang: Lang, d: Difficulty) -> &'static str {
    match (lang, d) {
        (Lang::En, Difficulty::Easy) => "Easy",
        (Lang::En, Difficulty::Medium) => "Medium",
        (Lang::En, Difficulty::Hard) => "Hard",
        (Lang::Nl, Difficulty::Easy) => "Makkelijk",
        (Lang::Nl, Difficulty::Medium) => "Gemiddeld",
        (Lang::Nl, Difficulty::Hard) => "Moeilijk",
    }
}

fn authority(lang: Lang, a: Authority) -> &'static str {
    match (lang, a) {
        (Lang::En, Authority::Goodwill) => "hand out goodwill",
        (Lang::En, Authority::CompetitorOrder) => "order from a competitor",
        (Lang::En, Authority::OwnTheCase) => "keep and follow up a case yourself",
        (Lang::En, Authority::DirectSpecialist) => {
            "put a customer straight through to a specialist"
        }
        (Lang::En, Authority::SpeakFreely) => "say who and where you really are",
        (Lang::Nl, Authority::Goodwill) => "coulance geven",
        (Lang::Nl, Authority::CompetitorOrder) => "bij een concurrent bestellen",
        (Lang::Nl, Authority::OwnTheCase) => "een zaak zelf houden en opvolgen",
        (Lang::Nl, Authority::DirectSpecialist) => {
            "een klant direct doorverbinden met een specialist"
        }
        (Lang::Nl, Authority::SpeakFreely) => "zeggen wie en waar je echt bent",
    }
}

pub fn meter(lang: Lang, m: Meter) -> &'static str {
    match (lang, m) {
        (Lang::En, Meter::Mood) => "mood",
        (Lang::En, Meter::Patience) => "patience",
        (Lang::En, Meter::Trust) => "trust",
        (Lang::En, Meter::Effort) => "effort",
        (Lang::Nl, Meter::Mood) => "stemming",
        (Lang::Nl, Meter::Patience) => "geduld",
        (Lang::Nl, Meter::Trust) => "vertrouwen",
        (Lang::Nl, Meter::Effort) => "moeite",
    }
}

pub fn lock(lang: Lang, l: &Lock) -> String {
    match (lang, l) {
        (Lang::En, Lock::NeedsAuthority { authority: a }) => format!(
            "Needs authority you do not have here: to {}.",
            authority(lang, *a)
        ),
        (Lang::Nl, Lock::NeedsAuthority { authority: a }) => format!(
            "Hiervoor heb je hier geen bevoegdheid: {}.",
            authority(lang, *a)
        ),
        (Lang::En, Lock::OnlyUnderPolicy { .. }) => "Only possible under other house rules.".into(),
        (Lang::Nl, Lock::OnlyUnderPolicy { .. }) => {
            "Alleen mogelijk onder andere huisregels.".into()
        }
        (Lang::En, Lock::NotUnderPolicy { .. }) => "Not allowed under these house rules.".into(),
        (Lang::Nl, Lock::NotUnderPolicy { .. }) => "Niet toegestaan onder deze huisregels.".into(),
        (Lang::En, Lock::MeterTooLow { meter: m, min }) => format!(
            "The customer's {} is not high enough yet (needs {min}).",
            meter(lang, *m)
        ),
        (Lang::Nl, Lock::MeterTooLow { meter: m, min }) => format!(
            "Het {} van de klant is nog niet hoog genoeg (minstens {min}).",
            meter(lang, *m)
        ),
        (Lang::En, Lock::MeterTooHigh { meter: m, max }) => format!(
            "The customer's {} is too high for this (at most {max}).",
            meter(lang, *m)
        ),
        (Lang::Nl, Lock::MeterTooHigh { meter: m, max }) => format!(
            "Het {} van de klant is hiervoor te hoog (hooguit {max}).",
            meter(lang, *m)
        ),
        (Lang::En, Lock::OverGoodwillBudget { cost, left }) => {
            format!("Costs €{cost} in goodwill; your budget here has €{left} left.")
        }
        (Lang::Nl, Lock::OverGoodwillBudget { cost, left }) => {
            format!("Kost €{cost} aan coulance; je budget hier heeft nog €{left}.")
        }
    }
}

/// A word for a meter value, so the meters never rely on colour alone.
pub fn mood_word(lang: Lang, v: i32) -> &'static str {
    match (lang, v) {
        (Lang::En, 0..=19) => "furious",
        (Lang::En, 20..=39) => "upset",
        (Lang::En, 40..=59) => "neutral",
        (Lang::En, 60..=79) => "calm",
        (Lang::En, _) => "happy",
        (Lang::Nl, 0..=19) => "woedend",
        (Lang::Nl, 20..=39) => "ontstemd",
        (Lang::Nl, 40..=59) => "neutraal",
        (Lang::Nl, 60..=79) => "rustig",
        (Lang::Nl, _) => "blij",
    }
}

pub fn patience_word(lang: Lang, v: i32) -> &'static str {
    match (lang, v) {
        (Lang::En, 0..=19) => "about to give up",
        (Lang::En, 20..=49) => "running low",
        (Lang::En, _) => "fine",
        (Lang::Nl, 0..=19) => "haakt bijna af",
        (Lang::Nl, 20..=49) => "raakt op",
        (Lang::Nl, _) => "prima",
    }
}

pub fn outcome(lang: Lang, o: Outcome) -> &'static str {
    match (lang, o) {
        (Lang::En, Outcome::Resolved) => "Resolved",
        (Lang::En, Outcome::Unresolved) => "Not resolved",
        (Lang::En, Outcome::GaveUp) => "The customer gave up",
        (Lang::Nl, Outcome::Resolved) => "Opgelost",
        (Lang::Nl, Outcome::Unresolved) => "Niet opgelost",
        (Lang::Nl, Outcome::GaveUp) => "De klant gaf het op",
    }
}

pub fn end_reason(lang: Lang, r: EndReason) -> &'static str {
    match r {
        EndReason::PatienceRanOut => s(lang).customer_left,
        EndReason::NoWayForward | EndReason::TooLong => s(lang).stuck,
        EndReason::Ending => "",
    }
}

pub fn nps_class(lang: Lang, c: NpsClass) -> &'static str {
    match (lang, c) {
        (Lang::En, NpsClass::Promoter) => "promoter",
        (Lang::En, NpsClass::Passive) => "passive",
        (Lang::En, NpsClass::Detractor) => "detractor",
        (Lang::Nl, NpsClass::Promoter) => "promotor",
        (Lang::Nl, NpsClass::Passive) => "passief",
        (Lang::Nl, NpsClass::Detractor) => "criticaster",
    }
}

pub fn reason(lang: Lang, r: Reason) -> &'static str {
    match (lang, r) {
        (Lang::En, Reason::Base) => "the answer itself",
        (Lang::En, Reason::PaceMatchesSpeed) => "pace suits how hurried the customer is",
        (Lang::En, Reason::RushedComplexIssue) => "rushing a complex problem",
        (Lang::En, Reason::WarmthWelcomed) => "warmth, as much as this customer wants it",
        (Lang::En, Reason::WarmthTakesTime) => "warmth costs a hurried customer patience",
        (Lang::En, Reason::ScriptInComplexContact) => "a script in a complex contact",
        (Lang::En, Reason::ScriptInComplaint) => "a script in a complaint",
        (Lang::En, Reason::AutonomyBuildsTrust) => "acting on your own authority",
        (Lang::En, Reason::HandOffAddsEffort) => "being handed on",
        (Lang::En, Reason::DeflectionDisappoints) => "deflecting",
        (Lang::En, Reason::SmallTalk) => "small talk",
        (Lang::En, Reason::SmallTalkCostsPatience) => "small talk takes time",
        (Lang::En, Reason::Brisk) => "getting to the point",
        (Lang::En, Reason::TimeDrainsPatience) => "time passing",
        (Lang::Nl, Reason::Base) => "het antwoord zelf",
        (Lang::Nl, Reason::PaceMatchesSpeed) => "tempo past bij de haast van de klant",
        (Lang::Nl, Reason::RushedComplexIssue) => "een ingewikkeld probleem afraffelen",
        (Lang::Nl, Reason::WarmthWelcomed) => "warmte, zoveel als deze klant wil",
        (Lang::Nl, Reason::WarmthTakesTime) => "warmte kost een gehaaste klant geduld",
        (Lang::Nl, Reason::ScriptInComplexContact) => "een script bij een ingewikkeld contact",
        (Lang::Nl, Reason::ScriptInComplaint) => "een script bij een klacht",
        (Lang::Nl, Reason::AutonomyBuildsTrust) => "zelf handelen",
        (Lang::Nl, Reason::HandOffAddsEffort) => "doorverbonden worden",
        (Lang::Nl, Reason::DeflectionDisappoints) => "afschuiven",
        (Lang::Nl, Reason::SmallTalk) => "een praatje",
        (Lang::Nl, Reason::SmallTalkCostsPatience) => "een praatje kost tijd",
        (Lang::Nl, Reason::Brisk) => "to the point",
        (Lang::Nl, Reason::TimeDrainsPatience) => "de tijd die verstrijkt",
    }
}

pub fn stress_reason(lang: Lang, r: StressReason) -> &'static str {
    match (lang, r) {
        (Lang::En, StressReason::CustomerAggression) => "abuse from the customer",
        (Lang::En, StressReason::OffScriptUnderMonitoring) => "leaving the script while monitored",
        (Lang::En, StressReason::NoAuthority) => "a fix you were not allowed to apply",
        (Lang::En, StressReason::OverTarget) => "running over the clock",
        (Lang::En, StressReason::ActedOnOwnAuthority) => "acting on your own authority",
        (Lang::En, StressReason::ContactResolved) => "solving it",
        (Lang::En, StressReason::ContactUnresolved) => "leaving it unsolved",
        (Lang::En, StressReason::CustomerGaveUp) => "the customer giving up",
        (Lang::Nl, StressReason::CustomerAggression) => "een scheldende klant",
        (Lang::Nl, StressReason::OffScriptUnderMonitoring) => {
            "van het script afwijken onder toezicht"
        }
        (Lang::Nl, StressReason::NoAuthority) => "een oplossing die je niet mocht toepassen",
        (Lang::Nl, StressReason::OverTarget) => "over de klok heen gaan",
        (Lang::Nl, StressReason::ActedOnOwnAuthority) => "zelf mogen handelen",
        (Lang::Nl, StressReason::ContactResolved) => "het oplossen",
        (Lang::Nl, StressReason::ContactUnresolved) => "het onopgelost laten",
        (Lang::Nl, StressReason::CustomerGaveUp) => "een klant die het opgeeft",
    }
}

/// `m:ss`, without float formatting.
pub fn clock(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}
