//! English: every word the UI shows, one section per page.

#[cfg(not(target_arch = "wasm32"))]
use super::Play;
use super::{
    Export, Game, Manager, Scores, Shell, Shift, TrackWorkshop, Tracks, Trainer, Workshop,
};
use crate::engine::centre::week::ArrivalShape;
use crate::engine::check::diagnostic::Location;
use crate::engine::model::scenario::{Channel, Difficulty, Outcome, Style};

pub static SHELL: Shell = Shell {
    name: "English",
    language: "Language",
    menu: "Main menu",
    skip: "Skip to content",
    back_to_game: "Back to the game",
};

// The game.

pub static GAME: Game = Game {
    app_name: "Frontline",
    tagline: "Customer contacts, played under the house rules you choose.",
    nav_home: "Home",
    nav_scores: "How the scores work",
    nav_manager: "For managers: a whole centre",
    nav_workshop: "Scenario workshop",
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
    words_failed: "The words of this screen could not be loaded. Check the connection, then reload the page.",
    load_error: "A scenario could not be loaded",
    storage_notice: ("Saved data in this browser could not be read, so the game started clean. Nothing was deleted: the old data is kept aside under the key ", "."),
    dismiss: "Dismiss",
    back_to_shift: "Back to your shift",
    shift_link: "Or work a shift: several customers in a row, with a queue",
    workshop_link: "Trainers: write or import your own scenarios",
    own_badge: "Your own",
    other_language: "In Dutch",
    own_unreadable: "Your own scenarios could not be read. Open the scenario workshop: it keeps a copy and explains.",
    log_full: "Your answer log is full. Export and clear it under “How the scores work”.",
    locked: "Locked",
    debrief_title: "Debrief",
    play_again: "Play again",
    back_to_list: "Back to the contacts",
    no_debrief: "No finished contact to show yet.",
    contact_outdated: "This contact was started on an earlier version of the scenario, which has changed since, so it cannot be resumed.",
    tracks_heading: "Tracks",
    tracks_intro: "A set route through the contacts, step by step: onboarding for new colleagues, or three calls for anyone on phone duty. Or go to the contacts above and play any of them freely.",
    tracks_needs_profile: "Create a profile first to follow a track.",
    track_open: "Choose a track",
    discussion_heading: "To discuss with your team lead",
    back_to_track: "Back to the track",
    best_older: " (scored by an earlier version of the model)",
};

// The screens after the start, fetched (`Play`).

