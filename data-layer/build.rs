//! Tells the data layer which database it is compiled for: `data-layer/src` is built by two packages,
//! `data-sqlite` and `data-pg`, and this sets the cfg `backend` from the package's name.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(backend, values(\"sqlite\", \"postgres\"))");
    let backend = match std::env::var("CARGO_PKG_NAME").as_deref() {
        Ok("data-sqlite") => "sqlite",
        Ok("data-pg") => "postgres",
        other => panic!("data-layer/src is built by data-sqlite or data-pg, not {other:?}"),
    };
    println!("cargo::rustc-cfg=backend=\"{backend}\"");
    // The query macros read these when the crate compiles: a change must compile it again.
    for var in [
        "SQLX_OFFLINE",
        "SQLX_OFFLINE_DIR",
        "DATABASE_URL",
        "PG_DATABASE_URL",
    ] {
        println!("cargo::rerun-if-env-changed={var}");
    }
    println!("cargo::rerun-if-changed=../migrations");
}
