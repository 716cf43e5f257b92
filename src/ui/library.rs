//! Loading the shipped scenarios: `scenarios/index.json` lists the files;
//! each is validated by the engine before it can be played.

use std::rc::Rc;

use gloo::net::http::Request;

use crate::engine::{builtin_policies, load, Scenario};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Library {
    pub scenarios: Vec<Rc<Scenario>>,
    /// (file, what is wrong), shown to the user.
    pub errors: Vec<(String, String)>,
    pub loaded: bool,
}

impl Library {
    pub fn find(&self, id: &str) -> Option<Rc<Scenario>> {
        self.scenarios.iter().find(|s| s.id == id).cloned()
    }
}

async fn text(url: &str) -> Result<String, String> {
    let response = Request::get(url).send().await.map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    response.text().await.map_err(|e| e.to_string())
}

pub async fn fetch_library() -> Library {
    let mut library = Library {
        loaded: true,
        ..Library::default()
    };
    let files: Vec<String> = match text("scenarios/index.json").await {
        Ok(t) => match serde_json::from_str(&t) {
            Ok(files) => files,
            Err(e) => {
                library
                    .errors
                    .push(("scenarios/index.json".into(), e.to_string()));
                return library;
            }
        },
        Err(e) => {
            library.errors.push(("scenarios/index.json".into(), e));
            return library;
        }
    };
    let policies = builtin_policies();
    for file in files {
        match text(&format!("scenarios/{file}")).await {
            Ok(t) => match load::load_scenario(&t, &policies) {
                Ok(s) => library.scenarios.push(Rc::new(s)),
                Err(problems) => {
                    let message = problems
                        .iter()
                        .take(3)
                        .map(|p| p.to_string())
                        .collect::<Vec<_>>()
                        .join("; ");
                    library.errors.push((file, message));
                }
            },
            Err(e) => library.errors.push((file, e)),
        }
    }
    library
}
