//! The Yew app: renders engine state and sends the player's intents.

pub fn start() {}
