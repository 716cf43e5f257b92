//! The scenario model: a customer contact as a graph of nodes. This is the
//! file format trainers write (JSON), documented in `assets/scenarios/README.md`.

use crate::engine::wire::keyed::Keyed;

use serde::{Deserialize, Serialize};

use crate::engine::model::text::Text;
use crate::engine::wire::named::{read_by_name, Named};

/// The version of the scenario format this engine reads.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Format version; must be 1.
    pub format: u32,
    /// Stable id, lowercase letters, digits and dashes (e.g. `shoes-out-of-stock`).
    pub id: String,
    pub title: Text,
    /// One or two sentences shown in the scenario list.
    pub summary: Text,
    pub channel: Channel,
    /// E-mail and social only: the response time promised to the customer,
    /// in seconds, for each of their messages. Without it, the channel's
    /// usual promise (`engine::play::channel::usual_promise`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 60, max = 604800)))]
    pub reply_within: Option<u32>,
    /// E-mail and social only: how long, in seconds, the customer's first
    /// message has waited when the agent opens it.
    #[serde(default, skip_serializing_if = "is_zero_u32")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 0, max = 604800)))]
    pub waiting: u32,
    /// Social only: the people who see the public thread.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<Audience>,
    pub difficulty: Difficulty,
    /// What kind of contact this is. Scripts are neutral in routine contacts
    /// and hurt in complex or complaint contacts (Victorino et al. 2013).
    pub kind: ContactKind,
    /// Where the case comes from (a seed article, a trainer's own case).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// What the trainee should learn from it, shown before and after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objective: Option<Text>,
    /// About how long it takes to play, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    /// Questions for a team lead to discuss with the trainee afterwards.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub discussion: Vec<Text>,
    /// The languages the scenario is written in (`en`, `nl`); without it,
    /// every language the game is played in. A text missing in a language
    /// not listed is no error, and the game shows the scenario there with a
    /// label saying which language it is in.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "read_languages"
    )]
    pub languages: Vec<crate::engine::model::text::Lang>,
    /// Where the customer lives: `BE` makes the Dutch wording Belgian Dutch
    /// (and the customer's voice ask for a Flemish voice first); without
    /// it, the Netherlands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
    pub persona: Persona,
    /// Id of the first node.
    pub start: String,
    pub nodes: Vec<Node>,
    /// Index of `start` in `nodes`, filled by [`Scenario::link`].
    #[serde(skip)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(skip))]
    pub start_index: Option<usize>,
}

/// `languages`, read as the list of strings the persona's `names` already
/// is: a reader of its own would cost the game about 600 bytes.
fn read_languages<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Vec<crate::engine::model::text::Lang>, D::Error> {
    use crate::engine::model::text::Lang;
    let names = Vec::<String>::deserialize(d)?;
    names
        .iter()
        .map(|n| {
            Lang::NAMES
                .iter()
                .position(|l| l == n)
                .map(|i| Lang::ALL[i])
                .ok_or_else(|| serde::de::Error::unknown_variant(n, Lang::NAMES))
        })
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Phone,
    Chat,
    Email,
    Social,
}

read_by_name!(Channel { Phone = "phone", Chat = "chat", Email = "email", Social = "social" });

impl Channel {
    /// The customer writes and waits for an answer (e-mail, a social
    /// post), rather than being on the line (phone) or in a live chat.
    pub fn is_asynchronous(self) -> bool {
        matches!(self, Channel::Email | Channel::Social)
    }
}

/// Where a customer lives, as the country's ISO 3166 code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub enum Region {
    #[serde(rename = "NL")]
    Netherlands,
    #[serde(rename = "BE")]
    Belgium,
}

read_by_name!(Region { Netherlands = "NL", Belgium = "BE" });

/// Who sees a public thread (a social post).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Audience {
    /// How many people see the thread.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1, max = 100000000)))]
    pub watching: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

read_by_name!(Difficulty { Easy = "easy", Medium = "medium", Hard = "hard" });

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    Routine,
    Complex,
    Complaint,
}

read_by_name!(ContactKind { Routine = "routine", Complex = "complex", Complaint = "complaint" });

