package corpusgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// flaskService writes one Flask application package (application factory, blueprints,
// Flask-SQLAlchemy models, API clients, utilities, pytest suite).
func flaskService(w *writer, r *rand.Rand, dir string, ents []entity, fl pyFlags) {
	p := func(rel string) string { return dir + "/" + rel }
	w.write(p("__init__.py"), "\"\"\"The "+dir+" service.\"\"\"\nfrom .app import create_app\n\n__all__ = [\"create_app\"]\n")
	w.write(p("app.py"), flaskApp(r, ents, fl))
	w.write(p("config.py"), flaskConfig(r, fl))
	w.write(p("extensions.py"), "\"\"\"Extension instances, initialised by the application factory.\"\"\"\n"+
		"from flask_limiter import Limiter\nfrom flask_limiter.util import get_remote_address\nfrom flask_sqlalchemy import SQLAlchemy\n\n"+
		"db = SQLAlchemy()\nlimiter = Limiter(key_func=get_remote_address, default_limits=[\"200 per minute\"])\n")
	w.write(p("models/__init__.py"), "")
	w.write(p("routes/__init__.py"), flaskRoutesInit(ents))
	for _, e := range ents {
		w.write(p("models/"+e.Name+".py"), withHelpers(flaskModel(r, e), r, []entity{e}, 5+r.IntN(4), "m"))
		w.write(p("routes/"+e.Plural+".py"), withHelpers(flaskRoutes(r, e, fl), r, []entity{e}, 14+r.IntN(6), "r"))
	}
	w.write(p("routes/auth.py"), withHelpers(flaskAuth(r, fl), r, ents, 3+r.IntN(3), "a"))
	w.write(p("routes/admin.py"), withHelpers(flaskAdmin(r, ents, fl), r, ents, 2+r.IntN(3), "ad"))
	w.write(p("services/__init__.py"), "")
	for i, v := range pickN(r, vendors, 3) {
		s := newPy()
		pyClient(s, r, fl, v, pickN(r, ents, 2), false)
		w.write(p("services/"+v+"_client.py"), withHelpers(s.String(), r, ents[i:i+1], 3+r.IntN(3), "c"))
	}
	w.write(p("services/db.py"), withHelpers(pyRawDB(r, ents, fl), r, ents, 3+r.IntN(3), "d"))
	w.write(p("utils/__init__.py"), "")
	for _, name := range []string{"pagination", "validators", "formatting"} {
		w.write(p("utils/"+name+".py"), pyUtilModule(r, name, ents))
	}
	w.write(p("tests/__init__.py"), "")
	w.write(p("tests/conftest.py"), flaskConftest(r))
	for _, e := range ents {
		s := newPy()
		pyTestHeader(s, "Tests of the "+e.Plural+" endpoints.")
		s.l(0, "from ..models.%s import %s", e.Name, e.Class)
		pyTestCases(s, r, e, "/api", "get_json()", 26+r.IntN(10))
		s.blank()
		s.blank()
		s.l(0, "def test_%s_repr():", e.Name)
		s.l(1, `item = %s(name="x")`, e.Class)
		s.l(1, `assert "x" in repr(item)`)
		w.write(p("tests/test_"+e.Plural+".py"), s.String())
	}
}

