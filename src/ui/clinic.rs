//! The clinic's own part of the app: its name and logo on Home, the
//! attract screen and Sources (never in place of the crisis help), and
//! "At this clinic": its groups and services, and how to start there.

use egui::accesskit::Role;
use egui::{Id, Rect, RichText, Sense, TextureHandle, TextureOptions, Ui, Vec2};

use super::theme::{self, size, space};
use super::{
    View, body, button, format_badge, heading, heading_marked, label_for_screen_readers, markdown,
    muted, panel,
};
use crate::content::Pack;
use crate::content::clinic::{Access, Clinic, Logo, Place, Service};
use crate::handout::Pick;
use crate::i18n::Catalogue;
use crate::state::{Command, Overlay, Route, VisitState};

/// "At this clinic".
pub fn ui(ui: &mut Ui, view: &mut View<'_>, visit: &VisitState) {
    let Some(clinic) = view.pack.info.clinic.as_ref() else {
        super::pages::missing(ui, view, "clinic-missing");
        return;
    };
    let palette = view.palette;
    ui.horizontal_top(|ui| {
        logo_ui(ui, view, clinic, 72.0);
        ui.vertical(|ui| {
            // The name Home's tile gives it, then whose clinic it is.
            heading(ui, palette, 1, &view.tr("clinic-section"));
            let name = RichText::new(&clinic.name)
                .font(theme::bold_font(size::H3))
                .color(palette.text);
            super::reading::text(ui, name, Role::Paragraph);
        });
    });
    if !view.pack.groups.intro.trim().is_empty() {
        body(ui, &view.pack.groups.intro);
    }
    take_home_ui(ui, view, clinic, visit);
    ui.add_space(space::L);
    heading(ui, palette, 2, &view.tr("clinic-services-title"));
    if view.pack.groups.services.is_empty() {
        muted(ui, palette, &view.tr("clinic-services-none"));
    }
    for service in &view.pack.groups.services {
        service_ui(ui, view, service);
        ui.add_space(space::S);
    }
    if let Some(doc) = clinic.start_page() {
        ui.add_space(space::L);
        let title = if clinic.start_title.trim().is_empty() {
            view.tr("clinic-start-title")
        } else {
            clinic.start_title.clone()
        };
        heading_marked(ui, view, 2, &title);
        markdown::doc_ui(ui, view, doc, true);
    }
}

/// The clinic's website and the visitor's own questions, to take away: QR
/// codes on a kiosk (nothing leaves the machine), a link and a handout at home.
fn take_home_ui(ui: &mut Ui, view: &mut View<'_>, clinic: &Clinic, visit: &VisitState) {
    if view.kiosk {
        if let Some(website) = &clinic.website {
            ui.add_space(space::M);
            super::qr::website_ui(ui, view, &clinic.name, website);
        }
        if let Some(decision) = &view.pack.decision {
            super::qr::summary_ui(ui, view, decision, &visit.decision.answers);
        }
        return;
    }
    ui.horizontal_wrapped(|ui| {
        if let Some(website) = &clinic.website {
            let spoken = view.tr_args("clinic-website-spoken", &[("name", (&clinic.name).into())]);
            if button(ui, &view.tr("clinic-website-open"), &spoken).clicked() {
                view.push(Command::Show(Overlay::ExternalLink(website.clone())));
            }
        }
        super::handout::open_button(ui, view, Some(Pick::Clinic));
    });
}

/// One group or service: its name, its format, and its facts.
fn service_ui(ui: &mut Ui, view: &mut View<'_>, service: &Service) {
    let palette = view.palette;
    panel(ui, palette, |ui| {
        heading_marked(ui, view, 3, &service.name);
        format_badge(ui, view, service.format);
        ui.add_space(space::XS);
        // Label beside value where there is room; one under the other when narrow.
        let beside = ui.available_width() >= 520.0;
        let label_width = 180.0;
        for (label, value) in service_facts(view.pack, view.catalogue, service) {
            let label = RichText::new(label)
                .font(theme::bold_font(size::SMALL))
                .color(palette.text_muted);
            let font = egui::FontId::proportional(size::BODY);
            if beside {
                ui.horizontal_top(|ui| {
                    ui.allocate_ui_with_layout(
                        Vec2::new(label_width, 0.0),
                        egui::Layout::top_down(egui::Align::Min),
                        |ui| {
                            ui.set_width(label_width);
                            super::reading::text(ui, label, Role::Paragraph);
                        },
                    );
                    ui.vertical(|ui| {
                        super::marked_label(ui, view, &value, font, palette.text);
                    });
                });
            } else {
                super::reading::text(ui, label, Role::Paragraph);
                super::marked_label(ui, view, &value, font, palette.text);
            }
        }
        if let Some(approach) = service
            .approach
            .as_ref()
            .and_then(|id| view.pack.approach(id))
        {
            let spoken = view.tr_args(
                "clinic-approach-open-spoken",
                &[("title", (&approach.title).into())],
            );
            let text = view.tr_args(
                "clinic-approach-open",
                &[("title", super::home::short_name(&approach.title).into())],
            );
            if button(ui, &text, &spoken).clicked() {
                view.go(Route::Approach(approach.id.clone()));
            }
        }
    });
}

