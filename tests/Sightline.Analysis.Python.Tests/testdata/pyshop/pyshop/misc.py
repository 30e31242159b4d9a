import os


def odd(items, text):
    joined = ", ".join(items)
    fn = items[0]
    fn()
    handlers = {"a": odd}
    return os.path.join(joined, f"{text}"), handlers