#[cfg(not(target_arch = "wasm32"))]
pub static PLAY: Play = Play {
    you: "You",
    customer_typing: "{} is typing…",
    your_answer: "Your answer",
    keys_hint: "Press 1–5 to answer.",
    mood: "Mood",
    patience: "Patience",
    clock: "Handle time",
    target: "target",
    over_target: "over target",
    alias: "On this line you are {}",
    wrote: "Written",
    ago: "ago",
    just_now: "just now",
    reply_within: "Reply promised within",
    left: "{} left",
    promise_run_out: "the promise has run out",
    late_replies: "Late replies",
    hours: "h",
    onlookers: "Onlookers",
    watching: "watching",
    private_reply: "Private message",
    customer_left: "The customer has left the conversation.",
    stuck: "You have no way forward under these house rules.",
    to_debrief: "See the debrief",
    under_policy: "House rules",
    objective: "What this contact is about",
    manager_card: "What your manager's dashboard saw",
    customer_card: "What the customer felt",
    handle_time: "Handle time",
    adherence: "Script adherence",
    per_hour: "Contacts per hour at this pace",
    goodwill: "Goodwill spent",
    rating: "Dashboard rating",
    transfers: "Handed on",
    unverified_change: "Changed before an identity check",
    reputation: "Reputation with onlookers",
    csat: "CSAT",
    nps: "NPS",
    fcr: "Resolved in this contact",
    effort: "Customer effort",
    yes: "yes",
    no: "no",
    stress: "Your stress",
    strain_sources: "Where it came from",
    mood_chart: "The customer's mood, answer by answer",
    your_choices: "Your answers",
    standing: "Where your path stands",
    best_path: "Best possible path",
    script_path: "Always following the script",
    worst_path: "Worst path",
    play_other: "Play under the other house rules",
    views_disagree: "The dashboard and the customer tell different stories here.",
    mood_furious: "furious",
    mood_upset: "upset",
    mood_neutral: "neutral",
    mood_calm: "calm",
    mood_happy: "happy",
    patience_giving_up: "about to give up",
    patience_low: "running low",
    patience_fine: "fine",
    onlookers_strongly_against: "strongly against you",
    onlookers_against: "mostly against you",
    onlookers_divided: "divided",
    onlookers_for: "mostly on your side",
    onlookers_strongly_for: "strongly on your side",
    promoter: "promoter",
    passive: "passive",
    detractor: "detractor",
    resolved: outcome(Outcome::Resolved),
    unresolved: outcome(Outcome::Unresolved),
    gave_up: outcome(Outcome::GaveUp),
    needs_authority: "Needs authority you do not have here: to {}.",
    authority_goodwill: "hand out goodwill",
    authority_competitor_order: "order from a competitor",
    authority_own_the_case: "keep and follow up a case yourself",
    authority_direct_specialist: "put a customer straight through to a specialist",
    authority_speak_freely: "say who and where you really are",
    only_under_policy: "Only possible under other house rules.",
    not_under_policy: "Not allowed under these house rules.",
    meter_too_low: "The customer's {} is not high enough yet (needs {}).",
    meter_too_high: "The customer's {} is too high for this (at most {}).",
    meter_mood: "mood",
    meter_patience: "patience",
    meter_trust: "trust",
    meter_effort: "effort",
    over_goodwill: "Costs €{} in goodwill; your budget here has €{} left.",
    mood_summary:
        "Customer mood: started at {}, ended at {}; lowest {}, highest {}, over {} answers.",
    path_standing: "With a CSAT of {} your path is at percentile {} of all {} possible paths{}.",
    sampled: " (sampled)",
    hear_customer: "Hear the customer (read aloud)",
    stop_voice: "Stop reading aloud",
    no_voice: "This browser has no voice for this language: the customer's lines stay text only.",
};

// How the scores work.

// The tracks.

pub static TRACKS: Tracks = Tracks {
    list_intro: "Pick a track. Its steps open one after the other, and the track remembers how far you are.",
    mastered: "Mastered",
    steps_heading: "Steps",
    next: "Next",
    locked: "Opens when the steps before it are done",
    done: "Done",
    start: "Start",
    again: "Play again",
    complete_heading: "Track complete",
    complete_mastered: "Well done: you met what this track asks.",
    complete_not_mastered: "Every step is done, but your average is below what this track asks. Play a step again to improve it.",
    average: "Your average",
    learned_heading: "What you practised",
    results_heading: "Your results",
    back_to_start: "Back to the start",
    not_found: "There is no such track.",
    own: "Your own",
    own_unreadable: "Your own tracks could not be read. Open the scenario workshop: it keeps a copy and explains.",
};

pub(super) fn minutes(n: u32) -> String {
    format!("about {n} minutes")
}

pub(super) fn steps_done(done: usize, total: usize) -> String {
    format!("{done} of {total} steps done")
}

pub(super) fn step_contact(title: &str, policy: &str) -> String {
    format!("{title}, under {policy}")
}

pub(super) fn step_shift(contacts: u32, policy: &str) -> String {
    format!("A shift of {contacts} customers, under {policy}")
}

pub(super) fn csat_tenths(tenths: u8) -> String {
    format!("CSAT {}.{}", tenths / 10, tenths % 10)
}

pub(super) fn mastery_rule(min_tenths: Option<u8>, policy: Option<&str>) -> String {
    match (min_tenths, policy) {
        (None, _) => "To master it: finish every step.".to_string(),
        (Some(t), None) => format!("To master it: finish every step, with an average CSAT of at least {}.{}.", t / 10, t % 10),
        (Some(t), Some(p)) => format!("To master it: finish every step, with an average CSAT of at least {}.{} on the steps under {p}.", t / 10, t % 10),
    }
}