/// Who the customer is. Traits modulate how every choice lands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Persona {
    /// The customer's name, as shown in the transcript. `{customer}` in
    /// any text is replaced by it (or by the name a replay picks).
    pub name: String,
    /// Other names the same customer may have: a seeded contact picks one
    /// of `name` and these, so a replay meets someone new.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
    /// One detail of the story that varies between replays (what was
    /// ordered, where they live): `{detail}` in any text is replaced by one
    /// of these, picked by the contact's seed; unseeded, the first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<Text>,
    pub description: Text,
    pub traits: Traits,
    /// The customer's state when the contact starts.
    #[serde(default)]
    pub start: Meters,
}

/// Persona traits, each 0–100.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Traits {
    /// 0: has all the time in the world; 100: in a hurry.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 0, max = 100)))]
    pub speed: i32,
    /// 0: strictly business; 100: wants a personal conversation.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 0, max = 100)))]
    pub warmth: i32,
    /// 0: expects little; 100: expects a lot.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 0, max = 100)))]
    pub expectations: i32,
    /// 0: a routine question; 100: a tangled problem.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 0, max = 100)))]
    pub complexity: i32,
}

/// The customer's meters, each 0–100. Effort is the customer's effort, so
/// lower is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meters {
    #[serde(default = "default_mood")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 0, max = 100)))]
    pub mood: i32,
    #[serde(default = "default_patience")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 0, max = 100)))]
    pub patience: i32,
    #[serde(default = "default_trust")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 0, max = 100)))]
    pub trust: i32,
    #[serde(default = "default_effort")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 0, max = 100)))]
    pub effort: i32,
}

fn default_mood() -> i32 {
    50
}
fn default_patience() -> i32 {
    70
}
fn default_trust() -> i32 {
    50
}
fn default_effort() -> i32 {
    20
}

