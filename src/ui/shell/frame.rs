//! The frame of every page: the skip link, the header (the brand, the
//! page's navigation, the language switch) and `<main id="main">` around the
//! page's content. Each page passes what differs.

use yew::prelude::*;

use crate::engine::Lang;
use crate::ui::i18n;
use crate::ui::shell::language_switch::language_switch;

/// What a page puts in the frame.
pub struct Frame {
    pub lang: Lang,
    /// Where the brand leads, its test id, and its accessible name when the
    /// brand alone does not say it.
    pub brand: (String, Option<&'static str>, Option<String>),
    /// The links of the main navigation.
    pub nav: Html,
    pub pick_lang: Callback<Lang>,
    /// The class and test id of `<main>`.
    pub main: (Option<&'static str>, Option<&'static str>),
}

pub fn frame(f: Frame, content: Html) -> Html {
    let shell = i18n::shell(f.lang);
    let (href, testid, label) = f.brand;
    let (class, main_testid) = f.main;
    let mut main = html! {
        <main id="main" tabindex="-1" data-testid={main_testid}>
            { content }
        </main>
    };
    // Set as a plain attribute: `class={…}` would bring the class-list code
    // into every page's wasm for the one page that has a class here.
    if let (Some(class), Html::VTag(tag)) = (class, &mut main) {
        std::rc::Rc::make_mut(tag).add_attribute("class", class);
    }
    html! {
        <>
            <a class="skip" href="#main">{shell.skip}</a>
            <header class="top">
                <a class="brand" href={href} data-testid={testid} aria-label={label}>{"Frontline"}</a>
                <nav aria-label={shell.menu}>{ f.nav }</nav>
                { language_switch(f.lang, f.pick_lang) }
            </header>
            { main }
        </>
    }
}
