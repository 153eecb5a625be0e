"""Flask app whose configuration is loaded from an object: the limit may be set there."""
from flask import Flask, request

app = Flask(__name__)
app.config.from_object("config.ProductionConfig")


@app.post("/orders")
def create():
    return request.json  # ok: AV704 (the configuration is loaded from elsewhere)
