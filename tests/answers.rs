//! The queries' answers serialize (feature `serde`) in the data files'
//! casing, naming the records they rest on by id.
#![cfg(feature = "serde")]

use allegiance::{Country, Dataset, FactKind};
use serde_json::{Value, json};
use time::macros::date;

fn to_value(v: &impl serde::Serialize) -> Value {
    serde_json::to_value(v).expect("answers serialize")
}

#[test]
fn a_relation_serializes_with_its_ties_and_sources() {
    let kb = Dataset::embedded();
    let r = to_value(&kb.relation(Country::RU, Country::BY, date!(2022 - 03 - 01)));
    println!("{}", serde_json::to_string_pretty(&r).unwrap());
    assert_eq!(r["a"], "RU");
    assert_eq!(r["b"], "BY");
    assert_eq!(r["day"], "2022-03-01");
    assert_eq!(r["alliance"], true);
    let first = &r["ties"][0];
    assert_eq!(first["kind"], "mutual_defence");
    assert_eq!(first["alliance_grade"], true);
    assert_eq!(first["union"], "CSTO");
    assert_eq!(first["roles"], json!(["member", "member"]));
    assert_eq!(first["description"], "CSTO (both as member)");
    assert!(first["sources"].as_array().is_some_and(|s| !s.is_empty()));
    let treaty = r["ties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["treaty"] == "by-ru-1999")
        .expect("the Union State treaty");
    assert_eq!(treaty["status"]["status"], "in_force");
    assert_eq!(r["stance_b"]["stance"], "assists_militarily");
}

#[test]
fn allies_statuses_changes_and_coverage_serialize() {
    let kb = Dataset::embedded();
    let allies = to_value(&kb.allies(Country::RU, date!(2022 - 03 - 01)));
    let cn = allies.as_array().unwrap().iter().find(|a| a["country"] == "CN").expect("China");
    assert_eq!(cn["strongest"], "friendship");
    assert_eq!(cn["ties"][0]["treaty"], "cn-ru-2001");

    let status = to_value(&kb.treaty_status("cn-ru-2001", date!(2026 - 11 - 28)).unwrap());
    assert_eq!(
        status,
        json!({"status": "in_force", "until": "2027-02-28", "end_disputed": true, "suspended": []})
    );
    let cst = to_value(&kb.treaty_status("cst-1992", date!(2024 - 03 - 01)).unwrap());
    assert_eq!(cst, json!({"status": "in_force", "until": null, "end_disputed": false, "suspended": ["AM"]}));
    // Ushakov (4 Feb 2026) confirmed the extension to 28 Feb 2032; the
    // periods after it are presumed.
    let confirmed = to_value(&kb.treaty_status("cn-ru-2001", date!(2027 - 06 - 01)).unwrap());
    assert_eq!(
        confirmed,
        json!({"status": "in_force", "until": "2032-02-28", "end_disputed": false, "suspended": []})
    );
    let presumed = to_value(&kb.treaty_status("cn-ru-2001", date!(2032 - 06 - 01)).unwrap());
    assert_eq!(presumed["status"], "in_force_presumed");

    let changes = to_value(&kb.changes(date!(2023 - 04 - 03), date!(2023 - 04 - 04)));
    let fi =
        changes.as_array().unwrap().iter().find(|c| c["membership"]["country"] == "FI").expect("Finland");
    assert_eq!(fi["kind"], "joined");
    assert_eq!(fi["date"], "2023-04-04");
    assert_eq!(fi["membership"]["union"], "NATO");

    let br = to_value(&kb.allies_coverage(Country::ZA, date!(2026 - 11 - 28)));
    assert_eq!(br["covered"], "no");
    assert_eq!(br["nearest"]["facts"], "treaties");
    let by = to_value(&kb.covers(FactKind::Stances, Country::BY, date!(2021 - 01 - 01)));
    assert_eq!(by, json!({"covered": "before", "from": "2022-02-24"}));

    let founding = to_value(&kb.founding(allegiance::Union::Eaeu).unwrap());
    assert_eq!(founding["treaty"], "eaeu-2014");
    let agreement =
        to_value(&kb.agreement(Country::RU, Country::BY, &["A/RES/ES-11/1", "A/RES/68/262"]).unwrap());
    assert!(agreement["compared"].as_u64().is_some_and(|n| n > 0));

    let pact = kb.treaty("cn-ru-2001").unwrap();
    let validity = to_value(&pact.validities().next().unwrap());
    assert_eq!(validity, json!({"period": {"start": "2002-02-28", "end": "2022-02-28"}, "basis": "initial"}));
}
