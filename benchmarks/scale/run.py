"""Scale figures of issue 16, measured side by side in one run, printed as a table and
written as JSON.

On one generated corpus (``generate.py``: text, HTML and PDF documents made from
``corpus/`` with numbers, names and sentence order varied):

1. cold runs with 1 and with 2 worker processes (each in a fresh process, fresh output
   folder), and the same with ``--engine dask`` on a LocalCluster of 2 workers;
2. spaCy alone: the same model's ``nlp.pipe`` over the same cleaned paragraphs the parse
   stage reads, with the same process count, as installed (BLIS) and on OpenBLAS, the
   matrix library the parse uses (``parse.blas``);
3. a re-run of the unchanged corpus, and a re-run after 1% of the files changed, and
   (``--rerun-docs N``) the same against a cold run on a second corpus of N documents;
4. PDF ingest pages/s against pdfplumber alone (``extract_text`` of every page);
5. the time of each stage over a sample, in one process;
6. peak RSS of the parent and the workers, and (``--memory-docs``) of cold runs of two
   corpus sizes with the cheap stages, to show memory does not grow with the corpus;
   (``--claims-docs``) the peak of the corpus-wide claim steps at two corpus sizes.

The machine is shared, so absolute figures are noisy; the ratios come from runs made one
after another here. The load average is recorded before and after.

    python benchmarks/scale/run.py [--docs 200] [--work DIR] [--json results.json]
                                   [--memory-docs 200 2000] [--claims-docs 1000 10000]
                                   [--rerun-docs 2000] [--skip-dask]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from generate import change, generate  # noqa: E402


def _note(name: str, value: object) -> None:
    """Each figure as it comes, so a run cut short still says what it measured."""
    print(f"{name}: {json.dumps(value)}", file=sys.stderr, flush=True)


def _python(script: str, *args: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run([sys.executable, str(HERE / script), *args], capture_output=True,
                          text=True, env=env, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"{script} {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    found = json.loads(done.stdout.strip().splitlines()[-1])
    _note(f"{script} {' '.join(a for a in args if not a.startswith('/'))}", found)
    return found


def run(corpus: Path, out: Path, workers: int, engine: str = "local", stages: str = "",
        force: bool = False) -> dict:
    args = [str(corpus), str(out), "--workers", str(workers), "--engine", engine]
    if stages:
        args += ["--stages", stages]
    if force:
        args.append("--force")
    return _python("measure.py", *args)


def parse_texts(out: Path) -> tuple[list[str], int]:
    """The texts the parse stage hands spaCy (paragraph pieces, truecased), and their words."""
    from pipeline import Config
    from pipeline.io.jsonl import loads
    from pipeline.parse import pieces, truecase

    settings = Config().parse
    texts = []
    with open(out / "documents.jsonl", "rb") as handle:
        for line in handle:
            doc = loads(line)
            for para in doc["paragraphs"]:
                for s, e in pieces(doc["text"], para["start"], para["end"], settings.max_chars):
                    text = doc["text"][s:e]
                    texts.append(truecase(text) or text if settings.truecase else text)
    return texts, sum(len(t.split()) for t in texts)


def pdf_speed(corpus: Path) -> dict:
    """Pages/s of the pipeline's PDF ingest and of pdfplumber alone, same files, this
    process, best of two passes each (the first pass also warms the file cache)."""
    import io

    import pdfplumber

    from pipeline import Config
    from pipeline.ingest import read_document

    pdfs = sorted(corpus.glob("*.pdf"))
    datas = [(p, p.read_bytes()) for p in pdfs]
    settings = Config().ingest

    def ours() -> tuple[float, int]:
        t, pages = time.perf_counter(), 0
        for path, data in datas:
            pages += len(read_document(path.name, data, path.stem, settings).raw_pages)
        return time.perf_counter() - t, pages

    def plumber() -> tuple[float, int]:
        t, pages = time.perf_counter(), 0
        for _path, data in datas:
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    pages += 1
        return time.perf_counter() - t, pages

    (a, pages), (b, _) = min(ours(), ours()), min(plumber(), plumber())
    return {"files": len(pdfs), "pages": pages, "pipeline_pages_s": round(pages / a, 1),
            "pdfplumber_pages_s": round(pages / b, 1), "ratio": round(b / a, 3)}


def rerun(corpus: Path, out: Path, paths: list[Path]) -> tuple[dict, int, dict]:
    """After a cold run into ``out`` (2 workers): a re-run of the unchanged corpus, how many
    files were then changed (1%), and a re-run after that."""
    unchanged = run(corpus, out, 2)
    changed = len(change(paths, 0.01))
    return unchanged, changed, run(corpus, out, 2)


def reruns(folder: Path, docs: int) -> dict:
    """A cold run of ``docs`` documents with 2 workers, then a re-run of the unchanged
    corpus and one after 1% of its files changed: the re-runs' share of the cold run at a
    size where the run's fixed costs (worker start-up) weigh less."""
    corpus = folder / "corpus"
    paths = generate(corpus, docs, seed=23)
    cold = run(corpus, folder / "out", 2)
    unchanged, changed, one_pct = rerun(corpus, folder / "out", paths)
    shutil.rmtree(folder)
    return {"docs": docs, "cold": cold, "unchanged": unchanged, "changed_files": changed,
            "changed": one_pct,
            "unchanged_share": round(unchanged["seconds"] / cold["seconds"], 4),
            "changed_share": round(one_pct["seconds"] / cold["seconds"], 4)}


