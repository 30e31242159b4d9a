import yaml
import yaml as y
from yaml import load, full_load as fl


def parse_config(text):
    return yaml.load(text)


def parse_alias(text):
    return y.load(text)


def parse_from(text):
    data = load(text)
    return fl(data)


def build_constructor():
    return yaml.constructor.FullConstructor()


def read_file(path):
    with open(path) as fh:
        return yaml.safe_load(fh.read())


def unused_loader(text):
    return yaml.load(text)
