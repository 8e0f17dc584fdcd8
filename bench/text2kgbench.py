"""Score showgraph's extractor on Text2KGBench (Wikidata-TekGen movie), next to its baselines.

    .venv/bin/python bench/text2kgbench.py                   # test set, 840 sentences
    .venv/bin/python bench/text2kgbench.py --title sentence  # another title choice
    .venv/bin/python bench/text2kgbench.py --limit 50 --show 10   # quick look, 10 examples

Each benchmark sentence becomes one `Article`. showgraph finds an article's main show in its
title, so the title matters (`--title`):
  subject   (default) the sentence's subject phrase: the text before the first " (", ", ",
            " is ", " was ", " are ", " were ", " has " or " had " (e.g. "Spirited Away"); the
            article text is that title line, a blank line and the sentence, the shape of a
            real article and of what `showgraph build` makes of a JSON Lines record;
  sentence  the sentence itself is the title and the whole text (what reading a one-line
            .txt file gives).

Extracted facts go through the real RDF path: `showgraph.rdf.to_dataset` writes each
sentence's graph and `showgraph.reason.reason` closes it under the ontology. The Wikidata
alignment of `ontology/showgraph.ttl` then decides what becomes a benchmark triple:
  strict  the triples reasoning gives in a Wikidata property (the ontology says
          rdfs:subPropertyOf / owl:equivalentProperty: sg:directedBy -> P57 director,
          sg:castMember (stated, or from sg:plays + sg:characterIn) -> P161 cast member,
          sg:basedOn -> P144 based on, sg:writtenBy -> P58 screenwriter, sg:genre -> P136
          genre, sg:producedBy -> P272 production company, sg:filmingLocation -> P915
          filming location);
  loose   plus skos:exactMatch / skos:closeMatch properties (sg:releaseDate ~ P577
          publication date), applied to a show's release date or its season 1 date.
PIDs become the benchmark's labels through `ontologies/1_movie_ontology.json`; relation labels
get "_" for spaces, dates the benchmark's "01 January 2010" form (a year alone: 01 January),
names the graph's rdfs:label, genres Wikidata's naming of film genres (`bench_genre`: "horror"
-> "horror film", a compound such as "comedy horror" or a form such as "anime" as it is).
Only confirmed facts count (speculative ones are not truthy triples).

Scoring follows upstream `src/evaluation/run_eval.py` (as documented in
bench/data/text2kgbench/README.md): per sentence, system triples are filtered to the relations
of that sentence's gold triples, triples are normalised (whitespace and "_" removed,
lowercased) and compared as sets; P, R, F1 are averaged over all gold sentences (no output
= 0). OC is the share of system triples with an ontology relation; SH/OH the share whose
subject/object, Porter-stemmed, is not a substring of the stemmed sentence plus the concept
labels. nltk is not installed, so the stemmer is the original Porter (1980) algorithm
implemented below and tokens come from a regular expression instead of nltk's word_tokenize:
SH/OH may differ from upstream's by a little. Every sentence gets an entry, as upstream's
baselines do, so a sentence without output scores OC=1, SH=OH=0 (also shown: over sentences
with output only).

Results (test set, title "subject"; `.venv/bin/python bench/text2kgbench.py`), macro P/R/F1:

    run                                      all 840 (loose)     selected 174     unseen 26
    before extract/encyclopedic (796e9e9)    .111 .044 .059      .158 .074 .093   .000 .000 .000
    with it (6c04198)                        .204 .148 .165      .289 .210 .234   .051 .077 .058
    Vicuna-13B (published)                   .33  .23  .25       .38  .26  .28    .08  .08  .08

On the sentences with a relation showgraph covers (629), F1 .084 -> .233; strict alignment
only (no skos match for publication date), all 840: F1 .053 -> .122. Per relation (P / R):
director .68/.51, genre .62/.55, publication date .56/.30, cast member .45/.16, screenwriter
.47/.16, production company .50/.08, filming location .12/.03, based on .22/.06. Most misses
are not in the sentence (a full date where the text gives a year; "The film was shot in ...",
whose subject is in no sentence) or have another subject string than the gold's.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from common import WikidataAlignment, peak_rss_mb, table, wikidata_alignment, wikidata_triples

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "text2kgbench" / "wikidata_tekgen"
TEST = DATA / "test" / "ont_1_movie_test.jsonl"
GOLD = DATA / "ground_truth" / "ont_1_movie_ground_truth.jsonl"
ONTOLOGY = DATA / "ontologies" / "1_movie_ontology.json"
SELECTED = DATA / "manually_verified_sentences" / "selected_ont_1_movie.txt"
UNSEEN_TEST = DATA / "unseen_sentences" / "test" / "ont_1_movie_unseen_test.jsonl"
UNSEEN_GOLD = DATA / "unseen_sentences" / "ground_truth" / "ont_1_movie_unseen_ground_truth.jsonl"

# Published baselines (upstream eval_metrics files), P / R / F1 / OC / SH / RH / OH.
BASELINES = {
    "all": {"Vicuna-13B": (0.33, 0.23, 0.25, 0.89, 0.26, 0.11, 0.26),
            "Alpaca-LoRA-13B": (0.28, 0.14, 0.17, 0.92, 0.25, 0.08, 0.24)},
    "selected": {"Vicuna-13B": (0.38, 0.26, 0.28, 0.91, 0.22, 0.09, 0.29),
                 "Alpaca-LoRA-13B": (0.30, 0.14, 0.17, 0.95, 0.20, 0.05, 0.28)},
    "unseen": {"Vicuna-13B": (0.08, 0.08, 0.08, 0.84, 0.05, 0.16, 0.14),
               "Alpaca-LoRA-13B": (0.04, 0.04, 0.04, 0.94, 0.12, 0.06, 0.23)},
}
# Relations researchers ask showgraph to add, for the "what would it unlock" table.
WISHLIST = ("screenwriter", "filming location", "production company", "genre",
            "publication date")
MONTHS = ("January February March April May June July August September October November "
          "December").split()

Triple = tuple[str, str, str]


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# -- sentence -> article ------------------------------------------------------------------------

_SUBJECT_END = re.compile(r"\s+\(|,\s|\s(?:is|was|are|were|has|had)\s")


def subject_phrase(sentence: str) -> str:
    """The text before the sentence's first " (", ", " or " is/was/are/were/has/had ".

    >>> subject_phrase("Spirited Away (Japanese: ...) is a 2001 film directed by Hayao Miyazaki.")
    'Spirited Away'
    >>> subject_phrase("Toy Tinkers was directed by Jack Hannah.")
    'Toy Tinkers'
    """
    m = _SUBJECT_END.search(sentence)
    return (sentence[: m.start()] if m else sentence).strip().rstrip(".")


def to_article(item: dict, title_mode: str):
    from showgraph.model import Article

    sentence = item["sent"]
    if title_mode == "sentence":
        return Article(source_name=item["id"], title=sentence, text=sentence)
    title = subject_phrase(sentence)
    return Article(source_name=item["id"], title=title, text=f"{title}\n\n{sentence}")


# -- showgraph -> benchmark triples ---------------------------------------------------------------


@dataclass
class Alignment:
    """The ontology's Wikidata alignment in the benchmark's relation labels."""

    strict: dict[str, str]  # PID -> benchmark label (entailed by reasoning)
    loose: dict[str, str]  # PID -> benchmark label (skos match, not entailed)
    described: list[tuple[str, str, str, str]]  # (sg property, how, PID, label) for the report
    wikidata: WikidataAlignment


def read_alignment(ontology_json: Path = ONTOLOGY) -> Alignment:
    labels = {r["pid"]: r["label"] for r in json.loads(ontology_json.read_text())["relations"]}
    wikidata = wikidata_alignment()
    return Alignment(
        strict={pid: labels[pid] for pid in wikidata.strict if pid in labels},
        loose={pid: labels[pid] for pid in wikidata.loose.values() if pid in labels},
        described=[(prop, how, pid, labels.get(pid, "-")) for prop, how, pid in wikidata.described],
        wikidata=wikidata,
    )


def bench_date(iso: str) -> str:
    """An ISO date as the benchmark writes it.

    >>> bench_date("2001-07-20"), bench_date("2001")
    ('20 July 2001', '01 January 2001')
    """
    parts = iso.split("-")
    year = parts[0]
    month = MONTHS[int(parts[1]) - 1] if len(parts) > 1 else "January"
    day = parts[2] if len(parts) > 2 else "01"
    return f"{day} {month} {year}"


# Genres Wikidata names as they are, not "X film": forms in themselves and compounds of two
# genres ("comedy horror", "romantic comedy"); single genres are "X film" ("horror film").
_OWN_FORM = {"anime", "hentai", "cyberpunk", "kaiju", "jidaigeki", "tokusatsu", "wuxia", "mecha",
             "mockumentary", "parody", "satire", "slice of life", "film noir", "neo-noir",
             "space opera", "found footage", "propaganda"}
_ONE_GENRE = {"science fiction", "martial arts", "coming-of-age"}


def bench_genre(label: str) -> str:
    """A showgraph genre name as Wikidata labels the film genre.

    >>> bench_genre("horror"), bench_genre("comedy horror"), bench_genre("science fiction")
    ('horror film', 'comedy horror', 'science fiction film')
    """
    compound = (" " in label or "-" in label) and label not in _ONE_GENRE
    if label in _OWN_FORM or label.endswith("animation") or compound:
        return label
    return f"{label} film"


def benchmark_triples(extraction, alignment: Alignment, ontology) -> list[Triple]:
    """The benchmark triples one sentence's extraction gives, through its reasoned graph."""
    from rdflib import RDFS, SKOS, Literal

    graph, triples = wikidata_triples(extraction, alignment.wikidata, ontology)

    def name(node) -> str:
        label = graph.value(node, RDFS.label)
        if label is None:
            forms = [str(o) for o in graph.objects(node, SKOS.altLabel)]
            return max(forms, key=len) if forms else str(node).rsplit("/", 1)[-1]
        return str(label)

    def value(node) -> str:
        if isinstance(node, Literal):
            return bench_date(str(node)) if node.datatype and "date" in str(node.datatype).lower() \
                or node.datatype and "gYear" in str(node.datatype) else str(node)
        return name(node)

    out: dict[Triple, None] = {}
    for s, pid, o, strict in triples:
        label = (alignment.strict if strict else alignment.loose).get(pid)
        if label is not None:
            obj = bench_genre(value(o)) if pid == "P136" else value(o)
            out[(name(s), label.replace(" ", "_"), obj)] = None
    return list(out)


