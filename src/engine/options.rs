//! Takes a loosely typed value (what JavaScript passes as options) and gives an engine option struct, or an error naming the field that was wrong.
//!
//! The bindings turn a JS value into a [`Value`] first (bounded by a [`Budget`], never running code
//! that could hang), then [`read`] deserializes it here; native tests go through the same [`read`].
//! `null` and `undefined` fields count as absent, so `{limit: undefined}` means the default.
//!
//! ```
//! use corpus_explorer::engine::{options::{read, Value}, SearchOptions};
//! let value = Value::Object(vec![("limit".into(), Value::Number(1.5))]);
//! let error = read::<SearchOptions>(&value, "search options").unwrap_err();
//! assert_eq!(error.to_string(), "search options: limit: expected a whole number from 0 to 4294967295, got 1.5");
//! ```

use core::fmt;

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor,
};
use serde::Deserialize;

use super::{EngineError, Result};

/// A JSON-like value; `undefined` is read as [`Value::Null`].
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    /// Own enumerable properties, in order.
    Object(Vec<(String, Value)>),
}

/// Most values one argument may hold (every list item and object field counts one).
pub const MAX_VALUES: usize = 10_000;
/// Deepest nesting one argument may have (options nest two levels).
pub const MAX_DEPTH: usize = 8;
/// Most UTF-8 bytes of text (strings and keys) one argument may hold: 4 MiB.
pub const MAX_TEXT_BYTES: usize = 4 << 20;

/// What is left of the limits while one argument is read.
#[derive(Debug, Clone)]
pub struct Budget {
    values: usize,
    text: usize,
}

impl Default for Budget {
    fn default() -> Self {
        Budget { values: MAX_VALUES, text: MAX_TEXT_BYTES }
    }
}

/// The limit an argument passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverBudget {
    /// Nested deeper than `levels`.
    TooDeep { levels: usize },
    /// More than `values` values.
    TooManyValues { values: usize },
    /// More than `mib` MiB of text.
    TooMuchText { mib: usize },
}

impl fmt::Display for OverBudget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OverBudget::TooDeep { levels } => write!(f, "nested deeper than {levels} levels"),
            OverBudget::TooManyValues { values } => write!(f, "holds more than {values} values"),
            OverBudget::TooMuchText { mib } => write!(f, "holds more than {mib} MiB of text"),
        }
    }
}

impl Budget {
    /// Takes one value at `depth` holding `text_bytes` bytes of text; an error says which limit was passed.
    pub fn take(
        &mut self,
        depth: usize,
        text_bytes: usize,
    ) -> core::result::Result<(), OverBudget> {
        if depth > MAX_DEPTH {
            return Err(OverBudget::TooDeep { levels: MAX_DEPTH });
        }
        if self.values == 0 {
            return Err(OverBudget::TooManyValues { values: MAX_VALUES });
        }
        if text_bytes > self.text {
            return Err(OverBudget::TooMuchText { mib: MAX_TEXT_BYTES >> 20 });
        }
        self.values -= 1;
        self.text -= text_bytes;
        Ok(())
    }
}

/// Reads `value` into `T`; `Null` gives `T::default()`. `what` names the argument in errors ("search options").
pub fn read<T: DeserializeOwned + Default>(value: &Value, what: &str) -> Result<T> {
    if *value == Value::Null {
        return Ok(T::default());
    }
    T::deserialize(value)
        .map_err(|error| explain(value, what, error, &|alone| T::deserialize(alone).map(drop)))
}

/// The error of reading `value`, naming the field: the first one that is wrong on its own (every option is
/// optional and independent). Not generic: one copy for every option type keeps the wasm small.
#[inline(never)]
fn explain(
    value: &Value,
    what: &str,
    error: Error,
    read_alone: &dyn Fn(&Value) -> core::result::Result<(), Error>,
) -> EngineError {
    let culprit = match value {
        Value::Object(fields) => {
            fields.iter().filter(|(_, v)| *v != Value::Null).find_map(|(key, v)| {
                let alone = Value::Object(vec![(key.clone(), v.clone())]);
                read_alone(&alone).err().map(|e| (key, e))
            })
        }
        _ => None,
    };
    let (field, error) = match culprit {
        Some((key, e)) if !e.is_unknown_field() => (Some(key.clone()), e),
        Some((_, e)) => (None, e),
        None => (None, error),
    };
    EngineError::Options { argument: what.to_string(), field, reason: plain(&error.to_string()) }
}

