package corpusgen

import (
	"math/rand/v2"
)

// fastapiService writes one FastAPI application package (routers with dependencies, pydantic
// schemas, SQLAlchemy models, httpx clients, settings, pytest suite).
func fastapiService(w *writer, r *rand.Rand, dir string, ents []entity, fl pyFlags) {
	p := func(rel string) string { return dir + "/" + rel }
	w.write(p("__init__.py"), "")
	w.write(p("main.py"), withHelpers(fastapiMain(r, ents, fl), r, ents, 2+r.IntN(3), "x"))
	w.write(p("settings.py"), fastapiSettings(r, fl))
	w.write(p("database.py"), fastapiDatabase(r))
	w.write(p("dependencies.py"), withHelpers(fastapiDeps(r, fl), r, ents, 2+r.IntN(3), "d"))
	w.write(p("core/__init__.py"), "")
	w.write(p("core/security.py"), withHelpers(fastapiSecurity(r, fl), r, ents, 2+r.IntN(3), "s"))
	w.write(p("schemas/__init__.py"), "")
	w.write(p("models/__init__.py"), "")
	w.write(p("routers/__init__.py"), "")
	for _, e := range ents {
		w.write(p("schemas/"+e.Name+".py"), withHelpers(fastapiSchema(r, e), r, []entity{e}, 2+r.IntN(3), "s"))
		w.write(p("models/"+e.Name+".py"), withHelpers(fastapiModel(r, e), r, []entity{e}, 4+r.IntN(4), "m"))
		w.write(p("routers/"+e.Plural+".py"), withHelpers(fastapiRouter(r, e, fl), r, []entity{e}, 14+r.IntN(6), "r"))
	}
	w.write(p("routers/health.py"), "\"\"\"Liveness and readiness probes.\"\"\"\nfrom fastapi import APIRouter\n\nrouter = APIRouter()\n\n\n"+
		"@router.get(\"/healthz\")\nasync def healthz():\n    return {\"status\": \"ok\"}\n\n\n@router.get(\"/readyz\")\nasync def readyz():\n    return {\"ready\": True}\n")
	w.write(p("services/__init__.py"), "")
	for i, v := range pickN(r, vendors, 3) {
		s := newPy()
		pyClient(s, r, fl, v, pickN(r, ents, 2), i != 2)
		w.write(p("services/"+v+".py"), withHelpers(s.String(), r, ents[i:i+1], 3+r.IntN(3), "c"))
	}
	w.write(p("services/reports.py"), withHelpers(pyRawDB(r, ents, fl), r, ents, 3+r.IntN(3), "q"))
	w.write(p("utils/__init__.py"), "")
	for _, name := range []string{"validators", "formatting"} {
		w.write(p("utils/"+name+".py"), pyUtilModule(r, name, ents))
	}
	w.write(p("tests/__init__.py"), "")
	w.write(p("tests/conftest.py"), fastapiConftest(r))
	for _, e := range ents {
		s := newPy()
		pyTestHeader(s, "Tests of the "+e.Plural+" router.")
		pyTestCases(s, r, e, "/api/v1", "json()", 26+r.IntN(10))
		w.write(p("tests/test_"+e.Plural+".py"), s.String())
	}
}

