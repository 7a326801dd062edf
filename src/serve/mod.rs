//! Static file server: takes a directory and a port, serves its files on 127.0.0.1 with strict security headers.
//!
//! The steps, one file each: [`http`] reads a request head (httparse) and writes a reply, [`paths`]
//! turns a request target into a path that cannot leave the directory, [`respond`] answers a request
//! from the directory, [`headers`] says what every response carries (the strict CSP, `nosniff`,
//! `no-cache`; optionally cross-origin isolation). One thread per connection, one request per
//! connection; meant for development, the browser tests and the benchmark, not production.

mod headers;
mod http;
mod paths;
mod respond;

use std::io::{self, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

pub use headers::HeaderPolicy;

/// How long a client may take to send its request head.
const READ_TIMEOUT: Duration = Duration::from_secs(10);

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
    let root = Arc::new(served_root(&options.dir)?);
    let listener = TcpListener::bind(("127.0.0.1", options.port))?;
    let port = listener.local_addr()?.port();
    let mut stdout = io::stdout().lock();
    writeln!(stdout, "Serving {} on http://127.0.0.1:{port}/", options.dir.display())?;
    stdout.flush()?;
    drop(stdout);
    for stream in listener.incoming() {
        match stream {
            Ok(stream) => {
                let (root, policy) = (Arc::clone(&root), options.headers);
                // A client that hangs up mid-response is not the server's problem.
                thread::spawn(move || answer(stream, &root, policy));
            }
            Err(error) => eprintln!("serve: accept failed: {error}"),
        }
    }
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

/// Reads one request from `stream`, answers it from `root`, and closes the connection.
fn answer(mut stream: TcpStream, root: &Path, policy: HeaderPolicy) -> io::Result<()> {
    stream.set_read_timeout(Some(READ_TIMEOUT))?;
    let (reply, head_only) = match http::read_request_head(&mut stream)? {
        Some(head) => (respond::respond(&head.method, &head.target, root), head.method == "HEAD"),
        None => (respond::Reply::error(400), false),
    };
    http::write_reply(&mut stream, reply, policy, head_only)?;
    stream.flush()
}
