//! One request (method, target) against the served directory → a [`Reply`]: a file, a redirect or an error.
//!
//! Only `GET` and `HEAD` (the HTTP step leaves out a `HEAD` body); a directory without its slash is
//! redirected so relative links inside its `index.html` resolve; a file whose real path (symlinks
//! followed) leaves the directory is not found. Headers common to every reply are added later.

use std::fs::File;
use std::path::Path;

use super::headers::content_type;
use super::http::reason;
use super::paths::{path_part, resolve_request_path, Rejection};

/// What to answer, before the common headers are added.
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    /// Headers that belong to this reply only (`Allow`, `Location`).
    pub headers: Vec<(&'static str, String)>,
    pub body: Body,
}

pub enum Body {
    Text(String),
    File { file: File, len: u64 },
}

impl Reply {
    /// A plain-text reply whose body is its status line (`404 Not Found`).
    pub fn error(status: u16) -> Reply {
        let reason = reason(status);
        Reply {
            status,
            content_type: "text/plain; charset=utf-8",
            headers: Vec::new(),
            body: Body::Text(format!("{status} {reason}\n")),
        }
    }

    fn with_header(mut self, name: &'static str, value: String) -> Reply {
        self.headers.push((name, value));
        self
    }
}

/// Answers `method target` from `root` (a canonical directory path).
pub fn respond(method: &str, target: &str, root: &Path) -> Reply {
    if method != "GET" && method != "HEAD" {
        return Reply::error(405).with_header("Allow", "GET, HEAD".to_string());
    }
    let relative = match resolve_request_path(target) {
        Ok(relative) => relative,
        Err(Rejection::BadRequest) => return Reply::error(400),
    };
    // Symlinks may point anywhere: only files whose real path stays under root are served.
    let full = match root.join(relative).canonicalize() {
        Ok(full) if full.starts_with(root) => full,
        _ => return Reply::error(404),
    };
    if full.is_dir() {
        // `/docs` → `/docs/`, so that relative links inside docs/index.html resolve.
        return Reply::error(301).with_header("Location", format!("{}/", path_part(target)));
    }
    match File::open(&full).and_then(|file| Ok((file.metadata()?.len(), file))) {
        Ok((len, file)) => Reply {
            status: 200,
            content_type: content_type(&full),
            headers: Vec::new(),
            body: Body::File { file, len },
        },
        Err(_) => Reply::error(404),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (case name, method, target, status, (header, value) it must carry)
    #[rustfmt::skip]
    const CASES: &[(&str, &str, &str, u16, Option<(&str, &str)>)] = &[
        ("root serves index.html", "GET", "/", 200, None),
        ("HEAD is answered like GET", "HEAD", "/index.html", 200, None),
        ("nested file", "GET", "/pkg/x_bg.wasm", 200, None),
        ("POST is not allowed", "POST", "/", 405, Some(("Allow", "GET, HEAD"))),
        ("OPTIONS is not allowed", "OPTIONS", "/", 405, Some(("Allow", "GET, HEAD"))),
        ("traversal is a bad request", "GET", "/../../etc/passwd", 400, None),
        ("encoded traversal is a bad request", "GET", "/%2e%2e/%2e%2e/etc/passwd", 400, None),
        ("NUL is a bad request", "GET", "/index.html%00", 400, None),
        ("backslash is a bad request", "GET", "/pkg%5Cx_bg.wasm", 400, None),
        ("a symlink out of the directory is not followed", "GET", "/outside/passwd", 404, None),
        ("a symlink inside the directory is followed", "GET", "/inside/x_bg.wasm", 200, None),
        ("missing file is not found", "GET", "/nope.js", 404, None),
        ("directory without slash redirects", "GET", "/pkg", 301, Some(("Location", "/pkg/"))),
        ("redirect drops the query", "GET", "/pkg?x=1", 301, Some(("Location", "/pkg/"))),
        ("directory without index.html is not found", "GET", "/pkg/", 404, None),
    ];

    /// A fresh directory with index.html, pkg/x_bg.wasm and (on unix) symlinks out of and inside it.
    fn served_directory(test: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("serve-{test}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("pkg")).unwrap();
        std::fs::write(dir.join("index.html"), "<!doctype html><title>t</title>").unwrap();
        std::fs::write(dir.join("pkg/x_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("/etc", dir.join("outside")).unwrap();
            std::os::unix::fs::symlink(dir.join("pkg"), dir.join("inside")).unwrap();
        }
        dir.canonicalize().unwrap()
    }

    #[test]
    fn requests_get_their_status_and_own_headers() {
        let root = served_directory("statuses");
        for (name, method, target, status, header) in CASES {
            if cfg!(not(unix)) && name.contains("symlink") {
                continue;
            }
            let reply = respond(method, target, &root);
            assert_eq!(reply.status, *status, "case '{name}' ({method} {target})");
            if let Some((header, value)) = header {
                let found =
                    reply.headers.iter().find(|(n, _)| n == header).map(|(_, v)| v.as_str());
                assert_eq!(found, Some(*value), "case '{name}': header {header}");
            }
            if *status != 200 {
                assert!(matches!(reply.body, Body::Text(_)), "case '{name}': error body is text");
            }
        }
        let _ = std::fs::remove_dir_all(root);
    }

    #[test]
    fn files_carry_their_length_and_type() {
        let root = served_directory("files");
        let reply = respond("GET", "/pkg/x_bg.wasm", &root);
        assert_eq!(reply.content_type, "application/wasm");
        assert!(matches!(reply.body, Body::File { len: 8, .. }));
        let _ = std::fs::remove_dir_all(root);
    }
}