func fastapiMain(r *rand.Rand, ents []entity, fl pyFlags) string {
	s := newPy()
	s.l(0, `"""ASGI application."""`)
	s.l(0, "import logging")
	s.l(0, "import os")
	s.blank()
	s.l(0, "import uvicorn")
	s.l(0, "from fastapi import FastAPI, Request")
	s.l(0, "from fastapi.middleware.cors import CORSMiddleware")
	s.l(0, "from fastapi.responses import JSONResponse")
	s.blank()
	s.l(0, "from .routers import health")
	for _, e := range ents {
		s.l(0, "from .routers import %s", e.Plural)
	}
	s.l(0, "from .settings import settings")
	s.blank()
	if fl.debugLogging {
		s.l(0, "logging.basicConfig(level=logging.DEBUG)")
	}
	s.l(0, "logger = logging.getLogger(__name__)")
	s.blank()
	if fl.debugRun {
		s.l(0, `app = FastAPI(title="%s", debug=True)`, ents[0].Plural)
	} else {
		s.l(0, `app = FastAPI(title="%s", debug=settings.debug)`, ents[0].Plural)
	}
	s.blank()
	s.l(0, "app.add_middleware(")
	s.l(1, "CORSMiddleware,")
	if fl.corsAll {
		s.l(1, `allow_origins=["*"],`)
	} else {
		s.l(1, "allow_origins=settings.allowed_origins,")
	}
	s.l(1, "allow_credentials=True,")
	s.l(1, `allow_methods=["GET", "POST", "PUT", "DELETE"],`)
	s.l(1, `allow_headers=["Authorization", "Content-Type"],`)
	s.l(0, ")")
	s.blank()
	s.l(0, "app.include_router(health.router)")
	for _, e := range ents {
		s.l(0, `app.include_router(%s.router, prefix="/api/v1/%s", tags=["%s"])`, e.Plural, e.Plural, e.Plural)
	}
	s.blank()
	s.blank()
	s.l(0, "@app.exception_handler(Exception)")
	s.l(0, "async def unhandled(request: Request, exc: Exception):")
	s.l(1, `logger.exception("unhandled error on %%s", request.url.path)`)
	if fl.errorDetail {
		s.l(1, `return JSONResponse(status_code=500, content={"detail": repr(exc)})`)
	} else {
		s.l(1, `return JSONResponse(status_code=500, content={"detail": "internal server error"})`)
	}
	s.blank()
	s.blank()
	s.l(0, `@app.middleware("http")`)
	s.l(0, "async def security_headers(request: Request, call_next):")
	s.l(1, "response = await call_next(request)")
	s.l(1, `response.headers["X-Content-Type-Options"] = "nosniff"`)
	s.l(1, `response.headers["Cache-Control"] = "no-store"`)
	s.l(1, "return response")
	s.blank()
	s.blank()
	s.l(0, `if __name__ == "__main__":`)
	if fl.debugRun {
		s.l(1, `uvicorn.run("main:app", host="0.0.0.0", port=8000, reload=True, log_level="debug")`)
	} else {
		s.l(1, `uvicorn.run("main:app", host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))`)
	}
	return s.String()
}

func fastapiSettings(r *rand.Rand, fl pyFlags) string {
	s := newPy()
	s.l(0, `"""Settings read from the environment."""`)
	s.l(0, "from functools import lru_cache")
	s.l(0, "from typing import List")
	s.blank()
	s.l(0, "from pydantic_settings import BaseSettings, SettingsConfigDict")
	s.blank()
	s.blank()
	s.l(0, "class Settings(BaseSettings):")
	s.l(1, `model_config = SettingsConfigDict(env_file=".env", extra="ignore")`)
	s.blank()
	s.l(1, "debug: bool = False")
	s.l(1, `database_url: str = "postgresql+psycopg://app@db:5432/app"`)
	if fl.hardSecret {
		s.l(1, `jwt_secret: str = "%s"`, fakeSecret(r))
	} else {
		s.l(1, `jwt_secret: str = ""`)
	}
	s.l(1, `jwt_algorithm: str = "HS256"`)
	s.l(1, "access_token_minutes: int = %d", 5+r.IntN(55))
	s.l(1, `allowed_origins: List[str] = ["https://app.example.com"]`)
	s.l(1, "request_timeout: float = %d.0", 5+r.IntN(20))
	s.blank()
	s.blank()
	s.l(0, "@lru_cache")
	s.l(0, "def get_settings() -> Settings:")
	s.l(1, "return Settings()")
	s.blank()
	s.blank()
	s.l(0, "settings = get_settings()")
	return s.String()
}

func fastapiDatabase(r *rand.Rand) string {
	s := newPy()
	s.l(0, `"""Database engine and session dependency."""`)
	s.l(0, "from sqlalchemy import create_engine")
	s.l(0, "from sqlalchemy.orm import declarative_base, sessionmaker")
	s.blank()
	s.l(0, "from .settings import settings")
	s.blank()
	s.l(0, "engine = create_engine(settings.database_url, pool_pre_ping=True, pool_size=%d)", 5+r.IntN(15))
	s.l(0, "SessionLocal = sessionmaker(bind=engine, autoflush=False, autocommit=False)")
	s.l(0, "Base = declarative_base()")
	s.blank()
	s.blank()
	s.l(0, "def get_db():")
	s.l(1, "db = SessionLocal()")
	s.l(1, "try:")
	s.l(2, "yield db")
	s.l(1, "finally:")
	s.l(2, "db.close()")
	return s.String()
}

