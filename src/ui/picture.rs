//! The Easy Read pictures on screen. An egui image loader answers
//! `openmoji://CODE` with the embedded PNG of that OpenMoji picture
//! ([`crate::pictures`]), decoded once per window and kept; egui's own
//! texture loader then keeps the texture while it is shown.
//!
//! The pictures sit beside a sentence that says what they show, so they are
//! presentational: hidden from screen readers, which read the sentence (an
//! alternative text that repeated it would be heard twice; one that named
//! the drawing, "a lock", would add nothing the sentence does not say).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use egui::load::{ImageLoadResult, ImageLoader, ImagePoll, LoadError, SizeHint};
use egui::{ColorImage, Context, Image, Response, Ui, Vec2};

/// How the loader's addresses start.
const SCHEME: &str = "openmoji://";

/// The loader's name among egui's loaders.
const LOADER_ID: &str = concat!(module_path!(), "::OpenMojiLoader");

/// Make `openmoji://` pictures loadable in this window (once; more calls do nothing).
pub fn install(ctx: &Context) {
    if !ctx.is_loader_installed(LOADER_ID) {
        ctx.add_image_loader(Arc::new(OpenMojiLoader::default()));
    }
}

/// The picture `code` (an OpenMoji code like `1F465`), `size` points square,
/// or `None` when the app has no such picture.
pub fn image(code: &str, size: f32) -> Option<Image<'static>> {
    crate::pictures::png(code)?;
    Some(Image::new(format!("{SCHEME}{code}")).fit_to_exact_size(Vec2::splat(size)))
}

/// Draw the picture `code`, `size` points square, hidden from screen readers
/// (see the module's notes). Nothing is drawn when there is no such picture.
pub fn picture_ui(ui: &mut Ui, code: &str, size: f32) -> Option<Response> {
    let response = ui.add(image(code, size)?);
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_hidden());
    Some(response)
}

/// Decoded pictures, by code; a picture that cannot be decoded is
/// remembered as such, so it is tried once.
#[derive(Default)]
struct OpenMojiLoader {
    cache: Mutex<HashMap<String, Result<Arc<ColorImage>, String>>>,
}

impl OpenMojiLoader {
    fn cache(&self) -> std::sync::MutexGuard<'_, HashMap<String, Result<Arc<ColorImage>, String>>> {
        // A panic elsewhere while the lock was held leaves a usable map.
        self.cache.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl ImageLoader for OpenMojiLoader {
    fn id(&self) -> &str {
        LOADER_ID
    }

    fn load(&self, _ctx: &Context, uri: &str, _size_hint: SizeHint) -> ImageLoadResult {
        let Some(code) = uri.strip_prefix(SCHEME) else {
            return Err(LoadError::NotSupported);
        };
        let mut cache = self.cache();
        let entry = cache.entry(code.to_owned()).or_insert_with(|| {
            let bytes = crate::pictures::png(code).ok_or_else(|| format!("no picture {code}"))?;
            decode(bytes).map(Arc::new).inspect_err(|err| {
                log::warn!("picture {code} cannot be shown: {err}");
            })
        });
        match entry {
            Ok(image) => Ok(ImagePoll::Ready {
                image: Arc::clone(image),
            }),
            Err(err) => Err(LoadError::Loading(err.clone())),
        }
    }

    fn forget(&self, uri: &str) {
        if let Some(code) = uri.strip_prefix(SCHEME) {
            self.cache().remove(code);
        }
    }

    fn forget_all(&self) {
        self.cache().clear();
    }

    fn byte_size(&self) -> usize {
        self.cache()
            .values()
            .filter_map(|image| image.as_ref().ok())
            .map(|image| image.pixels.len() * 4)
            .sum()
    }
}

/// Decode a PNG (any colour type and depth) into an egui image.
///
/// # Errors
/// When the bytes are not a PNG this decoder can read.
pub fn decode(bytes: &[u8]) -> Result<ColorImage, String> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    // Palette, grey and 16-bit pictures all come out as 8-bit RGBA.
    decoder.set_transformations(
        png::Transformations::normalize_to_color8() | png::Transformations::ALPHA,
    );
    let mut reader = decoder.read_info().map_err(|e| e.to_string())?;
    let len = reader
        .output_buffer_size()
        .ok_or_else(|| "the picture is too large".to_owned())?;
    let mut buf = vec![0; len];
    let info = reader.next_frame(&mut buf).map_err(|e| e.to_string())?;
    let size = [info.width as usize, info.height as usize];
    let pixels = buf
        .get(..info.buffer_size())
        .ok_or_else(|| "the picture is shorter than its size".to_owned())?;
    if info.bit_depth != png::BitDepth::Eight {
        return Err(format!("unexpected bit depth {:?}", info.bit_depth));
    }
    // Grey pictures keep their own channels: spread them to RGBA.
    let rgba = crate::content::clinic::rgba8(info.color_type, pixels.to_vec())
        .ok_or_else(|| "a palette was left unexpanded".to_owned())?;
    if rgba.len() != size[0] * size[1] * 4 {
        return Err("the picture is shorter than its size".to_owned());
    }
    Ok(ColorImage::from_rgba_unmultiplied(size, &rgba))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_picture_decodes() {
        let codes: Vec<&str> = crate::pictures::codes().collect();
        assert!(!codes.is_empty());
        for code in codes {
            let bytes = crate::pictures::png(code).unwrap_or_default();
            let image = decode(bytes).unwrap_or_else(|err| panic!("{code}: {err}"));
            assert!(image.width() > 0 && image.height() > 0, "{code}");
            // OpenMoji pictures have a transparent background.
            assert_eq!(image.pixels[0].a(), 0, "{code}");
        }
    }

    #[test]
    fn broken_bytes_are_an_error_not_a_panic() {
        assert!(decode(b"not a picture").is_err());
        let bytes = crate::pictures::png("1F465").unwrap_or_default();
        assert!(decode(&bytes[..bytes.len() / 2]).is_err());
        assert!(image("NO-SUCH-PICTURE", 10.0).is_none());
    }

    #[test]
    fn the_loader_answers_its_own_addresses_once_and_no_others() {
        let ctx = Context::default();
        let loader = OpenMojiLoader::default();
        let first = loader.load(&ctx, "openmoji://1F465", SizeHint::default());
        let again = loader.load(&ctx, "openmoji://1f465", SizeHint::default());
        assert!(matches!(first, Ok(ImagePoll::Ready { .. })));
        assert!(matches!(again, Ok(ImagePoll::Ready { .. })));
        assert!(loader.byte_size() > 0);
        assert!(matches!(
            loader.load(&ctx, "https://example.org/a.png", SizeHint::default()),
            Err(LoadError::NotSupported)
        ));
        assert!(matches!(
            loader.load(&ctx, "openmoji://NOPE", SizeHint::default()),
            Err(LoadError::Loading(_))
        ));
        loader.forget_all();
        assert_eq!(loader.byte_size(), 0);
    }
}
