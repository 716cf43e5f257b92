//! Large synthetic scenarios for benchmarks and stress tests: layers of
//! nodes with 2–4 choices each, some leading back up (loops), endings at the
//! bottom. Deterministic for a given size and seed.

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;

use crate::engine::model::scenario::{
    Channel, Choice, ContactKind, Difficulty, Effects, Ending, Meters, Node, Outcome, Persona,
    Scenario, Style, Traits, FORMAT_VERSION,
};
use crate::engine::model::text::Text;
use crate::engine::wire::named::Named;

pub fn layered(nodes: usize, seed: u64) -> Scenario {
    let mut rng = Pcg64Mcg::seed_from_u64(seed);
    let nodes = nodes.max(4);
    let width = ((nodes as f64).sqrt() as usize).max(2);
    let endings = 3;
    let inner = nodes - endings;
    let text = |s: &str| Text::new(s, s);
    let mut out = Vec::with_capacity(nodes);
    for i in 0..inner {
        let layer = i / width;
        let choices = (0..rng.random_range(2..=4usize))
            .map(|c| {
                // The first choice walks on to the next node, so every node
                // is reachable; the others go to the next layer, now and then
                // back up (a loop), and from the last layer to the endings.
                let next = if c == 0 {
                    i + 1
                } else if layer > 0 && rng.random_range(0..10) == 0 {
                    rng.random_range(0..layer * width)
                } else {
                    (layer + 1) * width + (i % width + c) % width
                };
                let next = if next >= inner {
                    inner + (i + c) % endings
                } else {
                    next
                };
                let style = Style::ALL[rng.random_range(0..Style::ALL.len())];
                Choice {
                    id: format!("c{c}"),
                    text: text("Answer"),
                    style,
                    tone: Vec::new(),
                    effects: Effects {
                        mood: rng.random_range(-10..=10),
                        patience: 0,
                        trust: rng.random_range(-5..=5),
                        effort: rng.random_range(-5..=5),
                        resolves: rng.random_range(0..20) == 0,
                    },
                    seconds: rng.random_range(20..=90),
                    goodwill: 0,
                    requires: Vec::new(),
                    under: Default::default(),
                    verifies: false,
                    changes: None,
                    verdict: None,
                    private: false,
                    next: format!("n{next}"),
                    feedback: text("Feedback"),
                    next_index: None,
                }
            })
            .collect();
        out.push(Node {
            wordings: Vec::new(),
            narration: Text::default(),
            id: format!("n{i}"),
            customer: text("Customer line"),
            aggression: 0,
            choices,
            ending: None,
        });
    }
    for e in 0..endings {
        let outcome = [Outcome::Resolved, Outcome::Unresolved, Outcome::GaveUp][e % 3];
        out.push(Node {
            wordings: Vec::new(),
            narration: Text::default(),
            id: format!("n{}", inner + e),
            customer: text("Goodbye"),
            aggression: 0,
            choices: Vec::new(),
            ending: Some(Ending {
                outcome,
                summary: text("Ending"),
                contact_again: None,
            }),
        });
    }
    let mut s = Scenario {
        format: FORMAT_VERSION,
        id: format!("generated-{nodes}"),
        title: text("Generated"),
        summary: text("A generated scenario"),
        channel: Channel::Phone,
        reply_within: None,
        waiting: 0,
        audience: None,
        difficulty: Difficulty::Hard,
        kind: ContactKind::Complex,
        source: None,
        objective: None,
        minutes: None,
        discussion: Vec::new(),
        languages: Vec::new(),
        region: None,
        persona: Persona {
            name: "Generated".into(),
            names: Vec::new(),
            details: Vec::new(),
            description: text("A generated customer"),
            traits: Traits {
                speed: 30,
                warmth: 50,
                expectations: 50,
                complexity: 50,
            },
            start: Meters {
                patience: 100,
                ..Meters::default()
            },
        },
        start: "n0".into(),
        nodes: out,
        start_index: None,
    };
    s.link();
    s
}
