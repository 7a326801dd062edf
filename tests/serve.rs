//! `corpus-explorer serve` over the wire: starts the binary on port 0 over a temporary directory and checks each
//! answer's status line, headers and body with raw HTTP/1.1 requests to 127.0.0.1, several at once too.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const CSP: &str =
    "Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
                   style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

/// A running server; killed when dropped.
struct Server {
    child: Child,
    port: u16,
    dir: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A fresh directory (index.html, pkg/x_bg.wasm, a symlink to /etc) served with `extra` arguments.
fn start(name: &str, extra: &[&str]) -> Server {
    let dir = std::env::temp_dir().join(format!("serve-wire-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("pkg")).unwrap();
    std::fs::write(dir.join("index.html"), "<!doctype html><title>t</title>").unwrap();
    std::fs::write(dir.join("pkg/x_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
    std::fs::write(dir.join("big.js"), "x".repeat(100_000)).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("/etc", dir.join("outside")).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_corpus-explorer"))
        .arg("serve")
        .arg("--dir")
        .arg(&dir)
        .args(["--port", "0"])
        .args(extra)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    // tests/browser/harness.mjs reads the port from exactly this line.
    let prefix = format!("Serving {} on http://127.0.0.1:", dir.display());
    let port = line.strip_prefix(&prefix).and_then(|rest| rest.strip_suffix("/\n"));
    let port = port.and_then(|p| p.parse().ok()).unwrap_or_else(|| panic!("first line: {line:?}"));
    Server { child, port, dir }
}

fn request(port: u16, raw: &str) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    stream.write_all(raw.as_bytes()).unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    String::from_utf8_lossy(&response).into_owned()
}

struct Case {
    name: &'static str,
    request: &'static str,
    status_line: &'static str,
    must_contain: &'static [&'static str],
    must_not_contain: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "root serves index.html with the security headers",
        request: "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        status_line: "HTTP/1.1 200 OK",
        must_contain: &[
            "Content-Type: text/html; charset=utf-8",
            "Content-Length: 31",
            "Cache-Control: no-cache",
            "X-Content-Type-Options: nosniff",
            "Referrer-Policy: no-referrer",
            "Cross-Origin-Resource-Policy: same-origin",
            "Connection: close",
            CSP,
            "\r\n\r\n<!doctype html>",
        ],
        must_not_contain: &["Cross-Origin-Opener-Policy", "Cross-Origin-Embedder-Policy"],
    },
    Case {
        name: "wasm is served as application/wasm",
        request: "GET /pkg/x_bg.wasm HTTP/1.1\r\nConnection: close\r\n\r\n",
        status_line: "HTTP/1.1 200 OK",
        must_contain: &["Content-Type: application/wasm", "Content-Length: 8"],
        must_not_contain: &[],
    },
    Case {
        name: "a large file has a Content-Length, not chunks",
        request: "GET /big.js HTTP/1.1\r\nConnection: close\r\n\r\n",
        status_line: "HTTP/1.1 200 OK",
        must_contain: &["Content-Length: 100000", "Content-Type: text/javascript; charset=utf-8"],
        must_not_contain: &["Transfer-Encoding"],
    },
    Case {
        name: "HEAD sends headers without a body",
        request: "HEAD /index.html HTTP/1.1\r\nConnection: close\r\n\r\n",
        status_line: "HTTP/1.1 200 OK",
        must_contain: &["Content-Length: 31", CSP],
        must_not_contain: &["<!doctype html>"],
    },
    Case {
        name: "POST is not allowed",
        request: "POST / HTTP/1.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        status_line: "HTTP/1.1 405 Method Not Allowed",
        must_contain: &["Allow: GET, HEAD", CSP],
        must_not_contain: &[],
    },
    Case {
        name: "traversal is a bad request",
        request: "GET /../../etc/passwd HTTP/1.1\r\nConnection: close\r\n\r\n",
        status_line: "HTTP/1.1 400 Bad Request",
        must_contain: &["X-Content-Type-Options: nosniff"],
        must_not_contain: &["root:"],
    },
    Case {
        name: "encoded traversal is a bad request",
        request: "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nConnection: close\r\n\r\n",
        status_line: "HTTP/1.1 400 Bad Request",
        must_contain: &[],
        must_not_contain: &["root:"],
    },
    Case {
        name: "absolute-form target is a bad request",
        request: "GET http://127.0.0.1/etc/passwd HTTP/1.1\r\nConnection: close\r\n\r\n",
        status_line: "HTTP/1.1 400 Bad Request",
        must_contain: &[],
        must_not_contain: &["root:"],
    },
    Case {
        name: "a symlink out of the directory is not followed",
        request: "GET /outside/passwd HTTP/1.1\r\nConnection: close\r\n\r\n",
        status_line: "HTTP/1.1 404 Not Found",
        must_contain: &[],
        must_not_contain: &["root:"],
    },
    Case {
        name: "missing file is not found, with the security headers",
        request: "GET /nope.js HTTP/1.1\r\nConnection: close\r\n\r\n",
        status_line: "HTTP/1.1 404 Not Found",
        must_contain: &["X-Content-Type-Options: nosniff", CSP, "404 Not Found\n"],
        must_not_contain: &[],
    },
    Case {
        name: "directory without slash redirects",
        request: "GET /pkg HTTP/1.1\r\nConnection: close\r\n\r\n",
        status_line: "HTTP/1.1 301 Moved Permanently",
        must_contain: &["Location: /pkg/"],
        must_not_contain: &[],
    },
    Case {
        name: "HTTP/1.0 is answered",
        request: "GET /index.html HTTP/1.0\r\n\r\n",
        status_line: "HTTP/1.1 200 OK",
        must_contain: &["<!doctype html>"],
        must_not_contain: &[],
    },
    Case {
        name: "a request without Connection: close is still answered and closed",
        request: "GET /pkg/x_bg.wasm HTTP/1.1\r\nHost: x\r\n\r\n",
        status_line: "HTTP/1.1 200 OK",
        must_contain: &["Connection: close", "Content-Length: 8"],
        must_not_contain: &[],
    },
    Case {
        name: "HTTP/2 is a bad request",
        request: "GET / HTTP/2.0\r\n\r\n",
        status_line: "HTTP/1.1 400 Bad Request",
        must_contain: &[CSP],
        must_not_contain: &[],
    },
    Case {
        name: "garbage is a bad request",
        request: "hello\r\n\r\n",
        status_line: "HTTP/1.1 400 Bad Request",
        must_contain: &[],
        must_not_contain: &[],
    },
];

/// The start of a response, for failure messages.
fn head(response: &str) -> &str {
    &response[..response.floor_char_boundary(800)]
}

#[test]
fn the_server_answers_requests_with_status_and_headers() {
    let server = start("cases", &[]);
    for case in CASES {
        if cfg!(not(unix)) && case.name.contains("symlink") {
            continue;
        }
        let full = request(server.port, case.request);
        let (name, response) = (case.name, head(&full));
        let expected = format!("{}\r\n", case.status_line);
        assert!(full.starts_with(&expected), "case '{name}': got {response:?}");
        for needle in case.must_contain {
            assert!(full.contains(needle), "case '{name}': no {needle:?} in {response:?}");
        }
        for needle in case.must_not_contain {
            assert!(!full.contains(needle), "case '{name}': {needle:?} in {response:?}");
        }
    }
}

#[test]
fn cross_origin_isolation_adds_coop_and_coep_to_the_usual_headers() {
    let server = start("isolated", &["--cross-origin-isolated"]);
    let response = request(server.port, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
    for needle in [
        "HTTP/1.1 200 OK\r\n",
        "Cross-Origin-Opener-Policy: same-origin",
        "Cross-Origin-Embedder-Policy: require-corp",
        "Cross-Origin-Resource-Policy: same-origin",
        CSP,
    ] {
        assert!(response.contains(needle), "no {needle:?} in {response:?}");
    }
}

/// Browsers open several connections at once and may leave some idle: every request must still be answered.
#[test]
fn connections_opened_at_once_are_all_answered() {
    let server = start("parallel", &[]);
    for _round in 0..5 {
        let mut streams: Vec<TcpStream> =
            (0..8).map(|_| TcpStream::connect(("127.0.0.1", server.port)).unwrap()).collect();
        let idle = TcpStream::connect(("127.0.0.1", server.port)).unwrap(); // a preconnect that never asks
        for stream in &mut streams {
            stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
            stream.write_all(b"GET /pkg/x_bg.wasm HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        }
        for (i, stream) in streams.iter_mut().enumerate() {
            let mut response = Vec::new();
            stream.read_to_end(&mut response).unwrap_or_else(|e| panic!("connection {i}: {e}"));
            assert!(response.starts_with(b"HTTP/1.1 200 OK\r\n"), "connection {i}");
        }
        drop(idle);
    }
}
