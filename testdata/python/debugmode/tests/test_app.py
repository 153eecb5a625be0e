"""Tests may switch every debug aid on: they never serve traffic."""
import logging

from flask import Flask

logging.basicConfig(level=logging.DEBUG)  # ok: AV203 (test code)

app = Flask(__name__)
app.config["DEBUG"] = True  # ok: AV201 (test code)
app.debug = True  # ok: AV201 (test code)


def test_index():
    client = app.test_client()
    assert client.get("/").status_code == 404


if __name__ == "__main__":
    app.run(debug=True)  # ok: AV201 (test code)
