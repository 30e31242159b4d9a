import yaml


def load_config(path):
    with open(path) as handle:
        return yaml.load(handle, Loader=yaml.FullLoader)


class Settings:
    def __init__(self, path):
        self.values = load_config(path)

    def dump(self):
        return yaml.safe_dump(self.values)