impl Default for Meters {
    fn default() -> Self {
        Meters {
            mood: default_mood(),
            patience: default_patience(),
            trust: default_trust(),
            effort: default_effort(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Meter {
    Mood,
    Patience,
    Trust,
    Effort,
}

read_by_name!(Meter { Mood = "mood", Patience = "patience", Trust = "trust", Effort = "effort" });

impl Meters {
    pub fn get(&self, meter: Meter) -> i32 {
        match meter {
            Meter::Mood => self.mood,
            Meter::Patience => self.patience,
            Meter::Trust => self.trust,
            Meter::Effort => self.effort,
        }
    }
}

/// One moment of the contact: what the customer says, and what the agent
/// can answer. A node with an `ending` closes the contact.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Node {
    /// Unique within the scenario.
    pub id: String,
    /// What the customer says or writes. `{agent}` is replaced by the name the
    /// agent goes by (the alias under a policy that imposes one).
    pub customer: Text,
    /// What happens around the line that nobody says: a sigh, a pause, the
    /// e-mail's subject, a child crying in the background. Shown before
    /// the customer's line, set apart from it; never spoken as the
    /// customer's words.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub narration: Text,
    /// Other ways the customer says the same thing. A seeded contact picks
    /// one of `customer` and these, so a replay reads differently while the
    /// choices and what they do stay the same; unseeded, `customer`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wordings: Vec<Text>,
    /// How abusive this line is, 0–100; abuse raises the agent's stress.
    #[serde(default, skip_serializing_if = "is_zero")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 0, max = 100)))]
    pub aggression: i32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<Choice>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ending: Option<Ending>,
}

fn is_zero(v: &i32) -> bool {
    *v == 0
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Ending {
    pub outcome: Outcome,
    /// What this ending means, shown in the debrief.
    pub summary: Text,
    /// Whether the customer will contact again about the same issue. By
    /// default: not after a resolved ending, yes after any other. First-contact
    /// resolution is "no repeat contact" (SQM Group's definition).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_again: Option<bool>,
}

impl Ending {
    /// Whether the customer will contact again, explicit or by the outcome.
    pub fn contacts_again(&self) -> bool {
        self.contact_again
            .unwrap_or(self.outcome != Outcome::Resolved)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The customer's issue is solved in this contact.
    Resolved,
    /// The contact ends without a solution; the customer will contact again.
    Unresolved,
    /// The customer hangs up, leaves the chat or stops writing.
    GaveUp,
}

read_by_name!(Outcome { Resolved = "resolved", Unresolved = "unresolved", GaveUp = "gave_up" });

/// How an answer is meant; the trainee is not told up front.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Style {
    Scripted,
    Empathetic,
    Autonomous,
    Efficient,
    Escalate,
    Deflect,
}

read_by_name!(Style { Scripted = "scripted", Empathetic = "empathetic", Autonomous = "autonomous", Efficient = "efficient", Escalate = "escalate", Deflect = "deflect" });

/// Extra cues on a choice that persona traits react to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    /// Chatting beyond the question: delights a warm customer, annoys a hurried one.
    SmallTalk,
    /// Getting straight to the point.
    Brisk,
}

read_by_name!(Tone { SmallTalk = "small_talk", Brisk = "brisk" });

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Unique within its node.
    pub id: String,
    /// What the agent says or writes.
    pub text: Text,
    pub style: Style,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tone: Vec<Tone>,
    /// Changes to the customer's meters, before persona modulation.
    #[serde(default)]
    pub effects: Effects,
    /// Time this answer takes, in seconds.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1, max = 36000)))]
    pub seconds: u32,
    /// Goodwill handed out, in euros.
    #[serde(default, skip_serializing_if = "is_zero_u32")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 0, max = 10000)))]
    pub goodwill: u32,
    /// All must hold for the choice to be available.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires: Vec<Condition>,
    /// Changes that apply under a given policy id.
    #[serde(default, skip_serializing_if = "Keyed::is_empty")]
    pub under: Keyed<PolicyVariant>,
    /// This answer checks who the customer is (an identity check). It costs
    /// the customer a little effort; where money or personal data is at
    /// stake it also reassures, and it makes a later change safe.
    #[serde(default, skip_serializing_if = "is_false")]
    pub verifies: bool,
    /// What this answer changes that a fraudster would want: `money` (a
    /// refund, a payment) or `personal_data` (an address, an e-mail). Done
    /// before anyone checked who is calling, it counts as a procedure breach.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes: Option<Stake>,
    /// The author's verdict on this choice, for the balance check: a choice
    /// marked `mistake` should not lie on the best path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    /// Social only: this reply goes to the customer's direct messages, out
    /// of the audience's view.
    #[serde(default, skip_serializing_if = "is_false")]
    pub private: bool,
    /// Id of the node this choice leads to.
    pub next: String,
    /// What the trainee learns from this choice, shown in the debrief.
    pub feedback: Text,
    /// Index of `next` in the scenario's nodes, filled by [`Scenario::link`].
    #[serde(skip)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(skip))]
    pub next_index: Option<usize>,
}

fn is_zero_u32(v: &u32) -> bool {
    *v == 0
}

fn is_false(v: &bool) -> bool {
    !*v
}

/// What is at stake when an answer changes something for the customer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Stake {
    /// A refund, a payment, a credit.
    Money,
    /// An address, an e-mail address, a phone number, account details.
    PersonalData,
}

read_by_name!(Stake { Money = "money", PersonalData = "personal_data" });

/// The author's intended verdict on a choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// What a good agent would do here.
    Good,
    /// Defensible, not the best.
    Weak,
    /// A mistake the scenario wants to teach.
    Mistake,
}

read_by_name!(Verdict { Good = "good", Weak = "weak", Mistake = "mistake" });

/// Declarative changes to the customer's meters, each −100…100.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Effects {
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = -100, max = 100)))]
    pub mood: i32,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = -100, max = 100)))]
    pub patience: i32,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = -100, max = 100)))]
    pub trust: i32,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = -100, max = 100)))]
    pub effort: i32,
    /// This choice solves the customer's issue.
    #[serde(default)]
    pub resolves: bool,
}

/// What changes about a choice under one policy.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PolicyVariant {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goodwill: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effects: Option<Effects>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<Text>,
}

