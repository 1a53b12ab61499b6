"""Stage 1, text: raw bytes → decoded, normalised text with an offset map to the raw, and its outline."""
