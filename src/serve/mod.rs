//! Static file server on tiny_http: takes a directory and a port, serves its files on 127.0.0.1 with strict security headers.
//!
//! The steps, one file each: [`paths`] turns a request target into a path that cannot leave the
//! directory, [`respond`] answers a request from the directory, [`headers`] adds what every response
//! carries (the strict CSP, `nosniff`, `no-cache`; optionally cross-origin isolation). Meant for
//! development, the browser tests and the benchmark, not production.

mod headers;
mod paths;
mod respond;

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread;

use tiny_http::{Header, Request, Response, Server, StatusCode};

pub use headers::HeaderPolicy;
use respond::{Body, Reply};

/// Requests answered at once; tiny_http reads connections on threads of its own.
const WORKERS: usize = 8;

/// What `corpus-explorer serve` serves, where, and with which optional headers.
pub struct Options {
    pub dir: PathBuf,
    /// 0 picks any free port.
    pub port: u16,
    pub headers: HeaderPolicy,
}

/// Serves `options.dir` on `http://127.0.0.1:PORT/` until the process ends.
///
/// Prints `Serving <dir> on http://127.0.0.1:PORT/` (flushed) once listening, so a test harness
/// can read the port.
pub fn serve(options: &Options) -> io::Result<()> {
    let root = served_root(&options.dir)?;
    let server = Server::http(("127.0.0.1", options.port)).map_err(io::Error::other)?;
    let port = server.server_addr().to_ip().map(|address| address.port()).unwrap_or_default();
    let mut stdout = io::stdout().lock();
    writeln!(stdout, "Serving {} on http://127.0.0.1:{port}/", options.dir.display())?;
    stdout.flush()?;
    drop(stdout);
    answer_forever(server, root, options.headers);
    Ok(())
}

/// The canonical path of the directory to serve, or why it cannot be served.
fn served_root(dir: &Path) -> io::Result<PathBuf> {
    let root = dir.canonicalize().map_err(|error| {
        io::Error::new(error.kind(), format!("cannot serve {}: {error}", dir.display()))
    })?;
    if !root.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("cannot serve {}: not a directory", dir.display()),
        ));
    }
    Ok(root)
}

fn answer_forever(server: Server, root: PathBuf, policy: HeaderPolicy) {
    let server = Arc::new(server);
    let root = Arc::new(root);
    let workers: Vec<_> = (0..WORKERS)
        .map(|_| {
            let (server, root) = (Arc::clone(&server), Arc::clone(&root));
            thread::spawn(move || {
                for request in server.incoming_requests() {
                    answer(request, &root, policy);
                }
            })
        })
        .collect();
    for worker in workers {
        let _ = worker.join();
    }
}

fn answer(request: Request, root: &Path, policy: HeaderPolicy) {
    let reply = respond::respond(request.method(), request.url(), root);
    // A client that hangs up mid-response is not the server's problem.
    let _ = request.respond(into_response(reply, policy));
}

/// The reply with the policy's headers, sent with `Content-Length` (never chunked, whatever its size).
fn into_response(reply: Reply, policy: HeaderPolicy) -> Response<Box<dyn Read + Send>> {
    let (body, len): (Box<dyn Read + Send>, u64) = match reply.body {
        Body::Text(text) => {
            let len = text.len() as u64;
            (Box::new(io::Cursor::new(text)), len)
        }
        Body::File { file, len } => (Box::new(file), len),
    };
    let common = [("Content-Type", reply.content_type)].into_iter().chain(policy.headers());
    let own = reply.headers.iter().map(|(name, value)| (*name, value.as_str()));
    let mut headers: Vec<Header> = common.filter_map(header).collect();
    headers.extend(own.filter_map(header));
    Response::new(StatusCode(reply.status), headers, body, usize::try_from(len).ok(), None)
        .with_chunked_threshold(usize::MAX)
}

/// `None` only for a value that is not ASCII, which cannot happen: names are ours and a `Location` is
/// the request's own path, which tiny_http only accepts in ASCII.
fn header((name, value): (&str, &str)) -> Option<Header> {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}
