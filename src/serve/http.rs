//! HTTP/1.1 on one connection: reads a request head with httparse, writes a reply with its headers, then closes.
//!
//! One request per connection (`Connection: close`), so a connection's thread never waits on an idle
//! keep-alive socket. A head that does not parse, is longer than [`MAX_HEAD_BYTES`] or has more than
//! [`MAX_HEADERS`] headers is refused (the caller answers 400).

use std::io::{self, Read, Write};

use super::headers::HeaderPolicy;
use super::respond::{Body, Reply};

/// Longest request head (request line and headers) read before giving up.
pub const MAX_HEAD_BYTES: usize = 64 * 1024;
/// Most headers a request may carry (a browser sends about 15).
pub const MAX_HEADERS: usize = 64;

/// The request line's method and target (`GET`, `/pkg/x.wasm?v=1`).
pub struct RequestHead {
    pub method: String,
    pub target: String,
}

/// Reads until the head is complete; `None` when it is malformed, too long, or the client hung up first.
pub fn read_request_head(stream: &mut impl Read) -> io::Result<Option<RequestHead>> {
    let mut head = Vec::with_capacity(2048);
    let mut chunk = [0u8; 4096];
    loop {
        let read = stream.read(&mut chunk)?;
        if read == 0 {
            return Ok(None);
        }
        head.extend_from_slice(&chunk[..read]);
        let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
        let mut request = httparse::Request::new(&mut headers);
        match request.parse(&head) {
            Ok(httparse::Status::Complete(_)) => {
                let (method, target) = (request.method.unwrap_or_default(), request.path);
                let target = target.unwrap_or_default().to_string();
                return Ok(Some(RequestHead { method: method.to_string(), target }));
            }
            Ok(httparse::Status::Partial) if head.len() < MAX_HEAD_BYTES => continue,
            _ => return Ok(None),
        }
    }
}

/// The reason phrase of the statuses the server sends.
pub fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        _ => "",
    }
}

/// Writes the reply with `Content-Length`, the policy's headers and its own; the body unless `head_only`.
pub fn write_reply(
    out: &mut impl Write,
    reply: Reply,
    policy: HeaderPolicy,
    head_only: bool,
) -> io::Result<()> {
    let len = match &reply.body {
        Body::Text(text) => text.len() as u64,
        Body::File { len, .. } => *len,
    };
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {len}\r\n",
        reply.status,
        reason(reply.status),
        reply.content_type
    );
    for (name, value) in policy.headers() {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    for (name, value) in &reply.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("Connection: close\r\n\r\n");
    out.write_all(head.as_bytes())?;
    match reply.body {
        _ if head_only => Ok(()),
        Body::Text(text) => out.write_all(text.as_bytes()),
        Body::File { mut file, .. } => io::copy(&mut file, out).map(|_| ()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (case name, raw request bytes, expected (method, target) or None for a refused head)
    #[rustfmt::skip]
    const HEAD_CASES: &[(&str, &[u8], Option<(&str, &str)>)] = &[
        ("a GET", b"GET /app.js?v=2 HTTP/1.1\r\nHost: x\r\n\r\n", Some(("GET", "/app.js?v=2"))),
        ("a HEAD over HTTP/1.0", b"HEAD / HTTP/1.0\r\n\r\n", Some(("HEAD", "/"))),
        ("an unknown method is read (respond refuses it)", b"BREW /pot HTTP/1.1\r\n\r\n", Some(("BREW", "/pot"))),
        ("garbage is refused", b"hello\r\n\r\n", None),
        ("HTTP/2 is refused", b"GET / HTTP/2.0\r\n\r\n", None),
        ("a header without a colon is refused", b"GET / HTTP/1.1\r\nnonsense\r\n\r\n", None),
        ("a head cut short is refused", b"GET / HTTP/1.1\r\nHost: x\r\n", None),
        ("nothing is refused", b"", None),
    ];

    #[test]
    fn request_heads_are_read_or_refused() {
        for (name, raw, expected) in HEAD_CASES {
            let head = read_request_head(&mut &raw[..]).unwrap();
            let got = head.as_ref().map(|h| (h.method.as_str(), h.target.as_str()));
            assert_eq!(got, *expected, "case '{name}'");
        }
    }

    #[test]
    fn a_head_longer_than_the_limit_is_refused() {
        let mut raw = b"GET / HTTP/1.1\r\nX-Padding: ".to_vec();
        raw.resize(MAX_HEAD_BYTES + 10, b'a');
        raw.extend_from_slice(b"\r\n\r\n");
        assert!(read_request_head(&mut &raw[..]).unwrap().is_none());
    }
}