func fastapiDeps(r *rand.Rand, fl pyFlags) string {
	s := newPy()
	s.l(0, `"""Request dependencies: the current user and role checks."""`)
	s.l(0, "from typing import Dict")
	s.blank()
	s.l(0, "import jwt")
	s.l(0, "from fastapi import Depends, HTTPException, status")
	s.l(0, "from fastapi.security import OAuth2PasswordBearer")
	s.blank()
	s.l(0, "from .settings import settings")
	s.blank()
	s.l(0, `oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token")`)
	s.blank()
	s.blank()
	s.l(0, "def get_current_user(token: str = Depends(oauth2_scheme)) -> Dict:")
	s.l(1, "try:")
	if fl.jwtNoVerify {
		s.l(2, `payload = jwt.decode(token, options={"verify_signature": False})`)
	} else {
		s.l(2, "payload = jwt.decode(token, settings.jwt_secret, algorithms=[settings.jwt_algorithm])")
	}
	s.l(1, "except jwt.PyJWTError:")
	s.l(2, `raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token")`)
	s.l(1, `if "sub" not in payload:`)
	s.l(2, `raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token")`)
	s.l(1, "return payload")
	s.blank()
	s.blank()
	s.l(0, "def require_role(role: str):")
	s.l(1, "def checker(user: Dict = Depends(get_current_user)) -> Dict:")
	s.l(2, `if role not in user.get("roles", []):`)
	s.l(3, `raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="forbidden")`)
	s.l(2, "return user")
	s.blank()
	s.l(1, "return checker")
	return s.String()
}

func fastapiSecurity(r *rand.Rand, fl pyFlags) string {
	s := newPy()
	s.l(0, `"""Password hashing and token creation."""`)
	s.l(0, "import hashlib")
	s.l(0, "import secrets")
	s.l(0, "from datetime import datetime, timedelta, timezone")
	s.blank()
	s.l(0, "import jwt")
	s.l(0, "from passlib.context import CryptContext")
	s.blank()
	s.l(0, "from ..settings import settings")
	s.blank()
	s.l(0, `pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")`)
	s.blank()
	s.blank()
	s.l(0, "def hash_password(password: str) -> str:")
	if fl.weakHash {
		s.l(1, "return hashlib.sha1(password.encode()).hexdigest()")
	} else {
		s.l(1, "return pwd_context.hash(password)")
	}
	s.blank()
	s.blank()
	s.l(0, "def verify_password(password: str, hashed: str) -> bool:")
	if fl.weakHash {
		s.l(1, "return hashlib.sha1(password.encode()).hexdigest() == hashed")
	} else {
		s.l(1, "return pwd_context.verify(password, hashed)")
	}
	s.blank()
	s.blank()
	s.l(0, "def create_access_token(subject: str, roles=()) -> str:")
	s.l(1, "now = datetime.now(timezone.utc)")
	s.l(1, "claims = {")
	s.l(2, `"sub": subject,`)
	s.l(2, `"roles": list(roles),`)
	s.l(2, `"iat": now,`)
	s.l(2, `"exp": now + timedelta(minutes=settings.access_token_minutes),`)
	s.l(2, `"jti": secrets.token_hex(16),`)
	s.l(1, "}")
	s.l(1, "return jwt.encode(claims, settings.jwt_secret, algorithm=settings.jwt_algorithm)")
	s.blank()
	s.blank()
	s.l(0, "def fingerprint(value: str) -> str:")
	s.l(1, `"""A short, non-reversible tag for logs."""`)
	s.l(1, "return hashlib.sha256(value.encode()).hexdigest()[:12]")
	return s.String()
}