func flaskApp(r *rand.Rand, ents []entity, fl pyFlags) string {
	s := newPy()
	s.l(0, `"""Application factory."""`)
	s.l(0, "import logging")
	s.l(0, "import os")
	s.l(0, "import time")
	s.blank()
	s.l(0, "from flask import Flask, g, jsonify, request")
	s.l(0, "from flask_cors import CORS")
	s.l(0, "from flask_jwt_extended import JWTManager")
	s.blank()
	s.l(0, "from .config import get_config")
	s.l(0, "from .extensions import db, limiter")
	s.l(0, "from .routes import register_blueprints")
	s.blank()
	if fl.debugLogging {
		s.l(0, "logging.basicConfig(level=logging.DEBUG)")
	} else {
		s.l(0, `logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))`)
	}
	s.l(0, "logger = logging.getLogger(__name__)")
	s.blank()
	s.blank()
	s.l(0, "def create_app(config_name=None):")
	s.l(1, "app = Flask(__name__)")
	s.l(1, `app.config.from_object(get_config(config_name or os.environ.get("APP_ENV", "production")))`)
	s.l(1, "db.init_app(app)")
	s.l(1, "limiter.init_app(app)")
	s.l(1, "JWTManager(app)")
	if fl.corsAll {
		s.l(1, `CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)`)
	} else {
		s.l(1, `CORS(app, resources={r"/api/*": {"origins": app.config["ALLOWED_ORIGINS"]}})`)
	}
	s.l(1, "register_blueprints(app)")
	s.l(1, "register_error_handlers(app)")
	s.l(1, "register_hooks(app)")
	s.l(1, "return app")
	s.blank()
	s.blank()
	s.l(0, "def register_error_handlers(app):")
	s.l(1, "@app.errorhandler(404)")
	s.l(1, "def not_found(error):")
	s.l(2, `return jsonify({"error": "not found"}), 404`)
	s.blank()
	s.l(1, "@app.errorhandler(400)")
	s.l(1, "def bad_request(error):")
	s.l(2, `return jsonify({"error": "bad request"}), 400`)
	s.blank()
	s.l(1, "@app.errorhandler(500)")
	s.l(1, "def internal_error(error):")
	s.l(2, `logger.exception("unhandled error on %%s", request.path)`)
	if fl.errorDetail {
		s.l(2, `return jsonify({"error": str(error)}), 500`)
	} else {
		s.l(2, `return jsonify({"error": "internal server error"}), 500`)
	}
	s.blank()
	s.blank()
	s.l(0, "def register_hooks(app):")
	s.l(1, "@app.before_request")
	s.l(1, "def start_timer():")
	s.l(2, "g.started = time.monotonic()")
	s.blank()
	s.l(1, "@app.after_request")
	s.l(1, "def security_headers(response):")
	s.l(2, `response.headers["X-Content-Type-Options"] = "nosniff"`)
	s.l(2, `response.headers["X-Frame-Options"] = "DENY"`)
	s.l(2, `response.headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"`)
	s.l(2, `elapsed = time.monotonic() - g.get("started", time.monotonic())`)
	s.l(2, `logger.info("%%s %%s %%s %%.3fs", request.method, request.path, response.status_code, elapsed)`)
	s.l(2, "return response")
	s.blank()
	s.l(1, `@app.route("/healthz")`)
	s.l(1, "def healthz():")
	s.l(2, `return jsonify({"status": "ok", "services": %s})`, pyTuple(names(ents)))
	s.blank()
	s.blank()
	s.l(0, "app = create_app()")
	s.blank()
	s.l(0, `if __name__ == "__main__":`)
	if fl.debugRun {
		s.l(1, "app.run(debug=True)")
	} else {
		s.l(1, `app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "5000")), debug=os.environ.get("FLASK_DEBUG") == "1")`)
	}
	return s.String()
}

func names(ents []entity) []string {
	var out []string
	for _, e := range ents {
		out = append(out, e.Plural)
	}
	return out
}