/// serde's words for types, in the words of the API: "expected a list, got integer `3`".
fn plain(message: &str) -> String {
    let message = message
        .replace("expected u32", "expected a whole number from 0 to 4294967295")
        .replace("expected a sequence", "expected a list");
    let Some(rest) =
        message.strip_prefix("invalid type: ").or_else(|| message.strip_prefix("invalid value: "))
    else {
        return message;
    };
    match rest.rsplit_once(", expected ") {
        Some((got, expected)) => {
            format!("expected {expected}, got {}", if got == "map" { "an object" } else { got })
        }
        None => rest.to_string(),
    }
}

/// The error of reading a [`Value`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A value of the wrong kind: "expected a string, got 3".
    Expected { expected: String, got: String },
    /// serde's own words: "unknown field `colour`, expected `types` or `maxHops`", "missing field".
    Serde { message: String },
}

impl Error {
    fn is_unknown_field(&self) -> bool {
        matches!(self, Error::Serde { message } if message.starts_with("unknown field"))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Expected { expected, got } => write!(f, "expected {expected}, got {got}"),
            Error::Serde { message } => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Error::Serde { message: message.to_string() }
    }
}

impl Value {
    /// "a string", "1.5", "NaN", "a list": what the value is, for "expected …, got …".
    fn describe(&self) -> String {
        match self {
            Value::Null => "null".into(),
            Value::Bool(b) => format!("{b}"),
            Value::Number(n) if n.is_nan() => "NaN".into(),
            Value::Number(n) if n.is_infinite() => {
                if *n > 0.0 {
                    "Infinity".into()
                } else {
                    "-Infinity".into()
                }
            }
            // Without the standard float formatter, which would add ~15 KB to the wasm (see [`super::decimal`]).
            Value::Number(n) if n.abs() >= 9.0e15 => "a number beyond 9e15".into(),
            Value::Number(n) if *n != 0.0 && n.abs() < 0.001 => "a number close to 0".into(),
            Value::Number(n) => super::decimal::Decimal(*n).to_string(),
            Value::String(_) => "a string".into(),
            Value::Array(_) => "a list".into(),
            Value::Object(_) => "an object".into(),
        }
    }

    fn expected(&self, what: &str) -> Error {
        Error::Expected { expected: what.to_string(), got: self.describe() }
    }

    /// The value as an unsigned whole number no larger than `max`.
    fn whole(&self, max: f64) -> Option<u64> {
        match *self {
            Value::Number(n) if n.fract() == 0.0 && (0.0..=max).contains(&n) => Some(n as u64),
            _ => None,
        }
    }
}

macro_rules! unsigned {
    ($($method:ident $visit:ident $ty:ty),*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> core::result::Result<V::Value, Error> {
            match self.whole(<$ty>::MAX as f64) {
                Some(n) => visitor.$visit(n as $ty),
                None => Err(self.expected(&format!("a whole number from 0 to {}", <$ty>::MAX))),
            }
        }
    )*};
}

