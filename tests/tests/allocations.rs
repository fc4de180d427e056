//! `status()`, `code()` and `message()` of a variant with a static message allocate nothing; a
//! templated message allocates; a body is written in one allocation, and read in one for the
//! request id beyond what the typed error keeps. Counted by a global allocator that applies to
//! this test binary only; the counter is per thread, so tests running in parallel do not disturb
//! each other.

use std::alloc::{GlobalAlloc, Layout, System};
use std::borrow::Cow;
use std::cell::Cell;

use blb_errors::{
    ApiError, BceError, BlbError, ErrorBody, ResponseError, UnknownCode, parse_error_response,
};

struct CountingAllocator;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn count_one() {
    // `try_with`: a thread being torn down may still allocate; it is not counted.
    let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
}

// SAFETY: every call is forwarded to `System` unchanged; counting has no effect on the memory.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_one();
        // SAFETY: the caller's contract is passed on as it is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count_one();
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_one();
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// The allocations `work` made on this thread.
fn allocations_of<T>(work: impl FnOnce() -> T) -> (T, usize) {
    let before = ALLOCATIONS.with(Cell::get);
    let value = work();
    let after = ALLOCATIONS.with(Cell::get);
    (value, after - before)
}

/// Every variant of `BlbError` whose message has no placeholder, made from its code.
fn static_message_variants() -> Vec<BlbError> {
    BlbError::catalogue()
        .iter()
        .filter(|entry| !entry.has_placeholders())
        .map(|entry| {
            BlbError::from_code(entry.code()).expect("a static-message variant has no fields")
        })
        .collect()
}

#[test]
fn status_code_and_message_of_every_static_message_variant_allocate_nothing() {
    let errors = static_message_variants();
    // 31 codes, of which RequestExpired, MissingParameter and InvalidParameter are templated.
    assert_eq!(errors.len(), 28);
    for error in &errors {
        let ((status, code, message), allocations) = allocations_of(|| {
            (
                black_box(error).status(),
                black_box(error).code(),
                black_box(error).message(),
            )
        });
        assert_eq!(
            allocations, 0,
            "{code}: status(), code() and message() allocated"
        );
        let entry = error.entry().expect("a catalogued variant has an entry");
        assert_eq!((status, code), (entry.status(), entry.code()));
        assert!(
            matches!(message, Cow::Borrowed(text) if text == entry.template()),
            "{code}: the message is not borrowed"
        );
    }
}

#[test]
fn the_message_of_an_unknown_code_is_borrowed_too() {
    let error = BlbError::Unknown(UnknownCode::new(
        "Blb.SomethingNew",
        "Something new happened.",
        503,
    ));
    let ((status, code, message), allocations) = allocations_of(|| {
        (
            black_box(&error).status(),
            black_box(&error).code(),
            black_box(&error).message(),
        )
    });
    assert_eq!(allocations, 0);
    assert_eq!((status, code), (503, "Blb.SomethingNew"));
    assert!(matches!(message, Cow::Borrowed("Something new happened.")));
}

#[test]
fn a_templated_message_allocates_so_the_count_is_real() {
    let errors = [
        BlbError::MissingParameter {
            name: "vpcId".to_owned(),
        },
        BlbError::Global(BceError::RequestExpired {
            timestamp: "2026-01-01T00:00:00Z".to_owned(),
        }),
    ];
    for error in &errors {
        let (message, allocations) = allocations_of(|| black_box(error).message());
        assert!(
            allocations > 0,
            "{}: a templated message is built, so it allocates",
            error.code()
        );
        assert!(matches!(message, Cow::Owned(_)));
    }
    let (message, _) = allocations_of(|| errors[0].message());
    assert_eq!(message, "A required parameter 'vpcId' is not supplied.");
}

#[test]
fn a_body_is_written_in_one_allocation() {
    let mut errors = static_message_variants();
    errors.push(BlbError::MissingParameter {
        name: "vpcId".to_owned(),
    });
    errors.push(BlbError::Global(BceError::RequestExpired {
        timestamp: "2026-01-01T00:00:00Z".to_owned(),
    }));
    for error in &errors {
        let (body, allocations) = allocations_of(|| {
            ErrorBody::new(black_box(error), "ae2225f7-1c2e-427a-a1ad-5413b762957d").to_vec()
        });
        // One allocation and no reallocation: the capacity was right from the start.
        assert_eq!(allocations, 1, "{}: {} bytes", error.code(), body.len());
    }
}

#[test]
fn a_body_read_allocates_the_request_id_and_what_the_typed_error_keeps() {
    let read = |body: &str| {
        let (parsed, allocations) = allocations_of(|| {
            parse_error_response::<BlbError>(404, None, black_box(body.as_bytes()))
        });
        let ResponseError::Service(service) = parsed else {
            panic!("{body}: a well-formed body");
        };
        let ((code, message), reading) = allocations_of(|| (service.code(), service.message()));
        assert_eq!(reading, 0, "{body}: code() and message() allocated");
        assert!(body.contains(code) && body.contains(message));
        allocations
    };
    let known = r#"{"requestId":"r-1","code":"ListenerNotFound","message":"The specified listener does not exist."}"#;
    assert_eq!(read(known), 1, "the request id alone");
    let (_, field) = allocations_of(|| "vpcId".to_owned());
    let templated = r#"{"requestId":"r-1","code":"MissingParameter","message":"A required parameter 'vpcId' is not supplied."}"#;
    assert_eq!(
        read(templated),
        2 + field,
        "the request id, the message and the field"
    );
    // An unknown code's value holds the server's code and message, which are not copied again.
    let (_, unknown_code) = allocations_of(|| UnknownCode::new("Blb.New", "Something new.", 404));
    let unknown = r#"{"requestId":"r-1","code":"Blb.New","message":"Something new."}"#;
    assert_eq!(read(unknown), 1 + unknown_code);
}

fn black_box<T>(value: T) -> T {
    std::hint::black_box(value)
}