pub static SCORES: Scores = Scores {
    title: "How the scores work",
    export: Export {
        heading: "Your answers, for your trainer",
        about: "Every contact you finish in this browser is kept in your answer log. Download it as xAPI statements (JSON: every answer and each contact's outcome, for a learning record store or your trainer's tools) or as a summary with one row per contact (CSV, for a spreadsheet). The files are made here and saved on your device: nothing is sent anywhere.",
        needs_profile: "Choose or create a profile in the game first: the log is kept per profile.",
        empty: "Your log is empty: finish a contact first.",
        count: "Contacts in your log: ",
        full: "Your log is full, or could not be read: the contacts you finish now are not kept in it. Download both files, then clear the log to keep logging.",
        xapi: "Export my answers (xAPI, JSON)",
        csv: "Summary for my trainer (CSV)",
        loading: "Loading the scenarios…",
        saved: "Saved: ",
        skipped: ("Contacts left out because their scenario changed since you played it or is no longer here: ", "."),
        clear: "Clear my answer log",
        clear_confirm: "Clear the log? The contacts in it cannot be exported after this. Your best scores stay.",
        clear_yes: "Yes, clear it",
        cancel: "Cancel",
        cleared: "Your answer log is empty now.",
    },
    body: &[
        ("The customer", "Every customer has four meters from 0 to 100: mood, patience, trust and effort (effort is what the contact costs them, so lower is better). Each answer changes them. The customer's traits change how an answer lands: a quick answer pleases a customer in a hurry and not one who wants a chat; warmth lands in proportion to how much the customer wants it; small talk delights a lonely caller and annoys a hurried one. Every minute costs a hurried customer patience (speed ÷ 10 points a minute). At zero patience they hang up or leave. The customer remembers: the same approach again counts for less, and going back to a point already passed puts them back where they were then, a little more tired."),
        ("Channels", "On the phone every second of an answer wears on a hurried customer's patience. In a chat the first 20 seconds of an answer are free and the rest count half: the customer does something else while you type. An e-mail or a social post is answered against a promised response time (four hours for an e-mail, one hour for a post, unless the case says otherwise): there the minutes cost no patience, but a reply after the promise has run out costs mood, trust and patience once. On a public post others are watching: empathy and a solution win their approval, templates, hand-offs and deflection draw criticism, a private message moves no one, and a complaint never answered in public counts against you. The debrief shows the reputation it leaves."),
        ("Playing again", "Each contact meets the customer a little differently: another name, another detail of the story, other words for the same thing, and a customer a little more or less hurried, warm or demanding. The choices and what they do stay the same, and so does the lesson: the best path, the path of always following the script and the worst path keep their order."),
        ("Scripts and procedure", "Following a script is neutral in a routine contact; in a complex contact it costs mood and trust, in a complaint more (Victorino, Verma and Wardell, 2013). An identity check is procedure, not script. Changing money or personal data before one is flagged under any house rules."),
        ("CSAT (1–5)", "From how the contact ended: 55% mood (above 80 counts half: going beyond expectations adds little), 20% low effort, 25% a solved issue, less when it took far longer than the customer had. A customer who gave up scores 1. Reducing effort matters more than delight (Dixon and others, 2010 and 2013)."),
        ("NPS (0–10)", "Follows CSAT: 7 where CSAT 4 starts, 9 where CSAT 5 starts; trust moves it a little. 9–10 is a promoter, 7–8 passive, 0–6 a detractor."),
        ("First-contact resolution", "The customer does not contact again about the same issue. Each extra contact costs about 15% of satisfaction; the average is about 70% resolved first time (SQM Group). Goodwill helps, with diminishing returns: beyond a usual gesture, each euro buys less."),
        ("The manager's dashboard", "Handle time is your talk and hold time plus 30 seconds of after-call work; a transfer ends your part early. Under target-driven rules the dashboard sees it against the 4.5-minute target (one star less for every quarter over) and script adherence. Under customer-first rules it sees satisfaction, one star less when the customer will contact again, and one less when goodwill went past half the budget: goodwill is good, within reason. Two stars less for an unchecked change."),
        ("Your stress", "Starts at 20, the resting level, and carries over through a shift. Some of it comes with the job whatever you say: being watched closely with little say over your work, working under a name that is not your own, and putting on the friendliness a script asks for. Abuse from the customer adds to it, less so when you have room to act; so do leaving a mandatory script while monitored, seeing a fix you may not apply, and running over the clock. Solving the problem, acting on your own authority, having the time the customer needs, a breather between customers and a break bring it back towards rest. This follows research on job control, monitoring, surface acting and customer aggression (Karasek 1979; Holman 2002; Grandey 2003; Grandey and others 2004)."),
        ("Where your path stands", "The game plays every possible path through the contact under the same house rules and compares your CSAT with them: the best path (highest CSAT, then cheapest), the path of someone who always follows the script, and your percentile among the paths that do not go round in circles."),
    ],
};

