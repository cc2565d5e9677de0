//! Checks every fact of a [`Facts`] and reports every problem with the path
//! of its record.
//!
//! Dates are compared one way throughout, by their first day
//! ([`crate::PartialDate::first_day`]): "1948-05" is not before
//! "1948-05-01". `PartialDate`'s `Ord` is a sort order, never "before".

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use crate::vote::normalize_symbol;

use crate::{Country, Facts, PartialDate, Period, Problem, ProblemKind, Reading, SourceId};

/// Collects problems; each is reported with the path of its record.
pub(crate) struct Checker<'f> {
    known_sources: BTreeSet<&'f str>,
    origins: Option<&'f Origins>,
    pub(crate) problems: Vec<Problem>,
}

/// Where the records of merged facts came from: this dataset's records
/// first, then the other's that were added ([`crate::Dataset::merge`]), so
/// that a problem names the record in its input (`other.memberships[0]`),
/// never an index of the merged table that neither input has.
#[derive(Default)]
pub(crate) struct Origins {
    /// Per table: how many records are this dataset's, and for each record
    /// after those, its index in the other's table.
    tables: Vec<(&'static str, usize, Vec<usize>)>,
}

impl Origins {
    pub(crate) fn add(&mut self, table: &'static str, base: usize, added_from: Vec<usize>) {
        self.tables.push((table, base, added_from));
    }
}

impl<'f> Checker<'f> {
    /// The path of record `i` of `table`: `memberships[3]`, or in merged
    /// facts the record's path in its input (`other.memberships[0]` for
    /// one the other dataset added).
    pub(crate) fn rec(&self, table: &str, i: usize) -> String {
        let origin = self.origins.and_then(|o| o.tables.iter().find(|t| t.0 == table));
        match origin {
            Some((_, base, added)) if i >= *base => format!("other.{table}[{}]", added[i - base]),
            _ => format!("{table}[{i}]"),
        }
    }

    pub(crate) fn problem(&mut self, kind: ProblemKind, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::new(kind, path, message));
    }

    /// A fact needs at least one source, and each must be in `sources`.
    pub(crate) fn cites(&mut self, path: &str, sources: &[SourceId]) {
        if sources.is_empty() {
            self.problem(
                ProblemKind::MissingSource,
                format!("{path}.sources"),
                "a fact without a source: cite at least one",
            );
        }
        for (k, id) in sources.iter().enumerate() {
            if !self.known_sources.contains(id.as_str()) {
                let hint = self.closest_source(id.as_str());
                self.problem(
                    ProblemKind::UnknownSource,
                    format!("{path}.sources[{k}]"),
                    format!("unknown source id {:?}{hint}", id.as_str()),
                );
            }
        }
    }

    fn closest_source(&self, id: &str) -> String {
        closest(id, self.known_sources.iter().copied())
    }

    /// A date must have a year the ISO form writes and reads back.
    pub(crate) fn date(&mut self, path: &str, field: &str, d: Option<PartialDate>) {
        if let Some(d) = d.filter(|d| !d.is_writable()) {
            let sep = if path.is_empty() { "" } else { "." };
            self.problem(
                ProblemKind::InvalidValue,
                format!("{path}{sep}{field}"),
                format!("the year {} cannot be saved: {}", d.year_number(), crate::date::YEAR_RULE),
            );
        }
    }

    /// A former state is a member or a party only while it exists: its
    /// period must end by the day the state ceased to exist.
    pub(crate) fn within_existence(&mut self, path: &str, country: Country, p: &Period, what: &str) {
        let Some(end) = country.former_state().and_then(|f| f.period.end) else { return };
        let late = p.end.is_none_or(|e| e.first_day() > end.first_day());
        if late {
            let to = p.end.map_or_else(|| "open-ended".to_owned(), |e| format!("to {e}"));
            self.problem(
                ProblemKind::OutOfOrder,
                format!("{path}.end"),
                format!(
                    "{} ceased to exist on {end}, but is {what} {to}; end the period by {end} (its continuator, \
                     if any, is a party or member from then)",
                    country.name()
                ),
            );
        }
    }

