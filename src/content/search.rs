//! Full-text search over a pack (being written).