# -- upstream scoring rules -----------------------------------------------------------------------


def normalise(triple: Iterable[str]) -> str:
    return "".join(re.sub(r"(_|\s+)", "", part).lower() for part in triple)


@dataclass
class SentenceScore:
    p: float
    r: float
    f1: float
    oc: float
    sh: float
    oh: float
    has_output: bool


def score_sentence(sentence: str, gold: list[Triple], system: list[Triple],
                   ontology: dict) -> SentenceScore:
    gold_rels = {rel.replace(" ", "_") for _, rel, _ in gold}
    kept = [t for t in system if t[1] in gold_rels]
    pred = {normalise(t) for t in kept}
    truth = {normalise(t) for t in gold}
    if pred:
        hit = len(pred & truth)
        p, r = hit / len(pred), hit / len(truth)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
    else:
        p = r = f1 = 0.0
    if not system:
        return SentenceScore(p, r, f1, 1.0, 0.0, 0.0, False)
    labels = {rel["label"].replace(" ", "_") for rel in ontology["relations"]}
    oc = sum(t[1] in labels for t in system) / len(system)
    text = stem_text(sentence + " ".join(c["label"] for c in ontology["concepts"]))
    sh = sum(stem_text(t[0]).replace("01januari", "") not in text for t in system) / len(system)
    oh = sum(stem_text(t[2]).replace("01januari", "") not in text for t in system) / len(system)
    return SentenceScore(p, r, f1, oc, sh, oh, True)


