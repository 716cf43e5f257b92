//! The contact centre at scale: queueing, Erlang C, and a simulated week.

pub mod calls;
pub mod erlang;
pub mod queue;
pub mod week;
