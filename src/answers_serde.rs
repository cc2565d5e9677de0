//! `Serialize` for the queries' answers (feature `serde`), in the data
//! files' casing: a web service can return them as JSON.
//!
//! Records an answer rests on are named by their id (a treaty's `id`, a
//! resolution's `symbol`) or by the fields that identify them (a
//! membership's country, union and role), not copied whole, and every tie
//! and change carries its `sources`. Days are ISO 8601 strings.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::coverage::Covered;
use crate::query::changes::{Change, ChangeKind};
use crate::query::membership::Founding;
use crate::tie::{Allies, Ally, Relation, Tie, Via};
use crate::treaty::{Basis, TreatyStatus, Validity};
use crate::{Agreement, Membership, PartialDate, SourceId};

/// The ids of `sources`, each once.
fn ids<'d>(sources: impl Iterator<Item = &'d SourceId>) -> Vec<&'d str> {
    let mut out: Vec<&str> = Vec::new();
    for s in sources {
        if !out.contains(&s.as_str()) {
            out.push(s.as_str());
        }
    }
    out
}

impl Serialize for TreatyStatus {
    /// `{"status": "in_force", "until": "2027-02-28", "end_disputed": true,
    /// "suspended": []}`, `{"status": "in_force_presumed", "until": null,
    /// "suspended": ["AM"]}`, `{"status": "expired", "on": "2010"}`,
    /// `{"status": "abandoned", "on": "2002-06-14"}`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_struct("TreatyStatus", 4)?;
        match *self {
            TreatyStatus::NotYetSigned => m.serialize_field("status", "not_yet_signed")?,
            TreatyStatus::SignedNotInForce => m.serialize_field("status", "signed_not_in_force")?,
            TreatyStatus::SignedEntryNotFound => m.serialize_field("status", "signed_entry_not_found")?,
            TreatyStatus::Operative { since, suspended } => {
                m.serialize_field("status", "operative")?;
                m.serialize_field("since", &since)?;
                m.serialize_field("suspended", &suspended)?;
            }
            TreatyStatus::InForce { until, end_disputed, suspended } => {
                m.serialize_field("status", "in_force")?;
                m.serialize_field("until", &until)?;
                m.serialize_field("end_disputed", &end_disputed)?;
                m.serialize_field("suspended", &suspended)?;
            }
            TreatyStatus::InForcePresumed { until, suspended } => {
                m.serialize_field("status", "in_force_presumed")?;
                m.serialize_field("until", &until)?;
                m.serialize_field("suspended", &suspended)?;
            }
            TreatyStatus::Expired { on } => {
                m.serialize_field("status", "expired")?;
                m.serialize_field("on", &on)?;
            }
            TreatyStatus::Terminated { on } => {
                m.serialize_field("status", "terminated")?;
                m.serialize_field("on", &on)?;
            }
            TreatyStatus::Abandoned { on } => {
                m.serialize_field("status", "abandoned")?;
                m.serialize_field("on", &on)?;
            }
        }
        m.end()
    }
}

impl Serialize for Basis {
    /// `"initial"`, `{"confirmed_extension": 2}` (the event's index),
    /// `"presumed_extension"`, `{"operative": 0}` (the event's index).
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            Basis::Initial => s.serialize_str("initial"),
            Basis::ConfirmedExtension(i) => {
                let mut m = s.serialize_struct("Basis", 1)?;
                m.serialize_field("confirmed_extension", &i)?;
                m.end()
            }
            Basis::PresumedExtension => s.serialize_str("presumed_extension"),
            Basis::Operative(i) => {
                let mut m = s.serialize_struct("Basis", 1)?;
                m.serialize_field("operative", &i)?;
                m.end()
            }
        }
    }
}

impl Serialize for Validity {
    /// `{"period": {"start": "2002-02-28", "end": "2022-02-28"}, "basis": "initial"}`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_struct("Validity", 2)?;
        m.serialize_field("period", &self.period)?;
        m.serialize_field("basis", &self.basis)?;
        m.end()
    }
}

impl Serialize for Agreement {
    /// `{"score": 3.0, "compared": 4, "share": 0.75}`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_struct("Agreement", 3)?;
        m.serialize_field("score", &self.score)?;
        m.serialize_field("compared", &self.compared)?;
        m.serialize_field("share", &self.share())?;
        m.end()
    }
}

/// A membership named by what identifies it.
struct MembershipRef<'d>(&'d Membership);

impl Serialize for MembershipRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let m = self.0;
        let mut out = s.serialize_struct("Membership", 4)?;
        out.serialize_field("country", &m.country)?;
        out.serialize_field("union", &m.union)?;
        out.serialize_field("role", &m.role)?;
        out.serialize_field("period", &m.period)?;
        out.end()
    }
}

