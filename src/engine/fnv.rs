//! FNV-1a, one small stable hash for short keys: the index's term map and the layout's start positions.
//!
//! The standard SipHash guards against flooding, which an index of our own text does not need, and its
//! keys may change between Rust releases, while the layout needs the same hash in every build.

use core::hash::{BuildHasherDefault, Hasher};

const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0100_0000_01b3;

/// The FNV-1a state, as a [`Hasher`] for hash maps.
pub struct Fnv(u64);

/// Builds [`Fnv`] hashers: `HashMap<K, V, BuildFnv>`.
pub type BuildFnv = BuildHasherDefault<Fnv>;

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(OFFSET_BASIS)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(PRIME);
        }
    }
}

/// The FNV-1a hash of `bytes`.
pub fn hash(bytes: &[u8]) -> u64 {
    let mut hasher = Fnv::default();
    hasher.write(bytes);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, input, hash): the published FNV-1a 64-bit test vectors, and an id the layout hashes.
    const CASES: &[(&str, &str, u64)] = &[
        ("empty", "", 0xcbf2_9ce4_8422_2325),
        ("one letter", "a", 0xaf63_dc4c_8601_ec8c),
        ("a word", "foobar", 0x8594_4171_f739_67e8),
        ("an entity id", "erlan-nurov", 0xe31e_26c1_9357_3014),
    ];

    #[test]
    fn hashes_match_the_published_values() {
        for (name, input, expected) in CASES {
            assert_eq!(hash(input.as_bytes()), *expected, "{name}");
        }
    }
}
