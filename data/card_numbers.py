"""Print every number and table of the data card (data/README.md); ids given on the command line print those statements."""
# Run from the repo root: python data/card_numbers.py [ids]  (prints every number and table in data/README.md)
import csv, json, glob, re, sys
from pathlib import Path
import pandas as pd
sys.path.insert(0, ".")
from stance.corpus import read_labelled
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.neighbors import NearestNeighbors

D = Path("data"); L = ["condemning", "supporting", "ambiguous"]; K = ["direct_quote", "reported", "description"]
s = pd.read_csv(D / "statements.csv", dtype=str, keep_default_na=False)
e = pd.read_csv(D / "events.csv", dtype=str, keep_default_na=False)
m = s.merge(e[["event", "region", "type", "acting_codes"]], on="event", how="left")
pct = lambda n, d: f"{100 * n / d:.1f}%"
def md(df): # DataFrame -> Markdown table
    cols = [str(c) for c in df.columns]
    out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    out += ["| " + " | ".join(str(v) for v in row) + " |" for row in df.itertuples(index=False)]
    return "\n".join(out)
def by(col, order=None):  # events, rows and class counts (with % of the group) per value of col
    g = pd.crosstab(m[col], m.stance)[L]; g.insert(0, "rows", g.sum(axis=1))
    g.insert(0, "events", m.groupby(col).event.nunique())
    g = g.sort_values("rows", ascending=False) if order is None else g.loc[order]
    for c in L: g[c] = [f"{n} ({pct(n, r)})" for n, r in zip(g[c], g["rows"])]
    return md(g.reset_index())

print("@@ overview"); w = s.statement.str.split().str.len(); per = s.groupby("event").size()
print(len(s), "rows;", s.event.nunique(), "events in statements;", len(e), "in events.csv; same set:", set(s.event) == set(e.event))
print("statement dates", s.date.min(), s.date.max(), "| event dates", e.date.min(), e.date.max())
print("words per statement: min", w.min(), "median", int(w.median()), "mean", round(w.mean(), 1), "max", w.max())
print("rows per event: min", per.min(), "median", int(per.median()), "max", per.max(), "| actor codes", s.actor_code.nunique())
sh = pd.crosstab(s.event, s.stance, normalize="index"); print("within-event class share: min", pct(sh.values.min(), 1), "max", pct(sh.values.max(), 1))
top = s.actor_code.value_counts().head(10); print("top actor codes:", top.to_dict(), "together", top.sum(), pct(top.sum(), len(s)))
print("@@ classes"); c = s.stance.value_counts()[L]; print(md(pd.DataFrame({"stance": L, "rows": c.values, "share": [pct(n, len(s)) for n in c]})))
print("@@ kinds"); c = s.kind.value_counts()[K]; print(md(pd.DataFrame({"kind": K, "rows": c.values, "share": [pct(n, len(s)) for n in c]})))
print("@@ class_x_kind"); x = pd.crosstab(s.kind, s.stance).loc[K, L]; tot = x.sum(axis=1)
y = x.apply(lambda col: [f"{n} ({pct(n, d)})" for n, d in zip(col, tot)]); y["total"] = tot; print(md(y.reset_index()))
print("@@ region"); print(by("region"))
print("@@ type"); print(by("type"))
print("@@ batches"); b = m.assign(batch=m.id.str.split("-").str[0])
print(md(b.groupby("batch").apply(lambda g: pd.Series({"rows": len(g), "events": g.event.nunique(),
      "regions (events)": ", ".join(f"{r} ({n})" for r, n in g.groupby("region").event.nunique().items())}), include_groups=False).reset_index()))
parts = sorted(glob.glob("data/parts/statements_*.csv"))  # the batch files are not distributed (data/parts/ is git-ignored): skip when absent
print("parts files:", len(glob.glob("data/parts/*.csv")), "| parts == statements.csv:",
      pd.concat([pd.read_csv(f, dtype=str, keep_default_na=False) for f in parts], ignore_index=True).equals(s) if parts else "skipped (no data/parts/)")
