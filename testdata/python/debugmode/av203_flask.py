"""Customer API: an application factory with its logging turned up."""
import logging
import os

from flask import Flask

app = Flask(__name__)
app.logger.setLevel("DEBUG")  # want: AV203


def create_app():
    app = Flask(__name__)
    app.config["LOGGING_LEVEL"] = "DEBUG"  # want: AV203
    app.config["LOG_LEVEL"] = logging.DEBUG  # want: AV203
    app.config.update(LOG_LEVEL="DEBUG")  # want: AV203
    app.logger.setLevel(logging.DEBUG)  # want: AV203

    app.config["LOGGING_LEVEL"] = os.environ.get("LOGGING_LEVEL", "INFO")  # ok: AV203
    app.config.update(LOG_LEVEL=os.environ.get("LOG_LEVEL", "INFO"))  # ok: AV203
    app.logger.setLevel(app.config["LOGGING_LEVEL"])  # ok: AV203
    logging.basicConfig(level=app.config["LOGGING_LEVEL"])  # ok: AV203
    app.logger.setLevel(logging.INFO)  # ok: AV203
    if app.debug:
        app.logger.setLevel(logging.DEBUG)  # ok: AV203 (only in debug mode)

    @app.route("/customers")
    def customers():
        app.logger.debug("listing customers")  # ok: AV203
        return {"customers": []}

    return app
