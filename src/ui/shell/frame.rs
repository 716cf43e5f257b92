//! The frame of every page: the skip link, the header (the brand, the
//! page's navigation, the language switch) and `<main id="main">` around the
//! page's content. Each page passes what differs: its brand (its own way
//! home, test id and name), its nav links, its language callback, the
//! attributes of its `<main>` and its content.
//!
//! A macro, not a function: it writes the page's markup in place, so the
//! game's header stays the static markup it was (a function taking the
//! pieces as `Html` costs the budgeted game about 150 bytes gzipped).
//!
//! ```ignore
//! frame! {
//!     lang: lang, pick_lang: pick_lang,
//!     brand: { <a class="brand" href="../">{"Frontline"}</a> },
//!     nav: { <a href="../" data-testid="nav-game">{words}</a> },
//!     main: { data-testid="screen-manager" },
//!     content: { <h1>{title}</h1> … },
//! }
//! ```

macro_rules! frame {
    (
        lang: $lang:expr,
        pick_lang: $pick:expr,
        brand: { $($brand:tt)* },
        nav: { $($nav:tt)* },
        main: { $($main:tt)* },
        content: { $($content:tt)* } $(,)?
    ) => {{
        let lang: $crate::engine::Lang = $lang;
        let shell = $crate::ui::i18n::shell(lang);
        ::yew::html! {
            <>
                <a class="skip" href="#main">{shell.skip}</a>
                <header class="top">
                    $($brand)*
                    <nav aria-label={shell.menu}>$($nav)*</nav>
                    { $crate::ui::shell::language_switch::language_switch(lang, $pick) }
                </header>
                <main id="main" tabindex="-1" $($main)*>
                    $($content)*
                </main>
            </>
        }
    }};
}

pub(crate) use frame;