print("@@ per_event"); t = pd.crosstab(s.event, s.stance)[L]; t.insert(0, "rows", t.sum(axis=1))
pe = e.set_index("event")[["date", "region", "type", "acting_codes"]].join(t).reset_index()
pe["event"] = "`" + pe["event"] + "`"; print(md(pe.rename(columns={"acting_codes": "acting codes"})))
print("@@ context"); f = read_labelled(D / "statements.csv")  # derives speaker_is_actor and speaker_is_other from acting_codes
nc = e.acting_codes.str.split().map(lambda v: 0 if v == ["-"] else len(v)); none = e.event[nc == 0]
print(nc.value_counts().sort_index().to_dict(), "(acting codes per event -> events; 0 = '-')")
print("events with '-':", len(none), none.tolist(), "| their rows:", int(s.event.isin(none).sum()))
f["A"], f["O"] = f.speaker_is_actor.astype(int), f.speaker_is_other.astype(int)
assert not ((f.A == 1) & (f.O == 1)).any() and (((f.A + f.O) == 0) == f.event.isin(none)).all()  # both 0 exactly in '-' events
for col in ["A", "O"]: print({"A": "speaker_is_actor", "O": "speaker_is_other"}[col], "= 1:", int(f[col].sum()), pct(f[col].sum(), len(f)), "| = 0:", int((f[col] == 0).sum()))
ct = pd.crosstab([f.A, f.O], f.stance)[L].sort_index(ascending=False); ct.insert(0, "rows", ct.sum(axis=1))
for c in L: ct[c] = [f"{n} ({pct(n, r)})" for n, r in zip(ct[c], ct["rows"])]
print(md(ct.reset_index().rename(columns={"A": "speaker_is_actor", "O": "speaker_is_other"})))
tw = f["text_with_roles"].fillna("") if "text_with_roles" in f.columns else pd.Series("", index=f.index)  # "" where the event's acting codes are '-'
print("text_with_roles: set on", int((tw != "").sum()), "rows (rows of events with acting codes:", int((~f.event.isin(none)).sum()), ") | a mention replaced:", int(((tw != "") & (tw != f.statement)).sum()))
from stance.actors import default_resolver, mark_roles
ex = "Paris said Washington's exit weakened the UN climate talks and urged Beijing to stay the course."  # the card's example (not a corpus row)
print("role example (acting USA, speaker FRA):", repr(mark_roles(ex, default_resolver().find_mentions(ex, None), {"USA"}, "FRA")))
print("sample read (condemning/ambiguous rows with speaker_is_actor = 1, batches A to Z: the 286 events the sample was read on):")
for r in f[(f.A == 1) & (f.stance != "supporting") & f.id.str.fullmatch(r"[A-Z]-\d+")].sample(30, random_state=1).itertuples(): print(" ", r.id, r.actor_code, r.stance, "|", r.statement[:100])
print("@@ neardup"); X = TfidfVectorizer(sublinear_tf=True).fit_transform(s.statement)
dist, _ = NearestNeighbors(n_neighbors=2, metric="cosine").fit(X).kneighbors(X); sim = 1 - dist[:, 1]
print("rows >=0.9:", int((sim >= 0.9).sum()), "| rows >=0.8:", int((sim >= 0.8).sum()), "| max nearest-neighbour cosine:", round(float(sim.max()), 3))
print("@@ terror_context"); tf = f.merge(e[["event", "type", "acting_codes"]], on="event").query("type == 'terror_attack'")
tt = pd.crosstab([tf.event, tf.acting_codes, tf.A, tf.O], tf.stance)[L]
print(md(tt.reset_index().rename(columns={"acting_codes": "acting codes", "A": "speaker_is_actor", "O": "speaker_is_other"})))
print(tf.event.nunique(), "terror_attack events,", len(tf), "rows")
print("@@ hardcase_patterns")  # how rows matching a few hard-case phrasings are labelled
pats = {"stopped short of": r"stopped short of", "conditional (if the reports/allegations ..., if confirmed/true/proven)":
        r"\bif (?:the |these |such )?(?:reports|allegations|claims)|if confirmed|if true|if proven",
        "deeply/gravely concerned": r"deeply concerned|gravely concerned", "restraint": r"restraint", "abstain*": r"abstain",
        "declined to comment": r"declined to comment", "congratulat*": r"congratulat", "provocation/provoked": r"provocation|provoked",
        "no justification / (un)acceptable": r"no justification|not acceptable|unacceptable"}
hp = pd.DataFrame([{"phrase": k, **{c: int(((s.stance == c) & s.statement.str.contains(v, case=False)).sum()) for c in L}} for k, v in pats.items()])
print(md(hp))
for k in ["stopped short of", "conditional (if the reports/allegations ..., if confirmed/true/proven)", "abstain*"]:  # rows not labelled ambiguous
    print(k, "-> not ambiguous:", s.id[s.statement.str.contains(pats[k], case=False) & (s.stance != "ambiguous")].tolist())
neg = {"stopped short of condemning": r"stopped short of condemning", "refused to criticise": r"refused to critici", "did not rule out": r"did not rule out",
       "no justification": r"no justification", "not acceptable": r"not acceptable"}  # the negation phrases named in section 2
