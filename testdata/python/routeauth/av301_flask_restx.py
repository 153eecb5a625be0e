"""A shop API written with Flask-RESTX: namespaces created on the Api and on their own, resources
registered with @ns.route, @api.route and ns.add_resource, guarded by the namespace's decorators,
by method_decorators and by decorators on the method. @ns.doc(security=...) only documents the
API: it checks nothing."""
from flask import Blueprint, Flask, request
from flask_jwt_extended import jwt_required
from flask_login import login_required
from flask_restx import Api, Namespace, Resource

from shop.api.base import BaseResource

app = Flask(__name__)
blueprint = Blueprint("api", __name__, url_prefix="/api/v1")
api = Api(blueprint, title="Shop", authorizations={"apikey": {"type": "apiKey", "in": "header", "name": "X-API-Key"}})
carts = api.namespace("carts", description="Shopping carts")
admin = Namespace("admin", path="/backoffice", decorators=[jwt_required()])
products = Namespace("products")


@carts.route("")
class CartList(Resource):
    method_decorators = [login_required]

    def get(self):  # ok: AV301
        return carts_of_user()

    def post(self):  # ok: AV301
        return new_cart(request.json), 201


@carts.route("/<int:cid>")
class Cart(Resource):
    @carts.doc(security="apikey")
    def get(self, cid):
        return cart(cid)

    @jwt_required()
    def put(self, cid):  # ok: AV301
        return update_cart(cid, request.json)


@products.route("/<int:pid>")
class Product(Resource):
    def get(self, pid):
        return product(pid)

    @products.doc(security="apikey")
    def delete(self, pid):  # want: AV301
        return remove_product(pid)


class ProductImport(Resource):
    @login_required
    def post(self):  # ok: AV301
        return import_products(request.files["file"])


@admin.route("/users/<int:uid>")
class AdminUser(Resource):
    def get(self, uid):  # ok: AV301 (the decorators of the admin namespace)
        return user(uid)

    def delete(self, uid):  # ok: AV301 (the decorators of the admin namespace)
        return remove_user(uid)


@api.route("/coupons")
class Coupons(Resource):
    def post(self):  # want: AV301
        return redeem(request.json["code"])


@api.route("/healthz")
class Health(Resource):
    def get(self):  # ok: AV301 (public by design)
        return {"status": "ok"}


@products.route("/featured")
class Featured(BaseResource):
    def post(self):  # ok: AV301 (its base resource, from another module, may guard it)
        return feature(request.json)


products.add_resource(ProductImport, "/import")
api.add_namespace(admin)
api.add_namespace(products, path="/catalog")
app.register_blueprint(blueprint)
