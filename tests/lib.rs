//! UI (trybuild) and behaviour tests of blb-errors live in `tests/`; this library is empty.