pub(super) fn channel(c: Channel) -> &'static str {
    match c {
        Channel::Phone => "Phone",
        Channel::Chat => "Chat",
        Channel::Email => "E-mail",
        Channel::Social => "Social media",
    }
}

pub(super) fn difficulty(d: Difficulty) -> &'static str {
    match d {
        Difficulty::Easy => "Easy",
        Difficulty::Medium => "Medium",
        Difficulty::Hard => "Hard",
    }
}

pub(super) const fn outcome(o: Outcome) -> &'static str {
    match o {
        Outcome::Resolved => "Resolved",
        Outcome::Unresolved => "Not resolved",
        Outcome::GaveUp => "The customer gave up",
    }
}

// The shift page.

pub static SHIFT: Shift = Shift {
    title: "Your shift",
    intro: "Six customers in a row. While you talk, the queue keeps filling: long contacts make the next customers wait longer, and they arrive with less patience. Your stress carries over from one contact to the next; a short break helps.",
    start: "Start a shift of six contacts",
    needs_policy: "Choose a profile and house rules on the start screen first.",
    progress: "Contacts handled",
    waiting: "Customers waiting now",
    next_wait: "The next customer has waited",
    stress: "Your stress",
    strain_sources: "Where it came from",
    next: "Take the next customer",
    resume: "Back to the current customer",
    take_break: "Take a ten-minute break",
    report: "End of shift",
    finish: "Save the report and end the shift",
    history: "Earlier shifts",
    contacts_handled: "Contacts handled",
    average_handle_time: "Average handle time",
    average_wait: "Average wait before you picked up",
    csat: "CSAT",
    nps: "NPS (promoters minus detractors)",
    first_time: "Resolved first time",
    repeat_contacts: "Repeat contacts caused",
    goodwill: "Goodwill spent",
    stress_chart: "Your stress over the shift",
    csat_chart: "CSAT per customer",
};

pub(super) fn stress_summary(values: &str) -> String {
    format!("Stress at each step: {values}")
}

// The manager page.

pub static MANAGER: Manager = Manager {
    title: "A week in the contact centre",
    intro: "Simulate a whole centre with the same customer model as the game: queues, waiting customers who hang up, repeat contacts from unresolved calls, and the agents' stress. Defaults are the Wehkamp figures: 65 agents, 12,500 calls a week.",
    agents: "Agents",
    calls: "Calls per week",
    hours: "Phone hours per agent per week",
    weeks: "Weeks",
    seed: "Seed (same seed, same result)",
    open_days: "Days open per week (from Monday)",
    open_hour: "Opens at (hour)",
    close_hour: "Closes at (hour)",
    shape: "Calls over the day",
    mix: "How agents answer",
    mix_policy: "As the house rules push them",
    mix_scripted: "Mostly from the script",
    mix_empathetic: "Mostly with empathy and own judgement",
    run: "Simulate both house rules",
    results: "Results",
    per_day: "Service level per day (answered within 20 s)",
    erlang: "Erlang C prediction for the same load",
    attrition: "Agent attrition risk per year",
    days: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    offered: "Contacts offered",
    answered: "Answered",
    service_level: "Service level (20 s)",
    average_speed_of_answer: "Average speed of answer",
    abandoned: "Abandoned",
    average_handle_time: "Average handle time",
    csat: "CSAT",
    nps: "NPS",
    first_contact_resolution: "First-contact resolution",
    repeat_contacts: "Repeat contacts",
    goodwill: "Goodwill",
    cost: "Cost (agent time + goodwill)",
    agent_stress: "Agent stress",
};

