from .models import Order
from . import helpers
from .helpers import parse_alias as pa
from pyshop.models import Store


def checkout(total):
    order = Order(total)
    helpers.parse_from("x")
    pa("y")
    return order.price()


def direct():
    return Order(1).price()


def run_later(callback):
    return callback()


def schedule():
    run_later(checkout)
    return Store().tax(2)
