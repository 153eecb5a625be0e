"""An inventory API in FastAPI: guards as parameter dependencies (plain, Annotated, an Annotated
alias, Security with scopes), as route dependencies, on a router, on include_router, and as a
class dependency. The unguarded state-changing and sensitive routes are what AV301 reports."""
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request, Security, status
from fastapi.security import APIKeyHeader, HTTPBearer, OAuth2PasswordBearer, OAuth2PasswordRequestForm

from .db import get_db
from .deps import verify_admin_token
from .models import Item, Order, User

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")
api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False)

app = FastAPI(title="Inventory")


async def get_current_user(token: Annotated[str, Depends(oauth2_scheme)]) -> User:
    user = decode_user(token)
    if user is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Invalid token")
    return user


async def get_current_active_user(current_user: Annotated[User, Depends(get_current_user)]) -> User:
    if current_user.disabled:
        raise HTTPException(status_code=400, detail="Inactive user")
    return current_user


CurrentUser = Annotated[User, Depends(get_current_active_user)]


def get_settings():
    return Settings()


def optional_key(key: str = Depends(api_key_header)):
    # auto_error=False: None when the header is missing; nothing is rejected
    return key


def pagination(skip: int = 0, limit: int = 100):
    return {"skip": skip, "limit": limit}


class JWTBearer(HTTPBearer):
    async def __call__(self, request: Request):
        credentials = await super().__call__(request)
        if not valid_jwt(credentials.credentials):
            raise HTTPException(status_code=403, detail="Invalid token")
        return credentials


items = APIRouter(prefix="/items", tags=["items"])
admin = APIRouter(prefix="/admin", dependencies=[Depends(verify_admin_token)])
orders = APIRouter()


@app.post("/token")  # ok: AV301
async def login_for_access_token(form: Annotated[OAuth2PasswordRequestForm, Depends()]):
    return issue_token(form.username, form.password)


@app.get("/healthz")  # ok: AV301
async def healthz():
    return {"status": "ok"}


@app.get("/users/me")
async def read_users_me(current_user: CurrentUser):
    return current_user


@app.put("/users/me")  # ok: AV301
async def update_me(user: Annotated[User, Depends(get_current_active_user)], body: dict):
    return save_user(user, body)


@app.delete("/users/{user_id}")  # want: AV301
async def delete_user(user_id: int, db=Depends(get_db)):
    db.delete_user(user_id)


@app.post("/users/{user_id}/avatar")  # want: AV301
async def upload_avatar(user_id: int, settings=Depends(get_settings), key: str = Depends(optional_key)):
    return store_avatar(user_id, settings)


@app.post("/reports/export", dependencies=[Depends(JWTBearer())])  # ok: AV301
async def export_report():
    return start_export()


@app.post("/imports")  # ok: AV301
async def start_import(request: Request):
    if request.headers.get("X-Import-Token") != import_token():
        raise HTTPException(status_code=401, detail="bad token")
    return queue_import(await request.json())


@items.get("/")
async def list_items(page=Depends(pagination)):
    return all_items(**page)


@items.post("/", dependencies=[Depends(get_current_user)])  # ok: AV301
async def create_item(item: Item):
    return save_item(item)


@items.patch("/{item_id}")  # ok: AV301
async def update_item(item_id: int, user=Security(get_current_user, scopes=["items:write"])):
    return patch_item(item_id)


@items.delete("/{item_id}")  # want: AV301
async def delete_item(item_id: int):
    remove_item(item_id)


@admin.post("/reindex")  # ok: AV301
async def reindex():
    return start_reindex()


@admin.get("/stats")  # ok: AV301
async def stats():
    return collect_stats()


@orders.post("/orders")  # ok: AV301
async def create_order(order: Order):
    return place(order)


@orders.delete("/orders/{order_id}")  # ok: AV301
async def cancel_order(order_id: int):
    return cancel(order_id)


@app.post("/webhooks/github")  # ok: AV301
async def github_webhook(request: Request):
    verify_github_signature(request)
    return {"ok": True}


app.include_router(items)
app.include_router(admin)
app.include_router(orders, prefix="/v1", dependencies=[Depends(get_current_active_user)])