/// A condition on a choice. Written as a one-key object, e.g.
/// `{"authority": "goodwill"}` or `{"at_least": {"meter": "trust", "value": 40}}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Condition {
    /// The policy must grant this authority.
    Authority(Authority),
    /// Only under this policy id.
    Policy(String),
    /// Not under this policy id.
    NotPolicy(String),
    /// A customer meter must be at least this value.
    AtLeast(MeterBound),
    /// A customer meter must be at most this value.
    AtMost(MeterBound),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MeterBound {
    pub meter: Meter,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 0, max = 100)))]
    pub value: i32,
}

/// What a policy may allow an agent to do on their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Authority {
    /// Hand out goodwill (a voucher, free shipping, a refund of costs).
    Goodwill,
    /// Order the product from a competitor for the customer.
    CompetitorOrder,
    /// Keep a case and follow it up personally instead of handing it off.
    OwnTheCase,
    /// Put the customer straight through to a specialist.
    DirectSpecialist,
    /// Tell the customer who and where you really are.
    SpeakFreely,
}

read_by_name!(Authority { Goodwill = "goodwill", CompetitorOrder = "competitor_order", OwnTheCase = "own_the_case", DirectSpecialist = "direct_specialist", SpeakFreely = "speak_freely" });

/// Node ids to positions, for linking: an open-addressing table keyed by an
/// FNV-1a hash. Not `std::collections::HashMap`, whose hashing the game
/// would then carry for this one use (docs/size.md); still linear in the
/// number of nodes, so a 10,000-node file links as fast as before.
struct IdIndex {
    /// Position + 1 of the node whose id hashes here, 0 for an empty slot.
    slots: Vec<u32>,
    hashes: Vec<u64>,
}

impl IdIndex {
    fn new<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> Self {
        let size = (ids.len() * 2).next_power_of_two().max(2);
        let mut index = IdIndex {
            slots: vec![0; size],
            hashes: Vec::with_capacity(ids.len()),
        };
        for (i, id) in ids.enumerate() {
            let hash = fnv1a(id);
            index.hashes.push(hash);
            let mut at = hash as usize & (size - 1);
            // The first node of an id keeps its slot; a repeat is skipped
            // by lookups, which stop at the first match.
            while index.slots[at] != 0 {
                at = (at + 1) & (size - 1);
            }
            index.slots[at] = i as u32 + 1;
        }
        index
    }

    /// The first position whose id hashes as `id` does and `same` confirms.
    fn find(&self, id: &str, same: impl Fn(usize) -> bool) -> Option<usize> {
        let size = self.slots.len();
        let hash = fnv1a(id);
        let mut at = hash as usize & (size - 1);
        while self.slots[at] != 0 {
            let i = self.slots[at] as usize - 1;
            if self.hashes[i] == hash && same(i) {
                return Some(i);
            }
            at = (at + 1) & (size - 1);
        }
        None
    }
}

/// An id's hash: the same FNV-1a as [`Scenario::revision`].
fn fnv1a(s: &str) -> u64 {
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    h.str(s);
    h.0
}

impl Scenario {
    /// The languages the scenario is written in: those it declares, or
    /// every language.
    pub fn written_in(&self) -> &[crate::engine::model::text::Lang] {
        if self.languages.is_empty() {
            crate::engine::model::text::Lang::ALL
        } else {
            &self.languages
        }
    }

    /// Whether the scenario is written in `lang`.
    pub fn is_in(&self, lang: crate::engine::model::text::Lang) -> bool {
        self.written_in().contains(&lang)
    }

