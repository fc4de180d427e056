//! The order of the own codes' ordinals: the variants' discriminant order.
//!
//! An enum may give its variants explicit discriminants, as `BlbError` does to keep its unit
//! variants in one range (a drop of a value then tests a range). Numbered in that order, an own
//! variant's ordinal is its tag less a constant, which `__ordinal` computes with a subtraction;
//! numbered in declaration order it would take a jump per variant. The catalogue keeps the
//! declaration order either way (`Placed::declared`).

use syn::{Expr, ExprLit, ExprUnary, Lit, UnOp};

use super::Placed;
use crate::ast::Variant;

/// Each variant's discriminant, when some are written and every written one is an integer
/// literal; `None` otherwise (declaration order is then discriminant order, or cannot be known).
pub(super) fn discriminants(variants: &[Variant]) -> Option<Vec<i128>> {
    if variants
        .iter()
        .all(|variant| variant.original.discriminant.is_none())
    {
        return None;
    }
    let mut next = 0_i128;
    variants
        .iter()
        .map(|variant| {
            let value = match &variant.original.discriminant {
                None => next,
                Some((_, expr)) => integer(expr)?,
            };
            next = value.checked_add(1)?;
            Some(value)
        })
        .collect()
}

fn integer(expr: &Expr) -> Option<i128> {
    match expr {
        Expr::Lit(ExprLit {
            lit: Lit::Int(int), ..
        }) => int.base10_parse().ok(),
        Expr::Unary(ExprUnary {
            op: UnOp::Neg(_),
            expr,
            ..
        }) => integer(expr)?.checked_neg(),
        _ => None,
    }
}

/// Numbers `placed` (in declaration order) by `values`, each own variant's discriminant, and
/// sorts it by the new ordinals.
pub(super) fn by_discriminant(placed: &mut [Placed], values: &[i128]) {
    let mut order: Vec<usize> = (0..placed.len()).collect();
    order.sort_by_key(|&index| values[index]);
    for (ordinal, index) in order.into_iter().enumerate() {
        placed[index].ordinal = ordinal;
    }
    placed.sort_by_key(|placed| placed.ordinal);
}
