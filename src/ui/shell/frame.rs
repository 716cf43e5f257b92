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
    /// The brand, a link home ("Frontline"): each page has its own way
    /// there, its own test id, its own name for it.
    pub brand: Html,
    /// The links of the main navigation.
    pub nav: Html,
    pub pick_lang: Callback<Lang>,
    /// The test id of `<main>`, if it has one.
    pub main: Option<&'static str>,
}

/// Inlined: each page passes constants, and keeps only what it uses.
#[inline(always)]
pub fn frame(f: Frame, content: Html) -> Html {
    let shell = i18n::shell(f.lang);
    html! {
        <>
            <a class="skip" href="#main">{shell.skip}</a>
            <header class="top">
                { f.brand }
                <nav aria-label={shell.menu}>{ f.nav }</nav>
                { language_switch(f.lang, f.pick_lang) }
            </header>
            <main id="main" tabindex="-1" data-testid={f.main}>
                { content }
            </main>
        </>
    }
}
