//! "Which fits me?": an opening (`decide_intro`), one question per screen,
//! then a side-by-side result that shows what each option tends to offer.
//! It never names a winner, and shows no stories (they sway choices).

use egui::accesskit::Role;
use egui::{Align, CornerRadius, Frame, Margin, RichText, Sense, Stroke, Ui, Vec2, WidgetInfo};

use super::theme::{self, radius, size, space};
use super::{View, body, button, heading, markdown, muted, reading};
use crate::content::decision::{self, Answer, Decision, Question, Wording, fill_in};
use crate::state::{Command, DecideCommand, DecisionState};

pub fn ui(ui: &mut Ui, view: &mut View<'_>, state: &DecisionState) {
    let Some(decision) = view.pack.decision.as_ref() else {
        super::pages::missing(ui, view, "pages-missing-guide");
        return;
    };
    if view.pack.decision_fallback {
        // Shown in the default language: its translation differs.
        super::language::language_note_ui(ui, view);
    }
    let count = decision.questions.len();
    // Each step starts at its top, wherever the last one was scrolled to
    // (the opening is long; a question at 200 % may be too).
    let step_id = ui.scope_id().with("step shown");
    if ui.data(|d| d.get_temp::<usize>(step_id)) != Some(state.step) {
        ui.data_mut(|d| d.insert_temp(step_id, state.step));
        ui.scroll_to_cursor(Some(Align::TOP));
    }
    match state.step {
        0 => super::decide_intro::intro_ui(ui, view, decision),
        step if step <= count => question_ui(ui, view, decision, state, step - 1),
        _ => result_ui(ui, view, decision, state),
    }
}

fn progress_ui(ui: &mut Ui, view: &View<'_>, decision: &Decision, index: usize) {
    let palette = view.palette;
    let count = decision.questions.len();
    let text = fill_in(
        &decision.wording.progress,
        &[
            ("{n}", &(index + 1).to_string()),
            ("{total}", &count.to_string()),
        ],
    );
    let response = ui.label(
        RichText::new(&text)
            .size(size::SMALL + 1.0)
            .color(palette.text_muted),
    );
    response.widget_info(|| WidgetInfo::labeled(Role::ProgressIndicator, true, &text));
    let height = 10.0;
    let (bar, _) = ui.allocate_exact_size(
        Vec2::new(ui.available_width().min(420.0), height),
        Sense::hover(),
    );
    ui.painter()
        .rect_filled(bar, theme::pill(height), palette.surface_alt);
    let mut done = bar;
    done.set_width(bar.width() * (index + 1) as f32 / count.max(1) as f32);
    ui.painter()
        .rect_filled(done, theme::pill(height), palette.accent);
}

fn question_ui(
    ui: &mut Ui,
    view: &mut View<'_>,
    decision: &Decision,
    state: &DecisionState,
    index: usize,
) {
    let palette = view.palette;
    let Some(question) = decision.questions.get(index) else {
        return;
    };
    let wording = &decision.wording;
    progress_ui(ui, view, decision, index);
    ui.add_space(space::S);
    heading(ui, palette, 1, &question.text);
    body(ui, &question.help);
    ui.add_space(space::M);
    let chosen = state.answer(index);
    // The answers are one radio group named by the question, so "Answer:
    // Very" is heard with what it answers, and as "1 of 4".
    let answers = decision.answers(question);
    let group = egui::UiBuilder::new()
        .accessibility_role(Role::RadioGroup)
        .accessibility_label(question.text.clone());
    ui.scope_builder(group, |ui| {
        ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
            node.set_size_of_set(answers.len());
        });
        answer_buttons(ui, view, wording, answers, chosen, index);
    });
    ui.add_space(space::M_PLUS);
    question_nav_ui(ui, view, wording, chosen);
}

/// One button per answer to question `index`; the chosen one is filled.
fn answer_buttons(
    ui: &mut Ui,
    view: &mut View<'_>,
    wording: &Wording,
    answers: &[Answer],
    chosen: Option<usize>,
    index: usize,
) {
    let palette = view.palette;
    for (a, answer) in answers.iter().enumerate() {
        let selected = chosen == Some(a);
        let (fill, color, stroke) = if selected {
            (
                palette.accent,
                palette.on_accent,
                Stroke::new(2.0, palette.accent),
            )
        } else {
            (
                palette.surface,
                palette.text,
                Stroke::new(1.5, palette.border),
            )
        };
        let text = if selected {
            fill_in(&wording.your_answer, &[("{answer}", &answer.label)])
        } else {
            answer.label.clone()
        };
        let response = ui.add(
            egui::Button::new(RichText::new(text).size(size::H3).color(color))
                .fill(fill)
                .stroke(stroke)
                .corner_radius(CornerRadius::same(radius::CARD))
                .min_size(Vec2::new(ui.available_width().min(560.0), 60.0)),
        );
        response.widget_info(|| {
            WidgetInfo::selected(
                Role::RadioButton,
                true,
                selected,
                fill_in(&wording.answer_spoken, &[("{answer}", &answer.label)]),
            )
        });
        // Counted from 0: "1 of 4" to the reader.
        ui.ctx().accesskit_node_builder(response.id, |node| {
            node.set_position_in_set(a);
        });
        // Down and Up move between the answers, as in any radio group.
        reading::keeps_arrows(ui, response.id);
        if response.clicked() {
            view.push(Command::Decide(DecideCommand::Answer {
                question: index,
                answer: a,
            }));
        }
    }
}

