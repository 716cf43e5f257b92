//! Nederlands: every word the UI shows, one section per page.

#[cfg(not(target_arch = "wasm32"))]
use super::Play;
use super::{
    Export, Game, Manager, Scores, Shell, Shift, TrackWorkshop, Tracks, Trainer, Workshop,
};
use crate::engine::centre::week::ArrivalShape;
use crate::engine::check::diagnostic::Location;
use crate::engine::model::scenario::{Channel, Difficulty, Outcome, Style};

pub static SHELL: Shell = Shell {
    name: "Nederlands",
    language: "Taal",
    menu: "Hoofdmenu",
    skip: "Naar de inhoud",
    back_to_game: "Terug naar het spel",
};

// Het spel.

pub static GAME: Game = Game {
    app_name: "Frontline",
    tagline: "Klantcontacten, gespeeld onder de huisregels die jij kiest.",
    nav_home: "Start",
    nav_scores: "Zo werken de scores",
    nav_manager: "Voor managers: een heel centrum",
    nav_workshop: "Scenariowerkplaats",
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
    words_failed: "De teksten van dit scherm konden niet worden geladen. Controleer de verbinding en laad de pagina daarna opnieuw.",
    load_error: "Een scenario kon niet worden geladen",
    storage_notice: ("Opgeslagen gegevens in deze browser waren niet leesbaar, dus het spel begon opnieuw. Er is niets gewist: de oude gegevens staan apart onder de sleutel ", "."),
    dismiss: "Sluiten",
    back_to_shift: "Terug naar je dienst",
    shift_link: "Of draai een dienst: meerdere klanten achter elkaar, met een wachtrij",
    workshop_link: "Voor trainers: schrijf of importeer je eigen scenario's",
    own_badge: "Eigen",
    other_language: "In het Engels",
    own_unreadable: "Je eigen scenario's konden niet worden gelezen. Open de scenariowerkplaats: die bewaart een kopie en legt het uit.",
    log_full: "Je logboek met antwoorden is vol. Exporteer en leeg het onder ‘Zo werken de scores’.",
    locked: "Geblokkeerd",
    debrief_title: "Nabespreking",
    play_again: "Opnieuw spelen",
    back_to_list: "Terug naar de contacten",
    no_debrief: "Er is nog geen afgerond contact om te tonen.",
    contact_outdated: "Dit contact is begonnen op een eerdere versie van het scenario, die sindsdien is veranderd, dus het kan niet worden hervat.",
    tracks_heading: "Leertrajecten",
    tracks_intro: "Een vaste route langs de klantcontacten, stap voor stap: inwerken voor nieuwe collega's, of drie gesprekken voor iedereen die aan de telefoon zit. Of ga hierboven naar de contacten en speel er vrij een van.",
    tracks_needs_profile: "Maak eerst een profiel aan om een traject te volgen.",
    track_open: "Kies een traject",
    discussion_heading: "Om te bespreken met je teamleider",
    back_to_track: "Terug naar het traject",
    best_older: " (gescoord met een eerdere versie van het model)",
};

// The screens after the start, fetched (`Play`).