func flaskConfig(r *rand.Rand, fl pyFlags) string {
	s := newPy()
	s.l(0, `"""Configuration classes, chosen by APP_ENV."""`)
	s.l(0, "import os")
	s.l(0, "from datetime import timedelta")
	s.blank()
	s.blank()
	s.l(0, "class Config:")
	if fl.hardSecret {
		s.l(1, `SECRET_KEY = "%s"`, fakeSecret(r))
	} else {
		s.l(1, `SECRET_KEY = os.environ.get("SECRET_KEY")`)
	}
	s.l(1, `SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///app.db")`)
	s.l(1, "SQLALCHEMY_TRACK_MODIFICATIONS = False")
	s.l(1, "JWT_ACCESS_TOKEN_EXPIRES = timedelta(minutes=%d)", 5+r.IntN(55))
	s.l(1, "JWT_REFRESH_TOKEN_EXPIRES = timedelta(days=%d)", 1+r.IntN(30))
	s.l(1, `ALLOWED_ORIGINS = os.environ.get("ALLOWED_ORIGINS", "https://app.example.com").split(",")`)
	s.l(1, "MAX_CONTENT_LENGTH = %d * 1024 * 1024", 1+r.IntN(16))
	s.l(1, `SESSION_COOKIE_SECURE = True`)
	s.l(1, `SESSION_COOKIE_HTTPONLY = True`)
	s.l(1, `SESSION_COOKIE_SAMESITE = "Lax"`)
	s.blank()
	s.blank()
	s.l(0, "class DevelopmentConfig(Config):")
	s.l(1, `SQLALCHEMY_DATABASE_URI = "sqlite:///dev.db"`)
	s.l(1, "SESSION_COOKIE_SECURE = False")
	s.blank()
	s.blank()
	s.l(0, "class TestingConfig(Config):")
	s.l(1, "TESTING = True")
	s.l(1, `SQLALCHEMY_DATABASE_URI = "sqlite://"`)
	s.blank()
	s.blank()
	s.l(0, "class ProductionConfig(Config):")
	s.l(1, "DEBUG = False")
	s.blank()
	s.blank()
	s.l(0, "CONFIGS = {")
	s.l(1, `"development": DevelopmentConfig,`)
	s.l(1, `"testing": TestingConfig,`)
	s.l(1, `"production": ProductionConfig,`)
	s.l(0, "}")
	s.blank()
	s.blank()
	s.l(0, "def get_config(name):")
	s.l(1, "return CONFIGS.get(name, ProductionConfig)")
	return s.String()
}

func flaskRoutesInit(ents []entity) string {
	s := newPy()
	s.l(0, `"""Blueprint registration."""`)
	for _, e := range ents {
		s.l(0, "from .%s import bp as %s_bp", e.Plural, e.Plural)
	}
	s.l(0, "from .admin import bp as admin_bp")
	s.l(0, "from .auth import bp as auth_bp")
	s.blank()
	s.blank()
	s.l(0, "def register_blueprints(app):")
	for _, e := range ents {
		s.l(1, "app.register_blueprint(%s_bp)", e.Plural)
	}
	s.l(1, "app.register_blueprint(admin_bp)")
	s.l(1, "app.register_blueprint(auth_bp)")
	return s.String()
}

func sqlaType(f field) string {
	switch f.Kind {
	case "int":
		return "db.Integer"
	case "float":
		return "db.Numeric(12, 2)"
	case "bool":
		return "db.Boolean"
	case "time":
		return "db.DateTime"
	}
	return "db.String(255)"
}

