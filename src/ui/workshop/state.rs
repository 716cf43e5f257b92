//! The workshop's model as Yew holds it: a thin adapter over
//! `app::workshop`, where the rules live.

use std::rc::Rc;

use yew::Reducible;

use crate::app::workshop::{update, Msg, Workshop};

impl Reducible for Workshop {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut w = (*self).clone();
        update(&mut w, msg);
        Rc::new(w)
    }
}