@dataclass
class Summary:
    n: int
    p: float = 0.0
    r: float = 0.0
    f1: float = 0.0
    oc: float = 0.0
    sh: float = 0.0
    oh: float = 0.0
    with_output: int = 0
    oc_out: float = 0.0
    sh_out: float = 0.0
    oh_out: float = 0.0

    def row(self, name: str) -> list[object]:
        figures = [self.p, self.r, self.f1, self.oc, self.sh, 1 - self.oc, self.oh]
        return [name, self.n, *(round(abs(x), 6) for x in figures)]


def summarise(scores: dict[str, SentenceScore], ids: Iterable[str]) -> Summary:
    """Upstream's averages: sums over the given ids divided by their number (missing = 0)."""
    ids = list(ids)
    out = Summary(n=len(ids))
    for i in ids:
        s = scores.get(i)
        if s is None:
            continue
        out.p += s.p / out.n
        out.r += s.r / out.n
        out.f1 += s.f1 / out.n
        out.oc += s.oc / out.n
        out.sh += s.sh / out.n
        out.oh += s.oh / out.n
        if s.has_output:
            out.with_output += 1
            out.oc_out += s.oc
            out.sh_out += s.sh
            out.oh_out += s.oh
    if out.with_output:
        out.oc_out /= out.with_output
        out.sh_out /= out.with_output
        out.oh_out /= out.with_output
    return out