#[cfg(not(target_arch = "wasm32"))]
pub static PLAY: Play = Play {
    you: "Jij",
    customer_typing: "{} typt…",
    your_answer: "Jouw antwoord",
    keys_hint: "Druk op 1–5 om te antwoorden.",
    mood: "Stemming",
    patience: "Geduld",
    clock: "Gesprekstijd",
    target: "norm",
    over_target: "over de norm",
    alias: "Aan de lijn heet je {}",
    wrote: "Geschreven",
    ago: "geleden",
    just_now: "zojuist",
    reply_within: "Antwoord beloofd binnen",
    left: "nog {}",
    promise_run_out: "de belofte is verlopen",
    late_replies: "Te late antwoorden",
    hours: "u",
    onlookers: "Meelezers",
    watching: "kijken mee",
    private_reply: "Privébericht",
    customer_left: "De klant heeft het gesprek verlaten.",
    stuck: "Onder deze huisregels kun je niet verder.",
    to_debrief: "Naar de nabespreking",
    under_policy: "Huisregels",
    objective: "Waar dit gesprek om draait",
    manager_card: "Wat het dashboard van je manager zag",
    customer_card: "Wat de klant voelde",
    handle_time: "Gesprekstijd",
    adherence: "Scriptnaleving",
    per_hour: "Contacten per uur in dit tempo",
    goodwill: "Coulance uitgegeven",
    rating: "Dashboardscore",
    transfers: "Doorverbonden",
    unverified_change: "Gewijzigd zonder identiteitscontrole",
    reputation: "Reputatie bij meelezers",
    csat: "CSAT",
    nps: "NPS",
    fcr: "Opgelost in dit contact",
    effort: "Moeite voor de klant",
    yes: "ja",
    no: "nee",
    stress: "Jouw stress",
    strain_sources: "Waar die vandaan kwam",
    mood_chart: "De stemming van de klant, antwoord na antwoord",
    your_choices: "Jouw antwoorden",
    standing: "Waar jouw pad staat",
    best_path: "Best mogelijke pad",
    script_path: "Altijd het script volgen",
    worst_path: "Slechtste pad",
    play_other: "Spelen onder de andere huisregels",
    views_disagree: "Het dashboard en de klant vertellen hier een ander verhaal.",
    mood_furious: "woedend",
    mood_upset: "ontstemd",
    mood_neutral: "neutraal",
    mood_calm: "rustig",
    mood_happy: "blij",
    patience_giving_up: "haakt bijna af",
    patience_low: "raakt op",
    patience_fine: "prima",
    onlookers_strongly_against: "sterk tegen je",
    onlookers_against: "vooral tegen je",
    onlookers_divided: "verdeeld",
    onlookers_for: "vooral aan je kant",
    onlookers_strongly_for: "sterk aan je kant",
    promoter: "promotor",
    passive: "passief",
    detractor: "criticaster",
    resolved: outcome(Outcome::Resolved),
    unresolved: outcome(Outcome::Unresolved),
    gave_up: outcome(Outcome::GaveUp),
    needs_authority: "Hiervoor heb je hier geen bevoegdheid: {}.",
    authority_goodwill: "coulance geven",
    authority_competitor_order: "bij een concurrent bestellen",
    authority_own_the_case: "een zaak zelf houden en opvolgen",
    authority_direct_specialist: "een klant direct doorverbinden met een specialist",
    authority_speak_freely: "zeggen wie en waar je echt bent",
    only_under_policy: "Alleen mogelijk onder andere huisregels.",
    not_under_policy: "Niet toegestaan onder deze huisregels.",
    // A meter with its article, at the start of the sentence.
    meter_too_low: "{} van de klant is nog niet hoog genoeg (minstens {}).",
    meter_too_high: "{} van de klant is hiervoor te hoog (hooguit {}).",
    meter_mood: "De stemming",
    meter_patience: "Het geduld",
    meter_trust: "Het vertrouwen",
    meter_effort: "De moeite",
    over_goodwill: "Kost €{} aan coulance; je budget hier heeft nog €{}.",
    mood_summary: "Stemming van de klant: begon op {}, eindigde op {}; laagste {}, hoogste {}, over {} antwoorden.",
    path_standing: "Met CSAT {} sta je op percentiel {} van alle {} mogelijke paden{}.",
    sampled: " (steekproef)",
    hear_customer: "Lees voor wat de klant zegt",
    stop_voice: "Stop met voorlezen",
    no_voice: "Deze browser heeft geen stem voor deze taal: wat de klant zegt, blijft alleen tekst.",
};

// Zo werken de scores.

// De leertrajecten.

pub static TRACKS: Tracks = Tracks {
    list_intro: "Kies een traject. De stappen gaan een voor een open, en het traject onthoudt hoe ver je bent.",
    mastered: "Beheerst",
    steps_heading: "Stappen",
    next: "Volgende",
    locked: "Gaat open als de stappen ervoor gedaan zijn",
    done: "Gedaan",
    start: "Beginnen",
    again: "Opnieuw spelen",
    complete_heading: "Traject afgerond",
    complete_mastered: "Goed gedaan: je haalt wat dit traject vraagt.",
    complete_not_mastered: "Alle stappen zijn gedaan, maar je gemiddelde ligt onder wat dit traject vraagt. Speel een stap opnieuw om het te verbeteren.",
    average: "Jouw gemiddelde",
    learned_heading: "Wat je hebt geoefend",
    results_heading: "Jouw resultaten",
    back_to_start: "Terug naar het begin",
    not_found: "Dit traject bestaat niet.",
    own: "Eigen traject",
    own_unreadable: "Je eigen trajecten konden niet worden gelezen. Open de scenariowerkplaats: die bewaart een kopie en legt het uit.",
};

pub(super) fn minutes(n: u32) -> String {
    format!("ongeveer {n} minuten")
}

pub(super) fn steps_done(done: usize, total: usize) -> String {
    format!("{done} van {total} stappen gedaan")
}