    pub(crate) fn period(&mut self, path: &str, p: &Period) {
        self.date(path, "start", Some(p.start));
        self.date(path, "end", p.end);
        if let (false, Some(end)) = (p.is_well_formed(), p.end) {
            self.problem(
                ProblemKind::BadPeriod,
                format!("{path}.end"),
                format!("period ends ({end}) on or before it starts ({})", p.start),
            );
        }
    }

    /// The readings in the field `field` of the record at `path`
    /// (`alternatives`, `end_alternatives`).
    pub(crate) fn readings(&mut self, path: &str, field: &str, readings: &[Reading]) {
        for (k, r) in readings.iter().enumerate() {
            let path = format!("{path}.{field}[{k}]");
            self.date(&path, "date", r.date);
            self.cites(&path, &r.sources);
        }
    }
}

pub(crate) fn check(facts: &Facts) -> Vec<Problem> {
    check_with(facts, None)
}

/// [`check`], naming records by `origins` when the facts were merged.
pub(crate) fn check_with<'f>(facts: &'f Facts, origins: Option<&'f Origins>) -> Vec<Problem> {
    let mut c = Checker {
        known_sources: facts.sources.iter().map(|s| s.id.as_str()).collect(),
        origins,
        problems: Vec::new(),
    };
    c.date("", "as_of", Some(facts.as_of));
    let mut seen = BTreeMap::new();
    for (i, s) in facts.sources.iter().enumerate() {
        let path = c.rec("sources", i);
        c.date(&path, "date", s.date);
        if s.id.as_str().trim().is_empty() {
            c.problem(ProblemKind::Empty, format!("{path}.id"), "empty source id");
        }
        if let Some(first) = seen.insert(s.id.as_str(), i) {
            c.problem(
                ProblemKind::Duplicate,
                format!("{path}.id"),
                format!("duplicate source id {:?} (also {})", s.id.as_str(), c.rec("sources", first)),
            );
        }
        if s.publisher.trim().is_empty() || s.title.trim().is_empty() {
            c.problem(ProblemKind::Empty, path.clone(), "a source needs a publisher and a title");
        }
        if let Some(url) =
            s.url.as_deref().filter(|u| !(u.starts_with("https://") || u.starts_with("http://")))
        {
            c.problem(
                ProblemKind::InvalidValue,
                format!("{path}.url"),
                format!("{url:?} is not an address: a URL starts with https:// or http://"),
            );
        }
    }

    // Memberships: well-formed periods, sources, no overlap per (country, union).
    let mut by_pair: BTreeMap<(u8, u8), Vec<usize>> = BTreeMap::new();
    for (i, m) in facts.memberships.iter().enumerate() {
        let path = c.rec("memberships", i);
        c.period(&format!("{path}.period"), &m.period);
        c.cites(&path, &m.sources);
        c.readings(&path, "alternatives", &m.alternatives);
        c.within_existence(&format!("{path}.period"), m.country, &m.period, "a member");
        by_pair.entry((m.country as u8, m.union as u8)).or_default().push(i);
    }
    check_overlaps(&mut c, facts, by_pair.into_values());
    let mut treaty_ids = BTreeMap::new();
    for (i, t) in facts.treaties.iter().enumerate() {
        let path = c.rec("treaties", i);
        if t.id.trim().is_empty() {
            c.problem(ProblemKind::Empty, format!("{path}.id"), "empty treaty id");
        }
        if let Some(first) = treaty_ids.insert(t.id.as_ref(), i) {
            c.problem(
                ProblemKind::Duplicate,
                format!("{path}.id"),
                format!("duplicate treaty id {:?} (also {})", t.id, c.rec("treaties", first)),
            );
        }
        c.date(&path, "signed", Some(t.signed));
        c.date(&path, "in_force", t.in_force);
        c.cites(&path, &t.sources);
        c.readings(&path, "alternatives", &t.alternatives);
        c.readings(&path, "end_alternatives", &t.end_alternatives);
        if t.parties.is_empty() {
            c.problem(ProblemKind::Empty, format!("{path}.parties"), "a treaty needs at least one party");
        }
        match t.term {
            crate::Term::Fixed { years: 0 } => {
                c.problem(ProblemKind::InvalidValue, format!("{path}.term.years"), "a fixed term of 0 years")
            }
            crate::Term::AutoExtending { initial_years, extension_years, .. }
                if initial_years == 0 || extension_years == 0 =>
            {
                c.problem(
                    ProblemKind::InvalidValue,
                    format!("{path}.term"),
                    "an automatic-extension term needs initial and extension years above 0",
                )
            }
            _ => {}
        }
        let starts = t.in_force.unwrap_or(t.signed).first_day();
        for (k, e) in t.events.iter().enumerate() {
            if let crate::treaty::EventKind::Extended { until: Some(u) } = e.kind
                && u.first_day() <= starts
            {
                c.problem(
                    ProblemKind::OutOfOrder,
                    format!("{path}.events[{k}].until"),
                    format!(
                        "an extension until {u}, not after the treaty took effect ({})",
                        t.in_force.unwrap_or(t.signed)
                    ),
                );
            }
        }
        check_terms(&mut c, &path, t);
        for (k, p) in t.entity_parties.iter().enumerate() {
            c.period(&format!("{path}.entity_parties[{k}].period"), &p.period);
            if p.period.start.first_day() < t.signed.first_day() {
                c.problem(
                    ProblemKind::OutOfOrder,
                    format!("{path}.entity_parties[{k}].period.start"),
                    format!(
                        "{} is a party from {}, before the signature on {}",
                        p.entity, p.period.start, t.signed
                    ),
                );
            }
        }
        // A treaty that was terminated needs no end on a former state's
        // party row: the treaty ended first.
        let ended = t.events.iter().find(|e| e.kind == crate::treaty::EventKind::Terminated).map(|e| e.date);
        for (k, p) in t.parties.iter().enumerate() {
            c.period(&format!("{path}.parties[{k}].period"), &p.period);
            let until = ended.map_or(p.period, |e| {
                let end = p.period.end.map_or(e, |x| if x.first_day() < e.first_day() { x } else { e });
                Period::new(p.period.start, Some(end))
            });
            c.within_existence(&format!("{path}.parties[{k}].period"), p.country, &until, "a party");
            let earlier = t.parties[..k].iter().position(|q| {
                q.country == p.country
                    && q.period.is_well_formed()
                    && p.period.is_well_formed()
                    && q.period.overlaps(&p.period)
            });
            if let Some(j) = earlier {
                c.problem(
                    ProblemKind::Overlap,
                    format!("{path}.parties[{k}].period"),
                    format!(
                        "{} is a party twice at once: {} and {} ({path}.parties[{j}])",
                        p.country.name(),
                        p.period,
                        t.parties[j].period
                    ),
                );
            }
            if p.period.start.first_day() < t.signed.first_day() {
                c.problem(
                    ProblemKind::OutOfOrder,
                    format!("{path}.parties[{k}].period.start"),
                    format!(
                        "{} is a party from {}, before the signature on {}",
                        p.country.name(),
                        p.period.start,
                        t.signed
                    ),
                );
            }
        }
        if let Some(f) = t.in_force.filter(|f| f.first_day() < t.signed.first_day()) {
            c.problem(
                ProblemKind::OutOfOrder,
                format!("{path}.in_force"),
                format!("in force on {f}, before the signature on {}", t.signed),
            );
        }
        for (k, e) in t.events.iter().enumerate() {
            let ep = format!("{path}.events[{k}]");
            c.date(&ep, "date", Some(e.date));
            if let crate::treaty::EventKind::Extended { until } = e.kind {
                c.date(&ep, "until", until);
            }
            c.cites(&ep, &e.sources);
            if crate::treaty::needs_party(e.kind) {
                match e.party {
                    None => c.problem(
                        ProblemKind::MissingField,
                        format!("{ep}.party"),
                        format!("a `{}` event names the party it concerns", e.kind),
                    ),
                    Some(p) if !t.parties.iter().any(|q| q.country == p) => c.problem(
                        ProblemKind::NotAMember,
                        format!("{ep}.party"),
                        format!(
                            "{} ({}) is not a party of {}: only a party can have {} {}",
                            p.name(),
                            p.alpha2(),
                            t.id,
                            e.kind,
                            if e.kind == crate::treaty::EventKind::Ratified {
                                "it"
                            } else {
                                "its participation"
                            }
                        ),
                    ),
                    Some(_) => {}
                }
            }
            if e.kind == crate::treaty::EventKind::Operative
                && let Some(f) = t.in_force
            {
                c.problem(
                    ProblemKind::InvalidValue,
                    format!("{ep}.kind"),
                    format!(
                        "an `operative` event stands in for an entry into force nobody dated, but {} entered into force on {f}: record this evidence as a `statement`, or drop `in_force`",
                        t.id
                    ),
                );
            }
            if let Some(to) = e.towards {
                let kinds = [crate::treaty::EventKind::Suspended, crate::treaty::EventKind::Resumed];
                if !kinds.contains(&e.kind) {
                    c.problem(
                        ProblemKind::InvalidValue,
                        format!("{ep}.towards"),
                        format!(
                            "only a `suspended` or `resumed` event names whom it is towards, not a `{}` event",
                            e.kind.to_string().split(" until").next().unwrap_or_default()
                        ),
                    );
                }
                check_towards(&mut c, t, &format!("{ep}.towards"), to, e.party);
                let day = e.date.first_day();
                for x in e.party.into_iter().chain([to]) {
                    if t.parties.iter().any(|q| q.country == x)
                        && !t.parties.iter().any(|q| q.country == x && q.period.contains(day))
                    {
                        c.problem(
                            ProblemKind::BadPeriod,
                            format!("{ep}.date"),
                            format!(
                                "{} ({}) is not a party of {} on {}, so the event concerns no pair",
                                x.name(),
                                x.alpha2(),
                                t.id,
                                e.date
                            ),
                        );
                    }
                }
                if e.kind == crate::treaty::EventKind::Resumed
                    && !t.events[..k].iter().any(|p| {
                        p.kind == crate::treaty::EventKind::Suspended
                            && p.party == e.party
                            && p.towards == Some(to)
                    })
                {
                    c.problem(
                        ProblemKind::OutOfOrder,
                        format!("{ep}.towards"),
                        format!(
                            "a resumption towards {} ({}) follows no suspension towards it; to resume the party as a whole, leave out `towards`",
                            to.name(),
                            to.alpha2()
                        ),
                    );
                }
            }
            if e.date.first_day() < t.signed.first_day() {
                c.problem(
                    ProblemKind::OutOfOrder,
                    format!("{ep}.date"),
                    format!("event on {}, before the signature on {}", e.date, t.signed),
                );
            }
            if k > 0 && e.date.first_day() < t.events[k - 1].date.first_day() {
                c.problem(
                    ProblemKind::OutOfOrder,
                    format!("{ep}.date"),
                    format!("events out of date order: {} after {}", e.date, t.events[k - 1].date),
                );
            }
        }
        for (k, p) in t.provisions.iter().enumerate() {
            let pp = format!("{path}.provisions[{k}]");
            c.cites(&pp, &p.sources);
            if let Some(b) = p.binds {
                check_towards(&mut c, t, &format!("{pp}.binds"), b, None);
            }
            if let Some(to) = p.towards {
                check_towards(&mut c, t, &format!("{pp}.towards"), to, p.binds);
            }
        }
    }
    check_stances(&mut c, facts);
    check_votes(&mut c, facts);
    check_coverage(&mut c, facts);
    c.problems
}

