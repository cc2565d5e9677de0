//! The embedded dataset as JSON on stdout, loadable by
//! `Dataset::from_json`: a starting point for your own data.
//!
//! ```text
//! cargo run --example export --features serde > allegiance.json
//! ```

use std::io::Write;
use std::process::ExitCode;

use allegiance::Dataset;

fn main() -> ExitCode {
    let json = Dataset::embedded().to_json();
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{json}").and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write the JSON: {e}");
            ExitCode::FAILURE
        }
    }
}