pub(super) fn step_contact(title: &str, policy: &str) -> String {
    format!("{title} (huisregels: {policy})")
}

pub(super) fn step_shift(contacts: u32, policy: &str) -> String {
    format!("Een dienst met {contacts} klanten, onder {policy}")
}

pub(super) fn csat_tenths(tenths: u8) -> String {
    format!("CSAT {},{}", tenths / 10, tenths % 10)
}

pub(super) fn mastery_rule(min_tenths: Option<u8>, policy: Option<&str>) -> String {
    match (min_tenths, policy) {
        (None, _) => "Om het te beheersen: maak elke stap af.".to_string(),
        (Some(t), None) => format!("Om het te beheersen: maak elke stap af, met een gemiddelde CSAT van minstens {},{}.", t / 10, t % 10),
        (Some(t), Some(p)) => format!("Om het te beheersen: maak elke stap af, met een gemiddelde CSAT van minstens {},{} op de stappen met de huisregels ‘{p}’.", t / 10, t % 10),
    }
}

pub static SCORES: Scores = Scores {
    title: "Zo werken de scores",
    export: Export {
        heading: "Je antwoorden, voor je trainer",
        about: "Elk contact dat je in deze browser afrondt, wordt bewaard in je logboek met antwoorden. Download het als xAPI-statements (JSON: elk antwoord en de uitkomst van elk contact, voor een learning record store of de hulpmiddelen van je trainer) of als overzicht met één regel per contact (CSV, voor een spreadsheet). De bestanden worden hier gemaakt en op je apparaat opgeslagen: er wordt niets verstuurd.",
        needs_profile: "Kies of maak eerst een profiel in het spel: het logboek wordt per profiel bijgehouden.",
        empty: "Je logboek is leeg: rond eerst een contact af.",
        count: "Contacten in je logboek: ",
        full: "Je logboek is vol of kon niet worden gelezen: de contacten die je nu afrondt, worden er niet in bewaard. Download beide bestanden en maak het logboek daarna leeg om verder te loggen.",
        xapi: "Exporteer mijn antwoorden (xAPI, JSON)",
        csv: "Overzicht voor mijn trainer (CSV)",
        loading: "De scenario's worden geladen…",
        saved: "Opgeslagen: ",
        skipped: ("Contacten weggelaten omdat het scenario is veranderd sinds je het speelde of hier niet meer is: ", "."),
        clear: "Mijn logboek met antwoorden leegmaken",
        clear_confirm: "Het logboek leegmaken? De contacten erin kun je daarna niet meer exporteren. Je beste scores blijven staan.",
        clear_yes: "Ja, leegmaken",
        cancel: "Annuleren",
        cleared: "Je logboek met antwoorden is nu leeg.",
    },
    body: &[
        ("De klant", "Elke klant heeft vier meters van 0 tot 100: stemming, geduld, vertrouwen en moeite (moeite is wat het contact de klant kost, dus lager is beter). Elk antwoord verandert ze. De eigenschappen van de klant bepalen hoe een antwoord valt: een snel antwoord bevalt een klant met haast en niet iemand die wil praten; warmte komt aan naarmate de klant erom vraagt; een praatje maakt een eenzame beller blij en ergert een gehaaste. Elke minuut kost een klant met haast geduld (snelheid ÷ 10 punten per minuut). Bij nul geduld hangt de klant op of vertrekt. De klant onthoudt: dezelfde aanpak nog eens telt minder, en terug naar een punt waar het gesprek al langskwam zet de klant terug waar die toen stond, iets vermoeider."),
        ("Kanalen", "Aan de telefoon kost elke seconde van een antwoord een klant met haast geduld. In een chat zijn de eerste 20 seconden van een antwoord gratis en telt de rest half: de klant doet iets anders terwijl jij typt. Een e-mail of een bericht op sociale media beantwoord je binnen een beloofde reactietijd (vier uur voor een e-mail, een uur voor een bericht, tenzij de casus iets anders zegt): daar kosten de minuten geen geduld, maar een antwoord nadat die termijn verstreken is, kost één keer stemming, vertrouwen en geduld. Bij een openbaar bericht lezen anderen mee: inleving en een oplossing krijgen hun bijval, standaardteksten, doorverwijzen en afschuiven leveren kritiek op, een privébericht beweegt niemand, en een klacht die nooit openbaar beantwoord wordt, telt tegen je. De nabespreking toont de reputatie die het oplevert."),
        ("Opnieuw spelen", "Bij elk contact ontmoet je de klant net even anders: een andere naam, een ander detail in het verhaal, andere woorden voor hetzelfde, en een klant die iets meer of minder haast heeft, warm is of veel verwacht. De keuzes en wat ze doen blijven gelijk, en de les ook: het beste pad, het pad van altijd het script volgen en het slechtste pad houden hun volgorde."),
        ("Scripts en procedure", "Een script volgen is neutraal bij een routinevraag; bij een ingewikkeld contact kost het stemming en vertrouwen, bij een klacht meer (Victorino, Verma en Wardell, 2013). Een identiteitscontrole is procedure, geen script. Geld of persoonsgegevens wijzigen zonder controle wordt onder elke huisregel gemarkeerd."),
        ("CSAT (1–5)", "Uit hoe het contact eindigde: 55% stemming (boven de 80 telt half: verwachtingen overtreffen voegt weinig toe), 20% weinig moeite, 25% een opgelost probleem, minder als het veel langer duurde dan de klant had. Een klant die het opgaf, geeft een 1. Moeite wegnemen weegt zwaarder dan verrassen (Dixon en anderen, 2010 en 2013)."),
        ("NPS (0–10)", "Volgt de CSAT: 7 waar CSAT 4 begint, 9 waar CSAT 5 begint; vertrouwen verschuift het een beetje. 9–10 is een promotor, 7–8 passief, 0–6 een criticaster."),
        ("Eerste keer goed", "De klant neemt over hetzelfde probleem geen contact meer op. Elk extra contact kost zo'n 15% tevredenheid; gemiddeld is zo'n 70% de eerste keer opgelost (SQM Group). Coulance helpt, met afnemende meeropbrengst: voorbij een gewoon gebaar levert elke euro minder op."),
        ("Het dashboard van je manager", "Gesprekstijd is je spreek- en wachttijd plus 30 seconden nawerk; doorverbinden beëindigt jouw deel vroeg. Als er op targets wordt gestuurd, ziet het dashboard die tegen de norm van 4,5 minuut (een ster minder per kwart erboven) en de scriptnaleving. Staat de klant centraal, dan ziet het de tevredenheid, een ster minder als de klant opnieuw contact zal opnemen, en een minder als de coulance boven de helft van het budget kwam: coulance is goed, binnen redelijke grenzen. Twee sterren minder voor een wijziging zonder controle."),
        ("Jouw stress", "Begint op 20, het rustniveau, en gaat mee van klant tot klant. Een deel hoort bij het werk, wat je ook zegt: op de vingers gekeken worden zonder zelf iets te mogen beslissen, werken onder een naam die niet de jouwe is, en de vriendelijkheid spelen die een script voorschrijft. Een klant die scheldt doet er nog een schep bovenop, minder als je zelf ruimte hebt om te handelen; net als van een verplicht script afwijken terwijl je wordt gevolgd, een oplossing zien die je niet mag toepassen, en over de klok heen gaan. Het probleem oplossen, zelf mogen handelen, de tijd hebben die de klant nodig heeft, even op adem komen tussen twee klanten en een pauze brengen je terug naar rust. Dit volgt onderzoek naar zeggenschap over je werk, monitoring, aangeleerde vriendelijkheid en agressie van klanten (Karasek 1979; Holman 2002; Grandey 2003; Grandey en anderen 2004)."),
        ("Waar jouw pad staat", "Het spel speelt elk mogelijk pad door het contact onder dezelfde huisregels en vergelijkt jouw CSAT ermee: het beste pad (hoogste CSAT, dan het goedkoopst), het pad van iemand die altijd het script volgt, en jouw percentiel onder de paden die niet in rondjes draaien."),
    ],
};

