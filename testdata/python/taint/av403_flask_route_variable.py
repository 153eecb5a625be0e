from flask import Blueprint

bp = Blueprint("profiles", __name__)


# The route's variables are client text even in a module that never reads the request object.


@bp.get("/profiles/<handle>")
def profile(handle):
    return f"No profile named {handle}", 404  # want: AV403


@bp.get("/profiles/<int:pid>/card")
def card(pid):
    return f"Profile {pid}"  # ok: AV403
