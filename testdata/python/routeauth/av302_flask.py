"""Flask views whose authentication decorator sits above the route decorator: Flask registers
the undecorated view, so the check never runs."""
from functools import wraps

from flask import Blueprint, Flask, abort, g, jsonify, request
from flask_cors import cross_origin
from flask_httpauth import HTTPTokenAuth
from flask_jwt_extended import jwt_required
from flask_limiter import Limiter
from flask_login import login_required

from .auth import admin_required

app = Flask(__name__)
bp = Blueprint("reports", __name__, url_prefix="/reports")
auth = HTTPTokenAuth()
limiter = Limiter(app)


def api_key_required(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        if request.headers.get("X-API-Key") != current_key():
            abort(401)
        return f(*args, **kwargs)

    return wrapper


def cached(f):
    return f


@login_required  # want: AV302
@app.route("/admin")
def admin():
    return "admin"


@jwt_required()  # want: AV302
@app.route("/api/orders", methods=["POST"])
def create_order():
    return jsonify(place(request.json)), 201


@api_key_required  # want: AV302
@app.delete("/api/orders/<int:oid>")
def delete_order(oid):
    return "", 204


@auth.login_required  # want: AV302
@bp.get("/monthly")
def monthly():
    return jsonify(report("monthly"))


@admin_required  # want: AV302
@app.post("/api/users/<int:uid>/ban")
def ban_user(uid):
    return "", 204


@app.route("/api/a")
@login_required  # want: AV302
@app.route("/api/b")
def two_routes():
    return "a or b"


@app.route("/api/profile")
@login_required  # ok: AV302
def profile():
    return jsonify(me())


@limiter.limit("5 per minute")  # ok: AV302
@app.route("/api/search")
@jwt_required()  # ok: AV302
def search():
    return jsonify(find(request.args["q"]))


@cross_origin()  # ok: AV302
@cached  # ok: AV302
@app.route("/api/products")
def products():
    return jsonify(all_products())


@bp.route("/yearly")
@auth.login_required  # ok: AV302
def yearly():
    return jsonify(report("yearly"))