# -- Porter stemmer (M. F. Porter, 1980, "An algorithm for suffix stripping") ------------------


def _cons(w: str, i: int) -> bool:
    c = w[i]
    if c in "aeiou":
        return False
    if c == "y":
        return i == 0 or not _cons(w, i - 1)
    return True


def _m(stem: str) -> int:
    """The number of vowel-consonant sequences in `stem` ([C](VC)^m[V])."""
    forms = "".join("c" if _cons(stem, i) else "v" for i in range(len(stem)))
    return len(re.findall(r"v+c+", forms))


def _has_vowel(stem: str) -> bool:
    return any(not _cons(stem, i) for i in range(len(stem)))


def _double_cons(w: str) -> bool:
    return len(w) >= 2 and w[-1] == w[-2] and _cons(w, len(w) - 1)


def _cvc(w: str) -> bool:
    return (len(w) >= 3 and _cons(w, len(w) - 3) and not _cons(w, len(w) - 2)
            and _cons(w, len(w) - 1) and w[-1] not in "wxy")


_STEP2 = (("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"),
          ("izer", "ize"), ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"),
          ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"), ("ator", "ate"),
          ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"),
          ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"))
_STEP3 = (("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"),
          ("ful", ""), ("ness", ""))
_STEP4 = ("al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent",
          "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize")


def porter_stem(word: str) -> str:
    """Porter's stem of one word, lowercased.

    >>> [porter_stem(w) for w in ("caresses", "ponies", "running", "relational", "directed")]
    ['caress', 'poni', 'run', 'relat', 'direct']
    """
    w = word.lower()
    if len(w) <= 2:
        return w
    # step 1a
    if w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("ies"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    # step 1b
    if w.endswith("eed"):
        if _m(w[:-3]) > 0:
            w = w[:-1]
    else:
        for suffix in ("ed", "ing"):
            if w.endswith(suffix) and _has_vowel(w[: -len(suffix)]):
                w = w[: -len(suffix)]
                if w.endswith(("at", "bl", "iz")):
                    w += "e"
                elif _double_cons(w) and w[-1] not in "lsz":
                    w = w[:-1]
                elif _m(w) == 1 and _cvc(w):
                    w += "e"
                break
    # step 1c
    if w.endswith("y") and _has_vowel(w[:-1]):
        w = w[:-1] + "i"
    # steps 2 and 3
    for rules in (_STEP2, _STEP3):
        for suffix, repl in rules:
            if w.endswith(suffix):
                if _m(w[: -len(suffix)]) > 0:
                    w = w[: -len(suffix)] + repl
                break
    # step 4
    for suffix in sorted(_STEP4, key=len, reverse=True):
        if w.endswith(suffix):
            stem = w[: -len(suffix)]
            if _m(stem) > 1 and (suffix != "ion" or stem.endswith(("s", "t"))):
                w = stem
            break
    # step 5
    if w.endswith("e"):
        stem = w[:-1]
        if _m(stem) > 1 or (_m(stem) == 1 and not _cvc(stem)):
            w = stem
    if _m(w) > 1 and _double_cons(w) and w.endswith("l"):
        w = w[:-1]
    return w


_TOKEN = re.compile(r"\w+|[^\w\s]")


def stem_text(text: str) -> str:
    """Tokens stemmed and joined without spaces, lowercased, '_' removed (upstream's check form)."""
    return re.sub(r"(_|\s+)", "", "".join(porter_stem(t) for t in _TOKEN.findall(text))).lower()


# -- the run --------------------------------------------------------------------------------------


@dataclass
class Run:
    system: dict[str, list[Triple]]
    strict_only: dict[str, list[Triple]]
    seconds: float
    facts: Counter = field(default_factory=Counter)  # showgraph facts by relation
    unmapped: Counter = field(default_factory=Counter)


def run_showgraph(items: list[dict], title_mode: str, alignment: Alignment, jobs: int) -> Run:
    from showgraph.extract import extract_corpus
    from showgraph.namespaces import load_ontology

    ontology = load_ontology()
    start = time.perf_counter()
    extractions = extract_corpus([to_article(i, title_mode) for i in items], jobs=jobs)
    system, strict_only = {}, {}
    facts, unmapped = Counter(), Counter()
    mapped_rels = {"plays", "director", "based_on", "released"}
    for item, extraction in zip(items, extractions):
        system[item["id"]] = benchmark_triples(extraction, alignment, ontology)
        strict_only[item["id"]] = [t for t in system[item["id"]]
                                   if t[1].replace("_", " ") in alignment.strict.values()]
        for fact in extraction.facts:
            facts[fact.rel] += 1
            if fact.rel not in mapped_rels:
                unmapped[fact.rel] += 1
    return Run(system, strict_only, time.perf_counter() - start, facts, unmapped)


def gold_of(rows: list[dict]) -> dict[str, tuple[str, list[Triple]]]:
    return {r["id"]: (r["sent"], [(t["sub"], t["rel"], t["obj"]) for t in r["triples"]])
            for r in rows}


def score_all(gold: dict, system: dict, ontology: dict,
              keep_rels: set[str] | None = None) -> dict[str, SentenceScore]:
    """Scores per sentence; with `keep_rels`, only gold triples of those relations (and the
    sentences that have one) are scored."""
    out = {}
    for sid, (sentence, triples) in gold.items():
        if keep_rels is not None:
            triples = [t for t in triples if t[1] in keep_rels]
            if not triples:
                continue
        out[sid] = score_sentence(sentence, triples, system.get(sid, []), ontology)
    return out


def relation_table(gold: dict, system: dict, covered: dict[str, str]) -> list[list[object]]:
    """Per benchmark relation: gold triples, how showgraph covers it, predicted and correct."""
    gold_count, pred_count, hits = Counter(), Counter(), Counter()
    reachable, wrong_subject = Counter(), Counter()
    for sid, (sentence, triples) in gold.items():
        truth = {normalise(t): t[1] for t in triples}
        rel_obj = {normalise(t[1:]) for t in triples}
        rels = {t[1].replace(" ", "_") for t in triples}
        flat = re.sub(r"(_|\s+)", "", sentence).lower()
        for s, rel, o in triples:
            gold_count[rel] += 1
            if _reachable(s, o, rel, flat):
                reachable[rel] += 1
        for t in system.get(sid, []):
            if t[1] in rels:
                rel = t[1].replace("_", " ")
                pred_count[rel] += 1
                if normalise(t) in truth:
                    hits[rel] += 1
                elif normalise(t[1:]) in rel_obj:
                    wrong_subject[rel] += 1
    rows = []
    for rel, n in gold_count.most_common():
        p = hits[rel] / pred_count[rel] if pred_count[rel] else 0.0
        rows.append([rel, n, reachable[rel], covered.get(rel, "-"), pred_count[rel], hits[rel],
                     wrong_subject[rel], p, hits[rel] / n])
    return rows


def _reachable(sub: str, obj: str, rel: str, flat_sentence: str) -> bool:
    """Whether subject and object are written in the sentence (for a date, its year)."""
    def norm(x: str) -> str:
        return re.sub(r"(_|\s+)", "", x).lower()

    if rel == "publication date":
        year = obj.split()[-1] if obj.split() else obj
        return norm(sub) in flat_sentence and year in flat_sentence
    return norm(sub) in flat_sentence and norm(obj) in flat_sentence


def oracle(gold: dict, rels: set[str]) -> float:
    """Macro F1 of a perfect extractor limited to `rels` (P=1, R=share of gold in rels)."""
    total = 0.0
    for _, triples in gold.values():
        hit = sum(t[1] in rels for t in triples)
        if hit:
            r = hit / len(triples)
            total += 2 * r / (1 + r)
    return total / len(gold)


def print_examples(gold: dict, system: dict, limit: int) -> None:
    shown = 0
    for sid, (sentence, triples) in gold.items():
        if not system.get(sid) or shown >= limit:
            continue
        shown += 1
        print(f"\n{sid}: {sentence[:160]}")
        print(f"  gold:   {triples}")
        print(f"  system: {system[sid]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 2)[2])
    parser.add_argument("--title", choices=("subject", "sentence"), default="subject",
                        help="what each sentence's article title is (default: subject)")
    parser.add_argument("--jobs", type=int, default=1, help="extraction processes")
    parser.add_argument("--limit", type=int, help="only the first N test sentences")
    parser.add_argument("--show", type=int, default=0, help="print N sentences with output")
    parser.add_argument("--json", type=Path, help="also write the figures here as JSON")
    args = parser.parse_args(argv)

    ontology = json.loads(ONTOLOGY.read_text())
    alignment = read_alignment()
    test = read_jsonl(TEST)[: args.limit]
    gold = gold_of(read_jsonl(GOLD))
    gold = {i["id"]: gold[i["id"]] for i in test}
    selected = [line.strip() for line in SELECTED.read_text().splitlines() if line.strip()]
    unseen_items = read_jsonl(UNSEEN_TEST)
    unseen_gold = gold_of(read_jsonl(UNSEEN_GOLD))

    print("Alignment read from ontology/showgraph.ttl (Wikidata properties):")
    print(table(["sg property", "axiom", "PID", "benchmark relation"], alignment.described))

    run = run_showgraph(test, args.title, alignment, args.jobs)
    unseen = run_showgraph(unseen_items, args.title, alignment, args.jobs)
    print(f"\nextracted {len(test)} + {len(unseen_items)} sentences in "
          f"{run.seconds + unseen.seconds:.1f} s (title: {args.title}); peak RSS "
          f"{peak_rss_mb():.0f} MB")
    print(f"showgraph facts by relation: {dict(run.facts.most_common())}")
    print(f"  of which without a benchmark relation: {dict(run.unmapped.most_common())}")

    covered_loose = set(alignment.strict.values()) | set(alignment.loose.values())
    covered_strict = set(alignment.strict.values())
    results = {
        "all (strict)": summarise(score_all(gold, run.strict_only, ontology), gold),
        "all (loose)": summarise(score_all(gold, run.system, ontology), gold),
        "selected 174 (loose)": summarise(score_all(gold, run.system, ontology),
                                          [i for i in selected if i in gold]),
        "unseen 26 (loose)": summarise(score_all(unseen_gold, unseen.system, ontology),
                                       unseen_gold),
    }
    cov = score_all(gold, run.system, ontology, covered_loose)
    results[f"covered rels (loose, {len(cov)} sents)"] = summarise(cov, cov)
    rows = [s.row(name) for name, s in results.items()]
    for subset, models in BASELINES.items():
        for model, figures in models.items():
            p, r, f1, oc, sh, rh, oh = figures
            n = {"all": 840, "selected": 174, "unseen": 26}[subset]
            rows.append([f"{model} ({subset})", n, p, r, f1, oc, sh, rh, oh])
    print("\nMacro averages, upstream rules (P R F1 over all gold sentences; "
          "OC SH RH OH per sentence, no output = OC 1, SH/OH 0):")
    print(table(["system / subset", "sents", "P", "R", "F1", "OC", "SH", "RH", "OH"], rows))
    print("\nOver sentences with output only:")
    print(table(["subset", "sents with output", "OC", "SH", "OH"],
                [[name, s.with_output, s.oc_out, s.sh_out, s.oh_out]
                 for name, s in results.items()]))

    how = {label: "strict" for label in covered_strict}
    how.update({label: "loose" for label in alignment.loose.values() if label not in how})
    print("\nPer benchmark relation (test set; 'in sentence' = subject and object written in "
          "the sentence, for dates the year; predicted/correct after upstream's filter):")
    print(table(["relation", "gold", "in sentence", "showgraph", "predicted", "correct",
                 "subject wrong", "P", "R"], relation_table(gold, run.system, how)))
    print("('subject wrong' = relation and object right, subject string not the gold's)")

    print("\nWhat widening the vocabulary would unlock (test set):")
    base = oracle(gold, covered_loose)
    counts = Counter(t[1] for _, triples in gold.values() for t in triples)
    rows = [["current vocabulary (loose)", "", "", base]]
    flat = {sid: re.sub(r"(_|\s+)", "", s).lower() for sid, (s, _) in gold.items()}
    for rel in WISHLIST:
        written = sum(_reachable(t[0], t[2], rel, flat[sid])
                      for sid, (_, triples) in gold.items() for t in triples if t[1] == rel)
        status = "covered" if rel in covered_loose else "+ " + rel
        rows.append([status, counts[rel], written, oracle(gold, covered_loose | {rel})])
    rows.append(["+ all five", sum(counts[r] for r in WISHLIST), "",
                 oracle(gold, covered_loose | set(WISHLIST))])
    print(table(["vocabulary", "gold triples", "in sentence", "oracle macro F1"], rows))
    print("(oracle = a perfect extractor for those relations: P 1, R = their share of each "
          "sentence's gold)")

    if args.show:
        print_examples(gold, run.system, args.show)
    if args.json:
        args.json.write_text(json.dumps(
            {name: vars(s) for name, s in results.items()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
