//! Sparse scored sentence lists, `(sentence, score)` sorted by sentence: union, intersection, removal and the best k.
//!
//! Each sentence is listed once; the operations need no maps and no per-sentence allocations, and the
//! best k can be taken by any order.

use core::cmp::Ordering;

use super::order;

/// A list of `(sentence, score)`, sorted by sentence, each sentence once.
pub type Scored = Vec<(u32, f32)>;

/// Sorts `(sentence, score)` pairs and keeps each sentence once with its best score.
pub fn best_per_sentence(mut pairs: Vec<(u32, f32)>) -> Scored {
    order::sort_by(&mut pairs, |a, b| a.0.cmp(&b.0));
    let mut out: Scored = Vec::with_capacity(pairs.len());
    for (sentence, score) in pairs {
        match out.last_mut() {
            Some(last) if last.0 == sentence => last.1 = last.1.max(score),
            _ => out.push((sentence, score)),
        }
    }
    out
}

/// Sentences in both lists, scores added.
pub fn intersect(a: &Scored, b: &Scored) -> Scored {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                out.push((a[i].0, a[i].1 + b[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// Adds the sentences of `extra` (sorted, unique) that `list` lacks, with `score`.
pub fn add_missing(list: Scored, extra: &[u32], score: f32) -> Scored {
    let mut out = Vec::with_capacity(list.len() + extra.len());
    let (mut i, mut j) = (0, 0);
    while i < list.len() || j < extra.len() {
        match (list.get(i), extra.get(j)) {
            (Some(&(s, v)), Some(&e)) if s <= e => {
                out.push((s, v));
                i += 1;
                if s == e {
                    j += 1;
                }
            }
            (_, Some(&e)) => {
                out.push((e, score));
                j += 1;
            }
            (Some(&item), None) => {
                out.push(item);
                i += 1;
            }
            (None, None) => break,
        }
    }
    out
}

/// Longest list [`top`] keeps by insertion; beyond it, it sorts.
const INSERTION_LIMIT: usize = 256;

/// The first `k` items in the order `before` gives (a total order), in that order.
pub fn top<T: Copy>(items: &[T], k: usize, before: impl Fn(&T, &T) -> bool) -> Vec<T> {
    if k > INSERTION_LIMIT {
        // Insertion into a long list is quadratic in the worst case: sort everything instead.
        let mut all = items.to_vec();
        order::sort_by(&mut all, |a, b| {
            if before(a, b) {
                Ordering::Less
            } else if before(b, a) {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        });
        all.truncate(k);
        return all;
    }
    let mut best: Vec<T> = Vec::with_capacity(k.min(items.len()) + 1);
    if k == 0 {
        return best;
    }
    for &item in items {
        if best.len() == k && !before(&item, &best[k - 1]) {
            continue;
        }
        let at = best.partition_point(|b| before(b, &item));
        best.insert(at, item);
        best.truncate(k);
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_combine_as_specified() {
        assert_eq!(
            best_per_sentence(vec![(3, 1.0), (1, 2.0), (3, 4.0)]),
            vec![(1, 2.0), (3, 4.0)],
            "best score per sentence, sorted"
        );
        assert_eq!(
            intersect(&vec![(1, 1.0), (2, 1.0), (5, 1.0)], &vec![(2, 2.0), (5, 3.0), (7, 1.0)]),
            vec![(2, 3.0), (5, 4.0)],
            "only shared sentences, scores added"
        );
        assert_eq!(
            add_missing(vec![(2, 5.0), (4, 5.0)], &[1, 2, 6], 1.0),
            vec![(1, 1.0), (2, 5.0), (4, 5.0), (6, 1.0)],
            "missing sentences added, present ones kept"
        );
        let numbers = [5, 1, 4, 2, 3, 9, 0];
        assert_eq!(top(&numbers, 3, |a, b| a > b), vec![9, 5, 4], "the best three, best first");
        assert_eq!(top(&numbers, 0, |a, b| a > b), Vec::<i32>::new());
        assert_eq!(
            top(&numbers, 20, |a, b| a < b),
            vec![0, 1, 2, 3, 4, 5, 9],
            "k beyond the length gives all, ordered"
        );
        let many: Vec<u32> = (0..1000).rev().collect();
        assert_eq!(
            top(&many, 300, |a, b| a < b),
            (0..300).collect::<Vec<u32>>(),
            "a long k sorts instead of inserting"
        );
    }
}
