//! A number shown with at most three decimals (`1200000`, `5.5`, `43.1`), written without the standard float formatter.
//!
//! The standard formatter would add ~15 KB to the wasm for the figures' values and the options'
//! error messages alone. [`Decimal`] prints through integers; serialized, a whole value is an integer
//! and a fraction goes through serde_json's shortest float writer, which gives the same digits.

use core::fmt;

use serde::{Serialize, Serializer};

/// `value` rounded to thousandths; `null` when it is not finite or too large to round exactly.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Decimal(pub f64);

impl Decimal {
    /// The value in thousandths, if it has an exact one.
    fn thousandths(self) -> Option<i64> {
        let scaled = (self.0 * 1000.0).round();
        (scaled.is_finite() && scaled.abs() < 9.0e15).then_some(scaled as i64)
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(scaled) = self.thousandths() else { return f.write_str("null") };
        if scaled < 0 {
            f.write_str("-")?;
        }
        let (whole, thousandths) = (scaled.unsigned_abs() / 1000, scaled.unsigned_abs() % 1000);
        write!(f, "{whole}")?;
        if thousandths > 0 {
            let digits = format!("{thousandths:03}");
            write!(f, ".{}", digits.trim_end_matches('0'))?;
        }
        Ok(())
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.thousandths() {
            None => serializer.serialize_none(),
            Some(scaled) if scaled % 1000 == 0 => serializer.serialize_i64(scaled / 1000),
            Some(scaled) => serializer.serialize_f64(scaled as f64 / 1000.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, value, shown)
    const CASES: &[(&str, f64, &str)] = &[
        ("a whole number", 1_200_000.0, "1200000"),
        ("one decimal", 5.5, "5.5"),
        ("a decimal that is not exact in binary", 43.1, "43.1"),
        ("rounded to thousandths", 2.0 / 3.0, "0.667"),
        ("a thousandth", 0.001, "0.001"),
        ("below a thousandth", 0.0004, "0"),
        ("negative", -1.25, "-1.25"),
        ("negative zero", -0.0, "0"),
        ("large with decimals", 123_456_789.125, "123456789.125"),
        ("too large", 1e16, "null"),
        ("not a number", f64::NAN, "null"),
        ("infinite", f64::INFINITY, "null"),
    ];

    #[test]
    fn numbers_are_shown_with_at_most_three_decimals() {
        for (name, value, shown) in CASES {
            assert_eq!(Decimal(*value).to_string(), *shown, "{name}");
        }
    }

    #[test]
    fn serialized_numbers_read_as_they_are_shown() {
        for (name, value, shown) in CASES {
            assert_eq!(serde_json::to_string(&Decimal(*value)).unwrap(), *shown, "{name}");
        }
        // A sweep over magnitudes and fractions: serde_json's float writer gives the shown digits.
        let mut value = 0.001f64;
        while value < 8.0e12 {
            for fraction in [0.0, 0.001, 0.01, 0.1, 0.125, 0.333, 0.5, 0.999] {
                for sign in [1.0, -1.0] {
                    let decimal = Decimal(sign * (value + fraction));
                    assert_eq!(
                        serde_json::to_string(&decimal).unwrap(),
                        decimal.to_string(),
                        "{decimal:?}"
                    );
                }
            }
            value = value * 1.37 + 0.011;
        }
    }
}
