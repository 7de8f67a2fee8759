//! What the app does for a clinic's section and for take-home: today's
//! date (mockable), services that disappear after their `show_until`, and
//! saving and opening a handout (at home only: a kiosk writes no files).

use super::TherapyApp;
use crate::content::clinic::{days_after, drop_past};
use crate::content::load::{self, Date};
use crate::content::search::SearchIndex;
use crate::handout::{self, Handout, HandoutCommand};

impl TherapyApp {
    /// Today: the date given at start moved on by the app's clock (so tests
    /// move it with a mock clock), or the system's date.
    pub fn today(&self) -> Date {
        match self.today_at_start {
            Some(start) => {
                let days = (self.clock.now() / 86_400.0).floor();
                #[allow(clippy::cast_possible_truncation, reason = "days of an app's run")]
                days_after(start, days as i64)
            }
            None => load::today(),
        }
    }

    /// The colours in use (the clinic's accent, where the pack names one).
    pub fn palette(&self) -> &crate::ui::theme::Palette {
        &self.palette
    }

    /// Leave out the services whose `show_until` has passed, once a day
    /// (and rebuild search, so it finds only what is shown).
    pub(super) fn drop_past_services(&mut self) {
        let today = self.today();
        if today == self.services_day {
            return;
        }
        self.services_day = today;
        if drop_past(&mut self.pack, today) {
            self.index = SearchIndex::new(&self.pack);
        }
    }

    pub(super) fn run_handout(&mut self, command: &HandoutCommand) {
        if self.is_kiosk() {
            // A kiosk writes no files and opens no other program.
            return;
        }
        self.visit.handout.apply(command);
        match command {
            HandoutCommand::Start(_) => self.visit.go(crate::state::Route::Handout),
            HandoutCommand::Save => {
                let html = handout::html(&Handout {
                    pack: &self.pack,
                    picks: &self.visit.handout.picks,
                    answers: &self.visit.decision.answers,
                    catalogue: &self.catalogue,
                    today: self.today(),
                });
                let dir = self
                    .documents
                    .clone()
                    .unwrap_or_else(handout::documents_dir);
                let name = self.catalogue.tr("handout-file-name");
                let saved = handout::save(&dir, &name, self.today(), &html);
                match &saved {
                    Ok(path) => log::info!("handout saved to {}", path.display()),
                    Err(err) => log::warn!("could not save a handout in {}: {err}", dir.display()),
                }
                self.visit.handout.saved = Some(saved.map_err(|e| e.to_string()));
            }
            HandoutCommand::Open => {
                if let Some(Ok(path)) = &self.visit.handout.saved {
                    (self.browser.0)(&handout::file_url(path));
                }
            }
            HandoutCommand::Toggle(_) => {}
        }
    }
}