/// A provision's or event's `binds` or `towards` (at `path`) names a party
/// of treaty `t`, other than `other` (the party bound or suspending).
fn check_towards(
    c: &mut Checker<'_>,
    t: &crate::Treaty,
    path: &str,
    to: crate::Country,
    other: Option<crate::Country>,
) {
    if !t.parties.iter().any(|q| q.country == to) {
        let mut parties: Vec<&str> = t.parties.iter().map(|q| q.country.alpha2()).collect();
        parties.sort_unstable();
        parties.dedup();
        c.problem(
            ProblemKind::NotAMember,
            path.to_owned(),
            format!(
                "{} ({}) is not a party of {} (its parties: {})",
                to.name(),
                to.alpha2(),
                t.id,
                parties.join(", ")
            ),
        );
    } else if other == Some(to) {
        c.problem(
            ProblemKind::InvalidValue,
            path.to_owned(),
            format!("{} ({}) cannot be towards itself: name the other party", to.name(), to.alpha2()),
        );
    }
}

/// Every period in force of treaty `t` (at `path`) runs forward from
/// where the previous one ended: an extension whose `until` is on or
/// before the end of the term it extends is reported at its path (the
/// queries then apply the term rule's length instead). Extensions until a
/// day before the treaty took effect are reported by the caller.
fn check_terms(c: &mut Checker<'_>, path: &str, t: &crate::Treaty) {
    let starts = t.in_force.unwrap_or(t.signed).first_day();
    for v in t.validities() {
        let crate::Basis::ConfirmedExtension(i) = v.basis else { continue };
        if let crate::treaty::EventKind::Extended { until: Some(u) } = t.events[i].kind
            && u.first_day() > starts
            && u.first_day() <= v.period.start.first_day()
        {
            c.problem(
                ProblemKind::OutOfOrder,
                format!("{path}.events[{i}].until"),
                format!(
                    "an extension until {u}, not after the end of the term it extends ({}): a period would run backwards",
                    v.period.start
                ),
            );
        }
    }
}