pub(super) fn channel(c: Channel) -> &'static str {
    match c {
        Channel::Phone => "Telefoon",
        Channel::Chat => "Chat",
        Channel::Email => "E-mail",
        Channel::Social => "Sociale media",
    }
}

pub(super) fn difficulty(d: Difficulty) -> &'static str {
    match d {
        Difficulty::Easy => "Makkelijk",
        Difficulty::Medium => "Gemiddeld",
        Difficulty::Hard => "Moeilijk",
    }
}

pub(super) const fn outcome(o: Outcome) -> &'static str {
    match o {
        Outcome::Resolved => "Opgelost",
        Outcome::Unresolved => "Niet opgelost",
        Outcome::GaveUp => "De klant gaf het op",
    }
}

// De dienst.

pub static SHIFT: Shift = Shift {
    title: "Je dienst",
    intro: "Zes klanten achter elkaar. Terwijl je praat, loopt de wachtrij vol: lange gesprekken laten de volgende klanten langer wachten, en die komen met minder geduld binnen. Je stress neem je mee van het ene gesprek naar het volgende; een korte pauze helpt.",
    start: "Begin een dienst van zes contacten",
    needs_policy: "Kies eerst een profiel en huisregels op het startscherm.",
    progress: "Afgehandelde contacten",
    waiting: "Klanten in de wacht",
    next_wait: "De volgende klant wacht al",
    stress: "Jouw stress",
    strain_sources: "Waar die vandaan kwam",
    next: "Neem de volgende klant aan",
    resume: "Terug naar de huidige klant",
    take_break: "Neem tien minuten pauze",
    report: "Einde van de dienst",
    finish: "Rapport bewaren en dienst afsluiten",
    history: "Eerdere diensten",
    contacts_handled: "Afgehandelde contacten",
    average_handle_time: "Gemiddelde gesprekstijd",
    average_wait: "Gemiddelde wachttijd voor opnemen",
    csat: "CSAT",
    nps: "NPS (promotors min criticasters)",
    first_time: "In één keer opgelost",
    repeat_contacts: "Veroorzaakte herhaalcontacten",
    goodwill: "Coulance uitgegeven",
    stress_chart: "Jouw stress tijdens de dienst",
    csat_chart: "CSAT per klant",
};

