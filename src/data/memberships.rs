//! Memberships of unions and blocs.

use crate::Membership;

pub(crate) const MEMBERSHIPS: &[Membership] = &[];
