"""'Använd som mall': each initiative's YAML skeleton has its structure, valid keys and none of its facts."""

import pytest
import yaml
from pydantic import BaseModel

from macros.model import Initiative
from macros.skeleton import _model_in


def check_keys(model: type[BaseModel], value, where: str = "") -> None:
    """Every key in value is a field of model at that level (the editors' Swedish name)."""
    fields = {info.alias or name: info for name, info in model.model_fields.items()}
    for key, item in value.items():
        assert key in fields, f"{where}{key} är inget fält i {model.__name__}"
        inner = _model_in(fields[key].annotation)
        for element in item if isinstance(item, list) else [item]:
            if isinstance(element, dict):
                check_keys(inner, element, f"{where}{key}.")


def shape(value):
    """Keys and list lengths, without the values."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shape(v) for v in value]
    return None


def scalars(value):
    if isinstance(value, dict):
        for v in value.values():
            yield from scalars(v)
    elif isinstance(value, list):
        for v in value:
            yield from scalars(v)
    else:
        yield value


@pytest.fixture(scope="module")
def skeletons(handbook, download):
    return {i: download(f"satsningar/{i}.mall.yml")[0].decode("utf-8") for i in handbook.kind("satsningar")}


def test_every_initiative_has_a_skeleton_with_the_schema_line(skeletons, handbook):
    assert set(skeletons) == set(handbook.kind("satsningar"))
    for text in skeletons.values():
        assert text.splitlines()[0] == "# yaml-language-server: $schema=../../schemas/satsningar.schema.json"


def test_skeleton_keys_are_model_keys_and_the_shape_is_the_initiatives(skeletons, handbook):
    for initiative_id, text in skeletons.items():
        data = yaml.safe_load(text)
        check_keys(Initiative, data)
        record = handbook.get("satsningar", initiative_id)
        assert shape(data) == shape(record.model.model_dump(mode="json", by_alias=True, exclude_defaults=True))


def test_skeleton_holds_no_facts(skeletons):
    for initiative_id, text in skeletons.items():
        values = set(scalars(yaml.safe_load(text)))
        assert values <= {"", None}, (initiative_id, values - {"", None})


def test_skeleton_explains_its_fields_in_swedish(skeletons):
    text = skeletons["narvaroteam-molndal"]
    for comment in ("# Satsningens namn.", "Ange id:t (filnamnet utan .yml) för en fil i data/roller/",
                    'Tillåtna värden: "främja", "förebygga", "åtgärda".', "pull request", "Närvaroteamet Mölndal"):
        assert comment in text, comment


def test_initiative_page_offers_its_skeleton(page_html):
    html = page_html("satsningar/skolsociala-team-stockholm.html")
    assert 'id="anvand-som-mall"' in html
    assert '<a href="skolsociala-team-stockholm.mall.yml" download>' in html
