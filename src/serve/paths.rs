//! Request target → path under the served directory: percent-decodes and refuses anything that could leave it.
//!
//! Query and fragment are ignored; a target ending in `/` gets `index.html`. Every segment must be a
//! plain file name after decoding (`..`, a root, a drive prefix, NUL and backslashes are refused), so the
//! result can never escape the directory by itself. Symlinks are checked later, against the real path.

use std::path::{Component, Path, PathBuf};

/// Why a request target cannot name a file under the served directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    /// Malformed or dangerous: not origin-form, bad percent-escape, not UTF-8, NUL, backslash, `..`.
    BadRequest,
}

/// The path part of a request target: `/a/b.js?x=1#y` → `/a/b.js`.
pub fn path_part(target: &str) -> &str {
    target.split(['?', '#']).next().unwrap_or_default()
}

/// Maps a request target (`/a/b%20c.js?x=1`) to a path relative to the served directory.
pub fn resolve_request_path(target: &str) -> Result<PathBuf, Rejection> {
    let path = path_part(target);
    if !path.starts_with('/') {
        return Err(Rejection::BadRequest); // absolute-form (`http://host/x`), `*`, or relative
    }
    let decoded = percent_decode(path).ok_or(Rejection::BadRequest)?;
    if decoded.contains(['\0', '\\']) {
        return Err(Rejection::BadRequest);
    }
    let mut relative = PathBuf::new();
    for segment in decoded.split('/').filter(|s| !s.is_empty() && *s != ".") {
        relative.push(plain_file_name(segment)?);
    }
    if relative.as_os_str().is_empty() || decoded.ends_with('/') {
        relative.push("index.html");
    }
    Ok(relative)
}

/// One decoded path segment that is a plain name: not `..`, not a root or a drive prefix.
fn plain_file_name(segment: &str) -> Result<&std::ffi::OsStr, Rejection> {
    let mut components = Path::new(segment).components();
    match (components.next(), components.next()) {
        (Some(Component::Normal(name)), None) => Ok(name),
        _ => Err(Rejection::BadRequest),
    }
}

/// Decodes `%XX` escapes; `None` for a broken escape or bytes that are not UTF-8.
///
/// Stricter than a general URL decoder on purpose: a `%` not followed by two hex digits is refused
/// rather than kept, so a path can only mean one file name.
fn percent_decode(text: &str) -> Option<String> {
    let mut out = Vec::with_capacity(text.len());
    let mut bytes = text.bytes();
    while let Some(byte) = bytes.next() {
        if byte != b'%' {
            out.push(byte);
            continue;
        }
        let high = (bytes.next()? as char).to_digit(16)?;
        let low = (bytes.next()? as char).to_digit(16)?;
        out.push((high * 16 + low) as u8);
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::Rejection::BadRequest;
    use super::*;

    /// (case name, request target, expected path relative to the served directory)
    #[rustfmt::skip]
    const RESOLVE_CASES: &[(&str, &str, Result<&str, Rejection>)] = &[
        ("root serves index.html", "/", Ok("index.html")),
        ("root with query serves index.html", "/?q=Akitkhan#x", Ok("index.html")),
        ("plain file", "/app.js", Ok("app.js")),
        ("nested file", "/pkg/corpus_explorer_bg.wasm", Ok("pkg/corpus_explorer_bg.wasm")),
        ("directory with slash serves its index.html", "/docs/", Ok("docs/index.html")),
        ("query string is ignored", "/app.js?v=2", Ok("app.js")),
        ("fragment is ignored", "/app.js#top", Ok("app.js")),
        ("percent-encoded space is decoded", "/a%20b.txt", Ok("a b.txt")),
        ("percent-encoded UTF-8 is decoded", "/%D0%90%C3%A9.txt", Ok("Аé.txt")),
        ("lowercase hex escapes are decoded", "/%d0%90.txt", Ok("А.txt")),
        ("plus stays a plus in paths", "/a+b.txt", Ok("a+b.txt")),
        ("dot segments are dropped", "/./pkg/./x.js", Ok("pkg/x.js")),
        ("encoded dot segment is dropped", "/%2e/x.js", Ok("x.js")),
        ("doubled slashes collapse", "//pkg//x.js", Ok("pkg/x.js")),
        ("encoded slash cannot make an absolute path", "/%2Fetc%2Fpasswd", Ok("etc/passwd")),
        ("three dots are a plain name", "/.../x", Ok(".../x")),
        ("dot-dot is rejected", "/../etc/passwd", Err(BadRequest)),
        ("trailing dot-dot is rejected", "/pkg/..", Err(BadRequest)),
        ("inner dot-dot is rejected", "/pkg/../../x", Err(BadRequest)),
        ("encoded dot-dot is rejected", "/%2e%2e/etc/passwd", Err(BadRequest)),
        ("half-encoded dot-dot is rejected", "/.%2E/etc/passwd", Err(BadRequest)),
        ("dot-dot behind encoded slash is rejected", "/pkg%2F..%2F..%2Fx", Err(BadRequest)),
        ("backslash is rejected", "/..%5C..%5Cx", Err(BadRequest)),
        ("raw backslash is rejected", "/a\\b", Err(BadRequest)),
        ("NUL is rejected", "/index.html%00.png", Err(BadRequest)),
        ("absolute-form target is rejected", "http://evil.example/x", Err(BadRequest)),
        ("asterisk-form target is rejected", "*", Err(BadRequest)),
        ("relative target is rejected", "index.html", Err(BadRequest)),
        ("empty target is rejected", "", Err(BadRequest)),
        ("broken escape is rejected", "/a%2", Err(BadRequest)),
        ("lone percent is rejected", "/a%", Err(BadRequest)),
        ("non-hex escape is rejected", "/a%zz", Err(BadRequest)),
        ("escape that is not UTF-8 is rejected", "/%ff.txt", Err(BadRequest)),
    ];

    #[test]
    fn request_paths_resolve_inside_the_served_directory() {
        for (name, target, expected) in RESOLVE_CASES {
            let expected = expected.map(PathBuf::from);
            assert_eq!(resolve_request_path(target), expected, "case '{name}' ({target:?})");
        }
    }
}
