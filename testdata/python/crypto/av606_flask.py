"""Flask + SQLAlchemy sign-up and login storing passwords as typed."""
from flask import Flask, abort, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from werkzeug.security import check_password_hash, generate_password_hash

app = Flask(__name__)
db = SQLAlchemy(app)


class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(80), unique=True)
    password = db.Column(db.String(200))


@app.route("/register", methods=["POST"])
def register():
    username = request.json.get("username")
    password = request.json.get("password")
    user = User(username=username, password=password)  # want: AV606
    db.session.add(user)
    db.session.commit()
    return jsonify({"id": user.id}), 201


@app.route("/password", methods=["POST"])
def change_password():
    user = User.query.get_or_404(request.form["user_id"])
    user.password = request.form["new_password"]  # want: AV606
    db.session.commit()
    return "", 204


@app.route("/login", methods=["POST"])
def login():
    username = request.json.get("username")
    password = request.json.get("password")
    user = User.query.filter_by(username=username).first()
    if user is None or user.password != password:  # want: AV606
        abort(401)
    return jsonify({"ok": True})


# --- near misses ---------------------------------------------------------------------------


@app.route("/v2/register", methods=["POST"])
def register_v2():
    username = request.json.get("username")
    password = request.json.get("password")
    user = User(username=username, password=generate_password_hash(password))  # ok: AV606
    db.session.add(user)
    db.session.commit()
    return jsonify({"id": user.id}), 201


@app.route("/v2/login", methods=["POST"])
def login_v2():
    password = request.json.get("password")
    user = User.query.filter_by(username=request.json.get("username")).first()
    if user is None or not check_password_hash(user.password, password):  # ok: AV606
        abort(401)
    return jsonify({"ok": True})


@app.route("/v2/password", methods=["POST"])
def change_password_v2():
    password = request.form["password"]
    if password != request.form["password_confirmation"]:  # ok: AV606
        abort(400)
    user = User.query.get_or_404(request.form["user_id"])
    user.password = generate_password_hash(password)  # ok: AV606
    db.session.commit()
    return "", 204


class SmtpClient:
    def __init__(self, host, password):
        self.password = password  # ok: AV606 (a client's own credential, not a user's)


@app.route("/v3/login", methods=["POST"])
def login_v3():
    username = request.form["username"]
    password = request.form["password"]
    user = User.query.filter(User.username == username, User.password == password).first()  # want: AV606
    if user is None:
        abort(401)
    return jsonify({"ok": True})


def check_rehashed(user, password, pepper):
    password = generate_password_hash(password + pepper)
    return user.password == password  # ok: AV606 (password was replaced by a hash)


class Credentials:
    def __init__(self, user, password):
        self.user = user
        self.password = password  # ok: AV606 (a client's own credential, not a user's)

    def __eq__(self, other):
        return self.user == other.user and self.password == other.password  # ok: AV606 (object equality)
