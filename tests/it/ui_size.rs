//! Views stay small enough to read at once: no function in `src/ui` has a
//! body of more than 80 lines of code (blank and comment lines not counted,
//! as clippy's `too_many_lines` counts them). Clippy checks the same
//! threshold (clippy.toml) but skips the functions `#[function_component]`
//! and `#[hook]` generate from, so this test reads the source itself.

use std::fs;
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 80;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The source with comments, strings and character literals blanked out
/// (newlines kept), so braces in them do not count.
fn code_only(src: &str) -> Vec<u8> {
    let b = src.as_bytes();
    let mut out = b.to_vec();
    let mut i = 0;
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for c in &mut out[from..to] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    };
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                let end = b[i..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(b.len(), |p| i + p);
                blank(&mut out, i, end);
                i = end;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let end = src[i + 2..].find("*/").map_or(b.len(), |p| i + 2 + p + 2);
                blank(&mut out, i, end);
                i = end;
            }
            b'r' if matches!(b.get(i + 1), Some(b'"' | b'#'))
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')) =>
            {
                let hashes = b[i + 1..].iter().take_while(|&&c| c == b'#').count();
                if b.get(i + 1 + hashes) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let close = format!("\"{}", "#".repeat(hashes));
                let start = i + 2 + hashes;
                let end = src[start..]
                    .find(&close)
                    .map_or(b.len(), |p| start + p + close.len());
                blank(&mut out, i, end);
                i = end;
            }
            b'"' => {
                let mut j = i + 1;
                while j < b.len() && b[j] != b'"' {
                    j += if b[j] == b'\\' { 2 } else { 1 };
                }
                blank(&mut out, i, (j + 1).min(b.len()));
                i = j + 1;
            }
            b'\'' => {
                // A character literal ('x', '\n', '{'), not a lifetime ('a).
                let end = if b.get(i + 1) == Some(&b'\\') {
                    b[i + 2..]
                        .iter()
                        .position(|&c| c == b'\'')
                        .map(|p| i + 2 + p + 1)
                } else {
                    let len = src[i + 1..].chars().next().map_or(1, char::len_utf8);
                    (b.get(i + 1 + len) == Some(&b'\'')).then_some(i + 2 + len)
                };
                match end {
                    Some(end) => {
                        blank(&mut out, i, end);
                        i = end;
                    }
                    None => i += 1,
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// Each function with a body: its name, its first line and its length in
/// lines of code.
fn functions(src: &str) -> Vec<(String, usize, usize)> {
    let code = code_only(src);
    let text = String::from_utf8_lossy(&code).into_owned();
    let lines: Vec<&str> = text.lines().collect();
    let line_of = |pos: usize| code[..pos].iter().filter(|&&c| c == b'\n').count();
    let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(p) = text[i..].find("fn ") {
        let at = i + p;
        i = at + 3;
        if at > 0 && is_ident(code[at - 1]) {
            continue;
        }
        let name: String = text[at + 3..]
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if name.is_empty() {
            continue; // a function pointer type, `fn(&T) -> U`
        }
        // The body opens at the first `{` outside parentheses; a `;` first
        // means a declaration without one.
        let mut depth = 0i32;
        let mut open = None;
        for (j, &c) in code.iter().enumerate().skip(at) {
            match c {
                b'(' | b'[' => depth += 1,
                b')' | b']' => depth -= 1,
                b';' if depth == 0 => break,
                b'{' if depth == 0 => {
                    open = Some(j);
                    break;
                }
                _ => {}
            }
        }
        let Some(open) = open else { continue };
        let mut depth = 0;
        let mut close = code.len();
        for (j, &c) in code.iter().enumerate().skip(open) {
            match c {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        close = j;
                        break;
                    }
                }
                _ => {}
            }
        }
        let (first, last) = (line_of(open), line_of(close));
        let body = lines[first + 1..last.max(first + 1)]
            .iter()
            .filter(|l| !l.trim().is_empty())
            .count();
        found.push((name, line_of(at) + 1, body));
    }
    found
}

#[test]
fn every_function_in_the_ui_is_at_most_80_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/ui"), &mut files);
    files.sort();
    assert!(files.len() > 10, "src/ui has its files");
    let mut long = Vec::new();
    for file in &files {
        let rel = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        for (name, line, body) in functions(&fs::read_to_string(file).unwrap()) {
            if body > MAX_LINES {
                long.push(format!(
                    "{rel}:{line}: fn {name} has {body} lines (at most {MAX_LINES})"
                ));
            }
        }
    }
    assert!(
        long.is_empty(),
        "functions too long to read at once:\n{}",
        long.join("\n")
    );
}

#[test]
fn the_counter_sees_through_strings_comments_and_characters() {
    let src = r##"
fn short() -> String {
    // a comment with a { brace
    let a = "a string with } a brace";
    let b = r#"raw { "# ;
    let c = '{';

    format!("{a}{b}{c}")
}
fn pointer(f: fn(u8) -> u8) -> u8 { f(1) }
trait T { fn declared(&self); }
fn life<'a>(x: &'a str) -> &'a str {
    x
}
"##;
    let found: Vec<(String, usize)> = functions(src).into_iter().map(|(n, _, b)| (n, b)).collect();
    assert_eq!(
        found,
        vec![
            ("short".to_string(), 4),
            ("pointer".to_string(), 0),
            ("life".to_string(), 1),
        ]
    );
}
