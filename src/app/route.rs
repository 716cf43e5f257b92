//! Where the player is, as the location hash says: the model holds it, so a
//! deep link is a message like any other and the rules for it are tested
//! natively.

/// A screen of the game (`#/…`) or of the shift page (`shift/#/…`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Start,
    Scenarios,
    Play(String),
    Debrief(String),
    Scores,
    /// The tracks page: a track's steps, and its completion page once done.
    Track(String),
    /// The shift page: the shift's status, or its report (`#/`).
    ShiftStatus,
    /// The shift page: the customer on the line (`#/play`).
    ShiftContact,
}

impl Route {
    /// A hash on the game's page.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.splitn(2, '/');
        match (parts.next().unwrap_or(""), parts.next()) {
            ("scenarios", _) => Route::Scenarios,
            ("play", Some(id)) if !id.is_empty() => Route::Play(id.to_string()),
            ("debrief", Some(id)) if !id.is_empty() => Route::Debrief(id.to_string()),
            ("scores", _) => Route::Scores,
            _ => Route::Start,
        }
    }

    /// A hash on the tracks page: a track (`#/onboarding`), or a contact or
    /// debrief played as one of its steps.
    pub fn parse_tracks(hash: &str) -> Route {
        match Route::parse(hash) {
            Route::Start | Route::Scenarios | Route::Scores => {
                let id = hash.trim_start_matches('#').trim_matches('/');
                Route::Track(id.to_string())
            }
            route => route,
        }
    }

    /// A hash on the shift page.
    pub fn parse_shift(hash: &str) -> Route {
        match hash.trim_start_matches('#').trim_matches('/') {
            "play" => Route::ShiftContact,
            _ => Route::ShiftStatus,
        }
    }

    pub fn hash(&self) -> String {
        match self {
            Route::Start | Route::ShiftStatus => "#/".into(),
            Route::Scenarios => "#/scenarios".into(),
            Route::Play(id) => format!("#/play/{id}"),
            Route::Debrief(id) => format!("#/debrief/{id}"),
            Route::Scores => "#/scores".into(),
            Route::Track(id) => format!("#/{id}"),
            Route::ShiftContact => "#/play".into(),
        }
    }
}
