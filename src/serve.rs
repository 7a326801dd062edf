//! Static file server (std only): takes a directory and a port, serves its files over HTTP/1.1 on 127.0.0.1 with strict security headers.
//!
//! Only `GET` and `HEAD`; `/` and directories serve `index.html`; request paths are percent-decoded and
//! anything that could leave the directory (`..`, absolute paths, NUL, backslashes, symlinks pointing
//! outside) is refused. Every response carries `Cache-Control: no-cache`, `X-Content-Type-Options: nosniff`,
//! `Connection: close` and [`CONTENT_SECURITY_POLICY`], so the page is tested under the policy an
//! embedder would use. One thread per connection; meant for development and browser tests, not production.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::thread;
use std::time::Duration;

/// The policy the page must work under (see DESIGN.md, "Browser code").
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

const MAX_REQUEST_LINE: usize = 8 * 1024;
const MAX_HEADER_BYTES: usize = 64 * 1024;
const READ_TIMEOUT: Duration = Duration::from_secs(10);

/// Serves `dir` on `http://127.0.0.1:port/` until the process ends; port 0 picks any free port.
///
/// Prints `Serving <dir> on http://127.0.0.1:PORT/` (flushed) once listening, so a test harness
/// can read the port.
pub fn serve(dir: &Path, port: u16) -> io::Result<()> {
    let root = dir.canonicalize().map_err(|error| {
        io::Error::new(error.kind(), format!("cannot serve {}: {error}", dir.display()))
    })?;
    if !root.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("cannot serve {}: not a directory", dir.display()),
        ));
    }
    let listener = TcpListener::bind(("127.0.0.1", port))?;
    let port = listener.local_addr()?.port();
    let mut stdout = io::stdout().lock();
    writeln!(stdout, "Serving {} on http://127.0.0.1:{port}/", dir.display())?;
    stdout.flush()?;
    drop(stdout);
    accept_forever(listener, root)
}

fn accept_forever(listener: TcpListener, root: PathBuf) -> io::Result<()> {
    for stream in listener.incoming() {
        match stream {
            Ok(stream) => {
                let root = root.clone();
                thread::spawn(move || {
                    // A client that hangs up mid-response is not the server's problem.
                    let _ = handle_connection(stream, &root);
                });
            }
            Err(error) => eprintln!("serve: accept failed: {error}"),
        }
    }
    Ok(())
}

/// Why a request path cannot name a file under the served directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rejection {
    /// Malformed or dangerous: not origin-form, bad percent-escape, not UTF-8, NUL, backslash, `..`.
    BadRequest,
}

/// Maps a request target (`/a/b%20c.js?x=1`) to a path relative to the served directory.
///
/// Query and fragment are ignored; a target ending in `/` gets `index.html`. Every segment must be a
/// plain file name after decoding, so the result can never escape the directory by itself.
fn resolve_request_path(target: &str) -> Result<PathBuf, Rejection> {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    if !path.starts_with('/') {
        return Err(Rejection::BadRequest); // absolute-form (`http://host/x`), `*`, or relative
    }
    let decoded = percent_decode(path).ok_or(Rejection::BadRequest)?;
    if decoded.contains(['\0', '\\']) {
        return Err(Rejection::BadRequest);
    }
    let mut relative = PathBuf::new();
    for segment in decoded.split('/') {
        if segment.is_empty() || segment == "." {
            continue;
        }
        let mut components = Path::new(segment).components();
        match (components.next(), components.next()) {
            (Some(Component::Normal(name)), None) => relative.push(name),
            _ => return Err(Rejection::BadRequest), // `..`, a drive prefix, a root
        }
    }
    if relative.as_os_str().is_empty() || decoded.ends_with('/') {
        relative.push("index.html");
    }
    Ok(relative)
}

/// Decodes `%XX` escapes; `None` for a broken escape or bytes that are not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The `Content-Type` for a file name, by extension.
fn content_type(path: &Path) -> &'static str {
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

