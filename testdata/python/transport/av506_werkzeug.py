"""AV506 with Werkzeug's run_simple and Flask-HTTPAuth."""
from flask import Flask
from flask_httpauth import HTTPBasicAuth
from werkzeug.serving import run_simple

app = Flask(__name__)
auth = HTTPBasicAuth()


@auth.verify_password
def verify(username, password):
    return username == "admin" and password is not None


@app.get("/admin")
@auth.login_required
def admin():
    return "ok"


if __name__ == "__main__":
    run_simple("0.0.0.0", 8000, app)  # want: AV506
    run_simple("localhost", 8001, app)  # ok: AV506 (werkzeug on loopback)
