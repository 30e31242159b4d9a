import yaml

from pyshop.helpers import parse_config


def test_parse():
    assert yaml.load("a: 1") == {"a": 1}
    assert parse_config("a: 1")