    /// Resolve node ids to indices. Unknown ids stay `None`; validation
    /// reports them.
    /// With two nodes of one id (a validation error) the first is taken.
    pub fn link(&mut self) {
        let ids = IdIndex::new(self.nodes.iter().map(|n| n.id.as_str()));
        let index = |id: &str| ids.find(id, |i| self.nodes[i].id == id);
        let start = index(&self.start);
        let nexts: Vec<Vec<Option<usize>>> = self
            .nodes
            .iter()
            .map(|n| n.choices.iter().map(|c| index(&c.next)).collect())
            .collect();
        self.start_index = start;
        for (node, next) in self.nodes.iter_mut().zip(nexts) {
            for (choice, n) in node.choices.iter_mut().zip(next) {
                choice.next_index = n;
            }
        }
    }

    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }

    /// A short fingerprint of what the scenario plays like (FNV-1a over its
    /// ids, traits, effects, costs, conditions and links): a change to any of
    /// them gives another one. Texts are left out: the game loads a scenario
    /// in one language at a time, and a reworded line is the same story.
    /// Written by hand rather than over the JSON so the game's wasm needs no
    /// serializer for scenarios.
    pub fn revision(&self) -> u64 {
        let mut h = Fnv(0xcbf2_9ce4_8422_2325);
        h.str(&self.id);
        h.str(self.kind.name());
        let t = self.persona.traits;
        let m = self.persona.start;
        for v in [
            t.speed,
            t.warmth,
            t.expectations,
            t.complexity,
            m.mood,
            m.patience,
            m.trust,
            m.effort,
        ] {
            h.num(v as i64);
        }
        // Channel mechanics, only when set, so a scenario without them keeps
        // the revision it had before they existed.
        if let Some(p) = self.reply_within {
            h.str("reply_within");
            h.num(p as i64);
        }
        if self.waiting > 0 {
            h.str("waiting");
            h.num(self.waiting as i64);
        }
        if let Some(a) = self.audience {
            h.str("audience");
            h.num(a.watching as i64);
        }
        h.str(&self.start);
        for node in &self.nodes {
            h.str(&node.id);
            h.num(node.aggression as i64);
            if let Some(e) = &node.ending {
                h.str(e.outcome.name());
                h.num(e.contact_again.map_or(-1, i64::from));
            }
            for c in &node.choices {
                h.str(&c.id);
                h.str(c.style.name());
                for tone in &c.tone {
                    h.str(tone.name());
                }
                h.effects(&c.effects);
                h.num(c.seconds as i64);
                h.num(c.goodwill as i64);
                h.num(i64::from(c.verifies));
                if c.private {
                    h.str("private");
                }
                h.str(c.changes.map_or("", Named::name));
                h.str(&c.next);
                for r in &c.requires {
                    match r {
                        Condition::Authority(a) => h.str(a.name()),
                        Condition::Policy(p) => h.str(p),
                        Condition::NotPolicy(p) => {
                            h.str("!");
                            h.str(p)
                        }
                        Condition::AtLeast(b) => {
                            h.str(b.meter.name());
                            h.num(b.value as i64)
                        }
                        Condition::AtMost(b) => {
                            h.str(b.meter.name());
                            h.num(-(b.value as i64) - 1)
                        }
                    }
                }
                for (policy, v) in c.under.iter() {
                    h.str(policy);
                    h.num(v.seconds.map_or(-1, i64::from));
                    h.num(v.goodwill.map_or(-1, i64::from));
                    if let Some(e) = &v.effects {
                        h.effects(e);
                    }
                }
            }
        }
        h.0
    }
}

/// FNV-1a, 64 bits, for [`Scenario::revision`].
struct Fnv(u64);

impl Fnv {
    fn bytes(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
        // A separator, so "ab" + "c" differs from "a" + "bc".
        self.0 ^= 0xff;
        self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
    }

    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }

    fn num(&mut self, n: i64) {
        self.bytes(&n.to_le_bytes());
    }

    fn effects(&mut self, e: &Effects) {
        for v in [e.mood, e.patience, e.trust, e.effort] {
            self.num(v as i64);
        }
        self.num(i64::from(e.resolves));
    }
}

impl Choice {
    /// The choice as it applies under a policy.
    pub fn seconds_under(&self, policy: &str) -> u32 {
        self.under
            .get(policy)
            .and_then(|v| v.seconds)
            .unwrap_or(self.seconds)
    }

    pub fn goodwill_under(&self, policy: &str) -> u32 {
        self.under
            .get(policy)
            .and_then(|v| v.goodwill)
            .unwrap_or(self.goodwill)
    }

    pub fn effects_under(&self, policy: &str) -> Effects {
        self.under
            .get(policy)
            .and_then(|v| v.effects)
            .unwrap_or(self.effects)
    }

    pub fn feedback_under(&self, policy: &str) -> &Text {
        self.under
            .get(policy)
            .and_then(|v| v.feedback.as_ref())
            .unwrap_or(&self.feedback)
    }
}
