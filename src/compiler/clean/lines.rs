//! Finds the 1-based line of a byte offset in a text, so that errors can name the line that caused them.

/// The line starts of a text, so that the line of any byte offset is one binary search (a manifest of
/// thousands of stories asks for thousands of lines).
pub struct Lines(Vec<usize>);

impl Lines {
    pub fn new(text: &str) -> Lines {
        Lines(text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i).collect())
    }

    /// 1-based line number of byte offset `at`: one more than the line breaks before it.
    pub fn of(&self, at: usize) -> usize {
        self.0.partition_point(|&newline| newline < at) + 1
    }
}
