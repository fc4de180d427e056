//! The `src/lib.rs` of one crate `scripts/build-times.sh` builds, on stdout:
//!
//!     crate_source WAY SIZE TEXT SETTING
//!
//! WAY is `ours` (one `#[derive(ApiError)]` catalogue on blb-errors) or `usual` (the same
//! catalogue with strum, thiserror, a status match and a serde body struct); SIZE picks the
//! catalogue (`of_size`); TEXT (0 or 1) is the text of the middle code's message; SETTING is
//! `alone` (the catalogue crate by itself) or `app` (inside code that already uses serde's derive
//! and serde_json, so a clean build shows what each way adds to such an application).

#[path = "../../blb-errors/benches/gen/catalogue.rs"]
mod catalogue;

/// What the usual way writes by hand for the error body that blb-errors provides.
const USUAL_BODY: &str = r#"
/// The error body, the usual way: owned Strings.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ErrorBody {
    pub request_id: String,
    pub code: String,
    pub message: String,
}

/// The body of an error.
pub fn to_body(error: &Catalogue, request_id: &str) -> Vec<u8> {
    let body = ErrorBody { request_id: request_id.to_owned(), code: error.code().to_owned(), message: error.to_string() };
    serde_json::to_vec(&body).unwrap_or_default()
}

/// The typed error of a body.
pub fn from_body(bytes: &[u8]) -> Option<Catalogue> {
    let body: ErrorBody = serde_json::from_slice(bytes).ok()?;
    body.code.parse().ok()
}
"#;

/// The application around the catalogue in the `app` setting, the same both ways.
const APP: &str = r#"
/// The application's settings, read and written with serde.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    pub listen_address: String,
    pub port: u16,
    pub backends: Vec<String>,
    pub timeout_ms: Option<u64>,
}

/// Settings from their JSON text.
pub fn read_settings(text: &str) -> Option<Settings> {
    serde_json::from_str(text).ok()
}

/// Settings as JSON text.
pub fn write_settings(settings: &Settings) -> String {
    serde_json::to_string(settings).unwrap_or_default()
}
"#;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [way, size, text, setting] = args.as_slice() else {
        panic!("usage: crate_source WAY SIZE TEXT SETTING");
    };
    let size: usize = size.parse().expect("SIZE is a number of codes");
    let text: u8 = text.parse().expect("TEXT is 0 or 1");
    let codes = catalogue::with_message_text(catalogue::of_size(size), text);
    let mut source = match way.as_str() {
        "ours" => catalogue::ours("Catalogue", &codes),
        "usual" => catalogue::usual("Catalogue", &codes) + USUAL_BODY,
        _ => panic!("WAY is ours or usual, not {way}"),
    };
    match setting.as_str() {
        "alone" => {}
        "app" => source.push_str(APP),
        _ => panic!("SETTING is alone or app, not {setting}"),
    }
    print!("{source}");
}