func flaskModel(r *rand.Rand, e entity) string {
	s := newPy()
	s.l(0, `"""The %s model."""`, e.Name)
	s.l(0, "from datetime import datetime")
	s.blank()
	s.l(0, "from ..extensions import db")
	s.blank()
	s.blank()
	s.l(0, "class %s(db.Model):", e.Class)
	s.l(1, `__tablename__ = "%s"`, e.Plural)
	s.blank()
	s.l(1, "id = db.Column(db.Integer, primary_key=True)")
	for _, f := range e.Fields {
		s.l(1, "%s = db.Column(%s, nullable=%s)", f.Name, sqlaType(f), map[bool]string{true: "False", false: "True"}[f.Name == "name"])
	}
	s.l(1, "created_at = db.Column(db.DateTime, default=datetime.utcnow, nullable=False)")
	s.l(1, "updated_at = db.Column(db.DateTime, default=datetime.utcnow, onupdate=datetime.utcnow)")
	s.blank()
	s.l(1, "EDITABLE = %s", pyTuple(fieldNames(e)))
	s.blank()
	s.l(1, "def to_dict(self):")
	s.l(2, "return {")
	s.l(3, `"id": self.id,`)
	for _, f := range e.Fields {
		if f.Kind == "time" {
			s.l(3, `"%s": self.%s.isoformat() if self.%s else None,`, f.Name, f.Name, f.Name)
		} else if f.Kind == "float" {
			s.l(3, `"%s": float(self.%s) if self.%s is not None else None,`, f.Name, f.Name, f.Name)
		} else {
			s.l(3, `"%s": self.%s,`, f.Name, f.Name)
		}
	}
	s.l(3, `"created_at": self.created_at.isoformat() if self.created_at else None,`)
	s.l(2, "}")
	s.blank()
	s.l(1, "@classmethod")
	s.l(1, "def from_dict(cls, data):")
	s.l(2, "obj = cls()")
	s.l(2, "obj.update(data)")
	s.l(2, "return obj")
	s.blank()
	s.l(1, "def update(self, data):")
	s.l(2, "for key in self.EDITABLE:")
	s.l(3, "if key in data:")
	s.l(4, "setattr(self, key, data[key])")
	s.l(2, "return self")
	s.blank()
	s.l(1, "def __repr__(self):")
	s.l(2, `return f"<%s {self.id} {self.name!r}>"`, e.Class)
	s.blank()
	s.blank()
	s.l(0, "def validate_%s(data):", e.Name)
	s.l(1, `"""Return a list of problems with a %s payload."""`, e.Name)
	s.l(1, "errors = []")
	s.l(1, `if not isinstance(data.get("name"), str) or not data["name"].strip():`)
	s.l(2, `errors.append("name is required")`)
	for _, f := range e.Fields[1:] {
		switch f.Kind {
		case "int":
			s.l(1, `if "%s" in data and not isinstance(data["%s"], int):`, f.Name, f.Name)
			s.l(2, `errors.append("%s must be an integer")`, f.Name)
		case "float":
			s.l(1, `if "%s" in data and not isinstance(data["%s"], (int, float)):`, f.Name, f.Name)
			s.l(2, `errors.append("%s must be a number")`, f.Name)
		case "bool":
			s.l(1, `if "%s" in data and not isinstance(data["%s"], bool):`, f.Name, f.Name)
			s.l(2, `errors.append("%s must be true or false")`, f.Name)
		default:
			s.l(1, `if len(str(data.get("%s", ""))) > 255:`, f.Name)
			s.l(2, `errors.append("%s is too long")`, f.Name)
		}
	}
	s.l(1, "return errors")
	return s.String()
}