pub(super) fn stress_summary(values: &str) -> String {
    format!("Stress per moment: {values}")
}

// De managerpagina.

pub static MANAGER: Manager = Manager {
    title: "Een week in het contactcenter",
    intro: "Simuleer een heel centrum met hetzelfde klantmodel als het spel: wachtrijen, wachtende klanten die ophangen, herhaalcontacten door onopgeloste gesprekken, en de stress van medewerkers. De standaard is de situatie bij Wehkamp: 65 medewerkers, 12.500 gesprekken per week.",
    agents: "Medewerkers",
    calls: "Gesprekken per week",
    hours: "Telefoonuren per medewerker per week",
    weeks: "Weken",
    seed: "Startgetal (zelfde getal, zelfde uitkomst)",
    open_days: "Dagen open per week (vanaf maandag)",
    open_hour: "Open vanaf (uur)",
    close_hour: "Dicht om (uur)",
    shape: "Gesprekken over de dag",
    mix: "Hoe medewerkers antwoorden",
    mix_policy: "Zoals de huisregels hen sturen",
    mix_scripted: "Vooral volgens het script",
    mix_empathetic: "Vooral met empathie en eigen oordeel",
    run: "Simuleer beide huisregels",
    results: "Uitkomsten",
    per_day: "Servicelevel per dag (binnen 20 s opgenomen)",
    erlang: "Voorspelling van Erlang C bij dezelfde belasting",
    attrition: "Verlooprisico van medewerkers per jaar",
    days: ["ma", "di", "wo", "do", "vr", "za", "zo"],
    offered: "Aangeboden contacten",
    answered: "Beantwoord",
    service_level: "Servicelevel (20 s)",
    average_speed_of_answer: "Gemiddelde wachttijd",
    abandoned: "Opgehangen in de wacht",
    average_handle_time: "Gemiddelde gesprekstijd",
    csat: "CSAT",
    nps: "NPS",
    first_contact_resolution: "Eerste keer goed",
    repeat_contacts: "Herhaalcontacten",
    goodwill: "Coulance",
    cost: "Kosten (tijd + coulance)",
    agent_stress: "Stress medewerkers",
};

pub(super) fn shape_name(s: ArrivalShape) -> &'static str {
    match s {
        ArrivalShape::MorningPeak => "Drukst halverwege de ochtend",
        ArrivalShape::Even => "Gelijk over de dag",
        ArrivalShape::EveningPeak => "Oplopend naar de avond",
    }
}

pub(super) fn computed(ms: u32) -> String {
    format!("Berekend in {ms} ms")
}

// De scenariowerkplaats.

