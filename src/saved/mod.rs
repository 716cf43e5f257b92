//! What the browser keeps, as versioned documents: the trainee's progress,
//! the trainer's own scenarios and own tracks. Pure, so the handling of damaged or older
//! data is tested natively; `ui::shell::storage` only moves the bytes.

pub mod own_scenarios;
pub mod own_tracks;
pub mod progress;
