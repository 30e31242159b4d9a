use regex::Regex;

/// Routes a request path to an upstream by the first matching pattern.
fn main() {
    let route = Regex::new(r"^/api/(?P<service>[a-z-]+)/").expect("valid route pattern");
    for path in std::env::args().skip(1) {
        if let Some(captures) = route.captures(&path) {
            log::info!("{} -> {}", path, &captures["service"]);
        }
    }
}
