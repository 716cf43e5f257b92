//! The game's model as Yew holds it: a thin adapter over `app::game` (and
//! `app::shift` on the shift page). The rules live there, tested natively.

use std::marker::PhantomData;
use std::ops::Deref;
use std::rc::Rc;

use yew::{Callback, Reducible, UseReducerHandle};

use super::app::Page;
use crate::app::game::{Model, Msg};

/// The model of page `P`, which brings its own messages and update.
pub struct Store<P> {
    pub model: Rc<Model>,
    page: PhantomData<P>,
}

impl<P> Store<P> {
    pub fn new(model: Model) -> Self {
        Store {
            model: Rc::new(model),
            page: PhantomData,
        }
    }
}

impl<P: Page> Reducible for Store<P> {
    type Action = P::Msg;

    fn reduce(self: Rc<Self>, msg: P::Msg) -> Rc<Self> {
        let mut model = (*self.model).clone();
        model.clock_ms = P::clock();
        P::update(&mut model, msg);
        Rc::new(Store::new(model))
    }
}

impl<P> PartialEq for Store<P> {
    fn eq(&self, other: &Self) -> bool {
        self.model == other.model
    }
}

/// What the screens the game and the shift page share are given: the model,
/// and a way to send it the game's messages.
#[derive(Clone)]
pub struct State {
    model: Rc<Model>,
    send: Callback<Msg>,
}

impl State {
    pub fn of<P: Page>(store: &UseReducerHandle<Store<P>>) -> State {
        let handle = store.clone();
        State {
            model: store.model.clone(),
            send: Callback::from(move |msg: Msg| handle.dispatch(P::Msg::from(msg))),
        }
    }

    pub fn dispatch(&self, msg: Msg) {
        self.send.emit(msg);
    }
}

impl Deref for State {
    type Target = Model;

    fn deref(&self) -> &Model {
        &self.model
    }
}

/// Two states are equal when their models are: every callback sends to the
/// same page.
impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        self.model == other.model
    }
}