func fastapiSchema(r *rand.Rand, e entity) string {
	s := newPy()
	s.l(0, `"""Request and response schemas for %s."""`, e.Plural)
	s.l(0, "from datetime import datetime")
	s.l(0, "from typing import List, Optional")
	s.blank()
	s.l(0, "from pydantic import BaseModel, ConfigDict, Field, field_validator")
	s.blank()
	s.blank()
	s.l(0, "class %sBase(BaseModel):", e.Class)
	for _, f := range e.Fields {
		if f.Name == "name" {
			s.l(1, "name: str = Field(..., min_length=1, max_length=255)")
			continue
		}
		s.l(1, "%s: Optional[%s] = None", f.Name, pyPlainAnnotation(f))
	}
	s.blank()
	s.l(1, `@field_validator("name")`)
	s.l(1, "@classmethod")
	s.l(1, "def strip_name(cls, value: str) -> str:")
	s.l(2, "value = value.strip()")
	s.l(2, "if not value:")
	s.l(3, `raise ValueError("name must not be blank")`)
	s.l(2, "return value")
	s.blank()
	s.blank()
	s.l(0, "class %sCreate(%sBase):", e.Class, e.Class)
	s.l(1, "pass")
	s.blank()
	s.blank()
	s.l(0, "class %sUpdate(BaseModel):", e.Class)
	for _, f := range e.Fields {
		s.l(1, "%s: Optional[%s] = None", f.Name, pyPlainAnnotation(f))
	}
	s.blank()
	s.blank()
	s.l(0, "class %sOut(%sBase):", e.Class, e.Class)
	s.l(1, "model_config = ConfigDict(from_attributes=True)")
	s.blank()
	s.l(1, "id: int")
	s.l(1, "created_at: datetime")
	s.blank()
	s.blank()
	s.l(0, "class %sPage(BaseModel):", e.Class)
	s.l(1, "items: List[%sOut]", e.Class)
	s.l(1, "total: int")
	s.l(1, "page: int")
	s.l(1, "per_page: int")
	return s.String()
}

// pyPlainAnnotation is the annotation of a field inside Optional[...].
func pyPlainAnnotation(f field) string {
	switch f.Kind {
	case "int":
		return "int"
	case "float":
		return "float"
	case "bool":
		return "bool"
	case "time":
		return "datetime"
	}
	return "str"
}

func fastapiModel(r *rand.Rand, e entity) string {
	s := newPy()
	s.l(0, `"""ORM model for %s."""`, e.Plural)
	s.l(0, "from datetime import datetime")
	s.blank()
	s.l(0, "from sqlalchemy import Boolean, Column, DateTime, Integer, Numeric, String")
	s.blank()
	s.l(0, "from ..database import Base")
	s.blank()
	s.blank()
	s.l(0, "class %s(Base):", e.Class)
	s.l(1, `__tablename__ = "%s"`, e.Plural)
	s.blank()
	s.l(1, "id = Column(Integer, primary_key=True, index=True)")
	for _, f := range e.Fields {
		t := map[string]string{"int": "Integer", "float": "Numeric(12, 2)", "bool": "Boolean", "time": "DateTime", "str": "String(255)"}[f.Kind]
		s.l(1, "%s = Column(%s, nullable=%s)", f.Name, t, map[bool]string{true: "False", false: "True"}[f.Name == "name"])
	}
	s.l(1, "created_at = Column(DateTime, default=datetime.utcnow, nullable=False)")
	s.blank()
	s.l(1, "def __repr__(self) -> str:")
	s.l(2, `return f"%s(id={self.id!r}, name={self.name!r})"`, e.Class)
	return s.String()
}