/// Each membership whose period shares a day with an earlier-starting one
/// of the same country and union is reported once, naming that one. Per
/// (country, union): sort by start, then sweep, keeping the record whose
/// end is the latest seen so far (n log n, where comparing every pair was
/// quadratic and reported n copies of one record n(n-1)/2 times). Periods
/// that end on or before they start are reported by [`Checker::period`]
/// and take no part.
fn check_overlaps(c: &mut Checker<'_>, facts: &Facts, groups: impl Iterator<Item = Vec<usize>>) {
    let m = &facts.memberships;
    let mut found = Vec::new();
    for mut list in groups {
        list.retain(|&i| m[i].period.is_well_formed());
        list.sort_by_key(|&i| (m[i].period.start.first_day(), i));
        // The record reaching furthest so far, and its end (`None`: open).
        let mut furthest: Option<(usize, Option<time::Date>)> = None;
        for &j in &list {
            let y = &m[j];
            let (start, end) = (y.period.start.first_day(), y.period.end.map(|e| e.first_day()));
            match furthest {
                Some((i, reach)) if reach.is_none_or(|r| start < r) => found.push((j, i)),
                _ => {}
            }
            let further = match furthest {
                None => true,
                Some((_, reach)) => reach.is_some_and(|r| end.is_none_or(|e| e > r)),
            };
            if further {
                furthest = Some((j, end));
            }
        }
    }
    // Reported in the order the records appear.
    found.sort_unstable();
    for (j, i) in found {
        let (x, y) = (&m[i], &m[j]);
        c.problem(
            ProblemKind::Overlap,
            format!("{}.period", c.rec("memberships", j)),
            format!(
                "{} has two overlapping periods in the {}: {} ({}) and {} ({}, {})",
                y.country.name(),
                y.union.acronym(),
                y.period,
                y.role,
                x.period,
                x.role,
                c.rec("memberships", i)
            ),
        );
    }
}