/// A service's facts as (label, value), in the reader's language: what the
/// screen shows and the handout prints.
pub fn service_facts(
    pack: &Pack,
    catalogue: &Catalogue,
    service: &Service,
) -> Vec<(String, String)> {
    let mut facts = vec![
        (catalogue.tr("clinic-fact-who"), service.who_for.clone()),
        (catalogue.tr("clinic-fact-when"), service.when.clone()),
    ];
    let length = match (service.minutes, service.weeks) {
        (Some(minutes), Some(weeks)) => Some(catalogue.tr_args(
            "clinic-length-both",
            &[("minutes", minutes.into()), ("weeks", weeks.into())],
        )),
        (Some(minutes), None) => {
            Some(catalogue.tr_args("clinic-length-minutes", &[("minutes", minutes.into())]))
        }
        (None, Some(weeks)) => {
            Some(catalogue.tr_args("clinic-length-weeks", &[("weeks", weeks.into())]))
        }
        (None, None) => None,
    };
    if let Some(length) = length {
        facts.push((catalogue.tr("clinic-fact-length"), length));
    }
    if let Some(size) = &service.group_size {
        facts.push((catalogue.tr("clinic-fact-size"), size.clone()));
    }
    if let Some(approach) = service.approach.as_ref().and_then(|id| pack.approach(id)) {
        facts.push((catalogue.tr("clinic-fact-approach"), approach.title.clone()));
    }
    facts.push((
        catalogue.tr("clinic-fact-language"),
        service.language.clone(),
    ));
    let place = match service.place {
        Place::InPerson => "clinic-place-in-person",
        Place::Online => "clinic-place-online",
        Place::Both => "clinic-place-both",
    };
    facts.push((catalogue.tr("clinic-fact-place"), catalogue.tr(place)));
    if !service.access.is_empty() {
        let access: Vec<String> = Access::ALL
            .into_iter()
            .filter(|a| service.access.contains(a))
            .map(|a| catalogue.tr(access_key(a)))
            .collect();
        facts.push((catalogue.tr("clinic-fact-access"), access.join(", ")));
    }
    facts.push((catalogue.tr("clinic-fact-cost"), service.cost.clone()));
    facts.push((catalogue.tr("clinic-fact-join"), service.join.clone()));
    facts
}

/// Catalogue key of an access feature.
fn access_key(access: Access) -> &'static str {
    match access {
        Access::StepFree => "clinic-access-step-free",
        Access::HearingLoop => "clinic-access-hearing-loop",
        Access::Interpreters => "clinic-access-interpreters",
        Access::SignLanguage => "clinic-access-sign-language",
    }
}

/// Home's "At this clinic" section summary.
pub fn section_summary(view: &View<'_>) -> String {
    let name = view
        .pack
        .info
        .clinic
        .as_ref()
        .map_or(String::new(), |c| c.name.clone());
    view.tr_args("clinic-section-summary", &[("name", name.into())])
}

/// Whether Home lists "At this clinic": only in a pack that has it.
pub fn has_section(pack: &Pack) -> bool {
    crate::content::clinic::has_section(pack)
}

/// The clinic's name (and logo) at the top of Home: who offers this app.
pub fn brand_ui(ui: &mut Ui, view: &View<'_>) {
    let Some(clinic) = view.pack.info.clinic.as_ref() else {
        return;
    };
    if clinic.name.trim().is_empty() {
        return;
    }
    let palette = view.palette;
    ui.horizontal(|ui| {
        // A band in the clinic's colour: its mark, not a control.
        let (band, _) = ui.allocate_exact_size(Vec2::new(8.0, 48.0), Sense::hover());
        ui.painter()
            .rect_filled(band, theme::pill(8.0), palette.accent);
        logo_ui(ui, view, clinic, 48.0);
        let offered = view.tr_args("clinic-offered-by", &[("name", (&clinic.name).into())]);
        ui.add(
            egui::Label::new(
                RichText::new(offered)
                    .font(theme::bold_font(size::BODY))
                    .color(palette.heading),
            )
            .wrap(),
        );
    });
    ui.add_space(space::S);
}

