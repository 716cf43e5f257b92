//! How the engine's types are read and written as JSON, small on the wire
//! and in the wasm: structs as objects only, name-keyed lists, plain enums by
//! name (`docs/size.md` says what each saves).

pub mod csv;
pub mod json;
pub mod kept;
pub mod keyed;
pub mod named;
pub mod query;