for k, v in neg.items(): hit = s.statement.str.contains(v, case=False); print(k, s.stance[hit].value_counts().to_dict(), "| ids by label:", s[hit].groupby("stance").id.apply(list).to_dict() if s.stance[hit].nunique() > 1 else "")
print("@@ actors"); a = pd.read_csv(D / "actors.csv", dtype=str, keep_default_na=False)
g = a.groupby("type").agg(rows=("alias", "size"), codes=("actor_code", "nunique"), dated=("valid_from", lambda v: int(((v != "") | (a.loc[v.index, "valid_to"] != "")).sum())))
print(md(g.sort_values("rows", ascending=False).reset_index()))
lm = a[a.type.isin(["leader", "minister", "official"])]
cited = ["Turkish", "Afghans", "Emirati", "Ankara", "Washington", "Moscow", "Quito", "Kremlin", "White House", "Downing Street",
         "Elysee", "Zhongnanhai", "Blue House", "Brussels", "Jerusalem", "Ramallah", "Abidjan", "Pretoria", "State Department",
         "Foggy Bottom", "Pentagon", "Quai d'Orsay", "Farnesina", "Itamaraty", "Foreign Office", "IDF", "IRGC", "Taiwan Affairs Office",
         "Türkiye", "Swaziland", "D.R. Congo", "Holy See", "Taliban", "Antony Blinken", "Sergei Lavrov", "Josep Borrell",
         "Bhumibol Adulyadej", "José Antonio Kast", "United Nations", "UNHCR", "Security Council", "European Commission", "EEAS",
         "African Union Commission", "OSCE Minsk Group", "World Court", "Bundestag", "Knesset", "Duma", "Lok Sabha", "PLO",
         "John Kirby", "Nebenzya", "Grandi", "Lim Jock Hoi", "international community", "Western governments", "Global South",
         "E3", "P5+1", "BRICS"]  # aliases named in the card
assert set(cited) <= set(a.alias), set(cited) - set(a.alias)
print("@@ actors_cited"); print(md(a[a.alias.isin(cited)]))
print(len(a), "rows;", a.actor_code.nunique(), "codes; leader/minister/official valid_from", lm.valid_from[lm.valid_from != ""].min(), "to", lm.valid_from.max())
print("@@ cues"); cu = pd.read_csv(D / "cues.csv", comment="#")
g = cu.groupby("kind").agg(rows=("form", "size"), lemmas=("lemma", "nunique")); print(md(g.sort_values("rows", ascending=False).reset_index())); print(len(cu), "rows,", cu.lemma.nunique(), "lemmas")
def sections(path):  # entries per [section] of a vocabulary file (words for space-separated lines)
    out, cur = {}, None
    for line in (D / path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"): continue
        if re.fullmatch(r"\[\w+\]", line.strip()): cur = line.strip(); out[cur] = 0; continue
        out[cur] += len(line.split()) if path == "speaker_words.txt" else 1
    return out
for p in ["groups.txt", "speaker_words.txt", "abbreviations.txt"]: print("@@", p, sections(p))
print("@@ examples"); rows = []  # article -> corpus event it reports on (assigned by reading each article)
EX = {"abraham-accords-2020": "abraham-accords-2020", "bolivia-crisis-2019": "bolivia-morales-ouster-2019", "bundled-example": "russia-invasion-ukraine-2022",
      "crimea-annexation-2014": "russia-annexation-crimea-2014", "ecuador-embassy-raid-2024": "ecuador-raid-mexican-embassy-2024",
      "galwan-clash-2020": "china-india-galwan-clash-2020", "hong-kong-security-law-2020": "china-hong-kong-security-law-2020",
      "iran-sanctions-2018": "us-withdrawal-jcpoa-2018", "jerusalem-unga-vote-2017": "us-embassy-jerusalem-2018", "myanmar-coup-2021": "myanmar-coup-2021",
      "niger-coup-2023": "niger-coup-2023", "north-korea-icbm-2017": "north-korea-icbm-test-2017", "soleimani-strike-2020": "us-strike-soleimani-2020",
      "turkey-syria-offensive-2019": "turkey-operation-syria-2019", "venezuela-election-2024": "venezuela-election-dispute-2024",
      "western-sahara-recognition-2020": "us-recognition-western-sahara-2020", "westgate-attack-2013": "westgate-attack-2013"}
assert set(EX.values()) <= set(e.event)
for exp in sorted((D / "examples").glob("*.expected.csv")):
    r = pd.read_csv(exp, dtype=str, keep_default_na=False); v = r.expected.value_counts()
    rows.append({"article": exp.name.replace(".expected.csv", ".txt"), "closest corpus event": EX[exp.name.replace(".expected.csv", "")], "expected actors": len(r),
                 **{k: int(v.get(k, 0)) for k in L + ["absent"]}})
ex = pd.DataFrame(rows); print(md(ex)); print("articles", len(ex), "expected rows", ex["expected actors"].sum(), ex[L + ["absent"]].sum().to_dict())
print("@@ extraction"); items = [json.loads(l) for l in (D / "extraction_test.jsonl").read_text().splitlines() if l.strip()]
n = pd.Series([len(i["expected"]) for i in items])
print(len(items), "items;", n.sum(), "expected statements;", (n == 0).sum(), "items expect nothing; per item:", n.value_counts().sort_index().to_dict(),
      "; actor codes:", len({x["actor_code"] for i in items for x in i["expected"]}), "; dates", min(i["date"] for i in items), max(i["date"] for i in items))
print("@@ quotes"); ids = sys.argv[1:]
for i in ids:
    r = s.loc[s.id == i].iloc[0]; print(f"{i}\t{r.event}\t{r.kind}\t{r.stance}\t{r.statement}")