pub(super) fn shape_name(s: ArrivalShape) -> &'static str {
    match s {
        ArrivalShape::MorningPeak => "Busiest mid-morning",
        ArrivalShape::Even => "Even over the day",
        ArrivalShape::EveningPeak => "Building to the evening",
    }
}

pub(super) fn computed(ms: u32) -> String {
    format!("Computed in {ms} ms")
}

// The scenario workshop.

pub static WORKSHOP: Workshop = Workshop {
    title: "Scenario workshop",
    intro: "Write a contact for your own company, check it, try it and share it. Import a Frontline JSON file, a Twee 3 file or a published Twine 2 story. It is checked by the same engine the game uses, and kept only in this browser.",
    import_heading: "Import a scenario",
    choose_file: "Choose a file",
    drop_hint: "or drop a file here",
    formats: "Frontline JSON (.json), Twee 3 (.twee, .tw) or a published Twine 2 story (.html); at most 4 MB.",
    added: ("", " is now in your scenarios and in the game's list."),
    replaced: ("", " replaced your earlier version with the same id."),
    play_hint: "Play it from the game's scenario list, or look at its map below.",
    fix_and_retry: "The scenario was not added. Fix these in the file and import it again; the map below shows where they are.",
    not_kept: "The scenario was not added.",
    storage_full: "This browser's storage is full, so the scenario was not kept. Export and delete scenarios you no longer need, then try again.",
    too_big: "The file is larger than 4 MB, the limit for a scenario.",
    unreadable_file: "The file could not be read as text.",
    own_heading: "Your scenarios",
    none_yet: "None yet: import a file above.",
    play: "Play",
    show_map: "Map",
    export: "Export",
    export_twee: "Export for Twine",
    starter: "Download the starter story for Twine",
    starter_hint: "A short story in both languages, with comments: open it in Twine (Library, Import), change it, export it as Twee and import it here.",
    archive_more: "This Twine archive holds more stories. To import another one instead, pick it:",
    import_named: ("Import “", "”"),
    delete: "Delete",
    delete_confirm: "Delete it from this browser? Export it first if you want to keep a copy.",
    cancel: "Cancel",
    deleted: "Deleted",
    own_broken: "cannot be played by this version of Frontline; it is kept so you can export it",
    set_aside: "Your stored scenarios could not be read. They were kept under this storage key, and the workshop starts with an empty list:",
    dismiss: "Dismiss",
    map_heading: "Map",
    map_scenario: "Scenario to map",
    just_imported: "the file you just imported",
    view: "View",
    graph: "Graph",
    list: "List",
    overlay_policy: "Paths under house rules",
    best_path: "Best path",
    script_path: "All-script path",
    played_path: "Your last played path",
    no_played_path: "not played to the end yet",
    overlay_needs_valid: "Paths are drawn once the scenario has no problems.",
    start: "start",
    ending: "ending",
    problem: "problem",
    unreachable: "unreachable",
    leads_to: "leads to",
    missing_node: "a node that does not exist",
    graph_desc: "Each box is a moment in the contact, top to bottom from the start; lines are the agent's answers. The list view has the same map as text.",
    legend: "Legend",
    loading: "Loading the scenarios…",
};

