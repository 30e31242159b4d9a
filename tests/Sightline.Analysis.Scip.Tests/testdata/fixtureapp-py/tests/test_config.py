import yaml

from app.config import load_config


def test_load():
    assert yaml.safe_load("a: 1") == {"a": 1}
    assert load_config("x.yaml") is not None
