"""A resource blueprint whose prefix is given where the application registers it
(app.register_blueprint(bp, url_prefix="/api/users")): its "/" is the collection and a route
made only of a parameter is an item of it, not the site's home page. The home page of an
application is public, whatever it accepts."""
from flask import Blueprint, Flask, abort, jsonify, render_template, request
from flask_jwt_extended import jwt_required
from flask_login import login_required

bp = Blueprint("users", __name__)


@bp.get("/")
@jwt_required()
def list_users():
    return jsonify(all_users())


@bp.get("/<int:user_id>")
@jwt_required()
def get_user(user_id):
    return jsonify(find_user(user_id) or abort(404))


@bp.put("/<int:user_id>")  # ok: AV301
@jwt_required()
def update_user(user_id):
    return jsonify(save_user(user_id, request.get_json()))


@bp.route("/<int:user_id>", methods=["DELETE"])  # want: AV301
def delete_user(user_id):
    remove_user(user_id)
    return "", 204


@bp.get("/<slug>")  # ok: AV301
def user_card(slug):
    return jsonify(card(slug))


@bp.post("/")  # want: AV301
def create_user():
    return jsonify(add_user(request.get_json())), 201


site = Flask(__name__)


@site.route("/", methods=["GET", "POST"])  # ok: AV301
def home():
    if request.method == "POST":
        subscribe(request.form["email"])
    return render_template("home.html")


@site.route("/dashboard", methods=["GET", "POST"])
@login_required
def dashboard():
    return render_template("dashboard.html")