struct Response {
    status: &'static str,
    content_type: &'static str,
    extra_headers: Vec<(&'static str, String)>,
    body: Body,
}

enum Body {
    Text(String),
    File { file: File, len: u64 },
}

impl Response {
    fn error(status: &'static str) -> Self {
        Response {
            status,
            content_type: "text/plain; charset=utf-8",
            extra_headers: Vec::new(),
            body: Body::Text(format!("{status}\n")),
        }
    }
}

fn handle_connection(stream: TcpStream, root: &Path) -> io::Result<()> {
    stream.set_read_timeout(Some(READ_TIMEOUT))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut writer = stream;
    let (method, response) = match read_request(&mut reader)? {
        Some((method, target)) => {
            let response = respond(&method, &target, root);
            (method, response)
        }
        None => (String::new(), Response::error("400 Bad Request")),
    };
    write_response(&mut writer, &response, method == "HEAD")?;
    writer.flush()
}

/// Reads the request line and skips the headers; `None` when the request is malformed.
fn read_request(reader: &mut impl BufRead) -> io::Result<Option<(String, String)>> {
    let mut line = String::new();
    let read = read_limited_line(reader, &mut line)?;
    if read == 0 || !line.ends_with('\n') {
        return Ok(None);
    }
    let mut parts = line.split_whitespace();
    let (Some(method), Some(target), Some(version)) = (parts.next(), parts.next(), parts.next())
    else {
        return Ok(None);
    };
    if !version.starts_with("HTTP/1.") || parts.next().is_some() {
        return Ok(None);
    }
    let request = (method.to_string(), target.to_string());
    let mut header_bytes = 0;
    loop {
        line.clear();
        let read = read_limited_line(reader, &mut line)?;
        header_bytes += read;
        if read == 0 || header_bytes > MAX_HEADER_BYTES || !line.ends_with('\n') {
            return Ok(None);
        }
        if line.trim_end_matches(['\r', '\n']).is_empty() {
            return Ok(Some(request));
        }
    }
}

/// Reads one line of at most [`MAX_REQUEST_LINE`] bytes (a longer one comes back without its `\n`).
fn read_limited_line(reader: &mut impl BufRead, line: &mut String) -> io::Result<usize> {
    Read::take(reader, MAX_REQUEST_LINE as u64).read_line(line)
}

fn respond(method: &str, target: &str, root: &Path) -> Response {
    if method != "GET" && method != "HEAD" {
        let mut response = Response::error("405 Method Not Allowed");
        response.extra_headers.push(("Allow", "GET, HEAD".to_string()));
        return response;
    }
    let relative = match resolve_request_path(target) {
        Ok(relative) => relative,
        Err(Rejection::BadRequest) => return Response::error("400 Bad Request"),
    };
    // Symlinks may point anywhere: only files whose real path stays under root are served.
    let full = match root.join(&relative).canonicalize() {
        Ok(full) if full.starts_with(root) => full,
        _ => return Response::error("404 Not Found"),
    };
    if full.is_dir() {
        // `/docs` → `/docs/`, so that relative links inside docs/index.html resolve.
        let path = target.split(['?', '#']).next().unwrap_or_default();
        let mut response = Response::error("301 Moved Permanently");
        response.extra_headers.push(("Location", format!("{path}/")));
        return response;
    }
    match File::open(&full).and_then(|file| Ok((file.metadata()?.len(), file))) {
        Ok((len, file)) => Response {
            status: "200 OK",
            content_type: content_type(&full),
            extra_headers: Vec::new(),
            body: Body::File { file, len },
        },
        Err(_) => Response::error("404 Not Found"),
    }
}

fn write_response(out: &mut impl Write, response: &Response, head_only: bool) -> io::Result<()> {
    let len = match &response.body {
        Body::Text(text) => text.len() as u64,
        Body::File { len, .. } => *len,
    };
    let mut head = format!(
        "HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {len}\r\nCache-Control: no-cache\r\n\
         X-Content-Type-Options: nosniff\r\nContent-Security-Policy: {CONTENT_SECURITY_POLICY}\r\n\
         Referrer-Policy: no-referrer\r\nCross-Origin-Resource-Policy: same-origin\r\nConnection: close\r\n",
        response.status, response.content_type
    );
    for (name, value) in &response.extra_headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    out.write_all(head.as_bytes())?;
    if head_only {
        return Ok(());
    }
    match &response.body {
        Body::Text(text) => out.write_all(text.as_bytes()),
        Body::File { file, .. } => io::copy(&mut &*file, out).map(|_| ()),
    }
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
        ("percent-encoded space is decoded", "/a%20b.txt", Ok("a b.txt")),
        ("percent-encoded UTF-8 is decoded", "/%D0%90%C3%A9.txt", Ok("Аé.txt")),
        ("plus stays a plus in paths", "/a+b.txt", Ok("a+b.txt")),
        ("dot segments are dropped", "/./pkg/./x.js", Ok("pkg/x.js")),
        ("doubled slashes collapse", "//pkg//x.js", Ok("pkg/x.js")),
        ("encoded slash cannot make an absolute path", "/%2Fetc%2Fpasswd", Ok("etc/passwd")),
        ("dot-dot is rejected", "/../etc/passwd", Err(BadRequest)),
        ("inner dot-dot is rejected", "/pkg/../../x", Err(BadRequest)),
        ("encoded dot-dot is rejected", "/%2e%2e/etc/passwd", Err(BadRequest)),
        ("dot-dot behind encoded slash is rejected", "/pkg%2F..%2F..%2Fx", Err(BadRequest)),
        ("backslash is rejected", "/..%5C..%5Cx", Err(BadRequest)),
        ("NUL is rejected", "/index.html%00.png", Err(BadRequest)),
        ("absolute-form target is rejected", "http://evil.example/x", Err(BadRequest)),
        ("relative target is rejected", "index.html", Err(BadRequest)),
        ("broken escape is rejected", "/a%2", Err(BadRequest)),
        ("non-hex escape is rejected", "/a%zz", Err(BadRequest)),
        ("escape that is not UTF-8 is rejected", "/%ff.txt", Err(BadRequest)),
    ];