pub(super) fn location(at: &Location) -> String {
    match at {
        Location::File { line, column } => format!("Line {line}, column {column}"),
        Location::Scenario => "The scenario".into(),
        Location::Node { node } => format!("Node '{node}'"),
        Location::Choice { node, choice } => format!("Node '{node}', choice '{choice}'"),
        Location::Centre => "The centre".into(),
        Location::Track => "The track".into(),
        Location::Step { step } => format!("Step {step}"),
    }
}

pub(super) fn more_like_this(n: usize, places: &str) -> String {
    if places.is_empty() {
        format!("({n} more like this)")
    } else {
        format!("({n} more like this, also at {places})")
    }
}

pub(super) fn warnings_kept(n: usize) -> String {
    if n == 1 {
        "1 warning worth a look: the scenario plays, but you may want to change this.".into()
    } else {
        format!("{n} warnings worth a look: the scenario plays, but you may want to change these.")
    }
}

pub(super) fn problems_in(n: usize, file: &str) -> String {
    format!("{n} problems in {file}")
}

pub(super) fn map_summary(title: &str, nodes: usize, endings: usize, problems: usize) -> String {
    format!("{title}: {nodes} nodes, {endings} endings, {problems} problems")
}

pub(super) fn style(s: Style) -> &'static str {
    match s {
        Style::Scripted => "scripted",
        Style::Empathetic => "empathetic",
        Style::Autonomous => "autonomous",
        Style::Efficient => "efficient",
        Style::Escalate => "escalate",
        Style::Deflect => "deflect",
    }
}

// The workshop's own tracks.

pub static TRACK_WORKSHOP: TrackWorkshop = TrackWorkshop {
    heading: "Your own tracks",
    intro: "A track is a set route through contacts, with a rule for when it is mastered. Trainees in this browser find your tracks on the tracks page, next to the shipped ones, and play them step by step.",
    none_yet: "No tracks yet: make one below, or import a track file.",
    import_label: "Import a track file",
    import_hint: "A track exported from a Frontline workshop (.json). A track with the id of one you kept replaces it.",
    new_heading: "Make a track",
    edit_heading: "Edit a track",
    title: ("Title in English", "Title in Dutch"),
    description: ("Description in English", "Description in Dutch"),
    one_language: "Fill in both languages if you can. If you fill in only one, the track shows that text in both, and the check notes the missing translation.",
    minutes: "About how many minutes it takes",
    id: "Kept under the id",
    steps_heading: "Steps, in order",
    no_steps: "No steps yet: add a contact or a short shift below.",
    add_contact_heading: "Add a contact",
    scenario: "Scenario",
    shipped_group: "Shipped with Frontline",
    own_group: "Your own scenarios",
    house_rules: "House rules",
    add_contact: "Add this contact",
    add_shift_heading: "Add a short shift",
    shift_contacts: "Customers in the shift",
    add_shift: "Add this shift",
    move_up: "Move up",
    move_down: "Move down",
    remove: "Remove",
    mastery_heading: "When is it mastered?",
    mastery_average: "Average CSAT at least",
    mastery_no_minimum: "no minimum: every step done is enough",
    mastery_on: "Average over the steps under",
    mastery_all: "any house rules",
    save: "Save track",
    clear: "Start a new track",
    kept: ("", " is kept with your tracks. Trainees find it on the tracks page."),
    replaced: ("", " replaces your earlier version with the same id."),
    warnings: "Worth a look:",
    not_kept: "The track was not kept. Fix these and save again:",
    file_not_kept: "The track file was not kept. Fix these in the file and import it again:",
    storage_full: "This browser's storage is full, so the track was not kept. Export and delete what you no longer need, then try again.",
    deleted: "Track deleted",
    edit: "Edit",
    open: "Open on the tracks page",
    broken: "cannot be played now; it stays kept so you can export or fix it",
    set_aside: "Your stored tracks could not be read. They were kept under this storage key, and the list starts empty:",
    checking: "Checking your tracks against the scenarios…",
};

pub(super) fn step_count(n: usize) -> String {
    match n {
        1 => "1 step".to_string(),
        n => format!("{n} steps"),
    }
}

