//! Takes node ids and weighted springs between them and gives a deterministic force-directed layout in [0, 1].
//!
//! The layout is Fruchterman–Reingold's.
//!
//! Same input, same picture: start positions come from a hash of each id (not from a clock or a
//! random source), the iteration count and cooling are fixed, and only `+ - * / sqrt` are used, which
//! IEEE 754 rounds the same way natively and in wasm.

/// A pull between nodes `a` and `b` (indexes into the ids); `strength` 1 is a stated relation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spring {
    pub a: usize,
    pub b: usize,
    pub strength: f64,
}

pub const ITERATIONS: usize = 400;
/// Largest step of the first iteration, as a share of the frame; it cools linearly to zero.
const START_TEMPERATURE: f64 = 0.1;
/// Pull of every node towards the middle, so that unlinked nodes stay in the picture.
const GRAVITY: f64 = 1.5;

fn start_position(id: &str) -> [f64; 2] {
    let h = super::fnv::hash(id.as_bytes());
    [(h >> 32) as f64 / 4_294_967_296.0, (h & 0xffff_ffff) as f64 / 4_294_967_296.0]
}

/// Positions in [0, 1] × [0, 1], one per id, each axis stretched to fill the frame; rounded to 4 decimals.
pub fn layout(ids: &[&str], springs: &[Spring]) -> Vec<[f64; 2]> {
    let n = ids.len();
    if n <= 1 {
        return vec![[0.5, 0.5]; n];
    }
    let mut position: Vec<[f64; 2]> = ids.iter().map(|id| start_position(id)).collect();
    // A node's mass: one plus the number of nodes it is linked to.
    let mut mass = vec![1.0f64; n];
    for spring in springs {
        mass[spring.a] += 1.0;
        mass[spring.b] += 1.0;
    }
    let k = (1.0 / n as f64).sqrt();
    let mut temperature = START_TEMPERATURE;
    let cooling = START_TEMPERATURE / ITERATIONS as f64;
    let mut shift = vec![[0.0f64; 2]; n];
    for _ in 0..ITERATIONS {
        shift.iter_mut().for_each(|s| *s = [0.0, 0.0]);
        for i in 0..n {
            for j in i + 1..n {
                let (mut dx, mut dy) =
                    (position[i][0] - position[j][0], position[i][1] - position[j][1]);
                if dx * dx + dy * dy < 1e-12 {
                    // Two nodes on one spot: part them along x, the later one to the right.
                    (dx, dy) = (-1e-3, 0.0);
                }
                // Repulsion k²·mᵢ·mⱼ/d along the unit vector (dx, dy)/d: well-linked nodes push harder,
                // which gives hubs room instead of piling them in the middle (as ForceAtlas2 does).
                let push = k * k * mass[i] * mass[j] / (dx * dx + dy * dy);
                shift[i][0] += dx * push;
                shift[i][1] += dy * push;
                shift[j][0] -= dx * push;
                shift[j][1] -= dy * push;
            }
        }
        for spring in springs {
            let (a, b) = (spring.a, spring.b);
            let (dx, dy) = (position[a][0] - position[b][0], position[a][1] - position[b][1]);
            // Attraction d²/k along the unit vector.
            let pull = (dx * dx + dy * dy).sqrt() / k * spring.strength;
            shift[a][0] -= dx * pull;
            shift[a][1] -= dy * pull;
            shift[b][0] += dx * pull;
            shift[b][1] += dy * pull;
        }
        for i in 0..n {
            shift[i][0] -= (position[i][0] - 0.5) * GRAVITY * mass[i];
            shift[i][1] -= (position[i][1] - 0.5) * GRAVITY * mass[i];
            let length = (shift[i][0] * shift[i][0] + shift[i][1] * shift[i][1]).sqrt();
            if length > 0.0 {
                let step = length.min(temperature) / length;
                position[i][0] += shift[i][0] * step;
                position[i][1] += shift[i][1] * step;
            }
        }
        temperature -= cooling;
    }
    normalize(&mut position);
    position
}

/// Stretches each axis to [0, 1] (a flat axis goes to the middle) and rounds; the page adds its own margin.
fn normalize(position: &mut [[f64; 2]]) {
    for axis in 0..2 {
        let min = position.iter().map(|p| p[axis]).fold(f64::INFINITY, f64::min);
        let max = position.iter().map(|p| p[axis]).fold(f64::NEG_INFINITY, f64::max);
        for p in position.iter_mut() {
            let unit = if max - min > 1e-12 { (p[axis] - min) / (max - min) } else { 0.5 };
            p[axis] = (unit * 10_000.0).round() / 10_000.0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distance(a: [f64; 2], b: [f64; 2]) -> f64 {
        ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
    }

    #[test]
    fn layouts_are_deterministic_and_inside_the_frame() {
        let ids = ["a", "b", "c", "d", "e", "f"];
        let springs = [
            Spring { a: 0, b: 1, strength: 1.0 },
            Spring { a: 1, b: 2, strength: 1.0 },
            Spring { a: 3, b: 4, strength: 0.5 },
        ];
        let first = layout(&ids, &springs);
        assert_eq!(first, layout(&ids, &springs), "same input, same picture");
        assert!(first.iter().flatten().all(|&c| (0.0..=1.0).contains(&c)), "{first:?}");
    }

    #[test]
    fn layouts_behave_as_specified() {
        let cases: &[(&str, &[&str], usize)] = &[
            ("no node", &[], 0),
            ("one node sits in the middle", &["a"], 1),
            ("two unlinked nodes", &["a", "b"], 2),
        ];
        for (name, ids, count) in cases {
            let positions = layout(ids, &[]);
            assert_eq!(positions.len(), *count, "{name}");
        }
        assert_eq!(layout(&["a"], &[]), [[0.5, 0.5]]);
    }

    #[test]
    fn linked_nodes_end_closer_than_unlinked_ones() {
        let ids = ["hub", "x", "y", "z", "far"];
        let springs: Vec<Spring> = (1..4).map(|b| Spring { a: 0, b, strength: 1.0 }).collect();
        let p = layout(&ids, &springs);
        let linked = (1..4).map(|i| distance(p[0], p[i])).fold(0.0, f64::max);
        assert!(distance(p[0], p[4]) > linked, "{p:?}");
    }

    #[test]
    fn start_positions_come_from_the_ids_alone() {
        assert_eq!(start_position("qalida-akytkhan"), start_position("qalida-akytkhan"));
        assert_ne!(start_position("a"), start_position("b"));
    }
}
