"""Open data downloaded from the built site: the JSON holds exactly what the data holds, CSV and schemas match it."""

import csv
import io
import json
import re

import jsonschema
import pytest

from macros.kinds import KINDS


def _json(download, path):
    body, _ = download(path)
    return json.loads(body.decode("utf-8"))


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.folder)
def test_json_per_kind_round_trips_to_the_loaded_data(kind, download, handbook):
    rows = _json(download, f"oppna-data/{kind.folder}.json")
    assert [r["id"] for r in rows] == list(handbook.kind(kind.folder)), "one row per data file, in the same order"
    for row in rows:
        record = handbook.get(kind.folder, row["id"])
        fields = {k: v for k, v in row.items() if k != "id"}
        assert kind.model.model_validate(fields) == record.model, row["id"]


def test_combined_json_has_every_kind_and_the_licence(download):
    combined = _json(download, "oppna-data/narvarohandboken.json")
    assert combined["licens"] == "CC BY 4.0"
    assert combined["licens_url"].startswith("https://creativecommons.org/licenses/by/4.0/")
    for kind in KINDS:
        assert combined[kind.folder] == _json(download, f"oppna-data/{kind.folder}.json"), kind.folder


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.folder)
def test_csv_has_a_row_per_entity_and_the_same_values(kind, download, handbook):
    body, _ = download(f"oppna-data/{kind.folder}.csv")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    assert [r["id"] for r in rows] == list(handbook.kind(kind.folder))
    by_id = {r["id"]: r for r in _json(download, f"oppna-data/{kind.folder}.json")}
    for row in rows:
        for key, value in by_id[row["id"]].items():
            cell = row[key]
            expected = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            assert cell == (str(value) if isinstance(value, int | float) else expected), (row["id"], key)


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.folder)
def test_published_schema_accepts_every_published_record(kind, download):
    schema = _json(download, f"oppna-data/schemas/{kind.folder}.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for row in _json(download, f"oppna-data/{kind.folder}.json"):
        errors = list(validator.iter_errors({k: v for k, v in row.items() if k != "id"}))
        assert not errors, (row["id"], [e.message for e in errors][:3])


def test_open_data_page_documents_licence_and_links_every_file(page_html, real_site):
    html = page_html("oppna-data.html")
    assert 'href="https://creativecommons.org/licenses/by/4.0/deed.sv"' in html
    text = re.sub(r"<[^>]+>", "", html)
    for words in ("CC BY 4.0", "Ange Närvarohandboken som källa", "UTF-8", "id", "stabila"):
        assert words in text, words
    links = set(re.findall(r'href="(oppna-data/[^"]+)"', html))
    expected = {"oppna-data/narvarohandboken.json"} | {
        f"oppna-data/{k.folder}{suffix}" for k in KINDS for suffix in (".json", ".csv")
    } | {f"oppna-data/schemas/{k.folder}.schema.json" for k in KINDS}
    assert expected <= links
    for link in links:
        assert (real_site / link).is_file(), link
