"""Rebuild ``models/gazetteer.jsonl``, the EntityRuler gazetteer of the entities stage.

Sources (see ``models/README.md`` for licences):
- ``models/sources/domain.jsonl``: organisations, people, places and programmes of
  this domain, curated by hand: Wikidata QIDs (CC0) where known for certain, else a
  `local:` id derived from the canonical name.

Run: ``python models/build_gazetteer.py``. The output is sorted, so a rebuild from the
same sources is byte-identical.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent


def load_sources() -> list[dict]:
    entries: dict[str, dict] = {}
    for line in (HERE / "sources" / "domain.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        entry = entries.setdefault(item["id"], {**item, "aliases": []})
        for alias in [item["canonical"], *item["aliases"]]:
            if alias not in entry["aliases"]:
                entry["aliases"].append(alias)
    return sorted(entries.values(), key=lambda e: e["id"])


def main() -> None:
    out = HERE / "gazetteer.jsonl"
    lines = [json.dumps({**e, "aliases": sorted(set(e["aliases"]))}, ensure_ascii=False,
                        sort_keys=True) for e in load_sources()]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} entities to {out}")


if __name__ == "__main__":
    main()