func flaskRoutes(r *rand.Rand, e entity, fl pyFlags) string {
	s := newPy()
	s.l(0, `"""REST endpoints for %s."""`, e.Plural)
	s.l(0, "from flask import Blueprint, abort, jsonify, request")
	s.l(0, "from flask_jwt_extended import get_jwt_identity, jwt_required")
	s.l(0, "from sqlalchemy import text")
	s.blank()
	s.l(0, "from ..extensions import db, limiter")
	s.l(0, "from ..models.%s import %s, validate_%s", e.Name, e.Class, e.Name)
	s.l(0, "from ..utils.pagination import paginate")
	s.blank()
	s.l(0, `bp = Blueprint("%s", __name__, url_prefix="/api/%s")`, e.Plural, e.Plural)
	s.blank()
	s.blank()
	s.l(0, `@bp.route("", methods=["GET"])`)
	s.l(0, "@jwt_required()")
	s.l(0, "def list_%s():", e.Plural)
	s.l(1, `page = request.args.get("page", 1, type=int)`)
	s.l(1, `per_page = min(request.args.get("per_page", 20, type=int), 100)`)
	s.l(1, "if page < 1:")
	s.l(2, "abort(400)")
	s.l(1, "query = %s.query.order_by(%s.created_at.desc())", e.Class, e.Class)
	s.l(1, `status = request.args.get("status")`)
	s.l(1, "if status:")
	s.l(2, "query = query.filter_by(status=status)")
	s.l(1, "return jsonify(paginate(query, page, per_page, lambda item: item.to_dict()))")
	s.blank()
	s.blank()
	s.l(0, `@bp.route("/<int:item_id>", methods=["GET"])`)
	s.l(0, "@jwt_required()")
	s.l(0, "def get_%s(item_id):", e.Name)
	s.l(1, "item = %s.query.get_or_404(item_id)", e.Class)
	s.l(1, "return jsonify(item.to_dict())")
	s.blank()
	s.blank()
	s.l(0, `@bp.route("", methods=["POST"])`)
	s.l(0, "@jwt_required()")
	s.l(0, `@limiter.limit("30 per minute")`)
	s.l(0, "def create_%s():", e.Name)
	s.l(1, "data = request.get_json(silent=True) or {}")
	s.l(1, "errors = validate_%s(data)", e.Name)
	s.l(1, "if errors:")
	s.l(2, `return jsonify({"errors": errors}), 400`)
	s.l(1, "item = %s.from_dict(data)", e.Class)
	s.l(1, "db.session.add(item)")
	s.l(1, "db.session.commit()")
	s.l(1, `current_app_user = get_jwt_identity()`)
	s.l(1, `return jsonify({**item.to_dict(), "created_by": current_app_user}), 201`)
	s.blank()
	s.blank()
	s.l(0, `@bp.route("/<int:item_id>", methods=["PUT", "PATCH"])`)
	s.l(0, "@jwt_required()")
	s.l(0, "def update_%s(item_id):", e.Name)
	s.l(1, "item = %s.query.get_or_404(item_id)", e.Class)
	s.l(1, "data = request.get_json(silent=True) or {}")
	s.l(1, "errors = validate_%s({**item.to_dict(), **data})", e.Name)
	s.l(1, "if errors:")
	s.l(2, `return jsonify({"errors": errors}), 400`)
	s.l(1, "item.update(data)")
	s.l(1, "db.session.commit()")
	s.l(1, "return jsonify(item.to_dict())")
	s.blank()
	s.blank()
	s.l(0, `@bp.route("/<int:item_id>", methods=["DELETE"])`)
	if !fl.openRoute {
		s.l(0, "@jwt_required()")
	}
	s.l(0, "def delete_%s(item_id):", e.Name)
	s.l(1, "item = %s.query.get_or_404(item_id)", e.Class)
	s.l(1, "db.session.delete(item)")
	s.l(1, "db.session.commit()")
	s.l(1, `return "", 204`)
	s.blank()
	s.blank()
	s.l(0, `@bp.route("/search", methods=["GET"])`)
	s.l(0, "@jwt_required()")
	s.l(0, "def search_%s():", e.Plural)
	s.l(1, `term = request.args.get("q", "")`)
	if fl.sqlFString {
		s.l(1, `rows = db.session.execute(text(f"SELECT id, name FROM %s WHERE name LIKE '%%{term}%%'")).fetchall()`, e.Plural)
	} else {
		s.l(1, `rows = db.session.execute(text("SELECT id, name FROM %s WHERE name LIKE :term"), {"term": f"%%{term}%%"}).fetchall()`, e.Plural)
	}
	s.l(1, `return jsonify([{"id": row.id, "name": row.name} for row in rows])`)
	s.blank()
	s.blank()
	s.l(0, `@bp.route("/stats", methods=["GET"])`)
	s.l(0, "@jwt_required()")
	s.l(0, "def %s_stats():", e.Name)
	s.l(1, "total = %s.query.count()", e.Class)
	s.l(1, `rows = db.session.execute(text("SELECT status, COUNT(*) AS n FROM %s GROUP BY status")).fetchall()`, e.Plural)
	s.l(1, `return jsonify({"total": total, "by_status": {row.status: row.n for row in rows}})`)
	return s.String()
}