impl<'de> de::Deserializer<'de> for &'de Value {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> core::result::Result<V::Value, Error> {
        match self {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) if n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_991.0 => {
                visitor.visit_i64(*n as i64)
            }
            Value::Number(n) => visitor.visit_f64(*n),
            Value::String(s) => visitor.visit_borrowed_str(s),
            Value::Array(items) => visitor.visit_seq(Items(items.iter())),
            Value::Object(fields) => {
                visitor.visit_map(Fields { fields: fields.iter(), value: None })
            }
        }
    }

    unsigned!(deserialize_u8 visit_u8 u8, deserialize_u16 visit_u16 u16, deserialize_u32 visit_u32 u32, deserialize_u64 visit_u64 u64);

    fn deserialize_bool<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> core::result::Result<V::Value, Error> {
        match self {
            Value::Bool(b) => visitor.visit_bool(*b),
            other => Err(other.expected("true or false")),
        }
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> core::result::Result<V::Value, Error> {
        match self {
            Value::Number(n) if n.is_finite() => visitor.visit_f64(*n),
            other => Err(other.expected("a finite number")),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> core::result::Result<V::Value, Error> {
        match self {
            Value::String(s) => visitor.visit_borrowed_str(s),
            other => Err(other.expected("a string")),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> core::result::Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> core::result::Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> core::result::Result<V::Value, Error> {
        match self {
            Value::Null => visitor.visit_none(),
            some => visitor.visit_some(some),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> core::result::Result<V::Value, Error> {
        match self {
            Value::Array(items) => visitor.visit_seq(Items(items.iter())),
            other => Err(other.expected("a list")),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> core::result::Result<V::Value, Error> {
        match self {
            Value::Object(fields) => {
                visitor.visit_map(Fields { fields: fields.iter(), value: None })
            }
            other => Err(other.expected("an object")),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> core::result::Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> core::result::Result<V::Value, Error> {
        match self {
            Value::String(s) => visitor.visit_enum(s.as_str().into_deserializer()),
            other => Err(other.expected("a string")),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> core::result::Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u128 f32 char bytes byte_buf unit unit_struct newtype_struct tuple tuple_struct
    }
}

struct Items<'a>(core::slice::Iter<'a, Value>);

impl<'de> SeqAccess<'de> for Items<'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> core::result::Result<Option<T::Value>, Error> {
        self.0.next().map(|item| seed.deserialize(item)).transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

struct Fields<'a> {
    fields: core::slice::Iter<'a, (String, Value)>,
    value: Option<&'a Value>,
}

impl<'de> MapAccess<'de> for Fields<'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> core::result::Result<Option<K::Value>, Error> {
        // `null` and `undefined` fields are absent.
        for (key, value) in self.fields.by_ref() {
            if *value != Value::Null {
                self.value = Some(value);
                return seed.deserialize(de::value::BorrowedStrDeserializer::new(key)).map(Some);
            }
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> core::result::Result<V::Value, Error> {
        seed.deserialize(self.value.take().unwrap_or(&Value::Null))
    }
}

/// Reads any self-describing format (JSON in tests) into a [`Value`]; non-finite numbers cannot come this way.
impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: de::Deserializer<'de>>(
        deserializer: D,
    ) -> core::result::Result<Value, D::Error> {
        struct ValueVisitor;
        impl<'de> Visitor<'de> for ValueVisitor {
            type Value = Value;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_unit<E>(self) -> core::result::Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_none<E>(self) -> core::result::Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_some<D: de::Deserializer<'de>>(
                self,
                d: D,
            ) -> core::result::Result<Value, D::Error> {
                Value::deserialize(d)
            }
            fn visit_bool<E>(self, b: bool) -> core::result::Result<Value, E> {
                Ok(Value::Bool(b))
            }
            fn visit_i64<E>(self, n: i64) -> core::result::Result<Value, E> {
                Ok(Value::Number(n as f64))
            }
            fn visit_u64<E>(self, n: u64) -> core::result::Result<Value, E> {
                Ok(Value::Number(n as f64))
            }
            fn visit_f64<E>(self, n: f64) -> core::result::Result<Value, E> {
                Ok(Value::Number(n))
            }
            fn visit_str<E>(self, s: &str) -> core::result::Result<Value, E> {
                Ok(Value::String(s.to_string()))
            }
            fn visit_seq<A: SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> core::result::Result<Value, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Value::Array(items))
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut map: A,
            ) -> core::result::Result<Value, A::Error> {
                let mut fields = Vec::new();
                while let Some((key, value)) = map.next_entry::<String, Value>()? {
                    fields.push((key, value));
                }
                Ok(Value::Object(fields))
            }
        }
        deserializer.deserialize_any(ValueVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{
        entities::EntityFilter, Filter, GraphOptions, NeighborOptions, PathOptions, SearchOptions,
    };

    fn object(fields: &[(&str, Value)]) -> Value {
        Value::Object(fields.iter().map(|(k, v)| (k.to_string(), v.clone())).collect())
    }

    fn strings(items: &[&str]) -> Value {
        Value::Array(items.iter().map(|s| Value::String(s.to_string())).collect())
    }

    #[test]
    fn good_options_read_like_their_structs() {
        let search: SearchOptions = read(
            &object(&[
                ("limit", Value::Number(5.0)),
                ("outlets", strings(&["RFE/RL"])),
                ("from", Value::Null),
            ]),
            "search options",
        )
        .unwrap();
        assert_eq!(search.limit, Some(5));
        assert_eq!(search.filter.outlets, ["RFE/RL"]);
        let path: PathOptions = read(
            &object(&[("maxHops", Value::Number(2.0)), ("types", strings(&["family"]))]),
            "path options",
        )
        .unwrap();
        assert_eq!((path.max_hops, path.types.len()), (Some(2), 1));
        assert_eq!(read::<Filter>(&Value::Null, "filter").unwrap(), Filter::default());
        assert_eq!(read::<Option<u32>>(&Value::Number(3.0), "limit").unwrap(), Some(3));
    }

    /// (name, value, what, expected message)
    #[test]
    fn wrong_options_name_the_field() {
        let cases: Vec<(&str, Result<()>, &str)> = vec![
            ("a fraction", read::<SearchOptions>(&object(&[("limit", Value::Number(1.5))]), "search options").map(drop), "search options: limit: expected a whole number from 0 to 4294967295, got 1.5"),
            ("NaN", read::<GraphOptions>(&object(&[("depth", Value::Number(f64::NAN))]), "graph options").map(drop), "graph options: depth: expected a whole number from 0 to 4294967295, got NaN"),
            ("too large", read::<NeighborOptions>(&object(&[("limit", Value::Number(1e20))]), "neighbors options").map(drop), "neighbors options: limit: expected a whole number from 0 to 4294967295, got a number beyond 9e15"),
            ("negative", read::<EntityFilter>(&object(&[("offset", Value::Number(-1.0))]), "entities filter").map(drop), "entities filter: offset: expected a whole number from 0 to 4294967295, got -1"),
            ("a string for a list", read::<SearchOptions>(&object(&[("outlets", Value::String("RFE/RL".into()))]), "search options").map(drop), "search options: outlets: expected a list, got string \"RFE/RL\""),
            ("a number in a list", read::<Filter>(&object(&[("types", Value::Array(vec![Value::Number(3.0)]))]), "graph filter").map(drop), "graph filter: types: expected a string, got 3"),
            ("a number in a flattened list", read::<SearchOptions>(&object(&[("types", Value::Array(vec![Value::Number(3.0)]))]), "search options").map(drop), "search options: types: expected a string, got integer `3`"),
            ("an unknown field", read::<PathOptions>(&object(&[("colour", Value::Bool(true))]), "path options").map(drop), "path options: unknown field `colour`, expected `types` or `maxHops`"),
            ("an unknown field beside flattened ones", read::<SearchOptions>(&object(&[("limit", Value::Number(1.0)), ("colour", Value::Bool(true))]), "search options").map(drop), "search options: unknown field `colour`"),
            ("not an object", read::<Filter>(&Value::String("person".into()), "documents filter").map(drop), "documents filter: expected an object, got a string"),
            ("a list for an object", read::<Filter>(&Value::Array(vec![]), "documents filter").map(drop), "documents filter: expected an object, got a list"),
        ];
        for (name, result, expected) in cases {
            assert_eq!(result.unwrap_err().to_string(), expected, "{name}");
        }
    }

    #[test]
    fn the_budget_stops_deep_and_large_values() {
        let mut budget = Budget::default();
        let too_deep = budget.take(MAX_DEPTH + 1, 0).unwrap_err();
        assert_eq!(too_deep.to_string(), "nested deeper than 8 levels");
        let too_long = budget.take(0, MAX_TEXT_BYTES + 1).unwrap_err();
        assert_eq!(too_long.to_string(), "holds more than 4 MiB of text");
        let mut budget = Budget::default();
        for _ in 0..MAX_VALUES {
            budget.take(1, 0).unwrap();
        }
        let too_many = budget.take(1, 0).unwrap_err();
        assert_eq!(too_many.to_string(), "holds more than 10000 values");
    }
}
