"""Flask views using authentication decorator factories without calling them."""
from flask import Flask, jsonify, request
from flask.views import MethodView
from flask_jwt_extended import JWTManager, jwt_required
from flask_security import auth_required, permissions_required, roles_accepted, roles_required

app = Flask(__name__)
jwt = JWTManager(app)


@app.route("/api/me")
@jwt_required  # want: AV303
def me():
    return jsonify(current())


@app.route("/api/orders")
@jwt_required()  # ok: AV303
def orders():
    return jsonify(all_orders())


@app.route("/api/catalog")
@jwt_required(optional=True)  # ok: AV303
def catalog():
    return jsonify(products())


@app.route("/api/admin/users")
@roles_required  # want: AV303
def admin_users():
    return jsonify(users())


@app.route("/api/admin/audit")
@roles_required("admin")  # ok: AV303
def audit():
    return jsonify(audit_log())


@app.route("/api/reports")
@roles_accepted  # want: AV303
def reports():
    return jsonify(all_reports())


@app.route("/api/refunds", methods=["POST"])
@permissions_required  # want: AV303
def refund():
    return jsonify(do_refund(request.json))


@app.route("/api/settings")
@auth_required  # want: AV303
def settings():
    return jsonify(current_settings())


@app.route("/api/profile")
@auth_required("token", "session")  # ok: AV303
def profile():
    return jsonify(current())


class InvoiceAPI(MethodView):
    decorators = [jwt_required]  # want: AV303

    def get(self):
        return jsonify(invoices())


class ReceiptAPI(MethodView):
    decorators = [jwt_required()]  # ok: AV303

    def get(self):
        return jsonify(receipts())


def export():
    return jsonify(start_export())


app.add_url_rule("/api/invoices", view_func=InvoiceAPI.as_view("invoices"))
app.add_url_rule("/api/receipts", view_func=ReceiptAPI.as_view("receipts"))
app.add_url_rule("/api/export", view_func=jwt_required(export), methods=["POST"])  # want: AV303