pub static WORKSHOP: Workshop = Workshop {
    title: "Scenariowerkplaats",
    intro: "Schrijf een contact voor je eigen bedrijf, controleer het, probeer het uit en deel het. Importeer een Frontline-JSON-bestand, een Twee 3-bestand of een gepubliceerd Twine 2-verhaal. Dezelfde engine als in het spel controleert het, en het blijft alleen in deze browser.",
    import_heading: "Scenario importeren",
    choose_file: "Kies een bestand",
    drop_hint: "of sleep een bestand hierheen",
    formats: "Frontline-JSON (.json), Twee 3 (.twee, .tw) of een gepubliceerd Twine 2-verhaal (.html); hoogstens 4 MB.",
    added: ("", " staat nu bij je eigen scenario's en in de lijst van het spel."),
    replaced: ("", " vervangt je eerdere versie met hetzelfde id."),
    play_hint: "Speel het vanuit de scenariolijst van het spel, of bekijk hieronder de kaart.",
    fix_and_retry: "Het scenario is niet toegevoegd. Los dit op in het bestand en importeer het opnieuw; de kaart hieronder laat zien waar het zit.",
    not_kept: "Het scenario is niet toegevoegd.",
    storage_full: "De opslag van deze browser is vol, dus het scenario is niet bewaard. Exporteer en verwijder scenario's die je niet meer nodig hebt en probeer het opnieuw.",
    too_big: "Het bestand is groter dan 4 MB, de grens voor een scenario.",
    unreadable_file: "Het bestand kon niet als tekst worden gelezen.",
    own_heading: "Je eigen scenario's",
    none_yet: "Nog geen: importeer hierboven een bestand.",
    play: "Spelen",
    show_map: "Kaart",
    export: "Exporteren",
    export_twee: "Exporteren voor Twine",
    starter: "Download het beginverhaal voor Twine",
    starter_hint: "Een kort verhaal in beide talen, met uitleg: open het in Twine (Library, Import), pas het aan, exporteer het als Twee en importeer het hier.",
    archive_more: "Dit Twine-archief bevat meer verhalen. Wil je liever een ander importeren, kies het dan:",
    import_named: ("„", "” importeren"),
    delete: "Verwijderen",
    delete_confirm: "Uit deze browser verwijderen? Exporteer het eerst als je een kopie wilt houden.",
    cancel: "Annuleren",
    deleted: "Verwijderd",
    own_broken: "kan door deze versie van Frontline niet gespeeld worden; het blijft bewaard zodat je het kunt exporteren",
    set_aside: "Je opgeslagen scenario's konden niet worden gelezen. Ze zijn bewaard onder deze opslagsleutel en de werkplaats begint met een lege lijst:",
    dismiss: "Sluiten",
    map_heading: "Kaart",
    map_scenario: "Scenario voor de kaart",
    just_imported: "het bestand dat je net importeerde",
    view: "Weergave",
    graph: "Schema",
    list: "Lijst",
    overlay_policy: "Paden onder huisregels",
    best_path: "Beste pad",
    script_path: "Pad met alleen scripts",
    played_path: "Je laatst gespeelde pad",
    no_played_path: "nog niet tot het eind gespeeld",
    overlay_needs_valid: "Paden worden getekend zodra het scenario geen problemen meer heeft.",
    start: "begin",
    ending: "einde",
    problem: "probleem",
    unreachable: "onbereikbaar",
    leads_to: "gaat naar",
    missing_node: "een knoop die niet bestaat",
    graph_desc: "Elk vak is een moment in het contact, van boven naar beneden vanaf het begin; lijnen zijn de antwoorden van de medewerker. De lijstweergave geeft dezelfde kaart als tekst.",
    legend: "Legenda",
    loading: "Scenario's worden geladen…",
};

pub(super) fn location(at: &Location) -> String {
    match at {
        Location::File { line, column } => format!("Regel {line}, kolom {column}"),
        Location::Scenario => "Het scenario".into(),
        Location::Node { node } => format!("Knoop '{node}'"),
        Location::Choice { node, choice } => format!("Knoop '{node}', keuze '{choice}'"),
        Location::Centre => "Het centrum".into(),
        Location::Track => "Het traject".into(),
        Location::Step { step } => format!("Stap {step}"),
    }
}

pub(super) fn more_like_this(n: usize, places: &str) -> String {
    if places.is_empty() {
        format!("(nog {n} van deze soort)")
    } else {
        format!("(nog {n} van deze soort, ook bij {places})")
    }
}

pub(super) fn warnings_kept(n: usize) -> String {
    if n == 1 {
        "1 waarschuwing om naar te kijken: het scenario werkt, maar misschien wil je dit aanpassen."
            .into()
    } else {
        format!("{n} waarschuwingen om naar te kijken: het scenario werkt, maar misschien wil je deze aanpassen.")
    }
}

pub(super) fn problems_in(n: usize, file: &str) -> String {
    format!("{n} problemen in {file}")
}

pub(super) fn map_summary(title: &str, nodes: usize, endings: usize, problems: usize) -> String {
    format!("{title}: {nodes} knopen, {endings} eindes, {problems} problemen")
}

