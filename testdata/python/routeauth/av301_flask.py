"""A small shop API in Flask: routes guarded by flask_login, by a decorator defined here, by one
imported from the project, by blueprint before_request hooks, and by checks in the view itself.
The unguarded state-changing and sensitive routes among them are what AV301 reports."""
import time
from functools import wraps

from flask import Blueprint, Flask, abort, jsonify, request, session
from flask.views import MethodView
from flask_jwt_extended import verify_jwt_in_request
from flask_login import current_user, login_required

from shop import reports
from shop.auth import require_login, requires_api_key

app = Flask(__name__)
admin = Blueprint("admin", __name__, url_prefix="/admin")
api = Blueprint("api", __name__, url_prefix="/api")
exports = Blueprint("exports", __name__, url_prefix="/exports")
billing = Blueprint("billing", __name__)


def token_required(f):
    @wraps(f)
    def decorated(*args, **kwargs):
        token = request.headers.get("Authorization", "")
        if not token.startswith("Bearer ") or not check_token(token[7:]):
            abort(401)
        return f(*args, **kwargs)

    return decorated


def timed(f):
    """Logs how long the view took; checks nothing."""

    @wraps(f)
    def wrapper(*args, **kwargs):
        start = time.monotonic()
        try:
            return f(*args, **kwargs)
        finally:
            log_duration(f.__name__, time.monotonic() - start)

    return wrapper


@admin.before_request
def require_admin():
    if not current_user.is_authenticated or not current_user.is_admin:
        abort(403)


@api.before_request
def check_jwt():
    verify_jwt_in_request()


@exports.before_request
def log_request():
    app.logger.info("export %s", request.path)  # a hook that checks nothing


billing.before_request(require_login)


@app.route("/")
def index():
    return "shop"


@app.get("/products")
def list_products():
    return jsonify(products())


@app.get("/products/<int:pid>")
def get_product(pid):
    return jsonify(product(pid))


@app.post("/products")  # ok: AV301
@login_required
def create_product():
    return jsonify(save_product(request.json)), 201


@app.put("/products/<int:pid>")  # ok: AV301
@token_required
def update_product(pid):
    return jsonify(save_product(request.json, pid))


@app.delete("/products/<int:pid>")  # want: AV301
def delete_product(pid):
    remove_product(pid)
    return "", 204


@app.route("/orders", methods=["POST"])  # ok: AV301
@requires_api_key
def create_order():
    return jsonify(place_order(request.json)), 201


@app.route("/orders/<int:oid>/cancel", methods=["POST"])  # want: AV301
@timed
def cancel_order(oid):
    return jsonify(cancel(oid))


@app.get("/users/<int:uid>")  # want: AV301
def get_user(uid):
    return jsonify(user(uid))


@app.route("/cart/checkout", methods=["POST"])  # ok: AV301
def checkout():
    if "user_id" not in session:
        return jsonify(error="login required"), 401
    return jsonify(place_order(cart(session["user_id"])))


@app.route("/webhooks/stripe", methods=["POST"])  # ok: AV301
def stripe_webhook():
    if not valid_signature(request.data, request.headers.get("Stripe-Signature")):
        abort(400)
    return "", 204


@admin.get("/users")
def admin_users():
    return jsonify(all_users())


@admin.delete("/users/<int:uid>")  # ok: AV301
def admin_delete_user(uid):
    remove_user(uid)
    return "", 204


@api.post("/carts")  # ok: AV301
def create_cart():
    return jsonify(new_cart()), 201


@exports.post("/customers")  # want: AV301
def export_customers():
    return jsonify(start_export("customers")), 202


@billing.post("/invoices")  # ok: AV301
def create_invoice():
    return jsonify(new_invoice(request.json)), 201


class UserAPI(MethodView):
    decorators = [login_required]

    def get(self, uid):
        return jsonify(user(uid))

    def delete(self, uid):
        remove_user(uid)
        return "", 204


class TagAPI(MethodView):
    def get(self):
        return jsonify(tags())

    @login_required
    def post(self):
        return jsonify(add_tag(request.json)), 201

    def delete(self, tid):
        remove_tag(tid)
        return "", 204


def order_detail(oid):
    return jsonify(order(oid))


app.add_url_rule("/accounts/<int:uid>", view_func=UserAPI.as_view("account"))  # ok: AV301
app.add_url_rule("/tags", view_func=TagAPI.as_view("tags"))  # want: AV301
app.add_url_rule("/orders/<int:oid>", view_func=login_required(order_detail), methods=["GET", "DELETE"])  # ok: AV301
app.add_url_rule("/reports/export", view_func=reports.export, methods=["POST"])  # ok: AV301 (imported view: its guards are not visible here)
app.register_blueprint(admin)
app.register_blueprint(api)
app.register_blueprint(exports, url_prefix="/api/exports")
app.register_blueprint(billing, url_prefix="/billing")