def identical(a: Path, b: Path) -> bool:
    """Whether two runs' outputs are byte-identical (all but manifest.json)."""
    names = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file()
                   and p.name != "manifest.json" and ".cache" not in p.parts)
    other = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file()
                   and p.name != "manifest.json" and ".cache" not in p.parts)
    return names == other and all((a / n).read_bytes() == (b / n).read_bytes() for n in names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=HERE / "results.json")
    parser.add_argument("--memory-docs", type=int, nargs=2, default=None,
                        metavar=("SMALL", "LARGE"))
    parser.add_argument("--memory-stages", default="clean,structure")
    parser.add_argument("--claims-docs", type=int, nargs=2, default=None,
                        metavar=("SMALL", "LARGE"),
                        help="also measure the corpus-wide claim steps' peak memory at two "
                             "corpus sizes (claims_memory.py)")
    parser.add_argument("--rerun-docs", type=int, default=None, metavar="N",
                        help="also time re-runs (unchanged, 1%% changed) against a cold run "
                             "with 2 workers on a second corpus of N documents")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--sample", type=int, default=30)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="scale-"))
    shutil.rmtree(work, ignore_errors=True)
    corpus = work / "corpus"
    figures: dict = {"docs": args.docs, "load_before": os.getloadavg(), "cpus": os.cpu_count()}
    paths = generate(corpus, args.docs)
    figures["kinds"] = {k: sum(p.suffix == f".{k}" for p in paths) for k in ("txt", "html", "pdf")}
    print(f"corpus: {args.docs} documents {figures['kinds']} in {corpus}", file=sys.stderr)

    one = run(corpus, work / "out1", 1)
    two = run(corpus, work / "out2", 2)
    figures.update(one_worker=one, two_workers=two)
    texts, words = parse_texts(work / "out2")
    (work / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
    figures["words"] = words
    figures["spacy_1"] = _python("spacy_alone.py", str(work / "texts.json"), "--processes", "1")
    figures["spacy_2"] = _python("spacy_alone.py", str(work / "texts.json"), "--processes", "2")
    for n in (1, 2):  # the same model on the matrix library the pipeline's parse uses
        figures[f"spacy_openblas_{n}"] = _python("spacy_alone.py", str(work / "texts.json"),
                                                 "--processes", str(n), "--blas", "openblas")
    if not args.skip_dask:
        figures["dask_2"] = run(corpus, work / "out_dask", 2, engine="dask")
        figures["dask_identical"] = identical(work / "out2", work / "out_dask")
    figures["identical_1_2"] = identical(work / "out1", work / "out2")
    figures["rerun"], figures["changed_files"], figures["rerun_1pct"] = rerun(
        corpus, work / "out2", paths)
    figures["pdf"] = pdf_speed(corpus)
    figures["stages"] = _python("stage_times.py", str(corpus), "--sample", str(args.sample))
    if args.memory_docs:
        memory = {}
        for n in args.memory_docs:
            folder = work / f"memory{n}"
            generate(folder, n, seed=17)
            memory[n] = run(folder, work / f"out_memory{n}", 2, stages=args.memory_stages)
            shutil.rmtree(folder)
        figures["memory"] = {"stages": args.memory_stages, "runs": memory}
    if args.rerun_docs:
        figures["reruns_large"] = reruns(work / f"rerun{args.rerun_docs}", args.rerun_docs)
    if args.claims_docs:
        figures["claims_memory"] = _python("claims_memory.py", "--docs",
                                           *map(str, args.claims_docs))
    figures["load_after"] = os.getloadavg()
    args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    print(table(figures))


def table(f: dict) -> str:
    """The figures as a Markdown table."""
    words = f["words"]
    one, two = f["one_worker"]["seconds"], f["two_workers"]["seconds"]
    s1, s2 = f["spacy_1"]["seconds"], f["spacy_2"]["seconds"]
    c1, c2 = f["one_worker"]["cpu_seconds"], f["two_workers"]["cpu_seconds"]
    sc1, sc2 = f["spacy_1"]["cpu_seconds"], f["spacy_2"]["cpu_seconds"]
    rows = [
        ("documents (txt/html/pdf)",
         f"{f['docs']} ({'/'.join(str(v) for v in f['kinds'].values())})", ""),
        ("words (paragraph text the parser reads)", f"{words:,}", ""),
        ("spaCy alone, 1 process: words/s", f"{words / s1:,.0f}", ""),
        ("pipeline, 1 worker: words/s", f"{words / one:,.0f}", f"{s1 / one:.2f}x spaCy alone"),
        ("spaCy alone, 2 processes: words/s", f"{words / s2:,.0f}", ""),
        ("pipeline, 2 workers: words/s", f"{words / two:,.0f}",
         f"{s2 / two:.2f}x spaCy alone (target >= 0.8)"),
    ]
    if "spacy_openblas_1" in f:
        o1, o2 = f["spacy_openblas_1"]["seconds"], f["spacy_openblas_2"]["seconds"]
        rows.append(("spaCy alone on OpenBLAS (parse.blas), 1 / 2 processes: words/s",
                     f"{words / o1:,.0f} / {words / o2:,.0f}",
                     f"pipeline {o1 / one:.2f}x / {o2 / two:.2f}x of it"))
    rows += [
        ("CPU seconds: spaCy alone 1 / 2 processes", f"{sc1:.0f} / {sc2:.0f}", ""),
        ("CPU seconds: pipeline 1 / 2 workers", f"{c1:.0f} / {c2:.0f}",
         f"spaCy alone's CPU time is {sc1 / c1:.2f}x / {sc2 / c2:.2f}x the pipeline's"),
        ("pipeline docs/s, 1 / 2 workers", f"{f['docs'] / one:.2f} / {f['docs'] / two:.2f}",
         f"2 workers {one / two:.2f}x 1 worker (target >= 1.8)"),
    ]
    if "dask_2" in f:
        d = f["dask_2"]["seconds"]
        rows.append(("dask LocalCluster, 2 workers: words/s", f"{words / d:,.0f}",
                     f"{two / d:.2f}x local pool; outputs identical: {f['dask_identical']}"))
    rows += [
        ("re-run, unchanged", f"{f['rerun']['seconds']:.1f} s",
         f"{f['rerun']['seconds'] / two:.1%} of cold (target <= 5%)"),
        (f"re-run, {f['changed_files']} files changed (1%)", f"{f['rerun_1pct']['seconds']:.1f} s",
         f"{f['rerun_1pct']['seconds'] / two:.1%} of cold (target <= 8%)"),
    ]
    if "reruns_large" in f:
        r = f["reruns_large"]
        rows += [
            (f"{r['docs']:,} docs: cold, 2 workers / re-run unchanged",
             f"{r['cold']['seconds']:.0f} s / {r['unchanged']['seconds']:.1f} s",
             f"{r['unchanged_share']:.1%} of cold (target <= 5%)"),
            (f"{r['docs']:,} docs: re-run, {r['changed_files']} files changed (1%)",
             f"{r['changed']['seconds']:.1f} s",
             f"{r['changed_share']:.1%} of cold (target <= 8%)"),
        ]
    rows += [
        ("PDF ingest pages/s (pipeline / pdfplumber alone)",
         f"{f['pdf']['pipeline_pages_s']} / {f['pdf']['pdfplumber_pages_s']}",
         f"{f['pdf']['ratio']:.2f}x pdfplumber ({f['pdf']['pages']} pages)"),
        ("peak RSS, 2 workers: parent / largest worker",
         f"{f['two_workers']['parent_rss_mb']:.0f} / {f['two_workers']['worker_rss_mb']:.0f} MB",
         f"spaCy alone: {f['spacy_2']['parent_rss_mb']:.0f} / "
         f"{f['spacy_2']['worker_rss_mb']:.0f} MB"),
        ("1 and 2 workers' outputs identical", str(f["identical_1_2"]), ""),
    ]
    stage = f["stages"]
    total = sum(v for k, v in stage["seconds"].items() if k != "setup")
    rows.append((f"time per stage ({stage['documents']} docs, one process)",
                 ", ".join(f"{k} {v:.1f}s" for k, v in stage["seconds"].items()),
                 ", ".join(f"{k} {v / total:.0%}" for k, v in stage["seconds"].items()
                           if k != "setup")))
    if "memory" in f:
        runs = f["memory"]["runs"]
        (small, a), (large, b) = sorted(runs.items(), key=lambda kv: int(kv[0]))
        rows.append((f"peak RSS at {small} vs {large} docs ({f['memory']['stages']}): parent",
                     f"{a['parent_rss_mb']:.0f} / {b['parent_rss_mb']:.0f} MB",
                     f"{b['parent_rss_mb'] / a['parent_rss_mb'] - 1:+.0%} (target within 20%)"))
        rows.append((f"peak RSS at {small} vs {large} docs: largest worker",
                     f"{a['worker_rss_mb']:.0f} / {b['worker_rss_mb']:.0f} MB",
                     f"{b['worker_rss_mb'] / a['worker_rss_mb'] - 1:+.0%}"))
    if "claims_memory" in f:
        for way, label in (("disk", "on disk (the run)"), ("memory", "in memory (before)")):
            (small, a), (large, b) = sorted(f["claims_memory"][way].items(),
                                            key=lambda kv: int(kv[0]))
            rows.append((f"corpus-wide claim steps {label}: peak RSS at {small} vs {large} "
                         f"docs ({a['claims']:,} / {b['claims']:,} claims)",
                         f"{a['peak_rss_mb']:.0f} / {b['peak_rss_mb']:.0f} MB",
                         f"{b['peak_rss_mb'] / a['peak_rss_mb'] - 1:+.0%} (target within 20%)"))
    rows.append(("load average before / after",
                 f"{f['load_before'][0]:.1f} / {f['load_after'][0]:.1f}", f"{f['cpus']} cores"))
    lines = ["| figure | value | ratio |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