pub(super) fn style(s: Style) -> &'static str {
    match s {
        Style::Scripted => "script",
        Style::Empathetic => "empathisch",
        Style::Autonomous => "zelfstandig",
        Style::Efficient => "efficiënt",
        Style::Escalate => "doorzetten",
        Style::Deflect => "afschuiven",
    }
}

// De eigen trajecten in de werkplaats.

pub static TRACK_WORKSHOP: TrackWorkshop = TrackWorkshop {
    heading: "Je eigen trajecten",
    intro: "Een traject is een vaste route langs gesprekken, met een regel voor wanneer het beheerst is. Cursisten in deze browser vinden je trajecten op de pagina met trajecten, naast de meegeleverde, en spelen ze stap voor stap.",
    none_yet: "Nog geen: maak er hieronder een, of importeer een trajectbestand.",
    import_label: "Trajectbestand importeren",
    import_hint: "Een traject dat uit een Frontline-werkplaats is geëxporteerd (.json). Een traject met de id van een bewaard traject vervangt dat.",
    new_heading: "Een traject maken",
    edit_heading: "Traject bewerken",
    title: ("Titel in het Engels", "Titel in het Nederlands"),
    description: ("Beschrijving in het Engels", "Beschrijving in het Nederlands"),
    one_language: "Vul als het kan beide talen in. Vul je er maar één in, dan toont het traject die tekst in beide talen, en meldt de controle dat de vertaling ontbreekt.",
    minutes: "Ongeveer hoeveel minuten het duurt",
    id: "Bewaard onder de id",
    steps_heading: "Stappen, op volgorde",
    no_steps: "Nog geen stappen: voeg hieronder een gesprek of een korte dienst toe.",
    add_contact_heading: "Een gesprek toevoegen",
    scenario: "Scenario",
    shipped_group: "Meegeleverd met Frontline",
    own_group: "Je eigen scenario's",
    house_rules: "Huisregels",
    add_contact: "Dit gesprek toevoegen",
    add_shift_heading: "Een korte dienst toevoegen",
    shift_contacts: "Klanten in de dienst",
    add_shift: "Deze dienst toevoegen",
    move_up: "Omhoog",
    move_down: "Omlaag",
    remove: "Weghalen",
    mastery_heading: "Wanneer is het beheerst?",
    mastery_average: "Gemiddelde CSAT minstens",
    mastery_no_minimum: "geen minimum: elke stap afmaken is genoeg",
    mastery_on: "Gemiddelde over de stappen onder",
    mastery_all: "alle huisregels",
    save: "Traject bewaren",
    clear: "Nieuw traject beginnen",
    kept: ("", " staat nu bij je eigen trajecten. Cursisten vinden het op de pagina met trajecten."),
    replaced: ("", " vervangt je eerdere versie met dezelfde id."),
    warnings: "Het bekijken waard:",
    not_kept: "Het traject is niet bewaard. Los dit op en bewaar het opnieuw:",
    file_not_kept: "Het trajectbestand is niet bewaard. Los dit op in het bestand en importeer het opnieuw:",
    storage_full: "De opslag van deze browser is vol, dus het traject is niet bewaard. Exporteer en verwijder wat je niet meer nodig hebt en probeer het opnieuw.",
    deleted: "Traject verwijderd",
    edit: "Bewerken",
    open: "Openen bij de trajecten",
    broken: "is nu niet te spelen; het blijft bewaard zodat je het kunt exporteren of verbeteren",
    set_aside: "Je opgeslagen trajecten konden niet worden gelezen. Ze zijn bewaard onder deze opslagsleutel en de lijst begint leeg:",
    checking: "Je trajecten worden gecontroleerd tegen de scenario's…",
};

pub(super) fn step_count(n: usize) -> String {
    match n {
        1 => "1 stap".to_string(),
        n => format!("{n} stappen"),
    }
}

