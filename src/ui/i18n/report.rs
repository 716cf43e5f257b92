//! The scores page's sending to a trainer's LRS, in both languages. Texts
//! with `{host}`, `{count}`, `{done}`, `{origin}`, `{status}`, `{name}`,
//! `{contacts}` are filled in by `fill`.

use crate::engine::Lang;

pub struct Report {
    pub heading: &'static str,
    pub about: &'static str,
    pub endpoint: &'static str,
    pub endpoint_hint: &'static str,
    pub key: &'static str,
    pub secret: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub change: &'static str,
    pub forget: &'static str,
    pub forgotten: &'static str,
    pub saved: &'static str,
    pub bad_endpoint: &'static str,
    pub bad_key: &'static str,
    pub bad_secret: &'static str,
    pub bad_link: &'static str,
    pub from_link: &'static str,
    pub target: &'static str,
    pub what: &'static str,
    pub counts: &'static str,
    pub send: &'static str,
    pub automatic: &'static str,
    pub nothing: &'static str,
    pub sending: &'static str,
    pub sent: &'static str,
    pub all_there: &'static str,
    pub refused: &'static str,
    pub offline: &'static str,
    pub unreachable: &'static str,
    pub origin: &'static str,
    pub credentials: &'static str,
    pub other: &'static str,
}

pub fn report(lang: Lang) -> &'static Report {
    match lang {
        Lang::En => &EN,
        Lang::Nl => &NL,
    }
}

/// A text with its `{name}`s replaced.
pub fn fill(text: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(text.to_string(), |t, (name, value)| {
        t.replace(&format!("{{{name}}}"), value)
    })
}

static EN: Report = Report {
    heading: "Send your answers to your trainer",
    about: "Your trainer can collect your answers in a learning record store (LRS). They give you a link that fills in the settings below, or the LRS's address with a key and a secret. These stay in this browser tab only: they are forgotten when you close it.",
    endpoint: "Address of the LRS (xAPI endpoint)",
    endpoint_hint: "For example https://lrs.example.org/xAPI/",
    key: "Key (user name)",
    secret: "Secret (password)",
    save: "Save these settings",
    cancel: "Cancel",
    change: "Change the settings",
    forget: "Forget these settings",
    forgotten: "The settings are forgotten. Nothing more is sent.",
    saved: "Settings saved. Nothing has been sent yet.",
    bad_endpoint: "The address must start with https:// (or http://) and have no ?, # or user name in it.",
    bad_key: "Fill in the key (without a colon).",
    bad_secret: "Fill in the secret.",
    bad_link: "The settings link could not be read: it may have been cut off. Ask your trainer for the link again, or fill in the settings below.",
    from_link: "The settings come from your trainer's link. Nothing has been sent yet.",
    target: "Sending to {host} ({endpoint}) with the key “{key}”.",
    what: "What is sent: for each contact in your answer log, under your profile name “{name}”, every answer you gave with the customer's line and the answers offered, when you gave it and how long you took, and how the contact ended (CSAT, NPS, first-contact resolution, handle time, goodwill). Nothing else: not your best scores, not your other profiles, not the key or secret.",
    counts: "Contacts in your log: {contacts}. Statements still to send to this LRS: {count}. Sent before: {done}.",
    send: "Send my answers",
    automatic: "Until you close this tab, what is still to send goes by itself: when the LRS can be reached again, and when you come back here after playing.",
    nothing: "Nothing to send yet: finish a contact first.",
    sending: "Sending… {done} of {count} statements.",
    sent: "All sent (statements: {count}). {host} has all your answers now.",
    all_there: "{host} has all your answers already.",
    refused: "Statements the LRS refused as not valid: {count}. They stay in your answer log: download them as JSON for your trainer.",
    offline: "You are offline. Statements waiting: {count}. They go as soon as you are back online. Nothing is lost, and you can go on playing.",
    unreachable: "The LRS at {host} could not be reached. Statements waiting: {count}. They stay in this browser and are tried again by themselves, and when you open this page again. Nothing is lost, and you can go on playing.",
    origin: "The LRS at {host} did not allow this page's address ({origin}). Ask your trainer to allow it on the LRS (CORS). Statements waiting: {count}; nothing is lost.",
    credentials: "The LRS at {host} refused the key or the secret. Check them with your trainer and change the settings. Statements waiting: {count}; nothing is lost.",
    other: "The LRS at {host} answered with an error (HTTP {status}). Statements waiting: {count}. They are tried again by themselves; nothing is lost.",
};

