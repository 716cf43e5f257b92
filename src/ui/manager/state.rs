//! The manager's model as Yew holds it: a thin adapter over `app::manager`,
//! where the rules live. A run is timed here, around the update: the clock
//! is the browser's.

use std::rc::Rc;

use yew::Reducible;

use crate::app::manager::{update, Manager, Msg};

impl Reducible for Manager {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut m = (*self).clone();
        let timed = msg == Msg::Run;
        let started = now();
        update(&mut m, msg);
        if timed {
            m.timed((now() - started) as u32);
        }
        Rc::new(m)
    }
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
