//! The package's `imsmanifest.xml`: one SCO that launches the game, every
//! file of the package listed, the course title in both languages (LOM
//! metadata) and the mastery score the packaged track asks for; or, for a
//! cmi5 package, its `cmi5.xml`.

use crate::engine::lms::Standard;
use crate::engine::model::text::Text;

/// What a package delivers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Course {
    /// Letters, digits, `-`, `_` and `.`: the manifest's identifier.
    pub id: String,
    pub title: Text,
    pub description: Text,
    /// The score (0–100) at which the LMS may count the track as mastered.
    pub mastery_percent: Option<u8>,
    /// The page the LMS opens, relative to the package's root.
    pub launch: String,
    /// Every file of the package but the manifest, relative to its root,
    /// with `/` as the separator.
    pub files: Vec<String>,
}

pub fn manifest(standard: Standard, course: &Course) -> String {
    match standard {
        Standard::Scorm12 => scorm12(course),
        Standard::Scorm2004 => scorm2004(course),
    }
}

fn both(text: &Text) -> String {
    if text.en == text.nl {
        text.en.clone()
    } else {
        format!("{} / {}", text.en, text.nl)
    }
}

fn files(course: &Course) -> String {
    course
        .files
        .iter()
        .map(|f| format!("      <file href=\"{}\"/>\n", escape(f)))
        .collect()
}

/// What the two standards write differently; everything else is shared.
struct Dialect {
    /// The `<manifest>` tag's namespaces and schema locations.
    namespaces: &'static str,
    schemaversion: &'static str,
    /// The LOM metadata's prefix, its language string element and that
    /// element's language attribute.
    lom: &'static str,
    string: &'static str,
    lang_attr: &'static str,
    /// `adlcp:scormtype` in 1.2, `adlcp:scormType` in 2004.
    scorm_type: &'static str,
}

const SCORM12: Dialect = Dialect {
    namespaces: r#"xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd""#,
    schemaversion: "1.2",
    lom: "imsmd",
    string: "langstring",
    lang_attr: "xml:lang",
    scorm_type: "adlcp:scormtype",
};

const SCORM2004: Dialect = Dialect {
    namespaces: r#"xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:lom="http://ltsc.ieee.org/xsd/LOM"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd""#,
    schemaversion: "2004 4th Edition",
    lom: "lom",
    string: "string",
    lang_attr: "language",
    scorm_type: "adlcp:scormType",
};

fn scorm12(c: &Course) -> String {
    let mastery = c
        .mastery_percent
        .map(|m| format!("        <adlcp:masteryscore>{m}</adlcp:masteryscore>\n"))
        .unwrap_or_default();
    write(&SCORM12, c, &mastery)
}

fn scorm2004(c: &Course) -> String {
    let sequencing = c
        .mastery_percent
        .map(|m| {
            let measure = scaled(m);
            format!(
                r#"        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="mastery" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>{measure}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
"#
            )
        })
        .unwrap_or_default();
    write(&SCORM2004, c, &sequencing)
}

/// The LOM text in both languages: `<title>` or `<description>`.
fn lom_text(d: &Dialect, element: &str, text: &Text) -> String {
    let (lom, string, lang) = (d.lom, d.string, d.lang_attr);
    format!(
        r#"        <{lom}:{element}>
          <{lom}:{string} {lang}="en">{en}</{lom}:{string}>
          <{lom}:{string} {lang}="nl">{nl}</{lom}:{string}>
        </{lom}:{element}>
"#,
        en = escape(&text.en),
        nl = escape(&text.nl),
    )
}

/// The manifest: one organization with one item, the track, whose
/// `mastery` says when it is mastered, and one SCO listing every file.
fn write(d: &Dialect, c: &Course, mastery: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="{id}" version="1"
  {namespaces}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>{schemaversion}</schemaversion>
    <{lom}:lom>
      <{lom}:general>
{title_lom}{description_lom}      </{lom}:general>
    </{lom}:lom>
  </metadata>
  <organizations default="frontline">
    <organization identifier="frontline">
      <title>{title}</title>
      <item identifier="track" identifierref="game" isvisible="true">
        <title>{title}</title>
{mastery}      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="game" type="webcontent" {scorm_type}="sco" href="{launch}">
{files}    </resource>
  </resources>
</manifest>
"#,
        id = escape(&c.id),
        namespaces = d.namespaces,
        schemaversion = d.schemaversion,
        lom = d.lom,
        title_lom = lom_text(d, "title", &c.title),
        description_lom = lom_text(d, "description", &c.description),
        title = escape(&both(&c.title)),
        scorm_type = d.scorm_type,
        launch = escape(&c.launch),
        files = files(c),
    )
}

/// Text as XML character data or an attribute value.
pub fn escape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// The cmi5 course structure (`cmi5.xml`, spec sections 13 and 14): the
/// course and one AU, the track, both titled and described in English and
/// Dutch. The AU launches the LMS page (a relative URL: the page is in the
/// package); the LMS counts it satisfied once it is completed and, when
/// the track has a mastery score, passed. `course_iri` and `au_iri` are
/// the publisher's ids (the AU's also groups every statement).
pub fn cmi5(course: &Course, course_iri: &str, au_iri: &str) -> String {
    let (move_on, mastery) = match course.mastery_percent {
        Some(m) => (
            "CompletedAndPassed",
            format!(" masteryScore=\"{}\"", scaled(m)),
        ),
        None => ("Completed", String::new()),
    };
    let text = |element: &str, text: &Text, indent: &str| {
        format!(
            "{indent}<{element}>\n{indent}  <langstring lang=\"en\">{en}</langstring>\n{indent}  <langstring lang=\"nl\">{nl}</langstring>\n{indent}</{element}>\n",
            en = escape(&text.en),
            nl = escape(&text.nl),
        )
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="{course_iri}">
{course_title}{course_description}  </course>
  <au id="{au_iri}" moveOn="{move_on}"{mastery} launchMethod="AnyWindow">
{au_title}{au_description}    <url>{launch}</url>
  </au>
</courseStructure>
"#,
        course_iri = escape(course_iri),
        course_title = text("title", &course.title, "    "),
        course_description = text("description", &course.description, "    "),
        au_iri = escape(au_iri),
        au_title = text("title", &course.title, "    "),
        au_description = text("description", &course.description, "    "),
        launch = escape(&course.launch),
    )
}

/// A percentage as a 0–1 decimal with two places, as SCORM 2004's scaled
/// score and cmi5's `masteryScore`.
fn scaled(percent: u8) -> String {
    if percent >= 100 {
        "1".to_string()
    } else {
        format!("0.{percent:02}")
    }
}