func fastapiRouter(r *rand.Rand, e entity, fl pyFlags) string {
	s := newPy()
	s.l(0, `"""The %s endpoints."""`, e.Plural)
	s.l(0, "from typing import Dict, List")
	s.blank()
	s.l(0, "from fastapi import APIRouter, Depends, HTTPException, Query, status")
	s.l(0, "from sqlalchemy import text")
	s.l(0, "from sqlalchemy.orm import Session")
	s.blank()
	s.l(0, "from ..database import get_db")
	s.l(0, "from ..dependencies import get_current_user, require_role")
	s.l(0, "from ..models.%s import %s", e.Name, e.Class)
	s.l(0, "from ..schemas.%s import %sCreate, %sOut, %sPage, %sUpdate", e.Name, e.Class, e.Class, e.Class, e.Class)
	s.blank()
	s.l(0, "router = APIRouter()")
	s.blank()
	s.blank()
	s.l(0, `@router.get("", response_model=%sPage)`, e.Class)
	s.l(0, "def list_%s(", e.Plural)
	s.l(1, "page: int = Query(1, ge=1),")
	s.l(1, "per_page: int = Query(20, ge=1, le=100),")
	s.l(1, "db: Session = Depends(get_db),")
	s.l(1, "user: Dict = Depends(get_current_user),")
	s.l(0, "):")
	s.l(1, "query = db.query(%s).order_by(%s.created_at.desc())", e.Class, e.Class)
	s.l(1, "total = query.count()")
	s.l(1, "items = query.offset((page - 1) * per_page).limit(per_page).all()")
	s.l(1, `return {"items": items, "total": total, "page": page, "per_page": per_page}`)
	s.blank()
	s.blank()
	s.l(0, `@router.get("/{item_id}", response_model=%sOut)`, e.Class)
	s.l(0, "def get_%s(item_id: int, db: Session = Depends(get_db), user: Dict = Depends(get_current_user)):", e.Name)
	s.l(1, "item = db.get(%s, item_id)", e.Class)
	s.l(1, "if item is None:")
	s.l(2, `raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="%s not found")`, e.Name)
	s.l(1, "return item")
	s.blank()
	s.blank()
	s.l(0, `@router.post("", response_model=%sOut, status_code=status.HTTP_201_CREATED)`, e.Class)
	if fl.openRoute {
		s.l(0, "def create_%s(payload: %sCreate, db: Session = Depends(get_db)):", e.Name, e.Class)
	} else {
		s.l(0, "def create_%s(payload: %sCreate, db: Session = Depends(get_db), user: Dict = Depends(get_current_user)):", e.Name, e.Class)
	}
	s.l(1, "item = %s(**payload.model_dump())", e.Class)
	s.l(1, "db.add(item)")
	s.l(1, "db.commit()")
	s.l(1, "db.refresh(item)")
	s.l(1, "return item")
	s.blank()
	s.blank()
	s.l(0, `@router.patch("/{item_id}", response_model=%sOut)`, e.Class)
	s.l(0, "def update_%s(item_id: int, payload: %sUpdate, db: Session = Depends(get_db), user: Dict = Depends(get_current_user)):", e.Name, e.Class)
	s.l(1, "item = db.get(%s, item_id)", e.Class)
	s.l(1, "if item is None:")
	s.l(2, `raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="%s not found")`, e.Name)
	s.l(1, "for key, value in payload.model_dump(exclude_unset=True).items():")
	s.l(2, "setattr(item, key, value)")
	s.l(1, "db.commit()")
	s.l(1, "return item")
	s.blank()
	s.blank()
	s.l(0, `@router.delete("/{item_id}", status_code=status.HTTP_204_NO_CONTENT)`)
	s.l(0, `def delete_%s(item_id: int, db: Session = Depends(get_db), user: Dict = Depends(require_role("admin"))):`, e.Name)
	s.l(1, "item = db.get(%s, item_id)", e.Class)
	s.l(1, "if item is not None:")
	s.l(2, "db.delete(item)")
	s.l(2, "db.commit()")
	s.blank()
	s.blank()
	s.l(0, `@router.get("/search/by-name", response_model=List[%sOut])`, e.Class)
	s.l(0, "def search_%s(q: str = Query(..., min_length=1), db: Session = Depends(get_db), user: Dict = Depends(get_current_user)):", e.Plural)
	if fl.sqlFString {
		s.l(1, `rows = db.execute(text(f"SELECT id FROM %s WHERE name ILIKE '%%{q}%%'")).fetchall()`, e.Plural)
	} else {
		s.l(1, `rows = db.execute(text("SELECT id FROM %s WHERE name ILIKE :q"), {"q": f"%%{q}%%"}).fetchall()`, e.Plural)
	}
	s.l(1, "ids = [row.id for row in rows]")
	s.l(1, "return db.query(%s).filter(%s.id.in_(ids)).all()", e.Class, e.Class)
	return s.String()
}

func fastapiConftest(r *rand.Rand) string {
	s := newPy()
	s.l(0, `"""Fixtures for the API tests."""`)
	s.l(0, "import pytest")
	s.l(0, "from fastapi.testclient import TestClient")
	s.blank()
	s.l(0, "from ..core.security import create_access_token")
	s.l(0, "from ..main import app")
	s.blank()
	s.blank()
	s.l(0, "@pytest.fixture")
	s.l(0, "def client():")
	s.l(1, "with TestClient(app) as c:")
	s.l(2, "yield c")
	s.blank()
	s.blank()
	s.l(0, "@pytest.fixture")
	s.l(0, "def auth_headers():")
	s.l(1, `token = create_access_token("%d", roles=["admin"])`, 1+r.IntN(99))
	s.l(1, `return {"Authorization": f"Bearer {token}"}`)
	return s.String()
}
