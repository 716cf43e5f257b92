//! A value for a URL's query string.

/// Everything but RFC 3986's unreserved characters percent-encoded, so an
/// IRI's `:` and `/`, or a timestamp's `+`, travel as themselves.
pub fn escape(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
