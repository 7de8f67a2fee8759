//! Whether what is on the screen fits: nothing outside the window, no
//! two things a person reads or presses on top of each other.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use therapy_explorer::TherapyApp;

/// Where each painted shape is, and the rectangle it is cut to. Untextured
/// meshes are left out: they are gradients, such as the fades egui paints
/// over a scroll area's edges (in the parent's clip), not a widget's own.
pub fn painted_clipped(harness: &Harness<'_, TherapyApp>) -> Vec<(egui::Rect, egui::Rect)> {
    harness
        .output()
        .shapes
        .iter()
        .filter(|c| {
            !matches!(&c.shape, egui::Shape::Mesh(m) if m.texture_id == egui::TextureId::default())
        })
        .map(|c| (c.shape.visual_bounding_rect(), c.clip_rect))
        .filter(|(rect, _)| rect.is_positive())
        .collect()
}

/// The part of a widget at `rect` that is seen: the shapes drawn inside it
/// are cut to their clip rectangle (a scroll area's edges, say). A widget
/// with no shapes of its own is taken whole, except text: egui paints no
/// text scrolled wholly out of view, so unpainted text is not seen.
pub fn visible_part(
    rect: egui::Rect,
    text: bool,
    clips: &[(egui::Rect, egui::Rect)],
) -> egui::Rect {
    // Its own shapes are the large ones inside it (a control's frame, a
    // text's words): a small one may be another panel's, drawn where this
    // one is scrolled under it, and cut to that panel.
    let inside: Vec<&(egui::Rect, egui::Rect)> = clips
        .iter()
        .filter(|(shape, _)| rect.expand(1.0).contains_rect(*shape))
        .collect();
    let large: Vec<&(egui::Rect, egui::Rect)> = inside
        .iter()
        .copied()
        .filter(|(shape, _)| shape.area() >= 0.25 * rect.area())
        .collect();
    let own = if large.is_empty() { inside } else { large };
    let mut shown: Option<egui::Rect> = None;
    for (_, clip) in own {
        shown = Some(shown.map_or(*clip, |s| s.union(*clip)));
    }
    match shown {
        Some(clip) => rect.intersect(clip),
        None if text => egui::Rect::NOTHING,
        None => rect,
    }
}

/// The widgets egui itself sees as cut away whole by their clip rectangle
/// (scrolled out of a window's scroll area): such a widget paints nothing,
/// so it cannot overlap anything. By AccessKit node id.
pub fn clipped_away(harness: &Harness<'_, TherapyApp>) -> std::collections::HashSet<u64> {
    harness.ctx.viewport(|viewport| {
        viewport
            .prev_pass
            .widgets
            .layers()
            .flat_map(|(_, widgets)| widgets.iter())
            .filter(|w| !w.interact_rect.is_positive())
            .map(|w| w.id.value())
            .collect()
    })
}

/// Every widget fits inside the window, and no two controls or texts
/// overlap (a text inside a control, such as a card's title, is part of it).
pub fn assert_fits(harness: &Harness<'_, TherapyApp>, width: f32, screen: &str) {
    let clips = painted_clipped(harness);
    let hidden = clipped_away(harness);
    let mut drawn = Vec::new();
    for node in harness.get_all_by(|n| n.role() != Role::Window && n.bounding_box().is_some()) {
        let rect = node.rect();
        let label = node.accesskit_node().label().unwrap_or_default();
        if rect.width() <= 0.0 {
            continue;
        }
        let role = node.accesskit_node().role();
        assert!(
            rect.right() <= width + 0.5 && rect.left() >= -0.5,
            "on {screen}: `{label}` ({role:?}) is outside the {width} wide window",
        );
        if matches!(
            role,
            Role::Button | Role::Link | Role::Label | Role::Heading
        ) {
            // Content scrolls under the top and bottom bars, so only
            // things in the same panel are compared; and only the part of
            // each that is seen: what a scroll area holds is cut off at its
            // edges.
            let mut ancestors = Vec::new();
            let mut panel = None;
            let mut parent = node.accesskit_node().parent();
            while let Some(p) = parent {
                ancestors.push(p.id());
                if panel.is_none() && p.role() == Role::Pane {
                    panel = Some(p.id());
                }
                parent = p.parent();
            }
            let text = matches!(role, Role::Label | Role::Heading);
            let seen = visible_part(rect, text, &clips);
            if !seen.is_positive() || hidden.contains(&node.accesskit_node().locate().0.0) {
                continue;
            }
            let text = node.accesskit_node().value().unwrap_or_default();
            let name = if label.is_empty() { text } else { label };
            drawn.push((
                name,
                role,
                seen,
                panel,
                ancestors,
                node.accesskit_node().id(),
            ));
        }
    }
    for (i, (a, role_a, ra, pa, above_a, id_a)) in drawn.iter().enumerate() {
        for (b, role_b, rb, pb, above_b, id_b) in &drawn[i + 1..] {
            if pa != pb || above_a.contains(id_b) || above_b.contains(id_a) {
                continue;
            }
            let overlap = ra.intersect(*rb);
            assert!(
                !(overlap.width() > 1.0 && overlap.height() > 1.0),
                "on {screen}: `{a}` ({role_a:?}, {ra:?}) and `{b}` ({role_b:?}, {rb:?}) overlap"
            );
        }
    }
}