fn check_stances(c: &mut Checker<'_>, facts: &Facts) {
    let mut statement_ids = BTreeMap::new();
    for (i, s) in facts.statements.iter().enumerate() {
        let path = c.rec("statements", i);
        if s.id.trim().is_empty() {
            c.problem(ProblemKind::Empty, format!("{path}.id"), "empty statement id");
        } else if let Some(first) = statement_ids.insert(s.id.as_ref(), i) {
            c.problem(
                ProblemKind::Duplicate,
                format!("{path}.id"),
                format!("duplicate statement id {:?} (also {})", s.id, c.rec("statements", first)),
            );
        }
        c.date(&path, "date", Some(s.date));
        if s.words.trim().is_empty() {
            c.problem(ProblemKind::Empty, format!("{path}.words"), "a statement needs the words said");
        }
        c.cites(&path, &s.sources);
        c.readings(&path, "alternatives", &s.alternatives);
    }
    // Symbols in their normal form, as the lookups match them.
    let symbols: BTreeSet<Cow<'_, str>> =
        facts.resolutions.iter().map(|r| normalize_symbol(&r.symbol)).collect();
    let mut by_country_since = BTreeMap::new();
    for (i, r) in facts.stances.iter().enumerate() {
        let path = c.rec("stances", i);
        c.date(&path, "since", Some(r.since));
        c.date(&path, "until", r.until);
        c.cites(&path, &r.sources);
        c.readings(&path, "alternatives", &r.alternatives);
        if let Some(until) = r.until.filter(|u| u.first_day() <= r.since.first_day()) {
            c.problem(
                ProblemKind::BadPeriod,
                format!("{path}.until"),
                format!("ends ({until}) on or before it starts ({})", r.since),
            );
        }
        if let Some(first) = by_country_since.insert((r.country, r.since.first_day()), i) {
            c.problem(
                ProblemKind::Duplicate,
                format!("{path}.since"),
                format!(
                    "{} has two stance records from {} (also {}): which applies is ambiguous",
                    r.country.name(),
                    r.since,
                    c.rec("stances", first)
                ),
            );
        }
        for (k, e) in r.evidence.iter().enumerate() {
            match e {
                crate::Evidence::Statement(id) if !statement_ids.contains_key(id.as_ref()) => c.problem(
                    ProblemKind::UnknownReference,
                    format!("{path}.evidence[{k}]"),
                    format!("unknown statement id {id:?}{}", closest(id, statement_ids.keys().copied())),
                ),
                crate::Evidence::Vote(symbol) if !symbols.contains(&normalize_symbol(symbol)) => c.problem(
                    ProblemKind::UnknownReference,
                    format!("{path}.evidence[{k}]"),
                    format!(
                        "unknown resolution {symbol:?}{}",
                        closest(symbol, facts.resolutions.iter().map(|r| &*r.symbol))
                    ),
                ),
                _ => {}
            }
        }
    }
    for (i, claim) in facts.claims.iter().enumerate() {
        let path = c.rec("claims", i);
        c.date(&path, "date", Some(claim.date));
        c.cites(&path, &claim.sources);
        if claim.wording.trim().is_empty() {
            c.problem(ProblemKind::Empty, format!("{path}.wording"), "a claim needs its wording");
        }
    }
}