func flaskAuth(r *rand.Rand, fl pyFlags) string {
	s := newPy()
	s.l(0, `"""Login and token refresh."""`)
	s.l(0, "import hashlib")
	s.l(0, "import hmac")
	s.l(0, "import os")
	s.blank()
	s.l(0, "from flask import Blueprint, jsonify, request")
	s.l(0, "from flask_jwt_extended import create_access_token, create_refresh_token, get_jwt_identity, jwt_required")
	s.l(0, "from sqlalchemy import text")
	s.l(0, "from werkzeug.security import check_password_hash, generate_password_hash")
	s.blank()
	s.l(0, "from ..extensions import db, limiter")
	s.blank()
	s.l(0, `bp = Blueprint("auth", __name__, url_prefix="/api/auth")`)
	s.blank()
	s.l(0, `WEBHOOK_SECRET = os.environ.get("WEBHOOK_SECRET", "").encode()`)
	s.blank()
	s.blank()
	s.l(0, "def hash_password(password):")
	if fl.weakHash {
		s.l(1, "return hashlib.md5(password.encode()).hexdigest()")
	} else {
		s.l(1, "return generate_password_hash(password)")
	}
	s.blank()
	s.blank()
	s.l(0, "def verify_password(stored, password):")
	if fl.weakHash {
		s.l(1, "return stored == hashlib.md5(password.encode()).hexdigest()")
	} else {
		s.l(1, "return check_password_hash(stored, password)")
	}
	s.blank()
	s.blank()
	s.l(0, `@bp.route("/login", methods=["POST"])`)
	s.l(0, `@limiter.limit("10 per minute")`)
	s.l(0, "def login():")
	s.l(1, "data = request.get_json(silent=True) or {}")
	s.l(1, `username = data.get("username", "")`)
	s.l(1, `password = data.get("password", "")`)
	s.l(1, `row = db.session.execute(text("SELECT id, password_hash FROM users WHERE username = :u"), {"u": username}).first()`)
	s.l(1, "if row is None or not verify_password(row.password_hash, password):")
	s.l(2, `return jsonify({"error": "invalid credentials"}), 401`)
	s.l(1, "identity = str(row.id)")
	s.l(1, `return jsonify({"access_token": create_access_token(identity=identity), "refresh_token": create_refresh_token(identity=identity)})`)
	s.blank()
	s.blank()
	s.l(0, `@bp.route("/refresh", methods=["POST"])`)
	s.l(0, "@jwt_required(refresh=True)")
	s.l(0, "def refresh():")
	s.l(1, `return jsonify({"access_token": create_access_token(identity=get_jwt_identity())})`)
	s.blank()
	s.blank()
	s.l(0, `@bp.route("/register", methods=["POST"])`)
	s.l(0, `@limiter.limit("5 per minute")`)
	s.l(0, "def register():")
	s.l(1, "data = request.get_json(silent=True) or {}")
	s.l(1, `username = (data.get("username") or "").strip()`)
	s.l(1, `password = data.get("password") or ""`)
	s.l(1, "if len(username) < 3 or len(password) < 12:")
	s.l(2, `return jsonify({"error": "username or password too short"}), 400`)
	s.l(1, `db.session.execute(text("INSERT INTO users (username, password_hash) VALUES (:u, :p)"), {"u": username, "p": hash_password(password)})`)
	s.l(1, "db.session.commit()")
	s.l(1, `return jsonify({"username": username}), 201`)
	s.blank()
	s.blank()
	s.l(0, `@bp.route("/webhook", methods=["POST"])`)
	s.l(0, "def webhook():")
	s.l(1, `signature = request.headers.get("X-Signature", "")`)
	s.l(1, "expected = hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()")
	s.l(1, "if not hmac.compare_digest(signature, expected):")
	s.l(2, `return jsonify({"error": "bad signature"}), 401`)
	s.l(1, `return jsonify({"received": True})`)
	return s.String()
}

