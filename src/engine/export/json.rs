//! A minimal JSON writer for the export: deterministic key order, compact, escaped per RFC 8259.

/// Appends `value` as a JSON string literal.
pub fn string(out: &mut String, value: &str) {
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends `"key":` (the key is escaped).
/// Appends a finite number with at most three decimals (`1200000`, `5.5`, `43.1`); written without the
/// standard float formatter, which would add ~15 KB to the wasm for the figures' values alone.
pub fn number(out: &mut String, value: f64) {
    use core::fmt::Write;
    let scaled = (value * 1000.0).round();
    if !scaled.is_finite() || scaled.abs() >= 9.0e15 {
        out.push_str("null");
        return;
    }
    let scaled = scaled as i64;
    if scaled < 0 {
        out.push('-');
    }
    let (whole, thousandths) = (scaled.unsigned_abs() / 1000, scaled.unsigned_abs() % 1000);
    let _ = write!(out, "{whole}");
    if thousandths > 0 {
        let digits = format!("{thousandths:03}");
        out.push('.');
        out.push_str(digits.trim_end_matches('0'));
    }
}

pub fn key(out: &mut String, name: &str) {
    string(out, name);
    out.push(':');
}

/// Appends a JSON array, writing each item with `write`.
pub fn array<T>(out: &mut String, items: &[T], mut write: impl FnMut(&mut String, &T)) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write(out, item);
    }
    out.push(']');
}

/// Appends a JSON array of strings.
pub fn strings(out: &mut String, values: &[String]) {
    array(out, values, |out, v| string(out, v));
}

#[cfg(test)]
mod tests {
    use super::*;

    const CASES: &[(&str, &str, &str)] = &[
        ("plain", "Almaty", "\"Almaty\""),
        ("quote and backslash", "a \"b\" \\", "\"a \\\"b\\\" \\\\\""),
        ("newline and control", "a\nb\u{1}", "\"a\\nb\\u0001\""),
        ("line separator", "a\u{2028}b", "\"a\\u2028b\""),
        ("non-ASCII kept", "Beijing’s 😀", "\"Beijing’s 😀\""),
    ];

    #[test]
    fn strings_are_escaped_as_specified() {
        for (name, input, expected) in CASES {
            let mut out = String::new();
            string(&mut out, input);
            assert_eq!(out, *expected, "{name}");
        }
    }
}
