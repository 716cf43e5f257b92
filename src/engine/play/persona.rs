//! The customer a contact meets. A scenario describes one customer; a
//! seeded contact meets a variation of them: another name, another detail
//! of the story, traits a little off the written ones, and for each line one
//! of the ways the author wrote it. The choices and what they do stay the
//! same, so a replay is a new conversation with the same lesson
//! (`tests/it/replay.rs` holds the lesson steady over many seeds).
//!
//! Everything downstream (the contact, the transcript, the debrief, the
//! LMS's interactions) plays the scenario [`meet`] returns, so none of it
//! knows about variation.

use rand::{Rng, RngCore, SeedableRng};
use rand_pcg::Pcg32;

use crate::engine::model::scenario::Scenario;
use crate::engine::model::text::{Lang, Text};
use crate::engine::wire::named::Named;

/// How far a seeded contact moves the persona's speed, warmth and
/// expectations from the written ones (each 0–100). An assumption: wide
/// enough that two replays feel like different people, narrow enough that
/// the customer the author wrote stays recognisable (docs/model.md).
pub const TRAIT_JITTER: i32 = 15;

/// The scenario as a contact with `seed` plays it. Unseeded, the scenario as
/// written, with `{customer}` and `{detail}` filled from its first name and
/// detail.
pub fn meet(base: &Scenario, seed: Option<u64>) -> Scenario {
    let mut s = base.clone();
    let mut name = 0;
    let mut detail = 0;
    if let Some(seed) = seed {
        // Salted: the starting meters draw from the seed as it is
        // (`contact::starting_customer`), and these must not follow them.
        let mut rng = Pcg32::seed_from_u64(seed ^ 0x005E_ED0F_C057);
        let t = &mut s.persona.traits;
        for v in [&mut t.speed, &mut t.warmth, &mut t.expectations] {
            *v = (*v + rng.random_range(-TRAIT_JITTER..=TRAIT_JITTER)).clamp(0, 100);
        }
        // A plain remainder rather than `random_range`: its slight bias is
        // nothing over a handful of wordings, and it keeps another
        // monomorphised sampler out of the game's wasm (docs/size.md).
        let mut pick = |n: usize| rng.next_u32() as usize % n;
        name = pick(s.persona.names.len() + 1);
        detail = pick(s.persona.details.len().max(1));
        for node in &mut s.nodes {
            let pick = pick(node.wordings.len() + 1);
            if pick > 0 {
                node.customer = node.wordings.swap_remove(pick - 1);
            }
        }
    }
    if name > 0 {
        s.persona.name = s.persona.names.swap_remove(name - 1);
    }
    let detail = s.persona.details.get(detail).cloned();
    let fill = Fill {
        name: s.persona.name.clone(),
        detail,
    };
    fill.text(&mut s.persona.description);
    for node in &mut s.nodes {
        fill.text(&mut node.customer);
        fill.text(&mut node.narration);
        for choice in &mut node.choices {
            fill.text(&mut choice.text);
            fill.text(&mut choice.feedback);
        }
        if let Some(ending) = &mut node.ending {
            fill.text(&mut ending.summary);
        }
    }
    s
}

struct Fill {
    name: String,
    detail: Option<Text>,
}

impl Fill {
    fn text(&self, text: &mut Text) {
        for &lang in Lang::ALL {
            let t = match lang {
                Lang::En => &mut text.en,
                Lang::Nl => &mut text.nl,
            };
            if !t.contains('{') {
                continue;
            }
            let mut filled = t.replace("{customer}", &self.name);
            if let Some(d) = &self.detail {
                filled = filled.replace("{detail}", d.get(lang));
            }
            *t = filled;
        }
    }
}
