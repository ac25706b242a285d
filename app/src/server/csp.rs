//! The Content Security Policy. Pages allow only scripts from this origin and the inline
//! hydration scripts that carry the page's nonce (a fresh random value per response, which Leptos
//! puts on every script it writes); `'unsafe-inline'` is never allowed for scripts. Everything
//! else (JSON, PDF, files, redirects) gets a policy that allows nothing to run at all.

/// The policy of an HTML page rendered with `nonce`.
pub fn page_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; \
         connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

/// The policy of every response that is not a rendered page.
pub const NOTHING_RUNS: &str =
    "default-src 'none'; img-src 'self'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/// Sets the page's policy on the response being rendered (server only; the browser ignores it).
pub fn set_page_policy() {
    use leptos::prelude::use_context;
    let (Some(nonce), Some(res)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) else {
        return;
    };
    if let Ok(value) = http::HeaderValue::from_str(&page_policy(&nonce)) {
        res.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_need_the_nonce_and_inline_is_never_allowed() {
        let p = page_policy("abc123");
        let scripts = p
            .split(';')
            .map(str::trim)
            .find(|d| d.starts_with("script-src"))
            .unwrap();
        assert_eq!(
            scripts,
            "script-src 'self' 'nonce-abc123' 'wasm-unsafe-eval'"
        );
        assert!(!p.contains("unsafe-inline'; script") && !scripts.contains("unsafe-inline"));
        assert!(p.contains("frame-ancestors 'none'"));
        assert!(NOTHING_RUNS.starts_with("default-src 'none'"));
    }
}