    #[test]
    fn request_paths_resolve_inside_the_served_directory() {
        for (name, target, expected) in RESOLVE_CASES {
            let expected = expected.map(PathBuf::from);
            assert_eq!(resolve_request_path(target), expected, "case '{name}' ({target})");
        }
    }

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

    /// Starts a server on a free port over a fresh temporary directory; returns its port.
    fn start_test_server() -> (u16, PathBuf) {
        let dir = std::env::temp_dir().join(format!(
            "serve-test-{}-{:?}",
            std::process::id(),
            thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("pkg")).unwrap();
        std::fs::write(dir.join("index.html"), "<!doctype html><title>t</title>").unwrap();
        std::fs::write(dir.join("pkg/x_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink("/etc", dir.join("outside")).unwrap();
        let root = dir.canonicalize().unwrap();
        let listener = TcpListener::bind(("127.0.0.1", 0)).unwrap();
        let port = listener.local_addr().unwrap().port();
        thread::spawn(move || accept_forever(listener, root));
        (port, dir)
    }

    fn request(port: u16, raw: &str) -> String {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream.write_all(raw.as_bytes()).unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        response
    }

    struct HttpCase {
        name: &'static str,
        request: &'static str,
        status_line: &'static str,
        must_contain: &'static [&'static str],
        must_not_contain: &'static [&'static str],
    }

    const HTTP_CASES: &[HttpCase] = &[
        HttpCase {
            name: "root serves index.html with the security headers",
            request: "GET / HTTP/1.1\r\nHost: x\r\n\r\n",
            status_line: "HTTP/1.1 200 OK",
            must_contain: &[
                "Content-Type: text/html; charset=utf-8",
                "Cache-Control: no-cache",
                "X-Content-Type-Options: nosniff",
                "Connection: close",
                "Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'",
                "<!doctype html>",
            ],
            must_not_contain: &[],
        },
        HttpCase {
            name: "wasm is served as application/wasm",
            request: "GET /pkg/x_bg.wasm HTTP/1.1\r\n\r\n",
            status_line: "HTTP/1.1 200 OK",
            must_contain: &["Content-Type: application/wasm", "Content-Length: 8"],
            must_not_contain: &[],
        },
        HttpCase {
            name: "HEAD sends headers without a body",
            request: "HEAD /index.html HTTP/1.1\r\n\r\n",
            status_line: "HTTP/1.1 200 OK",
            must_contain: &["Content-Length: 31"],
            must_not_contain: &["<!doctype html>"],
        },
        HttpCase {
            name: "POST is not allowed",
            request: "POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n",
            status_line: "HTTP/1.1 405 Method Not Allowed",
            must_contain: &["Allow: GET, HEAD"],
            must_not_contain: &[],
        },
        HttpCase {
            name: "traversal is a bad request",
            request: "GET /../../etc/passwd HTTP/1.1\r\n\r\n",
            status_line: "HTTP/1.1 400 Bad Request",
            must_contain: &[],
            must_not_contain: &["root:"],
        },
        HttpCase {
            name: "a symlink out of the directory is not followed",
            request: "GET /outside/passwd HTTP/1.1\r\n\r\n",
            status_line: "HTTP/1.1 404 Not Found",
            must_contain: &[],
            must_not_contain: &["root:"],
        },
        HttpCase {
            name: "missing file is not found",
            request: "GET /nope.js HTTP/1.1\r\n\r\n",
            status_line: "HTTP/1.1 404 Not Found",
            must_contain: &["X-Content-Type-Options: nosniff"],
            must_not_contain: &[],
        },
        HttpCase {
            name: "directory without slash redirects",
            request: "GET /pkg HTTP/1.1\r\n\r\n",
            status_line: "HTTP/1.1 301 Moved Permanently",
            must_contain: &["Location: /pkg/"],
            must_not_contain: &[],
        },
        HttpCase {
            name: "garbage is a bad request",
            request: "hello\r\n\r\n",
            status_line: "HTTP/1.1 400 Bad Request",
            must_contain: &[],
            must_not_contain: &[],
        },
    ];

    #[test]
    fn the_server_answers_requests_with_status_and_headers() {
        let (port, dir) = start_test_server();
        for case in HTTP_CASES {
            let response = request(port, case.request);
            assert!(
                response.starts_with(&format!("{}\r\n", case.status_line)),
                "case '{}': got {response:?}",
                case.name
            );
            for needle in case.must_contain {
                assert!(
                    response.contains(needle),
                    "case '{}': missing {needle:?} in {response:?}",
                    case.name
                );
            }
            for needle in case.must_not_contain {
                assert!(
                    !response.contains(needle),
                    "case '{}': unexpected {needle:?} in {response:?}",
                    case.name
                );
            }
        }
        let _ = std::fs::remove_dir_all(dir);
    }
}
