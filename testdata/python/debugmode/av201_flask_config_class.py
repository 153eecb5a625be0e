"""A Flask app whose configuration classes live beside it and are loaded with from_object."""
import os

from flask import Flask


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    DEBUG = True  # want: AV201


class DevelopmentConfig(Config):
    DEBUG = True  # ok: AV201 (a class meant for development)


class ProductionConfig(Config):
    DEBUG = False  # ok: AV201


class StagingConfig(Config):
    DEBUG = True  # ok: AV201 (never loaded in this file)


app = Flask(__name__)
app.config.from_object(Config)
if os.environ.get("APP_ENV") == "development":
    app.config.from_object(DevelopmentConfig)
