"""FastAPI authentication dependencies called where they should be passed."""
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Security
from fastapi.security import HTTPBearer, OAuth2PasswordBearer

from .auth import get_current_active_user, require_scope

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")
app = FastAPI()
router = APIRouter(dependencies=[Depends(get_current_active_user())])  # want: AV303


def get_current_user(token: str = Depends(oauth2_scheme)):
    user = lookup(token)
    if not user:
        raise HTTPException(status_code=401, detail="Not authenticated")
    return user


def require_role(role: str):
    def checker(user=Depends(get_current_user)):
        if role not in user.roles:
            raise HTTPException(status_code=403, detail="Forbidden")
        return user

    return checker


def get_db():
    db = Session()
    try:
        yield db
    finally:
        db.close()


@app.get("/me")
def me(user=Depends(get_current_user())):  # want: AV303
    return user


@app.get("/orders")
def orders(user: Annotated[dict, Depends(get_current_user)]):  # ok: AV303
    return list_orders(user)


@app.post("/orders", dependencies=[Security(get_current_user(), scopes=["orders:write"])])  # want: AV303
def create_order():
    return place()


@app.delete("/orders/{oid}", dependencies=[Depends(require_role("admin"))])  # ok: AV303
def delete_order(oid: int):
    return remove(oid)


@app.get("/reports")
def reports(user=Depends(HTTPBearer()), db=Depends(get_db)):  # ok: AV303
    return db.reports()


@app.get("/audit")
def audit(user=Security(require_scope("audit:read"))):  # ok: AV303
    return audit_log()


@app.get("/stats")
def stats(db=Depends(get_db())):  # ok: AV303 (a broken dependency, but not an authentication one)
    return db.stats()


app.include_router(router)


@app.get("/dashboard")
def dashboard(user=Depends(fastapi_users.current_user(active=True))):  # ok: AV303 (a factory method)
    return user