impl Serialize for Tie<'_> {
    /// `{"kind": "mutual_defence", "alliance_grade": true, "description":
    /// "CSTO (both as member)", "union": "CSTO", "roles": ["member", "member"],
    /// "sources": [...]}`; a treaty tie has `treaty` (its id) and `status`,
    /// an aligned-votes tie `agreement` and `resolutions` (symbols).
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_struct("Tie", 7)?;
        m.serialize_field("kind", &self.kind)?;
        m.serialize_field("alliance_grade", &self.is_alliance_grade())?;
        m.serialize_field("suspended", &self.is_suspended())?;
        m.serialize_field("description", &self.to_string())?;
        match &self.via {
            Via::Union { union, roles, .. } => {
                m.serialize_field("union", union)?;
                m.serialize_field("roles", &[roles.0, roles.1])?;
            }
            Via::Treaty { treaty, status } => {
                m.serialize_field("treaty", &treaty.id)?;
                m.serialize_field("status", status)?;
            }
            Via::Votes { agreement, window } => {
                m.serialize_field("agreement", agreement)?;
                m.serialize_field("from", &window.from().map(PartialDate::day))?;
                m.serialize_field("to", &window.to().map(PartialDate::day))?;
                m.serialize_field("record", &window.record())?;
                let symbols: Vec<&str> = window.resolutions().map(|r| &*r.symbol).collect();
                m.serialize_field("resolutions", &symbols)?;
            }
        }
        m.serialize_field("sources", &ids(self.sources()))?;
        m.end()
    }
}

impl Serialize for Relation<'_> {
    /// `{"a": "RU", "b": "BY", "day": "2022-03-01", "alliance": true,
    /// "ties": [...], "stance_a": {...}, "stance_b": {...}}`; the stances are
    /// the stance records (or `null`).
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_struct("Relation", 7)?;
        m.serialize_field("a", &self.a)?;
        m.serialize_field("b", &self.b)?;
        m.serialize_field("day", &PartialDate::day(self.day))?;
        m.serialize_field("alliance", &self.is_alliance())?;
        m.serialize_field("ties", &self.ties)?;
        m.serialize_field("stance_a", &self.stance_a)?;
        m.serialize_field("stance_b", &self.stance_b)?;
        m.end()
    }
}

impl Serialize for Ally<'_> {
    /// `{"country": "BY", "strongest": "mutual_defence", "ties": [...]}`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_struct("Ally", 3)?;
        m.serialize_field("country", &self.country)?;
        m.serialize_field("strongest", &self.strongest())?;
        m.serialize_field("ties", &self.ties)?;
        m.end()
    }
}

impl Serialize for Allies<'_> {
    /// A sequence of [`Ally`] objects, in order.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl Serialize for Change<'_> {
    /// `{"date": "2023-04-04", "kind": "joined", "description": "...",
    /// "membership": {...}, "sources": [...]}`; a treaty change names the
    /// `treaty` by id (and its `event`), a stance change the `country` and
    /// `stance`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_struct("Change", 6)?;
        m.serialize_field("date", &self.date)?;
        let kind = match self.kind {
            ChangeKind::Joined(_) => "joined",
            ChangeKind::Left(_) => "left",
            ChangeKind::Signed(_) => "signed",
            ChangeKind::InForce(_) => "in_force",
            ChangeKind::Treaty(..) => "treaty_event",
            ChangeKind::Status(..) => "treaty_status",
            ChangeKind::Stance(_) => "stance",
            ChangeKind::StanceEnded(_) => "stance_ended",
        };
        m.serialize_field("kind", kind)?;
        m.serialize_field("description", &self.to_string())?;
        match self.kind {
            ChangeKind::Joined(r) | ChangeKind::Left(r) => {
                m.serialize_field("membership", &MembershipRef(r))?
            }
            ChangeKind::Signed(t) | ChangeKind::InForce(t) => m.serialize_field("treaty", &t.id)?,
            ChangeKind::Treaty(t, e) => {
                m.serialize_field("treaty", &t.id)?;
                m.serialize_field("event", e)?;
            }
            ChangeKind::Status(t, status) => {
                m.serialize_field("treaty", &t.id)?;
                m.serialize_field("status", &status)?;
            }
            ChangeKind::Stance(r) | ChangeKind::StanceEnded(r) => {
                m.serialize_field("country", &r.country)?;
                m.serialize_field("stance", &r.stance)?;
            }
        }
        m.serialize_field("sources", &ids(self.sources().iter()))?;
        m.end()
    }
}

impl Serialize for Founding<'_> {
    /// `{"date": "2014-05-29", "treaty": "eaeu-2014", "sources": [...]}`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_struct("Founding", 3)?;
        m.serialize_field("date", &self.date)?;
        m.serialize_field("treaty", &self.treaty.map(|t| &t.id))?;
        m.serialize_field("sources", &ids(self.sources.iter()))?;
        m.end()
    }
}

impl Serialize for Covered<'_> {
    /// `{"covered": "fully"}`, `{"covered": "partly", "scope": {...}}`,
    /// `{"covered": "before", "from": "2022-02-24"}`, `{"covered": "no",
    /// "nearest": {...} | null}`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_struct("Covered", 2)?;
        match self {
            Covered::Fully => m.serialize_field("covered", "fully")?,
            Covered::Partly { scope } => {
                m.serialize_field("covered", "partly")?;
                m.serialize_field("scope", scope)?;
            }
            Covered::Before { from } => {
                m.serialize_field("covered", "before")?;
                m.serialize_field("from", from)?;
            }
            Covered::No { nearest } => {
                m.serialize_field("covered", "no")?;
                m.serialize_field("nearest", nearest)?;
            }
        }
        m.end()
    }
}
