//! What changed between two days.

use core::fmt;

use time::Date;

use crate::treaty::TreatyEvent;
use crate::{Dataset, Membership, PartialDate, SourceId, StanceRecord, Treaty, TreatyStatus};

/// What happened in a [`Change`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ChangeKind<'d> {
    /// A country took a role in a union (accession, observer status ...).
    Joined(&'d Membership),
    /// A country's role in a union ended (exit, or a change of role).
    Left(&'d Membership),
    /// A treaty was signed.
    Signed(&'d Treaty),
    /// A treaty entered into force.
    InForce(&'d Treaty),
    /// An event in a treaty's life: extended, suspended, resumed, joined,
    /// withdrawn, expired, terminated, superseded, or a statement about it.
    Treaty(&'d Treaty, &'d TreatyEvent),
    /// A treaty's status changed ([`Treaty::status_at`] differs from the
    /// day before): entering into force, each extension confirmed or
    /// presumed, a party's suspension or resumption, expiry (also when
    /// the term runs out with no event), termination, abandonment, or
    /// passing from a confirmed term to a presumed one. Dated on the
    /// first day of the new status.
    Status(&'d Treaty, TreatyStatus),
    /// A country's stance record took effect.
    Stance(&'d StanceRecord),
    /// A country's stance record stopped applying with none to replace it.
    StanceEnded(&'d StanceRecord),
}

/// One dated, sourced change: an item of [`Dataset::changes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Change<'d> {
    /// When, at the precision known.
    pub date: PartialDate,
    /// What.
    pub kind: ChangeKind<'d>,
}

impl<'d> Change<'d> {
    /// The sources of the change: the record's or the event's.
    #[must_use]
    pub fn sources(&self) -> &'d [SourceId] {
        match self.kind {
            ChangeKind::Joined(m) | ChangeKind::Left(m) => &m.sources,
            ChangeKind::Signed(t) | ChangeKind::InForce(t) | ChangeKind::Status(t, _) => &t.sources,
            ChangeKind::Treaty(_, e) => &e.sources,
            ChangeKind::Stance(s) | ChangeKind::StanceEnded(s) => &s.sources,
        }
    }
}

impl fmt::Display for Change<'_> {
    /// `"2 Jan 2015: Armenia became member of the EAEU"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.date)?;
        match self.kind {
            ChangeKind::Joined(m) => write!(f, "{} became {} of the {}", m.country, m.role, m.union),
            ChangeKind::Left(m) => write!(f, "{} ceased to be {} of the {}", m.country, m.role, m.union),
            ChangeKind::Signed(t) => write!(f, "{} signed", t.short_name),
            ChangeKind::InForce(t) => write!(f, "{} entered into force", t.short_name),
            ChangeKind::Treaty(t, e) => write!(f, "{}: {} ({})", t.short_name, e.kind, e.note),
            ChangeKind::Status(t, s) => write!(f, "{} now {s}", t.short_name),
            ChangeKind::Stance(s) => write!(f, "{}'s stance: {} ({})", s.country, s.stance, s.assessed_by),
            ChangeKind::StanceEnded(s) => write!(f, "{}'s stance record ({}) ends", s.country, s.stance),
        }
    }
}

/// The date of a status step on `day`, at the precision the record knows
/// it: the status's own date (`Expired { on }` ...), else the first of the
/// treaty's dates whose first day is `day` (an event, entry into force, a
/// period in force, a party's period), else the day itself (the end of a
/// term counted from a date known to the day).
fn step_date(t: &Treaty, day: Date, status: TreatyStatus) -> PartialDate {
    let own = match status {
        TreatyStatus::Expired { on } | TreatyStatus::Terminated { on } | TreatyStatus::Abandoned { on } => {
            Some(on)
        }
        _ => None,
    };
    let periods = t.validities().flat_map(|v| [Some(v.period.start), v.period.end]).flatten();
    let parties = t.parties.iter().flat_map(|p| [Some(p.period.start), p.period.end]).flatten();
    own.into_iter()
        .chain(t.events.iter().map(|e| e.date))
        .chain(t.in_force)
        .chain(periods)
        .chain(parties)
        .find(|d| d.first_day() == day)
        .unwrap_or(PartialDate::day(day))
}

impl Dataset {
    /// Everything that changed after `from` and up to `to` (a change dated
    /// `d` is listed when `from < d <= to`), in date order: accessions and
    /// exits, treaties signed, entering into force, their events, every
    /// change of a treaty's status ([`ChangeKind::Status`], from the same
    /// timeline as [`Dataset::treaty_status`], so a term running out or a
    /// passage to a presumed extension is listed although no event records
    /// it), and stance records taking effect or ending. A change known to
    /// the month or year counts on its first day.
    ///
    /// ```
    /// use allegiance::{ChangeKind, Country, Dataset};
    /// use time::macros::date;
    ///
    /// let kb = Dataset::embedded();
    /// let changes = kb.changes(date!(2022-12-31), date!(2024-12-31));
    /// assert!(changes.iter().any(|c| matches!(c.kind,
    ///     ChangeKind::Joined(m) if m.country == Country::FI)));
    /// assert!(changes.windows(2).all(|w| w[0].date <= w[1].date));
    /// for c in &changes {
    ///     println!("{c}");
    /// }
    /// ```
    #[must_use]
    pub fn changes(&self, from: Date, to: Date) -> Vec<Change<'_>> {
        let within = |d: PartialDate| from < d.first_day() && d.first_day() <= to;
        let mut out = Vec::new();
        let mut push = |date: PartialDate, kind| {
            if within(date) {
                out.push(Change { date, kind });
            }
        };
        for m in self.facts.memberships.iter() {
            push(m.period.start, ChangeKind::Joined(m));
            if let Some(end) = m.period.end {
                push(end, ChangeKind::Left(m));
            }
        }
        for t in self.facts.treaties.iter() {
            push(t.signed, ChangeKind::Signed(t));
            if let Some(f) = t.in_force {
                push(f, ChangeKind::InForce(t));
            }
            for e in t.events.iter() {
                push(e.date, ChangeKind::Treaty(t, e));
            }
        }
        let ix = self.index();
        // Status steps after the first (signature, listed as `Signed`).
        for (t, timeline) in self.facts.treaties.iter().zip(&ix.treaty_status) {
            for (day, status) in timeline.steps().skip(1) {
                push(step_date(t, day, status), ChangeKind::Status(t, status));
            }
        }
        // A record's end counts only when no later record of the country
        // takes over by then (the rule `stance` applies).
        for list in &ix.stance_of {
            for (k, &i) in list.iter().enumerate() {
                let s = &self.facts.stances[i as usize];
                push(s.since, ChangeKind::Stance(s));
                let next = list.get(k + 1).map(|&j| self.facts.stances[j as usize].starts());
                if let Some(u) = s.until
                    && u.first_day() > s.starts()
                    && next.is_none_or(|n| u.first_day() < n)
                {
                    push(u, ChangeKind::StanceEnded(s));
                }
            }
        }
        out.sort_by_key(|c| c.date);
        out
    }
}
