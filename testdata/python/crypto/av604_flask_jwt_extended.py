"""Flask-JWT-Extended settings mixing algorithm families."""
from flask import Flask

app = Flask(__name__)
app.config["JWT_ALGORITHM"] = "RS256"
app.config["JWT_DECODE_ALGORITHMS"] = ["RS256", "HS256"]  # want: AV604


class Config:
    JWT_ALGORITHM = "RS256"
    JWT_DECODE_ALGORITHMS = ["RS256", "ES256"]  # ok: AV604
