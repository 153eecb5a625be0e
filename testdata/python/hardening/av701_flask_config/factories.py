"""Application factories configuring flask-cors through app.config: settings written, updated,
loaded from a configuration class of this module, or set too late or out of sight."""
import os

from flask import Flask
from flask_cors import CORS

cors = CORS()


class Config:
    CORS_SUPPORTS_CREDENTIALS = True


class ProductionConfig(Config):
    CORS_ORIGINS = ["https://app.example.com"]


class PartnerConfig(Config):
    CORS_RESOURCES = {r"/partner/*": {"origins": r".*"}}


def create_app():
    app = Flask(__name__)
    app.config.from_object(Config)
    CORS(app)  # want: AV701
    return app


def create_production_app():
    app = Flask(__name__)
    app.config.from_object(ProductionConfig)
    CORS(app)  # ok: AV701 (CORS_ORIGINS lists the trusted origins)
    return app


def create_partner_app():
    app = Flask(__name__)
    app.config.from_object(PartnerConfig)
    CORS(app)  # want: AV701
    return app


def create_updated_app():
    app = Flask(__name__)
    app.config.update(CORS_SUPPORTS_CREDENTIALS=True, SECRET_KEY=os.environ["SECRET_KEY"])
    CORS(app)  # want: AV701
    return app


def create_allowlisted_app():
    app = Flask(__name__)
    app.config.update(CORS_SUPPORTS_CREDENTIALS=True)
    CORS(app, origins=["https://app.example.com"])  # ok: AV701
    return app


def create_overridden_app():
    app = Flask(__name__)
    app.config["CORS_SUPPORTS_CREDENTIALS"] = True
    CORS(app, supports_credentials=False)  # ok: AV701 (the call's option wins)
    return app


def create_late_app():
    app = Flask(__name__)
    CORS(app)  # ok: AV701 (flask-cors read the configuration before credentials were set)
    app.config["CORS_SUPPORTS_CREDENTIALS"] = True
    return app


def create_file_configured_app():
    app = Flask(__name__)
    app.config.from_pyfile("cors.cfg")
    app.config["CORS_SUPPORTS_CREDENTIALS"] = True
    CORS(app)  # ok: AV701 (cors.cfg may list the origins)
    return app


def create_env_app():
    app = Flask(__name__)
    if os.environ.get("APP_ENV") == "development":
        app.config["CORS_SUPPORTS_CREDENTIALS"] = True
    CORS(app)  # ok: AV701 (decided at run time)
    return app


def create_extension_app():
    app = Flask(__name__)
    app.config.setdefault("CORS_SUPPORTS_CREDENTIALS", True)
    cors.init_app(app)  # want: AV701
    return app