fn check_votes(c: &mut Checker<'_>, facts: &Facts) {
    let mut symbols: BTreeMap<Cow<'_, str>, usize> = BTreeMap::new();
    for (i, r) in facts.resolutions.iter().enumerate() {
        let path = c.rec("resolutions", i);
        let key = normalize_symbol(&r.symbol);
        if key.is_empty() {
            c.problem(ProblemKind::Empty, format!("{path}.symbol"), "empty resolution symbol");
        } else if let Some(&first) = symbols.get(&key) {
            let same = &facts.resolutions[first].symbol;
            let spelt = if *same == r.symbol { String::new() } else { format!(", {same:?}") };
            c.problem(
                ProblemKind::Duplicate,
                format!("{path}.symbol"),
                format!("duplicate resolution {:?} (also {}{spelt})", r.symbol, c.rec("resolutions", first)),
            );
        } else {
            symbols.insert(key, i);
        }
        c.date(&path, "date", Some(r.date));
        c.cites(&path, &r.sources);
        c.readings(&path, "alternatives", &r.alternatives);
        let mut seen = crate::CountrySet::EMPTY;
        for (k, &(country, vote)) in r.votes.iter().enumerate() {
            if country.un_status() != crate::UnStatus::Member {
                c.problem(
                    ProblemKind::NotAMember,
                    format!("{path}.votes[{k}]"),
                    format!(
                        "{} ({}) is not a UN member state: a non-member casts no vote",
                        country.name(),
                        country.alpha2()
                    ),
                );
            }
            if seen.contains(country) {
                c.problem(
                    ProblemKind::Duplicate,
                    format!("{path}.votes[{k}]"),
                    format!("{} ({vote}) is recorded twice", country.name()),
                );
            }
            seen.insert(country);
        }
        let counted = r.counted();
        let t = r.totals;
        match r.organ {
            crate::Organ::SecurityCouncil if t.total() > 15 || counted.total() > 15 => c.problem(
                ProblemKind::Totals,
                format!("{path}.totals"),
                format!("the Security Council has 15 members: announced {t}; recorded {counted}"),
            ),
            crate::Organ::GeneralAssembly if !r.adopted => c.problem(
                ProblemKind::InvalidValue,
                format!("{path}.adopted"),
                "a General Assembly record is an adopted resolution (a failed draft is recorded only for \
                 the Security Council: set \"organ\": \"security_council\")",
            ),
            _ => {}
        }
        if r.complete && counted != t {
            c.problem(
                ProblemKind::Totals,
                format!("{path}.votes"),
                format!("a complete roll call must add up to its totals: counted {counted}; announced {t}"),
            );
        } else if !r.complete
            && (counted.yes > t.yes
                || counted.no > t.no
                || counted.abstain > t.abstain
                || counted.not_voting > t.not_voting)
        {
            c.problem(
                ProblemKind::Totals,
                format!("{path}.votes"),
                format!(
                    "the recorded part of the roll call exceeds the totals: counted {counted}; announced {t}"
                ),
            );
        }
    }
}

