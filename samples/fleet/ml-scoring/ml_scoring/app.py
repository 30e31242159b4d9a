"""Scores a transaction; the model thresholds come from a YAML file."""
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/score")
def score():
    config = yaml.load(open("thresholds.yaml"), Loader=yaml.FullLoader)
    amount = float(request.json["amount"])
    return {"suspicious": amount > config["max_amount"]}
