//! The scratch lists of one query: kept on the stack up to a fixed
//! length, so the embedded dataset's queries allocate nothing but their
//! answer, and moved to the heap past it, so a larger dataset still gets
//! its whole answer.

/// A list of at most `N` items on the stack, or any number on the heap.
pub(crate) enum Scratch<T: Copy, const N: usize> {
    /// The first `len` items of `items`.
    Inline { items: [T; N], len: usize },
    /// Past `N` items.
    Heap(Vec<T>),
}

impl<T: Copy, const N: usize> Scratch<T, N> {
    /// An empty list; `fill` only fills the unused slots.
    #[inline]
    pub(crate) const fn new(fill: T) -> Self {
        Self::Inline { items: [fill; N], len: 0 }
    }

    /// Adds `item` at the end.
    #[inline]
    pub(crate) fn push(&mut self, item: T) {
        match self {
            Self::Inline { items, len } if *len < N => {
                items[*len] = item;
                *len += 1;
            }
            Self::Inline { items, len } => {
                let mut heap = Vec::with_capacity(2 * N.max(1));
                heap.extend_from_slice(&items[..*len]);
                heap.push(item);
                *self = Self::Heap(heap);
            }
            Self::Heap(heap) => heap.push(item),
        }
    }

    /// The items, first to last.
    #[inline]
    pub(crate) fn as_slice(&self) -> &[T] {
        match self {
            Self::Inline { items, len } => &items[..*len],
            Self::Heap(heap) => heap,
        }
    }

    /// How many items.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.as_slice().len()
    }

    /// Whether the list has moved to the heap.
    #[cfg(test)]
    pub(crate) const fn spilled(&self) -> bool {
        matches!(self, Self::Heap(_))
    }
}

#[cfg(test)]
mod tests {
    use super::Scratch;
    use proptest::prelude::*;

    proptest! {
        /// Whatever its length, the list holds what was pushed, in order,
        /// and moves to the heap exactly when it outgrows the stack.
        #[test]
        fn holds_every_item_in_order(items in proptest::collection::vec(any::<u32>(), 0..40)) {
            let mut list = Scratch::<u32, 8>::new(0);
            for &i in &items {
                list.push(i);
            }
            prop_assert_eq!(list.as_slice(), &items[..]);
            prop_assert_eq!(list.len(), items.len());
            prop_assert_eq!(list.spilled(), items.len() > 8);
        }
    }
}
