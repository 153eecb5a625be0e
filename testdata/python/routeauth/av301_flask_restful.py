"""A notes API written with Flask-RESTful: resources guarded by method_decorators (a list, a dict
by method, or inherited from a base resource), by a decorator on the method, by the decorators of
their Api, and by the before_request hook of the blueprint their Api is bound to. The resources
left unguarded among them are what AV301 reports."""
from flask import Blueprint, Flask, abort, g, request
from flask_httpauth import HTTPTokenAuth
from flask_jwt_extended import jwt_required
from flask_restful import Api, Resource

from legacy.rest import Resource as LegacyResource
from legacy.rest import Registry

app = Flask(__name__)
auth = HTTPTokenAuth(scheme="Bearer")
api = Api(app)
admin_bp = Blueprint("admin", __name__, url_prefix="/admin")
admin_api = Api(admin_bp)
audit_api = Api(app, prefix="/audit", decorators=[auth.login_required])
legacy = Registry()


@auth.verify_token
def verify_token(token):
    return user_for_token(token)


@admin_bp.before_request
def require_admin():
    if not g.user or not g.user.is_admin:
        abort(403)


class NoteList(Resource):
    method_decorators = [jwt_required()]

    def get(self):  # ok: AV301
        return notes()

    def post(self):  # ok: AV301
        return add_note(request.json), 201


class Comments(Resource):
    method_decorators = {"post": [auth.login_required]}

    def get(self, nid):  # ok: AV301 (a safe GET on a path that is not sensitive)
        return comments(nid)

    def post(self, nid):  # ok: AV301
        return add_comment(nid, request.json), 201


class Tags(Resource):
    def get(self):
        return tags()

    @jwt_required()
    def post(self):  # ok: AV301
        return add_tag(request.json), 201

    def delete(self, name=None):  # want: AV301
        self._load(name).delete()
        return "", 204

    def _load(self, name):  # ok: AV301 (a helper, not a route)
        return find_tag(name)


class Share(Resource):
    def post(self, nid):  # want: AV301
        return share(nid, request.json["with"])


class ProtectedResource(Resource):
    method_decorators = [auth.login_required]


class Profile(ProtectedResource):
    def put(self):  # ok: AV301 (method_decorators of its base resource)
        return update_profile(request.json)


class Archive(Resource):
    method_decorators = [jwt_required]  # want: AV303

    def post(self, nid):  # ok: AV301 (the guard is broken, which AV303 reports)
        return archive(nid)


class UserLogin(Resource):
    def post(self):  # ok: AV301 (public by design)
        return issue_token(request.json)


class AuditLog(Resource):
    def delete(self):  # ok: AV301 (the decorators of audit_api)
        return clear_log()


class AdminUser(Resource):
    def delete(self, uid):  # ok: AV301 (the hook of the blueprint admin_api is bound to)
        return remove_user(uid)


class Drafts(Resource):
    def post(self):  # ok: AV301 (never registered: not a route)
        return add_draft(request.json)


class LegacyExport(LegacyResource):
    def post(self):  # ok: AV301 (another library's Resource)
        return export_all()


api.add_resource(NoteList, "/notes")
api.add_resource(Comments, "/notes/<int:nid>/comments")
api.add_resource(Tags, "/tags", "/tags/<string:name>", endpoint="tags")
api.add_resource(Share, "/notes/<int:nid>/share")
api.add_resource(Profile, "/profile")
api.add_resource(Archive, "/notes/<int:nid>/archive")
api.add_resource(UserLogin, "/auth/login")
audit_api.add_resource(AuditLog, "/log")
admin_api.add_resource(AdminUser, "/users/<int:uid>")
legacy.add_resource(LegacyExport, "/exports")
app.register_blueprint(admin_bp)
