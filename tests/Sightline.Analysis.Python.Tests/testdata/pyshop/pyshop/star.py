from yaml import *


def star_user(text):
    return load(text)
