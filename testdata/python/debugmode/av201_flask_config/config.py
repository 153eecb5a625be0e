"""Flask configuration, loaded with app.config.from_pyfile("config.py")."""
import os

SECRET_KEY = os.environ["SECRET_KEY"]
DEBUG = True  # want: AV201
SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]


class DevelopmentConfig:
    DEBUG = True  # ok: AV201 (a class meant for development)
