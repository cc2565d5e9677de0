//! What the report examples share.

/// Writes the report to standard output; a closed pipe is not an error.
pub fn write_out(text: &str) -> std::process::ExitCode {
    use std::io::Write as _;
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write the report: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
