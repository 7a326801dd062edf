//! The headers every response carries (strict CSP and friends) and each file's `Content-Type`.
//!
//! [`HeaderPolicy`] is the one place that decides which headers a response gets; the server's options
//! switch optional groups on (today cross-origin isolation for the benchmark's memory measurement).

use std::path::Path;

/// The policy the page must work under (see DESIGN.md, "Browser code").
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

/// Sent with every response, whatever its status: the page is tested under what an embedder would use.
const SECURITY_HEADERS: &[(&str, &str)] = &[
    ("Cache-Control", "no-cache"),
    ("X-Content-Type-Options", "nosniff"),
    ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
    ("Referrer-Policy", "no-referrer"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
];

/// Makes the page cross-origin isolated, so it may call `performance.measureUserAgentSpecificMemory()`.
const CROSS_ORIGIN_ISOLATION: &[(&str, &str)] = &[
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Cross-Origin-Embedder-Policy", "require-corp"),
];

/// Which optional header groups the server adds to the [`SECURITY_HEADERS`].
#[derive(Debug, Clone, Copy, Default)]
pub struct HeaderPolicy {
    /// Adds COOP/COEP (`serve --cross-origin-isolated`, used by the benchmark).
    pub cross_origin_isolated: bool,
}

impl HeaderPolicy {
    /// Every header a response gets besides `Content-Type` and `Content-Length`.
    pub fn headers(&self) -> impl Iterator<Item = (&'static str, &'static str)> {
        let isolation = if self.cross_origin_isolated { CROSS_ORIGIN_ISOLATION } else { &[] };
        SECURITY_HEADERS.iter().chain(isolation).copied()
    }
}

/// The `Content-Type` for a file name, by extension.
pub fn content_type(path: &Path) -> &'static str {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_ascii_lowercase();
    if name.ends_with(".d.ts") {
        return "text/plain; charset=utf-8";
    }
    let extension = name.rsplit_once('.').map(|(_, ext)| ext).unwrap_or_default();
    match extension {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" | "map" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" | "md" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[rustfmt::skip]
    const MIME_CASES: &[(&str, &str, &str)] = &[
        ("html page", "index.html", "text/html; charset=utf-8"),
        ("javascript module", "app.js", "text/javascript; charset=utf-8"),
        ("mjs module", "widget.mjs", "text/javascript; charset=utf-8"),
        ("stylesheet", "style.css", "text/css; charset=utf-8"),
        ("webassembly", "pkg/corpus_explorer_bg.wasm", "application/wasm"),
        ("json", "data.json", "application/json"),
        ("svg image", "logo.svg", "image/svg+xml"),
        ("png image", "home.png", "image/png"),
        ("typescript declarations are text", "pkg/corpus_explorer.d.ts", "text/plain; charset=utf-8"),
        ("plain text", "notes.txt", "text/plain; charset=utf-8"),
        ("extension case is ignored", "INDEX.HTML", "text/html; charset=utf-8"),
        ("unknown extension is opaque", "blob.bin", "application/octet-stream"),
        ("no extension is opaque", "LICENSE", "application/octet-stream"),
    ];

    #[test]
    fn content_types_follow_the_file_extension() {
        for (name, file, expected) in MIME_CASES {
            assert_eq!(content_type(Path::new(file)), *expected, "case '{name}' ({file})");
        }
    }

    /// (case name, policy, header that must be there, header that must not)
    #[rustfmt::skip]
    const POLICY_CASES: &[(&str, HeaderPolicy, &str, &str)] = &[
        ("default sends the CSP", HeaderPolicy { cross_origin_isolated: false }, "Content-Security-Policy", "Cross-Origin-Opener-Policy"),
        ("default sends nosniff", HeaderPolicy { cross_origin_isolated: false }, "X-Content-Type-Options", "Cross-Origin-Embedder-Policy"),
        ("isolation adds COOP", HeaderPolicy { cross_origin_isolated: true }, "Cross-Origin-Opener-Policy", "Access-Control-Allow-Origin"),
        ("isolation adds COEP", HeaderPolicy { cross_origin_isolated: true }, "Cross-Origin-Embedder-Policy", "Access-Control-Allow-Origin"),
        ("isolation keeps the CSP", HeaderPolicy { cross_origin_isolated: true }, "Content-Security-Policy", "Access-Control-Allow-Origin"),
    ];

    #[test]
    fn header_policies_add_their_groups() {
        for (name, policy, present, absent) in POLICY_CASES {
            let names: Vec<&str> = policy.headers().map(|(name, _)| name).collect();
            assert!(names.contains(present), "case '{name}': {present} missing from {names:?}");
            assert!(!names.contains(absent), "case '{name}': {absent} unexpected in {names:?}");
        }
    }
}
