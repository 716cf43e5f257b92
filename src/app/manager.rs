//! The manager page's model, messages and update function: the settings of
//! a contact centre, how its calls arrive and how its agents answer, and the
//! reports of the last run under every built-in policy. The page
//! (`ui::manager`) turns form events into messages and times a run around
//! the update; the rules are tested natively (`tests/it/app_manager.rs`).

use crate::engine::builtin_policies;
use crate::engine::centre::calls::StyleMix;
use crate::engine::centre::week::{simulate, ArrivalShape, CentreParams, CentreReport};
use crate::engine::check::diagnostic::Diagnostic;
use crate::engine::Lang;

#[derive(Clone, Debug, PartialEq)]
pub struct Manager {
    pub lang: Lang,
    /// The settings as the manager typed them.
    pub params: CentreParams,
    /// How the calls spread over the day.
    pub shape: ArrivalShape,
    /// How the agents answer.
    pub answering: Answering,
    /// What is wrong with the settings of the last run asked for.
    pub problems: Vec<Diagnostic>,
    /// The last run's reports, one per policy.
    pub run: Option<Run>,
}

/// A run: one report per built-in policy, and how long it took (measured by
/// the page; 0 until then).
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    pub reports: Vec<CentreReport>,
    pub ms: u32,
}

/// A number the manager sets, each with its input's id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Agents,
    Calls,
    PhoneHours,
    Weeks,
    Seed,
    OpenDays,
    OpenHour,
    CloseHour,
}

impl Field {
    /// In the order the form shows them.
    pub const ALL: [Field; 8] = [
        Field::Agents,
        Field::Calls,
        Field::PhoneHours,
        Field::Weeks,
        Field::Seed,
        Field::OpenDays,
        Field::OpenHour,
        Field::CloseHour,
    ];

    /// The input's id (and test id).
    pub fn id(self) -> &'static str {
        match self {
            Field::Agents => "agents",
            Field::Calls => "calls",
            Field::PhoneHours => "phone-hours",
            Field::Weeks => "weeks",
            Field::Seed => "seed",
            Field::OpenDays => "open-days",
            Field::OpenHour => "open-hour",
            Field::CloseHour => "close-hour",
        }
    }

    pub fn get(self, p: &CentreParams) -> u32 {
        match self {
            Field::Agents => p.agents,
            Field::Calls => p.calls_per_week,
            Field::PhoneHours => p.phone_hours_per_agent,
            Field::Weeks => p.weeks,
            Field::Seed => p.seed as u32,
            Field::OpenDays => p.open_days,
            Field::OpenHour => p.open_hour,
            Field::CloseHour => p.close_hour,
        }
    }

    fn set(self, p: &mut CentreParams, v: u32) {
        match self {
            Field::Agents => p.agents = v,
            Field::Calls => p.calls_per_week = v,
            Field::PhoneHours => p.phone_hours_per_agent = v,
            Field::Weeks => p.weeks = v,
            Field::Seed => p.seed = u64::from(v),
            Field::OpenDays => p.open_days = v,
            Field::OpenHour => p.open_hour = v,
            Field::CloseHour => p.close_hour = v,
        }
    }
}

/// How the agents answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answering {
    /// As the house rules push them.
    AsPolicyPushes,
    MostlyScripted,
    EmpatheticAndAutonomous,
}

impl Answering {
    /// In the order the form lists them.
    pub const ALL: [Answering; 3] = [
        Answering::AsPolicyPushes,
        Answering::MostlyScripted,
        Answering::EmpatheticAndAutonomous,
    ];

    /// The style mix it stands for; `None` is the policy's own.
    pub fn style_mix(self) -> Option<StyleMix> {
        match self {
            Answering::AsPolicyPushes => None,
            Answering::MostlyScripted => Some(StyleMix::mostly_scripted()),
            Answering::EmpatheticAndAutonomous => Some(StyleMix::empathetic_and_autonomous()),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    SetLang(Lang),
    /// A number typed into a field (text that is no number is not sent).
    Edit(Field, u32),
    Shape(ArrivalShape),
    Answering(Answering),
    /// Simulate under every built-in policy, or list what is wrong.
    Run,
}

impl Manager {
    pub fn new(lang: Lang) -> Self {
        Manager {
            lang,
            params: CentreParams::default(),
            shape: ArrivalShape::MorningPeak,
            answering: Answering::AsPolicyPushes,
            problems: Vec::new(),
            run: None,
        }
    }

    /// The settings a run uses: those typed, with the hourly pattern of the
    /// arrival shape (when the opening hours make sense) and the answering
    /// style's mix.
    pub fn centre(&self) -> CentreParams {
        let mut p = self.params.clone();
        if p.open_hour < p.close_hour && p.close_hour <= 24 {
            p.hourly_pattern = self.shape.pattern(p.open_hour, p.close_hour);
        }
        p.style_mix = self.answering.style_mix();
        p
    }

    /// Records how long the last run took (the page measures it).
    pub fn timed(&mut self, ms: u32) {
        if let Some(run) = &mut self.run {
            run.ms = ms;
        }
    }
}

pub fn update(m: &mut Manager, msg: Msg) {
    match msg {
        Msg::SetLang(lang) => m.lang = lang,
        Msg::Edit(field, v) => field.set(&mut m.params, v),
        Msg::Shape(shape) => m.shape = shape,
        Msg::Answering(a) => m.answering = a,
        Msg::Run => {
            let p = m.centre();
            m.problems = p.problems();
            if m.problems.is_empty() {
                let reports = builtin_policies()
                    .iter()
                    .map(|policy| simulate(policy, &p))
                    .collect();
                m.run = Some(Run { reports, ms: 0 });
            }
        }
    }
}