func flaskAdmin(r *rand.Rand, ents []entity, fl pyFlags) string {
	s := newPy()
	s.l(0, `"""Administrative endpoints."""`)
	s.l(0, "from functools import wraps")
	s.blank()
	s.l(0, "from flask import Blueprint, jsonify")
	s.l(0, "from flask_jwt_extended import get_jwt, jwt_required")
	s.blank()
	s.l(0, "from ..extensions import db")
	for _, e := range ents {
		s.l(0, "from ..models.%s import %s", e.Name, e.Class)
	}
	s.blank()
	s.l(0, `bp = Blueprint("admin", __name__, url_prefix="/api/admin")`)
	s.blank()
	s.blank()
	s.l(0, "def admin_required(view):")
	s.l(1, "@wraps(view)")
	s.l(1, "@jwt_required()")
	s.l(1, "def wrapper(*args, **kwargs):")
	s.l(2, `if "admin" not in get_jwt().get("roles", []):`)
	s.l(3, `return jsonify({"error": "forbidden"}), 403`)
	s.l(2, "return view(*args, **kwargs)")
	s.blank()
	s.l(1, "return wrapper")
	for _, e := range ents {
		s.blank()
		s.blank()
		s.l(0, `@bp.route("/%s/purge", methods=["POST"])`, e.Plural)
		if !fl.openRoute || r.IntN(2) == 0 {
			s.l(0, "@admin_required")
		}
		s.l(0, "def purge_%s():", e.Plural)
		s.l(1, "deleted = %s.query.filter_by(archived=True).delete() if hasattr(%s, \"archived\") else 0", e.Class, e.Class)
		s.l(1, "db.session.commit()")
		s.l(1, `return jsonify({"deleted": deleted})`)
	}
	s.blank()
	s.blank()
	s.l(0, `@bp.route("/counts", methods=["GET"])`)
	s.l(0, "@admin_required")
	s.l(0, "def counts():")
	s.l(1, "return jsonify({")
	for _, e := range ents {
		s.l(2, `"%s": %s.query.count(),`, e.Plural, e.Class)
	}
	s.l(1, "})")
	return s.String()
}

func flaskConftest(r *rand.Rand) string {
	s := newPy()
	s.l(0, `"""Fixtures for the service's tests."""`)
	s.l(0, "import pytest")
	s.l(0, "from flask_jwt_extended import create_access_token")
	s.blank()
	s.l(0, "from ..app import create_app")
	s.l(0, "from ..extensions import db")
	s.blank()
	s.l(0, `TEST_PASSWORD = "%s"`, pick(r, []string{"hunter2", "correct horse battery staple", "test-password"}))
	s.blank()
	s.blank()
	s.l(0, "@pytest.fixture")
	s.l(0, "def app():")
	s.l(1, `app = create_app("testing")`)
	s.l(1, "with app.app_context():")
	s.l(2, "db.create_all()")
	s.l(2, "yield app")
	s.l(2, "db.drop_all()")
	s.blank()
	s.blank()
	s.l(0, "@pytest.fixture")
	s.l(0, "def client(app):")
	s.l(1, "return app.test_client()")
	s.blank()
	s.blank()
	s.l(0, "@pytest.fixture")
	s.l(0, "def auth_headers(app):")
	s.l(1, "with app.app_context():")
	s.l(2, `token = create_access_token(identity="1", additional_claims={"roles": ["admin"]})`)
	s.l(1, `return {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}`)
	return s.String()
}

