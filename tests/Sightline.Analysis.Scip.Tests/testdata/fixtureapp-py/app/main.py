from app.config import Settings, load_config
from yaml import safe_load


def main():
    settings = Settings("settings.yaml")
    print(settings.dump())
    print(safe_load("a: 1"))
    return load_config("other.yaml")
