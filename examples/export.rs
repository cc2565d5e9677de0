//! The embedded dataset as JSON on stdout, loadable by
//! `Dataset::from_json`, or as a directory of data files (TSV and JSON,
//! the form `src/data/` keeps), loadable by `Dataset::from_dir`: a
//! starting point for your own data.
//!
//! ```text
//! cargo run --example export --features serde > allegiance.json
//! cargo run --example export --features serde -- --dir my-data
//! ```

use std::io::Write;
use std::process::ExitCode;

use allegiance::Dataset;

const USAGE: &str = "usage: export [--dir DIR]\n\n\
    Without arguments, writes the embedded dataset as JSON to standard output.\n\
    With --dir DIR, writes it as data files (TSV and JSON) into DIR, creating it.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] => json(),
        ["--help" | "-h"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        ["--dir", dir] => files(dir),
        _ => {
            eprintln!("error: unexpected arguments {args:?}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn files(dir: &str) -> ExitCode {
    let dir = std::path::Path::new(dir);
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("error: cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    for (name, text) in Dataset::embedded().to_files() {
        if let Err(e) = std::fs::write(dir.join(name), text) {
            eprintln!("error: cannot write {}: {e}", dir.join(name).display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn json() -> ExitCode {
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