fn check_coverage(c: &mut Checker<'_>, facts: &Facts) {
    use crate::FactKind;
    for (i, s) in facts.coverage.iter().enumerate() {
        let path = c.rec("coverage", i);
        match (s.facts, s.union) {
            (FactKind::Memberships, None) => c.problem(
                ProblemKind::MissingField,
                format!("{path}.union"),
                "a scope of memberships names its union",
            ),
            (FactKind::Memberships, Some(_)) => {}
            (kind, Some(_)) => c.problem(
                ProblemKind::InvalidValue,
                format!("{path}.union"),
                format!("a scope of {kind} names no union"),
            ),
            _ => {}
        }
        if s.countries.is_some_and(|x| x.is_empty()) {
            c.problem(
                ProblemKind::Empty,
                format!("{path}.countries"),
                "an empty list of countries: leave it out for every state",
            );
        }
        if s.partners.is_some_and(|x| x.is_empty()) {
            c.problem(
                ProblemKind::Empty,
                format!("{path}.partners"),
                "an empty list of partners: leave it out for any partner",
            );
        }
        if s.rule.trim().is_empty() {
            c.problem(ProblemKind::Empty, format!("{path}.rule"), "a scope states its rule of inclusion");
        }
    }
}

/// `"; did you mean X?"` for the closest of `known`, if close.
fn closest<'a>(input: &str, known: impl Iterator<Item = &'a str>) -> String {
    crate::country::closest(input.as_bytes(), known.map(|k| (k, k.as_bytes())))
        .map(|k| format!("; did you mean {k:?}?"))
        .unwrap_or_default()
}
