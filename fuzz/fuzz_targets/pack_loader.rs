//! Arbitrary bytes in place of any one file of the pack (RON or Markdown).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    therapy_explorer::content::exercise::exercise(data);
});
