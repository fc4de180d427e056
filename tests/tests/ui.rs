//! Compile-fail cases: each misuse of `#[derive(ApiError)]` gives a compile error at the offending
//! token, with the reviewed text in the `.stderr` beside the case.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*/*.rs");
}
