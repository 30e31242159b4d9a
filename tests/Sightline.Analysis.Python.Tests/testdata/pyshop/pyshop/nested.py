"""Docstring with a call-looking text: yaml.load(x)
spanning lines."""
import yaml


async def outer(text):
    def inner(value):
        return yaml.load(value)

    result = inner(text) \
        + 1
    message = f"{result!r} and {{braces}} {'nested'}"
    return message
