//! The track a trainer is putting together in the workshop: title and
//! description in each language, the estimated minutes, the steps in order
//! and the mastery rule. Pure, so adding, moving and removing steps is
//! tested natively; saving it is the workshop's (`app::workshop_tracks`).

use crate::engine::model::track::{Mastery, Step, Track, TRACK_FORMAT};
use crate::engine::{Lang, Text};

#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// The id of the own track being edited, kept on save so its results
    /// stay with it; `None` for a new track, whose id comes from its title.
    pub editing: Option<String>,
    pub title: Text,
    pub description: Text,
    pub minutes: u32,
    pub steps: Vec<Step>,
    pub mastery: Mastery,
    /// Carried over from an edited track: the editor does not change them.
    pub learned: Vec<Text>,
    pub discussion: Vec<Text>,
    /// Where a move or removal leaves the keyboard user, so focus can
    /// follow the step; counted so a repeat moves focus again.
    pub focus: Option<StepFocus>,
    pub moves: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepFocus {
    /// The step's place now (0-based).
    pub index: usize,
    pub after: Moved,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moved {
    Up,
    Down,
    /// The step at `index` took the place of the one removed.
    Removed,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            editing: None,
            title: Text::default(),
            description: Text::default(),
            minutes: 15,
            steps: Vec::new(),
            mastery: Mastery::default(),
            learned: Vec::new(),
            discussion: Vec::new(),
            focus: None,
            moves: 0,
        }
    }
}

pub enum DraftMsg {
    Title(Lang, String),
    Description(Lang, String),
    Minutes(u32),
    /// Add a contact with this scenario under these house rules at the end.
    AddContact {
        scenario: String,
        policy: String,
    },
    /// Add a short shift of this many contacts at the end.
    AddShift {
        contacts: u32,
        policy: String,
    },
    MoveUp(usize),
    MoveDown(usize),
    Remove(usize),
    /// The lowest average CSAT in tenths, or none (every step done is enough).
    MasteryAverage(Option<u8>),
    /// The house rules whose steps the average counts; `None`: all steps.
    MasteryPolicy(Option<String>),
    /// Start afresh.
    Clear,
    /// Edit a track kept before.
    Edit(Track),
}

/// The shortest and longest a track may say it takes, in minutes.
pub const MINUTES: (u32, u32) = (1, 600);

pub fn update(d: &mut Draft, msg: DraftMsg) {
    match msg {
        DraftMsg::Title(lang, text) => set(&mut d.title, lang, text),
        DraftMsg::Description(lang, text) => set(&mut d.description, lang, text),
        DraftMsg::Minutes(n) => d.minutes = n.clamp(MINUTES.0, MINUTES.1),
        DraftMsg::AddContact { scenario, policy } => {
            d.steps.push(Step::contact(&scenario, &policy))
        }
        DraftMsg::AddShift { contacts, policy } => d.steps.push(Step {
            scenario: None,
            shift: Some(contacts),
            policy,
        }),
        DraftMsg::MoveUp(i) if i > 0 && i < d.steps.len() => {
            d.steps.swap(i - 1, i);
            d.moved_to(i - 1, Moved::Up);
        }
        DraftMsg::MoveDown(i) if i + 1 < d.steps.len() => {
            d.steps.swap(i, i + 1);
            d.moved_to(i + 1, Moved::Down);
        }
        DraftMsg::Remove(i) if i < d.steps.len() => {
            d.steps.remove(i);
            // Focus goes to the step that took its place, or the one before;
            // with none left, to adding one (`focus` is `None`).
            if d.steps.is_empty() {
                d.focus = None;
                d.moves += 1;
            } else {
                d.moved_to(i.min(d.steps.len() - 1), Moved::Removed);
            }
        }
        DraftMsg::MoveUp(_) | DraftMsg::MoveDown(_) | DraftMsg::Remove(_) => {}
        DraftMsg::MasteryAverage(tenths) => d.mastery.min_average_csat_tenths = tenths,
        DraftMsg::MasteryPolicy(policy) => d.mastery.on_policy = policy,
        DraftMsg::Clear => *d = Draft::default(),
        DraftMsg::Edit(track) => *d = Draft::of(track),
    }
}

fn set(text: &mut Text, lang: Lang, value: String) {
    match lang {
        Lang::En => text.en = value,
        Lang::Nl => text.nl = value,
    }
}

impl Draft {
    fn moved_to(&mut self, index: usize, after: Moved) {
        self.focus = Some(StepFocus { index, after });
        self.moves += 1;
    }

    fn of(track: Track) -> Draft {
        Draft {
            editing: Some(track.id),
            title: track.title,
            description: track.description,
            minutes: track.minutes,
            steps: track.steps,
            mastery: track.mastery,
            learned: track.learned,
            discussion: track.discussion,
            focus: None,
            moves: 0,
        }
    }

    /// The id the track is kept under: the edited track's, or one made
    /// from the title (English first, else Dutch).
    pub fn id(&self) -> String {
        if let Some(id) = &self.editing {
            return id.clone();
        }
        let title = match self.title.en.trim() {
            "" => self.title.nl.trim(),
            en => en,
        };
        id_from(title)
    }

    /// The track as it would be saved (checked by the workshop first).
    pub fn track(&self) -> Track {
        Track {
            format: TRACK_FORMAT,
            id: self.id(),
            title: trimmed(&self.title),
            description: trimmed(&self.description),
            minutes: self.minutes,
            steps: self.steps.clone(),
            mastery: self.mastery.clone(),
            learned: self.learned.clone(),
            discussion: self.discussion.clone(),
        }
    }
}

fn trimmed(text: &Text) -> Text {
    Text::new(text.en.trim(), text.nl.trim())
}

/// A track id from a title: lowercase ASCII letters and digits (an
/// accented letter as its base letter), any other run of characters as one
/// '-'. Empty when nothing is left, which the check reports as a bad id.
pub fn id_from(title: &str) -> String {
    let mut id = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        match base_letter(c) {
            Some(b) => id.push(b),
            None if !id.is_empty() && !id.ends_with('-') => id.push('-'),
            None => {}
        }
    }
    id.trim_end_matches('-')
        .chars()
        .take(60)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string()
}

fn base_letter(c: char) -> Option<char> {
    if c.is_ascii_lowercase() || c.is_ascii_digit() {
        return Some(c);
    }
    let base = match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'ÿ' => 'y',
        _ => return None,
    };
    Some(base)
}
