from celery import Celery, shared_task
from fastapi import APIRouter
from flask import Blueprint, Flask

from pyshop import parse_config
from pyshop.service import checkout

app = Flask(__name__)
bp = Blueprint("shop", __name__)
router = APIRouter()
worker = Celery("shop")


@app.route("/config")
def config_view():
    return parse_config("a: 1")


@bp.get("/orders")
def orders_view():
    return checkout(3)


@router.post("/items")
async def create_item():
    return {"ok": True}


@worker.task
def nightly():
    return checkout(1)


@shared_task
def cleanup():
    return None