/// The previous and next (or skip) buttons under a question.
fn question_nav_ui(ui: &mut Ui, view: &mut View<'_>, wording: &Wording, chosen: Option<usize>) {
    ui.horizontal_wrapped(|ui| {
        if button(ui, &wording.previous, &wording.previous_spoken).clicked() {
            view.push(Command::Decide(DecideCommand::Back));
        }
        // Moving on keeps an answer already given: "Next" then, not "Skip".
        let (text, spoken) = if chosen.is_some() {
            (&wording.next, &wording.next_spoken)
        } else {
            (&wording.skip, &wording.skip_spoken)
        };
        if button(ui, text, spoken).clicked() {
            view.push(Command::Decide(DecideCommand::Skip));
        }
    });
}

fn result_ui(ui: &mut Ui, view: &mut View<'_>, decision: &Decision, state: &DecisionState) {
    let palette = view.palette;
    let wording = &decision.wording;
    let reflection = decision::reflect(decision, &state.answers);
    heading(ui, palette, 1, &wording.result_title);
    if reflection.priorities.is_empty() {
        body(ui, &decision.no_priorities_note);
    } else {
        body(ui, &decision.result_intro);
    }
    // The topics to show side by side: what matters most, or every topic.
    let shown: Vec<&Question> = if reflection.priorities.is_empty() {
        decision.questions.iter().collect()
    } else {
        reflection.priorities.clone()
    };
    let mut source_ids: Vec<String> = Vec::new();
    let mut note_sources = |question: &Question| {
        for id in &question.sources {
            if !source_ids.contains(id) {
                source_ids.push(id.clone());
            }
        }
    };
    for question in shown {
        topic_ui(ui, view, decision, question);
        note_sources(question);
    }
    if !reflection.priorities.is_empty() && !reflection.also.is_empty() {
        ui.add_space(space::M);
        heading(ui, palette, 2, &wording.also_title);
        for question in &reflection.also {
            topic_ui(ui, view, decision, question);
            note_sources(question);
        }
    }
    ui.add_space(space::M);
    Frame::new()
        .fill(palette.surface_alt)
        .corner_radius(CornerRadius::same(radius::CARD))
        .inner_margin(Margin::same(18))
        .show(ui, |ui| {
            ui.set_min_width(ui.available_width());
            heading(ui, palette, 2, &wording.both_title);
            markdown::doc_ui(ui, view, &decision.both_doc, false);
        });
    if !reflection.asks.is_empty() {
        ui.add_space(space::M);
        heading(ui, palette, 2, &wording.asks_title);
        // Only a kiosk stands in the clinic, next to a front desk.
        let intro = if view.kiosk {
            &wording.asks_intro_kiosk
        } else {
            &wording.asks_intro_home
        };
        muted(ui, palette, intro);
        for ask in &reflection.asks {
            ui.horizontal_top(|ui| {
                let bullet = ui.add_sized(
                    Vec2::new(24.0, 0.0),
                    egui::Label::new(
                        RichText::new("•")
                            .size(size::BODY)
                            .color(palette.text_muted),
                    ),
                );
                reading::hide(ui, &bullet);
                reading::text(ui, RichText::new(ask).size(size::BODY), Role::ListItem);
            });
        }
    }
    ui.add_space(space::L);
    ui.horizontal_wrapped(|ui| {
        if button(ui, &wording.change_answers, &wording.change_answers_spoken).clicked() {
            view.push(Command::Decide(DecideCommand::Start));
        }
        if button(ui, &wording.start_again, &wording.start_again_spoken).clicked() {
            view.push(Command::Decide(DecideCommand::Restart));
        }
    });
    muted(ui, palette, &wording.not_saved);
    super::qr::decide_result_ui(ui, view, decision, &state.answers);
    // Where what the topics above say comes from.
    super::sources_footer(ui, view, &source_ids);
}

/// One topic: what each option tends to offer, and what to keep in mind, side by side.
fn topic_ui(ui: &mut Ui, view: &View<'_>, decision: &Decision, question: &Question) {
    let palette = view.palette;
    let wording = &decision.wording;
    ui.add_space(space::S);
    heading(ui, palette, 3, &question.topic);
    let id = ui.scope_id().with(("offer-height", &question.id));
    super::layout::format_pair(ui, id, |ui, format, min_height| {
        let offer = question.offer(format);
        super::card_frame(palette, 16)
            .show(ui, |ui| {
                // The frame's margins and border come off the card's width.
                ui.set_min_width(ui.available_width());
                let top = ui.cursor().top();
                ui.spacing_mut().item_spacing.y = space::S;
                let name = RichText::new(view.format_name(format))
                    .font(theme::bold_font(size::BODY))
                    .color(palette.format(format));
                reading::text(ui, name, Role::Paragraph);
                small_heading(ui, view, &wording.strength_title);
                let strength = RichText::new(&offer.strength).size(size::BODY);
                reading::text(ui, strength, Role::Paragraph);
                small_heading(ui, view, &wording.trade_off_title);
                let trade_off = RichText::new(&offer.trade_off).size(size::BODY);
                reading::text(ui, trade_off, Role::Paragraph);
                // The height the text itself needs, before stretching to
                // the taller card.
                let needed = ui.cursor().top() - top;
                // (The cursor is one item gap below the text.)
                let extra = min_height - needed - ui.spacing().item_spacing.y;
                if extra > 0.0 {
                    ui.add_space(extra);
                }
                needed
            })
            .inner
    });
}

fn small_heading(ui: &mut Ui, view: &View<'_>, text: &str) {
    let text = RichText::new(text)
        .font(theme::bold_font(size::SMALL))
        .color(view.palette.text_muted);
    reading::text(ui, text, Role::Paragraph);
}