pub static TRAINER: Trainer = Trainer {
    title: "De resultaten van je groep",
    intro: "Welke antwoorden je groep op elk punt kiest, waar de meesten de mist in gaan en hoe ze spelen onder de twee soorten huisregels: gelezen uit de statements die het spel naar je learning record store stuurde, of uit de bestanden die cursisten hebben geëxporteerd.",
    from_lrs: "Uit een learning record store (LRS)",
    endpoint: "Adres van de LRS (xAPI-endpoint)",
    key: "Sleutel of gebruikersnaam (leesrechten)",
    secret: "Geheim of wachtwoord",
    since: "Vanaf (niet verplicht)",
    until: "Vóór (niet verplicht)",
    kept: "Wordt alleen in dit tabblad bewaard, tot je het sluit.",
    load: "Laden uit de LRS",
    from_files: "Uit bestanden die cursisten hebben geëxporteerd",
    files: "Statementbestanden (.json)",
    fail_endpoint: "Vul het adres van de LRS in, beginnend met https:// (of http://).",
    fail_credentials: "De LRS accepteert deze sleutel en dit geheim niet. Controleer ze: ze moeten statements mogen lezen.",
    fail_unreachable: "Op dit adres reageert niets. Controleer het adres en of de LRS draait en vanaf dit netwerk bereikbaar is.",
    group: "De groep",
    pick_scenario: "Scenario en huisregels",
    map_hint: "Bij elke pijl staat welk deel van de groep op dat punt dat antwoord gaf; hoe dikker, hoe vaker. Kies een punt om te zien wat daar is geantwoord.",
    map_list: "De antwoorden op elk punt",
    close: "Sluiten",
    common_paths: "De routes die de meesten namen",
    unfinished: "niet afgemaakt",
    csat_chart: "CSAT per soort huisregels",
    mistakes: "De meest gemaakte fouten",
    no_mistakes: "Iedereen volgde de beste route.",
    plays: "Klantcontacten",
    completions: "Afgerond",
    mean_csat: "Gemiddelde CSAT",
    handle_time: "Gemiddelde afhandeltijd",
    goodwill: "Gemiddelde coulance",
    per_trainee: "Resultaten per cursist tonen",
    per_trainee_note: "Alleen als het nodig is: de ondernemingsraad en de AVG verwachten dat je eerst naar de groep als geheel kijkt.",
    pseudonymise: "Pseudonimiseren: codes in plaats van namen, hier en in de CSV",
    trainee: "Cursist",
    not_played: "niet gespeeld",
    started: "begonnen",
    export: "Exporteren als CSV",
    none_yet: "Nog geen statements geladen.",
    outside_track: "buiten een leerroute",
};

pub fn reading(statements: u64, pages: usize) -> String {
    format!(
        "Bezig met lezen… tot nu toe {statements} statements uit {pages} pagina's of bestanden."
    )
}

pub fn replaying(done: usize, total: usize) -> String {
    format!("De klantcontacten worden nagespeeld… {done} van {total}.")
}

pub fn fail_cors(origin: &str) -> String {
    format!("De LRS is bereikbaar, maar laat deze pagina niet meelezen (CORS). Vraag de beheerder om het adres van deze pagina toe te staan: {origin}")
}

pub fn fail_status(status: u16) -> String {
    format!("De LRS gaf een foutmelding (HTTP {status}). Probeer het later nog eens, of vraag het de beheerder.")
}

pub fn fail_unreadable(why: &str) -> String {
    format!("Dit zijn geen statements die deze pagina kan lezen: {why}")
}

pub fn fail_library(why: &str) -> String {
    format!("De scenario's konden niet worden geladen, dus de antwoorden kunnen niet worden nagespeeld: {why}")
}

pub fn loaded(statements: u64, contacts: u64, trainees: usize) -> String {
    let t = if trainees == 1 {
        "cursist"
    } else {
        "cursisten"
    };
    format!("{statements} statements gelezen: {contacts} klantcontacten van {trainees} {t}.")
}

pub fn left_aside(unknown: u64, not_replayed: u64, unreadable: u64) -> String {
    format!("Buiten beschouwing gelaten: {unknown} antwoorden in scenario's of huisregels die deze pagina niet kent, {not_replayed} reeksen antwoorden die niet na te spelen zijn op het scenario zoals het nu is, {unreadable} onleesbare statements.")
}

pub fn share(count: u64, total: u64) -> String {
    let pct = (count * 100 + total / 2).checked_div(total).unwrap_or(0);
    format!("{pct}% ({count} van {total})")
}

pub fn mistake(prompt: &str, chosen: &str, best: &str, count: u64, plays: u64) -> String {
    format!("Bij „{prompt}” antwoordden {count} van de {plays} klantcontacten „{chosen}” in plaats van „{best}”.")
}

pub fn csat_bar(csat: usize, count: u64, total: u64) -> String {
    format!("CSAT {csat}: {}", share(count, total))
}

pub fn path_taken(count: u64) -> String {
    if count == 1 {
        "1 klantcontact".to_string()
    } else {
        format!("{count} klantcontacten")
    }
}

pub fn best_csat(csat: u8) -> String {
    format!("beste CSAT {csat}")
}