// pyRawDB writes a module of hand-written SQL through sqlite3 / DB-API cursors.
func pyRawDB(r *rand.Rand, ents []entity, fl pyFlags) string {
	s := newPy()
	s.l(0, `"""Reporting queries that bypass the ORM."""`)
	s.l(0, "import contextlib")
	s.l(0, "import os")
	s.l(0, "import sqlite3")
	s.blank()
	s.l(0, `DB_PATH = os.environ.get("REPORT_DB", "reports.db")`)
	s.blank()
	s.blank()
	s.l(0, "@contextlib.contextmanager")
	s.l(0, "def connect():")
	s.l(1, "conn = sqlite3.connect(DB_PATH)")
	s.l(1, "conn.row_factory = sqlite3.Row")
	s.l(1, "try:")
	s.l(2, "yield conn")
	s.l(2, "conn.commit()")
	s.l(1, "finally:")
	s.l(2, "conn.close()")
	for _, e := range ents {
		cols := strings.Join(fieldNames(e), ", ")
		s.blank()
		s.blank()
		s.l(0, "def fetch_%s(owner, limit=50):", e.Plural)
		s.l(1, "with connect() as conn:")
		s.l(2, "cursor = conn.cursor()")
		if fl.sqlFString {
			s.l(2, `cursor.execute(f"SELECT id, %s FROM %s WHERE owner = '{owner}' LIMIT {limit}")`, cols, e.Plural)
		} else {
			s.l(2, `cursor.execute("SELECT id, %s FROM %s WHERE owner = ? LIMIT ?", (owner, limit))`, cols, e.Plural)
		}
		s.l(2, "return [dict(row) for row in cursor.fetchall()]")
		s.blank()
		s.blank()
		s.l(0, "def count_%s_by_day(days=30):", e.Plural)
		s.l(1, `query = "SELECT date(created_at) AS day, COUNT(*) AS n FROM %s WHERE created_at >= date('now', ?) GROUP BY day ORDER BY day"`, e.Plural)
		s.l(1, "with connect() as conn:")
		s.l(2, `rows = conn.execute(query, (f"-{int(days)} days",)).fetchall()`)
		s.l(1, `return [(row["day"], row["n"]) for row in rows]`)
		s.blank()
		s.blank()
		s.l(0, "def sort_%s(column, direction=\"asc\"):", e.Plural)
		s.l(1, "allowed = {%s}", strings.Join(quoteAll(fieldNames(e)), ", "))
		s.l(1, "if column not in allowed:")
		s.l(2, `raise ValueError(f"cannot sort by {column}")`)
		s.l(1, `order = "DESC" if direction == "desc" else "ASC"`)
		s.l(1, "with connect() as conn:")
		s.l(2, `return conn.execute("SELECT id, name FROM %s ORDER BY " + column + " " + order).fetchall()`, e.Plural)
	}
	return s.String()
}

func quoteAll(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = fmt.Sprintf("%q", x)
	}
	return out
}

// pyUtilModule writes a utilities module: a few framework-free helpers per entity.
func pyUtilModule(r *rand.Rand, name string, ents []entity) string {
	s := newPy()
	s.l(0, `"""%s helpers."""`, strings.ToUpper(name[:1])+name[1:])
	pyUtilImports(s)
	if name == "pagination" {
		s.blank()
		s.blank()
		s.l(0, "def paginate(query, page: int, per_page: int, serialize) -> Dict[str, Any]:")
		s.l(1, `"""Return one page of a query with its metadata."""`)
		s.l(1, "total = query.count()")
		s.l(1, "items = query.offset((page - 1) * per_page).limit(per_page).all()")
		s.l(1, "return {")
		s.l(2, `"items": [serialize(item) for item in items],`)
		s.l(2, `"page": page,`)
		s.l(2, `"per_page": per_page,`)
		s.l(2, `"total": total,`)
		s.l(2, `"pages": (total + per_page - 1) // per_page,`)
		s.l(1, "}")
	}
	per := (22 + r.IntN(9)) / len(ents)
	for i, e := range ents {
		pyUtilFuncs(s, r, e, per, fmt.Sprintf("%c%d", name[0], i))
	}
	return s.String()
}
