"""Application factory that sets no limit and reads bodies in the same file."""
from flask import Flask, request


def create_app():
    app = Flask(__name__)
    app.config["SECRET_KEY"] = "change-me"

    @app.post("/echo")
    def echo():
        return request.data  # want: AV704

    return app