/// "Offered by …" and the clinic's website on Sources, beside who wrote the pack.
pub fn sources_note_ui(ui: &mut Ui, view: &mut View<'_>) {
    let Some(clinic) = view.pack.info.clinic.as_ref() else {
        return;
    };
    body(
        ui,
        &view.tr_args("clinic-offered-by", &[("name", (&clinic.name).into())]),
    );
    muted(ui, view.palette, &view.tr("clinic-sources-note"));
}

/// The clinic's name (and logo) on the attract screen, above the pack's
/// title, at `top` (centre of its top edge). Returns the height it took.
pub fn attract_ui(ui: &mut Ui, view: &View<'_>, top: egui::Pos2) -> f32 {
    let Some(clinic) = view.pack.info.clinic.as_ref() else {
        return 0.0;
    };
    let palette = view.palette;
    let width = ui.ctx().content_rect().width() * 0.8;
    let mut job = egui::text::LayoutJob::simple(
        view.tr_args("clinic-offered-by", &[("name", (&clinic.name).into())]),
        theme::bold_font(size::H3),
        palette.heading,
        width,
    );
    job.halign = egui::Align::Center;
    let galley = ui.painter().layout_job(job);
    let mut height = galley.size().y;
    let mut y = top.y;
    if let (Some(logo), Some(texture)) = (&clinic.logo_image, logo_texture(ui.ctx(), clinic)) {
        let size = logo_size(logo, 64.0, 260.0);
        let rect = Rect::from_center_size(egui::pos2(top.x, y + size.y / 2.0), size);
        ui.painter().image(
            texture.id(),
            rect,
            Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0)),
            egui::Color32::WHITE,
        );
        let response = ui.interact(rect, Id::unique("attract-clinic-logo"), Sense::hover());
        label_for_screen_readers(
            &response,
            Role::Image,
            &view.tr_args("clinic-logo-spoken", &[("name", (&clinic.name).into())]),
        );
        y += size.y + space::M;
        height += size.y + space::M;
    }
    let rect = galley.rect.translate(egui::vec2(top.x, y));
    ui.painter()
        .galley(egui::pos2(top.x, y), galley, palette.heading);
    let response = ui.interact(rect, Id::unique("attract-clinic-name"), Sense::hover());
    let offered = view.tr_args("clinic-offered-by", &[("name", (&clinic.name).into())]);
    label_for_screen_readers(&response, Role::Label, &offered);
    height
}

/// The logo, `height` points tall (never wider than four times that), named for screen readers.
fn logo_ui(ui: &mut Ui, view: &View<'_>, clinic: &Clinic, height: f32) {
    let (Some(logo), Some(texture)) = (&clinic.logo_image, logo_texture(ui.ctx(), clinic)) else {
        return;
    };
    let size = logo_size(logo, height, height * 4.0);
    let response = ui.add(egui::Image::new((texture.id(), size)).sense(Sense::hover()));
    label_for_screen_readers(
        &response,
        Role::Image,
        &view.tr_args("clinic-logo-spoken", &[("name", (&clinic.name).into())]),
    );
}

/// A logo's size at `height`, scaled down to fit `max_width`.
fn logo_size(logo: &Logo, height: f32, max_width: f32) -> Vec2 {
    let aspect = logo.width as f32 / logo.height.max(1) as f32;
    let size = Vec2::new(height * aspect, height);
    if size.x > max_width {
        size * (max_width / size.x)
    } else {
        size
    }
}

/// The logo's texture, made once from its pixels and kept in egui's memory
/// (which a kiosk clears between visits: it is simply made again).
pub fn logo_texture(ctx: &egui::Context, clinic: &Clinic) -> Option<TextureHandle> {
    let logo = clinic.logo_image.as_ref()?;
    let id = Id::unique((
        "logo of the clinic",
        logo.width,
        logo.height,
        logo.rgba.as_ptr() as usize,
    ));
    if let Some(texture) = ctx.data(|d| d.get_temp::<TextureHandle>(id)) {
        return Some(texture);
    }
    let image = egui::ColorImage::from_rgba_unmultiplied(
        [logo.width as usize, logo.height as usize],
        &logo.rgba,
    );
    let texture = ctx.load_texture("logo of the clinic", image, TextureOptions::LINEAR);
    ctx.data_mut(|d| d.insert_temp(id, texture.clone()));
    Some(texture)
}
