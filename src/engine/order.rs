//! One sort for the whole engine: every call site goes through a single non-generic permutation sort.
//!
//! The wasm then carries the standard library's sort code once instead of once per call site (it was
//! ~90 KB raw).

use core::cmp::Ordering;

/// The indices `0..n` in the order `compare` gives them; stable.
#[inline(never)]
fn permutation(n: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let mut order: Vec<u32> = (0..n as u32).collect();
    // Ties broken by position keep it stable; the unstable sort is faster here and smaller than the stable one.
    #[allow(clippy::disallowed_methods)] // the one call of the standard sort the engine makes
    order.sort_unstable_by(|&a, &b| compare(a as usize, b as usize).then(a.cmp(&b)));
    order
}

/// Sorts `items` by `compare`, keeping equal items in their order.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = permutation(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.iter().filter_map(|&i| slots[i as usize].take()));
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, input, expected)
    #[test]
    fn sorting_is_stable_and_total() {
        let cases: &[(&str, &[(u8, char)], &[(u8, char)])] = &[
            ("empty", &[], &[]),
            ("one", &[(1, 'a')], &[(1, 'a')]),
            (
                "equal keys keep their order",
                &[(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd')],
                &[(1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')],
            ),
            ("already sorted", &[(1, 'a'), (2, 'b'), (3, 'c')], &[(1, 'a'), (2, 'b'), (3, 'c')]),
            ("reversed", &[(3, 'a'), (2, 'b'), (1, 'c')], &[(1, 'c'), (2, 'b'), (3, 'a')]),
        ];
        for (name, input, expected) in cases {
            let mut items = input.to_vec();
            sort_by(&mut items, |a, b| a.0.cmp(&b.0));
            assert_eq!(items, expected.to_vec(), "{name}");
        }
        let mut words = vec!["pear", "apple", "fig"];
        sort(&mut words);
        assert_eq!(words, ["apple", "fig", "pear"]);
    }
}
