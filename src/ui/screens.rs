//! The one list of screens. Each entry says what the screen is (its route),
//! how a `screen:` link names it, whether Home lists it and in which words,
//! and which function draws it. The link parser's names (`Screen`), the
//! app's routes, Home's sections and the screen dispatch all read it.
//!
//! Adding a screen: a [`Route`] variant for its place, a [`Screen`] name in
//! `content/links.rs` if pack links may open it, an entry here, and its
//! `ui` function (in a file of its own). Tests fail when a route or a link
//! name has no entry.

use egui::Ui;

use super::{
    View, approaches, benefits, clinic, compare, decide, handout, home, pages, search, sources,
};
use crate::content::{LinkTarget, Pack, Screen};
use crate::state::{Route, VisitState};

/// One screen of the app.
pub struct ScreenDef {
    /// Its place. A route of the same kind is drawn by `ui`; for places
    /// with an id (a card, a page) the id here is empty.
    pub route: Route,
    /// A name that stays the same, for remembering scroll positions; a
    /// place with an id adds it (`card:peer-support`).
    pub key: &'static str,
    /// How a `screen:` link in the pack names it, if a link can open it.
    pub link: Option<Screen>,
    /// Its section on Home, if Home lists it.
    pub section: Option<Section>,
    /// Draws it.
    pub ui: fn(&mut Ui, &mut View<'_>, &VisitState),
}

/// A screen's section on Home.
pub struct Section {
    /// Catalogue key of its title.
    pub title: &'static str,
    /// Its summary, in the reader's language.
    pub summary: fn(&View<'_>) -> String,
    /// Whether Home lists it for this pack (some sections need a part a
    /// pack may leave out).
    pub shown: fn(&Pack) -> bool,
}

/// Every screen, in the order Home lists its sections.
pub static SCREENS: [ScreenDef; 13] = [
    ScreenDef {
        route: Route::Home,
        key: "home",
        link: Some(Screen::Home),
        section: None,
        ui: |ui, view, _| home::ui(ui, view),
    },
    ScreenDef {
        // First on Home, in a clinic's own pack.
        route: Route::Clinic,
        key: "clinic",
        link: Some(Screen::Clinic),
        section: Some(Section {
            title: "clinic-section",
            summary: clinic::section_summary,
            shown: clinic::has_section,
        }),
        ui: |ui, view, visit| clinic::ui(ui, view, visit),
    },
    ScreenDef {
        route: Route::Compare { row: None },
        key: "compare",
        link: Some(Screen::Compare),
        section: Some(Section {
            title: "home-section-compare",
            summary: |view| view.tr("home-section-compare-summary"),
            shown: |_| true,
        }),
        ui: |ui, view, _| compare::ui(ui, view),
    },
    ScreenDef {
        route: Route::Benefits,
        key: "benefits",
        link: Some(Screen::Benefits),
        section: Some(Section {
            title: "home-section-benefits",
            summary: |view| view.tr("home-section-benefits-summary"),
            shown: |_| true,
        }),
        ui: |ui, view, visit| benefits::ui(ui, view, visit.benefit_filter),
    },
    ScreenDef {
        route: Route::Card(String::new()),
        key: "card",
        link: None,
        section: None,
        ui: |ui, view, visit| {
            if let Route::Card(id) = &visit.route {
                benefits::card_ui(ui, view, id);
            }
        },
    },
    ScreenDef {
        route: Route::Approaches,
        key: "approaches",
        link: Some(Screen::Approaches),
        section: Some(Section {
            title: "home-section-approaches",
            summary: home::approaches_summary,
            shown: |_| true,
        }),
        ui: |ui, view, _| approaches::list_ui(ui, view),
    },
    ScreenDef {
        route: Route::Approach(String::new()),
        key: "approach",
        link: None,
        section: None,
        ui: |ui, view, visit| {
            if let Route::Approach(id) = &visit.route {
                approaches::page_ui(ui, view, id);
            }
        },
    },
    ScreenDef {
        route: Route::Pages,
        key: "pages",
        link: Some(Screen::Pages),
        section: Some(Section {
            title: "home-section-pages",
            summary: |view| view.tr("home-section-pages-summary"),
            shown: |_| true,
        }),
        ui: |ui, view, _| pages::list_ui(ui, view),
    },
    ScreenDef {
        route: Route::Page(String::new()),
        key: "page",
        link: None,
        section: None,
        ui: |ui, view, visit| {
            if let Route::Page(id) = &visit.route {
                pages::page_ui(ui, view, id);
            }
        },
    },
    ScreenDef {
        route: Route::Sources { focus: None },
        key: "sources",
        link: Some(Screen::Sources),
        section: Some(Section {
            title: "home-section-sources",
            summary: |view| view.tr("home-section-sources-summary"),
            shown: |_| true,
        }),
        ui: |ui, view, _| sources::ui(ui, view),
    },
    ScreenDef {
        route: Route::Search,
        key: "search",
        link: None,
        section: None,
        ui: |ui, view, _| search::ui(ui, view),
    },
    ScreenDef {
        // Home shows it as a large card of its own when the pack has it.
        route: Route::Decide,
        key: "decide",
        link: Some(Screen::Decide),
        section: None,
        ui: |ui, view, visit| decide::ui(ui, view, &visit.decision),
    },
    ScreenDef {
        // Opened by "Save a handout…" (at home).
        route: Route::Handout,
        key: "handout",
        link: None,
        section: None,
        ui: |ui, view, visit| {
            let answered = visit.decision.answers.iter().any(Option::is_some);
            handout::ui(ui, view, &visit.handout, answered);
        },
    },
];

/// The entry for a route.
pub fn screen_of(route: &Route) -> &'static ScreenDef {
    let kind = std::mem::discriminant(route);
    SCREENS
        .iter()
        .find(|s| std::mem::discriminant(&s.route) == kind)
        .unwrap_or(&SCREENS[0])
}

/// Draw the screen the visit is on.
pub fn screen_ui(ui: &mut Ui, view: &mut View<'_>, visit: &VisitState) {
    (screen_of(&visit.route).ui)(ui, view, visit);
}

/// A name that stays the same for the same place, for remembering scroll
/// positions: `compare`, `card:peer-support`.
pub fn key(route: &Route) -> String {
    let key = screen_of(route).key;
    match route.id() {
        Some(id) => format!("{key}:{id}"),
        None => key.to_owned(),
    }
}

/// Whether a place still shows something in `pack` (after a live reload,
/// a card or page may have gone; so may "Which fits me?" or the clinic).
pub fn exists(route: &Route, pack: &crate::content::Pack) -> bool {
    match route {
        Route::Card(id) => pack.card(id).is_some(),
        Route::Approach(id) => pack.approach(id).is_some(),
        Route::Page(id) => pack.page(id).is_some(),
        Route::Decide => pack.decision.is_some(),
        Route::Clinic => pack.info.clinic.is_some(),
        Route::Home
        | Route::Compare { .. }
        | Route::Benefits
        | Route::Approaches
        | Route::Pages
        | Route::Sources { .. }
        | Route::Search
        | Route::Handout => true,
    }
}

/// Where an internal link goes. `None` for links outside the pack.
pub fn route_for(target: &LinkTarget) -> Option<Route> {
    Some(match target {
        LinkTarget::Screen(screen) => SCREENS
            .iter()
            .find(|s| s.link == Some(*screen))
            .map(|s| s.route.clone())?,
        LinkTarget::Approach(id) => Route::Approach(id.clone()),
        LinkTarget::Page(id) => Route::Page(id.clone()),
        LinkTarget::Card(id) => Route::Card(id.clone()),
        LinkTarget::CompareRow(id) => Route::Compare {
            row: Some(id.clone()),
        },
        LinkTarget::Source(id) => Route::Sources {
            focus: Some(id.clone()),
        },
        LinkTarget::External(_) => return None,
    })
}

/// Home's sections for a pack, in order: (title key, summary, where it opens).
pub fn sections(pack: &Pack) -> impl Iterator<Item = (&'static Section, &'static Route)> {
    SCREENS
        .iter()
        .filter_map(|s| s.section.as_ref().map(|section| (section, &s.route)))
        .filter(move |(section, _)| (section.shown)(pack))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One of each route; the match makes a new variant fail to compile here
    /// until it is listed.
    fn every_route() -> Vec<Route> {
        let all = vec![
            Route::Home,
            Route::Compare { row: None },
            Route::Benefits,
            Route::Card("a".into()),
            Route::Approaches,
            Route::Approach("a".into()),
            Route::Pages,
            Route::Page("a".into()),
            Route::Sources { focus: None },
            Route::Search,
            Route::Decide,
            Route::Clinic,
            Route::Handout,
        ];
        for route in &all {
            match route {
                Route::Home
                | Route::Compare { .. }
                | Route::Benefits
                | Route::Card(_)
                | Route::Approaches
                | Route::Approach(_)
                | Route::Pages
                | Route::Page(_)
                | Route::Sources { .. }
                | Route::Search
                | Route::Decide
                | Route::Clinic
                | Route::Handout => {}
            }
        }
        all
    }

    #[test]
    fn every_route_has_exactly_one_screen() {
        for route in every_route() {
            let kind = std::mem::discriminant(&route);
            let entries = SCREENS
                .iter()
                .filter(|s| std::mem::discriminant(&s.route) == kind)
                .count();
            assert_eq!(entries, 1, "{route:?}");
        }
        assert_eq!(SCREENS.len(), every_route().len());
    }

    #[test]
    fn every_link_name_opens_its_screen() {
        for screen in Screen::ALL {
            let entries: Vec<&ScreenDef> =
                SCREENS.iter().filter(|s| s.link == Some(screen)).collect();
            assert_eq!(entries.len(), 1, "{screen:?}");
            // The link's name is the screen's own key.
            assert_eq!(entries[0].key, screen.key());
            assert_eq!(
                route_for(&LinkTarget::Screen(screen)).as_ref(),
                Some(&entries[0].route)
            );
        }
    }

    #[test]
    fn keys_are_unique_and_carry_ids() {
        let mut keys: Vec<&str> = SCREENS.iter().map(|s| s.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), SCREENS.len());
        assert_eq!(
            key(&Route::Card("peer-support".into())),
            "card:peer-support"
        );
        assert_eq!(
            key(&Route::Compare {
                row: Some("cost".into())
            }),
            "compare"
        );
    }
}
