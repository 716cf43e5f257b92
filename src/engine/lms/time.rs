//! Time in the formats the two SCORM versions want. The page passes the
//! clock in (milliseconds since 1970, UTC); nothing here reads one.

/// SCORM 1.2 `CMITimespan`: `HHHH:MM:SS.SS`, hours with at least two digits
/// and at most four (9,999 hours and more are written as the maximum).
pub fn timespan_12(ms: u64) -> String {
    let centis = (ms / 10).min(9_999 * 360_000 + 359_999);
    let (h, rest) = (centis / 360_000, centis % 360_000);
    let (m, rest) = (rest / 6_000, rest % 6_000);
    format!("{h:02}:{m:02}:{:02}.{:02}", rest / 100, rest % 100)
}

/// SCORM 1.2 `CMITime`: the time of day, `HH:MM:SS`.
pub fn time_of_day_12(epoch_ms: u64) -> String {
    let secs = (epoch_ms / 1000) % 86_400;
    format!("{:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
}

/// SCORM 2004 `timeinterval (second,10,2)`: an ISO 8601 duration such as
/// `PT1H2M3.45S`.
pub fn duration_2004(ms: u64) -> String {
    let centis = ms / 10;
    let (h, rest) = (centis / 360_000, centis % 360_000);
    let (m, rest) = (rest / 6_000, rest % 6_000);
    let mut out = String::from("PT");
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    out.push_str(&format!("{}.{:02}S", rest / 100, rest % 100));
    out
}

/// SCORM 2004 `time (second,10,0)`: `YYYY-MM-DDThh:mm:ss.sZ`, in UTC. The
/// standard allows a time zone only after a fraction of a second, so the
/// tenths are written too.
pub fn timestamp_2004(epoch_ms: u64) -> String {
    let secs = epoch_ms / 1000;
    let (y, mo, d) = civil_from_days((secs / 86_400) as i64);
    let t = secs % 86_400;
    format!(
        "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}.{}Z",
        t / 3600,
        t / 60 % 60,
        t % 60,
        epoch_ms % 1000 / 100
    )
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard
/// Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}
