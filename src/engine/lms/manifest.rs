//! The package's `imsmanifest.xml`: one SCO that launches the game, every
//! file of the package listed, the course title in both languages (LOM
//! metadata) and the mastery score the packaged track asks for.

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

fn scorm12(c: &Course) -> String {
    let mastery = c
        .mastery_percent
        .map(|m| format!("        <adlcp:masteryscore>{m}</adlcp:masteryscore>\n"))
        .unwrap_or_default();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="{id}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title>
          <imsmd:langstring xml:lang="en">{title_en}</imsmd:langstring>
          <imsmd:langstring xml:lang="nl">{title_nl}</imsmd:langstring>
        </imsmd:title>
        <imsmd:description>
          <imsmd:langstring xml:lang="en">{description_en}</imsmd:langstring>
          <imsmd:langstring xml:lang="nl">{description_nl}</imsmd:langstring>
        </imsmd:description>
      </imsmd:general>
    </imsmd:lom>
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
    <resource identifier="game" type="webcontent" adlcp:scormtype="sco" href="{launch}">
{files}    </resource>
  </resources>
</manifest>
"#,
        id = escape(&c.id),
        title = escape(&both(&c.title)),
        title_en = escape(&c.title.en),
        title_nl = escape(&c.title.nl),
        description_en = escape(&c.description.en),
        description_nl = escape(&c.description.nl),
        launch = escape(&c.launch),
        files = files(c),
    )
}

fn scorm2004(c: &Course) -> String {
    let sequencing = c
        .mastery_percent
        .map(|m| {
            let measure = if m >= 100 {
                "1".to_string()
            } else {
                format!("0.{m:02}")
            };
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
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="{id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:lom="http://ltsc.ieee.org/xsd/LOM"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
    <lom:lom>
      <lom:general>
        <lom:title>
          <lom:string language="en">{title_en}</lom:string>
          <lom:string language="nl">{title_nl}</lom:string>
        </lom:title>
        <lom:description>
          <lom:string language="en">{description_en}</lom:string>
          <lom:string language="nl">{description_nl}</lom:string>
        </lom:description>
      </lom:general>
    </lom:lom>
  </metadata>
  <organizations default="frontline">
    <organization identifier="frontline">
      <title>{title}</title>
      <item identifier="track" identifierref="game" isvisible="true">
        <title>{title}</title>
{sequencing}      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="game" type="webcontent" adlcp:scormType="sco" href="{launch}">
{files}    </resource>
  </resources>
</manifest>
"#,
        id = escape(&c.id),
        title = escape(&both(&c.title)),
        title_en = escape(&c.title.en),
        title_nl = escape(&c.title.nl),
        description_en = escape(&c.description.en),
        description_nl = escape(&c.description.nl),
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