static NL: Report = Report {
    heading: "Je antwoorden naar je trainer sturen",
    about: "Je trainer kan je antwoorden verzamelen in een learning record store (LRS). Je krijgt dan een link die de instellingen hieronder invult, of het adres van de LRS met een sleutel en een geheim. Die blijven alleen in dit tabblad bewaard en zijn weg zodra je het sluit.",
    endpoint: "Adres van de LRS (xAPI-endpoint)",
    endpoint_hint: "Bijvoorbeeld https://lrs.example.org/xAPI/",
    key: "Sleutel (gebruikersnaam)",
    secret: "Geheim (wachtwoord)",
    save: "Instellingen opslaan",
    cancel: "Annuleren",
    change: "Instellingen wijzigen",
    forget: "Deze instellingen vergeten",
    forgotten: "De instellingen zijn vergeten. Er wordt niets meer verstuurd.",
    saved: "Instellingen opgeslagen. Er is nog niets verstuurd.",
    bad_endpoint: "Het adres moet met https:// (of http://) beginnen, zonder ?, # of gebruikersnaam erin.",
    bad_key: "Vul de sleutel in (zonder dubbele punt).",
    bad_secret: "Vul het geheim in.",
    bad_link: "De link met instellingen is niet te lezen: misschien is hij afgebroken. Vraag je trainer de link nog eens te sturen, of vul de instellingen hieronder in.",
    from_link: "De instellingen komen uit de link van je trainer. Er is nog niets verstuurd.",
    target: "Versturen naar {host} ({endpoint}) met de sleutel ‘{key}’.",
    what: "Wat er verstuurd wordt: van elk contact in je antwoordlogboek, onder je profielnaam ‘{name}’, elk antwoord dat je gaf met wat de klant zei en de antwoorden waaruit je kon kiezen, wanneer je antwoordde en hoe lang je erover deed, en hoe het contact afliep (CSAT, NPS, in één keer opgelost, afhandeltijd, coulance). Verder niets: niet je beste scores, niet je andere profielen, niet de sleutel of het geheim.",
    counts: "Contacten in je logboek: {contacts}. Statements die nog naar deze LRS moeten: {count}. Eerder verstuurd: {done}.",
    send: "Mijn antwoorden versturen",
    automatic: "Zolang je dit tabblad openhoudt, gaat wat nog verstuurd moet vanzelf: zodra de LRS weer bereikbaar is, en als je na het spelen hier terugkomt.",
    nothing: "Nog niets te versturen: rond eerst een contact af.",
    sending: "Bezig met versturen… {done} van {count} statements.",
    sent: "Alles verstuurd (statements: {count}). {host} heeft nu al je antwoorden.",
    all_there: "{host} heeft al je antwoorden al.",
    refused: "Statements die de LRS als ongeldig heeft geweigerd: {count}. Ze blijven in je antwoordlogboek: download ze als JSON voor je trainer.",
    offline: "Je bent offline. Statements die wachten: {count}. Ze gaan zodra je weer online bent. Er gaat niets verloren en je kunt gewoon verder spelen.",
    unreachable: "De LRS op {host} is niet bereikbaar. Statements die wachten: {count}. Ze blijven in deze browser en worden vanzelf opnieuw geprobeerd, en ook als je deze pagina weer opent. Er gaat niets verloren en je kunt gewoon verder spelen.",
    origin: "De LRS op {host} staat het adres van deze pagina ({origin}) niet toe. Vraag je trainer dat adres op de LRS toe te staan (CORS). Statements die wachten: {count}; er gaat niets verloren.",
    credentials: "De LRS op {host} heeft de sleutel of het geheim geweigerd. Controleer ze met je trainer en wijzig de instellingen. Statements die wachten: {count}; er gaat niets verloren.",
    other: "De LRS op {host} gaf een foutmelding (HTTP {status}). Statements die wachten: {count}. Ze worden vanzelf opnieuw geprobeerd; er gaat niets verloren.",
};

/// The trainer page's link for trainees who play without an LMS.
pub struct Invite {
    pub heading: &'static str,
    pub about: &'static str,
    pub endpoint: &'static str,
    pub key: &'static str,
    pub secret: &'static str,
    pub make: &'static str,
    pub link: &'static str,
    pub link_hint: &'static str,
    pub bad_endpoint: &'static str,
    pub bad_key: &'static str,
    pub bad_secret: &'static str,
}

pub fn invite(lang: Lang) -> &'static Invite {
    match lang {
        Lang::En => &INVITE_EN,
        Lang::Nl => &INVITE_NL,
    }
}

const INVITE_EN: Invite = Invite {
    heading: "A link for trainees who play without an LMS",
    about: "Trainees who play on their own can send their answers to your LRS from their scores page. Make a link with your LRS's address and a key that may only write statements, and send it to them. The key and secret are in the link after the #, so they never reach a web server's logs; the trainee's browser keeps them for that tab only, and nothing is sent until the trainee says so.",
    endpoint: "The LRS's address (xAPI endpoint)",
    key: "Key (may only write statements)",
    secret: "Secret",
    make: "Make the link",
    link: "The link for your trainees",
    link_hint: "Copy it into an e-mail or a chat to your trainees. Anyone with the link can write statements to your LRS: do not post it publicly.",
    bad_endpoint: "The address must start with https:// (or http://) and have no ?, # or user name in it.",
    bad_key: "Fill in the key, without a colon.",
    bad_secret: "Fill in the secret.",
};

const INVITE_NL: Invite = Invite {
    heading: "Een link voor cursisten die zonder LMS spelen",
    about: "Cursisten die op eigen houtje spelen, kunnen hun antwoorden vanaf hun scorepagina naar jouw LRS sturen. Maak een link met het adres van je LRS en een sleutel die alleen statements mag schrijven, en stuur die naar hen. Sleutel en geheim staan in de link na de #, dus ze komen nooit in de logbestanden van een webserver; de browser van de cursist bewaart ze alleen voor dat tabblad en er gaat niets weg voordat de cursist daarvoor kiest.",
    endpoint: "Het adres van de LRS (xAPI-endpoint)",
    key: "Sleutel (mag alleen statements schrijven)",
    secret: "Geheim",
    make: "Maak de link",
    link: "De link voor je cursisten",
    link_hint: "Kopieer hem in een mail of chatbericht aan je cursisten. Iedereen met de link kan statements naar je LRS schrijven: zet hem dus niet openbaar online.",
    bad_endpoint: "Het adres moet met https:// (of http://) beginnen, zonder ?, # of gebruikersnaam erin.",
    bad_key: "Vul de sleutel in, zonder dubbele punt.",
    bad_secret: "Vul het geheim in.",
};