pub static TRAINER: Trainer = Trainer {
    title: "Your group's results",
    intro: "Which answers your group picks at each point, where most people go wrong, and how they play under the two sets of house rules: read from the statements the game sent to your learning record store, or from the files trainees exported.",
    from_lrs: "From a learning record store (LRS)",
    endpoint: "LRS address (xAPI endpoint)",
    key: "Key or user name (read access)",
    secret: "Secret or password",
    since: "From (optional)",
    until: "Before (optional)",
    kept: "Kept only in this tab, until you close it.",
    load: "Load from the LRS",
    from_files: "From files trainees exported",
    files: "Statement files (.json)",
    fail_endpoint: "Type the LRS's address, starting with https:// (or http://).",
    fail_credentials: "The LRS did not accept this key and secret. Check them: they need permission to read statements.",
    fail_unreachable: "Nothing answers at this address. Check the address, and that the LRS is running and reachable from this network.",
    group: "The group",
    pick_scenario: "Scenario and house rules",
    map_hint: "Each arrow shows the share of the group's answers at that point; the thicker, the more. Select a point to see what people answered there.",
    map_list: "The answers at each point",
    close: "Close",
    common_paths: "The paths most people took",
    unfinished: "not finished",
    csat_chart: "CSAT per set of house rules",
    mistakes: "The most common mistakes",
    no_mistakes: "Everyone followed the best path.",
    plays: "Contacts",
    completions: "Finished",
    mean_csat: "Average CSAT",
    handle_time: "Average handle time",
    goodwill: "Average goodwill",
    per_trainee: "Show results per trainee",
    per_trainee_note: "Only when you need it: works councils and the GDPR expect you to look at the group first.",
    pseudonymise: "Pseudonymise: codes instead of names, here and in the CSV",
    trainee: "Trainee",
    not_played: "not played",
    started: "started",
    export: "Export as CSV",
    none_yet: "No statements loaded yet.",
    outside_track: "outside a track",
};

pub fn reading(statements: u64, pages: usize) -> String {
    format!("Reading… {statements} statements from {pages} pages or files so far.")
}

pub fn replaying(done: usize, total: usize) -> String {
    format!("Replaying the contacts… {done} of {total}.")
}

pub fn fail_cors(origin: &str) -> String {
    format!("The LRS is there, but does not let this page read from it (CORS). Ask its administrator to allow this page's address: {origin}")
}

pub fn fail_status(status: u16) -> String {
    format!("The LRS answered with an error (HTTP {status}). Try again later, or ask its administrator.")
}

pub fn fail_unreadable(why: &str) -> String {
    format!("These are not statements the page can read: {why}")
}

pub fn fail_library(why: &str) -> String {
    format!("The scenarios could not be loaded, so the answers cannot be replayed: {why}")
}

pub fn loaded(statements: u64, contacts: u64, trainees: usize) -> String {
    let t = if trainees == 1 { "trainee" } else { "trainees" };
    format!("{statements} statements read: {contacts} contacts by {trainees} {t}.")
}

pub fn left_aside(unknown: u64, not_replayed: u64, unreadable: u64) -> String {
    format!("Left aside: {unknown} answers in scenarios or house rules this page does not know, {not_replayed} runs of answers that do not replay on the scenario as it is now, {unreadable} unreadable statements.")
}

pub fn share(count: u64, total: u64) -> String {
    let pct = (count * 100 + total / 2).checked_div(total).unwrap_or(0);
    format!("{pct}% ({count} of {total})")
}

pub fn mistake(prompt: &str, chosen: &str, best: &str, count: u64, plays: u64) -> String {
    format!("At “{prompt}”, {count} of {plays} contacts answered “{chosen}” instead of “{best}”.")
}

pub fn csat_bar(csat: usize, count: u64, total: u64) -> String {
    format!("CSAT {csat}: {}", share(count, total))
}

pub fn path_taken(count: u64) -> String {
    if count == 1 {
        "1 contact".to_string()
    } else {
        format!("{count} contacts")
    }
}

pub fn best_csat(csat: u8) -> String {
    format!("best CSAT {csat}")
}
